import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runStaffCommand } from '../src/staff/cli.js';
import {
  admin,
  createAccount,
  createToken,
  login,
  PASSWORD,
  session,
  startAdminServer,
  type AdminTestServer,
  type Credentials,
} from './admin-fixtures.js';

interface AuditPage {
  items: { id: string; action: string; actor: { email: string | null } | null; via: string }[];
  nextCursor: string | null;
}

describe('staff accounts API (owners)', () => {
  let server: AdminTestServer;
  let owner: Credentials;

  before(async () => {
    server = await startAdminServer();
    await createAccount(server, 'owner@practice.example', 'owner');
    owner = await session(server, 'owner@practice.example');
  });
  after(() => server.stop());

  it('adds an account with a one-time password that must be changed', async () => {
    const created = await admin(server, '/v1/admin/staff', owner, {
      method: 'POST',
      body: { email: 'Jo@Practice.example' },
    });
    assert.equal(created.status, 201, created.text);
    const { staff, oneTimePassword } = created.body as {
      staff: { id: string; email: string; role: string; mustChangePassword: boolean };
      oneTimePassword: string;
    };
    assert.deepEqual(
      [staff.email, staff.role, staff.mustChangePassword],
      ['jo@practice.example', 'staff', true],
    );
    const signIn = await login(server, 'jo@practice.example', oneTimePassword);
    assert.equal(signIn.status, 200);
    assert.equal((await admin(server, '/v1/admin/groups', signIn.credentials)).status, 403);
    const again = await admin(server, '/v1/admin/staff', owner, {
      method: 'POST',
      body: { email: 'jo@practice.example' },
    });
    assert.equal(again.status, 409);
    const invalid = await admin(server, '/v1/admin/staff', owner, {
      method: 'POST',
      body: { email: 'not an address', role: 'admin' },
    });
    assert.equal(invalid.status, 400);
  });

  it('disables an account (signing it out), enables it, and resets its password', async () => {
    const id = await createAccount(server, 'kai@practice.example', 'staff');
    const kai = await session(server, 'kai@practice.example');
    const token = await createToken(server, kai);

    const disabled = await admin(server, `/v1/admin/staff/${id}/disable`, owner, {
      method: 'POST',
    });
    assert.equal(disabled.status, 200);
    assert.equal((await admin(server, '/v1/admin/session', kai)).status, 401);
    assert.equal((await admin(server, '/v1/admin/session', { token })).status, 401);

    await admin(server, `/v1/admin/staff/${id}/enable`, owner, { method: 'POST' });
    assert.equal(
      (await admin(server, '/v1/admin/session', { token })).status,
      401,
      'enabling again does not bring back the tokens of before',
    );
    assert.equal((await admin(server, '/v1/admin/session', kai)).status, 401);

    await server.store.staff.setTotpSecret(id, 'JBSWY3DPEHPK3PXP', new Date());
    await server.store.staff.enableTotp(id, new Date());
    const reset = await admin(server, `/v1/admin/staff/${id}/reset-password`, owner, {
      method: 'POST',
    });
    const { oneTimePassword } = reset.body as { oneTimePassword: string };
    assert.equal((await login(server, 'kai@practice.example')).status, 401);
    const fresh = await login(server, 'kai@practice.example', oneTimePassword);
    assert.equal(fresh.status, 200);
    assert.equal(
      (fresh.body as { staff: { mustChangePassword: boolean } }).staff.mustChangePassword,
      true,
    );
    assert.equal(
      (fresh.body as { staff: { totpEnabled: boolean } }).staff.totpEnabled,
      false,
      'a reset is also the way back in after losing the authenticator',
    );

    const self = await admin(server, '/v1/admin/session', owner);
    const ownId = (self.body as { staff: { id: string } }).staff.id;
    const selfDisable = await admin(server, `/v1/admin/staff/${ownId}/disable`, owner, {
      method: 'POST',
    });
    assert.equal(selfDisable.status, 409);
    assert.equal(
      (await admin(server, '/v1/admin/staff/nobody/disable', owner, { method: 'POST' })).status,
      404,
    );
    const list = await admin(server, '/v1/admin/staff', owner);
    assert.equal((list.body as { items: unknown[] }).items.length, 3);
  });

  it('lists the audit log newest first, a page at a time, filtered', async () => {
    const first = await admin(server, '/v1/admin/audit?limit=3', owner);
    assert.equal(first.status, 200);
    const page = first.body as AuditPage;
    assert.equal(page.items.length, 3);
    assert.ok(page.nextCursor);
    const second = (
      await admin(
        server,
        `/v1/admin/audit?limit=3&cursor=${encodeURIComponent(page.nextCursor!)}`,
        owner,
      )
    ).body as AuditPage;
    assert.ok(second.items.every((entry) => !page.items.some((seen) => seen.id === entry.id)));

    const logins = (await admin(server, '/v1/admin/audit?action=login', owner)).body as AuditPage;
    assert.ok(logins.items.length >= 3);
    assert.ok(logins.items.every((entry) => entry.action === 'login' && entry.via === 'session'));
    assert.equal((await admin(server, '/v1/admin/audit?limit=0', owner)).status, 400);
    assert.equal((await admin(server, '/v1/admin/audit?cursor=nonsense', owner)).status, 400);

    const actions = new Set(
      ((await admin(server, '/v1/admin/audit?limit=200', owner)).body as AuditPage).items.map(
        (entry) => entry.action,
      ),
    );
    for (const action of [
      'staff_created',
      'staff_disable',
      'staff_enable',
      'staff_reset_password',
      'token_created',
      'login',
      'login_failed',
    ]) {
      assert.ok(actions.has(action), `no ${action}`);
    }
  });
});

describe('recovery and password changes revoke sessions and tokens', () => {
  let server: AdminTestServer;
  let owner: Credentials;

  before(async () => {
    server = await startAdminServer();
    await createAccount(server, 'owner@practice.example', 'owner');
    owner = await session(server, 'owner@practice.example');
  });
  after(() => server.stop());

  /** A token and two browsers of one account. */
  async function signedInTwice(email: string) {
    const here = await session(server, email);
    const elsewhere = await session(server, email);
    const token = await createToken(server, here);
    return { here, elsewhere, token };
  }
  const status = async (credentials: Credentials) =>
    (await admin(server, '/v1/admin/session', credentials)).status;

  it('an owner’s password reset revokes every session and token of the account', async () => {
    const id = await createAccount(server, 'ria@practice.example', 'staff');
    const { here, elsewhere, token } = await signedInTwice('ria@practice.example');
    const reset = await admin(server, `/v1/admin/staff/${id}/reset-password`, owner, {
      method: 'POST',
    });
    assert.equal(reset.status, 200);
    assert.deepEqual(
      [await status(here), await status(elsewhere), await status({ token })],
      [401, 401, 401],
    );
  });

  it('enabling an account again brings back none of its sessions or tokens', async () => {
    const id = await createAccount(server, 'eli@practice.example', 'staff');
    const { here, token } = await signedInTwice('eli@practice.example');
    for (const action of ['disable', 'enable']) {
      const response = await admin(server, `/v1/admin/staff/${id}/${action}`, owner, {
        method: 'POST',
      });
      assert.equal(response.status, 200);
    }
    assert.deepEqual([await status(here), await status({ token })], [401, 401]);
    const list = await admin(
      server,
      '/v1/admin/account/tokens',
      await session(server, 'eli@practice.example'),
    );
    assert.deepEqual((list.body as { items: unknown[] }).items, []);
  });

  it('changing one’s own password keeps this session and revokes the others and the tokens', async () => {
    await createAccount(server, 'noa@practice.example', 'staff');
    const { here, elsewhere, token } = await signedInTwice('noa@practice.example');
    const changed = await admin(server, '/v1/admin/account/password', here, {
      method: 'POST',
      body: { currentPassword: PASSWORD, newPassword: 'another long passphrase' },
    });
    assert.equal(changed.status, 200);
    assert.deepEqual(
      [await status(here), await status(elsewhere), await status({ token })],
      [200, 401, 401],
    );
  });

  it('the command line’s reset and enable revoke tokens too', async () => {
    const io = { out: () => undefined, err: () => undefined };
    const run = (...args: string[]) =>
      runStaffCommand(args, server.store, io, server.clock.now, 10);
    await createAccount(server, 'ode@practice.example', 'staff');
    const first = await signedInTwice('ode@practice.example');
    assert.equal(await run('disable', 'ode@practice.example'), 0);
    assert.equal(await run('enable', 'ode@practice.example'), 0);
    assert.deepEqual([await status(first.here), await status({ token: first.token })], [401, 401]);

    const second = await signedInTwice('ode@practice.example');
    assert.equal(await run('reset-password', 'ode@practice.example'), 0);
    assert.deepEqual(
      [await status(second.here), await status({ token: second.token })],
      [401, 401],
    );
  });
});

describe('session cookie over HTTPS', () => {
  let server: AdminTestServer;
  before(async () => {
    server = await startAdminServer({ publicUrl: 'https://api.practice.example/' });
    await createAccount(server, 'lin@practice.example', 'staff');
  });
  after(() => server.stop());

  it('is Secure when the public address is https, and accepts that origin', async () => {
    const response = await login(server, 'lin@practice.example');
    assert.match(response.headers.getSetCookie()[0] ?? '', /; Secure/);
    const out = await admin(
      server,
      '/v1/admin/logout',
      { ...response.credentials, origin: 'https://api.practice.example' },
      { method: 'POST' },
    );
    assert.equal(out.status, 204);
  });
});

describe('behind a proxy that terminates HTTPS', () => {
  let server: AdminTestServer;
  before(async () => {
    server = await startAdminServer({ trustProxy: true });
    await createAccount(server, 'lin@practice.example', 'staff');
  });
  after(() => server.stop());

  it('sets a Secure cookie and accepts the https origin of the same host', async () => {
    const host = new URL(server.url).host;
    const proxied = { 'X-Forwarded-Proto': 'https', Origin: `https://${host}` };
    const response = await login(server, 'lin@practice.example', undefined, { headers: proxied });
    assert.equal(response.status, 200);
    assert.match(response.headers.getSetCookie()[0] ?? '', /; Secure/);
    const out = await admin(
      server,
      '/v1/admin/logout',
      { ...response.credentials, origin: undefined },
      { method: 'POST', headers: proxied },
    );
    assert.equal(out.status, 204);
  });
});

describe('expired sessions', () => {
  let server: AdminTestServer;
  before(async () => {
    server = await startAdminServer();
    await createAccount(server, 'lin@practice.example', 'staff');
  });
  after(() => server.stop());

  it('are deleted by the purge', async () => {
    await session(server, 'lin@practice.example');
    await session(server, 'lin@practice.example');
    const now = server.clock.now();
    assert.equal(await server.store.staff.purgeSessions(new Date(now.getTime() - 1), now), 0);
    const later = new Date(now.getTime() + 31 * 60_000);
    assert.equal(
      await server.store.staff.purgeSessions(new Date(later.getTime() - 30 * 60_000), later),
      2,
    );
  });
});
