import type {
  IncomingMessage,
  OutgoingHttpHeaders,
  RequestListener,
  ServerResponse,
} from 'node:http';
import { EXPOSED_HEADERS, isAllowedOrigin } from './cors.js';
import { logRequest, requestIdFor } from './request-log.js';
import { matchesEtag, PUBLIC_CACHE_CONTROL, type PublicResponseCache } from './cache.js';
import { securityHeaderEntries } from './headers.js';
import type { Logger } from '../platform/log.js';
import type { Store } from '../store.js';

export interface PublicFastPathOptions {
  /** The answers the app keeps (app.ts `publicJson`): the fast path only ever reads them. */
  cache: PublicResponseCache;
  store: Pick<Store, 'dataVersion'>;
  now: () => Date;
  logger: Logger;
  /** Origins given CORS headers: `corsOrigins(config)`, as the app's; others go to the app. */
  allowedOrigins: readonly string[];
}

/**
 * Handles the request and resolves `true`, or resolves `false` without touching it, so the
 * app answers instead.
 */
export type FastPath = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

// The public GETs whose answers are kept, with a query only of characters that the WHATWG URL
// parser leaves as they are: the request target is then exactly the path and query the app
// keys its answer by. Anything else (other characters, dot segments, absolute form) goes to the app.
const PUBLIC_TARGET =
  /^\/v1\/(?:practice|groups|stories|groups\/[A-Za-z0-9_-]{1,64})(?:\?[A-Za-z0-9._~%=&+,:-]+)?$/;
const PLAIN_HOST = /^[A-Za-z0-9.-]{1,253}(?::\d{1,5})?$/;
const JSON_TYPE = 'application/json; charset=utf-8';
// What the Node adapter puts on a body-less response that has no type: the same here.
const EMPTY_BODY_TYPE = 'text/plain; charset=UTF-8';

/**
 * Answers a public GET that the app has already answered, while its kept answer is still good:
 * the same bytes, status (200, or 304 to a matching `If-None-Match`), headers and log line as
 * the app would give (request id, security headers, CORS, ETag and caching), without building
 * the framework's request and response objects or running its middleware. Everything else —
 * a first request, changed data, other methods, unusual URLs or hosts, pages of origins that
 * are not allowed — goes to the app, which computes and keeps the answer (or refuses it).
 * Validation is not skipped: an answer is only kept for a path and query the app accepted, and
 * the same path and query always reach the same route.
 */
export function createPublicFastPath({
  cache,
  store,
  now,
  logger,
  allowedOrigins,
}: PublicFastPathOptions): FastPath {
  const allowed = new Set(allowedOrigins);
  // Hosts come in one or two spellings per deployment: remember the last one checked.
  let lastHost = '';
  let lastAccepted = false;

  /** Whether the adapter takes this host: one that does not survive parsing unchanged is refused. */
  const acceptsHost = (host: string): boolean => {
    if (host === lastHost) return lastAccepted;
    let accepted = false;
    try {
      const url = new URL(`http://${host}`);
      accepted = url.hostname.length === host.length || url.hostname === host.replace(/:\d+$/, '');
    } catch {
      accepted = false;
    }
    lastHost = host;
    lastAccepted = accepted;
    return accepted;
  };

  return async (request, response) => {
    const started = performance.now();
    const target = request.url ?? '';
    if (request.method !== 'GET' || !PUBLIC_TARGET.test(target)) return false;
    const origin = single(request.headers.origin);
    // Another site's page is the app's to answer (a 403, or the server's own page): only a request
    // without an Origin, or from an allowed one, gets the kept answer here.
    if (origin !== undefined && !isAllowedOrigin(origin, allowed)) return false;
    const host = request.headers.host;
    if (host === undefined || !PLAIN_HOST.test(host)) return false;
    if (!acceptsHost(host)) return false;
    const answer = cache.peek(target, await store.dataVersion(), now().getTime());
    if (!answer || response.headersSent) return false;

    const headers = request.headers;
    const requestId = requestIdFor(single(headers['x-request-id']));
    const status = matchesEtag(headers['if-none-match'], answer.etag) ? 304 : 200;
    const entries: [string, string | number][] = [
      ['ETag', answer.etag],
      ['Cache-Control', PUBLIC_CACHE_CONTROL],
      ['Vary', 'Origin'],
      ['X-Request-Id', requestId],
      ...securityHeaderEntries(target, status, status === 200 ? JSON_TYPE : ''),
    ];
    if (status === 200) entries.push(['Content-Type', JSON_TYPE]);
    if (origin !== undefined) {
      entries.push(
        ['Access-Control-Allow-Origin', origin],
        ['Access-Control-Expose-Headers', EXPOSED_HEADERS],
      );
    }
    response.writeHead(status, adapterOrder(entries, status, answer.body.byteLength));
    response.end(status === 200 ? answer.body : undefined);
    logRequest(logger, 'GET', target, status, started, requestId);
    return true;
  };
}

/** A Node request listener: the fast path first, then `toApp` for whatever it leaves. */
export function withFastPath(
  fastPath: FastPath,
  toApp: (request: IncomingMessage, response: ServerResponse) => unknown,
): RequestListener {
  return (request, response) => {
    fastPath(request, response).then(
      (handled) => {
        if (!handled) void toApp(request, response);
      },
      // Whatever went wrong before answering (the database closing, say), the app answers.
      () => {
        if (!response.headersSent) void toApp(request, response);
      },
    );
  };
}

/**
 * The headers as the Node adapter writes the app's: lower-case names in alphabetical order (the
 * order of a `Headers` object), then its length, or for a body-less answer its default type.
 */
function adapterOrder(
  entries: [string, string | number][],
  status: number,
  length: number,
): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  const named = entries.map(([name, value]) => [name.toLowerCase(), value] as const);
  named.sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [name, value] of named) headers[name] = value;
  if (status === 200) headers['Content-Length'] = length;
  else headers['content-type'] = EMPTY_BODY_TYPE;
  return headers;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
