import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createLogger, pathWithoutQuery, redact, REDACTED } from '../src/platform/log.js';
import { startTestServer, type TestServer } from './helpers.js';

describe('logs', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({}, (app) => {
      app.post('/v1/test-sink', async (c) => c.json({ length: (await c.req.text()).length }));
    });
  });
  after(() => server.stop());

  it('write one line per request: method, path, status, duration, request id', async () => {
    await server.request('/v1/groups?q=ada.lovelace%40example.org&topic=grief');
    const line = server.logs.find(
      (entry) => entry.msg === 'request' && entry.path === '/v1/groups',
    );
    assert.ok(line);
    assert.equal(line.method, 'GET');
    assert.equal(line.status, 200);
    assert.equal(typeof line.durationMs, 'number');
    assert.equal(typeof line.requestId, 'string');
  });

  it('never contain query strings, bodies or sensitive headers', async () => {
    await server.request('/v1/groups?q=ada.lovelace%40example.org');
    await server.request('/v1/test-sink', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer very-secret-token' },
      body: JSON.stringify({ name: 'Ada Lovelace', email: 'ada@example.org' }),
    });
    const all = JSON.stringify(server.logs);
    for (const secret of [
      'lovelace',
      'Lovelace',
      'ada@example.org',
      'very-secret-token',
      '?q=',
      'example.org',
    ]) {
      assert.ok(!all.includes(secret), `logs contain ${secret}`);
    }
  });

  it('log a thrown error without sending it to the client', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (line) => lines.push(line) });
    logger.error('failed', { error: new Error('boom'), authorization: 'Bearer x' });
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    assert.deepEqual(entry.error, { name: 'Error', message: 'boom' });
    assert.equal(entry.authorization, REDACTED);
  });

  it('are silent at level silent and filter by level', () => {
    const lines: string[] = [];
    createLogger({ level: 'silent', write: (line) => lines.push(line) }).error('x');
    createLogger({ level: 'warn', write: (line) => lines.push(line) }).info('x');
    assert.deepEqual(lines, []);
  });
});

describe('redact', () => {
  it('hides personal and secret values at any depth', () => {
    const redacted = redact({
      path: '/v1/groups',
      headers: { authorization: 'Bearer x', cookie: 'a=b', accept: 'application/json' },
      signup: { name: 'Ada', email: 'ada@example.org', phone: '555-0100', contactMethod: 'email' },
      body: '{"x":1}',
    });
    assert.deepEqual(redacted, {
      path: '/v1/groups',
      headers: { authorization: REDACTED, cookie: REDACTED, accept: 'application/json' },
      signup: { name: REDACTED, email: REDACTED, phone: REDACTED, contactMethod: 'email' },
      body: REDACTED,
    });
  });

  it('strips query strings from paths', () => {
    assert.equal(pathWithoutQuery('/v1/groups?q=ada'), '/v1/groups');
    assert.equal(pathWithoutQuery('http://x.example/v1/groups?q=ada#top'), '/v1/groups');
  });
});
