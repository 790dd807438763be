// CORS: the public API for the allowed origins only (other sites' pages get a 403 they can
// read), the widget files for any site.
import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from '../platform/config.js';
import type { AppEnv } from './env.js';
import { originNotAllowedProblem } from './problem.js';
import type { RefusedOriginLog } from './refused-origins.js';

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
 * The origins a page of this server itself has, for this request: the address the request was
 * sent to, `HEARTH_PUBLIC_URL`, and behind a trusted proxy the same host in the forwarded scheme.
 * For telling the server's own pages apart (a browser sends `Origin` on their POSTs too), never
 * for granting CORS: any client can name any `Host`.
 */
export function ownOrigins(
  c: Context,
  config: Pick<Config, 'publicUrl' | 'trustProxy'>,
): Set<string> {
  const url = new URL(c.req.url);
  const own = new Set([url.origin]);
  if (config.publicUrl) own.add(new URL(config.publicUrl).origin);
  // Behind a proxy that terminates HTTPS, the browser's origin is https:// on the same host.
  const proto = config.trustProxy
    ? c.req.header('x-forwarded-proto')?.split(',')[0]?.trim()
    : undefined;
  if (proto === 'https' || proto === 'http') own.add(`${proto}://${url.host}`);
  return own;
}

export interface ApiCorsOptions {
  /** The origins whose pages may read the answers: `corsOrigins(config)`. */
  allowed: readonly string[];
  /**
   * Given (the public API): a page of any other origin, unless it is this server's own
   * (`own`), gets a 403 problem it can read, and `log` is told; its preflight is answered so
   * that the request gets that far. Not given: such a page gets answers without CORS headers,
   * which its browser keeps from it.
   */
  refuse?: {
    own: (c: Context<AppEnv>) => ReadonlySet<string>;
    log: RefusedOriginLog;
  };
}

/**
 * CORS for the public API: the answers for the allowed origins' pages; for other sites' pages a
 * 403 they can read (with `refuse`), or nothing they can read (without).
 */
export function apiCors({ allowed: origins, refuse }: ApiCorsOptions): MiddlewareHandler<AppEnv> {
  const allowed = new Set(origins);
  return async (c, next) => {
    const origin = c.req.header('origin');
    const isAllowed = isAllowedOrigin(origin, allowed);
    if (c.req.method === 'OPTIONS' && origin && c.req.header('access-control-request-method')) {
      const headers: Record<string, string> = {
        Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
      };
      if (isAllowed || refuse) {
        headers['Access-Control-Allow-Origin'] = origin;
        headers['Access-Control-Allow-Methods'] = ALLOWED_METHODS;
        headers['Access-Control-Allow-Headers'] = ALLOWED_HEADERS;
        headers['Access-Control-Max-Age'] = '600';
      }
      return c.body(null, 204, headers);
    }
    // Before any other work: a refused request reads nothing, stores nothing, counts nothing.
    if (refuse && origin !== undefined && !isAllowed && !refuse.own(c).has(origin)) {
      refuse.log.refused(origin);
      throw originNotAllowedProblem(origin);
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
