import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../src/staff/auth.js';
import { base32Decode, hotp, matchTotp, totp } from '../src/platform/totp.js';
import {
  admin,
  createAccount,
  createToken,
  login,
  PASSWORD,
  session,
  startAdminServer,
  type AdminTestServer,
} from './admin-fixtures.js';
import { readRows, storedText } from './helpers.js';

const MINUTE = 60_000;

describe('staff sign-in and sessions', () => {
  let server: AdminTestServer;

  before(async () => {
    server = await startAdminServer();
    await createAccount(server, 'owner@practice.example', 'owner');
    await createAccount(server, 'lin@practice.example', 'staff');
  });
  after(() => server.stop());

  it('signs in with a session cookie: HttpOnly, SameSite=Strict, Path=/, no-store', async () => {
    const response = await login(server, 'Owner@Practice.example');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const cookie = response.headers
      .getSetCookie()
      .find((line) => line.startsWith('hearth_session='));
    assert.ok(cookie);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.match(cookie, /Path=\//);
    assert.doesNotMatch(cookie, /Secure/, 'plain http: no Secure flag');
    const body = response.body as { staff: { email: string; role: string }; csrfToken: string };
    assert.equal(body.staff.email, 'owner@practice.example');
    assert.equal(body.staff.role, 'owner');
    assert.ok(body.csrfToken.length >= 32);

    const me = await admin(server, '/v1/admin/session', response.credentials);
    assert.equal(me.status, 200);
    assert.equal((me.body as { csrfToken: string }).csrfToken, body.csrfToken);
  });

  it('answers a wrong password and an unknown address with the same words', async () => {
    const wrong = await login(server, 'lin@practice.example', 'not the password at all');
    const unknown = await login(server, 'nobody@practice.example', 'not the password at all');
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    assert.deepEqual(
      { ...(wrong.body as object), instance: undefined },
      { ...(unknown.body as object), instance: undefined },
    );
    assert.equal(wrong.headers.getSetCookie().length, 0);
  });

  it('answers 401 without a session, with WWW-Authenticate', async () => {
    const response = await admin(server, '/v1/admin/session');
    assert.equal(response.status, 401);
    assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const forged = await admin(server, '/v1/admin/session', { cookie: 'hearth_session=forged' });
    assert.equal(forged.status, 401);
  });

  it('ends a session after 30 idle minutes; activity keeps it going', async () => {
    const credentials = await session(server, 'lin@practice.example');
    server.clock.advance(SESSION_IDLE_MS - MINUTE);
    assert.equal((await admin(server, '/v1/admin/session', credentials)).status, 200);
    server.clock.advance(SESSION_IDLE_MS - MINUTE);
    assert.equal((await admin(server, '/v1/admin/session', credentials)).status, 200);
    server.clock.advance(SESSION_IDLE_MS);
    const ended = await admin(server, '/v1/admin/session', credentials);
    assert.equal(ended.status, 401);
    assert.match((ended.body as { detail: string }).detail, /session has ended/);
    assert.match(ended.headers.getSetCookie()[0] ?? '', /hearth_session=;.*Max-Age=0/);
  });

  it('ends a session 12 hours after sign-in, however active', async () => {
    const credentials = await session(server, 'lin@practice.example');
    let elapsed = 0;
    while (elapsed + 20 * MINUTE < SESSION_ABSOLUTE_MS) {
      server.clock.advance(20 * MINUTE);
      elapsed += 20 * MINUTE;
      assert.equal((await admin(server, '/v1/admin/session', credentials)).status, 200);
    }
    server.clock.advance(SESSION_ABSOLUTE_MS - elapsed);
    assert.equal((await admin(server, '/v1/admin/session', credentials)).status, 401);
  });

  it('gives a new session id at sign-in, ending the one the browser had', async () => {
    const first = await session(server, 'lin@practice.example');
    const second = await login(server, 'lin@practice.example', PASSWORD, {
      headers: { Cookie: first.cookie! },
    });
    assert.equal(second.status, 200);
    assert.notEqual(second.credentials.cookie, first.cookie);
    assert.equal((await admin(server, '/v1/admin/session', first)).status, 401);
    assert.equal((await admin(server, '/v1/admin/session', second.credentials)).status, 200);
  });

  it('signs out: the cookie stops working', async () => {
    const credentials = await session(server, 'lin@practice.example');
    const out = await admin(server, '/v1/admin/logout', credentials, { method: 'POST' });
    assert.equal(out.status, 204);
    assert.match(out.headers.getSetCookie()[0] ?? '', /Max-Age=0/);
    assert.equal((await admin(server, '/v1/admin/session', credentials)).status, 401);
  });

  it('stores sessions and tokens only as hashes', async () => {
    const credentials = await session(server, 'owner@practice.example');
    const token = await createToken(server, credentials);
    const dir = server.config.dataDir;
    const files = fs.readdirSync(dir).map((file) => fs.readFileSync(path.join(dir, file)));
    files.push(Buffer.from(await storedText(server)));
    const value = credentials.cookie!.split('=')[1]!;
    for (const secret of [value, token, token.slice('hearth_'.length)]) {
      assert.ok(!files.some((file) => file.includes(secret)), 'a secret is stored as given');
    }
  });
});

describe('CSRF', () => {
  let server: AdminTestServer;

  before(async () => {
    server = await startAdminServer();
    await createAccount(server, 'lin@practice.example', 'staff');
  });
  after(() => server.stop());

  it('refuses a state-changing request with a session but no CSRF token', async () => {
    const credentials = await session(server, 'lin@practice.example');
    const response = await admin(
      server,
      '/v1/admin/logout',
      { ...credentials, csrf: undefined },
      {
        method: 'POST',
      },
    );
    assert.equal(response.status, 403);
    assert.equal((response.body as { type: string }).type, 'urn:hearth:problem:csrf');
    assert.equal((await admin(server, '/v1/admin/session', credentials)).status, 200);
  });

  it('refuses a wrong CSRF token, and another session’s', async () => {
    const credentials = await session(server, 'lin@practice.example');
    const other = await session(server, 'lin@practice.example');
    for (const csrf of ['wrong', other.csrf!]) {
      const response = await admin(
        server,
        '/v1/admin/stories/approve',
        { ...credentials, csrf },
        {
          method: 'POST',
          body: { ids: ['x'] },
        },
      );
      assert.equal(response.status, 403);
    }
  });

  it('refuses a request from another site, even with the right token', async () => {
    const credentials = await session(server, 'lin@practice.example');
    const response = await admin(
      server,
      '/v1/admin/logout',
      { ...credentials, origin: 'https://evil.example' },
      { method: 'POST' },
    );
    assert.equal(response.status, 403);
    assert.equal((response.body as { type: string }).type, 'urn:hearth:problem:csrf');
  });

  it('refuses a sign-in posted from another site', async () => {
    const response = await login(server, 'lin@practice.example', PASSWORD, {
      headers: { Origin: 'https://evil.example' },
    });
    assert.equal(response.status, 403);
    assert.deepEqual(response.headers.getSetCookie(), []);
  });

  it('needs no CSRF token with a bearer token (no cookie involved)', async () => {
    const credentials = await session(server, 'lin@practice.example');
    const token = await createToken(server, credentials);
    const response = await admin(
      server,
      '/v1/admin/stories/approve',
      { token },
      {
        method: 'POST',
        body: { ids: ['no-such-story'] },
      },
    );
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { results: [{ id: 'no-such-story', result: 'not_found' }] });
  });
});

describe('bearer tokens', () => {
  let server: AdminTestServer;

  before(async () => {
    server = await startAdminServer();
    await createAccount(server, 'lin@practice.example', 'staff');
  });
  after(() => server.stop());

  it('are shown once, listed without the secret, and stop working when revoked', async () => {
    const credentials = await session(server, 'lin@practice.example');
    const created = await admin(server, '/v1/admin/account/tokens', credentials, {
      method: 'POST',
      body: { name: 'weekly export' },
    });
    assert.equal(created.status, 201);
    const { id, token } = created.body as { id: string; token: string };
    assert.match(token, /^hearth_/);

    const me = await admin(server, '/v1/admin/session', { token });
    assert.equal(me.status, 200);
    assert.equal((me.body as { via: string; csrfToken: null }).via, 'token');
    assert.equal((me.body as { csrfToken: null }).csrfToken, null);

    const listed = await admin(server, '/v1/admin/account/tokens', credentials);
    assert.deepEqual(
      (listed.body as { items: { id: string; name: string }[] }).items.map((item) => item.name),
      ['weekly export'],
    );
    assert.ok(!listed.text.includes(token));

    const revoked = await admin(server, `/v1/admin/account/tokens/${id}`, credentials, {
      method: 'DELETE',
    });
    assert.equal(revoked.status, 204);
    assert.equal((await admin(server, '/v1/admin/session', { token })).status, 401);
  });

  it('cannot manage account security (a session is needed)', async () => {
    const credentials = await session(server, 'lin@practice.example');
    const token = await createToken(server, credentials);
    const response = await admin(
      server,
      '/v1/admin/account/tokens',
      { token },
      {
        method: 'POST',
        body: { name: 'another' },
      },
    );
    assert.equal(response.status, 403);
  });

  it('stop working when the account is disabled', async () => {
    const id = await createAccount(server, 'sam@practice.example', 'staff');
    const token = await createToken(server, await session(server, 'sam@practice.example'));
    await server.store.staff.setDisabled(id, true, new Date());
    assert.equal((await admin(server, '/v1/admin/session', { token })).status, 401);
    assert.equal((await login(server, 'sam@practice.example')).status, 401);
  });
});

describe('lockout after failed sign-ins', () => {
  let server: AdminTestServer;

  before(async () => {
    server = await startAdminServer({ trustProxy: true });
    await createAccount(server, 'lin@practice.example', 'staff');
  });
  after(() => server.stop());

  const from = (address: string) => ({ headers: { 'X-Forwarded-For': address } });

  it('locks an account for a minute after 5 failures, then doubles', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await login(
        server,
        'lin@practice.example',
        'wrong password!',
        from('10.0.0.1'),
      );
      assert.equal(response.status, 401, `attempt ${attempt}`);
    }
    // Even the right password is refused while locked, from anywhere.
    const locked = await login(server, 'lin@practice.example', PASSWORD, from('10.0.0.2'));
    assert.equal(locked.status, 429);
    assert.equal(locked.headers.get('retry-after'), '60');

    server.clock.advance(61_000);
    const again = await login(server, 'lin@practice.example', 'wrong password!', from('10.0.0.1'));
    assert.equal(again.status, 401);
    const doubled = await login(server, 'lin@practice.example', PASSWORD, from('10.0.0.1'));
    assert.equal(doubled.status, 429);
    assert.equal(doubled.headers.get('retry-after'), '120');

    server.clock.advance(121_000);
    assert.equal(
      (await login(server, 'lin@practice.example', PASSWORD, from('10.0.0.1'))).status,
      200,
    );
  });

  it('locks unknown addresses the same way, revealing nothing', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      await login(server, 'ghost@practice.example', 'wrong password!', from('10.0.1.1'));
    }
    const locked = await login(
      server,
      'ghost@practice.example',
      'wrong password!',
      from('10.0.1.1'),
    );
    assert.equal(locked.status, 429);
  });

  it('locks a client that tries many accounts', async () => {
    for (let attempt = 1; attempt <= 20; attempt++) {
      await login(server, `guess${attempt}@practice.example`, 'wrong password!', from('10.0.2.1'));
    }
    const locked = await login(server, 'lin@practice.example', PASSWORD, from('10.0.2.1'));
    assert.equal(locked.status, 429);
    const elsewhere = await login(server, 'lin@practice.example', PASSWORD, from('10.0.2.2'));
    assert.equal(elsewhere.status, 200);
  });

  it('keeps neither e-mail addresses nor client addresses in its counters', async () => {
    const rows = await readRows(server, 'select * from sign_in_throttle');
    assert.ok(rows.length >= 3);
    const stored = JSON.stringify(rows);
    for (const secret of ['practice.example', 'lin@', 'ghost', 'guess', '10.0.']) {
      assert.ok(!stored.includes(secret), `a counter holds ${secret}`);
    }
  });
});

describe('one-time passwords must be changed', () => {
  let server: AdminTestServer;

  before(async () => {
    server = await startAdminServer();
    await createAccount(server, 'new@practice.example', 'staff', { mustChangePassword: true });
  });
  after(() => server.stop());

  it('allows only the session, sign-out and password change until then', async () => {
    const credentials = await session(server, 'new@practice.example');
    const me = await admin(server, '/v1/admin/session', credentials);
    assert.equal(
      (me.body as { staff: { mustChangePassword: boolean } }).staff.mustChangePassword,
      true,
    );
    const queue = await admin(server, '/v1/admin/stories/queue', credentials);
    assert.equal(queue.status, 403);
    assert.equal(
      (queue.body as { type: string }).type,
      'urn:hearth:problem:password-change-required',
    );

    const short = await admin(server, '/v1/admin/account/password', credentials, {
      method: 'POST',
      body: { currentPassword: PASSWORD, newPassword: 'short' },
    });
    assert.equal(short.status, 400);
    assert.ok((short.body as { fields: Record<string, string> }).fields.newPassword);

    const changed = await admin(server, '/v1/admin/account/password', credentials, {
      method: 'POST',
      body: { currentPassword: PASSWORD, newPassword: 'a much longer passphrase' },
    });
    assert.equal(changed.status, 200);
    assert.equal((await admin(server, '/v1/admin/stories/queue', credentials)).status, 200);
    assert.equal((await login(server, 'new@practice.example', PASSWORD)).status, 401);
    assert.equal(
      (await login(server, 'new@practice.example', 'a much longer passphrase')).status,
      200,
    );
  });
});

describe('TOTP (RFC 6238)', () => {
  // Appendix B of RFC 6238: SHA-1, the ASCII key "12345678901234567890", 8 digits.
  const key = Buffer.from('12345678901234567890', 'ascii');
  const vectors: [number, string][] = [
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ];
  for (const [seconds, code] of vectors) {
    it(`gives ${code} at T=${seconds}`, () => {
      assert.equal(totp(key, new Date(seconds * 1000), 8), code);
    });
  }

  it('matches RFC 4226 HOTP values and accepts one step of drift', () => {
    assert.equal(hotp(key, 0), '755224');
    assert.equal(hotp(key, 9), '520489');
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // base32 of the same key
    assert.deepEqual(base32Decode(secret), key);
    const at = new Date(1111111111 * 1000);
    const step = Math.floor(1111111111 / 30);
    assert.equal(matchTotp(secret, hotp(key, step - 1), at), step - 1);
    assert.equal(matchTotp(secret, hotp(key, step + 1), at), step + 1);
    assert.equal(matchTotp(secret, hotp(key, step + 2), at), undefined);
    assert.equal(matchTotp(secret, 'abcdef', at), undefined);
  });

  describe('two-step sign-in', () => {
    let server: AdminTestServer;

    before(async () => {
      server = await startAdminServer();
      await createAccount(server, 'lin@practice.example', 'staff');
    });
    after(() => server.stop());

    it('is set up with a code, then required at sign-in, and can be turned off', async () => {
      const credentials = await session(server, 'lin@practice.example');
      const setup = await admin(server, '/v1/admin/account/totp', credentials, { method: 'POST' });
      assert.equal(setup.status, 200);
      const { secret, otpauthUri } = setup.body as { secret: string; otpauthUri: string };
      assert.match(otpauthUri, /^otpauth:\/\/totp\/.+secret=[A-Z2-7]+/);
      const code = () => totp(base32Decode(secret), server.clock.now());

      const wrong = await admin(server, '/v1/admin/account/totp/confirm', credentials, {
        method: 'POST',
        body: { code: '000000' === code() ? '111111' : '000000' },
      });
      assert.equal(wrong.status, 400);
      const confirmed = await admin(server, '/v1/admin/account/totp/confirm', credentials, {
        method: 'POST',
        body: { code: code() },
      });
      assert.equal(confirmed.status, 200);
      assert.equal((confirmed.body as { staff: { totpEnabled: boolean } }).staff.totpEnabled, true);

      const withoutCode = await login(server, 'lin@practice.example');
      assert.equal(withoutCode.status, 401);
      assert.equal((withoutCode.body as { type: string }).type, 'urn:hearth:problem:totp-required');
      assert.equal(withoutCode.headers.getSetCookie().length, 0);

      // The code used to confirm cannot be used again; the next one can.
      const replayed = await login(server, 'lin@practice.example', PASSWORD, { totp: code() });
      assert.equal(replayed.status, 401);
      server.clock.advance(30_000);
      const signedIn = await login(server, 'lin@practice.example', PASSWORD, { totp: code() });
      assert.equal(signedIn.status, 200);

      const off = await admin(server, '/v1/admin/account/totp', signedIn.credentials, {
        method: 'DELETE',
        body: { password: PASSWORD },
      });
      assert.equal(off.status, 200);
      assert.equal((await login(server, 'lin@practice.example')).status, 200);
    });
  });
});
