import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { addressGroup } from '../platform/address-group.js';
import type { Config } from '../platform/config.js';
import { pathWithoutQuery, type Logger } from '../platform/log.js';

export interface AppEnv {
  Variables: { requestId: string };
}

export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/** The page CSP: the demo (and any page we serve) runs with no inline script or style. */
export const HTML_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

// API responses are data, never documents: nothing in them may load or be framed.
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

const INCOMING_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Gives each request an id (a proxy's `X-Request-Id` when it looks safe) and logs one line. */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = requestIdFor(c.req.header('x-request-id'));
    c.set('requestId', requestId);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    logRequest(logger, c.req.method, c.req.path, c.res.status, started, requestId);
  };
}

/** A proxy's `X-Request-Id` when it looks safe, else a new one. */
export function requestIdFor(incoming: string | undefined): string {
  return incoming && INCOMING_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** The one line logged per request: never a query string, header or body. */
export function logRequest(
  logger: Logger,
  method: string,
  path: string,
  status: number,
  started: number,
  requestId: string,
): void {
  logger.info('request', {
    method,
    path: pathWithoutQuery(path),
    status,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
    requestId,
  });
}

/** Security headers on every response; page-level ones only where they mean something. */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    const contentType = headers.get('content-type') ?? '';
    for (const [name, value] of securityHeaderEntries(c.req.path, c.res.status, contentType)) {
      headers.set(name, value);
    }
  };
}

/**
 * The security headers of a response with this status and content type to `path`: the one
 * definition, used by the app, the fast path and the answers written straight to the socket.
 */
export function securityHeaderEntries(
  path: string,
  status: number,
  contentType: string,
): [name: string, value: string][] {
  const entries: [string, string][] = [
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
  ];
  // A 304's headers replace the cached response's: it must not swap a page's policy for the
  // API's, or a revisited page loses its own script and stylesheet. It keeps what it carried.
  if (status !== 304) {
    if (contentType.startsWith('text/html')) {
      entries.push(['Content-Security-Policy', HTML_CSP], ['X-Frame-Options', 'DENY']);
    } else {
      entries.push(['Content-Security-Policy', DATA_CSP]);
    }
  }
  // Widget files are meant to be loaded by other sites; everything else stays ours.
  const isWidgetFile = path.startsWith('/hearth/');
  entries.push(['Cross-Origin-Resource-Policy', isWidgetFile ? 'cross-origin' : 'same-origin']);
  return entries;
}

/**
 * A whole problem answer as raw HTTP/1.1, for what Node answers before any request object
 * exists (unreadable requests, timeouts, refused connections); the connection is then closed.
 */
export function rawProblemAnswer(
  status: number,
  title: string,
  detail: string,
  headers: Record<string, string> = {},
): string {
  const body = JSON.stringify({ type: 'about:blank', title, status, detail });
  const lines = [
    `HTTP/1.1 ${status} ${title}`,
    'Content-Type: application/problem+json',
    'Cache-Control: no-store',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ...securityHeaderEntries('', status, 'application/problem+json').map(
      ([name, value]) => `${name}: ${value}`,
    ),
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

const ALLOWED_METHODS = 'GET, HEAD, POST, OPTIONS';
const ALLOWED_HEADERS = 'Content-Type, Idempotency-Key';
export const EXPOSED_HEADERS = 'ETag, Retry-After, X-Request-Id, Idempotent-Replayed';

/**
 * The origins whose pages may read the public API: the listed ones and the server's own. The
 * own origin comes from configuration (`HEARTH_PUBLIC_URL`, else loopback at the configured
 * port), never from the request's `Host`, which any client can set.
 */
export function corsOrigins(
  config: Pick<Config, 'allowedOrigins' | 'publicUrl' | 'port'>,
): string[] {
  const own = config.publicUrl
    ? [new URL(config.publicUrl).origin]
    : config.port === 0
      ? []
      : [`http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`];
  return [...new Set([...own, ...config.allowedOrigins])];
}

/**
 * CORS for the public API: only `origins` (see `corsOrigins`) get `Access-Control-*` headers;
 * any other origin gets none, so the browser blocks it.
 */
export function apiCors(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  const allowed = new Set(origins);
  return async (c, next) => {
    const origin = c.req.header('origin');
    const isAllowed = isAllowedOrigin(origin, allowed);
    if (c.req.method === 'OPTIONS' && origin && c.req.header('access-control-request-method')) {
      const headers: Record<string, string> = {
        Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
      };
      if (isAllowed) {
        headers['Access-Control-Allow-Origin'] = origin;
        headers['Access-Control-Allow-Methods'] = ALLOWED_METHODS;
        headers['Access-Control-Allow-Headers'] = ALLOWED_HEADERS;
        headers['Access-Control-Max-Age'] = '600';
      }
      return c.body(null, 204, headers);
    }
    await next();
    c.res.headers.append('Vary', 'Origin');
    if (isAllowed) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
  };
}

/** Whether `origin` may read the public API's answers. */
export function isAllowedOrigin(
  origin: string | undefined,
  allowed: ReadonlySet<string>,
): origin is string {
  return origin !== undefined && allowed.has(origin);
}

/** Public widget files: any site may load them (module scripts are fetched with CORS). */
export function publicAssetCors(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    c.res.headers.set('Access-Control-Allow-Origin', '*');
  };
}

/** The client closed the connection, or it was cut, before its whole body arrived. */
export class RequestBodyAborted extends Error {
  override name = 'RequestBodyAborted';
  constructor() {
    super('The client left before sending the whole body.');
  }
}

/** Bodies read by `readBody`, by request: what `requestText` gives the routes. */
const bodiesRead = new WeakMap<Request, string>();
const utf8 = new TextDecoder();

/**
 * Caps a request body at `maxBytes` (`tooLarge` answers past it, before reading it when its
 * declared length already says so) and reads it once, straight from Node's stream: through the
 * framework, each POST built a web `Request` and stream only to be read whole. Routes read it
 * with `requestText`. Not on a Node socket (`app.request()`), the framework's limit does it.
 */
export function readBody(
  maxBytes: number,
  tooLarge: (c: Context) => Response,
): MiddlewareHandler<AppEnv> {
  const viaFramework = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (!incoming) return viaFramework(c, next);
    const declared = incoming.headers['content-length'];
    if (declared !== undefined && incoming.headers['transfer-encoding'] === undefined) {
      if (Number(declared) > maxBytes) return tooLarge(c);
    }
    const body = await readWithin(incoming, maxBytes);
    if (body === undefined) return tooLarge(c);
    // As `Request.text()` decodes: UTF-8, a leading BOM dropped, bad bytes replaced.
    bodiesRead.set(c.req.raw, utf8.decode(body));
    return next();
  };
}

/** The request body as text: as `readBody` read it, else through the framework. */
export function requestText(c: Context): Promise<string> {
  const text = bodiesRead.get(c.req.raw);
  return text === undefined ? c.req.text() : Promise.resolve(text);
}

/**
 * The whole body, or undefined as soon as it passes `maxBytes`: the rest is left unread (the
 * Node adapter drains it after the answer), so the client still gets the answer, not a reset.
 */
function readWithin(incoming: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onAborted);
      incoming.off('close', onAborted);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      stop();
      incoming.pause();
      resolve(undefined);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, size));
    };
    // Errors of the incoming stream are the connection's: a reset, or a timeout that cut it.
    const onAborted = () => {
      stop();
      reject(new RequestBodyAborted());
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onAborted);
    incoming.on('close', onAborted);
  });
}

/**
 * Sends a cacheable JSON body with a strong `ETag` (hash of the exact bytes), answering
 * 304 when the client's `If-None-Match` still matches.
 */
export function cachedJson(c: Context, data: unknown): Response {
  return cachedText(c, JSON.stringify(data), 'application/json; charset=utf-8');
}

/** The same for any text body: a public page or stylesheet. */
export function cachedText(c: Context, body: string, contentType: string): Response {
  return sendWithEtag(c, { body, etag: etagOf(body) }, contentType);
}

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

function sendWithEtag(
  c: Context,
  { body, etag }: { body: string | Uint8Array; etag: string },
  contentType: string,
): Response {
  const headers = { ETag: etag, 'Cache-Control': PUBLIC_CACHE_CONTROL };
  if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
  return typeof body === 'string'
    ? c.body(body, 200, { ...headers, 'Content-Type': contentType })
    : c.body(body as Uint8Array<ArrayBuffer>, 200, { ...headers, 'Content-Type': contentType });
}

/** What a public GET computes: the data, and when it goes stale by itself (ms since epoch). */
export interface PublicAnswer {
  data: unknown;
  /** E.g. the first listed session starting: the list of next sessions changes then. */
  staleAt?: number;
}

interface CachedAnswer {
  /** UTF-8, encoded once: sending it again costs no conversion and half the memory. */
  body: Uint8Array;
  etag: string;
  version: string;
  expiresAt: number;
}

const encoder = new TextEncoder();

/** Even with no change in the data, an answer is computed afresh at least this often. */
const CACHE_MAX_AGE_MS = 60_000;

/**
 * Public GET answers (practice, groups, stories), kept as the exact bytes sent with their ETag
 * for as long as the store's data version stays the same, so a busy page costs one query of the
 * version instead of the queries, decryption, JSON and hashing of each answer. Bounded in count
 * and bytes, oldest out first: a flood of distinct queries only evicts.
 */
export class PublicResponseCache {
  private readonly entries = new Map<string, CachedAnswer>();
  /** Answers being computed, so many requests at once for a cold key compute it once. */
  private readonly pending = new Map<string, { version: string; answer: Promise<CachedAnswer> }>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 500,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  async get(
    key: string,
    version: string,
    now: number,
    compute: () => Promise<PublicAnswer>,
  ): Promise<{ body: Uint8Array; etag: string }> {
    const hit = this.peek(key, version, now);
    if (hit) return hit;
    const running = this.pending.get(key);
    if (running?.version === version) return running.answer;
    const answer = compute().then(({ data, staleAt }) => {
      const text = JSON.stringify(data);
      const entry: CachedAnswer = {
        body: encoder.encode(text),
        etag: etagOf(text),
        version,
        expiresAt: Math.min(staleAt ?? Infinity, now + CACHE_MAX_AGE_MS),
      };
      this.store(key, entry);
      return entry;
    });
    this.pending.set(key, { version, answer });
    try {
      return await answer;
    } finally {
      if (this.pending.get(key)?.answer === answer) this.pending.delete(key);
    }
  }

  /** The kept answer for `key`, if it is still good for this data version and time. */
  peek(key: string, version: string, now: number): { body: Uint8Array; etag: string } | undefined {
    const hit = this.entries.get(key);
    return hit && hit.version === version && hit.expiresAt > now ? hit : undefined;
  }

  /** How many answers are kept (tests). */
  get size(): number {
    return this.entries.size;
  }

  private store(key: string, entry: CachedAnswer): void {
    this.remove(key);
    const size = entry.body.byteLength;
    if (size > this.maxBytes / 4) return;
    this.entries.set(key, entry);
    this.bytes += size;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.remove(oldest);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.byteLength;
    this.entries.delete(key);
  }
}

/**
 * Answers a public GET from the cache (computing it when the data changed or it went stale),
 * with its ETag, 304 to a matching `If-None-Match`. The key is the path and query as sent.
 */
export async function cachedPublicJson(
  c: Context,
  cache: PublicResponseCache,
  version: string,
  now: Date,
  compute: () => Promise<PublicAnswer>,
): Promise<Response> {
  const url = new URL(c.req.url);
  const answer = await cache.get(`${url.pathname}${url.search}`, version, now.getTime(), compute);
  return sendWithEtag(c, answer, 'application/json; charset=utf-8');
}

/** `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2): `W/` prefixes are ignored. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => strip(tag) === strip(etag));
}

/**
 * The client as every public limit counts it: the address group (`addressGroup`: an IPv4
 * address, or an IPv6 /64) of the socket's peer, or, when the server is told it sits behind a
 * proxy, of the last `X-Forwarded-For` entry (the one the proxy itself added; earlier entries
 * come from the client and can be forged).
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').pop()?.trim();
    if (forwarded) return addressGroup(forwarded);
  }
  try {
    return addressGroup(getConnInfo(c).remote.address ?? 'unknown');
  } catch {
    // Not running on a Node socket (e.g. `app.request()` in a test).
    return 'unknown';
  }
}
