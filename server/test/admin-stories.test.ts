import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoPractice } from '../src/seed.js';
import type { ModerationStory } from '../src/stories/repository.js';
import {
  admin,
  createAccount,
  session,
  startAdminServer,
  type AdminTestServer,
  type Credentials,
} from './admin-fixtures.js';
import { execSql, readRows, TEST_ENGINE } from './helpers.js';
import { allPages, approvedStory, postStory, report, story } from './story-fixtures.js';

type Page = { items: ModerationStory[]; nextCursor?: string | null };

describe('story moderation API', () => {
  let server: AdminTestServer;
  let staff: Credentials;
  const pending = approvedStory({
    status: 'pending',
    body: 'My name is Rowan Ashby and you can write me at rowan.ashby@mail.example any time.',
  });
  const published = approvedStory({ status: 'approved' });
  const published2 = approvedStory({ status: 'approved' });
  const published3 = approvedStory({ status: 'approved' });
  const published4 = approvedStory({ status: 'approved' });

  before(async () => {
    server = await startAdminServer({ trustProxy: true, reportThreshold: 2 });
    await server.store.importData({
      practice: demoPractice(),
      groups: [],
      stories: [pending, published, published2, published3, published4],
    });
    await createAccount(server, 'lin@practice.example', 'staff');
    staff = await session(server, 'lin@practice.example');
  });
  after(() => server.stop());

  const post = (path: string, body?: unknown) =>
    admin(server, path, staff, { method: 'POST', body });

  it('lists the queue crisis-high first, with flags and the masked text', async () => {
    const calm = await postStory(
      server,
      story({ body: 'Coming every week helped me sleep again.' }),
    );
    const crisis = await postStory(
      server,
      story({ body: 'I have a plan to kill myself this weekend and I have the pills ready.' }),
    );
    const response = await admin(server, '/v1/admin/stories/queue', staff);
    assert.equal(response.status, 200);
    const { items } = response.body as Page;
    const ids = items.map((item) => item.id);
    const crisisId = (crisis.body as { id: string }).id;
    assert.equal(ids[0], crisisId, 'crisis-high first');
    assert.equal(items[0]!.flags.crisis, 'high');
    assert.ok(ids.indexOf((calm.body as { id: string }).id) > 0);

    const withDetails = items.find((item) => item.id === pending.id)!;
    assert.ok(withDetails.flags.personalDetails.includes('email'));
    assert.ok(!withDetails.masked.masked.includes('rowan.ashby@mail.example'));
    assert.equal(withDetails.masked.language, 'en');
    // Staff read the original, each detail marked with what the wall shows instead.
    assert.deepEqual(
      withDetails.masked.segments.find((segment) => segment.kind === 'email'),
      { text: 'rowan.ashby@mail.example', kind: 'email', placeholder: '[e-mail]' },
    );
    assert.equal(withDetails.masked.segments.map((segment) => segment.text).join(''), pending.body);
    assert.equal(withDetails.detailsKept, false);
  });

  it('approves with an edited (redacted) text, which the wall then shows', async () => {
    const redacted = 'My name is R. and the group has been a real help to me.';
    const response = await post(`/v1/admin/stories/${pending.id}/approve`, { body: redacted });
    assert.equal(response.status, 200);
    assert.equal((response.body as ModerationStory).status, 'approved');
    assert.ok((response.body as ModerationStory).editedAt);
    const wall = await server.request('/v1/stories?limit=50');
    const shown = (wall.body as { items: { id: string; body: string }[] }).items.find(
      (item) => item.id === pending.id,
    );
    assert.equal(shown?.body, redacted);
  });

  it('rejects only with a reason, and refuses steps the state does not allow', async () => {
    const created = await postStory(
      server,
      story({ body: 'Please call my ex at work, he should know.' }),
    );
    const id = (created.body as { id: string }).id;
    const noReason = await post(`/v1/admin/stories/${id}/reject`, {});
    assert.equal(noReason.status, 400);
    assert.ok((noReason.body as { fields: Record<string, string> }).fields.reason);
    const rejected = await post(`/v1/admin/stories/${id}/reject`, { reason: 'Names a person' });
    assert.equal(rejected.status, 200);
    assert.equal((rejected.body as ModerationStory).statusReason, 'Names a person');
    const again = await post(`/v1/admin/stories/${id}/approve`);
    assert.equal(again.status, 409);
    assert.equal((await post('/v1/admin/stories/no-such-story/approve')).status, 404);
    const unknownField = await post(`/v1/admin/stories/${id}/reject`, { reason: 'x', extra: 1 });
    assert.equal(unknownField.status, 400);
  });

  it('approves in bulk, each with its own result', async () => {
    const ids = [];
    for (const text of ['First time I spoke up in a group.', 'I found people who get it.']) {
      ids.push(((await postStory(server, story({ body: text }))).body as { id: string }).id);
    }
    const response = await post('/v1/admin/stories/approve', {
      ids: [...ids, published.id, 'missing'],
    });
    assert.equal(response.status, 200);
    assert.deepEqual((response.body as { results: unknown[] }).results, [
      { id: ids[0], result: 'approved' },
      { id: ids[1], result: 'approved' },
      { id: published.id, result: 'not_allowed' },
      { id: 'missing', result: 'not_found' },
    ]);
    assert.equal((await post('/v1/admin/stories/approve', { ids: [] })).status, 400);
  });

  it('hides a published story, and lists hidden and reported ones', async () => {
    const hidden = await post(`/v1/admin/stories/${published.id}/hide`, { reason: 'Checking' });
    assert.equal(hidden.status, 200);
    assert.equal((hidden.body as ModerationStory).status, 'hidden');

    await report(server, published2.id, '10.9.0.1', { reason: 'spam' });
    const reported = await admin(server, '/v1/admin/stories?status=approved&reported=true', staff);
    assert.deepEqual(
      (reported.body as Page).items.map((item) => item.id),
      [published2.id],
    );
    assert.equal((reported.body as Page).items[0]!.reports.count, 1);

    const hiddenList = await admin(server, '/v1/admin/stories?status=hidden', staff);
    assert.ok((hiddenList.body as Page).items.some((item) => item.id === published.id));
    const bad = await admin(server, '/v1/admin/stories?status=gone', staff);
    assert.equal(bad.status, 400);

    const one = await admin(server, `/v1/admin/stories/${published.id}`, staff);
    assert.equal(one.status, 200);
    assert.equal((await admin(server, '/v1/admin/stories/nope', staff)).status, 404);
  });

  it('keeps a reported story on the wall, closing its reports', async () => {
    await report(server, published3.id, '10.9.0.2', { reason: 'harmful', note: 'Upsetting' });
    const before = await admin(server, `/v1/admin/stories/${published3.id}`, staff);
    assert.ok((before.body as ModerationStory).reports.count > 0);

    const kept = await post(`/v1/admin/stories/${published3.id}/keep`);
    assert.equal(kept.status, 200);
    assert.equal((kept.body as ModerationStory).status, 'approved');
    assert.equal((kept.body as ModerationStory).reports.count, 0);
    const reported = await admin(
      server,
      '/v1/admin/stories?status=approved,hidden&reported=true',
      staff,
    );
    assert.ok(!(reported.body as Page).items.some((item) => item.id === published3.id));
    assert.ok((await allPages(server)).ids.includes(published3.id), 'still on the wall');

    assert.equal((await post(`/v1/admin/stories/${published3.id}/keep`)).status, 409);
    assert.equal((await post(`/v1/admin/stories/${pending.id}/keep`)).status, 409);
    assert.equal((await post('/v1/admin/stories/missing/keep')).status, 404);
  });

  it('keeps a story in one step: a failure part-way leaves it published with its reports', async () => {
    await report(server, published4.id, '10.9.0.3', { reason: 'spam' });
    // Updates of resolved_at fail, as a disk error part-way through would.
    await execSql(
      server,
      ...(TEST_ENGINE === 'sqlite'
        ? [
            `create trigger fail_resolve before update of resolved_at on story_reports
              begin select raise(abort, 'disk trouble'); end`,
          ]
        : [
            `create function fail_resolve() returns trigger language plpgsql
              as $$ begin raise exception 'disk trouble'; end $$`,
            `create trigger fail_resolve before update of resolved_at on story_reports
              for each row execute function fail_resolve()`,
          ]),
    );
    try {
      const failed = await post(`/v1/admin/stories/${published4.id}/keep`);
      assert.equal(failed.status, 500);
      const after = (await admin(server, `/v1/admin/stories/${published4.id}`, staff))
        .body as ModerationStory;
      assert.equal(after.status, 'approved', 'not left hidden');
      assert.equal(after.reports.count, 1);
      assert.ok((await allPages(server)).ids.includes(published4.id), 'still on the wall');
    } finally {
      await execSql(
        server,
        ...(TEST_ENGINE === 'sqlite'
          ? ['drop trigger fail_resolve']
          : ['drop trigger fail_resolve on story_reports', 'drop function fail_resolve()']),
      );
    }
    const kept = await post(`/v1/admin/stories/${published4.id}/keep`);
    assert.equal(kept.status, 200);
    const events = await readRows(
      server,
      'select action, from_status, to_status from story_events where story_id = ?',
      [published4.id],
    );
    assert.deepEqual(events, [{ action: 'keep', from_status: 'approved', to_status: 'approved' }]);
  });

  it('pages the staff lists', async () => {
    const first = await admin(
      server,
      '/v1/admin/stories?status=approved,hidden,rejected&limit=2',
      staff,
    );
    const page = first.body as Page;
    assert.equal(page.items.length, 2);
    assert.ok(page.nextCursor);
    const second = await admin(
      server,
      `/v1/admin/stories?status=approved,hidden,rejected&limit=2&cursor=${page.nextCursor}`,
      staff,
    );
    const ids = (second.body as Page).items.map((item) => item.id);
    assert.ok(ids.every((id) => !page.items.some((item) => item.id === id)));
  });

  it('writes an audit entry for each step, naming the story but holding none of its text', async () => {
    await createAccount(server, 'owner@practice.example', 'owner');
    const owner = await session(server, 'owner@practice.example');
    const response = await admin(server, '/v1/admin/audit?limit=200', owner);
    assert.equal(response.status, 200);
    const entries = (response.body as { items: { action: string; targetId: string | null }[] })
      .items;
    const actions = new Set(entries.map((entry) => entry.action));
    for (const action of ['story_approve', 'story_reject', 'story_hide', 'story_keep', 'login']) {
      assert.ok(actions.has(action), `no ${action} entry`);
    }
    assert.ok(
      entries.some((entry) => entry.action === 'story_approve' && entry.targetId === pending.id),
    );
    for (const secret of [
      'Rowan',
      'rowan.ashby',
      'Names a person',
      'My name is R.',
      'Checking',
      'Upsetting',
    ]) {
      assert.ok(!response.text.includes(secret), `audit holds ${secret}`);
    }
  });
});
