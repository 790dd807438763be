import {
  CONTACT_METHODS,
  ENROLLMENTS,
  FREQUENCIES,
  GROUP_FORMATS,
  GROUP_KINDS,
  GROUP_STATUSES,
} from '../../../src/api/types.js';
import { MAX_FILTER_VALUES, MAX_QUERY_LENGTH } from '../groups/query.js';
import { GROUP_PAGE_MAX } from '../groups/paging.js';
import { adminPaths, adminSchemas, adminSecuritySchemes } from './openapi-staff.js';
import { REPORT_REASONS } from '../stories/moderation.js';
import { REPORT_NOTE_MAX, STORY_PAGE } from '../stories/routes.js';
// The shared story rules, like the sign-up schema, are part of the contract.
import {
  STORY_FIELD_ERRORS,
  STORY_LIMITS,
  STORY_MAX_LENGTH_CEILING,
} from '../../../src/api/story-schema.js';
// The shared sign-up schema is, like types.ts, part of the contract the server may import.
import { SIGNUP_FIELD_ERRORS, SIGNUP_LIMITS } from '../../../src/api/signup-schema.js';
import { STAFF_FIELD_ERRORS } from '../../../src/api/types.js';

// The published API description. Response schemas are strict (`additionalProperties: false`)
// so the server's tests catch any drift between this document and what the server sends.
// Clients should still ignore fields they do not know: later versions add fields.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const cacheHeaders = {
  ETag: {
    description: 'Strong validator of the body; send it back in `If-None-Match`.',
    schema: { type: 'string' },
  },
  'Cache-Control': { schema: { type: 'string' } },
};

const notModified = {
  description: 'Not modified: the `If-None-Match` validator still matches.',
  headers: cacheHeaders,
};

const ifNoneMatch = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'An `ETag` from an earlier response; the server answers 304 when it still matches.',
  schema: { type: 'string' },
};

const text = { type: 'string', minLength: 1 };
const localDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const topicId = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' };

/** Comma-separated or repeated (`?format=online&format=hybrid`): both are accepted. */
const arrayParameter = (name: string, description: string, items: object) => ({
  name,
  in: 'query',
  required: false,
  description: `${description} Repeat the parameter or separate values with commas; a group matches any of them.`,
  style: 'form',
  explode: true,
  schema: { type: 'array', maxItems: MAX_FILTER_VALUES, items },
});

const schemas = {
  Problem: {
    type: 'object',
    description: 'An RFC 9457 problem document, as every error response carries.',
    required: ['type', 'title', 'status'],
    additionalProperties: false,
    properties: {
      type: { type: 'string', format: 'uri' },
      title: text,
      status: { type: 'integer', minimum: 400, maximum: 599 },
      detail: { type: 'string' },
      instance: { type: 'string' },
      fields: {
        type: 'object',
        description: 'Validation errors: field name or query parameter → message.',
        additionalProperties: { type: 'string' },
      },
      codes: {
        type: 'object',
        description:
          'The same keys as `fields`, each with a stable error code (for sign-ups: ' +
          `${SIGNUP_FIELD_ERRORS.join(', ')}; for stories: ${STORY_FIELD_ERRORS.join(', ')}; ` +
          `for staff requests: ${STAFF_FIELD_ERRORS.join(', ')}, and wrong_password, ` +
          'weak_password, same_password, wrong_code for the account; `invalid` otherwise), ' +
          'for clients that word errors in their own language.',
        additionalProperties: { type: 'string' },
      },
    },
  },
  SignupRequest: {
    type: 'object',
    description:
      'A request for a spot. Rules are in src/api/signup-schema.ts, shared with the widget; unknown fields are ignored.',
    required: ['name', 'email', 'contactMethod', 'consent'],
    properties: {
      name: {
        type: 'string',
        maxLength: SIGNUP_LIMITS.name,
        description: 'A preferred name is fine.',
      },
      email: { type: 'string', maxLength: SIGNUP_LIMITS.email },
      phone: {
        type: 'string',
        maxLength: SIGNUP_LIMITS.phone,
        description: '7 to 15 digits; required when `contactMethod` is phone or text.',
      },
      contactMethod: { enum: [...CONTACT_METHODS] },
      okToLeaveMessage: { type: 'boolean' },
      bestTimes: { type: 'string', maxLength: SIGNUP_LIMITS.bestTimes },
      message: { type: 'string', maxLength: SIGNUP_LIMITS.message },
      ageConfirmed: {
        type: 'boolean',
        description: 'Must be true when the group has `ageMin` or `ageMax`.',
      },
      consent: {
        type: 'object',
        required: ['contact', 'privacy'],
        properties: { contact: { const: true }, privacy: { const: true } },
      },
      website: { type: 'string', description: 'Honeypot: leave empty.' },
    },
  },
  SignupResult: {
    type: 'object',
    required: ['id', 'status', 'crisis'],
    additionalProperties: false,
    properties: {
      id: text,
      status: { enum: ['requested', 'waitlisted'] },
      waitlistPosition: {
        type: 'integer',
        minimum: 1,
        description: 'Present when waitlisted: 1 is next in line.',
      },
      crisis: {
        type: 'boolean',
        description:
          'The message (or other free text) speaks of suicide or self-harm now: crisis tier medium or high (docs/safety.md). The confirmation should lead with the crisis lines. Staff see the request first, marked "Read first".',
      },
      resources: {
        type: 'array',
        items: ref('CrisisResource'),
        description: "The practice's crisis lines; present when `crisis` is true.",
      },
    },
  },
  Topic: {
    type: 'object',
    required: ['id', 'label'],
    additionalProperties: false,
    properties: { id: topicId, label: text },
  },
  CrisisResource: {
    type: 'object',
    required: ['name', 'description'],
    additionalProperties: false,
    properties: {
      name: text,
      description: text,
      phone: text,
      sms: text,
      url: { type: 'string', format: 'uri' },
    },
  },
  PracticeContact: {
    type: 'object',
    additionalProperties: false,
    properties: { phone: text, email: { type: 'string', format: 'email' }, address: text },
  },
  Practice: {
    type: 'object',
    required: [
      'name',
      'timeZone',
      'locale',
      'topics',
      'contact',
      'crisisResources',
      'privacyPolicyUrl',
      'texts',
    ],
    additionalProperties: false,
    properties: {
      name: text,
      timeZone: { ...text, description: 'IANA time zone the practice schedules in.' },
      locale: { ...text, description: 'BCP 47 language tag of the practice texts.' },
      topics: { type: 'array', items: ref('Topic') },
      contact: ref('PracticeContact'),
      crisisResources: { type: 'array', items: ref('CrisisResource') },
      privacyPolicyUrl: { type: 'string', format: 'uri' },
      texts: {
        type: 'object',
        description:
          'Short texts the practice shows visitors, keyed by purpose (e.g. `signupNext`).',
        additionalProperties: { type: 'string' },
      },
      storyMaxLength: {
        type: 'integer',
        minimum: STORY_LIMITS.bodyMin,
        maximum: STORY_MAX_LENGTH_CEILING,
        description: `Longest story this practice accepts, in UTF-16 code units; ${STORY_LIMITS.bodyMax} when absent.`,
      },
    },
  },
  Story: {
    type: 'object',
    description: 'An approved story. Always render `body` and `contentWarning` as text.',
    required: ['id', 'body', 'topics', 'contentWarning', 'month', 'resonance'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' },
      body: {
        ...text,
        description:
          'The story as the wall shows it: every personal detail replaced by a placeholder in its language ("[name]", "[nombre]", "[phone]"…) unless staff chose to keep it (docs/safety.md).',
      },
      topics: { type: 'array', items: topicId },
      contentWarning: {
        type: ['string', 'null'],
        description: 'Show the story collapsed behind this note when present.',
      },
      month: {
        type: 'string',
        pattern: '^\\d{4}-\\d{2}$',
        description: 'Month it was shared (`YYYY-MM`); stories never carry a finer date.',
      },
      resonance: { type: 'integer', minimum: 0, description: 'How many said "me too".' },
    },
  },
  StoryList: {
    type: 'object',
    required: ['items', 'nextCursor'],
    additionalProperties: false,
    properties: {
      items: { type: 'array', items: ref('Story') },
      nextCursor: {
        type: ['string', 'null'],
        description: 'Pass as `cursor` for the next page; null on the last page.',
      },
    },
  },
  StorySubmission: {
    type: 'object',
    description:
      'A story to share. Rules are in src/api/story-schema.ts, shared with the widget; unknown fields are ignored.',
    required: ['body', 'consent'],
    properties: {
      body: {
        type: 'string',
        description: `${STORY_LIMITS.bodyMin} characters up to the practice's \`storyMaxLength\` (default ${STORY_LIMITS.bodyMax}), trimmed.`,
      },
      topics: {
        type: 'array',
        maxItems: STORY_LIMITS.topics,
        items: topicId,
        description: 'Ids of the practice topics.',
      },
      contentWarning: { type: 'string', maxLength: STORY_LIMITS.contentWarning },
      consent: { const: true },
      website: { type: 'string', description: 'Honeypot: leave empty.' },
    },
  },
  StoryReceipt: {
    type: 'object',
    required: ['id', 'status', 'crisis'],
    additionalProperties: false,
    properties: {
      id: text,
      status: { const: 'pending' },
      crisis: {
        type: 'boolean',
        description:
          'True when the text contains crisis language (any tier): show `resources` prominently.',
      },
      resources: {
        type: 'array',
        items: ref('CrisisResource'),
        description: 'The practice crisis resources; present when `crisis` is true.',
      },
    },
  },
  ResonanceRequest: {
    type: 'object',
    required: ['token'],
    properties: {
      token: {
        type: 'string',
        pattern: '^[A-Za-z0-9_-]{16,128}$',
        description:
          'A random token the browser keeps for this purpose only; stored as a keyed hash.',
      },
    },
  },
  Resonance: {
    type: 'object',
    required: ['resonance', 'resonated'],
    additionalProperties: false,
    properties: {
      resonance: {
        type: 'integer',
        minimum: 0,
        description:
          'The count as this browser should show it. One browser per network (IPv4 address or IPv6 /64) counts on the wall; others there are answered as if they counted too.',
      },
      resonated: {
        type: 'boolean',
        description: 'Whether this token now counts ("me too" pressed) or not (taken back).',
      },
    },
  },
  ReportRequest: {
    type: 'object',
    required: ['reason'],
    properties: {
      reason: { enum: [...REPORT_REASONS] },
      note: { type: 'string', maxLength: REPORT_NOTE_MAX },
    },
  },
  ReportReceipt: {
    type: 'object',
    required: ['status'],
    additionalProperties: false,
    properties: { status: { const: 'received' } },
  },
  Location: {
    type: 'object',
    required: ['name', 'address', 'city'],
    additionalProperties: false,
    properties: { name: text, address: text, city: text, accessibility: text },
  },
  Schedule: {
    type: 'object',
    required: ['frequency', 'weekday', 'startTime', 'durationMinutes', 'timeZone'],
    additionalProperties: false,
    properties: {
      frequency: { enum: [...FREQUENCIES] },
      weekday: {
        type: 'integer',
        minimum: 0,
        maximum: 6,
        description: '0 = Sunday … 6 = Saturday.',
      },
      startTime: {
        type: 'string',
        pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
        description: 'Local wall-clock time, 24 h.',
      },
      durationMinutes: { type: 'integer', minimum: 1 },
      timeZone: { ...text, description: 'IANA time zone, e.g. America/Los_Angeles.' },
    },
  },
  Facilitator: {
    type: 'object',
    required: ['name'],
    additionalProperties: false,
    properties: { name: text, credentials: text },
  },
  Fee: {
    type: 'object',
    required: ['currency', 'per', 'slidingScale', 'insurance'],
    additionalProperties: false,
    properties: {
      amount: {
        type: 'number',
        minimum: 0,
        description: 'Major currency unit; absent when free or by arrangement.',
      },
      currency: { type: 'string', pattern: '^[A-Z]{3}$' },
      per: { enum: ['session', 'series'] },
      slidingScale: { type: 'boolean' },
      insurance: { type: 'array', items: text },
    },
  },
  Screening: {
    type: 'object',
    required: ['required'],
    additionalProperties: false,
    properties: { required: { type: 'boolean' }, note: text },
  },
  Group: {
    type: 'object',
    required: [
      'id',
      'name',
      'summary',
      'description',
      'topics',
      'audience',
      'language',
      'kind',
      'format',
      'schedule',
      'enrollment',
      'nextSessions',
      'facilitators',
      'fee',
      'capacity',
      'seatsLeft',
      'status',
      'screening',
    ],
    additionalProperties: false,
    properties: {
      id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' },
      name: text,
      summary: text,
      description: text,
      topics: { type: 'array', items: topicId },
      audience: text,
      ageMin: { type: 'integer', minimum: 0 },
      ageMax: { type: 'integer', minimum: 0 },
      language: { ...text, description: 'BCP 47 language tag of the sessions.' },
      kind: { enum: [...GROUP_KINDS] },
      format: { enum: [...GROUP_FORMATS] },
      location: ref('Location'),
      schedule: ref('Schedule'),
      enrollment: { enum: [...ENROLLMENTS] },
      startsOn: { ...localDate, description: 'Cohort start date in the group’s time zone.' },
      sessionCount: { type: 'integer', minimum: 1 },
      nextSessions: {
        type: 'array',
        description:
          'Upcoming session start instants (UTC), computed by the server; empty when a series has ended.',
        items: { type: 'string', format: 'date-time' },
      },
      facilitators: { type: 'array', items: ref('Facilitator') },
      fee: ref('Fee'),
      capacity: { type: 'integer', minimum: 0 },
      seatsLeft: { type: 'integer', minimum: 0 },
      status: { enum: [...GROUP_STATUSES] },
      screening: ref('Screening'),
    },
  },
  GroupList: {
    type: 'object',
    required: ['items', 'nextCursor'],
    additionalProperties: false,
    properties: {
      items: { type: 'array', items: ref('Group') },
      nextCursor: {
        type: ['string', 'null'],
        description:
          'Null on the last page, and always without `limit` (the whole list); otherwise pass it as `cursor` for the next page.',
      },
    },
  },
  Health: {
    type: 'object',
    required: ['status'],
    additionalProperties: false,
    properties: { status: { const: 'ok' } },
  },
} as const;

// What staff send to create or edit a group: the Group without what the server computes, plus
// the settings only staff see. The staff API checks bodies against this very schema.
const COMPUTED_GROUP_FIELDS = ['nextSessions', 'seatsLeft', 'status'];
const groupInputSchema = {
  type: 'object',
  description:
    'A group as staff write it: the `Group` without `nextSessions`, `seatsLeft` and `status`, which the server computes.',
  required: schemas.Group.required.filter((field) => !COMPUTED_GROUP_FIELDS.includes(field)),
  additionalProperties: false,
  properties: {
    ...Object.fromEntries(
      Object.entries(schemas.Group.properties).filter(
        ([field]) => !COMPUTED_GROUP_FIELDS.includes(field),
      ),
    ),
    closed: {
      type: 'boolean',
      description:
        'Stop taking requests (the public status becomes `closed`). Kept as it was when left out of an edit.',
    },
    externalEnrolled: {
      type: 'integer',
      minimum: 0,
      description:
        'People enrolled outside Hearth (by phone, an earlier cycle): they take seats. Kept as it was when left out of an edit.',
    },
  },
};

const optionalIdempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Optional: a new random value per request, the same on each retry; a retry then gets the first answer.',
  schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[!-~]+$' },
};

const rateLimited = {
  ...problem('Too many requests from this client; see `Retry-After`.'),
  headers: {
    'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } },
  },
};

const noStoreHeaders = {
  'Cache-Control': { schema: { const: 'no-store' } },
  'Idempotent-Replayed': {
    description: '`true` when this is the stored answer to an earlier request.',
    schema: { type: 'string' },
  },
};

const storyIdParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

const commonErrors = {
  '405': problem('This path does not accept that method.'),
  '413': problem('The request body is larger than the server accepts.'),
  '500': problem('Unexpected server error; nothing internal is disclosed.'),
};

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Hearth API',
    version: '1.0.0',
    summary: 'Therapy groups, sign-ups and anonymous stories of one practice.',
    description:
      'The HTTP API the Hearth widgets talk to. Every error is `application/problem+json` (RFC 9457). ' +
      'Public GETs carry a strong `ETag` and `Cache-Control`. Browsers may call the API only from the ' +
      'origins the server allows (CORS). The staff API under `/v1/admin/` needs a session cookie ' +
      '(browser console: POST /v1/admin/login, then GET /v1/admin/session for the CSRF token to ' +
      'send as `X-CSRF-Token` on every POST, PUT and DELETE) or a bearer token (scripts); its ' +
      'answers are never cached.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: '/' }],
  paths: {
    '/healthz': {
      get: {
        operationId: 'getHealth',
        summary: 'Liveness check',
        responses: {
          '200': { description: 'The server is up.', content: json(ref('Health')) },
          ...commonErrors,
        },
      },
    },
    '/v1/practice': {
      get: {
        operationId: 'getPractice',
        summary:
          'The practice: name, time zone, topics, crisis resources, privacy policy and texts',
        parameters: [ifNoneMatch],
        responses: {
          '200': {
            description: 'The practice.',
            headers: cacheHeaders,
            content: json(ref('Practice')),
          },
          '304': notModified,
          '404': problem('The practice is not set up yet.'),
          ...commonErrors,
        },
      },
    },
    '/v1/groups': {
      get: {
        operationId: 'listGroups',
        summary: 'Groups that are not archived, filtered',
        parameters: [
          arrayParameter('topic', 'Topic ids.', topicId),
          arrayParameter('format', 'Formats.', { enum: [...GROUP_FORMATS] }),
          arrayParameter('day', 'Weekdays, 0 = Sunday … 6 = Saturday.', {
            type: 'integer',
            minimum: 0,
            maximum: 6,
          }),
          {
            name: 'q',
            in: 'query',
            required: false,
            description:
              'Free text searched in name, summary and description, ignoring case and accents.',
            schema: { type: 'string', maxLength: MAX_QUERY_LENGTH },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            description:
              'At most this many groups, with a `nextCursor` when more follow. Without it, every matching group in one answer (`nextCursor` null).',
            schema: { type: 'integer', minimum: 1, maximum: GROUP_PAGE_MAX },
          },
          {
            name: 'cursor',
            in: 'query',
            required: false,
            description:
              'The `nextCursor` of the previous page, unchanged (opaque), with the same filters. The order is stable: paging through never repeats or skips a group that stayed listed.',
            schema: { type: 'string', maxLength: 1000 },
          },
          ifNoneMatch,
        ],
        responses: {
          '200': {
            description: 'Matching groups, in the practice’s order.',
            headers: cacheHeaders,
            content: json(ref('GroupList')),
          },
          '304': notModified,
          '400': problem('A query parameter is not valid; `fields` says which and why.'),
          ...commonErrors,
        },
      },
    },
    '/v1/groups/{id}': {
      get: {
        operationId: 'getGroup',
        summary: 'One group, with more upcoming session dates',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          ifNoneMatch,
        ],
        responses: {
          '200': { description: 'The group.', headers: cacheHeaders, content: json(ref('Group')) },
          '304': notModified,
          '404': problem('No such group, or it was archived.'),
          ...commonErrors,
        },
      },
    },
    '/v1/groups/{id}/signups': {
      post: {
        operationId: 'createSignup',
        summary: 'Request a spot in a group, or join its waitlist when it is full',
        description:
          'Exactly once per `Idempotency-Key`: a retry with the same key and body gets the first ' +
          'answer again (for 24 hours), unless staff deleted that sign-up (410). Only a keyed hash ' +
          'of the body is kept. Responses are never cached. Limited per client (429).',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: true,
            description:
              'A new random value (e.g. a UUID) per sign-up, the same on every retry of it. 1–200 visible ASCII characters.',
            schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[!-~]+$' },
          },
        ],
        requestBody: { required: true, content: json(ref('SignupRequest')) },
        responses: {
          '201': {
            description: 'Requested (a seat is held) or waitlisted (with a position).',
            headers: {
              'Cache-Control': { schema: { const: 'no-store' } },
              'Idempotent-Replayed': {
                description: '`true` when this is the stored answer to an earlier request.',
                schema: { type: 'string' },
              },
            },
            content: json(ref('SignupResult')),
          },
          '400': problem(
            'Malformed JSON, a missing or invalid `Idempotency-Key`, or invalid fields (`fields` and `codes`).',
          ),
          '404': problem('No such group, or it was archived.'),
          '409': problem(
            'The practice is not taking requests for this group (`urn:hearth:problem:group-closed`).',
          ),
          '410': problem(
            'The sign-up this `Idempotency-Key` made was deleted at the person’s request (`urn:hearth:problem:request-data-deleted`): nothing is replayed or made again; send a new key.',
          ),
          '415': problem('The body is not JSON.'),
          '422': problem('The `Idempotency-Key` was already used for a different request.'),
          '429': {
            ...problem('Too many requests from this client; see `Retry-After`.'),
            headers: {
              'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } },
            },
          },
          ...commonErrors,
        },
      },
    },
    '/v1/stories': {
      get: {
        operationId: 'listStories',
        summary: 'Approved stories, newest approval first (never by popularity), a page at a time',
        parameters: [
          arrayParameter('topic', 'Topic ids.', topicId),
          {
            name: 'cursor',
            in: 'query',
            required: false,
            description: 'The `nextCursor` of the previous page, unchanged (opaque).',
            schema: { type: 'string' },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: `Stories per page (default ${STORY_PAGE.default}).`,
            schema: { type: 'integer', minimum: 1, maximum: STORY_PAGE.max },
          },
          ifNoneMatch,
        ],
        responses: {
          '200': {
            description: 'A page of approved stories.',
            headers: cacheHeaders,
            content: json(ref('StoryList')),
          },
          '304': notModified,
          '400': problem('`topic`, `cursor` or `limit` is not valid; `fields` says which.'),
          ...commonErrors,
        },
      },
      post: {
        operationId: 'createStory',
        summary: 'Share a story; it is published only after a person at the practice approves it',
        parameters: [optionalIdempotencyKey],
        requestBody: { required: true, content: json(ref('StorySubmission')) },
        responses: {
          '202': {
            description: 'Received for review; with crisis resources when the text calls for them.',
            headers: noStoreHeaders,
            content: json(ref('StoryReceipt')),
          },
          '400': problem('Malformed JSON or invalid fields (`fields` and `codes`).'),
          '404': problem('The practice is not set up yet.'),
          '415': problem('The body is not JSON.'),
          '422': problem('The `Idempotency-Key` was already used for a different request.'),
          '429': rateLimited,
          ...commonErrors,
        },
      },
    },
    '/v1/stories/{id}/resonance': {
      post: {
        operationId: 'toggleResonance',
        summary: '"Me too": the first call for a visitor token counts, the next takes it back',
        parameters: [storyIdParameter, optionalIdempotencyKey],
        requestBody: { required: true, content: json(ref('ResonanceRequest')) },
        responses: {
          '200': {
            description: 'The new count and whether this token counts.',
            headers: noStoreHeaders,
            content: json(ref('Resonance')),
          },
          '400': problem('Malformed JSON or an invalid `token`.'),
          '404': problem('No approved story with this id.'),
          '415': problem('The body is not JSON.'),
          '422': problem('The `Idempotency-Key` was already used for a different request.'),
          '429': rateLimited,
          ...commonErrors,
        },
      },
    },
    '/v1/stories/{id}/reports': {
      post: {
        operationId: 'reportStory',
        summary: 'Report an approved story; enough reports hide it until staff review it again',
        parameters: [storyIdParameter],
        requestBody: { required: true, content: json(ref('ReportRequest')) },
        responses: {
          '202': {
            description: 'Received.',
            headers: { 'Cache-Control': { schema: { const: 'no-store' } } },
            content: json(ref('ReportReceipt')),
          },
          '400': problem('Malformed JSON, or an invalid `reason` or `note`.'),
          '404': problem('No approved story with this id.'),
          '415': problem('The body is not JSON.'),
          '429': rateLimited,
          ...commonErrors,
        },
      },
    },
    '/v1/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This document',
        responses: {
          '200': {
            description: 'The OpenAPI 3.1 document.',
            headers: cacheHeaders,
            content: json({
              type: 'object',
              required: ['openapi', 'info', 'paths'],
              properties: {
                openapi: { const: '3.1.0' },
                info: { type: 'object' },
                paths: { type: 'object' },
              },
            }),
          },
          '304': notModified,
          ...commonErrors,
        },
      },
    },
    ...adminPaths,
  },
  components: {
    schemas: { ...schemas, GroupInput: groupInputSchema, ...adminSchemas },
    securitySchemes: adminSecuritySchemes,
  },
} as const;
