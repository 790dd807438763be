import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { StoryReceipt } from '../../src/api/contract/public.js';
import { demoPractice } from '../src/seed.js';
import {
  MODERATION_ACTIONS,
  STORY_STATUSES,
  TRANSITIONS,
  type ModerationAction,
  type StoryStatus,
} from '../src/stories/moderation.js';
import { openStore } from '../src/store.js';
import { wallText } from '../src/stories/repository.js';
import { NO_RATE_LIMITS } from './fixtures.js';
import {
  atRest,
  removeTestData,
  startTestServer,
  testClock,
  testData,
  TEST_NOW,
  type TestServer,
} from './helpers.js';
import {
  allPages,
  approvedStory,
  importStories,
  postStory,
  report,
  story,
} from './story-fixtures.js';

const NOW = { now: TEST_NOW };

describe('moderation states', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ seed: 'none', ...NO_RATE_LIMITS });
    await importStories(server, []);
  });
  after(() => server.stop());

  const options: Record<ModerationAction, { reason?: string; body?: string }> = {
    approve: {},
    reject: { reason: 'Identifies a colleague' },
    hide: { reason: 'Checking a detail' },
    edit: { body: 'A redacted version of the story, with the name removed.' },
  };

  async function storyIn(status: StoryStatus): Promise<string> {
    const imported = approvedStory({ status });
    await server.store.importData({ practice: demoPractice(), groups: [], stories: [imported] });
    return imported.id;
  }

  for (const from of STORY_STATUSES) {
    for (const action of MODERATION_ACTIONS) {
      const to = TRANSITIONS[action][from];
      it(`${from} + ${action} → ${to ?? 'not allowed'}`, async () => {
        const id = await storyIn(from);
        const outcome = await server.store.moderateStory(id, action, {
          ...options[action],
          ...NOW,
        });
        if (to === undefined) {
          assert.deepEqual(outcome, { kind: 'not_allowed', status: from });
          assert.equal((await server.store.getModerationStory(id))?.status, from);
        } else {
          assert.equal(outcome.kind, 'ok');
          assert.equal(outcome.kind === 'ok' && outcome.story.status, to);
        }
      });
    }
  }

  it('needs a reason to reject and a text to edit; unknown stories are not found', async () => {
    const id = await storyIn('pending');
    assert.deepEqual(await server.store.moderateStory(id, 'reject', NOW), {
      kind: 'invalid',
      field: 'reason',
    });
    assert.deepEqual(await server.store.moderateStory(id, 'edit', { body: '   ', ...NOW }), {
      kind: 'invalid',
      field: 'body',
    });
    assert.deepEqual(await server.store.moderateStory(id, 'hide', { body: 'x', ...NOW }), {
      kind: 'invalid',
      field: 'body',
    });
    assert.deepEqual(await server.store.moderateStory('nope', 'approve', NOW), {
      kind: 'not_found',
    });
  });

  it('edits keep only the redacted text, record when, and re-flag it', async () => {
    const { body } = await postStory(
      server,
      story({ body: 'My name is Ana Ruiz, write to ana@example.org. The group helped.' }),
    );
    const { id } = body as StoryReceipt;
    const before = await server.store.getModerationStory(id);
    assert.ok(before?.flags.personalDetails.includes('email'));
    assert.ok(before?.masked.masked.endsWith(', write to [e-mail]. The group helped.'));

    const redacted = 'My name is A., write to me here. The group helped.';
    const outcome = await server.store.moderateStory(id, 'approve', { body: redacted, ...NOW });
    assert.equal(outcome.kind, 'ok');
    const after = await server.store.getModerationStory(id);
    assert.equal(after?.body, redacted);
    assert.equal(after?.editedAt, TEST_NOW.toISOString());
    assert.deepEqual(after?.flags.personalDetails, []);
    const wall = await allPages(server);
    assert.ok(wall.ids.includes(id));
  });

  it('queues crisis-high first, then crisis-medium, then the oldest', async () => {
    const own = await startTestServer({ seed: 'none', ...NO_RATE_LIMITS }, undefined, {
      now: testClock().now,
    });
    try {
      const at = (minutes: number) => new Date(TEST_NOW.getTime() + minutes * 60_000).toISOString();
      await importStories(own, [
        approvedStory({
          status: 'pending',
          createdAt: at(1),
          body: 'An ordinary story, the oldest one.',
        }),
        approvedStory({
          status: 'pending',
          createdAt: at(2),
          body: 'Lately I want to die most days.',
        }),
        approvedStory({
          status: 'hidden',
          createdAt: at(3),
          body: 'A story hidden after reports.',
        }),
        approvedStory({
          status: 'pending',
          createdAt: at(4),
          body: 'I have the pills ready and tonight I will end it.',
        }),
        approvedStory({
          status: 'approved',
          createdAt: at(0),
          body: 'Already on the wall, not queued.',
        }),
        approvedStory({
          status: 'rejected',
          createdAt: at(0),
          body: 'Rejected, not queued at all.',
        }),
      ]);
      const queue = await own.store.listModerationQueue();
      assert.deepEqual(
        queue.map((item) => [item.flags.crisis, item.status, item.body.slice(0, 12)]),
        [
          ['high', 'pending', 'I have the p'],
          ['medium', 'pending', 'Lately I wan'],
          ['none', 'pending', 'An ordinary '],
          ['none', 'hidden', 'A story hidd'],
        ],
      );
    } finally {
      await own.stop();
    }
  });

  it('keeps story texts and report notes encrypted at rest', async () => {
    const data = await testData();
    const store = await openStore({ ...data, now: () => TEST_NOW });
    try {
      await store.importData({
        practice: demoPractice(),
        groups: [],
        stories: [approvedStory({ body: 'Glasswing-marmalade story text, secret at rest.' })],
      });
    } finally {
      await store.close();
    }
    assert.ok(!(await atRest(data)).includes('Glasswing'));
    await removeTestData(data.dataDir);
  });

  it('keeps the details staff chose to publish encrypted at rest too', async () => {
    const data = await testData();
    const store = await openStore({ ...data, now: () => TEST_NOW });
    const pending = approvedStory({
      status: 'pending',
      body: 'Ring the front desk on 555 867 5309 before the group starts.',
    });
    try {
      await store.importData({ practice: demoPractice(), groups: [], stories: [pending] });
      const outcome = await store.moderateStory(pending.id, 'approve', {
        keepDetails: true,
        ...NOW,
      });
      assert.equal(outcome.kind, 'ok');
      assert.deepEqual(outcome.kind === 'ok' && outcome.keptDetails, ['phone']);
      const wall = await store.listStories({ limit: 10 });
      assert.equal(wall.items[0]?.body, pending.body);
    } finally {
      await store.close();
    }
    assert.ok(!(await atRest(data)).includes('867 5309'));
    await removeTestData(data.dataDir);
  });
});

describe('what the wall shows of a text', () => {
  const text = 'Call 555 201 4433 or write to ana@mail.example, both are fine.';

  it('replaces every detail by its placeholder', () => {
    assert.equal(
      wallText(text, [], new Set()).masked,
      'Call [phone] or write to [e-mail], both are fine.',
    );
  });

  it('shows as written only the details staff kept, and masks one found later', () => {
    // As if staff kept the phone number when the detector did not yet find e-mail addresses.
    const shown = wallText(text, [], new Set(['555 201 4433']));
    assert.equal(shown.masked, 'Call 555 201 4433 or write to [e-mail], both are fine.');
    assert.deepEqual(
      shown.segments.filter((segment) => segment.kind),
      [
        { text: '555 201 4433', kind: 'phone' },
        { text: 'ana@mail.example', kind: 'email', placeholder: '[e-mail]' },
      ],
    );
    assert.equal(shown.segments.map((segment) => segment.text).join(''), text);
  });
});

describe('property: the wall shows approved stories only, each exactly once', () => {
  let server: TestServer;
  const clock = testClock();

  before(async () => {
    server = await startTestServer(
      { seed: 'none', trustProxy: true, reportThreshold: 2, ...NO_RATE_LIMITS },
      undefined,
      { now: clock.now },
    );
    await importStories(server, []);
  });
  after(() => server.stop());

  const TOPICS = ['anxiety', 'grief', 'depression'];
  type Step =
    | { kind: 'submit'; topics: string[]; crisis: boolean }
    | { kind: 'moderate'; pick: number; action: ModerationAction }
    | { kind: 'report'; pick: number; reporter: number }
    | { kind: 'tick'; minutes: number };

  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({
      kind: fc.constant('submit' as const),
      topics: fc.subarray(TOPICS),
      crisis: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('moderate' as const),
      pick: fc.nat(),
      action: fc.constantFrom(...MODERATION_ACTIONS),
    }),
    fc.record({
      kind: fc.constant('report' as const),
      pick: fc.nat(),
      reporter: fc.nat({ max: 3 }),
    }),
    fc.record({ kind: fc.constant('tick' as const), minutes: fc.integer({ min: 0, max: 3 }) }),
  );

  it('for any sequence of submissions, moderations and reports', async () => {
    const ids: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { maxLength: 14 }),
        fc.integer({ min: 1, max: 4 }),
        async (steps, limit) => {
          for (const next of steps) {
            if (next.kind === 'submit') {
              const text = next.crisis
                ? `Story ${ids.length}: some nights I want to die.`
                : `Story ${ids.length}: the group helped me.`;
              const { body } = await postStory(server, story({ body: text, topics: next.topics }));
              ids.push((body as StoryReceipt).id);
            } else if (next.kind === 'tick') {
              clock.advance(next.minutes * 60_000);
            } else if (ids.length > 0) {
              const id = ids[next.pick % ids.length]!;
              if (next.kind === 'report') await report(server, id, `192.0.2.${next.reporter}`);
              else
                await server.store.moderateStory(id, next.action, {
                  reason: 'Review',
                  ...(next.action === 'edit' && { body: `Edited story ${id}, now shorter.` }),
                  now: clock.now(),
                });
            }
          }
          const approved = new Set<string>();
          const topicsOf = new Map<string, string[]>();
          for (const id of ids) {
            const current = await server.store.getModerationStory(id);
            if (current?.status === 'approved') approved.add(id);
            topicsOf.set(id, current?.topics ?? []);
          }
          for (const topic of [undefined, ...TOPICS]) {
            const { ids: shown } = await allPages(server, {
              limit: String(limit),
              ...(topic && { topic }),
            });
            const expected = [...approved].filter(
              (id) => topic === undefined || topicsOf.get(id)!.includes(topic),
            );
            assert.equal(new Set(shown).size, shown.length, 'no story twice');
            assert.deepEqual([...shown].sort(), expected.sort(), `topic ${topic ?? 'any'}`);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
