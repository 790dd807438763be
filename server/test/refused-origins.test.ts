// Pages of sites the server does not allow (HEARTH_ALLOWED_ORIGINS): over real HTTP, on the
// test engine, they get a 403 problem they can read and nothing else, and store nothing; the
// operator gets one warning per such origin an hour, from a log of bounded size.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '../src/platform/log.js';
import {
  MAX_REMEMBERED_ORIGINS,
  REFUSED_ORIGIN_WINDOW_MS,
  RefusedOriginLog,
} from '../src/http/refused-origins.js';
import { NO_RATE_LIMITS, PERSONAL_VALUES, postSignup, visitor } from './fixtures.js';
import { startTestServer, storedText, testClock, type TestServer } from './helpers.js';

const ALLOWED = 'https://mypractice.example';
const GROUP = 'parenting-teen-years'; // no age range: a plain visitor may sign up
const PUBLIC_GETS = [
  '/v1/practice',
  '/v1/groups',
  `/v1/groups/${GROUP}`,
  '/v1/stories',
  '/v1/openapi.json',
];

const corsHeaders = (headers: Headers) =>
  [...headers.keys()].filter((name) => name.startsWith('access-control-'));

describe('a page of an origin the server does not allow', () => {
  const clock = testClock();
  let server: TestServer;
  /** Warnings about refused origins logged so far. */
  const warnings = () =>
    server.logs.filter((line) => line.level === 'warn' && 'origin' in line) as {
      msg: string;
      origin: string;
    }[];

  before(async () => {
    server = await startTestServer({ allowedOrigins: [ALLOWED], ...NO_RATE_LIMITS }, undefined, {
      now: clock.now,
    });
  });
  after(() => server.stop());

  it('is not the allowed site, which gets the answers with their CORS headers as before', async () => {
    const read = await server.request('/v1/groups', { headers: { Origin: ALLOWED } });
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('access-control-allow-origin'), ALLOWED);
    const signup = await postSignup(server, GROUP, visitor(), { headers: { Origin: ALLOWED } });
    assert.equal(signup.status, 201);
    assert.equal(signup.headers.get('access-control-allow-origin'), ALLOWED);
  });

  it('reads a 403 that names its origin and the setting, and no practice data', async () => {
    const origin = 'https://unlisted.example';
    for (const path of PUBLIC_GETS) {
      // The first request keeps the answer for the fast path; the page must still not get it.
      const kept = await server.request(path);
      assert.equal(kept.status, 200, path);
      const refused = await server.request(path, { headers: { Origin: origin } });
      assert.equal(refused.status, 403, path);
      assert.equal(refused.headers.get('content-type'), 'application/problem+json');
      const problem = refused.body as { type: string; title: string; detail: string };
      assert.equal(problem.type, 'urn:hearth:problem:origin-not-allowed');
      assert.match(problem.detail, /https:\/\/unlisted\.example/);
      assert.match(problem.detail, /HEARTH_ALLOWED_ORIGINS/);
      // Readable by that page, and only this error: no credentials, no exposed headers.
      assert.equal(refused.headers.get('access-control-allow-origin'), origin);
      assert.match(refused.headers.get('vary') ?? '', /Origin/);
      assert.deepEqual(corsHeaders(refused.headers), ['access-control-allow-origin'], path);
      assert.equal(refused.headers.get('cache-control'), 'no-store');
      assert.equal(refused.headers.get('etag'), null);
      assert.ok(!refused.text.includes(GROUP), path);
      assert.ok(!refused.text.includes('Riverbend'), path);
    }
  });

  it('stores nothing with a POST: no sign-up, story, "me too", key or rate count', async () => {
    const origin = 'https://poster.example';
    const stored = await storedText(server.testData);
    const headers = { Origin: origin };
    const signup = await postSignup(server, GROUP, visitor(), { headers });
    assert.equal(signup.status, 403);
    assert.equal(signup.headers.get('access-control-allow-origin'), origin);
    const story = await server.request('/v1/stories', {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ body: 'A story that must not be kept anywhere.', topics: [] }),
    });
    assert.equal(story.status, 403);
    const stories = await server.request('/v1/stories');
    const storyId = (stories.body as { items: { id: string }[] }).items[0]!.id;
    const resonance = await server.request(`/v1/stories/${storyId}/resonance`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: 'a'.repeat(32) }),
    });
    assert.equal(resonance.status, 403);
    assert.equal(await storedText(server.testData), stored);
  });

  it('has its preflight answered, so that the request itself reaches the 403', async () => {
    const origin = 'https://preflight.example';
    const preflight = await server.request(`/v1/groups/${GROUP}/signups`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, idempotency-key',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), origin);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    const request = await postSignup(server, GROUP, visitor(), { headers: { Origin: origin } });
    assert.equal(request.status, 403);
  });

  it('is not what a request without Origin is: curl and servers are answered as before', async () => {
    const read = await server.request('/v1/groups');
    assert.equal(read.status, 200);
    assert.deepEqual(corsHeaders(read.headers), []);
    assert.equal((await postSignup(server, GROUP, visitor())).status, 201);
  });

  it('is not a page of the server itself, which is answered as before', async () => {
    // The demo page and the /groups page are served by this server: their POSTs carry its origin.
    const own = new URL(server.url).origin;
    const signup = await postSignup(server, GROUP, visitor(), { headers: { Origin: own } });
    assert.equal(signup.status, 201);
    assert.deepEqual(corsHeaders(signup.headers), []);
  });

  it('still gets no CORS headers at all from the staff API', async () => {
    const origin = 'https://staff-probe.example';
    const read = await server.request('/v1/admin/session', { headers: { Origin: origin } });
    assert.equal(read.status, 401);
    assert.deepEqual(corsHeaders(read.headers), []);
    const preflight = await server.request('/v1/admin/session', {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
    });
    assert.deepEqual(corsHeaders(preflight.headers), []);
    assert.ok(!warnings().some((line) => line.origin === origin), 'staff requests are not logged');
  });

  it('is logged once an hour per origin, naming it and the setting, and nothing personal', async () => {
    const [first, second] = ['https://first.example', 'https://second.example'];
    for (const origin of [first, second, first, first, second]) {
      await postSignup(server, GROUP, visitor(), { headers: { Origin: origin } });
    }
    const named = (origin: string) => warnings().filter((line) => line.origin === origin);
    assert.equal(named(first).length, 1);
    assert.equal(named(second).length, 1);
    const line = named(first)[0]!;
    assert.match(line.msg, /HEARTH_ALLOWED_ORIGINS/);
    assert.deepEqual(Object.keys(line).sort(), ['level', 'msg', 'origin', 'time']);
    const log = JSON.stringify(server.logs);
    for (const value of PERSONAL_VALUES) assert.ok(!log.includes(value), value);

    clock.advance(REFUSED_ORIGIN_WINDOW_MS - 1000);
    await server.request('/v1/groups', { headers: { Origin: first } });
    assert.equal(named(first).length, 1, 'not again within the hour');
    clock.advance(1000);
    await server.request('/v1/groups', { headers: { Origin: first } });
    assert.equal(named(first).length, 2, 'again once the hour is over');
  });
});

describe('the log of refused origins', () => {
  const logged = () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger({
      level: 'info',
      write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
    });
    const clock = testClock();
    return { lines, clock, log: new RefusedOriginLog(logger, clock.now) };
  };

  it('remembers a bounded number of origins, and says once that there were more', () => {
    const { lines, clock, log } = logged();
    const flood = MAX_REMEMBERED_ORIGINS * 5;
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < flood; i++) log.refused(`https://site-${i}.example`);
    }
    assert.equal(log.size, MAX_REMEMBERED_ORIGINS);
    assert.equal(lines.filter((line) => 'origin' in line).length, MAX_REMEMBERED_ORIGINS);
    assert.equal(lines.filter((line) => 'origins' in line).length, 1);

    // An hour later the old ones are forgotten: new origins are named again.
    clock.advance(REFUSED_ORIGIN_WINDOW_MS);
    log.refused('https://later.example');
    assert.equal(log.size, 1);
    assert.equal(lines.at(-1)!.origin, 'https://later.example');
  });

  it('keeps and logs a made-up, overlong origin only cut short', () => {
    const { lines, log } = logged();
    const long = `https://${'a'.repeat(10_000)}.example`;
    log.refused(long);
    log.refused(long);
    assert.equal(lines.length, 1);
    const origin = String(lines[0]!.origin);
    assert.ok(origin.length < 400);
    assert.ok(long.startsWith(origin.slice(0, -1)));
  });
});
