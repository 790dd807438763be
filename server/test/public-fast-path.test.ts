// A public GET the app has already answered goes out without the framework: it must be the same
// answer, byte for byte and header for header, with the same log line, and the app must still
// answer everything the fast path cannot vouch for.
import assert from 'node:assert/strict';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { getRequestListener } from '@hono/node-server';
import type { Group, List } from '../../src/api/contract/public.js';
import { createApp } from '../src/app.js';
import { defaultConfig } from '../src/platform/config.js';
import { corsOrigins } from '../src/http/cors.js';
import { PublicResponseCache } from '../src/http/cache.js';
import { createLogger } from '../src/platform/log.js';
import { createPublicFastPath, withFastPath } from '../src/http/public-fast-path.js';
import { demoPractice } from '../src/seed.js';
import { openStore, type Store } from '../src/store.js';
import { GROUPS, NO_RATE_LIMITS, visitor } from './fixtures.js';
import { removeTestData, tempDir, testClock, testData } from './helpers.js';

const PRACTICE_SITE = 'https://practice.example';

interface Answer {
  status: number;
  /** Header names and values in the order sent, without the two that differ every time. */
  headers: string[];
  requestId: string;
  body: string;
}

describe('the fast path for kept public answers', () => {
  const clock = testClock();
  const dataDir = tempDir();
  const logs: Record<string, unknown>[] = [];
  /** Requests that reached the app, as "METHOD /path?query". */
  const reachedApp: string[] = [];
  let store: Store;
  let server: Server;
  let base: URL;

  before(async () => {
    store = await openStore({ ...(await testData(dataDir)), now: clock.now });
    await store.importData({ practice: demoPractice(), groups: [GROUPS.small], stories: [] });
    const config = defaultConfig({
      dataDir,
      allowedOrigins: [PRACTICE_SITE],
      ...NO_RATE_LIMITS,
    });
    const logger = createLogger({
      level: 'info',
      write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>),
    });
    const cache = new PublicResponseCache();
    const app = createApp({ store, config, logger, now: clock.now, publicCache: cache });
    const toApp = getRequestListener((request, env) => {
      const url = new URL(request.url);
      reachedApp.push(`${request.method} ${url.pathname}${url.search}`);
      return app.fetch(request, env);
    });
    const fastPath = createPublicFastPath({
      cache,
      store,
      now: clock.now,
      logger,
      allowedOrigins: corsOrigins(config),
    });
    server = createServer(withFastPath(fastPath, toApp));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  });
  after(async () => {
    await new Promise((done) => server.close(done));
    await store.close();
    await removeTestData(dataDir);
  });

  const send = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<Answer>((resolve, reject) => {
      // The path goes out exactly as written: no URL parsing on the way.
      const target = { hostname: base.hostname, port: base.port, path, method, headers };
      const outgoing = httpRequest(target, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const sent: string[] = [];
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            const name = res.rawHeaders[i]!;
            if (!/^(date|x-request-id)$/i.test(name))
              sent.push(`${name}: ${res.rawHeaders[i + 1]}`);
          }
          resolve({
            status: res.statusCode!,
            headers: sent,
            requestId: String(res.headers['x-request-id']),
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      });
      outgoing.on('error', reject);
      outgoing.end(method === 'POST' ? JSON.stringify(visitor()) : undefined);
    });

  /** Sends the same request twice: the app answers the first, the fast path the second. */
  const twice = async (path: string, headers: Record<string, string> = {}) => {
    const before = reachedApp.length;
    const first = await send(path, headers);
    const second = await send(path, headers);
    return { first, second, appAnswered: reachedApp.length - before };
  };

  it('answers a kept list with the same bytes, status and headers as the app', async () => {
    const { first, second, appAnswered } = await twice('/v1/groups?topic=grief');
    assert.equal(appAnswered, 1, 'only the first request reached the app');
    assert.equal(first.status, 200);
    assert.equal(second.status, 200);
    assert.deepEqual(second.headers, first.headers);
    assert.equal(second.body, first.body);
    assert.ok(
      first.headers.includes(
        'content-security-policy: ' + "default-src 'none'; frame-ancestors 'none'",
      ),
    );
    assert.ok(first.headers.includes('x-content-type-options: nosniff'));
    assert.ok(first.headers.includes('vary: Origin'));
  });

  it('gives an allowed site, and only it, the same CORS headers and the kept answer', async () => {
    const allowed = await twice('/v1/groups/small-group', { Origin: PRACTICE_SITE });
    assert.equal(allowed.appAnswered, 1);
    assert.deepEqual(allowed.second.headers, allowed.first.headers);
    assert.ok(allowed.second.headers.includes(`access-control-allow-origin: ${PRACTICE_SITE}`));

    // Another site's page gets the app's 403, never the kept answer.
    const elsewhere = 'https://elsewhere.example';
    const other = await twice('/v1/groups/small-group', { Origin: elsewhere });
    assert.equal(other.appAnswered, 2);
    for (const answer of [other.first, other.second]) {
      assert.equal(answer.status, 403);
      assert.ok(answer.headers.includes(`access-control-allow-origin: ${elsewhere}`));
      assert.ok(!answer.body.includes('small-group'));
    }

    // The origin the request's Host names is not thereby the server's own.
    const spoofed = await send('/v1/groups/small-group', { Origin: base.origin });
    assert.ok(!spoofed.headers.some((header) => header.startsWith('access-control-')));
  });

  it('answers a matching If-None-Match with the same 304 as the app', async () => {
    const practice = await send('/v1/practice');
    const etag = practice.headers.find((header) => header.startsWith('etag: '))!.slice(6);
    // Another query of the same route: the app computes the same bytes, so the same ETag.
    const { first, second, appAnswered } = await twice('/v1/practice?from=home', {
      'If-None-Match': `W/${etag}`,
    });
    assert.equal(appAnswered, 1);
    assert.equal(first.status, 304);
    assert.equal(second.status, 304);
    assert.equal(second.body, '');
    assert.deepEqual(second.headers, first.headers);
    assert.ok(!second.headers.some((header) => header.startsWith('content-security-policy')));
  });

  it('keeps the request id a proxy sent, and logs one line without the query', async () => {
    logs.length = 0;
    const { first, second } = await twice('/v1/stories?limit=5', {
      'X-Request-Id': 'proxy-request-0001',
    });
    assert.equal(first.requestId, 'proxy-request-0001');
    assert.equal(second.requestId, 'proxy-request-0001');
    const lines = logs.filter((line) => line.msg === 'request');
    assert.equal(lines.length, 2);
    const shape = (line: Record<string, unknown>) => {
      const fields = { ...line };
      delete fields.time;
      delete fields.durationMs;
      return fields;
    };
    assert.deepEqual(shape(lines[1]!), shape(lines[0]!));
    assert.deepEqual(shape(lines[0]!), {
      level: 'info',
      msg: 'request',
      method: 'GET',
      path: '/v1/stories',
      status: 200,
      requestId: 'proxy-request-0001',
    });
  });

  it('leaves to the app a changed database, other methods and unusual requests', async () => {
    const seatsLeft = async () =>
      (JSON.parse((await send('/v1/groups')).body) as List<Group>).items[0]!.seatsLeft;
    assert.equal(await seatsLeft(), 3);
    assert.equal(await seatsLeft(), 3);

    const before = reachedApp.length;
    const signup = await send(
      '/v1/groups/small-group/signups',
      { 'Content-Type': 'application/json', 'Idempotency-Key': 'fast-path-0001' },
      'POST',
    );
    assert.equal(signup.status, 201);
    assert.equal(await seatsLeft(), 2, 'the sign-up shows in the very next list');
    assert.deepEqual(reachedApp.slice(before), [
      'POST /v1/groups/small-group/signups',
      'GET /v1/groups',
    ]);

    const head = await send('/v1/groups', {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(reachedApp.at(-1), 'HEAD /v1/groups');

    // The URL parser would rewrite these, so the app decides what they mean.
    for (const path of ['/v1/groups?', "/v1/groups?q='", '/v1/./groups', '/v1//groups']) {
      const count = reachedApp.length;
      await send(path);
      assert.equal(reachedApp.length, count + 1, `${path} reached the app`);
    }

    // A data change by another connection (the staff command, a second process).
    const other = await openStore({ ...(await testData(dataDir)), now: clock.now });
    try {
      assert.ok(await other.setGroupArchived('small-group', true, clock.now()));
    } finally {
      await other.close();
    }
    const after = JSON.parse((await send('/v1/groups')).body) as List<Group>;
    assert.deepEqual(after.items, []);
    assert.equal((await send('/v1/groups/small-group')).status, 404);
  });

  it('refuses a host the app refuses, as the app does', async () => {
    assert.equal((await send('/v1/groups')).status, 200);
    // The adapter refuses a host that parsing would change (1.2.3 reads as 1.2.0.3).
    assert.equal((await send('/v1/groups', { Host: '1.2.3' })).status, 400);
    assert.equal((await send('/v1/groups', { Host: 'practice.example:99999' })).status, 400);
  });
});
