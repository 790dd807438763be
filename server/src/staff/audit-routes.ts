// The audit log for owners, `GET /v1/admin/audit`: newest first, a page at a time, filtered by
// action, actor or target.
import type { Hono } from 'hono';
import { validationProblem } from '../http/problem.js';
import { NO_STORE } from '../http/request.js';
import { requireRole, type AdminEnv } from './auth.js';
import type { AdminDeps } from './support.js';

const AUDIT_PAGE = { default: 50, max: 200 } as const;
const CURSOR = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\|([A-Za-z0-9-]{1,64})$/;

export function addAuditRoutes(admin: Hono<AdminEnv>, deps: AdminDeps): void {
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
}
