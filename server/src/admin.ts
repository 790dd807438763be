// The staff API, `/v1/admin/...`: every route but the login needs a session or a bearer token,
// and no answer is ever cached.
import { Hono } from 'hono';
import { addAccountRoutes } from './staff/routes.js';
import { addGroupAdminRoutes } from './groups/staff-routes.js';
import { addPracticeAdminRoutes } from './practice/staff-routes.js';
import { addSignupAdminRoutes } from './signups/staff-routes.js';
import { addStoryAdminRoutes } from './stories/staff-routes.js';
import type { AdminDeps } from './staff/support.js';
import { NO_STORE } from './http/request.js';
import { requireRole, requireStaff, type AdminEnv } from './staff/auth.js';
import { validationProblem } from './http/problem.js';

export const ADMIN_PREFIX = '/v1/admin';
const AUDIT_PAGE = { default: 50, max: 200 } as const;
const CURSOR = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\|([A-Za-z0-9-]{1,64})$/;

export function createAdminApi(deps: AdminDeps): Hono<AdminEnv> {
  const admin = new Hono<AdminEnv>();
  admin.use('*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });
  admin.use(
    '*',
    requireStaff({
      store: deps.store,
      config: deps.config,
      now: deps.now,
      open: new Set([`${ADMIN_PREFIX}/login`]),
    }),
  );

  addAccountRoutes(admin, deps);
  addStoryAdminRoutes(admin, deps);
  addSignupAdminRoutes(admin, deps);
  addGroupAdminRoutes(admin, deps);
  addPracticeAdminRoutes(admin, deps);

  admin.get('/audit', requireRole('owner'), async (c) => {
    const params = new URL(c.req.url).searchParams;
    const rawLimit = params.get('limit');
    const limit = rawLimit === null ? AUDIT_PAGE.default : Number(rawLimit);
    const cursor = params.get('cursor');
    const match = cursor === null ? undefined : CURSOR.exec(cursor);
    const fields: Record<string, string> = {};
    if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_PAGE.max) {
      fields.limit = `A whole number from 1 to ${AUDIT_PAGE.max}.`;
    }
    if (cursor !== null && !match) fields.cursor = 'Pass the `nextCursor` of the previous page.';
    if (Object.keys(fields).length > 0) throw validationProblem(fields);
    const items = await deps.store.staff.listAudit({
      limit: limit + 1,
      before: match ? { at: match[1]!, id: match[2]! } : undefined,
      action: params.get('action') ?? undefined,
      actorId: params.get('actor') ?? undefined,
      targetId: params.get('target') ?? undefined,
    });
    const page = items.slice(0, limit);
    const last = page[page.length - 1];
    return c.json(
      { items: page, nextCursor: items.length > limit && last ? `${last.at}|${last.id}` : null },
      200,
      NO_STORE,
    );
  });

  return admin;
}
