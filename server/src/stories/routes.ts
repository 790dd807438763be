import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import type { StoryReceipt } from '../../../src/api/contract/public.js';
// The shared story rules and signals (src/api/rules/), like the contract, the server may import.
import { validateStory, type StoryField } from '../../../src/api/rules/story.js';
import { detectCrisis } from '../../../src/api/rules/safety/index.js';
import type { Config } from '../platform/config.js';
import { clientAddress } from '../http/client-address.js';
import type { AppEnv } from '../http/env.js';
import type { PublicJson } from '../http/cache.js';
import {
  keyReusedProblem,
  notFoundProblem,
  readJsonBody,
  validationProblem,
  type HttpProblem,
} from '../http/problem.js';
import { localDate } from '../groups/recurrence.js';
import { isHoneypotHit, NO_STORE, optionalIdempotencyKey, requestHash } from '../http/request.js';
import { STORY_ID } from '../../../src/api/contract/ids.js';
import { topicFilter } from '../http/query.js';
import { REPORT_REASONS, type ReportReason } from './moderation.js';
import { storyMessage } from './messages.js';
import type { StoryCursor } from './wall.js';
import type { Store } from '../store.js';

export const STORY_ROUTES = {
  list: '/v1/stories',
  resonance: '/v1/stories/:id/resonance',
  reports: '/v1/stories/:id/reports',
} as const;

export const STORY_PAGE = { default: 10, max: 50 } as const;
export const REPORT_NOTE_MAX = 300;
/** An anonymous visitor token: random, kept by the browser, never anything personal. */
export const VISITOR_TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;
// eslint-disable-next-line no-control-regex -- C0 controls and DEL except tab and line breaks
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export interface StoryRouteOptions {
  store: Store;
  now: () => Date;
  config: Config;
  /** Answers a public GET, reusing the answer while the data is unchanged (app.ts). */
  publicJson: PublicJson;
}

/** The story wall: the public list, sharing, "me too" and reports. */
export function addStoryRoutes(
  app: Hono<AppEnv>,
  { store, now, config, publicJson }: StoryRouteOptions,
) {
  app.get(STORY_ROUTES.list, (c) => {
    const query = parseStoryQuery(new URL(c.req.url).searchParams);
    return publicJson(c, async () => {
      const page = await store.listStories(query);
      return {
        data: { items: page.items, nextCursor: page.next ? encodeCursor(page.next) : null },
      };
    });
  });

  app.post(STORY_ROUTES.list, async (c) => {
    const body = await readJsonBody(c);
    const idempotencyKey = optionalIdempotencyKey(c);
    const practice = await store.getPractice();
    if (!practice) throw notFoundProblem('This practice is not set up yet.');

    // A bot filled the field people never see: answer as if it worked and keep nothing. Crisis
    // resources are still given when the text calls for them, in case a browser's autofill
    // filled the field for a person.
    if (isHoneypotHit(body)) {
      const text = (body as { body?: unknown }).body;
      const decoy = { id: randomUUID(), ...receiptFor(typeof text === 'string' ? text : '') };
      return c.json(decoy, 202, NO_STORE);
    }

    const validation = validateStory(body, {
      maxLength: practice.storyMaxLength,
      topicIds: practice.topics.map((topic) => topic.id),
    });
    if (!validation.ok) {
      const fields: Record<string, string> = {};
      const codes: Record<string, string> = {};
      for (const [field, code] of Object.entries(validation.fields)) {
        fields[field] = storyMessage(field as StoryField, code, practice.storyMaxLength);
        codes[field] = code;
      }
      throw validationProblem(fields, undefined, codes);
    }

    const { value } = validation;
    const submittedAt = now();
    const outcome = await store.createStory({
      body: value.body,
      topics: value.topics,
      contentWarning: value.contentWarning,
      month: localDate(submittedAt, practice.timeZone).slice(0, 7),
      now: submittedAt,
      receipt: receiptFor(
        value.contentWarning ? `${value.body}\n${value.contentWarning}` : value.body,
      ),
      idempotency:
        idempotencyKey === undefined
          ? undefined
          : {
              scope: 'POST /v1/stories',
              key: idempotencyKey,
              requestHash: await requestHash(c),
            },
    });
    // A topic staff removed after the check above: the answer it would have had a moment later.
    if (outcome.kind === 'unknown_topic') {
      throw validationProblem({ topics: storyMessage('topics', 'unknown_topic') }, undefined, {
        topics: 'unknown_topic',
      });
    }
    // Story requests never make a sign-up, so none is ever `deleted`.
    if (outcome.kind === 'key_reused' || outcome.kind === 'deleted') throw keyReusedProblem();
    return c.json(outcome.result, 202, {
      ...NO_STORE,
      ...(outcome.kind === 'replayed' && { 'Idempotent-Replayed': 'true' }),
    });

    function receiptFor(text: string): Omit<StoryReceipt, 'id'> {
      const crisis = detectCrisis(text).tier !== 'none';
      return crisis
        ? { status: 'pending', crisis, resources: practice!.crisisResources }
        : { status: 'pending', crisis };
    }
  });

  app.post(STORY_ROUTES.resonance, async (c) => {
    const id = c.req.param('id');
    const body = await readJsonBody(c);
    const idempotencyKey = optionalIdempotencyKey(c);
    const token = (body as { token?: unknown } | null)?.token;
    if (typeof token !== 'string' || !VISITOR_TOKEN.test(token)) {
      const code = token === undefined || token === '' ? 'required' : 'invalid';
      throw validationProblem(
        {
          token:
            'Send the visitor token: 16 to 128 letters, digits, hyphens or underscores, random and kept by the browser.',
        },
        undefined,
        { token: code },
      );
    }
    const outcome = STORY_ID.test(id)
      ? await store.toggleResonance(
          id,
          token,
          clientAddress(c, config.trustProxy),
          now(),
          idempotencyKey === undefined
            ? undefined
            : {
                scope: `POST /v1/stories/${id}/resonance`,
                key: idempotencyKey,
                requestHash: await requestHash(c),
              },
        )
      : ({ kind: 'not_found' } as const);
    if (outcome.kind === 'not_found') throw storyNotFound();
    if (outcome.kind === 'key_reused' || outcome.kind === 'deleted') throw keyReusedProblem();
    return c.json(outcome.result, 200, {
      ...NO_STORE,
      ...(outcome.kind === 'replayed' && { 'Idempotent-Replayed': 'true' }),
    });
  });

  app.post(STORY_ROUTES.reports, async (c) => {
    const id = c.req.param('id');
    const body = await readJsonBody(c);
    const data = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const fields: Record<string, string> = {};
    const codes: Record<string, string> = {};
    if (!(REPORT_REASONS as readonly unknown[]).includes(data.reason)) {
      codes.reason = data.reason === undefined || data.reason === '' ? 'required' : 'invalid';
      fields.reason = `Choose a reason: ${REPORT_REASONS.join(', ')}.`;
    }
    const note = typeof data.note === 'string' ? data.note.trim() : undefined;
    if (data.note !== undefined && data.note !== null && typeof data.note !== 'string') {
      codes.note = 'invalid';
      fields.note = 'The note must be text.';
    } else if (note !== undefined && note.length > REPORT_NOTE_MAX) {
      codes.note = 'too_long';
      fields.note = `Use at most ${REPORT_NOTE_MAX} characters.`;
    } else if (note !== undefined && CONTROL.test(note)) {
      codes.note = 'invalid';
      fields.note = 'The note contains characters that are not allowed.';
    }
    if (Object.keys(fields).length > 0) throw validationProblem(fields, undefined, codes);

    const outcome = STORY_ID.test(id)
      ? await store.reportStory(id, {
          reason: data.reason as ReportReason,
          ...(note && { note }),
          client: clientAddress(c, config.trustProxy),
          now: now(),
          threshold: config.reportThreshold,
        })
      : ({ kind: 'not_found' } as const);
    if (outcome.kind === 'not_found') throw storyNotFound();
    // Whether this report hid the story is for staff, not for the reporter.
    return c.json({ status: 'received' }, 202, NO_STORE);
  });
}

/** Reads `GET /v1/stories` parameters, listing every invalid one at once (400). */
export function parseStoryQuery(params: URLSearchParams): {
  topics?: string[];
  after?: StoryCursor;
  limit: number;
} {
  const fields: Record<string, string> = {};
  const topics = topicFilter(params, fields);

  const limits = params.getAll('limit');
  let limit: number = STORY_PAGE.default;
  if (limits.length > 1) fields.limit = 'must be given at most once';
  else if (limits.length === 1) {
    limit = /^\d{1,3}$/.test(limits[0]!) ? Number(limits[0]) : NaN;
    if (!(limit >= 1 && limit <= STORY_PAGE.max))
      fields.limit = `must be a whole number from 1 to ${STORY_PAGE.max}`;
  }

  const cursors = params.getAll('cursor');
  let after: StoryCursor | undefined;
  if (cursors.length > 1) fields.cursor = 'must be given at most once';
  else if (cursors.length === 1) {
    after = decodeCursor(cursors[0]!);
    if (!after) fields.cursor = 'must be a `nextCursor` from an earlier page, unchanged';
  }

  if (Object.keys(fields).length > 0) throw validationProblem(fields);
  return { ...(topics.length > 0 && { topics }), ...(after && { after }), limit };
}

/** Opaque to clients: base64url of the last story's approval time and id. */
export function encodeCursor(cursor: StoryCursor): string {
  return Buffer.from(`${cursor.approvedAt} ${cursor.id}`).toString('base64url');
}

export function decodeCursor(raw: string): StoryCursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(raw)) return undefined;
  const [approvedAt, id, extra] = Buffer.from(raw, 'base64url').toString('utf8').split(' ');
  if (extra !== undefined || !approvedAt || !id) return undefined;
  if (!CURSOR_TIME.test(approvedAt) || !STORY_ID.test(id)) return undefined;
  return { approvedAt, id };
}

function storyNotFound(): HttpProblem {
  return notFoundProblem('There is no published story with this id.');
}
