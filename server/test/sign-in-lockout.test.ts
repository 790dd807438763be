// The sign-in lockout under load: attempts that arrive together, at several server processes,
// at the in-session password checks, and a sign-in racing an owner's password reset.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { hashPassword } from '../src/platform/passwords.js';
import { openStore } from '../src/store.js';
import {
  admin,
  cookieFrom,
  createAccount,
  login,
  PASSWORD,
  session,
  startAdminServer,
  type AdminTestServer,
  type Credentials,
} from './admin-fixtures.js';
import {
  openTestDatabase,
  removeTestData,
  tempDir,
  testData,
  testEnv,
  TEST_NOW,
  type TestData,
} from './helpers.js';

const WRONG = 'not the password at all';

/** How many answers had each status. */
function tally(responses: { status: number }[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of responses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/** An account whose password takes long enough to check that requests overlap. */
async function slowAccount(server: AdminTestServer, email: string, cost: number) {
  const account = await server.store.staff.createAccount({
    email,
    role: 'staff',
    passwordHash: await hashPassword(PASSWORD, cost),
    mustChangePassword: false,
    now: TEST_NOW,
  });
  return account!.id;
}

/** Each request from its own address, so only the account's own limit applies. */
const fromAddress = (index: number) => ({
  headers: { 'X-Forwarded-For': `10.${Math.floor(index / 250)}.${index % 250}.1` },
});

describe('sign-in attempts arriving together', () => {
  let server: AdminTestServer;

  before(async () => {
    server = await startAdminServer({ trustProxy: true });
  });
  after(() => server.stop());

  it('judge at most 5 of 150 simultaneous wrong guesses; the rest get 429 unchecked', async () => {
    await slowAccount(server, 'ana@practice.example', 13);
    const responses = await Promise.all(
      Array.from({ length: 150 }, (_, index) =>
        login(server, 'ana@practice.example', WRONG, fromAddress(index)),
      ),
    );
    assert.deepEqual(tally(responses), { 401: 5, 429: 145 });
    for (const response of responses.filter(({ status }) => status === 429)) {
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
      assert.ok(Number(response.headers.get('retry-after')) > 0);
    }
  });

  it('refuse the right password sent last in a burst of 30', async () => {
    await slowAccount(server, 'ben@practice.example', 13);
    const db = await openTestDatabase(server);
    const locks = async () =>
      (
        await sql<{
          count: number;
        }>`select cast(count(*) as integer) as count from sign_in_throttle where attempts >= 5`.execute(
          db,
        )
      ).rows[0]!.count;
    const locksBefore = await locks();
    const wrong = Array.from({ length: 29 }, (_, index) =>
      login(server, 'ben@practice.example', WRONG, fromAddress(index)),
    );
    // The right password goes out once the burst has reached the limit, while it is still
    // being checked: whatever order the requests arrive in, it comes after the fifth.
    while ((await locks()) === locksBefore) await delay(2);
    await db.destroy();
    const responses = await Promise.all([
      ...wrong,
      login(server, 'ben@practice.example', PASSWORD, fromAddress(29)),
    ]);
    assert.equal(responses[29]!.status, 429);
    assert.equal(cookieFrom(responses[29]!), undefined);
    assert.deepEqual(tally(responses), { 401: 5, 429: 25 });
    // Still locked: the count was not cleared by a password nobody checked.
    assert.equal(
      (await login(server, 'ben@practice.example', PASSWORD, fromAddress(99))).status,
      429,
    );
    server.clock.advance(61_000);
    assert.equal(
      (await login(server, 'ben@practice.example', PASSWORD, fromAddress(99))).status,
      200,
    );
  });
});

describe('counters', () => {
  let server: AdminTestServer;

  before(async () => {
    server = await startAdminServer();
  });
  after(() => server.stop());

  it('start again after a day without attempts, and are then purged', async () => {
    await createAccount(server, 'ida@practice.example');
    const guess = async () => (await login(server, 'ida@practice.example', WRONG)).status;
    for (let attempt = 0; attempt < 4; attempt++) assert.equal(await guess(), 401);
    server.clock.advance(24 * 60 * 60_000 + 1);
    const statuses = [];
    for (let attempt = 0; attempt < 6; attempt++) statuses.push(await guess());
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429]);

    const afterTheLock = new Date(server.clock.now().getTime() + 60_001);
    assert.equal(await server.store.staff.purgeAttempts(server.clock.now()), 0);
    assert.equal(await server.store.staff.purgeAttempts(afterTheLock), 2);
  });
});

describe('password and code checks inside a session', () => {
  let server: AdminTestServer;
  let tests = 0;

  before(async () => {
    server = await startAdminServer({ trustProxy: true });
  });
  after(() => server.stop());

  // Each test from its own address: the client's limit (20) is not what these tests are about.
  const guess = (credentials: Credentials, method: string, route: string, body: unknown) =>
    admin(server, route, credentials, { method, body, ...fromAddress(tests) });
  beforeEach(() => void tests++);

  it('lock the password change after 5 wrong current passwords, sign-in too', async () => {
    await createAccount(server, 'cy@practice.example');
    const credentials = await session(server, 'cy@practice.example');
    const statuses = [];
    for (let attempt = 0; attempt < 8; attempt++) {
      const response = await guess(credentials, 'POST', '/v1/admin/account/password', {
        currentPassword: WRONG,
        newPassword: 'a brand new passphrase',
      });
      statuses.push(response.status);
    }
    assert.deepEqual(statuses, [400, 400, 400, 400, 400, 429, 429, 429]);
    const right = await guess(credentials, 'POST', '/v1/admin/account/password', {
      currentPassword: PASSWORD,
      newPassword: 'a brand new passphrase',
    });
    assert.equal(right.status, 429);
    assert.equal((await login(server, 'cy@practice.example')).status, 429);
  });

  it('lock turning two-step sign-in off after 5 wrong passwords', async () => {
    await createAccount(server, 'dee@practice.example');
    const credentials = await session(server, 'dee@practice.example');
    await guess(credentials, 'POST', '/v1/admin/account/totp', undefined);
    const statuses = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      statuses.push(
        (await guess(credentials, 'DELETE', '/v1/admin/account/totp', { password: WRONG })).status,
      );
    }
    assert.deepEqual(statuses, [400, 400, 400, 400, 400, 429, 429]);
  });

  it('lock confirming an authenticator after 5 wrong codes', async () => {
    await createAccount(server, 'eve@practice.example');
    const credentials = await session(server, 'eve@practice.example');
    await guess(credentials, 'POST', '/v1/admin/account/totp', undefined);
    const responses = await Promise.all(
      Array.from({ length: 12 }, () =>
        guess(credentials, 'POST', '/v1/admin/account/totp/confirm', { code: 'abcdef' }),
      ),
    );
    assert.deepEqual(tally(responses), { 400: 5, 429: 7 });
  });

  it('clear the count with a right password', async () => {
    await createAccount(server, 'fay@practice.example');
    const credentials = await session(server, 'fay@practice.example');
    for (let round = 0; round < 3; round++) {
      for (let attempt = 0; attempt < 4; attempt++) {
        const wrong = await guess(credentials, 'DELETE', '/v1/admin/account/totp', {
          password: WRONG,
        });
        assert.equal(wrong.status, 400);
      }
      const right = await guess(credentials, 'DELETE', '/v1/admin/account/totp', {
        password: PASSWORD,
      });
      assert.equal(right.status, 200);
    }
  });
});

describe('a sign-in racing an owner’s password reset', () => {
  let server: AdminTestServer;

  before(async () => {
    server = await startAdminServer();
  });
  after(() => server.stop());

  it('does not start a session on the old password', async () => {
    await createAccount(server, 'owner@practice.example', 'owner');
    const owner = await session(server, 'owner@practice.example');
    // Checking this password takes a few hundred milliseconds: the reset lands meanwhile.
    const id = await slowAccount(server, 'gil@practice.example', 17);
    const db = await openTestDatabase(server);
    const counted = async () =>
      (
        await sql<{
          count: number;
        }>`select cast(count(*) as integer) as count from sign_in_throttle`.execute(db)
      ).rows[0]!.count;
    const countedBefore = await counted();

    const signIn = login(server, 'gil@practice.example');
    // The sign-in counts its attempt, then reads the account and checks the password.
    while ((await counted()) === countedBefore) await delay(2);
    await db.destroy();
    const reset = await admin(server, `/v1/admin/staff/${id}/reset-password`, owner, {
      method: 'POST',
    });
    assert.equal(reset.status, 200);

    const raced = await signIn;
    assert.equal(raced.status, 401);
    assert.equal(cookieFrom(raced), undefined);
  });
});

describe('several server processes on one database', () => {
  const mainFile = fileURLToPath(new URL('../src/main.ts', import.meta.url));
  const dataDir = tempDir();
  let data: TestData = { dataDir };
  const children: ChildProcess[] = [];
  const urls: string[] = [];

  function startMain(): Promise<string> {
    const child = spawn(process.execPath, ['--import', 'tsx', mainFile], {
      env: {
        ...process.env,
        PORT: '0',
        ...testEnv(data),
        HEARTH_SEED: 'none',
        HEARTH_LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    return new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
  }

  before(async () => {
    data = await testData(dataDir);
    const store = await openStore(data);
    await store.staff.createAccount({
      email: 'hal@practice.example',
      role: 'staff',
      passwordHash: await hashPassword(PASSWORD, 12),
      mustChangePassword: false,
      now: new Date(),
    });
    await store.close();
    for (let index = 0; index < 2; index++) urls.push(await startMain());
  });
  after(async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            child.once('exit', () => resolve());
            child.kill('SIGINT');
          }),
      ),
    );
    await removeTestData(dataDir);
  });

  const signIn = (url: string, password: string) =>
    fetch(new URL('v1/admin/login', url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'hal@practice.example', password }),
    });

  it('share one limit: 40 guesses split between two processes, 5 judged', async () => {
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, index) => signIn(urls[index % 2]!, WRONG)),
    );
    assert.deepEqual(tally(responses), { 401: 5, 429: 35 });
    for (const url of urls) assert.equal((await signIn(url, PASSWORD)).status, 429);
  });
});
