// Groups for staff: create, edit and archive groups with the API's own Group rules.
import type { StaffFieldError } from '../../../src/api/contract/staff.js';
import type { AdminEnv } from '../staff/auth.js';
import { audit, readChecked, type AdminDeps } from '../staff/support.js';
import { NO_STORE } from '../http/request.js';
import { conflictProblem, notFoundProblem, validationProblem } from '../http/problem.js';
import type { Context, Hono } from 'hono';
import type { GroupInput } from './repository.js';
import { isTimeZone } from './recurrence.js';

export function addGroupAdminRoutes(admin: Hono<AdminEnv>, deps: AdminDeps): void {
  const { store, now } = deps;

  admin.get('/groups', async (c) => {
    return c.json({ items: await store.listStaffGroups() }, 200, NO_STORE);
  });

  admin.post('/groups', async (c) => {
    const input = await readGroup(c);
    if (!(await store.createGroup(input, now()))) {
      throw conflictProblem('Group id taken', `There is already a group with the id ${input.id}.`);
    }
    const group = (await store.getStaffGroup(input.id))!;
    await audit(c, deps, 'group_created', { type: 'group', id: input.id });
    return c.json(group, 201, NO_STORE);
  });

  admin.get('/groups/:id', async (c) => {
    const group = await store.getStaffGroup(c.req.param('id'));
    if (!group) throw notFoundProblem('There is no group with this id.');
    return c.json(group, 200, NO_STORE);
  });

  admin.put('/groups/:id', async (c) => {
    const id = c.req.param('id');
    const input = await readGroup(c);
    if (input.id !== id) throw validationProblem({ id: 'The id of a group cannot change.' });
    const before = await store.getStaffGroup(id);
    if (!before) throw notFoundProblem('There is no group with this id.');
    // An ongoing group keeps the weeks it meets on when it is edited.
    const recurrenceAnchor = await store.groupRecurrenceAnchor(id);
    // Settings only staff see are kept when a console leaves them out.
    await store.updateGroup(
      id,
      {
        ...input,
        closed: input.closed ?? before.closed,
        externalEnrolled: input.externalEnrolled ?? before.externalEnrolled,
        ...(recurrenceAnchor && { recurrenceAnchor }),
      },
      now(),
    );
    const group = (await store.getStaffGroup(id))!;
    await audit(
      c,
      deps,
      'group_updated',
      { type: 'group', id },
      {
        capacityFrom: before.seats.capacity,
        capacityTo: group.seats.capacity,
      },
    );
    return c.json(group, 200, NO_STORE);
  });

  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    admin.post(`/groups/:id/${action}`, async (c) => {
      const id = c.req.param('id');
      if (!(await store.setGroupArchived(id, archived, now()))) {
        throw notFoundProblem('There is no group with this id.');
      }
      await audit(c, deps, `group_${archived ? 'archived' : 'restored'}`, { type: 'group', id });
      return c.json((await store.getStaffGroup(id))!, 200, NO_STORE);
    });
  }

  async function readGroup(c: Context<AdminEnv>) {
    const input = await readChecked<GroupInput>(c, 'GroupInput');
    const practice = await store.getPractice();
    const known = new Set(practice?.topics.map((topic) => topic.id));
    const fields: Record<string, string> = {};
    const codes: Record<string, StaffFieldError> = {};
    const fail = (field: string, code: StaffFieldError, message: string) => {
      fields[field] = message;
      codes[field] = code;
    };
    const unknown = input.topics.filter((topic) => !known.has(topic));
    if (unknown.length > 0)
      fail('topics', 'unknown_topic', `Not topics of the practice: ${unknown.join(', ')}.`);
    if (new Set(input.topics).size !== input.topics.length)
      fail('topics', 'duplicate', 'A topic is listed twice.');
    if (input.ageMin !== undefined && input.ageMax !== undefined && input.ageMin > input.ageMax) {
      fail('ageMax', 'below_min', 'Must not be below the lowest age.');
    }
    if (!isTimeZone(input.schedule.timeZone)) {
      fail('schedule.timeZone', 'time_zone', 'Not an IANA time zone (e.g. America/Chicago).');
    }
    if (input.enrollment === 'cohort' && !input.startsOn) {
      fail('startsOn', 'required', 'A cohort group needs its start date.');
    }
    if (input.startsOn && Number.isNaN(Date.parse(`${input.startsOn}T00:00:00Z`))) {
      fail('startsOn', 'format', 'Not a date.');
    }
    if (input.format !== 'online' && !input.location) {
      fail('location', 'required', 'An in-person or hybrid group needs its location.');
    }
    if (Object.keys(fields).length > 0) throw validationProblem(fields, undefined, codes);
    return input;
  }
}
