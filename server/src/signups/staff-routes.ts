// Sign-ups for staff: lists by group and status, the workflow with notes, promotion from the
// waitlist, CSV export, and deletion of a person's data on request.
import type { Hono } from 'hono';
import type { AdminEnv } from '../staff/auth.js';
import { audit, readChecked, type AdminDeps } from '../staff/support.js';
import { NO_STORE } from '../http/request.js';
import { GROUP_ID } from '../../../src/api/contract/ids.js';
import { toCsv } from '../platform/csv.js';
import { localDate } from '../groups/recurrence.js';
import { conflictProblem, notFoundProblem, validationProblem } from '../http/problem.js';
import type { StaffSignup } from '../../../src/api/contract/staff.js';
import type { SignupChangeOutcome } from './staff-repository.js';
import { SIGNUP_STATUSES, type SignupStatus } from './workflow.js';

export function addSignupAdminRoutes(admin: Hono<AdminEnv>, deps: AdminDeps): void {
  const { store, now } = deps;

  const readQuery = (url: string) => {
    const params = new URL(url).searchParams;
    const fields: Record<string, string> = {};
    const groupId = params.get('group') ?? undefined;
    if (groupId !== undefined && !GROUP_ID.test(groupId)) fields.group = 'Not a group id.';
    const statuses = params.get('status')?.split(',') as SignupStatus[] | undefined;
    if (statuses?.some((status) => !SIGNUP_STATUSES.includes(status))) {
      fields.status = `Use ${SIGNUP_STATUSES.join(', ')} (several separated by commas).`;
    }
    if (Object.keys(fields).length > 0) throw validationProblem(fields);
    return { groupId, statuses };
  };

  // Reading personal data is recorded too: who looked at which requests, and when.
  admin.get('/signups', async (c) => {
    const query = readQuery(c.req.url);
    const items = await store.listStaffSignups(query);
    await audit(c, deps, 'signups_viewed', undefined, {
      count: items.length,
      group: query.groupId ?? null,
      status: query.statuses ?? null,
    });
    return c.json({ items }, 200, NO_STORE);
  });

  admin.get('/signups/export.csv', async (c) => {
    const query = readQuery(c.req.url);
    const items = await store.listStaffSignups(query);
    await audit(c, deps, 'signups_exported', undefined, {
      count: items.length,
      group: query.groupId ?? null,
      status: query.statuses ?? null,
    });
    const practice = await store.getPractice();
    const day = localDate(now(), practice?.timeZone ?? 'UTC');
    return c.body(csvOf(items), 200, {
      ...NO_STORE,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="signups-${day}.csv"`,
    });
  });

  admin.get('/signups/:id', async (c) => {
    const signup = await store.getStaffSignup(c.req.param('id'));
    if (!signup)
      throw notFoundProblem('There is no sign-up with this id. It may have been deleted.');
    await audit(c, deps, 'signup_viewed', { type: 'signup', id: signup.id });
    return c.json(signup, 200, NO_STORE);
  });

  admin.post('/signups/:id/status', async (c) => {
    const body = await readChecked<{ status: SignupStatus; note?: string }>(
      c,
      'SignupStatusChange',
    );
    const id = c.req.param('id');
    const outcome = await store.changeSignupStatus(id, body.status, {
      note: body.note?.trim() || undefined,
      actorId: c.get('staff').account.id,
      now: now(),
    });
    const signup = signupOrThrow(outcome, body.status);
    await audit(
      c,
      deps,
      'signup_status',
      { type: 'signup', id },
      {
        from: outcome.kind === 'ok' ? outcome.from : null,
        to: body.status,
        note: Boolean(body.note?.trim()),
      },
    );
    return c.json(signup, 200, NO_STORE);
  });

  admin.post('/signups/:id/promote', async (c) => {
    const id = c.req.param('id');
    const outcome = await store.changeSignupStatus(id, 'received', {
      actorId: c.get('staff').account.id,
      now: now(),
    });
    const signup = signupOrThrow(outcome, 'received');
    await audit(c, deps, 'signup_promoted', { type: 'signup', id });
    return c.json(signup, 200, NO_STORE);
  });

  admin.post('/signups/:id/notes', async (c) => {
    const body = await readChecked<{ note: string }>(c, 'SignupNote');
    const id = c.req.param('id');
    const signup = await store.addSignupNote(id, {
      note: body.note.trim(),
      actorId: c.get('staff').account.id,
      now: now(),
    });
    if (!signup)
      throw notFoundProblem('There is no sign-up with this id. It may have been deleted.');
    await audit(c, deps, 'signup_note', { type: 'signup', id });
    return c.json(signup, 200, NO_STORE);
  });

  admin.delete('/signups/:id', async (c) => {
    const id = c.req.param('id');
    if (!(await store.deleteSignup(id))) {
      throw notFoundProblem('There is no sign-up with this id. It may have been deleted.');
    }
    await audit(c, deps, 'signup_deleted', { type: 'signup', id });
    return c.body(null, 204, NO_STORE);
  });
}

function signupOrThrow(outcome: SignupChangeOutcome, to: SignupStatus): StaffSignup {
  switch (outcome.kind) {
    case 'ok':
      return outcome.signup;
    case 'not_found':
      throw notFoundProblem('There is no sign-up with this id. It may have been deleted.');
    case 'not_allowed':
      throw conflictProblem(
        'Not possible from this status',
        to === 'received'
          ? 'Only a waitlisted request can be promoted.'
          : `The request is already ${outcome.from}.`,
      );
    case 'no_seat':
      throw conflictProblem(
        'No seat is free',
        'Every seat of this group is taken. Raise its capacity, or move someone else on first.',
      );
  }
}

const CSV_HEADER = [
  'Sign-up id',
  'Group',
  'Status',
  'Waitlist position',
  'Received',
  'Name',
  'E-mail',
  'Phone',
  'Contact by',
  'OK to leave a message',
  'Best times',
  'Message',
  'Age confirmed',
  'Consent version',
  'Consented at',
  'Delete after',
  'Last note',
  'Crisis tier',
];

function csvOf(items: StaffSignup[]): string {
  const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');
  return toCsv([
    CSV_HEADER,
    ...items.map((item) => [
      item.id,
      item.groupName,
      item.status,
      item.waitlistPosition,
      item.createdAt,
      item.name,
      item.email,
      item.phone,
      item.contactMethod,
      yesNo(item.okToLeaveMessage),
      item.bestTimes,
      item.message,
      yesNo(item.ageConfirmed),
      item.consentVersion,
      item.consentedAt,
      item.retainUntil ?? 'kept while enrolled',
      item.history.filter((entry) => entry.note).at(-1)?.note ?? '',
      item.crisis,
    ]),
  ]);
}
