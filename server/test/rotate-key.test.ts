// Changing the data key (npm run rotate-key): every value reads the same through the API after
// it, a crash half-way is finished by running it again, and the old key opens nothing any more.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { NEW_DATA_KEY_FILE, OLD_DATA_KEY_FILE } from '../src/db/data-keys.js';
import { ENCRYPTED_COLUMNS, rotateDataKey } from '../src/ops/key-rotation.js';
import { runRotateKey } from '../src/ops/rotate-key-cli.js';
import { DATA_KEY_FILE, parseDataKey } from '../src/platform/crypto.js';
import { createKeyRing, sealedPrefix } from '../src/platform/key-ring.js';
import { base32Decode, generateTotpSecret, totp } from '../src/platform/totp.js';
import { demoData } from '../src/seed.js';
import {
  admin,
  createAccount,
  login,
  TEST_PASSWORD_COST,
  type AdminTestServer,
  type Credentials,
} from './admin-fixtures.js';
import { NO_RATE_LIMITS, postSignup, visitor } from './fixtures.js';
import {
  openTestDatabase,
  removeTestData,
  startTestServer,
  tempDir,
  testClock,
  testData,
  testEnv,
  TEST_NOW,
  withDatabase,
} from './helpers.js';
import { postJson, report, story } from './story-fixtures.js';

const SERVER_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const EMAIL = 'lin@practice.example';
const clock = testClock();

async function startOn(dataDir: string): Promise<AdminTestServer> {
  const server = await startTestServer(
    {
      dataDir,
      seed: 'none',
      passwordCost: TEST_PASSWORD_COST,
      trustProxy: true,
      ...NO_RATE_LIMITS,
    },
    undefined,
    { now: clock.now },
  );
  return { ...server, clock, origin: new URL(server.url).origin };
}

/** Signs in with password and a fresh TOTP code: the secret must still open. */
async function signIn(server: AdminTestServer, secret: string): Promise<Credentials> {
  clock.advance(60_000);
  const response = await login(server, EMAIL, undefined, {
    totp: totp(base32Decode(secret), clock.now()),
  });
  assert.equal(response.status, 200, response.text);
  return response.credentials;
}

/** Everything staff and visitors can read that was stored encrypted. */
async function readAll(server: AdminTestServer, staff: Credentials) {
  const get = async (url: string) => {
    const response = await admin(server, url, staff);
    assert.equal(response.status, 200, `${url}: ${response.text}`);
    return response.body as { items?: { id: string }[] };
  };
  const signups = (await get('/v1/admin/signups')).items!;
  const stories = (await get('/v1/admin/stories')).items!;
  return {
    signups: await Promise.all(signups.map((item) => get(`/v1/admin/signups/${item.id}`))),
    stories: await Promise.all(stories.map((item) => get(`/v1/admin/stories/${item.id}`))),
    wall: (await server.request('/v1/stories')).body,
  };
}

/** Sign-ups with notes, stories with a rejection reason and a report's note, a TOTP secret. */
async function populate(server: AdminTestServer, signups: number): Promise<string> {
  await server.store.importData(demoData(TEST_NOW));
  const staffId = await createAccount(server, EMAIL);
  const secret = generateTotpSecret();
  await server.store.staff.setTotpSecret(staffId, secret, TEST_NOW);
  await server.store.staff.enableTotp(staffId, TEST_NOW);
  const staff = await signIn(server, secret);
  const groupId = 'after-a-loss-grief-circle';
  for (let index = 0; index < signups; index += 1) {
    const response = await postSignup(
      server,
      groupId,
      visitor({
        name: `Person ${index}`,
        email: `person${index}@visitor.example`,
        ageConfirmed: true,
      }),
    );
    assert.equal(response.status, 201, response.text);
    if (index % 3 === 0) {
      const id = (response.body as { id: string }).id;
      const note = await admin(server, `/v1/admin/signups/${id}/notes`, staff, {
        method: 'POST',
        body: { note: `Called back, note ${index}` },
      });
      assert.equal(note.status, 200, note.text);
    }
  }
  const post = (url: string, body: unknown) => admin(server, url, staff, { method: 'POST', body });
  for (let index = 0; index < 4; index += 1) {
    const created = await postJson(
      server,
      '/v1/stories',
      story({ body: `Story ${index}: write me at sam${index}@mail.example, the group helped.` }),
    );
    assert.equal(created.status, 202, created.text);
    const id = (created.body as { id: string }).id;
    if (index === 0) {
      assert.equal(
        (await post(`/v1/admin/stories/${id}/reject`, { reason: 'Names a person' })).status,
        200,
      );
    } else {
      assert.equal((await post(`/v1/admin/stories/${id}/approve`, {})).status, 200);
      await report(server, id, `10.9.0.${index}`, {
        reason: 'harmful',
        note: `Upsetting ${index}`,
      });
    }
  }
  return secret;
}

/** Every sealed value as stored, read through a connection of its own (either engine). */
async function encryptedValues(dataDir: string): Promise<{ column: string; value: string }[]> {
  return withDatabase(await testData(dataDir), async (db) => {
    const anyDb = db as unknown as Kysely<{ any: Record<string, string | null> }>;
    const values: { column: string; value: string }[] = [];
    for (const { table, columns } of ENCRYPTED_COLUMNS) {
      for (const [name, column] of Object.entries(columns)) {
        const rows = await anyDb
          .selectFrom(table as 'any')
          .select(name)
          .where(name, 'is not', null)
          .orderBy('id')
          .execute();
        values.push(...rows.map((row) => ({ column, value: row[name]! })));
      }
    }
    return values;
  });
}

const readKey = (file: string) => parseDataKey(fs.readFileSync(file, 'utf8'))!;

async function rotateInChild(dataDir: string, extraEnv: Record<string, string> = {}) {
  const env = testEnv(await testData(dataDir));
  return new Promise<{ code: number | null; signal: string | null; stdout: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/ops/rotate-key-cli.ts'],
      {
        cwd: SERVER_DIR,
        env: {
          PATH: process.env.PATH,
          ...env,
          HEARTH_ROTATE_BATCH_ROWS: '5',
          ...extraEnv,
        },
      },
      (_error, stdout) => resolve({ code: child.exitCode, signal: child.signalCode, stdout }),
    );
  });
}

describe('npm run rotate-key', () => {
  const dataDir = tempDir('hearth-rotate-');
  let secret: string;
  let before_: Awaited<ReturnType<typeof readAll>>;
  let oldKey: Buffer;

  before(async () => {
    const server = await startOn(dataDir);
    try {
      secret = await populate(server, 30);
      before_ = await readAll(server, await signIn(server, secret));
    } finally {
      await server.close();
    }
    oldKey = readKey(path.join(dataDir, DATA_KEY_FILE));
  });
  after(() => removeTestData(dataDir));

  it('covers every encrypted column of the schema', async () => {
    const tables = await withDatabase(await testData(dataDir), (db) =>
      db.introspection.getTables(),
    );
    const found = tables.flatMap((table) =>
      table.columns
        .filter((column) => column.name.endsWith('_enc'))
        .map((column) => `${table.name}.${column.name}`),
    );
    const listed = ENCRYPTED_COLUMNS.flatMap(({ table, columns }) =>
      Object.keys(columns).map((column) => `${table}.${column}`),
    );
    assert.deepEqual(listed.sort(), found.sort());
  });

  it('survives being killed half-way: the server reads everything meanwhile, a second run finishes', async () => {
    const killed = await rotateInChild(dataDir, { HEARTH_TEST_ROTATE_KILL_AFTER_BATCHES: '3' });
    assert.equal(killed.signal, 'SIGKILL', killed.stdout);
    const newKey = readKey(path.join(dataDir, NEW_DATA_KEY_FILE));
    assert.equal(fs.statSync(path.join(dataDir, NEW_DATA_KEY_FILE)).mode & 0o777, 0o600);
    const values = await encryptedValues(dataDir);
    const rotated = values.filter(({ value }) => value.startsWith(sealedPrefix(newKey))).length;
    assert.ok(rotated > 0 && rotated < values.length, `${rotated} of ${values.length} rotated`);

    // Mid-rotation a server holds both keys: it reads old and new values, and writes new ones.
    const middle = await startOn(dataDir);
    try {
      assert.deepEqual(await readAll(middle, await signIn(middle, secret)), before_);
    } finally {
      await middle.close();
    }

    const finished = await rotateInChild(dataDir);
    assert.equal(finished.code, 0, finished.stdout);
    assert.match(finished.stdout, /Resuming/);
    assert.match(finished.stdout, /destroy the old key/);
    assert.ok(readKey(path.join(dataDir, DATA_KEY_FILE)).equals(newKey));
    assert.ok(readKey(path.join(dataDir, OLD_DATA_KEY_FILE)).equals(oldKey));
    assert.equal(fs.statSync(path.join(dataDir, OLD_DATA_KEY_FILE)).mode & 0o777, 0o600);
    assert.equal(fs.existsSync(path.join(dataDir, NEW_DATA_KEY_FILE)), false);

    // Each value sealed once with the new key: it opens to the plain text, not to a ciphertext,
    // and the old key opens none of them.
    const onlyNew = createKeyRing([newKey]);
    const onlyOld = createKeyRing([oldKey]);
    const after = await encryptedValues(dataDir);
    assert.equal(after.length, values.length);
    for (const { column, value } of after) {
      assert.ok(value.startsWith(sealedPrefix(newKey)), column);
      assert.doesNotMatch(onlyNew.decrypt(value, column), /^v[12]\./);
      assert.throws(() => onlyOld.decrypt(value, column));
    }

    const restarted = await startOn(dataDir);
    try {
      assert.deepEqual(await readAll(restarted, await signIn(restarted, secret)), before_);
    } finally {
      await restarted.close();
    }
  });

  it('refuses a server started with the old key, and a second change while data.key.old remains', async () => {
    await assert.rejects(
      startTestServer({ dataDir, seed: 'none', dataKey: oldKey }),
      /does not match/,
    );
    const lines: string[] = [];
    const code = await runRotateKey(testEnv(await testData(dataDir)), {
      out: (line) => lines.push(line),
      err: (line) => lines.push(line),
    });
    assert.equal(code, 1);
    assert.match(lines.join('\n'), /data\.key\.old from an earlier change/);
  });
});

describe('rotateDataKey', () => {
  it('resumes after a batch throws, without sealing any value twice', async () => {
    const dataDir = tempDir('hearth-rotate-lib-');
    const server = await startOn(dataDir);
    try {
      await populate(server, 12);
    } finally {
      await server.close();
    }
    const oldKey = readKey(path.join(dataDir, DATA_KEY_FILE));
    const newKey = randomBytes(32);
    const db = await openTestDatabase(await testData(dataDir));
    try {
      const plainBefore = (await encryptedValues(dataDir)).map(({ column, value }) =>
        createKeyRing([oldKey]).decrypt(value, column),
      );
      await assert.rejects(
        rotateDataKey({
          db,
          oldKey,
          newKey,
          batchRows: 2,
          afterBatch: (batches) => {
            if (batches === 4) throw new Error('crash');
          },
        }),
        /crash/,
      );
      const resumed = await rotateDataKey({ db, oldKey, newKey, batchRows: 2 });
      const total = plainBefore.length;
      assert.ok(resumed.values > 0 && resumed.values < total, `${resumed.values} of ${total}`);
      const onlyNew = createKeyRing([newKey]);
      const plainAfter = (await encryptedValues(dataDir)).map(({ column, value }) =>
        onlyNew.decrypt(value, column),
      );
      assert.deepEqual(plainAfter, plainBefore);
      // Finished: running again changes nothing.
      assert.deepEqual(await rotateDataKey({ db, oldKey, newKey }), { values: 0, batches: 0 });
    } finally {
      await db.destroy();
      await removeTestData(dataDir);
    }
  });
});
