// Who may call what: every staff operation of the served OpenAPI document, called without
// credentials (401), with a staff account's token where an owner or a session is needed (403);
// public routes never set a cookie; logs hold no password, token, cookie or e-mail address.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runStaffCommand } from '../src/staff/cli.js';
import {
  admin,
  createAccount,
  createToken,
  PASSWORD,
  session,
  startAdminServer,
  type AdminTestServer,
} from './admin-fixtures.js';
import { visitor } from './fixtures.js';
import { openTestStore, TEST_NOW } from './helpers.js';

interface Operation {
  method: string;
  path: string;
  owner: boolean;
  sessionOnly: boolean;
  open: boolean;
}

async function adminOperations(server: AdminTestServer): Promise<Operation[]> {
  const document = (await server.request('/v1/openapi.json')).body as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
  };
  const operations: Operation[] = [];
  for (const [template, methods] of Object.entries(document.paths)) {
    if (!template.startsWith('/v1/admin/')) continue;
    for (const [method, spec] of Object.entries(methods)) {
      operations.push({
        method: method.toUpperCase(),
        path: template.replace(/\{[^}]+\}/g, 'some-id'),
        owner: spec['x-hearth-role'] === 'owner',
        sessionOnly: spec['x-hearth-session-only'] === true,
        open: Array.isArray(spec.security) && spec.security.length === 0,
      });
    }
  }
  return operations;
}

describe('authorisation on every staff route', () => {
  let server: AdminTestServer;
  let operations: Operation[];
  let staffToken: string;
  let ownerToken: string;

  before(async () => {
    server = await startAdminServer();
    await createAccount(server, 'owner@practice.example', 'owner');
    await createAccount(server, 'lin@practice.example', 'staff');
    staffToken = await createToken(server, await session(server, 'lin@practice.example'));
    ownerToken = await createToken(server, await session(server, 'owner@practice.example'));
    operations = await adminOperations(server);
  });
  after(() => server.stop());

  it('documents the staff API with both security schemes', async () => {
    const document = (await server.request('/v1/openapi.json')).body as {
      components: { securitySchemes: Record<string, unknown> };
    };
    assert.ok(document.components.securitySchemes.cookieAuth);
    assert.ok(document.components.securitySchemes.bearerAuth);
    assert.ok(operations.length >= 20, `only ${operations.length} staff operations`);
    assert.deepEqual(
      operations.filter((operation) => operation.open).map((operation) => operation.path),
      ['/v1/admin/login'],
    );
  });

  it('answers 401, not cached, to every operation without credentials', async () => {
    for (const operation of operations.filter((each) => !each.open)) {
      const response = await admin(
        server,
        operation.path,
        {},
        {
          method: operation.method,
          body: operation.method === 'GET' ? undefined : {},
        },
      );
      assert.equal(response.status, 401, `${operation.method} ${operation.path}`);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.equal(
        (response.body as { type: string }).type,
        'urn:hearth:problem:unauthorized',
        `${operation.method} ${operation.path}`,
      );
    }
  });

  it('answers 401 to a revoked or made-up token', async () => {
    for (const operation of operations.filter((each) => !each.open)) {
      const response = await admin(
        server,
        operation.path,
        { token: 'hearth_made-up' },
        {
          method: operation.method,
        },
      );
      assert.equal(response.status, 401, `${operation.method} ${operation.path}`);
    }
  });

  it('answers 403 to a staff token on owner-only and session-only operations', async () => {
    const restricted = operations.filter((each) => each.owner || each.sessionOnly);
    assert.ok(restricted.length >= 8);
    for (const operation of restricted) {
      const response = await admin(
        server,
        operation.path,
        { token: staffToken },
        {
          method: operation.method,
          body: operation.method === 'GET' ? undefined : {},
        },
      );
      assert.equal(response.status, 403, `${operation.method} ${operation.path}`);
    }
  });

  it('lets a staff token through everywhere else, and an owner token on owner operations', async () => {
    for (const operation of operations.filter((each) => !each.open && !each.sessionOnly)) {
      const token = operation.owner ? ownerToken : staffToken;
      const response = await admin(server, operation.path, { token }, { method: operation.method });
      assert.ok(
        ![401, 403].includes(response.status),
        `${operation.method} ${operation.path}: ${response.status}`,
      );
    }
  });
});

describe('cookies and logs', () => {
  let server: AdminTestServer;

  before(async () => {
    server = await startAdminServer({ logLevel: 'debug' });
    await createAccount(server, 'owner@practice.example', 'owner');
  });
  after(() => server.stop());

  it('never sets a cookie on public routes, even for a signed-in browser', async () => {
    const credentials = await session(server, 'owner@practice.example');
    const withCookie = { Cookie: credentials.cookie! };
    const requests: [string, RequestInit][] = [
      ['/healthz', {}],
      ['/v1/practice', { headers: withCookie }],
      ['/v1/groups', { headers: withCookie }],
      ['/v1/groups/calm-minds-anxiety-skills', {}],
      ['/v1/stories', { headers: withCookie }],
      ['/v1/openapi.json', {}],
      ['/groups', {}],
      ['/admin', { headers: withCookie }],
      [
        '/v1/groups/calm-minds-anxiety-skills/signups',
        {
          method: 'POST',
          headers: { ...withCookie, 'Content-Type': 'application/json', 'Idempotency-Key': 'k-1' },
          body: JSON.stringify(visitor({ ageConfirmed: true })),
        },
      ],
      [
        '/v1/stories',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            body: 'The group helped me more than I expected.',
            consent: true,
          }),
        },
      ],
    ];
    for (const [path, init] of requests) {
      const response = await server.request(path, init);
      assert.ok(response.status < 300, `${path}: ${response.status}`);
      assert.deepEqual(response.headers.getSetCookie(), [], `${path} set a cookie`);
    }
  });

  it('never log passwords, tokens, cookies or e-mail addresses', async () => {
    const credentials = await session(server, 'owner@practice.example');
    const token = await createToken(server, credentials);
    await admin(server, '/v1/admin/session', { token });
    await admin(
      server,
      '/v1/admin/login',
      {},
      {
        method: 'POST',
        body: { email: 'owner@practice.example', password: 'a wrong password here' },
      },
    );
    const logs = JSON.stringify(server.logs);
    assert.ok(server.logs.some((line) => String(line.path).startsWith('/v1/admin/')));
    for (const secret of [
      PASSWORD,
      'a wrong password here',
      token,
      credentials.cookie!.split('=')[1]!,
      credentials.csrf!,
      'owner@practice.example',
      '@practice.example',
    ]) {
      assert.ok(!logs.includes(secret), `logs contain ${secret}`);
    }
  });
});

describe('public rate limits', () => {
  let server: AdminTestServer;
  before(async () => {
    server = await startAdminServer({
      rateLimits: {
        posts: { limit: 1, windowSeconds: 600 },
        stories: { limit: 1, windowSeconds: 600 },
      },
    });
    await createAccount(server, 'lin@practice.example', 'staff');
  });
  after(() => server.stop());

  it('do not count staff requests, which need credentials instead', async () => {
    const credentials = await session(server, 'lin@practice.example');
    for (let index = 0; index < 5; index++) {
      const response = await admin(server, '/v1/admin/stories/approve', credentials, {
        method: 'POST',
        body: { ids: ['none'] },
      });
      assert.equal(response.status, 200);
    }
  });
});

describe('the admin page', () => {
  let server: AdminTestServer;
  before(async () => {
    server = await startAdminServer({ distDir: '/nonexistent-hearth-dist' });
  });
  after(() => server.stop());

  it('hosts <hearth-admin> without inline script or style, and says when it is not built', async () => {
    const response = await server.request('/admin');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.match(response.text, /<hearth-admin api-base="\/">/);
    assert.match(response.text, /not built yet/);
    assert.doesNotMatch(response.text, /<script(?![^>]*\bsrc=)/);
    assert.doesNotMatch(response.text, /<style|style=/);
    const css = await server.request('/admin.css');
    assert.equal(css.status, 200);
  });
});

describe('npm run staff', () => {
  it('adds an owner first, then staff, prints a one-time password, lists, resets and disables', async () => {
    const store = await openTestStore();
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
    const run = (...args: string[]) => runStaffCommand(args, store, io, () => TEST_NOW, 10);
    try {
      assert.equal(await run('add', 'Ana@Practice.example'), 0);
      const password = /One-time password: (\S+)/.exec(out.join('\n'))?.[1];
      assert.ok(password && password.length >= 16);
      assert.equal(await run('add', 'ben@practice.example'), 0);
      assert.equal(await run('add', 'ben@practice.example'), 1);
      assert.equal(await run('add', 'not-an-address'), 1);
      const accounts = await store.staff.listAccounts();
      assert.deepEqual(
        accounts.map((account) => [account.email, account.role, account.mustChangePassword]),
        [
          ['ana@practice.example', 'owner', true],
          ['ben@practice.example', 'staff', true],
        ],
      );
      out.length = 0;
      assert.equal(await run('list'), 0);
      assert.match(out.join('\n'), /ana@practice\.example {2}owner/);
      assert.equal(await run('reset-password', 'ben@practice.example'), 0);
      assert.equal(await run('disable', 'ben@practice.example'), 0);
      assert.equal((await store.staff.credentialsByEmail('ben@practice.example'))?.disabled, true);
      assert.equal(await run('disable', 'nobody@practice.example'), 1);
      assert.equal(await run('frobnicate'), 1);
      assert.match(err.join('\n'), /Usage: npm run staff/);
      const audit = await store.staff.listAudit({ limit: 50 });
      assert.deepEqual(audit.map((entry) => entry.action).sort(), [
        'staff_created',
        'staff_created',
        'staff_disable',
        'staff_reset_password',
      ]);
      assert.ok(audit.every((entry) => entry.via === 'cli'));
    } finally {
      await store.close();
    }
  });
});
