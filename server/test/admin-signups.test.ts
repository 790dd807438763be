import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { SignupResult } from '../../src/api/contract/public.js';
import { demoPractice } from '../src/seed.js';
import type { StaffSignup } from '../../src/api/contract/staff.js';
import { csvCell, toCsv } from '../src/platform/csv.js';
import {
  admin,
  createAccount,
  session,
  startAdminServer,
  type AdminTestServer,
  type Credentials,
} from './admin-fixtures.js';
import { postSignup, testGroup, visitor } from './fixtures.js';
import { readRows, storedText, TEST_ENGINE } from './helpers.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('CSV cells', () => {
  it('neutralise formula-like starts and quote everything', () => {
    assert.equal(csvCell('=HYPERLINK("http://x.example")'), `"'=HYPERLINK(""http://x.example"")"`);
    for (const start of ['+', '-', '@', '\t', '\r']) {
      assert.equal(csvCell(`${start}1`), `"'${start}1"`);
    }
    assert.equal(csvCell('plain'), '"plain"');
    assert.equal(csvCell(null), '""');
    assert.ok(toCsv([['a']]).startsWith('\uFEFF'));
    assert.equal(
      toCsv([
        ['a', 1],
        ['b', null],
      ]),
      '\uFEFF"a","1"\r\n"b",""\r\n',
    );
  });
});

describe('sign-ups API', () => {
  let server: AdminTestServer;
  let staff: Credentials;
  const small = testGroup('two-seats', { capacity: 2 });
  const other = testGroup('other-group', { capacity: 10 });

  const signUp = async (groupId: string, overrides: Record<string, unknown> = {}) => {
    const response = await postSignup(server, groupId, visitor(overrides));
    assert.equal(response.status, 201);
    return response.body as SignupResult;
  };
  const post = (path: string, body?: unknown) =>
    admin(server, path, staff, { method: 'POST', body });

  before(async () => {
    server = await startAdminServer({ retentionDays: 90 });
    await server.store.importData({
      practice: demoPractice(),
      groups: [small, other],
      stories: [],
    });
    await createAccount(server, 'lin@practice.example', 'staff');
    staff = await session(server, 'lin@practice.example');
  });
  after(() => server.stop());

  it('lists sign-ups by group and status, decrypted, with their retention date', async () => {
    const first = await signUp(small.id);
    await signUp(other.id, { name: 'Someone Else', email: 'else@visitor.example' });
    const response = await admin(server, `/v1/admin/signups?group=${small.id}`, staff);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const items = (response.body as { items: StaffSignup[] }).items;
    assert.equal(items.length, 1);
    assert.equal(items[0]!.id, first.id);
    assert.equal(items[0]!.status, 'received');
    assert.equal(items[0]!.name, 'Marguerite Quillfeather');
    assert.equal(items[0]!.groupName, small.name);
    assert.equal(
      items[0]!.retainUntil,
      new Date(Date.parse(items[0]!.createdAt) + 90 * DAY_MS).toISOString(),
    );
    const byStatus = await admin(server, '/v1/admin/signups?status=waitlisted', staff);
    assert.deepEqual((byStatus.body as { items: unknown[] }).items, []);
    assert.equal((await admin(server, '/v1/admin/signups?status=lost', staff)).status, 400);
  });

  it('moves a sign-up through the workflow, each change timestamped with its note', async () => {
    const { id } = await signUp(other.id);
    for (const [status, note] of [
      ['contacted', 'Left a voicemail'],
      ['screening_scheduled', undefined],
      ['accepted', undefined],
      ['enrolled', 'Starts next week'],
    ] as const) {
      server.clock.advance(60_000);
      const response = await post(`/v1/admin/signups/${id}/status`, { status, note });
      assert.equal(response.status, 200, `${status}: ${response.text}`);
    }
    const { body } = await admin(server, `/v1/admin/signups/${id}`, staff);
    const signup = body as StaffSignup;
    assert.equal(signup.status, 'enrolled');
    assert.equal(signup.retainUntil, null, 'kept while enrolled');
    assert.deepEqual(
      signup.history.map((entry) => [entry.from, entry.to, entry.note]),
      [
        ['received', 'contacted', 'Left a voicemail'],
        ['contacted', 'screening_scheduled', null],
        ['screening_scheduled', 'accepted', null],
        ['accepted', 'enrolled', 'Starts next week'],
      ],
    );
    assert.equal(signup.history[0]!.actor?.email, 'lin@practice.example');
    assert.ok(signup.history[0]!.at < signup.history[3]!.at);

    const noted = await post(`/v1/admin/signups/${id}/notes`, { note: 'Prefers mornings' });
    assert.equal(noted.status, 200);
    assert.equal((noted.body as StaffSignup).history.at(-1)?.note, 'Prefers mornings');
    assert.equal(
      (await post(`/v1/admin/signups/${id}/status`, { status: 'enrolled' })).status,
      409,
    );
    assert.equal((await post(`/v1/admin/signups/${id}/status`, { status: 'gone' })).status, 400);
    assert.equal(
      (await post('/v1/admin/signups/missing/status', { status: 'contacted' })).status,
      404,
    );
  });

  it('promotes from the waitlist only when a seat is free', async () => {
    // `small` has 2 seats; one is taken by the first test.
    const seat = await signUp(small.id);
    const waiting = await signUp(small.id);
    assert.equal(waiting.status, 'waitlisted');
    const full = await post(`/v1/admin/signups/${waiting.id}/promote`);
    assert.equal(full.status, 409);

    await post(`/v1/admin/signups/${seat.id}/status`, { status: 'withdrawn' });
    const promoted = await post(`/v1/admin/signups/${waiting.id}/promote`);
    assert.equal(promoted.status, 200);
    assert.equal((promoted.body as StaffSignup).status, 'received');
    assert.equal((promoted.body as StaffSignup).waitlistPosition, null);
    // The withdrawn person cannot take the seat back while it is taken.
    const back = await post(`/v1/admin/signups/${seat.id}/status`, { status: 'contacted' });
    assert.equal(back.status, 409);
    assert.equal((await post(`/v1/admin/signups/${seat.id}/promote`)).status, 409);
  });

  it('exports CSV for spreadsheets, with formula-like cells neutralised', async () => {
    await signUp(other.id, {
      name: '=HYPERLINK("https://evil.example","Click")',
      message: '@SUM(1+1) and "quotes"',
      phone: '+1 503 555 0100',
    });
    const response = await admin(server, `/v1/admin/signups/export.csv?group=${other.id}`, staff);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
    assert.match(
      response.headers.get('content-disposition') ?? '',
      /^attachment; filename="signups-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const bytes = new Uint8Array(
      await (
        await fetch(new URL(`v1/admin/signups/export.csv`, server.url), {
          headers: { Cookie: staff.cookie! },
        })
      ).arrayBuffer(),
    );
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const text = response.text;
    assert.ok(text.includes(`"'=HYPERLINK(""https://evil.example"",""Click"")"`));
    assert.ok(text.includes(`"'@SUM(1+1) and ""quotes"""`));
    assert.ok(text.includes(`"'+1 503 555 0100"`));
    assert.ok(!/(^|,)"[=+\-@]/m.test(text), 'no cell starts with a formula character');
  });

  it('neutralises formulas hidden behind spaces, invisible characters and full-width forms', async () => {
    for (const hidden of [
      ' =1+1',
      '\u200B=1+1',
      '\uFEFF@SUM(A1)',
      '＝HYPERLINK("x")',
      '\u202E-2+3',
      '\u00A0+1',
    ]) {
      assert.equal(csvCell(hidden), `"'${hidden.replace(/"/g, '""')}"`, JSON.stringify(hidden));
    }
    assert.equal(csvCell(' plain'), '" plain"');
    assert.equal(csvCell('a=b'), '"a=b"');

    const { id } = await signUp(other.id, { name: 'Noted Person' });
    for (const note of ['\u200B=HYPERLINK("https://evil.example")', '＝1+1']) {
      assert.equal((await post(`/v1/admin/signups/${id}/notes`, { note })).status, 200);
      const csv = (await admin(server, `/v1/admin/signups/export.csv?group=${other.id}`, staff))
        .text;
      const row = csv.split('\r\n').find((line) => line.startsWith(`"${id}"`))!;
      assert.ok(row.endsWith(`,"'${note.replace(/"/g, '""')}","none"`), row);
    }
  });

  it('deletes a person’s data on request: the row and its ciphertext are gone', async () => {
    const { id } = await signUp(other.id, { name: 'Erasmus Deletewell' });
    await post(`/v1/admin/signups/${id}/notes`, { note: 'Asked us to delete everything' });
    const [row] = await readRows<{ name_enc: string; email_enc: string }>(
      server,
      'select name_enc, email_enc from signups where id = ?',
      [id],
    );
    assert.ok(row?.name_enc.startsWith('v1.'));

    const deleted = await admin(server, `/v1/admin/signups/${id}`, staff, { method: 'DELETE' });
    assert.equal(deleted.status, 204);
    assert.equal((await admin(server, `/v1/admin/signups/${id}`, staff)).status, 404);
    assert.ok(!(await server.store.listSignups()).some((signup) => signup.id === id));

    const count = async (query: string) => (await readRows(server, query, [id]))[0];
    assert.deepEqual(
      await count('select cast(count(*) as integer) as n from signups where id = ?'),
      {
        n: 0,
      },
    );
    assert.deepEqual(
      await count('select cast(count(*) as integer) as n from signup_events where signup_id = ?'),
      { n: 0 },
    );
    // Every row of every table; on SQLite also the files (free pages, WAL).
    const files = [Buffer.from(await storedText(server))];
    if (TEST_ENGINE === 'sqlite') {
      files.push(
        ...fs
          .readdirSync(server.config.dataDir)
          .filter((name) => name.startsWith('hearth.db'))
          .map((name) => fs.readFileSync(path.join(server.config.dataDir, name))),
      );
    }
    for (const ciphertext of [row.name_enc, row.email_enc]) {
      const piece = ciphertext.split('.').at(-1)!;
      assert.ok(!files.some((bytes) => bytes.includes(piece)), 'ciphertext left in the files');
    }
    assert.equal(
      (await admin(server, `/v1/admin/signups/${id}`, staff, { method: 'DELETE' })).status,
      404,
    );
  });

  it('audits every action with ids and statuses only, never the person', async () => {
    await createAccount(server, 'owner@practice.example', 'owner');
    const owner = await session(server, 'owner@practice.example');
    const response = await admin(server, '/v1/admin/audit?limit=200', owner);
    const entries = (response.body as { items: { action: string; detail: unknown }[] }).items;
    const actions = new Set(entries.map((entry) => entry.action));
    for (const action of [
      'signups_viewed',
      'signup_viewed',
      'signup_status',
      'signup_note',
      'signup_promoted',
      'signups_exported',
      'signup_deleted',
    ]) {
      assert.ok(actions.has(action), `no ${action} entry`);
    }
    for (const secret of [
      'Marguerite',
      'Quillfeather',
      'visitor.example',
      'Erasmus',
      'Left a voicemail',
      'Prefers mornings',
      // The phone as typed and as digits: a bare "555" also turns up in random ids and times.
      '503 555 0100',
      '5035550100',
      'HYPERLINK',
    ]) {
      assert.ok(!response.text.includes(secret), `audit holds ${secret}`);
    }
  });
});
