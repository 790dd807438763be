// Several server processes on one database must behave as one server: seats, idempotency keys,
// rate limits and public answers are shared through the database, never through a process's
// memory. The main suite runs two `main.ts` processes on PostgreSQL (HEARTH_TEST_DATABASE_URL,
// e.g. `node scripts/with-postgres.mjs -- npm test`); the rate limits are also checked on one
// SQLite file, where two-processes.test.ts already covers seats.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import type { Group, SignupResult } from '../../src/api/contract/public.js';
import { DEMO_STAFF_EMAIL, demoGroups } from '../src/seed.js';
import { tempDir } from './helpers.js';
import { visitor } from './fixtures.js';

const mainFile = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const ADMIN_URL = process.env.HEARTH_TEST_DATABASE_URL || undefined;
// Demo group with capacity 8 and 3 people enrolled outside Hearth: 5 seats, ages 13 to 17.
const RACED_GROUP = 'teen-stress-and-worry';
// A demo group for the tests that are not about seats (once full, sign-ups join its waitlist).
const OPEN_GROUP = 'calm-minds-anxiety-skills';
/** Sign-ups per address group and window, in both suites. */
const SIGNUP_LIMIT = 10;

interface Instance {
  child: ChildProcess;
  url: string;
  /** Everything it wrote so far, stdout and stderr. */
  output: () => string;
}

function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', mainFile], {
    env: {
      ...process.env,
      PORT: '0',
      HEARTH_LOG_LEVEL: 'silent',
      // Each request below says which address it comes from, so the tests' counts stay apart.
      HEARTH_TRUST_PROXY: '1',
      HEARTH_RATE_LIMIT_SIGNUPS: `${SIGNUP_LIMIT}/600`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise<Instance>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`exited with ${code}: ${output}`));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) {
        child.off('exit', onExit);
        resolve({ child, url: match[1]!, output: () => output });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', onExit);
  });
}

function stopInstance({ child }: Instance): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}

let addressCount = 0;
/** A client address of its own (an IPv4 address is its own address group). */
function newAddress(): string {
  addressCount += 1;
  return `198.18.${Math.floor(addressCount / 250)}.${(addressCount % 250) + 1}`;
}

async function signUp(
  instance: Instance,
  group: string,
  { address = newAddress(), key = randomUUID() }: { address?: string; key?: string } = {},
): Promise<{ status: number; body: SignupResult; replayed: boolean }> {
  const response = await fetch(new URL(`v1/groups/${group}/signups`, instance.url), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': key,
      'X-Forwarded-For': address,
    },
    body: JSON.stringify(visitor({ ageConfirmed: true })),
  });
  return {
    status: response.status,
    body: (await response.json()) as SignupResult,
    replayed: response.headers.get('idempotent-replayed') === 'true',
  };
}

async function getGroup(instance: Instance, id: string): Promise<Group> {
  const response = await fetch(new URL(`v1/groups/${id}`, instance.url));
  assert.equal(response.status, 200);
  return (await response.json()) as Group;
}

/** Sends `count` sign-ups from one address at once, alternating between the instances. */
async function burstFromOneAddress(instances: Instance[], count: number): Promise<number[]> {
  const address = newAddress();
  const statuses = await Promise.all(
    Array.from(
      { length: count },
      async (_, index) =>
        (await signUp(instances[index % instances.length]!, OPEN_GROUP, { address })).status,
    ),
  );
  return statuses.sort();
}

function assertSharedLimit(statuses: number[], count: number): void {
  assert.equal(statuses.filter((status) => status === 201).length, SIGNUP_LIMIT, `${statuses}`);
  assert.equal(statuses.filter((status) => status === 429).length, count - SIGNUP_LIMIT);
}

describe('rate limits shared by two processes on one SQLite file', () => {
  const dataDir = tempDir();
  const instances: Instance[] = [];

  before(async () => {
    // One after the other, so only the first one seeds.
    instances.push(await startInstance({ HEARTH_DATA_DIR: dataDir }));
    instances.push(await startInstance({ HEARTH_DATA_DIR: dataDir }));
  });
  after(async () => {
    await Promise.all(instances.map(stopInstance));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(`allow ${SIGNUP_LIMIT} of ${3 * SIGNUP_LIMIT} simultaneous sign-ups to one process`, async () => {
    assertSharedLimit(await burstFromOneAddress([instances[0]!], 3 * SIGNUP_LIMIT), 30);
  });

  it(`allow ${SIGNUP_LIMIT} in all of ${3 * SIGNUP_LIMIT} split across both processes`, async () => {
    assertSharedLimit(await burstFromOneAddress(instances, 3 * SIGNUP_LIMIT), 30);
  });
});

describe(
  'two instances on one PostgreSQL database',
  {
    skip:
      !ADMIN_URL &&
      'HEARTH_TEST_DATABASE_URL is not set: run under `node scripts/with-postgres.mjs -- …` (on SQLite, two-processes.test.ts covers one file)',
  },
  () => {
    const dataDirs = [tempDir(), tempDir()];
    const databaseName = `hearth_two_${process.pid}`;
    const instances: Instance[] = [];
    let databaseUrl = '';
    let demoPassword = '';

    async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return await work(client);
      } finally {
        await client.end();
      }
    }

    before(async () => {
      await admin(ADMIN_URL!, (client) =>
        client.query(`create database ${databaseName} template template0`),
      );
      const url = new URL(ADMIN_URL!);
      url.pathname = `/${databaseName}`;
      databaseUrl = url.toString();
      // Both at the same moment on an empty database: both migrate, one seeds. Each has its own
      // data folder; the data key is what they must share.
      const dataKey = randomBytes(32).toString('hex');
      instances.push(
        ...(await Promise.all(
          dataDirs.map((dataDir) =>
            startInstance({
              HEARTH_DATA_DIR: dataDir,
              DATABASE_URL: databaseUrl,
              HEARTH_DATA_KEY: dataKey,
            }),
          ),
        )),
      );
      for (const instance of instances) {
        const match = /Demo staff login\s+\S+ \/ (\S+)/.exec(instance.output());
        if (match) demoPassword = match[1]!;
      }
    });
    after(async () => {
      await Promise.all(instances.map(stopInstance));
      for (const dataDir of dataDirs) fs.rmSync(dataDir, { recursive: true, force: true });
      if (databaseUrl) {
        await admin(ADMIN_URL!, (client) =>
          client.query(`drop database if exists ${databaseName} with (force)`),
        );
      }
    });

    it('both come up on an empty database, and exactly one seeds it', async () => {
      const seeded = instances.filter((instance) => /Demo staff login/.test(instance.output()));
      assert.equal(seeded.length, 1, instances.map((instance) => instance.output()).join('\n'));
      for (const instance of instances) {
        const groups = (await (await fetch(new URL('v1/groups', instance.url))).json()) as {
          items: Group[];
        };
        assert.ok(groups.items.some((group) => group.id === RACED_GROUP));
      }
    });

    it('give 15 simultaneous sign-ups for 5 seats, split across both, exactly 5 seats', async () => {
      const results = await Promise.all(
        Array.from({ length: 15 }, (_, index) => signUp(instances[index % 2]!, RACED_GROUP)),
      );
      for (const result of results) assert.equal(result.status, 201);
      assert.equal(results.filter((result) => result.body.status === 'requested').length, 5);
      assert.deepEqual(
        results
          .map((result) => result.body.waitlistPosition)
          .filter((position) => position !== undefined)
          .sort((a, b) => a - b),
        Array.from({ length: 10 }, (_, index) => index + 1),
      );
      for (const instance of instances) {
        const group = await getGroup(instance, RACED_GROUP);
        assert.equal(group.seatsLeft, 0);
        assert.equal(group.status, 'waitlist');
      }
    });

    it('replay an Idempotency-Key at the other instance, also when both get it at once', async () => {
      const key = randomUUID();
      const address = newAddress();
      const first = await signUp(instances[0]!, OPEN_GROUP, { key, address });
      assert.equal(first.status, 201);
      const again = await signUp(instances[1]!, OPEN_GROUP, { key, address });
      assert.equal(again.status, 201);
      assert.ok(again.replayed);
      assert.equal(again.body.id, first.body.id);

      const together = randomUUID();
      const both = await Promise.all(
        instances.map((instance) => signUp(instance, OPEN_GROUP, { key: together, address })),
      );
      assert.deepEqual(
        both.map((result) => result.status),
        [201, 201],
      );
      assert.equal(both[0]!.body.id, both[1]!.body.id);
      assert.equal(both.filter((result) => result.replayed).length, 1);
      const rows = await admin(databaseUrl, (client) =>
        client.query('select count(*)::int as n from signups where id = $1', [both[0]!.body.id]),
      );
      assert.equal(rows.rows[0].n, 1);
    });

    it(`share the sign-up limit: ${SIGNUP_LIMIT} in all of ${3 * SIGNUP_LIMIT}`, async () => {
      assertSharedLimit(await burstFromOneAddress(instances, 3 * SIGNUP_LIMIT), 30);
    });

    it("show a staff change made through one in the other's public answers within a second", async () => {
      assert.ok(demoPassword, 'the seeding instance printed the demo login');
      const [editor, reader] = [instances[0]!, instances[1]!];
      const before = await getGroup(reader, OPEN_GROUP);
      // Twice, so the reader's answer is one it keeps.
      assert.equal((await getGroup(reader, OPEN_GROUP)).name, before.name);

      const login = await fetch(new URL('v1/admin/login', editor.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: DEMO_STAFF_EMAIL, password: demoPassword }),
      });
      assert.equal(login.status, 200, await login.clone().text());
      const cookie = login.headers
        .getSetCookie()
        .find((line) => line.startsWith('hearth_session='))!
        .split(';', 1)[0]!;
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const staffHeaders = {
        Cookie: cookie,
        'X-CSRF-Token': csrfToken,
        Origin: new URL(editor.url).origin,
        'Content-Type': 'application/json',
      };
      // The demo group as staff would send it back, renamed.
      const name = `${before.name} (moved to Thursdays)`;
      const input: Record<string, unknown> = {
        ...demoGroups(new Date()).find((group) => group.id === OPEN_GROUP)!,
        name,
      };
      delete input.recurrenceAnchor;
      const put = await fetch(new URL(`v1/admin/groups/${OPEN_GROUP}`, editor.url), {
        method: 'PUT',
        headers: staffHeaders,
        body: JSON.stringify(input),
      });
      assert.equal(put.status, 200, await put.clone().text());
      const changedAt = Date.now();

      let seen = '';
      while (Date.now() - changedAt < 1000) {
        seen = (await getGroup(reader, OPEN_GROUP)).name;
        if (seen === name) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      assert.equal(seen, name, 'the other instance still answers with the old name after 1 s');
    });

    it('lose no acknowledged sign-up when one instance is killed in the middle of a burst', async () => {
      const [survivor, victim] = [instances[0]!, instances[1]!];
      const acknowledged: string[] = [];
      let failed = 0;
      const burst = Array.from({ length: 60 }, async (_, index) => {
        // Spread over a few hundred milliseconds, so the kill lands in the middle.
        await new Promise((resolve) => setTimeout(resolve, index * 5));
        try {
          const result = await signUp(index % 2 ? victim : survivor, OPEN_GROUP);
          if (result.status === 201) acknowledged.push(result.body.id);
          else failed += 1;
        } catch {
          failed += 1; // The connection was cut: not acknowledged.
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 150));
      victim.child.kill('SIGKILL');
      await Promise.all(burst);
      assert.ok(acknowledged.length > 0 && failed > 0, `${acknowledged.length} / ${failed}`);
      const rows = await admin(databaseUrl, (client) =>
        client.query('select id from signups where id = any($1)', [acknowledged]),
      );
      assert.equal(rows.rowCount, acknowledged.length);
      // The survivor carries on.
      assert.equal((await signUp(survivor, OPEN_GROUP)).status, 201);
    });
  },
);
