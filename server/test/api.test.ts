import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Group, List, Practice, Problem } from '../../src/api/contract/public.js';
import { readJsonBody } from '../src/http/problem.js';
import { openApiValidator, startTestServer, type TestServer } from './helpers.js';

const groupsOf = (body: unknown) => (body as List<Group>).items;
const idsOf = (body: unknown) => groupsOf(body).map((group) => group.id);

describe('HTTP API', () => {
  let server: TestServer;

  before(async () => {
    // Two routes exist only in this test: a JSON-accepting one, to exercise the shared body
    // reader behind the real middleware (no public POST exists yet), and one that throws.
    server = await startTestServer({ allowedOrigins: ['https://mypractice.example'] }, (app) => {
      app.post('/v1/test-echo', async (c) => c.json({ received: await readJsonBody(c) }));
      app.get('/v1/test-boom', () => {
        throw new Error('secret database detail');
      });
    });
  });
  after(() => server.stop());

  describe('health and practice', () => {
    it('answers /healthz with ok, never cached', async () => {
      const { status, body, headers } = await server.request('/healthz');
      assert.equal(status, 200);
      assert.deepEqual(body, { status: 'ok' });
      assert.equal(headers.get('cache-control'), 'no-store');
    });

    it('describes the practice: name, zone, topics, crisis resources, texts', async () => {
      const { status, body } = await server.request('/v1/practice');
      assert.equal(status, 200);
      const practice = body as Practice;
      assert.equal(practice.name, 'Riverbend Counseling Collective');
      assert.equal(practice.timeZone, 'America/Los_Angeles');
      assert.ok(practice.topics.some((topic) => topic.id === 'grief'));
      assert.ok(practice.crisisResources.some((resource) => resource.phone === '988'));
      assert.ok(practice.texts.signupNext);
    });
  });

  describe('GET /v1/groups', () => {
    it('lists the ten seeded groups, unpaged, each with upcoming sessions', async () => {
      const { status, body } = await server.request('/v1/groups');
      assert.equal(status, 200);
      assert.equal(groupsOf(body).length, 10);
      assert.equal((body as List<Group>).nextCursor, null);
      for (const group of groupsOf(body)) {
        assert.ok(group.nextSessions.length <= 4);
      }
    });

    it('filters by topic, repeated or comma-separated alike', async () => {
      const repeated = await server.request('/v1/groups?topic=grief&topic=recovery');
      const commas = await server.request('/v1/groups?topic=grief,recovery');
      assert.deepEqual(idsOf(repeated.body), ['after-a-loss-grief-circle', 'recovery-circle']);
      assert.deepEqual(idsOf(commas.body), idsOf(repeated.body));
    });

    it('filters by format', async () => {
      const { body } = await server.request('/v1/groups?format=hybrid');
      assert.deepEqual(idsOf(body), ['calm-minds-anxiety-skills', 'pride-and-belonging']);
      assert.ok(groupsOf(body).every((group) => group.format === 'hybrid'));
    });

    it('filters by weekday', async () => {
      const { body } = await server.request('/v1/groups?day=6,0');
      assert.deepEqual(idsOf(body), ['recovery-circle']);
      const monday = await server.request('/v1/groups?day=1');
      assert.ok(groupsOf(monday.body).every((group) => group.schedule.weekday === 1));
      assert.equal(groupsOf(monday.body).length, 2);
    });

    it('searches name, summary and description, ignoring case and accents', async () => {
      assert.deepEqual(idsOf((await server.request('/v1/groups?q=GRIEF')).body), [
        'after-a-loss-grief-circle',
      ]);
      assert.deepEqual(idsOf((await server.request('/v1/groups?q=espanol')).body), [
        'grupo-ansiedad-estres',
      ]);
      // Found only in a description.
      assert.deepEqual(idsOf((await server.request('/v1/groups?q=tissues')).body), [
        'after-a-loss-grief-circle',
      ]);
      // LIKE wildcards are searched as plain characters.
      assert.deepEqual(idsOf((await server.request('/v1/groups?q=%25')).body), []);
    });

    it('combines filters with AND, and values within one filter with OR', async () => {
      const { body } = await server.request(
        '/v1/groups?topic=anxiety&format=online,in_person&day=3',
      );
      assert.deepEqual(idsOf(body), ['teen-stress-and-worry']);
    });

    it('answers an empty list when nothing matches', async () => {
      const { status, body } = await server.request('/v1/groups?topic=parenting&format=hybrid');
      assert.equal(status, 200);
      assert.deepEqual(body, { items: [], nextCursor: null });
    });

    it('rejects invalid filters with 400 and a message per parameter', async () => {
      const long = 'a'.repeat(201);
      const { status, body, headers } = await server.request(
        `/v1/groups?format=boat&day=7&topic=Not%20A%20Topic&q=${long}`,
      );
      assert.equal(status, 400);
      assert.equal(headers.get('content-type'), 'application/problem+json');
      const problem = body as Problem;
      assert.deepEqual(Object.keys(problem.fields ?? {}).sort(), ['day', 'format', 'q', 'topic']);
      assert.equal(problem.fields?.format, 'must be one of in_person, online, hybrid');
    });

    it('shows the full group as waitlist with no seats left', async () => {
      const { body } = await server.request('/v1/groups');
      const full = groupsOf(body).find((group) => group.status === 'waitlist');
      assert.equal(full?.seatsLeft, 0);
    });
  });

  describe('GET /v1/groups/{id}', () => {
    it('returns one group with more upcoming sessions than the list', async () => {
      const { status, body } = await server.request('/v1/groups/recovery-circle');
      assert.equal(status, 200);
      const group = body as Group;
      assert.equal(group.name, 'Recovery Circle: Living Sober');
      assert.equal(group.nextSessions.length, 8);
    });

    it('answers 404 problem for an unknown or malformed id', async () => {
      for (const id of ['no-such-group', 'bad%20id', 'x'.repeat(65)]) {
        const { status, body } = await server.request(`/v1/groups/${id}`);
        assert.equal(status, 404);
        assert.equal((body as Problem).status, 404);
      }
    });
  });

  describe('errors', () => {
    it('answers an unknown route with a 404 problem', async () => {
      const { status, headers, body } = await server.request('/v1/nothing-here');
      assert.equal(status, 404);
      assert.equal(headers.get('content-type'), 'application/problem+json');
      assert.equal((body as Problem).title, 'Not found');
    });

    it('answers a wrong method on a known path with 405 and Allow', async () => {
      const { status, headers } = await server.request('/v1/groups', { method: 'DELETE' });
      assert.equal(status, 405);
      assert.equal(headers.get('allow'), 'GET, HEAD');
    });

    it('answers malformed JSON with 400, without echoing the body', async () => {
      const { status, body, text } = await server.request('/v1/test-echo', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"name": "Ada", ',
      });
      assert.equal(status, 400);
      assert.equal((body as Problem).type, 'urn:hearth:problem:malformed-json');
      assert.ok(!text.includes('Ada'));
    });

    it('answers a non-JSON body with 415', async () => {
      const { status } = await server.request('/v1/test-echo', {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: 'hello',
      });
      assert.equal(status, 415);
    });

    it('accepts valid JSON through the body reader', async () => {
      const { status, text } = await server.request('/v1/test-echo', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: '{"ok":true}',
      });
      assert.equal(status, 200);
      assert.equal(text, '{"received":{"ok":true}}');
    });

    it('answers a body over the cap with 413, with or without Content-Length', async () => {
      const big = JSON.stringify({ text: 'x'.repeat(70 * 1024) });
      const declared = await server.request('/v1/test-echo', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: big,
      });
      assert.equal(declared.status, 413);
      assert.equal(declared.headers.get('content-type'), 'application/problem+json');

      const streamed = await server.request('/v1/test-echo', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: new Blob([big]).stream(),
        duplex: 'half',
      } as RequestInit);
      assert.equal(streamed.status, 413);
    });

    it('answers thrown errors with a 500 problem that discloses nothing', async () => {
      const { status, text } = await server.request('/v1/test-boom');
      assert.equal(status, 500);
      assert.ok(!text.includes('secret'));
    });
  });

  describe('caching', () => {
    it('sends a strong ETag and Cache-Control, and 304 when it still matches', async () => {
      const first = await server.request('/v1/groups?format=online');
      const etag = first.headers.get('etag');
      assert.match(etag ?? '', /^"[^"]+"$/);
      assert.equal(
        first.headers.get('cache-control'),
        'public, max-age=60, stale-while-revalidate=300',
      );

      const again = await server.request('/v1/groups?format=online', {
        headers: { 'If-None-Match': etag! },
      });
      assert.equal(again.status, 304);
      assert.equal(again.text, '');
      assert.equal(again.headers.get('etag'), etag);

      const other = await server.request('/v1/groups?format=hybrid', {
        headers: { 'If-None-Match': etag! },
      });
      assert.equal(other.status, 200);
      assert.notEqual(other.headers.get('etag'), etag);
    });

    it('caches the practice and a single group the same way', async () => {
      for (const route of ['/v1/practice', '/v1/groups/recovery-circle', '/v1/openapi.json']) {
        const first = await server.request(route);
        const etag = first.headers.get('etag')!;
        const again = await server.request(route, {
          headers: { 'If-None-Match': `W/${etag}, "other"` },
        });
        assert.equal(again.status, 304, route);
      }
    });
  });

  describe('CORS', () => {
    it('echoes an allowed origin and exposes ETag', async () => {
      const { headers } = await server.request('/v1/groups', {
        headers: { Origin: 'https://mypractice.example' },
      });
      assert.equal(headers.get('access-control-allow-origin'), 'https://mypractice.example');
      assert.match(headers.get('access-control-expose-headers') ?? '', /ETag/);
      assert.match(headers.get('vary') ?? '', /Origin/);
    });

    it('does not take the server’s own origin from the Host a request names', async () => {
      // The own origin is configured (HEARTH_PUBLIC_URL, else localhost at PORT): see
      // http-edge.test.ts. A test server on a port picked at start has none.
      const named = new URL(server.url).origin;
      const { headers } = await server.request('/v1/practice', { headers: { Origin: named } });
      assert.equal(headers.get('access-control-allow-origin'), null);
    });

    it('refuses any other origin with a 403 that page can read, naming the setting', async () => {
      const { headers, status, body } = await server.request('/v1/groups', {
        headers: { Origin: 'https://elsewhere.example' },
      });
      assert.equal(status, 403);
      assert.equal((body as { type: string }).type, 'urn:hearth:problem:origin-not-allowed');
      assert.equal(headers.get('access-control-allow-origin'), 'https://elsewhere.example');
      assert.equal(headers.get('access-control-expose-headers'), null);
    });

    it('answers a preflight from an allowed origin with the methods and headers', async () => {
      const { status, headers } = await server.request('/v1/groups/recovery-circle/signups', {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://mypractice.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type, idempotency-key',
        },
      });
      assert.equal(status, 204);
      assert.equal(headers.get('access-control-allow-origin'), 'https://mypractice.example');
      assert.match(headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
      assert.match(headers.get('access-control-allow-methods') ?? '', /POST/);
    });

    it('answers a preflight from another origin, so that its request gets the 403', async () => {
      const { status, headers } = await server.request('/v1/groups', {
        method: 'OPTIONS',
        headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' },
      });
      assert.equal(status, 204);
      assert.equal(headers.get('access-control-allow-origin'), 'https://elsewhere.example');
    });
  });

  describe('security headers', () => {
    it('sets nosniff, no-referrer and a data CSP on API responses, success or error', async () => {
      for (const route of ['/v1/groups', '/v1/nothing-here', '/healthz']) {
        const { headers } = await server.request(route);
        assert.equal(headers.get('x-content-type-options'), 'nosniff', route);
        assert.equal(headers.get('referrer-policy'), 'no-referrer', route);
        assert.equal(
          headers.get('content-security-policy'),
          "default-src 'none'; frame-ancestors 'none'",
        );
        assert.equal(headers.get('cross-origin-resource-policy'), 'same-origin');
      }
    });

    it('gives each response a request id', async () => {
      const { headers } = await server.request('/healthz');
      assert.match(headers.get('x-request-id') ?? '', /^[\w.-]{8,}$/);
    });
  });

  describe('OpenAPI document', () => {
    it('documents exactly the routes that exist, each with a Problem for errors', async () => {
      const { body } = await server.request('/v1/openapi.json');
      const document = body as { openapi: string; paths: Record<string, Record<string, unknown>> };
      assert.equal(document.openapi, '3.1.0');
      // The staff API (`/v1/admin/…`) is checked route by route in admin-access.test.ts.
      const publicPaths = Object.keys(document.paths).filter(
        (path) => !path.startsWith('/v1/admin/'),
      );
      assert.deepEqual(publicPaths.sort(), [
        '/healthz',
        '/v1/groups',
        '/v1/groups/{id}',
        '/v1/groups/{id}/signups',
        '/v1/openapi.json',
        '/v1/practice',
        '/v1/stories',
        '/v1/stories/{id}/reports',
        '/v1/stories/{id}/resonance',
      ]);
    });

    it('compiles every response schema, and catches a response that drifts', async () => {
      // Asked first: compiling takes seconds on a busy machine, longer than a kept-alive
      // connection waits, and a request after it could meet a socket the server just closed.
      const { body } = await server.request('/v1/groups/recovery-circle');
      const validator = await openApiValidator(server.url);
      for (const [template, operations] of Object.entries(validator.document.paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          for (const [status, response] of Object.entries(operation.responses)) {
            for (const mediaType of Object.keys(response.content ?? {})) {
              assert.ok(validator.schemaFor(template, method, Number(status), mediaType), template);
            }
          }
        }
      }
      const validate = validator.schemaFor('/v1/groups/{id}', 'get', 200, 'application/json')!;
      const group = body as Record<string, unknown>;
      assert.ok(validate(group));
      assert.ok(!validate({ ...group, internalNote: 'x' }), 'unknown fields are drift');
      assert.ok(!validate({ ...group, format: 'phone' }), 'enums come from the contract');
      const nameless = { ...group };
      delete nameless.name;
      assert.ok(!validate(nameless), 'required fields are required');
    });
  });
});
