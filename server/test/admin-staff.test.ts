import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  admin,
  createAccount,
  createToken,
  login,
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
    assert.equal((await admin(server, '/v1/admin/session', { token })).status, 200);

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
