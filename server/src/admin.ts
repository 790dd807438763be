// The staff API, `/v1/admin/...`: every route but the login needs a session or a bearer token,
// and no answer is ever cached.
import { Hono } from 'hono';
import { addAccountRoutes } from './staff/routes.js';
import { addGroupAdminRoutes } from './groups/staff-routes.js';
import { addPracticeAdminRoutes } from './practice/staff-routes.js';
import { addSignupAdminRoutes } from './signups/staff-routes.js';
import { addStoryAdminRoutes } from './stories/staff-routes.js';
import type { AdminDeps } from './staff/support.js';
import { requireStaff, type AdminEnv } from './staff/auth.js';
import { addAuditRoutes } from './staff/audit-routes.js';

export const ADMIN_PREFIX = '/v1/admin';

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
  addAuditRoutes(admin, deps);

  return admin;
}
