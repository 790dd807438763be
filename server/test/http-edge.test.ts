// The HTTP edge, spoken to over raw sockets: slow and abandoned requests, connections per
// client, the server's own origin, and the security headers on every kind of answer.
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../src/platform/config.js';
import { corsOrigins } from '../src/http/cors.js';
import { NO_RATE_LIMITS } from './fixtures.js';
import { startTestServer, type TestServer } from './helpers.js';

interface RawAnswer {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
}

/** A connection to `server`, from `localAddress` (any 127.x.y.z is this machine too). */
function open(server: TestServer, localAddress = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port: server.port, host: '127.0.0.1', localAddress }, () =>
      resolve(socket),
    );
    socket.once('error', reject);
  });
}

/**
 * The first answer on `socket`, or undefined when none comes within `withinMs`. Resolves once the
 * declared body is in, or when the server closes the connection.
 */
function answerOn(socket: Socket, withinMs = 5000): Promise<RawAnswer | undefined> {
  return new Promise((resolve) => {
    let received = Buffer.alloc(0);
    const finish = (answer: RawAnswer | undefined) => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('close', onClose);
      resolve(answer);
    };
    const parse = (): RawAnswer | undefined => {
      const text = received.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return undefined;
      const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      return { status: Number(statusLine.split(' ')[1]), headers, body: text.slice(end + 4) };
    };
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const answer = parse();
      if (!answer) return;
      // Without a length (and not chunked) the answer has no body.
      const declared = answer.headers['content-length'];
      const length =
        declared === undefined && !answer.headers['transfer-encoding'] ? 0 : Number(declared);
      if (Buffer.byteLength(answer.body, 'latin1') >= length) finish(answer);
    };
    const onClose = () => finish(parse());
    const timer = setTimeout(() => finish(undefined), withinMs);
    socket.on('data', onData);
    socket.on('close', onClose);
    socket.on('error', () => {});
  });
}

/** Resolves true once the server has closed `socket`, false if it is still open after `withinMs`. */
function closedWithin(socket: Socket, withinMs: number): Promise<boolean> {
  if (socket.destroyed || socket.readableEnded) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), withinMs);
    const done = () => {
      clearTimeout(timer);
      resolve(true);
    };
    socket.once('end', done);
    socket.once('close', done);
    socket.resume();
  });
}

async function exchange(
  server: TestServer,
  request: string,
  localAddress?: string,
): Promise<RawAnswer | undefined> {
  const socket = await open(server, localAddress);
  const answer = answerOn(socket);
  socket.write(request);
  try {
    return await answer;
  } finally {
    socket.destroy();
  }
}

const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

function assertSecurityHeaders(answer: RawAnswer | undefined, label: string): void {
  assert.ok(answer, `${label}: no answer`);
  assert.equal(answer.headers['x-content-type-options'], 'nosniff', label);
  assert.equal(answer.headers['referrer-policy'], 'no-referrer', label);
  assert.equal(answer.headers['content-security-policy'], DATA_CSP, label);
  assert.ok(answer.headers['cross-origin-resource-policy'], label);
}

function assertProblem(answer: RawAnswer | undefined, status: number, label: string): void {
  assert.ok(answer, `${label}: no answer`);
  assert.equal(answer.status, status, label);
  assert.equal(answer.headers['content-type'], 'application/problem+json', label);
  assert.equal((JSON.parse(answer.body) as { status: number }).status, status, label);
  assertSecurityHeaders(answer, label);
}

const post = (path: string, length: number) =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
  `Content-Length: ${length}\r\n\r\n`;

describe('slow and abandoned requests', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ requestTimeoutMs: 1000, ...NO_RATE_LIMITS });
  });
  after(() => server.stop());

  it('answers a body that stalls with 408 and the security headers, then closes', async () => {
    const socket = await open(server);
    const answer = answerOn(socket);
    socket.write(post('/v1/stories', 200) + '{"text":"');
    assertProblem(await answer, 408, 'stalled body');
    assert.ok(await closedWithin(socket, 2000), 'the connection is closed');
    socket.destroy();
    await sleep(100);
    assert.ok(!server.logs.some((line) => line.level === 'error'), JSON.stringify(server.logs));
  });

  it('answers headers that trickle in with 408', async () => {
    const socket = await open(server);
    const answer = answerOn(socket);
    socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    assertProblem(await answer, 408, 'stalled headers');
    socket.destroy();
  });

  it('logs a client that leaves mid-body at info, without a 500 or a stack', async () => {
    const socket = await open(server);
    socket.write(post('/v1/stories', 200) + '{"text":"');
    await sleep(100);
    socket.destroy();
    let line: Record<string, unknown> | undefined;
    for (let tries = 0; tries < 50 && !line; tries++) {
      await sleep(50);
      line = server.logs.find((entry) => entry.msg === 'request' && entry.path === '/v1/stories');
    }
    assert.ok(line, 'the request is logged');
    assert.notEqual(line.status, 500);
    const left = server.logs.find((entry) => /left/.test(String(entry.msg)));
    assert.ok(left, JSON.stringify(server.logs));
    assert.ok(left.level === 'info' || left.level === 'warn', String(left.level));
    assert.ok(!server.logs.some((entry) => entry.level === 'error' || 'stack' in entry));
  });
});

describe('connections per client', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ maxConnectionsPerClient: 2 });
  });
  after(() => server.stop());

  it('refuses a connection past the cap with 429 and the security headers', async () => {
    // From an address of its own: the test's fetch keeps connections from 127.0.0.1 open.
    const client = '127.0.0.2';
    const held = [await open(server, client), await open(server, client)];
    const extra = await open(server, client);
    const answer = await answerOn(extra, 2000);
    assertProblem(answer, 429, 'connection past the cap');
    assert.ok(answer!.headers['retry-after'], 'says when to retry');
    assert.ok(await closedWithin(extra, 2000), 'the refused connection is closed');
    extra.destroy();

    // Other addresses are not affected; held connections still work.
    assert.equal((await exchange(server, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n'))?.status, 200);
    const healthz = answerOn(held[0]!);
    held[0]!.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    assert.equal((await healthz)?.status, 200);

    // A closed connection frees its place.
    held[1]!.destroy();
    let status: number | undefined;
    for (let tries = 0; tries < 20 && status !== 200; tries++) {
      await sleep(50);
      status = (await exchange(server, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n', client))?.status;
    }
    assert.equal(status, 200);
    held[0]!.destroy();
  });
});

describe('the server’s own origin', () => {
  let server: TestServer;
  const PUBLIC = 'https://hearth.practice.example';
  const LISTED = 'https://mypractice.example';

  before(async () => {
    server = await startTestServer({ publicUrl: `${PUBLIC}/`, allowedOrigins: [LISTED] });
  });
  after(() => server.stop());

  const get = (path: string, host: string, origin: string) =>
    exchange(server, `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${origin}\r\n\r\n`);

  it('comes from configuration, never from Host', async () => {
    // Twice: the app answers the first, the kept-answer fast path the second.
    for (const round of [1, 2]) {
      const spoofed = await get('/v1/groups', 'evil.example', 'http://evil.example');
      assert.equal(spoofed?.status, 200);
      assert.equal(spoofed?.headers['access-control-allow-origin'], undefined, `round ${round}`);
      const own = await get('/v1/groups', 'evil.example', PUBLIC);
      assert.equal(own?.headers['access-control-allow-origin'], PUBLIC, `round ${round}`);
    }
  });

  it('defaults to localhost at the configured port, and follows HEARTH_PUBLIC_URL', () => {
    const local = corsOrigins(loadConfig({ PORT: '8080' }));
    assert.ok(local.includes('http://localhost:8080'));
    assert.ok(!local.some((origin) => origin.includes('evil')));
    const proxied = corsOrigins(loadConfig({ HEARTH_PUBLIC_URL: `${PUBLIC}/hearth/` }));
    assert.deepEqual(proxied, [PUBLIC]);
  });

  it('gives staff routes no CORS headers, even for a listed origin', async () => {
    const read = await get('/v1/admin/session', '127.0.0.1', LISTED);
    assert.ok(read);
    const cors = Object.keys(read.headers).filter((name) => name.startsWith('access-control-'));
    assert.deepEqual(cors, []);

    const preflight = await exchange(
      server,
      'OPTIONS /v1/admin/session HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
        `Origin: ${LISTED}\r\nAccess-Control-Request-Method: POST\r\n\r\n`,
    );
    assert.ok(preflight);
    assert.equal(preflight.headers['access-control-allow-origin'], undefined);
    assert.equal(preflight.headers['access-control-allow-methods'], undefined);

    // The public API still answers the listed origin.
    const publicRead = await get('/v1/practice', '127.0.0.1', LISTED);
    assert.equal(publicRead?.headers['access-control-allow-origin'], LISTED);
  });
});

describe('security headers on every kind of answer', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  const get = (path: string, extra = '') =>
    exchange(server, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}\r\n`);

  it('on API answers and 404s, of the API and of static routes', async () => {
    assertSecurityHeaders(await get('/healthz'), 'GET /healthz');
    assertProblem(await get('/v1/nothing-here'), 404, 'API 404');
    assertProblem(await get('/hearth/nope.js'), 404, 'widget file 404');
    assertProblem(await get('/demo/nope.css'), 404, 'demo file 404');
  });

  it('on requests Node cannot parse: 400 and 431', async () => {
    assertProblem(await get('/healthz', 'Bad\u0001Header: 1\r\n'), 400, 'malformed header');
    assertProblem(await get('/healthz', `X-Big: ${'a'.repeat(20_000)}\r\n`), 431, 'huge header');
  });

  it('on requests the adapter refuses: a Host that is not a host', async () => {
    const answer = await exchange(server, 'GET /healthz HTTP/1.1\r\nHost: a/b\r\n\r\n');
    assertProblem(answer, 400, 'bad Host');
  });
});
