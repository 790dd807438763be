import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SignupResult } from '../../src/api/contract/public.js';
import { demoPractice } from '../src/seed.js';
import type { SignupInput } from '../src/signups/repository.js';
import { openStore } from '../src/store.js';
import type { StaffSignup } from '../../src/api/contract/staff.js';
import {
  admin,
  createAccount,
  session,
  startAdminServer,
  type AdminTestServer,
  type Credentials,
} from './admin-fixtures.js';
import { postSignup, testGroup, visitor } from './fixtures.js';
import {
  execSql,
  readRows,
  removeTestData,
  testData,
  testMigrator,
  TEST_NOW,
  withDatabase,
} from './helpers.js';

describe('waitlist places', () => {
  let server: AdminTestServer;
  let staff: Credentials;
  const quiet = testGroup('one-seat', { capacity: 1 });
  const busy = testGroup('busy-seat', { capacity: 1 });

  before(async () => {
    server = await startAdminServer();
    await server.store.importData({ practice: demoPractice(), groups: [quiet, busy], stories: [] });
    await createAccount(server, 'lin@practice.example', 'staff');
    staff = await session(server, 'lin@practice.example');
  });
  after(() => server.stop());

  const signUp = async (groupId: string, name: string) => {
    server.clock.advance(1000);
    const response = await postSignup(server, groupId, visitor({ name }));
    assert.equal(response.status, 201, response.text);
    return response.body as SignupResult;
  };
  const withdraw = (id: string) =>
    admin(server, `/v1/admin/signups/${id}/status`, staff, {
      method: 'POST',
      body: { status: 'withdrawn' },
    });
  const remove = (id: string) =>
    admin(server, `/v1/admin/signups/${id}`, staff, { method: 'DELETE' });
  /** Name and place of each waitlisted request, in the order staff see them. */
  const waitlist = async (groupId: string) => {
    const response = await admin(
      server,
      `/v1/admin/signups?group=${groupId}&status=waitlisted`,
      staff,
    );
    return (response.body as { items: StaffSignup[] }).items
      .map((item) => [item.waitlistPosition, item.name] as const)
      .sort(([a], [b]) => a! - b!);
  };
  const storedPlaces = async (groupId: string) => {
    const rows = await readRows<{ place: number }>(
      server,
      `select waitlist_position as place from signups
         where group_id = ? and status = 'waitlisted' order by waitlist_position`,
      [groupId],
    );
    return rows.map((row) => row.place);
  };

  it('moves everyone up when someone ahead leaves, so a newcomer queues behind them', async () => {
    await signUp(quiet.id, 'Seat Holder');
    const ada = await signUp(quiet.id, 'Ada First');
    const ben = await signUp(quiet.id, 'Ben Second');
    await signUp(quiet.id, 'Cleo Third');
    assert.equal(ada.waitlistPosition, 1);
    assert.equal((await withdraw(ada.id)).status, 200);
    assert.equal((await remove(ben.id)).status, 204);
    assert.deepEqual(await waitlist(quiet.id), [[1, 'Cleo Third']]);

    const dan = await signUp(quiet.id, 'Dan Fourth');
    assert.equal(dan.waitlistPosition, 2, 'the newcomer is told the place staff see');
    assert.deepEqual(await waitlist(quiet.id), [
      [1, 'Cleo Third'],
      [2, 'Dan Fourth'],
    ]);
    assert.deepEqual(await storedPlaces(quiet.id), [1, 2]);
  });

  it('keeps places 1, 2, 3… in joining order while people leave and join at once', async () => {
    await signUp(busy.id, 'Seat Holder');
    const waiting: SignupResult[] = [];
    for (const n of [1, 2, 3, 4, 5, 6]) waiting.push(await signUp(busy.id, `Waiting ${n}`));
    const [w1, , w3, , w5] = waiting;
    const responses = await Promise.all([
      withdraw(w1!.id),
      postSignup(server, busy.id, visitor({ name: 'New A' })),
      remove(w3!.id),
      postSignup(server, busy.id, visitor({ name: 'New B' })),
      admin(server, `/v1/admin/signups/${w5!.id}/status`, staff, {
        method: 'POST',
        body: { status: 'referred' },
      }),
      postSignup(server, busy.id, visitor({ name: 'New C' })),
    ]);
    assert.deepEqual(
      responses.map((response) => response.status),
      [200, 201, 204, 201, 200, 201],
    );
    const places = await waitlist(busy.id);
    assert.deepEqual(
      places.map(([place]) => place),
      [1, 2, 3, 4, 5, 6],
    );
    assert.deepEqual(
      places.slice(0, 3).map(([, name]) => name),
      ['Waiting 2', 'Waiting 4', 'Waiting 6'],
      'those who waited longer stay ahead of the newcomers',
    );
    assert.deepEqual(await storedPlaces(busy.id), [1, 2, 3, 4, 5, 6]);
  });

  it('closes up the waitlists stored before places were renumbered, once, in joining order', async () => {
    const data = await testData();
    let store = await openStore({ ...data, now: () => TEST_NOW });
    await store.importData({ practice: demoPractice(), groups: [quiet], stories: [] });
    const ids: string[] = [];
    for (const n of [0, 1, 2, 3]) {
      const outcome = await store.createSignup(
        quiet.id,
        visitor({ name: `Person ${n}` }) as unknown as SignupInput,
        {
          scope: 'test',
          idempotencyKey: `key-${n}`,
          requestHash: `hash-${n}`,
          now: new Date(TEST_NOW.getTime() + n * 1000),
          consentVersion: '2026-11',
        },
      );
      assert.equal(outcome.kind, 'created');
      if (outcome.kind === 'created') ids.push(outcome.result.id);
    }
    await store.close();
    // As an older server left them: gaps where people left the waitlist.
    const place = 'update signups set waitlist_position = ? where id = ?';
    const migration = '0010_waitlist_places';
    const [ran] = await readRows<{ timestamp: string }>(
      data,
      'select timestamp from kysely_migration where name = ?',
      [migration],
    );
    await execSql(
      data,
      [place, [4, ids[1]]],
      [place, [9, ids[2]]],
      [place, [12, ids[3]]],
      ['delete from kysely_migration where name = ?', [migration]],
    );
    // The renumbering migration runs again, alone (those after it stay done), and keeps its
    // place in the migrations' order.
    await withDatabase(data, async (db) => {
      const { error, results } = await testMigrator(db, {
        allowUnorderedMigrations: true,
      }).migrateToLatest();
      if (error) throw error;
      assert.deepEqual(
        results?.map((result) => result.migrationName),
        [migration],
      );
    });
    await execSql(data, [
      'update kysely_migration set timestamp = ? where name = ?',
      [ran!.timestamp, migration],
    ]);

    store = await openStore({ ...data, now: () => TEST_NOW });
    const listed = await store.listStaffSignups({ groupId: quiet.id, statuses: ['waitlisted'] });
    await store.close();
    await removeTestData(data.dataDir);
    assert.deepEqual(
      listed.map((signup) => [signup.name, signup.waitlistPosition]),
      [
        ['Person 1', 1],
        ['Person 2', 2],
        ['Person 3', 3],
      ],
    );
  });
});
