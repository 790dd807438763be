// The Node HTTP server in front of the app: time limits on requests, a cap on connections per
// client address, and an answer with the security headers for what never reaches the app.
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Config } from '../platform/config.js';
import { rawProblemAnswer, securityHeaderEntries } from './headers.js';
import type { Logger } from '../platform/log.js';
import { addressGroup } from '../platform/address-group.js';

// A refused connection stays open this long so its request can arrive and the answer be read.
const REFUSED_LINGER_MS = 1000;
const REFUSED_RETRY_AFTER_SECONDS = 5;
// Refusals are counted and logged at most this often: a flood must not flood the log too.
const REFUSED_LOG_INTERVAL_MS = 60_000;

/**
 * A Node HTTP server for `listener` that gives each request `config.requestTimeoutMs` to
 * arrive whole (headers within `headersTimeoutMs`), answering 408 past it; refuses connections
 * past `maxConnectionsPerClient` from one address with 429; and answers requests Node cannot
 * read with a problem document. Every such answer carries the security headers.
 */
export function createEdgeServer(
  listener: RequestListener,
  config: Pick<
    Config,
    'requestTimeoutMs' | 'headersTimeoutMs' | 'maxConnectionsPerClient' | 'trustProxy'
  >,
  logger: Logger,
): Server {
  const requestTimeout = config.requestTimeoutMs;
  /** The response under way on each connection, so a timeout never writes over one. */
  const responses = new WeakMap<Duplex, ServerResponse>();
  const refused = new WeakSet<Duplex>();
  const server = createServer(
    {
      requestTimeout,
      headersTimeout: Math.min(config.headersTimeoutMs, requestTimeout),
      // How often Node looks for requests past their time (30 s by default).
      connectionsCheckingInterval: Math.min(1000, Math.ceil(requestTimeout / 4)),
    },
    (request: IncomingMessage, response: ServerResponse) => {
      if (refused.has(request.socket)) return;
      responses.set(request.socket, response);
      listener(request, response);
    },
  );
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const response = responses.get(socket);
    const answering = response !== undefined && response.headersSent && !response.writableFinished;
    if (error.code === 'ECONNRESET' || !socket.writable || answering) {
      socket.destroy();
      return;
    }
    const timedOut = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    if (timedOut) logger.info('a request did not arrive in time', { timeoutMs: requestTimeout });
    else logger.debug('a request could not be read as HTTP', { code: error.code });
    const answer = timedOut
      ? rawProblemAnswer(408, 'Request Timeout', 'The request did not arrive in time.')
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? rawProblemAnswer(431, 'Request Header Fields Too Large', 'The headers are too large.')
        : rawProblemAnswer(400, 'Bad Request', 'The request could not be read as HTTP.');
    // Closed once written: a timed-out request's reader then sees the connection end.
    socket.end(answer);
    (socket as Socket).destroySoon?.();
  });
  // Behind a proxy every connection comes from the proxy: the cap is the proxy's job there.
  if (config.maxConnectionsPerClient > 0 && !config.trustProxy) {
    capConnections(server, config.maxConnectionsPerClient, refused, logger);
  }
  return server;
}

function capConnections(
  server: Server,
  max: number,
  refused: WeakSet<Duplex>,
  logger: Logger,
): void {
  const open = new Map<string, number>();
  let refusedSinceLog = 0;
  let lastLog = -Infinity;
  // Before Node's own listener, so a refused connection is answered before its request is read.
  server.prependListener('connection', (socket: Socket) => {
    const address = addressGroup(socket.remoteAddress ?? 'unknown');
    const count = open.get(address) ?? 0;
    if (count >= max) {
      refused.add(socket);
      socket.end(
        rawProblemAnswer(
          429,
          'Too Many Requests',
          `At most ${max} connections from one address (or IPv6 /64) are served at a time.`,
          { 'Retry-After': String(REFUSED_RETRY_AFTER_SECONDS) },
        ),
      );
      socket.once('end', () => socket.destroy());
      setTimeout(() => socket.destroy(), REFUSED_LINGER_MS).unref();
      refusedSinceLog++;
      if (performance.now() - lastLog >= REFUSED_LOG_INTERVAL_MS) {
        logger.warn('refused connections past the per-client cap', {
          refused: refusedSinceLog,
          cap: max,
        });
        refusedSinceLog = 0;
        lastLog = performance.now();
      }
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}

/**
 * What the Node adapter answers for a request it cannot turn into a web `Request` (no usable
 * `Host`, an invalid target), and for errors outside the app: a problem document with the
 * security headers, instead of its bare 400 or 500.
 */
export function adapterErrorAnswer(logger: Logger) {
  return (error: unknown): Response => {
    const unreadable = error instanceof Error && error.name === 'RequestError';
    if (!unreadable) logger.error('the request failed outside the app', { error });
    const status = unreadable ? 400 : 500;
    const problem = unreadable
      ? { title: 'Bad request', detail: 'The request target or Host header is not valid.' }
      : { title: 'Something went wrong on our side', detail: 'Please try again in a moment.' };
    const headers = new Headers(securityHeaderEntries('', status, 'application/problem+json'));
    headers.set('Content-Type', 'application/problem+json');
    headers.set('Cache-Control', 'no-store');
    return new Response(JSON.stringify({ type: 'about:blank', status, ...problem }), {
      status,
      headers,
    });
  };
}
