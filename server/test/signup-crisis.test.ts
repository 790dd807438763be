// A sign-up's free text gets the same care as a story (issue 13): its crisis tier is kept beside
// the encrypted text, the visitor's answer carries the practice's crisis lines when it speaks of
// suicide now, and staff see those requests first, marked "Read first". Tests assert what is
// done with a tier, using clear phrases; docs/safety.md and the safety evaluation cover the
// tiers themselves.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { SignupResult } from '../../src/api/contract/public.js';
import { demoPractice } from '../src/seed.js';
import type { StaffSignup } from '../../src/api/contract/staff.js';
import type { SignupInput } from '../src/signups/repository.js';
import { openStore } from '../src/store.js';
import {
  admin,
  createAccount,
  session,
  startAdminServer,
  type AdminTestServer,
  type Credentials,
} from './admin-fixtures.js';
import { postSignup, testGroup, visitor } from './fixtures.js';
import { execSql, readRows, removeTestData, testData, TEST_NOW } from './helpers.js';

const HIGH = 'I want to kill myself tonight, I have the pills';
const MEDIUM = "I don't want to be alive anymore";
const LOW = 'My brother died by suicide years ago';
const CALM = 'I lost my sister in spring and would like to talk with others.';

describe('crisis language in a sign-up', () => {
  let server: AdminTestServer;
  let staff: Credentials;
  const group = testGroup('crisis-care', { capacity: 20 });
  const full = testGroup('crisis-full', { capacity: 1, externalEnrolled: 1 });

  const signUp = async (overrides: Record<string, unknown>, groupId = group.id) => {
    // Each request a minute after the last, so the list's "oldest first" is plain to see.
    server.clock.advance(60_000);
    const response = await postSignup(server, groupId, visitor(overrides));
    assert.equal(response.status, 201, response.text);
    return response.body as SignupResult;
  };
  const staffList = async (query = '') => {
    const response = await admin(server, `/v1/admin/signups${query}`, staff);
    assert.equal(response.status, 200);
    return (response.body as { items: StaffSignup[] }).items;
  };
  const stored = async (id: string) =>
    (await server.store.listSignups()).find((signup) => signup.id === id)!;

  before(async () => {
    server = await startAdminServer();
    await server.store.importData({ practice: demoPractice(), groups: [group, full], stories: [] });
    // The owner, who may also read the audit log.
    await createAccount(server, 'noor@practice.example', 'owner');
    staff = await session(server, 'noor@practice.example');
  });
  after(() => server.stop());

  it('answers a calm message as before: not crisis, no resources, tier none kept', async () => {
    const result = await signUp({ message: CALM });
    assert.equal(result.crisis, false);
    assert.equal(result.resources, undefined);
    assert.equal((await stored(result.id)).crisis, 'none');
  });

  it('answers a message with intent and means with the practice’s crisis lines, tier high', async () => {
    const result = await signUp({ message: HIGH });
    assert.equal(result.status, 'requested');
    assert.equal(result.crisis, true);
    assert.deepEqual(result.resources, demoPractice().crisisResources);
    assert.equal((await stored(result.id)).crisis, 'high');
    // The text itself stays encrypted like every sign-up; only the tier is in clear.
    const [row] = await readRows<{ message_enc: string; crisis_tier: string }>(
      server,
      'select message_enc, crisis_tier from signups where id = ?',
      [result.id],
    );
    assert.equal(row?.crisis_tier, 'high');
    assert.ok(!row.message_enc.includes('pills'));
  });

  it('treats current thoughts (medium) as crisis, and a loss told calmly (low) as not', async () => {
    const medium = await signUp({ message: MEDIUM });
    assert.equal(medium.crisis, true);
    assert.ok(medium.resources?.length);
    assert.equal((await stored(medium.id)).crisis, 'medium');

    const low = await signUp({ message: LOW });
    assert.equal(low.crisis, false);
    assert.equal(low.resources, undefined);
    assert.equal((await stored(low.id)).crisis, 'low');
  });

  it('reads the best times too, the other thing a visitor writes freely', async () => {
    const result = await signUp({ message: undefined, bestTimes: MEDIUM });
    assert.equal(result.crisis, true);
    assert.equal((await stored(result.id)).crisis, 'medium');
  });

  it('gives the crisis lines with a waitlist place too', async () => {
    const result = await signUp({ message: HIGH }, full.id);
    assert.equal(result.status, 'waitlisted');
    assert.ok(result.waitlistPosition);
    assert.equal(result.crisis, true);
    assert.ok(result.resources?.length);
  });

  it('replays the same answer, crisis lines included, for a retry with the same key', async () => {
    const key = randomUUID();
    const first = await postSignup(server, group.id, visitor({ message: HIGH }), { key });
    const again = await postSignup(server, group.id, visitor({ message: HIGH }), { key });
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(again.body, first.body);
    assert.equal((again.body as SignupResult).crisis, true);
  });

  it('lists requests to read first at the top: high, then medium, then the rest oldest first', async () => {
    const items = await staffList(`?group=${group.id}`);
    const tiers = items.map((item) => item.crisis);
    const firstCalm = tiers.findIndex((tier) => tier !== 'high' && tier !== 'medium');
    assert.ok(tiers.indexOf('high') === 0 && tiers.lastIndexOf('medium') === firstCalm - 1);
    assert.deepEqual(
      tiers.slice(0, firstCalm),
      [...tiers.slice(0, firstCalm)].sort((a, b) => (a === b ? 0 : a === 'high' ? -1 : 1)),
      'high before medium',
    );
    assert.ok(tiers.slice(firstCalm).every((tier) => tier === 'none' || tier === 'low'));
    assert.ok(items.slice(0, firstCalm).every((item) => item.readFirst));
    assert.ok(items.slice(firstCalm).every((item) => !item.readFirst));
    for (const part of [items.slice(0, firstCalm), items.slice(firstCalm)]) {
      const high = part.filter((item) => item.crisis === 'high').map((item) => item.createdAt);
      const rest = part.filter((item) => item.crisis !== 'high').map((item) => item.createdAt);
      assert.deepEqual(high, [...high].sort(), 'oldest first within a tier');
      assert.deepEqual(rest, [...rest].sort(), 'oldest first within a tier');
    }
    // The message is in the list itself, for the console to show without opening details.
    assert.equal(items[0]!.message, HIGH);
  });

  it('puts a request back in its usual place once staff have acted on it', async () => {
    const latest = await signUp({ message: HIGH });
    assert.equal((await staffList(`?group=${group.id}`))[0]!.readFirst, true);
    const moved = await admin(server, `/v1/admin/signups/${latest.id}/status`, staff, {
      method: 'POST',
      body: { status: 'contacted', note: 'Called, safe, talked through next steps' },
    });
    assert.equal(moved.status, 200);
    assert.equal((moved.body as StaffSignup).readFirst, false);
    assert.equal((moved.body as StaffSignup).crisis, 'high');
    const items = await staffList(`?group=${group.id}`);
    assert.equal(items.at(-1)!.id, latest.id, 'the newest, among the rest');
  });

  it('orders the CSV export the same way, with the tier as a column', async () => {
    const response = await admin(server, `/v1/admin/signups/export.csv?group=${group.id}`, staff);
    assert.equal(response.status, 200);
    const [header, first, ...rest] = response.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.ok(header!.endsWith(',"Crisis tier"'));
    assert.ok(first!.endsWith(',"high"'));
    assert.ok(rest.some((line) => line.endsWith(',"none"')));
  });

  it('keeps every word the visitor wrote out of the logs and the audit log', async () => {
    const words = ['kill myself', 'pills', 'alive anymore', 'died by suicide'];
    const logged = JSON.stringify(server.logs);
    const audit = await admin(server, '/v1/admin/audit?limit=200', staff);
    assert.equal(audit.status, 200);
    assert.match(audit.text, /signups_viewed/);
    for (const word of words) {
      assert.ok(!logged.includes(word), `"${word}" in the logs`);
      assert.ok(!audit.text.includes(word), `"${word}" in the audit log`);
    }
  });
});

describe('sign-ups made before tiers were kept', () => {
  it('are assessed once when the store opens', async () => {
    const data = await testData();
    try {
      const first = await openStore(data);
      await first.importData({
        practice: demoPractice(),
        groups: [testGroup('older')],
        stories: [],
      });
      const signup: SignupInput = {
        name: 'Ada',
        email: 'ada@visitor.example',
        contactMethod: 'email',
        message: MEDIUM,
        consent: { contact: true, privacy: true },
      };
      // As the route before this version did: no tier given.
      const outcome = await first.createSignup('older', signup, {
        scope: 'test',
        idempotencyKey: 'older',
        requestHash: 'older',
        now: TEST_NOW,
        consentVersion: 'test',
      });
      assert.equal(outcome.kind, 'created');
      await first.close();
      await execSql(data, "delete from meta where key = 'signup_crisis_assessed'");

      const again = await openStore(data);
      const [assessed] = await again.listSignups();
      assert.equal(assessed!.crisis, 'medium');
      await again.close();
    } finally {
      await removeTestData(data.dataDir);
    }
  });
});
