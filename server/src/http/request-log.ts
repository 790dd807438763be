// One log line per request, with an id: never a query string, header or body.
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { pathWithoutQuery, type Logger } from '../platform/log.js';
import type { AppEnv } from './env.js';

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
