// Security headers on every answer, and the raw problem answer the edge sends before the app.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

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
