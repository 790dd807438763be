// Sign-ups in the OpenAPI document: a visitor's request (public) and the staff workflow.
import { SIGNUP_LIMITS } from '../../../src/api/rules/signup.js';
import { CONTACT_METHODS } from '../../../src/api/contract/public.js';
import { SIGNUP_STATUSES } from './workflow.js';
import * as oas from '../http/openapi-parts.js';

export const signupSchemas = {
  SignupRequest: {
    type: 'object',
    description:
      'A request for a spot. Rules are in src/api/rules/signup.ts, shared with the widget; unknown fields are ignored.',
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
      id: oas.text,
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
        items: oas.ref('CrisisResource'),
        description: "The practice's crisis lines; present when `crisis` is true.",
      },
    },
  },
} as const;

const signupRecord = oas.recordOperations('Sign-up id.', 'StaffSignup');

export const signupPaths = {
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
      requestBody: { required: true, content: oas.json(oas.ref('SignupRequest')) },
      responses: oas.postAnswers(
        '201',
        'Requested (a seat is held) or waitlisted (with a position).',
        'SignupResult',
        {
          '400': oas.problem(
            'Malformed JSON, a missing or invalid `Idempotency-Key`, or invalid fields (`fields` and `codes`).',
          ),
          '404': oas.problem('No such group, or it was archived.'),
          '409': oas.problem(
            'The practice is not taking requests for this group (`urn:hearth:problem:group-closed`).',
          ),
          '410': oas.problem(
            'The sign-up this `Idempotency-Key` made was deleted at the person’s request (`urn:hearth:problem:request-data-deleted`): nothing is replayed or made again; send a new key.',
          ),
          '422': oas.keyReused,
        },
      ),
    },
  },
};

export const signupStaffSchemas = {
  SignupStatus: {
    enum: [...SIGNUP_STATUSES],
    description:
      'received → contacted → screening_scheduled → accepted → enrolled, or waitlisted, referred (elsewhere), declined, withdrawn. The first five hold a seat.',
  },
  StaffSignup: {
    type: 'object',
    description:
      'A sign-up as staff see it, decrypted. Render every text as text. Personal data: never put it in URLs, logs or analytics.',
    required: [
      'id',
      'groupId',
      'groupName',
      'status',
      'waitlistPosition',
      'name',
      'email',
      'phone',
      'contactMethod',
      'okToLeaveMessage',
      'bestTimes',
      'message',
      'ageConfirmed',
      'consentVersion',
      'consentedAt',
      'createdAt',
      'updatedAt',
      'retainUntil',
      'crisis',
      'readFirst',
      'history',
    ],
    additionalProperties: false,
    properties: {
      id: oas.id,
      groupId: oas.id,
      groupName: oas.text,
      status: oas.ref('SignupStatus'),
      waitlistPosition: {
        type: ['integer', 'null'],
        minimum: 1,
        description: 'Current place in the waitlist (1 is next) when waitlisted.',
      },
      name: { type: 'string' },
      email: { type: 'string' },
      phone: { type: ['string', 'null'] },
      contactMethod: { enum: ['email', 'phone', 'text'] },
      okToLeaveMessage: { type: ['boolean', 'null'] },
      bestTimes: { type: ['string', 'null'] },
      message: { type: ['string', 'null'] },
      ageConfirmed: { type: ['boolean', 'null'] },
      consentVersion: oas.text,
      consentedAt: oas.dateTime,
      createdAt: oas.dateTime,
      updatedAt: oas.dateTime,
      retainUntil: {
        ...oas.nullableDateTime,
        description:
          'When the request is deleted automatically (HEARTH_RETENTION_DAYS after it was made); null while the person is enrolled.',
      },
      crisis: {
        enum: ['none', 'low', 'medium', 'high'],
        description:
          'Crisis tier of what the person wrote (message, best times), as docs/safety.md defines it.',
      },
      readFirst: {
        type: 'boolean',
        description:
          'The tier is `medium` or `high` and the request is still `received` or `waitlisted`: no one has acted on it yet. Such requests lead the list; show them marked, with the message in view.',
      },
      history: {
        type: 'array',
        description: 'Status changes and notes, oldest first.',
        items: {
          type: 'object',
          required: ['at', 'from', 'to', 'note', 'actor'],
          additionalProperties: false,
          properties: {
            at: oas.dateTime,
            from: { anyOf: [oas.ref('SignupStatus'), { type: 'null' }] },
            to: { anyOf: [oas.ref('SignupStatus'), { type: 'null' }] },
            note: { type: ['string', 'null'] },
            actor: {
              type: ['object', 'null'],
              required: ['id', 'email'],
              additionalProperties: false,
              properties: { id: oas.id, email: { type: ['string', 'null'] } },
            },
          },
        },
      },
    },
  },
  StaffSignupList: oas.list('StaffSignup'),
  SignupStatusChange: {
    type: 'object',
    required: ['status'],
    additionalProperties: false,
    properties: {
      status: oas.ref('SignupStatus'),
      note: { type: 'string', maxLength: 2000, description: 'A staff note, kept with the change.' },
    },
  },
  SignupNote: {
    type: 'object',
    required: ['note'],
    additionalProperties: false,
    properties: { note: { type: 'string', minLength: 1, maxLength: 2000 } },
  },
} as const;

export const signupStaffPaths = {
  '/v1/admin/signups': {
    get: oas.operation({
      id: 'listSignups',
      summary: 'Sign-ups by group and status, oldest first, decrypted; those to read first lead',
      description:
        'Requests with `readFirst` come first (crisis tier `high`, then `medium`, each oldest first); then the rest, oldest first. The CSV export has the same order.',
      parameters: [
        oas.queryParam('group', 'Only this group id.', { type: 'string' }),
        oas.queryParam('status', 'Comma-separated statuses.', { type: 'string' }),
      ],
      responses: { '200': 'StaffSignupList' },
    }),
  },
  '/v1/admin/signups/export.csv': {
    get: oas.operation({
      id: 'exportSignups',
      summary:
        'The same list as CSV for a spreadsheet (UTF-8 with BOM; formula-like cells neutralised)',
      description:
        "Cells starting with `=`, `+`, `-`, `@`, a tab or a carriage return get a leading `'` so spreadsheet apps never run them. Each export is written to the audit log.",
      parameters: [
        oas.queryParam('group', 'Only this group id.', { type: 'string' }),
        oas.queryParam('status', 'Comma-separated statuses.', { type: 'string' }),
      ],
      responses: {
        '200': {
          description: 'A CSV download (`Content-Disposition: attachment`).',
          content: { 'text/csv': { schema: { type: 'string' } } },
          headers: { 'Content-Disposition': { schema: { type: 'string' } } },
        },
      },
    }),
  },
  '/v1/admin/signups/{id}': {
    get: signupRecord.read('getSignup', 'One sign-up with its history and notes'),
    delete: signupRecord.change({
      id: 'deleteSignup',
      summary: 'Delete a person’s sign-up and its history for good (a request to erase their data)',
      responses: { '204': null },
    }),
  },
  '/v1/admin/signups/{id}/status': signupRecord.step(
    'changeSignupStatus',
    'Move a sign-up on in the workflow, with an optional note',
    {
      description:
        'Taking a seat (from waitlisted, referred, declined or withdrawn) needs a free one: `409` otherwise.',
      body: 'SignupStatusChange',
    },
  ),
  '/v1/admin/signups/{id}/promote': signupRecord.step(
    'promoteSignup',
    'Give a waitlisted person a freed seat (status `received`)',
  ),
  '/v1/admin/signups/{id}/notes': signupRecord.step('addSignupNote', 'Add a staff note', {
    body: 'SignupNote',
  }),
};
