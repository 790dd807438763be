// What staff publish: the wall shows stories masked unless staff ask to keep their details.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoData, demoPractice } from '../src/seed.js';
import type { ModerationStory } from '../src/stories/repository.js';
import {
  admin,
  createAccount,
  session,
  startAdminServer,
  type AdminTestServer,
  type Credentials,
} from './admin-fixtures.js';
import { TEST_NOW } from './helpers.js';
import { approvedStory } from './story-fixtures.js';

describe('what staff publish', () => {
  let server: AdminTestServer;
  let staff: Credentials;
  let owner: Credentials;
  const PHONE = '555 201 4433';
  const EMAIL = 'marco.diaz@mail.example';
  const withDetails = (text = `Call me on ${PHONE} or write to ${EMAIL}, the group helped.`) =>
    approvedStory({ status: 'pending', body: text });

  before(async () => {
    server = await startAdminServer();
    await createAccount(server, 'lin@practice.example', 'staff');
    await createAccount(server, 'boss@practice.example', 'owner');
    staff = await session(server, 'lin@practice.example');
    owner = await session(server, 'boss@practice.example');
  });
  after(() => server.stop());

  const post = (path: string, body?: unknown) =>
    admin(server, path, staff, { method: 'POST', body });
  const add = async (...stories: ReturnType<typeof approvedStory>[]) => {
    await server.store.importData({ practice: demoPractice(), groups: [], stories });
    return stories;
  };
  const wall = async () =>
    (await server.request('/v1/stories?limit=50')).body as {
      items: { id: string; body: string; topics: string[]; contentWarning: string | null }[];
    };
  const onWall = async (id: string) => (await wall()).items.find((item) => item.id === id);
  type DetailsProblem = {
    type: string;
    status: number;
    fields: Record<string, string>;
    codes: Record<string, string>;
    details: { kind: string; text: string }[];
  };

  it('approved without a text, the wall shows the masked text; staff still read the original, marked', async () => {
    const [pending] = await add(withDetails());
    // No body at all, as a script would send it.
    const approved = await admin(server, `/v1/admin/stories/${pending!.id}/approve`, staff, {
      method: 'POST',
    });
    assert.equal(approved.status, 200);
    const shown = await onWall(pending!.id);
    assert.equal(shown?.body, 'Call me on [phone] or write to [e-mail], the group helped.');
    const raw = (await server.request('/v1/stories?limit=50')).text;
    assert.ok(!raw.includes(PHONE) && !raw.includes(EMAIL), 'the wall never holds a detail');

    const staffView = (await admin(server, `/v1/admin/stories/${pending!.id}`, staff))
      .body as ModerationStory;
    assert.equal(staffView.body, pending!.body, 'the original is kept for staff');
    assert.equal(staffView.masked.masked, shown?.body, 'staff preview what the wall shows');
    assert.deepEqual(
      staffView.masked.segments.filter((segment) => segment.kind),
      [
        { text: PHONE, kind: 'phone', placeholder: '[phone]' },
        { text: EMAIL, kind: 'email', placeholder: '[e-mail]' },
      ],
    );
    assert.equal(staffView.detailsKept, false);
  });

  it('masks stories published before, when the wall reads them, in the story’s language', async () => {
    const [english, spanish] = await add(
      approvedStory({ body: `Text me at ${PHONE} if you want to talk about the group.` }),
      approvedStory({
        body: `Mi hijo y yo venimos cada semana; escríbeme a ${EMAIL} si quieres hablar.`,
      }),
    );
    assert.equal(
      (await onWall(english!.id))?.body,
      'Text me at [phone] if you want to talk about the group.',
    );
    assert.equal(
      (await onWall(spanish!.id))?.body,
      'Mi hijo y yo venimos cada semana; escríbeme a [correo] si quieres hablar.',
    );
  });

  it('masks a name after a kinship word on the wall', async () => {
    const [published] = await add(
      approvedStory({ body: 'My son Marco came with me to the parents group last week.' }),
    );
    assert.equal(
      (await onWall(published!.id))?.body,
      'My son [name] came with me to the parents group last week.',
    );
  });

  it('never masks the practice’s own words: its groups and crisis lines', async () => {
    const data = demoData(TEST_NOW);
    const story = approvedStory({
      body: 'Grace Circle on Tuesdays and the Crisis Text Line got me through. My friend Grace came too.',
    });
    await server.store.importData({
      ...data,
      groups: [{ ...data.groups[0]!, id: 'grace-circle', name: 'Grace Circle' }],
      stories: [story],
    });
    assert.equal(
      (await onWall(story.id))?.body,
      'Grace Circle on Tuesdays and the Crisis Text Line got me through. My friend [name] came too.',
    );
  });

  it('refuses an edited text that still holds details, naming each (422)', async () => {
    const [pending] = await add(withDetails());
    const text = `Thank you all. My number is still ${PHONE}, and ${EMAIL} works too.`;
    for (const step of ['approve', 'edit']) {
      const refused = await post(`/v1/admin/stories/${pending!.id}/${step}`, { body: text });
      assert.equal(refused.status, 422, step);
      assert.match(refused.headers.get('content-type') ?? '', /^application\/problem\+json/);
      const problem = refused.body as DetailsProblem;
      assert.equal(problem.type, 'urn:hearth:problem:personal-details');
      assert.equal(
        problem.fields.body,
        `The text still holds personal details: a phone number (“${PHONE}”) and an e-mail address (“${EMAIL}”).`,
      );
      assert.equal(problem.codes.body, 'personal_details');
      assert.deepEqual(problem.details, [
        { kind: 'phone', text: PHONE },
        { kind: 'email', text: EMAIL },
      ]);
    }
    const unchanged = await server.store.getModerationStory(pending!.id);
    assert.equal(unchanged?.status, 'pending');
    assert.equal(unchanged?.body, pending!.body);
  });

  it('takes an edited text with only placeholders, as the console sends it', async () => {
    const [pending] = await add(withDetails());
    const text = 'Call me on [phone] or write to [e-mail], [name] said the group helped.';
    const approved = await post(`/v1/admin/stories/${pending!.id}/approve`, { body: text });
    assert.equal(approved.status, 200);
    assert.equal((await onWall(pending!.id))?.body, text);
  });

  it('publishes details as written only when asked explicitly, and audits the kinds only', async () => {
    const [pending] = await add(withDetails());
    const text = `Our group leader said I could share this: call ${PHONE} any evening.`;
    const kept = await post(`/v1/admin/stories/${pending!.id}/approve`, {
      body: text,
      keepDetails: true,
    });
    assert.equal(kept.status, 200);
    const story = kept.body as ModerationStory;
    assert.equal(story.detailsKept, true);
    assert.equal(story.masked.masked, text);
    assert.deepEqual(
      story.masked.segments.find((segment) => segment.kind),
      { text: PHONE, kind: 'phone' },
      'still marked for staff, with nothing in its place',
    );
    assert.equal((await onWall(pending!.id))?.body, text);

    const log = await admin(server, `/v1/admin/audit?target=${pending!.id}`, owner);
    const entry = (log.body as { items: { action: string; detail: Record<string, unknown> }[] })
      .items[0]!;
    assert.equal(entry.action, 'story_approve');
    assert.deepEqual(entry.detail.keptDetails, ['phone']);
    assert.ok(!log.text.includes(PHONE) && !log.text.includes('555'), 'no detail in the log');

    // Keeping is undone by an edit without it: the wall masks again.
    const masked = await post(`/v1/admin/stories/${pending!.id}/edit`, { keepDetails: false });
    assert.equal(masked.status, 200);
    assert.equal((masked.body as ModerationStory).detailsKept, false);
    assert.equal(
      (await onWall(pending!.id))?.body,
      'Our group leader said I could share this: call [phone] any evening.',
    );
  });

  it('keeps the details of the stored text when approved without a text but with keepDetails', async () => {
    const [pending] = await add(withDetails());
    const approved = await post(`/v1/admin/stories/${pending!.id}/approve`, { keepDetails: true });
    assert.equal(approved.status, 200);
    assert.equal((await onWall(pending!.id))?.body, pending!.body);
  });

  it('changes the content note and topics with an approval or an edit, checked', async () => {
    const [pending] = await add(approvedStory({ status: 'pending', topics: ['anxiety'] }));
    const path = `/v1/admin/stories/${pending!.id}`;
    const fieldsOf = async (body: unknown) => {
      const refused = await post(`${path}/approve`, body);
      assert.equal(refused.status, 400);
      return Object.keys((refused.body as DetailsProblem).fields);
    };
    assert.deepEqual(await fieldsOf({ contentWarning: 'x'.repeat(81) }), ['contentWarning']);
    assert.deepEqual(await fieldsOf({ contentWarning: 'a\u0007b', topics: ['no-such-topic'] }), [
      'contentWarning',
      'topics',
    ]);
    const tooMany = await post(`${path}/edit`, {
      topics: ['anxiety', 'depression', 'grief', 'trauma', 'parenting', 'lgbtq'],
    });
    assert.equal(tooMany.status, 400);
    assert.ok((tooMany.body as DetailsProblem).fields.topics);
    assert.equal((await server.store.getModerationStory(pending!.id))?.status, 'pending');

    const approved = await post(`${path}/approve`, {
      contentWarning: '  Mentions self-harm  ',
      topics: ['grief', 'depression', 'grief'],
    });
    assert.equal(approved.status, 200);
    assert.deepEqual(
      (({ contentWarning, topics }) => ({ contentWarning, topics }))(
        approved.body as ModerationStory,
      ),
      { contentWarning: 'Mentions self-harm', topics: ['grief', 'depression'] },
    );
    let shown = await onWall(pending!.id);
    assert.equal(shown?.contentWarning, 'Mentions self-harm');
    assert.deepEqual(shown?.topics, ['grief', 'depression']);

    const edited = await post(`${path}/edit`, { contentWarning: null, topics: ['anxiety'] });
    assert.equal(edited.status, 200);
    shown = await onWall(pending!.id);
    assert.equal(shown?.contentWarning, null);
    assert.deepEqual(shown?.topics, ['anxiety']);

    assert.equal((await post(`${path}/edit`, {})).status, 400, 'an edit changes something');
    assert.equal((await post(`${path}/hide`, { topics: ['grief'] })).status, 400);
  });

  it('gives the wall’s kept answer up when staff change what it shows', async () => {
    const [published] = await add(
      approvedStory({ body: `A story with my number ${PHONE} in it, from long ago.` }),
    );
    const first = await server.request('/v1/stories?limit=50');
    const etag = first.headers.get('etag')!;
    // The second answer is the kept one (the fast path).
    const again = await server.request('/v1/stories?limit=50', {
      headers: { 'If-None-Match': etag },
    });
    assert.equal(again.status, 304);

    const kept = await post(`/v1/admin/stories/${published!.id}/edit`, { keepDetails: true });
    assert.equal(kept.status, 200);
    const after = await server.request('/v1/stories?limit=50', {
      headers: { 'If-None-Match': etag },
    });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.get('etag'), etag);
    assert.ok(after.text.includes(PHONE));
  });
});
