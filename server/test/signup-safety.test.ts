// What keeps sign-ups safe beyond the route itself: rate limits, encryption at rest, retention,
// and the e-mail to the practice.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import type { Problem, SignupResult } from '../../src/api/contract/public.js';
import { createFieldCipher, DATA_KEY_FILE } from '../src/platform/crypto.js';
import type { SignupInput } from '../src/signups/repository.js';
import { openStore } from '../src/store.js';
import {
  GROUPS,
  importGroups,
  NO_RATE_LIMITS,
  PERSONAL_VALUES,
  postSignup,
  visitor,
} from './fixtures.js';
import {
  openTestStore,
  removeTestData,
  SQLITE_FILES_ONLY,
  TEST_ENGINE,
  startTestServer,
  storedText,
  testClock,
  testData,
  TEST_NOW,
  type TestServer,
} from './helpers.js';
import { demoPractice } from '../src/seed.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('rate limits', () => {
  const clock = testClock();
  let server: TestServer;

  before(async () => {
    server = await startTestServer(
      {
        seed: 'none',
        trustProxy: true,
        rateLimits: {
          signups: { limit: 3, windowSeconds: 600 },
          posts: { limit: 100, windowSeconds: 600 },
        },
      },
      undefined,
      { now: clock.now },
    );
    await importGroups(server, [GROUPS.open]);
  });
  after(() => server.stop());

  const from = (address: string) => ({ headers: { 'X-Forwarded-For': `10.0.0.1, ${address}` } });

  it('answers 429 with Retry-After once a client is over its limit, per client', async () => {
    for (let request = 0; request < 3; request++) {
      const { status } = await postSignup(server, GROUPS.open.id, visitor(), from('203.0.113.7'));
      assert.equal(status, 201);
    }
    const over = await postSignup(server, GROUPS.open.id, visitor(), from('203.0.113.7'));
    assert.equal(over.status, 429);
    assert.equal(over.headers.get('retry-after'), '600');
    assert.equal(over.headers.get('cache-control'), 'no-store');
    assert.equal((over.body as Problem).type, 'urn:hearth:problem:rate-limited');

    // Even invalid requests count: the limit comes before anything else.
    const invalid = await postSignup(server, GROUPS.open.id, {}, from('203.0.113.7'));
    assert.equal(invalid.status, 429);

    const other = await postSignup(server, GROUPS.open.id, visitor(), from('198.51.100.23'));
    assert.equal(other.status, 201, 'another client is not affected');

    clock.advance(599_000);
    const later = await postSignup(server, GROUPS.open.id, visitor(), from('203.0.113.7'));
    assert.equal(later.headers.get('retry-after'), '1');
    clock.advance(1_000);
    const nextWindow = await postSignup(server, GROUPS.open.id, visitor(), from('203.0.113.7'));
    assert.equal(nextWindow.status, 201);
  });

  it('keeps only a keyed hash of each address, never the address', async () => {
    const keys = await server.rateLimiter.keys();
    assert.ok(keys.length >= 2);
    for (const key of keys) {
      assert.ok(!key.includes('203.0.113.7') && !key.includes('198.51.100.23'), key);
      assert.ok(!key.includes('10.0.0.1'), key);
    }
    assert.ok(keys.includes(`signups:${server.rateLimiter.clientKey('203.0.113.7')}`));
  });

  it('ignores X-Forwarded-For unless told to trust a proxy', async () => {
    const direct = await startTestServer({
      seed: 'none',
      rateLimits: {
        signups: { limit: 2, windowSeconds: 60 },
        posts: { limit: 100, windowSeconds: 60 },
      },
    });
    try {
      await importGroups(direct, [GROUPS.open]);
      const statuses = [];
      for (const address of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) {
        statuses.push((await postSignup(direct, GROUPS.open.id, visitor(), from(address))).status);
      }
      assert.deepEqual(statuses, [201, 201, 429]);
      assert.deepEqual(await direct.rateLimiter.keys(), [
        `signups:${direct.rateLimiter.clientKey('127.0.0.1')}`,
      ]);
    } finally {
      await direct.stop();
    }
  });
});

describe('encryption at rest', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ seed: 'none', ...NO_RATE_LIMITS });
    await importGroups(server, [GROUPS.open]);
  });
  after(() => server.stop());

  it('keeps every personal value out of every row of every table', async () => {
    for (let index = 0; index < 3; index++) {
      assert.equal((await postSignup(server, GROUPS.open.id, visitor())).status, 201);
    }
    const text = await storedText(server);
    assert.match(text, /^signups: /m, 'the sign-ups are there');
    for (const value of PERSONAL_VALUES) {
      assert.ok(!text.includes(value), `a row contains ${value}`);
    }
  });

  it(
    'keeps every personal value out of the database files, main and WAL',
    { skip: SQLITE_FILES_ONLY },
    async () => {
      const files = fs
        .readdirSync(server.config.dataDir)
        .filter((name) => name.startsWith('hearth.db'));
      assert.ok(files.includes('hearth.db-wal'), 'the WAL is checked too');
      for (const file of files) {
        const bytes = fs.readFileSync(path.join(server.config.dataDir, file));
        for (const value of PERSONAL_VALUES) {
          assert.equal(bytes.indexOf(value), -1, `${file} contains ${value}`);
          assert.equal(bytes.indexOf(Buffer.from(value, 'utf16le')), -1, `${file}: ${value}`);
        }
      }
      // …while the store can still read them back.
      const [first] = await server.store.listSignups();
      assert.equal(first?.email, 'marguerite.quill@visitor.example');
    },
  );

  it('gives every encrypted value its own IV, across many values, and reads each back', () => {
    const cipher = createFieldCipher(randomBytes(32));
    const stored = Array.from({ length: 1000 }, () => cipher.encrypt('same text', 'signups.name'));
    const ivs = new Set(stored.map((value) => value.split('.')[1]));
    assert.equal(ivs.size, stored.length, 'no IV is used twice');
    for (const value of stored) assert.equal(cipher.decrypt(value, 'signups.name'), 'same text');
  });

  it(
    'creates the key on first run, readable by the owner only',
    { skip: TEST_ENGINE !== 'sqlite' && 'SQLite only: on PostgreSQL the key is never made up' },
    () => {
      const stat = fs.statSync(path.join(server.config.dataDir, DATA_KEY_FILE));
      assert.equal(stat.mode & 0o777, 0o600);
    },
  );

  it(
    'on PostgreSQL, refuses to start without a key, naming HEARTH_DATA_KEY',
    { skip: TEST_ENGINE !== 'postgres' && 'PostgreSQL only' },
    async () => {
      const data = await testData(undefined, { key: false });
      try {
        await assert.rejects(openStore(data), /HEARTH_DATA_KEY/);
        assert.ok(!fs.existsSync(path.join(data.dataDir, DATA_KEY_FILE)), 'no key is made up');
      } finally {
        await removeTestData(data.dataDir);
      }
    },
  );

  it('uses HEARTH_DATA_KEY when given, and refuses a database made with another key', async () => {
    const data = await testData(undefined, { key: false });
    const { dataDir } = data;
    const key = randomBytes(32);
    try {
      const first = await openStore({ ...data, dataKey: key });
      await first.close();
      assert.ok(!fs.existsSync(path.join(dataDir, DATA_KEY_FILE)), 'no key file is written');

      await assert.rejects(
        openStore({ ...data, dataKey: randomBytes(32) }),
        /data key does not match/,
      );
      // Without a key: SQLite makes one up, which does not match; PostgreSQL asks for it.
      await assert.rejects(openStore(data), /data key does not match|HEARTH_DATA_KEY/);
      const again = await openStore({ ...data, dataKey: key });
      await again.close();
    } finally {
      await removeTestData(dataDir);
    }
  });
});

describe('retention', () => {
  const signup: SignupInput = {
    name: 'Ada',
    email: 'ada@visitor.example',
    contactMethod: 'email',
    consent: { contact: true, privacy: true },
  };
  const options = (key: string, now: Date) => ({
    scope: 'test',
    idempotencyKey: key,
    requestHash: key,
    now,
    consentVersion: 'test',
  });

  it('deletes unenrolled sign-ups after the retention period, keeps enrolled ones', async () => {
    const store = await openTestStore({ retentionDays: 180 });
    try {
      await store.importData({ practice: demoPractice(), groups: [GROUPS.open], stories: [] });
      const created = [];
      for (const key of ['requested', 'waitlisted-later', 'enrolled']) {
        const outcome = await store.createSignup(GROUPS.open.id, signup, options(key, TEST_NOW));
        assert.equal(outcome.kind, 'created');
        if (outcome.kind === 'created') created.push(outcome.result.id);
      }
      const newer = new Date(TEST_NOW.getTime() + 10 * DAY_MS);
      await store.createSignup(GROUPS.open.id, signup, options('newer', newer));
      assert.equal(await store.setSignupStatus(created[2]!, 'enrolled', TEST_NOW), true);

      // Idempotency keys go after 24 hours, sign-ups only after the retention period.
      const nextDay = await store.purgeExpired(new Date(TEST_NOW.getTime() + DAY_MS));
      assert.deepEqual(nextDay, { signups: 0, idempotencyKeys: 3 });

      const almost = await store.purgeExpired(new Date(TEST_NOW.getTime() + 180 * DAY_MS - 1));
      assert.deepEqual(almost, { signups: 0, idempotencyKeys: 1 });
      const due = await store.purgeExpired(new Date(TEST_NOW.getTime() + 180 * DAY_MS + 1));
      assert.deepEqual(due, { signups: 2, idempotencyKeys: 0 });
      const left = await store.listSignups();
      assert.deepEqual(
        left.map((entry) => entry.status),
        ['enrolled', 'received'],
      );
    } finally {
      await store.close();
    }
  });

  it('purges when the server starts', async () => {
    const clock = testClock();
    const server = await startTestServer(
      { seed: 'none', retentionDays: 30, ...NO_RATE_LIMITS },
      undefined,
      { now: clock.now },
    );
    const dataDir = server.config.dataDir;
    try {
      await importGroups(server, [GROUPS.open]);
      await postSignup(server, GROUPS.open.id, visitor());
      await server.close();
      clock.advance(31 * DAY_MS);
      const restarted = await startTestServer(
        { seed: 'none', dataDir, retentionDays: 30 },
        undefined,
        { now: clock.now },
      );
      try {
        assert.deepEqual(await restarted.store.listSignups(), []);
        assert.ok(restarted.logs.some((line) => line.msg === 'deleted expired records'));
      } finally {
        await restarted.stop();
      }
    } finally {
      await removeTestData(dataDir);
    }
  });
});

describe('e-mail to the practice', () => {
  const received: string[] = [];
  let smtp: SMTPServer;
  let smtpPort: number;
  let delivered: (message: string) => void = () => undefined;

  before(async () => {
    smtp = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authOptional: true,
      logger: false,
      onAuth: (auth, _session, callback) =>
        auth.username === 'hearth' && auth.password === 's3cret'
          ? callback(null, { user: 'hearth' })
          : callback(new Error('bad credentials')),
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const message = Buffer.concat(chunks).toString('utf8');
          received.push(message);
          delivered(message);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    smtpPort = (smtp.server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

  it('says only that a request arrived and links to the staff console', async () => {
    const server = await startTestServer({
      seed: 'none',
      smtpUrl: `smtp://hearth:s3cret@127.0.0.1:${smtpPort}`,
      notifyEmail: 'groups@practice.example',
      publicUrl: 'https://hearth.practice.example/',
      ...NO_RATE_LIMITS,
    });
    try {
      const group = { ...GROUPS.open, name: 'Grief and Loss Circle' };
      await importGroups(server, [group]);
      const arrived = new Promise<string>((resolve) => (delivered = resolve));
      const { status, body } = await postSignup(server, group.id, visitor());
      assert.equal(status, 201);
      const message = decodeQuotedPrintable(await arrived);

      assert.match(message, /^Subject: A new group request$/m);
      assert.match(message, /^To: groups@practice\.example$/m);
      assert.match(message, /https:\/\/hearth\.practice\.example\/admin/);
      for (const secret of [...PERSONAL_VALUES, 'Grief', 'grief', group.id]) {
        assert.ok(!message.includes(secret), `the e-mail contains ${secret}`);
      }
      assert.ok(!message.includes((body as SignupResult).id));
    } finally {
      await server.stop();
    }
  });

  it('sends nothing for a honeypot hit, and a failed send never fails the request', async () => {
    const before = received.length;
    const closedPort = await freePort();
    const server = await startTestServer({
      seed: 'none',
      smtpUrl: `smtp://127.0.0.1:${closedPort}`,
      notifyEmail: 'groups@practice.example',
      ...NO_RATE_LIMITS,
    });
    await importGroups(server, [GROUPS.open]);
    const honeypot = await postSignup(server, GROUPS.open.id, visitor({ website: 'x' }));
    const real = await postSignup(server, GROUPS.open.id, visitor());
    await server.stop(); // waits for the send to fail
    assert.equal(honeypot.status, 201);
    assert.equal(real.status, 201);
    assert.equal(received.length, before);
    const warning = server.logs.find(
      (line) => line.msg === 'notification e-mail could not be sent',
    );
    assert.ok(warning, 'the failure is logged');
    const all = JSON.stringify(server.logs);
    for (const value of PERSONAL_VALUES) assert.ok(!all.includes(value), value);
  });
});

/** Undoes the e-mail body encoding (soft line breaks and `=XX` bytes). */
function decodeQuotedPrintable(message: string): string {
  const bytes = message
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** A port nothing listens on: bound, then released. */
async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
