// The API client against a small misbehaving HTTP server: every way a network or a server
// can fail must surface as one clear ApiError kind, and GETs must retry only what may recover.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { ApiError, createClient } from '../../src/api/index.js';

type Handler = (request: IncomingMessage, response: ServerResponse, body: string) => void;

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let handler: Handler;
let received: Received[] = [];
let baseUrl: string;
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    received.push({ method: request.method!, url: request.url!, headers: request.headers, body });
    handler(request, response, body);
  });
});

function json(response: ServerResponse, status: number, value: unknown, type = 'application/json') {
  response.writeHead(status, { 'Content-Type': type });
  response.end(JSON.stringify(value));
}

const problem = (status: number, extra: object = {}) => ({
  type: 'about:blank',
  title: 'Something is off',
  status,
  ...extra,
});

const client = (options: { timeoutMs?: number; retries?: number } = {}) =>
  createClient({ baseUrl, retryDelayMs: 5, ...options });

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ApiError, `expected an ApiError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the request to fail');
}

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  received = [];
});

describe('GET requests', () => {
  it('retries after 503 and 502, then succeeds', async () => {
    let calls = 0;
    handler = (_request, response) => {
      calls++;
      if (calls === 1) json(response, 503, problem(503), 'application/problem+json');
      else if (calls === 2) json(response, 502, problem(502), 'application/problem+json');
      else json(response, 200, { items: [], nextCursor: null });
    };
    const list = await client().listGroups();
    assert.deepEqual(list, { items: [], nextCursor: null });
    assert.equal(received.length, 3);
  });

  it('gives up after the configured retries with a server error', async () => {
    handler = (_request, response) => json(response, 504, problem(504), 'application/problem+json');
    const error = await rejection(client({ retries: 2 }).listGroups());
    assert.equal(error.kind, 'server');
    assert.equal(error.status, 504);
    assert.equal(received.length, 3);
  });

  it('does not retry a 500', async () => {
    handler = (_request, response) => json(response, 500, problem(500), 'application/problem+json');
    const error = await rejection(client().getPractice());
    assert.equal(error.kind, 'server');
    assert.equal(received.length, 1);
  });

  it('retries when the connection drops, then reports a network error', async () => {
    handler = (request) => request.socket.destroy();
    const error = await rejection(client({ retries: 1 }).getPractice());
    assert.equal(error.kind, 'network');
    assert.equal(received.length, 2);
  });

  it('reports a network error when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = createClient({ baseUrl: `http://127.0.0.1:${port}/`, retries: 0 });
    assert.equal((await rejection(refused.getPractice())).kind, 'network');
  });

  it('times out a server that never answers', async () => {
    handler = () => {};
    const error = await rejection(client({ timeoutMs: 50, retries: 0 }).getPractice());
    assert.equal(error.kind, 'timeout');
  });

  it('reports a cancelled request as aborted, without retrying', async () => {
    handler = () => {};
    const controller = new AbortController();
    const pending = client().getPractice({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    assert.equal((await rejection(pending)).kind, 'aborted');
    assert.equal(received.length, 1);
  });

  it('rejects garbage JSON as an invalid response', async () => {
    handler = (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"items": [');
    };
    assert.equal((await rejection(client().listGroups())).kind, 'invalid_response');
  });

  it('rejects the wrong content type as an invalid response', async () => {
    handler = (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<!doctype html><title>Parked domain</title>');
    };
    assert.equal((await rejection(client().getPractice())).kind, 'invalid_response');
  });

  it('rejects a list without items as an invalid response', async () => {
    handler = (_request, response) => json(response, 200, { groups: [] });
    assert.equal((await rejection(client().listGroups())).kind, 'invalid_response');
  });

  it('rejects a list whose next cursor is neither text nor null as an invalid response', async () => {
    handler = (_request, response) => json(response, 200, { items: [], nextCursor: 3 });
    assert.equal((await rejection(client().listGroups())).kind, 'invalid_response');
  });

  it('turns an HTML error page into a server error', async () => {
    handler = (_request, response) => {
      response.writeHead(500, { 'Content-Type': 'text/html' });
      response.end('<h1>Internal Server Error</h1>');
    };
    const error = await rejection(client().getPractice());
    assert.equal(error.kind, 'server');
    assert.equal(error.problem, undefined);
  });

  it('maps problem documents to validation, rate-limited, conflict and not-found', async () => {
    const cases = [
      {
        status: 400,
        extra: {
          fields: { format: 'must be one of in_person, online, hybrid' },
          codes: { format: 'invalid' },
        },
      },
      { status: 429, headers: { 'Retry-After': '7' } },
      { status: 409 },
      { status: 404 },
      { status: 413 },
    ];
    const kinds = [];
    for (const { status, extra, headers } of cases) {
      handler = (_request, response) => {
        response.writeHead(status, { 'Content-Type': 'application/problem+json', ...headers });
        response.end(JSON.stringify(problem(status, extra)));
      };
      const error = await rejection(client().getPractice());
      kinds.push(error.kind);
      if (status === 400) {
        assert.deepEqual(error.fields, { format: 'must be one of in_person, online, hybrid' });
        assert.deepEqual(error.problem?.codes, { format: 'invalid' });
      }
      if (status === 429) assert.equal(error.retryAfter, 7);
    }
    assert.deepEqual(kinds, ['validation', 'rate_limited', 'conflict', 'not_found', 'client']);
  });

  it('sends filters as repeated query parameters under the base path', async () => {
    handler = (_request, response) => json(response, 200, { items: [], nextCursor: null });
    const prefixed = createClient({ baseUrl: `${baseUrl}practices/riverbend` });
    await prefixed.listGroups({ topic: ['grief', 'anxiety'], format: ['online'], day: [2], q: '' });
    assert.equal(
      received[0].url,
      '/practices/riverbend/v1/groups?topic=grief&topic=anxiety&format=online&day=2',
    );
    assert.equal(received[0].headers.cookie, undefined);
  });
});

describe('POST requests', () => {
  it('send JSON with an Idempotency-Key, reused when the caller retries', async () => {
    handler = (_request, response) => json(response, 201, { id: 's1', status: 'requested' });
    const api = client();
    await api.post('v1/groups/g1/signups', { name: 'Sam' }, { idempotencyKey: 'key-1' });
    await api.post('v1/groups/g1/signups', { name: 'Sam' }, { idempotencyKey: 'key-1' });
    await api.post('v1/groups/g1/signups', { name: 'Sam' });
    await api.post('v1/groups/g1/signups', { name: 'Sam' });
    const keys = received.map((request) => request.headers['idempotency-key']);
    assert.equal(keys[0], 'key-1');
    assert.equal(keys[1], 'key-1');
    assert.ok(keys[2] && keys[3] && keys[2] !== keys[3], 'generated keys are fresh each time');
    assert.equal(received[0].headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(received[0].body), { name: 'Sam' });
  });

  it('are never retried by the client itself', async () => {
    handler = (_request, response) => json(response, 503, problem(503), 'application/problem+json');
    const error = await rejection(client().post('v1/stories', { body: 'x' }));
    assert.equal(error.kind, 'server');
    assert.equal(received.length, 1);
  });
});
