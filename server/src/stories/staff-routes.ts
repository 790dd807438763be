// Story moderation for staff: the queue (crisis-high first), any story, and the moderation steps
// of story-moderation.ts, one at a time or approved in bulk.
import type { Context, Hono } from 'hono';
import { STORY_LIMITS } from '../../../src/api/rules/story.js';
import type { AdminEnv } from '../staff/auth.js';
import { audit, readChecked, type AdminDeps, type SchemaName } from '../staff/support.js';
import { NO_STORE } from '../http/request.js';
import {
  conflictProblem,
  HttpProblem,
  notFoundProblem,
  PROBLEM_TYPES,
  validationProblem,
  type ServerProblem,
} from '../http/problem.js';
import {
  STORY_STATUSES,
  type ModerationAction,
  type PersonalDetailKind,
  type StoryStatus,
} from './moderation.js';
import type { FoundDetail } from './rows.js';
import type { ModerationOutcome } from './staff-repository.js';
import type { Store } from '../store.js';

/** What approve and edit may carry besides the step itself. */
interface StepRequest {
  body?: string;
  reason?: string;
  keepDetails?: boolean;
  contentWarning?: string | null;
  topics?: string[];
}

export const STAFF_STORY_PAGE = { default: 50, max: 200 } as const;
export const BULK_APPROVE_MAX = 100;

export function addStoryAdminRoutes(admin: Hono<AdminEnv>, deps: AdminDeps): void {
  const { store, now } = deps;

  admin.get('/stories/queue', async (c) => {
    const items = await store.listModerationQueue();
    return c.json({ items }, 200, NO_STORE);
  });

  admin.get('/stories', async (c) => {
    const params = new URL(c.req.url).searchParams;
    const fields: Record<string, string> = {};
    const statusParam = params.get('status');
    const statuses = statusParam
      ? (statusParam.split(',') as StoryStatus[])
      : (['approved', 'hidden'] as StoryStatus[]);
    if (statuses.some((status) => !STORY_STATUSES.includes(status))) {
      fields.status = `Use ${STORY_STATUSES.join(', ')} (several separated by commas).`;
    }
    const reportedParam = params.get('reported');
    if (reportedParam !== null && reportedParam !== 'true' && reportedParam !== 'false') {
      fields.reported = 'Use true or false.';
    }
    const limit = pageNumber(
      params.get('limit'),
      STAFF_STORY_PAGE.default,
      1,
      STAFF_STORY_PAGE.max,
    );
    const offset = pageNumber(params.get('cursor'), 0, 0, 1_000_000);
    if (limit === undefined) fields.limit = `A whole number from 1 to ${STAFF_STORY_PAGE.max}.`;
    if (offset === undefined) fields.cursor = 'Pass the `nextCursor` of the previous page.';
    if (Object.keys(fields).length > 0) throw validationProblem(fields);
    const page = await store.listStaffStories({
      statuses,
      reported: reportedParam === 'true',
      limit: limit!,
      offset: offset!,
    });
    return c.json(
      { items: page.items, nextCursor: page.more ? String(offset! + limit!) : null },
      200,
      NO_STORE,
    );
  });

  admin.post('/stories/approve', async (c) => {
    const body = await readChecked<{ ids: string[] }>(c, 'BulkApproveRequest');
    const results = [];
    for (const id of [...new Set(body.ids)]) {
      const outcome = await store.moderateStory(id, 'approve', {
        now: now(),
        actor: c.get('staff').account.id,
      });
      if (outcome.kind === 'ok') {
        await audit(c, deps, 'story_approve', { type: 'story', id }, { bulk: true });
        results.push({ id, result: 'approved' as const });
      } else {
        results.push({ id, result: outcome.kind === 'not_allowed' ? 'not_allowed' : 'not_found' });
      }
    }
    return c.json({ results }, 200, NO_STORE);
  });

  admin.get('/stories/:id', async (c) => {
    const story = await store.getModerationStory(c.req.param('id'));
    if (!story) throw notFoundProblem('There is no story with this id.');
    return c.json(story, 200, NO_STORE);
  });

  // "Keep on the wall": staff read the reports of a published story and leave it up; one store
  // call closes the reports without the story ever leaving the wall.
  admin.post('/stories/:id/keep', async (c) => {
    const id = c.req.param('id');
    const outcome = await store.keepStory(id, { now: now(), actor: c.get('staff').account.id });
    if (outcome.kind === 'not_allowed') {
      throw conflictProblem(
        'Not possible in this state',
        'Only a published story with open reports can be kept.',
      );
    }
    const story = storyOrThrow(outcome, 'approve');
    await audit(c, deps, 'story_keep', { type: 'story', id });
    return c.json(story, 200, NO_STORE);
  });

  const step = (
    action: ModerationAction,
    schema: 'ApproveRequest' | 'ReasonRequest' | 'EditRequest',
  ) =>
    admin.post(`/stories/:id/${action}`, async (c) => {
      const body = await readBodyOrEmpty<StepRequest>(c, schema);
      const id = c.req.param('id');
      const contentWarning = await checkedContent(store, body);
      const outcome = await store.moderateStory(id, action, {
        body: body.body,
        reason: body.reason,
        keepDetails: body.keepDetails,
        ...contentWarning,
        now: now(),
        actor: c.get('staff').account.id,
      });
      const story = storyOrThrow(outcome, action);
      const changed = (['contentWarning', 'topics'] as const).filter(
        (field) => body[field] !== undefined,
      );
      // Kinds only: the audit log never holds what a story says.
      await audit(
        c,
        deps,
        `story_${action}`,
        { type: 'story', id },
        {
          status: story.status,
          edited: body.body !== undefined,
          ...(changed.length && { changed: [...changed] }),
          ...(outcome.kind === 'ok' && outcome.keptDetails && { keptDetails: outcome.keptDetails }),
        },
      );
      return c.json(story, 200, NO_STORE);
    });
  step('approve', 'ApproveRequest');
  step('reject', 'ReasonRequest');
  step('hide', 'ReasonRequest');
  step('edit', 'EditRequest');
}

/**
 * The content note (trimmed; empty or null removes it) and topics (the practice's, without
 * repeats) of an approve or edit request, or 400 with `fields`.
 */
async function checkedContent(
  store: Store,
  request: StepRequest,
): Promise<{ contentWarning?: string | null; topics?: string[] }> {
  const fields: Record<string, string> = {};
  const codes: Record<string, string> = {};
  const checked: { contentWarning?: string | null; topics?: string[] } = {};
  if (request.contentWarning !== undefined) {
    const note = request.contentWarning?.trim() ?? '';
    // eslint-disable-next-line no-control-regex -- C0 controls and DEL
    if (/[\u0000-\u001f\u007f]/.test(note)) {
      fields.contentWarning = 'The content note contains characters that are not allowed.';
      codes.contentWarning = 'invalid';
    } else if (note.length > STORY_LIMITS.contentWarning) {
      fields.contentWarning = `Use at most ${STORY_LIMITS.contentWarning} characters.`;
      codes.contentWarning = 'too_long';
    } else checked.contentWarning = note || null;
  }
  if (request.topics !== undefined) {
    const topics = [...new Set(request.topics)];
    const known = new Set((await store.getPractice())?.topics.map((topic) => topic.id) ?? []);
    const unknown = topics.filter((topic) => !known.has(topic));
    if (topics.length > STORY_LIMITS.topics) {
      fields.topics = `Choose at most ${STORY_LIMITS.topics} topics.`;
      codes.topics = 'too_many';
    } else if (unknown.length) {
      fields.topics = `Not a topic of this practice: ${unknown.join(', ')}.`;
      codes.topics = 'unknown_topic';
    } else checked.topics = topics;
  }
  if (Object.keys(fields).length > 0) throw validationProblem(fields, undefined, codes);
  return checked;
}

const DETAIL_WORDS: Record<PersonalDetailKind, string> = {
  name: 'a name',
  address: 'a street address',
  email: 'an e-mail address',
  phone: 'a phone number',
  handle: 'a social media handle',
  url: 'a web address',
};

/** 422: the text staff sent still holds personal details, each named with the text found. */
function personalDetailsProblem(details: FoundDetail[]): HttpProblem {
  const named = details.map((detail) => `${DETAIL_WORDS[detail.kind]} (“${detail.text}”)`);
  const list =
    named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  const problem: ServerProblem & { details: FoundDetail[] } = {
    type: PROBLEM_TYPES.personalDetails,
    title: 'The text still holds personal details',
    status: 422,
    detail:
      'Remove the details from the text, or send `keepDetails: true` to publish them as written.',
    fields: { body: `The text still holds personal details: ${list}.` },
    codes: { body: 'personal_details' },
    details,
  };
  return new HttpProblem(problem);
}

/** Approve and hide may be sent without a body. */
async function readBodyOrEmpty<T>(c: Context<AdminEnv>, schema: SchemaName) {
  const length = c.req.header('content-length');
  if ((length === undefined || length === '0') && !c.req.header('content-type')) return {} as T;
  return readChecked<T>(c, schema);
}

function storyOrThrow(outcome: ModerationOutcome, action: ModerationAction) {
  switch (outcome.kind) {
    case 'ok':
      return outcome.story;
    case 'not_found':
      throw notFoundProblem('There is no story with this id.');
    case 'not_allowed':
      throw conflictProblem(
        'Not possible in this state',
        `A ${outcome.status} story cannot be changed by “${action}”.`,
      );
    case 'details':
      throw personalDetailsProblem(outcome.details);
    case 'invalid':
      throw validationProblem({
        [outcome.field]:
          outcome.field === 'reason'
            ? 'Give a short reason (at most 300 characters); it is required to reject.'
            : 'The text must not be empty and may have at most 5000 characters.',
      });
  }
}

function pageNumber(raw: string | null, fallback: number, min: number, max: number) {
  if (raw === null) return fallback;
  if (!/^\d{1,7}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= min && value <= max ? value : undefined;
}
