import path from 'node:path';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ADMIN_PREFIX, createAdminApi } from './admin.js';
import { ADMIN_ICON_SVG, ADMIN_PAGE_CSS, adminPage } from './http/admin-page.js';
import { addGroupPageRoutes, addGroupRoutes } from './groups/routes.js';
import { addPracticeRoutes } from './practice/routes.js';
import type { Config, RateLimitClass } from './platform/config.js';
import { apiCors, corsOrigins, ownOrigins, publicAssetCors } from './http/cors.js';
import {
  cachedJson,
  cachedPublicJson,
  cachedText,
  matchesEtag,
  PublicResponseCache,
  type PublicAnswer,
} from './http/cache.js';
import { clientAddress } from './http/client-address.js';
import { readBody, RequestBodyAborted } from './http/body.js';
import { requestLog } from './http/request-log.js';
import { securityHeaders } from './http/headers.js';
import type { AppEnv } from './http/env.js';
import type { Logger } from './platform/log.js';
import { silentNotifier, type Notifier } from './platform/notify.js';
import { openApiDocument } from './http/openapi.js';
import {
  HttpProblem,
  internalProblem,
  methodNotAllowedProblem,
  notFoundProblem,
  payloadTooLargeProblem,
  problemResponse,
  rateLimitedProblem,
} from './http/problem.js';
import { LoginThrottle } from './staff/login-throttle.js';
import { RateLimiter } from './platform/rate-limit.js';
import { addStoryRoutes, STORY_ROUTES } from './stories/routes.js';
import { addSignupRoutes, SIGNUPS_ROUTE } from './signups/routes.js';
import { RefusedOriginLog } from './http/refused-origins.js';
import { readStaticFile } from './http/static.js';
import type { Store } from './store.js';

export interface AppOptions {
  store: Store;
  config: Config;
  logger: Logger;
  /** E-mails the practice about new sign-ups; none by default. */
  notifier?: Notifier;
  /** The clock for idempotency and rate limits; injectable for tests. */
  now?: () => Date;
  /** Counts public POSTs per client; one per app unless shared (tests inspect it). */
  rateLimiter?: RateLimiter;
  /** Counts staff sign-in attempts (in the database); one per app unless shared. */
  loginThrottle?: LoginThrottle;
  /** Public GET answers kept until the data changes; one per app unless shared (tests). */
  publicCache?: PublicResponseCache;
  /** Which refused origins were logged lately; one per app unless shared (tests). */
  refusedOrigins?: RefusedOriginLog;
}

const WIDGET_CACHE_CONTROL = 'public, max-age=300';
const PAGE_CACHE_CONTROL = 'no-cache';

/** Builds the HTTP application; it holds no state of its own, so tests can create many. */
export function createApp({
  store,
  config,
  logger,
  notifier = silentNotifier,
  now = () => new Date(),
  rateLimiter = new RateLimiter(store.rateLimits, now),
  loginThrottle = new LoginThrottle(store.staff, now),
  publicCache = new PublicResponseCache(),
  refusedOrigins = new RefusedOriginLog(logger, now),
}: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  /** A public GET's answer, reused while the stored data and the clock leave it unchanged. */
  const publicJson = async (c: Context<AppEnv>, compute: () => Promise<PublicAnswer>) =>
    cachedPublicJson(c, publicCache, await store.dataVersion(), now(), compute);

  app.use('*', requestLog(logger), securityHeaders());
  // Staff routes get no CORS at all: the console is same-origin, and no other page may read them.
  // The public API refuses other sites' pages with a 403 they can read, before any other work.
  const allowed = corsOrigins(config);
  const cors = apiCors({
    allowed,
    refuse: { own: (c) => ownOrigins(c, config), log: refusedOrigins },
  });
  app.use('/v1/*', (c, next) => (isStaffPath(c.req.path) ? next() : cors(c, next)));
  app.use('/healthz', apiCors({ allowed }));
  app.use('/hearth/*', publicAssetCors());
  // Every public POST is limited per client, before its body is even read. Staff requests are
  // not public: they need credentials, and sign-in failures have their own lockout.
  app.use('/v1/*', async (c, next) => {
    if (c.req.method !== 'POST' || c.req.path.startsWith(`${ADMIN_PREFIX}/`)) return next();
    const bucket = rateLimitClass(c.req.path);
    const verdict = await rateLimiter.hit(
      bucket,
      clientAddress(c, config.trustProxy),
      config.rateLimits[bucket],
    );
    if (!verdict.allowed) throw rateLimitedProblem(verdict.retryAfterSeconds);
    return next();
  });
  const limitBody = readBody(config.bodyLimitBytes, (c) =>
    problemResponse(c, payloadTooLargeProblem(config.bodyLimitBytes).problem),
  );
  // GET and HEAD have no body to limit; asking would build a full Request for every read.
  app.use('/v1/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next),
  );

  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }));

  addPracticeRoutes(app, { store, publicJson });
  addGroupRoutes(app, { store, publicJson });

  app.get('/v1/openapi.json', (c) => cachedJson(c, openApiDocument));

  app.route(
    ADMIN_PREFIX,
    createAdminApi({
      store,
      config,
      now,
      throttle: loginThrottle,
      passwordCost: config.passwordCost,
    }) as unknown as Hono<AppEnv>,
  );
  addSignupRoutes(app, { store, notifier, now });
  addStoryRoutes(app, { store, now, config, publicJson });

  // Known API paths answer other methods with 405 and `Allow`, not a misleading 404.
  for (const routePath of [
    '/healthz',
    '/v1/practice',
    '/v1/groups',
    '/v1/groups/:id',
    '/v1/openapi.json',
  ]) {
    app.all(routePath, () => {
      throw methodNotAllowedProblem(['GET', 'HEAD']);
    });
  }
  app.all(SIGNUPS_ROUTE, () => {
    throw methodNotAllowedProblem(['POST']);
  });
  app.all(STORY_ROUTES.list, () => {
    throw methodNotAllowedProblem(['GET', 'HEAD', 'POST']);
  });
  for (const routePath of [STORY_ROUTES.resonance, STORY_ROUTES.reports]) {
    app.all(routePath, () => {
      throw methodNotAllowedProblem(['POST']);
    });
  }

  addGroupPageRoutes(app, store);
  app.get('/admin', (c) => adminPage(c, config.distDir));
  app.get('/admin.css', (c) => cachedText(c, ADMIN_PAGE_CSS, 'text/css; charset=utf-8'));
  app.get('/admin-icon.svg', (c) => cachedText(c, ADMIN_ICON_SVG, 'image/svg+xml'));

  app.get('/hearth/*', (c) => serveFrom(c, config.distDir, '/hearth/', WIDGET_CACHE_CONTROL));
  app.get('/demo/*', (c) => serveFrom(c, config.demoDir, '/demo/', PAGE_CACHE_CONTROL));
  app.get('/', (c) => serveFrom(c, config.demoDir, '/', PAGE_CACHE_CONTROL, 'index.html'));

  app.notFound((c) => problemResponse(c, notFoundProblem().problem));
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problemResponse(c, error.problem, error.headers);
    if (error instanceof RequestBodyAborted) {
      // The client's doing (it left, or was too slow), not ours: no one is there to read this.
      logger.info('the client left before sending the whole body', {
        method: c.req.method,
        path: c.req.path,
        requestId: c.get('requestId'),
      });
      return problemResponse(c, bodyAbortedProblem);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse(c, {
        type: 'about:blank',
        title: error.message || 'Bad request',
        status: error.status,
      });
    }
    logger.error('unhandled error', {
      method: c.req.method,
      path: c.req.path,
      requestId: c.get('requestId'),
      error,
      stack: error instanceof Error ? error.stack : undefined,
    });
    return problemResponse(c, internalProblem);
  });

  return app;
}

const bodyAbortedProblem = {
  type: 'about:blank',
  title: 'Request timeout',
  status: 408,
  detail: 'The request body did not arrive in full.',
};

function isStaffPath(path: string): boolean {
  return path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`);
}

/** Each kind of public POST has its own limit (docs/configuration.md). */
function rateLimitClass(path: string): RateLimitClass {
  if (/^\/v1\/groups\/[^/]+\/signups$/.test(path)) return 'signups';
  if (path === '/v1/stories') return 'stories';
  if (/^\/v1\/stories\/[^/]+\/resonance$/.test(path)) return 'resonance';
  if (/^\/v1\/stories\/[^/]+\/reports$/.test(path)) return 'reports';
  return 'posts';
}

async function serveFrom(
  c: Context<AppEnv>,
  root: string,
  prefix: string,
  cacheControl: string,
  fixedFile?: string,
): Promise<Response> {
  // The raw, still-encoded path: decoding happens per segment in readStaticFile, so an encoded
  // slash or dot-dot can never turn into a path separator.
  const rawPath = new URL(c.req.url).pathname;
  const file = await readStaticFile(root, fixedFile ?? rawPath.slice(prefix.length));
  if (!file) {
    const isWidgetBundle = prefix === '/hearth/' && path.basename(rawPath).startsWith('hearth');
    throw notFoundProblem(
      isWidgetBundle
        ? 'The widget files are not built on this server. Run `npm run build` and restart.'
        : undefined,
    );
  }
  const headers = { ETag: file.etag, 'Cache-Control': cacheControl };
  if (matchesEtag(c.req.header('if-none-match'), file.etag)) return c.body(null, 304, headers);
  return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
    ...headers,
    'Content-Type': file.contentType,
  });
}
