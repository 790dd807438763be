import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Problem, Story, StoryReceipt } from '../../src/api/contract/public.js';
import { US_CRISIS_RESOURCES } from '../src/seed.js';
import { NO_RATE_LIMITS } from './fixtures.js';
import { startTestServer, testClock, type TestServer } from './helpers.js';
import {
  allPages,
  approvedStory,
  importStories,
  meToo,
  postJson,
  postStory,
  report,
  story,
} from './story-fixtures.js';

type ProblemWithCodes = Problem & { codes?: Record<string, string> };
const TOKEN = 'visitor-token-0123456789';

describe('GET /v1/stories', () => {
  let server: TestServer;
  const stories = [
    approvedStory({ topics: ['grief'], contentWarning: 'Mentions a death in the family' }),
    approvedStory({ topics: ['anxiety', 'depression'], resonance: 12 }),
    approvedStory({ topics: ['grief', 'anxiety'] }),
    approvedStory({ status: 'pending', topics: ['grief'] }),
    approvedStory({ status: 'rejected', topics: ['grief'] }),
    approvedStory({ status: 'hidden', topics: ['grief'] }),
  ];

  before(async () => {
    server = await startTestServer({ seed: 'none', ...NO_RATE_LIMITS });
    await importStories(server, stories);
  });
  after(() => server.stop());

  it('lists approved stories only, newest approval first, cacheable', async () => {
    const { status, body, headers } = await server.request('/v1/stories');
    assert.equal(status, 200);
    assert.match(headers.get('cache-control') ?? '', /public, max-age=60/);
    const list = body as { items: Story[]; nextCursor: string | null };
    assert.deepEqual(
      list.items.map((item) => item.id),
      stories.slice(0, 3).map((item) => item.id),
    );
    assert.equal(list.nextCursor, null);
    assert.deepEqual(list.items[0], {
      id: stories[0]!.id,
      body: stories[0]!.body,
      topics: ['grief'],
      contentWarning: 'Mentions a death in the family',
      month: '2025-02',
      resonance: 0,
    });

    const again = await server.request('/v1/stories', {
      headers: { 'If-None-Match': headers.get('etag')! },
    });
    assert.equal(again.status, 304);
  });

  it('filters by topic and pages with an opaque cursor', async () => {
    const grief = await allPages(server, { topic: 'grief' });
    assert.deepEqual(grief.ids, [stories[0]!.id, stories[2]!.id]);
    const paged = await allPages(server, { limit: '1' });
    assert.deepEqual(
      paged.ids,
      stories.slice(0, 3).map((item) => item.id),
    );
    assert.equal(paged.pages, 3);
    const both = await allPages(server, { topic: 'grief,depression', limit: '2' });
    assert.equal(both.ids.length, 3);
  });

  it('answers 400 with fields for a bad cursor, limit or topic', async () => {
    const cases: [string, string[]][] = [
      ['limit=0', ['limit']],
      ['limit=51', ['limit']],
      ['limit=ten', ['limit']],
      ['limit=1&limit=2', ['limit']],
      ['cursor=not-a-cursor', ['cursor']],
      [`cursor=${Buffer.from('yesterday abc').toString('base64url')}`, ['cursor']],
      ['cursor=%3Cscript%3E', ['cursor']],
      ['topic=Not%20A%20Topic', ['topic']],
      ['topic=grief&limit=-1&cursor=x', ['cursor', 'limit']],
    ];
    for (const [query, fields] of cases) {
      const { status, body } = await server.request(`/v1/stories?${query}`);
      assert.equal(status, 400, query);
      assert.deepEqual(Object.keys((body as Problem).fields ?? {}).sort(), fields.sort(), query);
    }
  });
});

describe('POST /v1/stories', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ seed: 'none', ...NO_RATE_LIMITS });
    await importStories(server, []);
  });
  after(() => server.stop());

  it('answers 202 pending, never cached, and keeps it off the wall', async () => {
    const { status, body, headers } = await postStory(server, story());
    assert.equal(status, 202);
    assert.equal(headers.get('cache-control'), 'no-store');
    const receipt = body as StoryReceipt;
    assert.equal(receipt.status, 'pending');
    assert.equal(receipt.crisis, false);
    assert.equal(receipt.resources, undefined);
    const stored = await server.store.getModerationStory(receipt.id);
    assert.equal(stored?.status, 'pending');
    assert.equal(stored?.body, story().body);
    assert.deepEqual((await allPages(server)).ids, []);
  });

  it('gives the practice crisis resources for any crisis language, and flags it', async () => {
    for (const [text, tier] of [
      ['I have the pills and tonight I will end it. I am sorry.', 'high'],
      ['Most days I want to die and nobody around me knows it.', 'medium'],
      // A past attempt told calmly is medium (docs/safety.md).
      ['Years ago I attempted, and today I am glad I am still here.', 'medium'],
    ] as const) {
      const { status, body } = await postStory(server, story({ body: text }));
      assert.equal(status, 202);
      const receipt = body as StoryReceipt;
      assert.equal(receipt.crisis, true, text);
      assert.deepEqual(receipt.resources, US_CRISIS_RESOURCES);
      assert.equal((await server.store.getModerationStory(receipt.id))?.flags.crisis, tier);
    }
  });

  it('reads the content note too: it is the visitor’s own words', async () => {
    const { body } = await postStory(
      server,
      story({
        body: 'Group has been the one place I can be honest about how the last year went.',
        contentWarning: 'I want to die most days',
      }),
    );
    const receipt = body as StoryReceipt;
    assert.equal(receipt.crisis, true);
    assert.equal((await server.store.getModerationStory(receipt.id))?.flags.crisis, 'medium');
  });

  it('uses the crisis resources the practice configured', async () => {
    const own = await startTestServer({ seed: 'none', ...NO_RATE_LIMITS });
    try {
      const { demoPractice } = await import('../src/seed.js');
      const resources = [
        { name: 'Samaritans', description: 'Call 116 123, free.', phone: '116 123' },
      ];
      await own.store.importData({
        practice: { ...demoPractice(), crisisResources: resources, storyMaxLength: 40 },
        groups: [],
        stories: [],
      });
      const { body } = await postStory(own, story({ body: 'I want to die, honestly.' }));
      assert.deepEqual((body as StoryReceipt).resources, resources);
      const long = await postStory(own, story({ body: 'x'.repeat(41) }));
      assert.equal((long.body as ProblemWithCodes).codes?.body, 'too_long');
      assert.match((long.body as Problem).fields?.body ?? '', /40 characters/);
    } finally {
      await own.stop();
    }
  });

  it('answers a filled honeypot like a success and stores nothing', async () => {
    const before = await server.store.storyCounts();
    const { status, body } = await postStory(server, story({ website: 'https://spam.example' }));
    assert.equal(status, 202);
    assert.equal((body as StoryReceipt).status, 'pending');
    assert.deepEqual(await server.store.storyCounts(), before);
    // A person whose browser filled the field still sees help.
    const crisis = await postStory(server, story({ website: 'x', body: 'I want to die tonight.' }));
    assert.equal((crisis.body as StoryReceipt).crisis, true);
  });

  it('refuses invalid fields with codes', async () => {
    const { status, body } = await postStory(server, {
      body: 'short',
      topics: ['astrology'],
      contentWarning: 'x'.repeat(81),
      consent: false,
    });
    assert.equal(status, 400);
    const problem = body as ProblemWithCodes;
    assert.deepEqual(problem.codes, {
      body: 'too_short',
      topics: 'unknown_topic',
      contentWarning: 'too_long',
      consent: 'consent',
    });
    assert.deepEqual(Object.keys(problem.fields ?? {}).sort(), Object.keys(problem.codes).sort());
  });

  it('handles bodies like the sign-up route: 415, malformed JSON, 413', async () => {
    const wrongType = await server.request('/v1/stories', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify(story()),
    });
    assert.equal(wrongType.status, 415);
    const malformed = await postStory(server, '{"body": ');
    assert.equal(malformed.status, 400);
    assert.equal((malformed.body as Problem).type, 'urn:hearth:problem:malformed-json');
    const huge = await postStory(server, story({ body: 'x'.repeat(70_000) }));
    assert.equal(huge.status, 413);
  });

  it('honours an Idempotency-Key: one story, the same answer, a reused key refused', async () => {
    const before = (await server.store.storyCounts()).pending;
    const key = { 'Idempotency-Key': 'story-key-1' };
    const first = await postStory(
      server,
      story({ body: 'Once is enough for this story, thanks.' }),
      key,
    );
    const retry = await postStory(
      server,
      story({ body: 'Once is enough for this story, thanks.' }),
      key,
    );
    assert.equal(retry.status, 202);
    assert.deepEqual(retry.body, first.body);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal((await server.store.storyCounts()).pending, before + 1);
    const other = await postStory(
      server,
      story({ body: 'A different story with the same key.' }),
      key,
    );
    assert.equal(other.status, 422);
    const bad = await postStory(server, story(), { 'Idempotency-Key': 'has spaces' });
    assert.equal(bad.status, 400);
  });

  it('flags a repeat of an earlier text without keeping a second copy of it', async () => {
    const text = 'The same words, sent twice: the group helped me a lot.';
    const first = (await postStory(server, story({ body: text }))).body as StoryReceipt;
    const second = (await postStory(server, story({ body: `  ${text.toUpperCase()}!! ` })))
      .body as StoryReceipt;
    assert.equal((await server.store.getModerationStory(first.id))?.flags.repeat, false);
    assert.equal((await server.store.getModerationStory(second.id))?.flags.repeat, true);
  });

  it('never writes a story into the logs', async () => {
    const secret = 'Quillfeather-lighthouse story that must never reach a log line.';
    await postStory(server, story({ body: secret, contentWarning: 'Heron-specific note' }));
    const logs = JSON.stringify(server.logs);
    assert.ok(!logs.includes('Quillfeather'));
    assert.ok(!logs.includes('Heron-specific'));
    assert.ok(server.logs.some((line) => line.path === '/v1/stories' && line.status === 202));
  });
});

describe('me too', () => {
  let server: TestServer;
  const shown = approvedStory({ resonance: 5 });
  const pending = approvedStory({ status: 'pending' });
  const rejected = approvedStory({ status: 'rejected' });
  const hidden = approvedStory({ status: 'hidden' });

  before(async () => {
    server = await startTestServer({ seed: 'none', trustProxy: true, ...NO_RATE_LIMITS });
    await importStories(server, [shown, pending, rejected, hidden]);
  });
  after(() => server.stop());

  it('counts once per token, and a second call takes it back', async () => {
    const first = await meToo(server, shown.id, TOKEN);
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('cache-control'), 'no-store');
    assert.deepEqual(first.body, { resonance: 6, resonated: true });
    // Another visitor, on another network (one "me too" per network is story-reactions.test.ts).
    const other = await postJson(
      server,
      `/v1/stories/${shown.id}/resonance`,
      { token: 'another-visitor-token-42' },
      { 'X-Forwarded-For': '198.51.100.42' },
    );
    assert.deepEqual(other.body, { resonance: 7, resonated: true });
    const undo = await meToo(server, shown.id, TOKEN);
    assert.deepEqual(undo.body, { resonance: 6, resonated: false });
    const redo = await meToo(server, shown.id, TOKEN);
    assert.deepEqual(redo.body, { resonance: 7, resonated: true });
    const wall = await server.request('/v1/stories');
    assert.equal((wall.body as { items: Story[] }).items[0]?.resonance, 7);
  });

  it('replays a retry with the same Idempotency-Key instead of undoing', async () => {
    const send = () =>
      postJson(
        server,
        `/v1/stories/${shown.id}/resonance`,
        { token: 'retrying-visitor-1234' },
        { 'Idempotency-Key': 'me-too-1', 'X-Forwarded-For': '198.51.100.43' },
      );
    const first = await send();
    const retry = await send();
    assert.deepEqual(retry.body, first.body);
    assert.equal((retry.body as { resonated: boolean }).resonated, true);
  });

  it('is 404 for stories that are not approved, and for unknown ids', async () => {
    for (const id of [pending.id, rejected.id, hidden.id, 'no-such-story', 'bad%20id']) {
      const { status } = await meToo(server, id, TOKEN);
      assert.equal(status, 404, id);
    }
  });

  it('refuses a missing or malformed token', async () => {
    for (const token of [undefined, '', 'short', 'x'.repeat(129), 'has spaces in it here', 42]) {
      const { status, body } = await postJson(server, `/v1/stories/${shown.id}/resonance`, {
        token,
      });
      assert.equal(status, 400, String(token));
      assert.ok((body as ProblemWithCodes).codes?.token);
    }
  });
});

describe('reports', () => {
  let server: TestServer;
  const target = approvedStory();
  const pending = approvedStory({ status: 'pending' });

  before(async () => {
    server = await startTestServer({
      seed: 'none',
      trustProxy: true,
      reportThreshold: 3,
      ...NO_RATE_LIMITS,
    });
    await importStories(server, [target, pending]);
  });
  after(() => server.stop());

  it('hides a story once three distinct reporters reported it, until staff review it', async () => {
    const first = await report(server, target.id, '203.0.113.1', {
      reason: 'identifies_someone',
      note: 'It names my neighbour.',
    });
    assert.equal(first.status, 202);
    assert.equal(first.headers.get('cache-control'), 'no-store');
    assert.deepEqual(first.body, { status: 'received' });
    // The same reporter again does not count twice.
    await report(server, target.id, '203.0.113.1');
    await report(server, target.id, '203.0.113.1', { reason: 'spam' });
    await report(server, target.id, '203.0.113.2');
    assert.deepEqual((await allPages(server)).ids, [target.id], 'still shown with two reporters');

    await report(server, target.id, '203.0.113.3', { reason: 'spam' });
    assert.deepEqual((await allPages(server)).ids, [], 'hidden at the third');
    const review = await server.store.getModerationStory(target.id);
    assert.equal(review?.status, 'hidden');
    assert.equal(review?.statusReason, 'reports');
    assert.equal(review?.reports.count, 3);
    assert.deepEqual(review?.reports.reasons, { identifies_someone: 1, harmful: 1, spam: 1 });
    assert.deepEqual(review?.reports.notes, ['It names my neighbour.']);
    assert.ok((await server.store.listModerationQueue()).some((item) => item.id === target.id));
    assert.equal((await report(server, target.id, '203.0.113.4')).status, 404);

    // Approved again: earlier reports are closed, so one new report does not hide it at once.
    await server.store.moderateStory(target.id, 'approve', { now: new Date() });
    await report(server, target.id, '203.0.113.1');
    assert.deepEqual((await allPages(server)).ids, [target.id]);
  });

  it('is 404 for stories that are not approved', async () => {
    assert.equal((await report(server, pending.id, '203.0.113.9')).status, 404);
    assert.equal((await report(server, 'missing', '203.0.113.9')).status, 404);
  });

  it('refuses an unknown reason or a long note', async () => {
    const cases: [unknown, Record<string, string>][] = [
      [{}, { reason: 'required' }],
      [{ reason: 'boring' }, { reason: 'invalid' }],
      [{ reason: 'other', note: 'x'.repeat(301) }, { note: 'too_long' }],
      [{ reason: 'other', note: 7 }, { note: 'invalid' }],
    ];
    for (const [body, codes] of cases) {
      const response = await report(server, target.id, '203.0.113.9', body);
      assert.equal(response.status, 400);
      assert.deepEqual((response.body as ProblemWithCodes).codes, codes);
    }
  });
});

describe('story rate limits', () => {
  const clock = testClock();
  let server: TestServer;
  const target = approvedStory();

  before(async () => {
    server = await startTestServer(
      {
        seed: 'none',
        trustProxy: true,
        rateLimits: {
          stories: { limit: 2, windowSeconds: 3600 },
          resonance: { limit: 3, windowSeconds: 600 },
          reports: { limit: 1, windowSeconds: 3600 },
        },
      },
      undefined,
      { now: clock.now },
    );
    await importStories(server, [target]);
  });
  after(() => server.stop());

  const from = (address: string) => ({ 'X-Forwarded-For': address });

  it('limits each story route per client, with Retry-After', async () => {
    assert.equal((await postStory(server, story(), from('198.51.100.1'))).status, 202);
    assert.equal((await postStory(server, story(), from('198.51.100.1'))).status, 202);
    const over = await postStory(server, story(), from('198.51.100.1'));
    assert.equal(over.status, 429);
    assert.equal(over.headers.get('retry-after'), '3600');
    assert.equal((over.body as Problem).type, 'urn:hearth:problem:rate-limited');
    assert.equal((await postStory(server, story(), from('198.51.100.2'))).status, 202);

    const path = `/v1/stories/${target.id}/resonance`;
    for (let call = 0; call < 3; call++) {
      const { status } = await postJson(server, path, { token: TOKEN }, from('198.51.100.1'));
      assert.equal(status, 200);
    }
    const tooMany = await postJson(server, path, { token: TOKEN }, from('198.51.100.1'));
    assert.equal(tooMany.status, 429);
    assert.equal(tooMany.headers.get('retry-after'), '600');

    assert.equal((await report(server, target.id, '198.51.100.1')).status, 202);
    const reportOver = await report(server, target.id, '198.51.100.1');
    assert.equal(reportOver.status, 429);
    assert.ok(Number(reportOver.headers.get('retry-after')) > 0);
  });
});

describe('hostile text', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ seed: 'none', ...NO_RATE_LIMITS });
    await importStories(server, []);
  });
  after(() => server.stop());

  // Some lines of the Big List of Naughty Strings, and the usual markup tricks, each padded to
  // the shortest story length.
  const corpus = [
    '<script>alert("story")</script> and that was my week',
    '<img src=x onerror=alert(1)> I felt seen in the group',
    '<a href="javascript:alert(document.cookie)">click</a> for my story',
    '<svg/onload=alert(1)><circle r="9"/></svg> shapes of grief',
    '<style>body{display:none}</style> a story with style',
    'background:url("javascript:alert(1)"); expression(alert(1)) in CSS',
    '${process.exit(1)} and `${7*7}` template-like text here',
    '{{constructor.constructor("alert(1)")()}} and {{7*7}} here',
    '"><script>alert(1)</script><" quotes that escape attributes',
    '\u202Etxet sdrawkcab \u202C right-to-left override in my story',
    'Ω≈ç√∫˜µ≤≥÷ åß∂ƒ©˙∆˚¬…æ œ∑´®†¥¨ˆøπ“‘ symbols',
    '田中さんにあげて下さい パーティーへ行かないか 和製漢語',
    '👩🏽‍💻 👨‍👩‍👧‍👦 ❤️ 🏳️‍🌈 emoji with joiners and skin tones',
    "'; DROP TABLE stories; -- and 1' OR '1'='1 for good measure",
    'null undefined NaN Infinity true false [object Object] 0x0',
    '\\u0000 \\n \\" \\\\ escaped-looking sequences, literally',
    'Line one of my story\nLine two\r\nLine three\twith a tab',
  ];

  it('stores, approves and returns every line byte for byte, as JSON text', async () => {
    const ids: string[] = [];
    for (const text of corpus) {
      const { status, body } = await postStory(server, story({ body: text, topics: [] }));
      assert.equal(status, 202, text);
      const { id } = body as StoryReceipt;
      // Kept as written: what the masker would replace (`javascript:` links) is not the point.
      const outcome = await server.store.moderateStory(id, 'approve', {
        keepDetails: true,
        now: new Date(),
      });
      assert.equal(outcome.kind, 'ok');
      ids.push(id);
    }
    const { body, headers } = await server.request('/v1/stories?limit=50');
    assert.match(headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(headers.get('x-content-type-options'), 'nosniff');
    const byId = new Map((body as { items: Story[] }).items.map((item) => [item.id, item.body]));
    for (const [index, text] of corpus.entries()) {
      assert.equal(byId.get(ids[index]!), text);
    }
  });
});
