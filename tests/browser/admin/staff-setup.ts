/**
 * The staff and activity log tests share this: a fake of the owners' routes, the team and log
 * entries they start from, and opening the staff section.
 */
import type { AuditEntry, StaffMember, StaffRole } from '../../../src/api/contract/staff.js';
import type { HearthAdmin } from '../../../src/admin/admin.js';
import { $, $$ } from '../helpers/dom.js';
import { admin, chooseView, json, problem, session } from './admin.fake.js';

export const ONE_TIME = 'Xk4pQ9mWz2Lr7TfB3nHc';

export const member = (
  id: string,
  email: string,
  changes: Partial<StaffMember> = {},
): StaffMember => ({
  id,
  email,
  role: 'staff',
  mustChangePassword: false,
  totpEnabled: false,
  disabled: false,
  createdAt: '2026-10-01T12:00:00.000Z',
  ...changes,
});

/** The fake session's own account (`staff-1`), and two colleagues. */
export const team = () => [
  member('staff-1', 'ana@practice.test', { role: 'owner', totpEnabled: true }),
  member('staff-2', 'ben@practice.test'),
  member('staff-3', 'cleo@practice.test', { disabled: true, mustChangePassword: true }),
];

export const entry = (id: string, action: string, at: string, changes: Partial<AuditEntry> = {}) =>
  ({
    id,
    at,
    actor: { id: 'staff-1', email: 'ana@practice.test' },
    via: 'session',
    action,
    targetType: null,
    targetId: null,
    detail: null,
    ...changes,
  }) satisfies AuditEntry;

type Answer = () => Response | Promise<Response>;

export interface StaffOptions {
  role?: StaffRole;
  staff?: StaffMember[] | 'error' | 'pending';
  answers?: Record<string, Answer | Answer[]>;
}

const withStatus = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

/** The owners' routes of the staff API, as the reference server answers them. */
export function staffApi(options: StaffOptions = {}) {
  let list = options.staff ?? team();
  return ({
    method,
    path,
    body,
  }: {
    method: string;
    path: string;
    body: Record<string, unknown> | undefined;
  }) => {
    const override = options.answers?.[`${method} ${path}`];
    if (override) {
      const answer = Array.isArray(override) ? override.shift() : override;
      if (answer) return answer();
    }
    if (path === '/v1/admin/session') {
      const base = session();
      return json({ ...base, staff: { ...base.staff, role: options.role ?? 'owner' } });
    }
    if ((options.role ?? 'owner') !== 'owner' && /\/(staff|audit)/.test(path)) return problem(403);
    if (path === '/v1/admin/staff' && method === 'GET') {
      if (list === 'error') return problem(500);
      if (list === 'pending') return new Promise<Response>(() => {});
      return json({ items: list });
    }
    if (path === '/v1/admin/staff' && method === 'POST') {
      const added = member('staff-9', String(body!['email']), { role: body!['role'] as StaffRole });
      added.mustChangePassword = true;
      if (Array.isArray(list)) list = [...list, added];
      return withStatus(201, { staff: added, oneTimePassword: ONE_TIME });
    }
    const action = /^\/v1\/admin\/staff\/([^/]+)\/(disable|enable|reset-password)$/.exec(path);
    if (action && Array.isArray(list)) {
      const [, id, verb] = action;
      const found = list.find((each) => each.id === id)!;
      const changed = {
        ...found,
        disabled: verb === 'disable' ? true : verb === 'enable' ? false : found.disabled,
        ...(verb === 'reset-password' && { totpEnabled: false, mustChangePassword: true }),
      };
      list = list.map((each) => (each.id === id ? changed : each));
      return json({
        staff: changed,
        ...(verb === 'reset-password' && { oneTimePassword: ONE_TIME }),
      });
    }
    return undefined;
  };
}

export const announced = (element: HearthAdmin) =>
  $(element, '.base > [role="status"]').textContent!.trim();

export async function openStaff(options: StaffOptions = {}, lang = 'en') {
  const element = await admin({ signedIn: true, routes: staffApi(options) }, lang);
  await chooseView(element, lang === 'es' ? 'Equipo' : 'Staff', 'staff-title');
  return element;
}

export const rows = (element: HearthAdmin) =>
  $$(element, '.member').map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
