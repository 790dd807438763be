import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Group, Practice } from '../../src/api/contract/public.js';
import type { StaffGroup } from '../../src/api/contract/staff.js';
import {
  admin,
  createAccount,
  session,
  startAdminServer,
  type AdminTestServer,
  type Credentials,
} from './admin-fixtures.js';
import { postSignup, testGroup, visitor } from './fixtures.js';

function groupInput(id: string, overrides: Record<string, unknown> = {}) {
  const input: Record<string, unknown> = { ...testGroup(id, { capacity: 3 }), ...overrides };
  delete input.recurrenceAnchor;
  return input;
}

describe('groups API', () => {
  let server: AdminTestServer;
  let staff: Credentials;
  let owner: Credentials;

  before(async () => {
    server = await startAdminServer();
    await createAccount(server, 'lin@practice.example', 'staff');
    await createAccount(server, 'owner@practice.example', 'owner');
    staff = await session(server, 'lin@practice.example');
    owner = await session(server, 'owner@practice.example');
  });
  after(() => server.stop());

  it('lists every group with its seats and sign-ups by status', async () => {
    const response = await admin(server, '/v1/admin/groups', staff);
    assert.equal(response.status, 200);
    const items = (response.body as { items: StaffGroup[] }).items;
    assert.equal(items.length, 10);
    assert.ok(items.every((item) => item.seats.capacity === item.group.capacity));
  });

  it('creates a group that visitors then see, and refuses a taken id', async () => {
    const created = await admin(server, '/v1/admin/groups', staff, {
      method: 'POST',
      body: groupInput('new-circle'),
    });
    assert.equal(created.status, 201, created.text);
    assert.equal((created.body as StaffGroup).group.seatsLeft, 3);
    const visible = await server.request('/v1/groups/new-circle');
    assert.equal(visible.status, 200);
    assert.equal((visible.body as Group).name, 'Group new-circle');
    const again = await admin(server, '/v1/admin/groups', staff, {
      method: 'POST',
      body: groupInput('new-circle'),
    });
    assert.equal(again.status, 409);
  });

  it('checks groups with the rules of the Group schema, and more', async () => {
    // Each problem carries its code too, so the console can word it in its own language.
    const cases: [Record<string, unknown>, string, string][] = [
      [groupInput('bad-1', { format: 'phone' }), 'format', 'invalid'],
      [
        groupInput('bad-2', { schedule: { ...testGroup('x').schedule, startTime: '25:00' } }),
        'schedule.startTime',
        'format',
      ],
      [groupInput('bad-3', { topics: ['not-a-topic'] }), 'topics', 'unknown_topic'],
      [groupInput('bad-4', { ageMin: 18, ageMax: 12 }), 'ageMax', 'below_min'],
      [
        groupInput('bad-5', { schedule: { ...testGroup('x').schedule, timeZone: 'Mars/Base' } }),
        'schedule.timeZone',
        'time_zone',
      ],
      [groupInput('bad-6', { nextSessions: [] }), 'nextSessions', 'invalid'],
      [groupInput('bad-7', { capacity: -1 }), 'capacity', 'too_small'],
      [groupInput('bad id!'), 'id', 'format'],
      [{ ...groupInput('bad-8'), name: undefined }, 'name', 'required'],
    ];
    for (const [body, field, code] of cases) {
      const response = await admin(server, '/v1/admin/groups', staff, { method: 'POST', body });
      assert.equal(response.status, 400, field);
      const problem = response.body as {
        fields: Record<string, string>;
        codes: Record<string, string>;
      };
      assert.ok(problem.fields[field], `${field}: ${response.text}`);
      assert.equal(problem.codes[field], code, `${field}: ${response.text}`);
      assert.deepEqual(Object.keys(problem.codes), Object.keys(problem.fields));
    }
  });

  it('edits a group and reports a capacity below the seats held', async () => {
    for (let index = 0; index < 3; index++) {
      const response = await postSignup(server, 'new-circle', visitor());
      assert.equal(response.status, 201);
    }
    const edited = await admin(server, '/v1/admin/groups/new-circle', staff, {
      method: 'PUT',
      body: groupInput('new-circle', { capacity: 2, name: 'New Circle' }),
    });
    assert.equal(edited.status, 200, edited.text);
    const group = edited.body as StaffGroup;
    assert.equal(group.group.name, 'New Circle');
    assert.deepEqual(group.seats, { capacity: 2, externalEnrolled: 0, held: 3, left: 0, over: 1 });
    assert.equal(group.signups.received, 3);
    assert.equal(group.group.status, 'waitlist');

    // Fields only staff set are kept when left out.
    const closing = await admin(server, '/v1/admin/groups/new-circle', staff, {
      method: 'PUT',
      body: groupInput('new-circle', { capacity: 2, name: 'New Circle', closed: true }),
    });
    assert.equal((closing.body as StaffGroup).closed, true);
    const partial = groupInput('new-circle', { capacity: 2, name: 'New Circle' });
    delete partial.closed;
    delete partial.externalEnrolled;
    const kept = await admin(server, '/v1/admin/groups/new-circle', staff, {
      method: 'PUT',
      body: partial,
    });
    assert.equal((kept.body as StaffGroup).closed, true);
    assert.equal((kept.body as StaffGroup).group.status, 'closed');
    await admin(server, '/v1/admin/groups/new-circle', staff, {
      method: 'PUT',
      body: groupInput('new-circle', { capacity: 2, name: 'New Circle', closed: false }),
    });

    const renamed = await admin(server, '/v1/admin/groups/new-circle', staff, {
      method: 'PUT',
      body: groupInput('other-id'),
    });
    assert.equal(renamed.status, 400);
    const missing = await admin(server, '/v1/admin/groups/nope', staff, {
      method: 'PUT',
      body: groupInput('nope'),
    });
    assert.equal(missing.status, 404);
  });

  it('archives a group (gone for visitors, kept for staff) and restores it', async () => {
    const archived = await admin(server, '/v1/admin/groups/new-circle/archive', staff, {
      method: 'POST',
    });
    assert.equal(archived.status, 200);
    assert.equal((archived.body as StaffGroup).archived, true);
    assert.equal((await server.request('/v1/groups/new-circle')).status, 404);
    assert.equal((await admin(server, '/v1/admin/groups/new-circle', staff)).status, 200);
    const signups = await admin(server, '/v1/admin/signups?group=new-circle', staff);
    assert.equal((signups.body as { items: unknown[] }).items.length, 3);
    const restored = await admin(server, '/v1/admin/groups/new-circle/restore', staff, {
      method: 'POST',
    });
    assert.equal((restored.body as StaffGroup).archived, false);
    assert.equal((await server.request('/v1/groups/new-circle')).status, 200);
  });

  it('lets an owner edit the practice settings, with the rules of the Practice schema', async () => {
    const current = (await admin(server, '/v1/admin/practice', staff)).body as Practice;
    const changed: Practice = {
      ...current,
      name: 'Riverbend Collective',
      storyMaxLength: 1500,
      texts: { ...current.texts, signupNext: 'We will call you within two days.' },
      topics: [...current.topics, { id: 'burnout', label: 'Burnout' }],
    };
    const byStaff = await admin(server, '/v1/admin/practice', staff, {
      method: 'PUT',
      body: changed,
    });
    assert.equal(byStaff.status, 403);
    const saved = await admin(server, '/v1/admin/practice', owner, {
      method: 'PUT',
      body: changed,
    });
    assert.equal(saved.status, 200, saved.text);
    const visible = (await server.request('/v1/practice')).body as Practice;
    assert.equal(visible.name, 'Riverbend Collective');
    assert.equal(visible.storyMaxLength, 1500);
    assert.ok(visible.topics.some((topic) => topic.id === 'burnout'));

    const bad = await admin(server, '/v1/admin/practice', owner, {
      method: 'PUT',
      body: { ...changed, timeZone: 'Nowhere/Town', storyMaxLength: 5 },
    });
    assert.equal(bad.status, 400);
    const usedTopic = current.topics[0]!.id;
    const dropping = await admin(server, '/v1/admin/practice', owner, {
      method: 'PUT',
      body: { ...changed, topics: changed.topics.filter((topic) => topic.id !== usedTopic) },
    });
    assert.equal(dropping.status, 400);
    assert.match(
      (dropping.body as { fields: { topics: string } }).fields.topics,
      new RegExp(usedTopic),
    );
    assert.deepEqual((dropping.body as { codes: unknown }).codes, { topics: 'in_use' });
    assert.deepEqual((bad.body as { codes: unknown }).codes, { storyMaxLength: 'too_small' });
    const droppingUnused = await admin(server, '/v1/admin/practice', owner, {
      method: 'PUT',
      body: current,
    });
    assert.equal(droppingUnused.status, 200);
    assert.ok(!(droppingUnused.body as Practice).topics.some((topic) => topic.id === 'burnout'));
  });

  it('audits group and settings changes, with ids and numbers only', async () => {
    const response = await admin(server, '/v1/admin/audit?limit=200', owner);
    const entries = (response.body as { items: { action: string; targetId: string | null }[] })
      .items;
    for (const action of ['group_created', 'group_updated', 'group_archived', 'group_restored']) {
      assert.ok(
        entries.some((entry) => entry.action === action && entry.targetId === 'new-circle'),
        `no ${action}`,
      );
    }
    assert.ok(entries.some((entry) => entry.action === 'practice_updated'));
    assert.ok(!response.text.includes('We will call you'));
  });
});
