import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CompiledQuery } from 'kysely';
import type { SignupResult } from '../../src/api/contract/public.js';
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
import {
  GROUPS,
  importGroups,
  NO_RATE_LIMITS,
  postSignup,
  testGroup,
  visitor,
} from './fixtures.js';
import {
  engineSql,
  openTestDatabase,
  readRows,
  removeTestData,
  SQLITE_FILES_ONLY,
  startTestServer,
  storedText,
  tempDir,
  TEST_ENGINE,
  TEST_NOW,
  testData,
  testMigrator,
  type TestServer,
} from './helpers.js';
import { postStory, story } from './story-fixtures.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Reads rows straight from the database, as a copy of the database would show them. */
function rows<T>(server: TestServer, query: string, ...params: unknown[]): Promise<T[]> {
  return readRows<T>(server, query, params);
}

/**
 * What a copy of the database holds, to search for a plain value: on SQLite every byte of the
 * files (main, WAL, free pages included); on PostgreSQL every row of every table as text.
 */
async function databaseBytes(server: TestServer): Promise<Buffer> {
  if (TEST_ENGINE !== 'sqlite') return Buffer.from(await storedText(server));
  const dir = server.config.dataDir;
  return Buffer.concat(
    fs
      .readdirSync(dir)
      .filter((name) => name.startsWith('hearth.db'))
      .map((name) => fs.readFileSync(path.join(dir, name))),
  );
}

type IdempotencyRow = {
  request_hash: string;
  status_code: number;
  response: string;
  signup_id: string | null;
};

describe('idempotency records of sign-ups', () => {
  let server: AdminTestServer;
  let staff: Credentials;
  const group = testGroup('private-group', { capacity: 50 });

  before(async () => {
    server = await startAdminServer();
    await server.store.importData({ practice: demoPractice(), groups: [group], stories: [] });
    await createAccount(server, 'ines@practice.example', 'staff');
    staff = await session(server, 'ines@practice.example');
  });
  after(() => server.stop());

  it('keep a keyed hash of the body, which a guess cannot be checked against', async () => {
    const body = JSON.stringify(visitor({ name: 'Ottilie Guessme' }));
    const key = 'keyed-hash-key';
    const first = await postSignup(server, group.id, body, { key });
    assert.equal(first.status, 201);
    const [row] = await rows<IdempotencyRow>(
      server,
      'select * from idempotency_keys where key = ?',
      key,
    );
    assert.ok(row);
    // Someone holding a copy of the database and a guess of the body hashes the guess: no match.
    assert.notEqual(row.request_hash, sha256(body));
    assert.notEqual(row.request_hash, createHash('sha256').update(body).digest('base64url'));
    assert.equal(row.signup_id, (first.body as SignupResult).id);
    // The server still tells a retry from another request.
    const retry = await postSignup(server, group.id, body, { key });
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(retry.body, first.body);
    const other = await postSignup(server, group.id, visitor({ name: 'Someone Else' }), { key });
    assert.equal(other.status, 422);
  });

  it('go with the person’s data: a retry with the old key gets 410, nothing is made again', async () => {
    const body = JSON.stringify(visitor({ name: 'Philippa Forgetme' }));
    const key = 'deleted-signup-key';
    const first = await postSignup(server, group.id, body, { key });
    assert.equal(first.status, 201);
    const { id } = first.body as SignupResult;

    const deleted = await admin(server, `/v1/admin/signups/${id}`, staff, { method: 'DELETE' });
    assert.equal(deleted.status, 204);

    const before = (await server.store.listSignups()).length;
    const retry = await postSignup(server, group.id, body, { key });
    assert.equal(retry.status, 410);
    assert.match(retry.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const problem = retry.body as { type: string; detail: string };
    assert.equal(problem.type, 'urn:hearth:problem:request-data-deleted');
    assert.ok(!problem.detail.includes('Philippa'));
    assert.equal((await server.store.listSignups()).length, before, 'no sign-up is made again');
    assert.ok(
      !(await server.store.listSignups()).some((signup) => signup.name === 'Philippa Forgetme'),
    );

    // Only a tombstone is left: no hash of the body, no answer, no link to the sign-up.
    assert.deepEqual(
      await rows<IdempotencyRow>(
        server,
        'select request_hash, status_code, response, signup_id from idempotency_keys where key = ?',
        key,
      ),
      [{ request_hash: '', status_code: 410, response: '', signup_id: null }],
    );
    assert.equal(
      (await rows(server, 'select key from idempotency_keys where response like ?', `%${id}%`))
        .length,
      0,
    );

    // A new key is a new request.
    assert.equal((await postSignup(server, group.id, body)).status, 201);
  });
});

describe('content notes and moderation reasons', () => {
  let server: AdminTestServer;
  let staff: Credentials;
  const note = 'Mentions the Halvorsen farmhouse fire';

  before(async () => {
    server = await startAdminServer();
    await createAccount(server, 'noor@practice.example', 'staff');
    staff = await session(server, 'noor@practice.example');
  });
  after(() => server.stop());

  const post = (route: string, body?: unknown) =>
    admin(server, route, staff, { method: 'POST', body });

  it('are encrypted at rest, and every answer shows them as written', async () => {
    const submitted = await postStory(
      server,
      story({ body: 'The group met me where I was after the fire.', contentWarning: note }),
    );
    assert.equal(submitted.status, 202);
    const { id } = submitted.body as { id: string };
    const rejectedStory = await postStory(
      server,
      story({ body: 'Another text that staff will turn down for a reason.' }),
    );
    const rejectedId = (rejectedStory.body as { id: string }).id;
    const reason = 'Names the Tremaine family by their street';
    assert.equal((await post(`/v1/admin/stories/${rejectedId}/reject`, { reason })).status, 200);
    const hideReason = 'Checking with the Okonkwo twins first';
    assert.equal((await post(`/v1/admin/stories/${id}/approve`)).status, 200);

    const wall = await server.request('/v1/stories');
    const shown = (wall.body as { items: { id: string; contentWarning: string | null }[] }).items;
    assert.equal(shown.find((item) => item.id === id)?.contentWarning, note);

    assert.equal((await post(`/v1/admin/stories/${id}/hide`, { reason: hideReason })).status, 200);
    const hidden = (await admin(server, `/v1/admin/stories/${id}`, staff)).body as ModerationStory;
    assert.equal(hidden.contentWarning, note);
    assert.equal(hidden.statusReason, hideReason);
    const rejected = (await admin(server, `/v1/admin/stories/${rejectedId}`, staff))
      .body as ModerationStory;
    assert.equal(rejected.statusReason, reason);

    const [stored] = await rows<{ content_warning_enc: string; status_reason_enc: string }>(
      server,
      'select content_warning_enc, status_reason_enc from stories where id = ?',
      id,
    );
    assert.ok(stored?.content_warning_enc.startsWith('v1.'));
    assert.ok(stored.status_reason_enc.startsWith('v1.'));
    const events = await rows<{ reason_enc: string | null }>(
      server,
      'select reason_enc from story_events where story_id in (?, ?) and reason_enc is not null',
      id,
      rejectedId,
    );
    assert.equal(events.length, 2);
    for (const event of events) assert.ok(event.reason_enc?.startsWith('v1.'));
    const bytes = await databaseBytes(server);
    for (const plain of ['Halvorsen', 'Tremaine', 'Okonkwo']) {
      assert.ok(!bytes.includes(plain), `${plain} is in the database files`);
    }
  });
});

describe('a database from before these were private', () => {
  let dataDir = '';
  let server: TestServer;
  const storyId = 'old-story';
  const storyBody = JSON.stringify(story({ body: 'An older story, sent before the upgrade.' }));
  const deletedSignup = '3f1c2d4e-0000-4000-8000-000000000001';

  before(async () => {
    // The schema as it was before migration 0008, with rows as that version wrote them.
    const data = await testData(tempDir());
    dataDir = data.dataDir;
    const db = await openTestDatabase(data);
    const { error } = await testMigrator(db).migrateTo('0006_signup_crisis');
    if (error) throw error;
    const run = async (text: string, ...params: unknown[]) => {
      await db.executeQuery(CompiledQuery.raw(engineSql(text), params));
    };
    await run(
      `insert into stories (id, status, body_enc, content_warning, month, created_at, updated_at, status_reason)
         values (?, 'hidden', ?, ?, '2025-02', ?, ?, ?)`,
      storyId,
      'I kept going back every week.',
      'Mentions the Wexford crossing',
      TEST_NOW.toISOString(),
      TEST_NOW.toISOString(),
      'Asked by the Lindqvist family',
    );
    await run(
      `insert into story_events (id, story_id, action, from_status, to_status, actor, reason, created_at)
         values ('old-event', ?, 'hide', 'approved', 'hidden', 'staff', 'Asked by the Lindqvist family', ?)`,
      storyId,
      TEST_NOW.toISOString(),
    );
    const remember = (...params: unknown[]) =>
      run(
        `insert into idempotency_keys (scope, key, request_hash, status_code, response, created_at, expires_at)
       values (?, ?, ?, ?, ?, ?, ?)`,
        ...params,
      );
    const expires = new Date(TEST_NOW.getTime() + 60 * 60 * 1000).toISOString();
    await remember(
      'POST /v1/stories',
      'old-story-key',
      sha256(storyBody),
      200,
      JSON.stringify({ id: 'receipt-1', status: 'pending', crisis: false }),
      TEST_NOW.toISOString(),
      expires,
    );
    await remember(
      `POST /v1/groups/${GROUPS.open.id}/signups`,
      'old-signup-key',
      sha256('{"name":"Gone Already"}'),
      201,
      JSON.stringify({ id: deletedSignup, status: 'requested', crisis: false }),
      TEST_NOW.toISOString(),
      expires,
    );
    await db.destroy();
    server = await startTestServer({ dataDir, seed: 'none', ...NO_RATE_LIMITS });
    await importGroups(server, [GROUPS.open]);
  });
  after(async () => {
    await server.stop();
    await removeTestData(dataDir);
  });

  it('has its notes and reasons encrypted when the upgraded server opens it', async () => {
    const [stored] = await rows<{ content_warning_enc: string; status_reason_enc: string }>(
      server,
      'select content_warning_enc, status_reason_enc from stories where id = ?',
      storyId,
    );
    assert.ok(stored?.content_warning_enc.startsWith('v1.'));
    assert.ok(stored.status_reason_enc.startsWith('v1.'));
    const staffView = await server.store.getModerationStory(storyId);
    assert.equal(staffView?.contentWarning, 'Mentions the Wexford crossing');
    assert.equal(staffView?.statusReason, 'Asked by the Lindqvist family');
    const bytes = await databaseBytes(server);
    for (const plain of ['Wexford', 'Lindqvist']) assert.ok(!bytes.includes(plain), plain);
  });

  it('re-keys request hashes (a retry still replays) and empties those of deleted sign-ups', async () => {
    const [kept] = await rows<IdempotencyRow>(
      server,
      "select * from idempotency_keys where key = 'old-story-key'",
    );
    assert.notEqual(kept?.request_hash, sha256(storyBody));
    const retry = await postStory(server, storyBody, { 'Idempotency-Key': 'old-story-key' });
    assert.equal(retry.status, 202);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(retry.body, { id: 'receipt-1', status: 'pending', crisis: false });

    assert.deepEqual(
      await rows<IdempotencyRow>(
        server,
        "select request_hash, status_code, response, signup_id from idempotency_keys where key = 'old-signup-key'",
      ),
      [{ request_hash: '', status_code: 410, response: '', signup_id: null }],
    );
    const signup = await postSignup(server, GROUPS.open.id, visitor(), { key: 'old-signup-key' });
    assert.equal(signup.status, 410);
  });
});

describe('data files', () => {
  it(
    'are owner-only in an owner-only directory, whatever the umask',
    { skip: SQLITE_FILES_ONLY },
    async () => {
      const parent = tempDir();
      const dataDir = path.join(parent, 'nested', 'data');
      const umask = process.umask(0);
      let server: TestServer | undefined;
      try {
        server = await startTestServer({ dataDir, seed: 'none' });
        await importGroups(server, [GROUPS.open]);
        assert.equal((await postSignup(server, GROUPS.open.id, visitor())).status, 201);
        assert.equal(fs.statSync(dataDir).mode & 0o777, 0o700);
        for (const file of ['hearth.db', 'hearth.db-wal', 'hearth.db-shm', 'data.key']) {
          assert.equal(fs.statSync(path.join(dataDir, file)).mode & 0o777, 0o600, file);
        }
        assert.ok(!server.logs.some((line) => line.level === 'warn'));
      } finally {
        process.umask(umask);
        await server?.stop();
        await removeTestData(dataDir);
        fs.rmSync(parent, { recursive: true, force: true });
      }
    },
  );

  it(
    'that were looser are made owner-only, with a warning; a loose directory is named',
    { skip: SQLITE_FILES_ONLY },
    async () => {
      const dataDir = tempDir();
      try {
        const first = await startTestServer({ dataDir, seed: 'none' });
        await first.stop();
        fs.chmodSync(dataDir, 0o755);
        for (const file of ['hearth.db', 'data.key']) fs.chmodSync(path.join(dataDir, file), 0o644);

        const server = await startTestServer({ dataDir, seed: 'none' });
        try {
          for (const file of ['hearth.db', 'hearth.db-wal', 'hearth.db-shm', 'data.key']) {
            assert.equal(fs.statSync(path.join(dataDir, file)).mode & 0o777, 0o600, file);
          }
          // The directory may be the operator's own (a mount): it is named, not changed.
          assert.equal(fs.statSync(dataDir).mode & 0o777, 0o755);
          const warnings = server.logs.filter((line) => line.level === 'warn');
          assert.deepEqual(
            warnings.map((line) => [line.path, line.mode]),
            [
              [dataDir, '755'],
              [path.join(dataDir, 'hearth.db'), '644'],
              [path.join(dataDir, 'data.key'), '644'],
            ],
          );
        } finally {
          await server.stop();
        }
      } finally {
        await removeTestData(dataDir);
      }
    },
  );
});
