// Groups in the OpenAPI document: the list and a group (public), and groups as staff keep them.
import {
  ENROLLMENTS,
  FREQUENCIES,
  GROUP_FORMATS,
  GROUP_KINDS,
  GROUP_STATUSES,
} from '../../../src/api/contract/public.js';
import { GROUP_ID } from '../../../src/api/contract/ids.js';
import { GROUP_PAGE_MAX } from './paging.js';
import { MAX_QUERY_LENGTH } from './query.js';
import { SIGNUP_STATUSES } from '../signups/workflow.js';
import * as oas from '../http/openapi-parts.js';

const localDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

export const groupSchemas = {
  Location: {
    type: 'object',
    required: ['name', 'address', 'city'],
    additionalProperties: false,
    properties: { name: oas.text, address: oas.text, city: oas.text, accessibility: oas.text },
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
      timeZone: { ...oas.text, description: 'IANA time zone, e.g. America/Los_Angeles.' },
    },
  },
  Facilitator: {
    type: 'object',
    required: ['name'],
    additionalProperties: false,
    properties: { name: oas.text, credentials: oas.text },
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
      insurance: { type: 'array', items: oas.text },
    },
  },
  Screening: {
    type: 'object',
    required: ['required'],
    additionalProperties: false,
    properties: { required: { type: 'boolean' }, note: oas.text },
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
      id: { type: 'string', pattern: GROUP_ID.source },
      name: oas.text,
      summary: oas.text,
      description: oas.text,
      topics: { type: 'array', items: oas.topicId },
      audience: oas.text,
      ageMin: { type: 'integer', minimum: 0 },
      ageMax: { type: 'integer', minimum: 0 },
      language: { ...oas.text, description: 'BCP 47 language tag of the sessions.' },
      kind: { enum: [...GROUP_KINDS] },
      format: { enum: [...GROUP_FORMATS] },
      location: oas.ref('Location'),
      schedule: oas.ref('Schedule'),
      enrollment: { enum: [...ENROLLMENTS] },
      startsOn: { ...localDate, description: 'Cohort start date in the group’s time zone.' },
      sessionCount: { type: 'integer', minimum: 1 },
      nextSessions: {
        type: 'array',
        description:
          'Upcoming session start instants (UTC), computed by the server; empty when a series has ended.',
        items: { type: 'string', format: 'date-time' },
      },
      facilitators: { type: 'array', items: oas.ref('Facilitator') },
      fee: oas.ref('Fee'),
      capacity: { type: 'integer', minimum: 0 },
      seatsLeft: { type: 'integer', minimum: 0 },
      status: { enum: [...GROUP_STATUSES] },
      screening: oas.ref('Screening'),
    },
  },
  GroupList: {
    type: 'object',
    required: ['items', 'nextCursor'],
    additionalProperties: false,
    properties: {
      items: { type: 'array', items: oas.ref('Group') },
      nextCursor: {
        type: ['string', 'null'],
        description:
          'Null on the last page, and always without `limit` (the whole list); otherwise pass it as `cursor` for the next page.',
      },
    },
  },
} as const;

// What staff send to create or edit a group: the Group without what the server computes, plus
// the settings only staff see. The staff API checks bodies against this very schema.
const COMPUTED_GROUP_FIELDS = ['nextSessions', 'seatsLeft', 'status'];
export const groupInputSchema = {
  type: 'object',
  description:
    'A group as staff write it: the `Group` without `nextSessions`, `seatsLeft` and `status`, which the server computes.',
  required: groupSchemas.Group.required.filter((field) => !COMPUTED_GROUP_FIELDS.includes(field)),
  additionalProperties: false,
  properties: {
    ...Object.fromEntries(
      Object.entries(groupSchemas.Group.properties).filter(
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

const groupRecord = oas.recordOperations('Group id.', 'StaffGroup');

export const groupPaths = {
  '/v1/groups': {
    get: {
      operationId: 'listGroups',
      summary: 'Groups that are not archived, filtered',
      parameters: [
        oas.arrayParameter('topic', 'Topic ids.', oas.topicId),
        oas.arrayParameter('format', 'Formats.', { enum: [...GROUP_FORMATS] }),
        oas.arrayParameter('day', 'Weekdays, 0 = Sunday … 6 = Saturday.', {
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
        oas.ifNoneMatch,
      ],
      responses: oas.cachedAnswers('Matching groups, in the practice’s order.', 'GroupList', {
        '400': oas.problem('A query parameter is not valid; `fields` says which and why.'),
      }),
    },
  },
  '/v1/groups/{id}': {
    get: {
      operationId: 'getGroup',
      summary: 'One group, with more upcoming session dates',
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
        oas.ifNoneMatch,
      ],
      responses: oas.cachedAnswers('The group.', 'Group', {
        '404': oas.problem('No such group, or it was archived.'),
      }),
    },
  },
};

export const groupStaffSchemas = {
  StaffGroup: {
    type: 'object',
    description: 'A group as staff see it: the public view, and seats against current sign-ups.',
    required: ['group', 'archived', 'closed', 'externalEnrolled', 'seats', 'signups'],
    additionalProperties: false,
    properties: {
      group: oas.ref('Group'),
      archived: { type: 'boolean', description: 'Hidden from visitors; its sign-ups are kept.' },
      closed: { type: 'boolean' },
      externalEnrolled: { type: 'integer', minimum: 0 },
      seats: {
        type: 'object',
        description:
          '`held` by sign-ups (received to enrolled) plus `externalEnrolled`, against `capacity`: `over` > 0 when a capacity change left fewer seats than people holding one.',
        required: ['capacity', 'externalEnrolled', 'held', 'left', 'over'],
        additionalProperties: false,
        properties: {
          capacity: { type: 'integer', minimum: 0 },
          externalEnrolled: { type: 'integer', minimum: 0 },
          held: { type: 'integer', minimum: 0 },
          left: { type: 'integer', minimum: 0 },
          over: { type: 'integer', minimum: 0 },
        },
      },
      signups: {
        type: 'object',
        description: 'Sign-ups of this group by status.',
        required: [...SIGNUP_STATUSES],
        additionalProperties: false,
        properties: Object.fromEntries(
          SIGNUP_STATUSES.map((status) => [status, { type: 'integer', minimum: 0 }]),
        ),
      },
    },
  },
  StaffGroupList: oas.list('StaffGroup'),
} as const;

export const groupStaffPaths = {
  '/v1/admin/groups': {
    get: oas.operation({
      id: 'listStaffGroups',
      summary: 'Every group, archived ones last, with seats against current sign-ups',
      responses: { '200': 'StaffGroupList' },
    }),
    post: oas.operation({
      id: 'createGroup',
      summary: 'Create a group (the same rules as the public Group schema)',
      parameters: oas.withCsrf(),
      body: 'GroupInput',
      responses: { '201': 'StaffGroup' },
    }),
  },
  '/v1/admin/groups/{id}': {
    get: groupRecord.read('getStaffGroup', 'One group, archived or not'),
    put: groupRecord.change({
      id: 'updateGroup',
      summary: 'Replace a group’s settings; the answer shows seats against current sign-ups',
      body: 'GroupInput',
      responses: { '200': 'StaffGroup' },
    }),
  },
  '/v1/admin/groups/{id}/archive': groupRecord.step(
    'archiveGroup',
    'Archive a group: visitors no longer see it; its sign-ups stay',
  ),
  '/v1/admin/groups/{id}/restore': groupRecord.step('restoreGroup', 'Show an archived group again'),
};
