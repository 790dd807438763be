import path from 'node:path';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ADMIN_PREFIX, createAdminApi } from './admin.js';
import { ADMIN_ICON_SVG, ADMIN_PAGE_CSS, adminPage } from './http/admin-page.js';
import type { Group, GroupFilters } from '../../src/api/types.js';
import type { Config, RateLimitClass } from './platform/config.js';
import { GROUPS_CSS, renderGroupsPage } from './groups/page.js';
import { encodeGroupCursor, parseGroupPaging } from './groups/paging.js';
import {
  apiCors,
  cachedJson,
  cachedPublicJson,
  cachedText,
  clientAddress,
  corsOrigins,
  matchesEtag,
  publicAssetCors,
  PublicResponseCache,
  readBody,
  RequestBodyAborted,
  requestLog,
  securityHeaders,
  type AppEnv,
  type PublicAnswer,
} from './http/http.js';
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
  validationProblem,
} from './http/problem.js';
import { parseGroupFilters } from './groups/query.js';
import { LoginThrottle } from './staff/login-throttle.js';
import { RateLimiter } from './platform/rate-limit.js';
import { addStoryRoutes, STORY_ROUTES } from './stories/routes.js';
import { addSignupRoutes, SIGNUPS_ROUTE } from './signups/routes.js';
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
}

/** Upcoming sessions in a group's own response (the list carries the default four). */
const GROUP_DETAIL_SESSIONS = 8;
const GROUP_ID = /^[A-Za-z0-9_-]{1,64}$/;
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
}: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  /** A public GET's answer, reused while the stored data and the clock leave it unchanged. */
  const publicJson = async (c: Context<AppEnv>, compute: () => Promise<PublicAnswer>) =>
    cachedPublicJson(c, publicCache, await store.dataVersion(), now(), compute);

  app.use('*', requestLog(logger), securityHeaders());
  // Staff routes get no CORS at all: the console is same-origin, and no other page may read them.
  const cors = apiCors(corsOrigins(config));
  app.use('/v1/*', (c, next) => (isStaffPath(c.req.path) ? next() : cors(c, next)));
  app.use('/healthz', cors);
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

  app.get('/v1/practice', (c) =>
    publicJson(c, async () => {
      const practice = await store.getPractice();
      if (!practice) throw notFoundProblem('This practice is not set up yet.');
      return { data: practice };
    }),
  );

  app.get('/v1/groups', (c) => {
    const params = new URL(c.req.url).searchParams;
    const { paging, fields } = parseGroupPaging(params);
    let filters: GroupFilters;
    try {
      filters = parseGroupFilters(params);
    } catch (error) {
      // Every invalid parameter in one answer, the filters' and the paging's alike.
      if (error instanceof HttpProblem && error.problem.fields) {
        throw validationProblem({ ...error.problem.fields, ...fields });
      }
      throw error;
    }
    if (Object.keys(fields).length > 0) throw validationProblem(fields);
    return publicJson(c, async () => {
      const { items, next } = await store.listGroupPage(filters, paging);
      const nextCursor = next ? encodeGroupCursor(next) : null;
      return { data: { items, nextCursor }, staleAt: firstSessionStart(items) };
    });
  });

  app.get('/v1/groups/:id', (c) => {
    const id = c.req.param('id');
    return publicJson(c, async () => {
      const group = GROUP_ID.test(id)
        ? await store.getGroup(id, { sessions: GROUP_DETAIL_SESSIONS })
        : undefined;
      if (!group) {
        throw notFoundProblem('There is no group with this id. It may have been archived.');
      }
      return { data: group, staleAt: firstSessionStart([group]) };
    });
  });

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

  // The plain HTML list of groups, for the embed snippet's <noscript> link.
  app.get('/groups', async (c) => {
    const practice = await store.getPractice();
    if (!practice) throw notFoundProblem('This practice is not set up yet.');
    const groups = await store.listGroups({}, { sessions: 1 });
    return cachedText(c, renderGroupsPage(practice, groups), 'text/html; charset=utf-8');
  });
  app.get('/admin', (c) => adminPage(c, config.distDir));
  app.get('/admin.css', (c) => cachedText(c, ADMIN_PAGE_CSS, 'text/css; charset=utf-8'));
  app.get('/admin-icon.svg', (c) => cachedText(c, ADMIN_ICON_SVG, 'image/svg+xml'));
  app.get('/groups.css', (c) => cachedText(c, GROUPS_CSS, 'text/css; charset=utf-8'));

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

/** Lists of next sessions change when the earliest of them starts. */
function firstSessionStart(groups: readonly Group[]): number | undefined {
  let first: number | undefined;
  for (const group of groups) {
    const start = group.nextSessions[0] === undefined ? NaN : Date.parse(group.nextSessions[0]);
    if (!Number.isNaN(start) && (first === undefined || start < first)) first = start;
  }
  return first;
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
