// CORS: the public API for the allowed origins only, the widget files for any site.
import type { MiddlewareHandler } from 'hono';
import type { Config } from '../platform/config.js';
import type { AppEnv } from './env.js';

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
