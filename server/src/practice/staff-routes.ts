// The practice settings for staff: what the practice shows visitors, edited by the owner.
import type { Hono } from 'hono';
import type { StaffFieldError } from '../../../src/api/contract/staff.js';
import { isTimeZone } from '../groups/recurrence.js';
import { notFoundProblem, validationProblem } from '../http/problem.js';
import { requireRole, type AdminEnv } from '../staff/auth.js';
import { audit, readChecked, type AdminDeps } from '../staff/support.js';
import { NO_STORE } from '../http/request.js';
import type { PracticeSettings } from './repository.js';

export function addPracticeAdminRoutes(admin: Hono<AdminEnv>, deps: AdminDeps): void {
  const { store, now } = deps;

  admin.get('/practice', async (c) => {
    const practice = await store.getPractice();
    if (!practice) throw notFoundProblem('This practice is not set up yet.');
    return c.json(practice, 200, NO_STORE);
  });

  admin.put('/practice', requireRole('owner'), async (c) => {
    const practice = await readChecked<PracticeSettings>(c, 'Practice');
    const fields: Record<string, string> = {};
    const codes: Record<string, StaffFieldError> = {};
    if (!isTimeZone(practice.timeZone)) {
      fields.timeZone = 'Not an IANA time zone (e.g. America/Chicago).';
      codes.timeZone = 'time_zone';
    }
    const ids = practice.topics.map((topic) => topic.id);
    if (new Set(ids).size !== ids.length) {
      fields.topics = 'Each topic needs its own id.';
      codes.topics = 'duplicate';
    }
    if (Object.keys(fields).length > 0) throw validationProblem(fields, undefined, codes);
    const { topicsInUse } = await store.updatePractice(practice, now());
    if (topicsInUse.length > 0) {
      throw validationProblem(
        {
          topics: `These topics are still used by groups or stories and cannot be removed: ${topicsInUse.join(', ')}.`,
        },
        undefined,
        { topics: 'in_use' },
      );
    }
    await audit(c, deps, 'practice_updated', undefined, {
      fields: Object.keys(practice).sort(),
    });
    return c.json((await store.getPractice())!, 200, NO_STORE);
  });
}
