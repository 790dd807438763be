// The staff API (`/v1/admin/...`) in the OpenAPI document: schemas and operations. Request
// schemas here are also what the server checks bodies against (schema-check.ts). References to
// `#/components/schemas/…` may name schemas of openapi.ts: the served document holds both.
import { PASSWORD_MAX_LENGTH } from '../platform/passwords.js';
import { SIGNUP_STATUSES } from '../signups/workflow.js';
import { AUDIT_VIA, STAFF_ROLES } from '../staff/repository.js';
import { MODERATION_REASON_MAX, EDITED_BODY_MAX } from '../stories/repository.js';
import {
  PERSONAL_DETAIL_KINDS,
  REPORT_REASONS,
  STORY_STATUSES,
  TEXT_LANGUAGES,
} from '../stories/moderation.js';
import { STORY_LIMITS } from '../../../src/api/story-schema.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const text = { type: 'string', minLength: 1 };
const dateTime = { type: 'string', format: 'date-time' };
const nullableDateTime = { type: ['string', 'null'], format: 'date-time' };
const id = { type: 'string', minLength: 1, maxLength: 64 };
const list = (item: string, paged = false) => ({
  type: 'object',
  required: paged ? ['items', 'nextCursor'] : ['items'],
  additionalProperties: false,
  properties: {
    items: { type: 'array', items: ref(item) },
    ...(paged && {
      nextCursor: {
        type: ['string', 'null'],
        description: 'Pass as `cursor` for the next page; null on the last page.',
      },
    }),
  },
});

const detailKind = {
  enum: [...PERSONAL_DETAIL_KINDS],
  description: 'name, address, email, phone, handle (social media) or url (a link).',
};
/** What approve and edit may change besides the text (the same rules as a visitor's story). */
const storyContent = {
  keepDetails: {
    type: 'boolean',
    description:
      'Publish the personal details still in the text (`body`, else the stored text) as written. Without it, a `body` that still holds details is refused with `422`. Audited (the kinds only). `false` masks details kept earlier again.',
  },
  contentWarning: {
    type: ['string', 'null'],
    maxLength: STORY_LIMITS.contentWarning,
    description: 'A new content note shown collapsed on the wall; empty or null removes it.',
  },
  topics: {
    type: 'array',
    maxItems: STORY_LIMITS.topics,
    items: { type: 'string', minLength: 1, maxLength: 64 },
    description: 'New topics: ids of the practice’s topics.',
  },
};

const staffSelf = {
  id,
  email: text,
  role: { enum: [...STAFF_ROLES] },
  mustChangePassword: {
    type: 'boolean',
    description: 'Until it is changed, only the session, logout and password change work (403).',
  },
  totpEnabled: { type: 'boolean' },
};

export const adminSchemas = {
  LoginRequest: {
    type: 'object',
    required: ['email', 'password'],
    additionalProperties: false,
    properties: {
      email: { type: 'string', minLength: 1, maxLength: 254 },
      password: { type: 'string', minLength: 1, maxLength: PASSWORD_MAX_LENGTH },
      totp: {
        type: 'string',
        maxLength: 12,
        description: 'The 6-digit code, when the account has two-step sign-in.',
      },
    },
  },
  StaffSelf: {
    type: 'object',
    required: Object.keys(staffSelf),
    additionalProperties: false,
    properties: staffSelf,
  },
  Session: {
    type: 'object',
    description:
      'Who is calling. With a session cookie, `csrfToken` must be sent as `X-CSRF-Token` on every POST, PUT and DELETE.',
    required: ['staff', 'via', 'csrfToken', 'expiresAt', 'idleExpiresAt'],
    additionalProperties: false,
    properties: {
      staff: ref('StaffSelf'),
      via: { enum: ['session', 'token'] },
      csrfToken: { type: ['string', 'null'], description: 'Null for bearer tokens.' },
      expiresAt: {
        ...nullableDateTime,
        description: 'The absolute end of the session (12 hours after sign-in).',
      },
      idleExpiresAt: {
        ...nullableDateTime,
        description: 'The session ends here unless a request comes sooner (30 idle minutes).',
      },
    },
  },
  StaffMember: {
    type: 'object',
    required: [...Object.keys(staffSelf), 'disabled', 'createdAt'],
    additionalProperties: false,
    properties: { ...staffSelf, disabled: { type: 'boolean' }, createdAt: dateTime },
  },
  StaffList: list('StaffMember'),
  StaffRequest: {
    type: 'object',
    required: ['email'],
    additionalProperties: false,
    properties: {
      email: { type: 'string', format: 'email', maxLength: 254 },
      role: { enum: [...STAFF_ROLES], description: '`staff` when absent.' },
    },
  },
  StaffChange: {
    type: 'object',
    required: ['staff'],
    additionalProperties: false,
    properties: {
      staff: ref('StaffMember'),
      oneTimePassword: {
        type: 'string',
        description:
          'Shown once: give it to the person, who must change it at first sign-in. Never stored.',
      },
    },
  },
  PasswordChange: {
    type: 'object',
    required: ['currentPassword', 'newPassword'],
    additionalProperties: false,
    properties: {
      currentPassword: { type: 'string', minLength: 1, maxLength: PASSWORD_MAX_LENGTH },
      newPassword: {
        type: 'string',
        maxLength: PASSWORD_MAX_LENGTH,
        description: 'At least 12 characters.',
      },
    },
  },
  PasswordConfirmation: {
    type: 'object',
    required: ['password'],
    additionalProperties: false,
    properties: { password: { type: 'string', minLength: 1, maxLength: PASSWORD_MAX_LENGTH } },
  },
  TotpSetup: {
    type: 'object',
    required: ['secret', 'otpauthUri'],
    additionalProperties: false,
    properties: {
      secret: { ...text, description: 'Base32, for typing into an authenticator app.' },
      otpauthUri: { ...text, description: 'Show as a QR code: `otpauth://totp/…`.' },
    },
  },
  TotpCode: {
    type: 'object',
    required: ['code'],
    additionalProperties: false,
    properties: { code: { type: 'string', minLength: 1, maxLength: 12 } },
  },
  TokenRequest: {
    type: 'object',
    required: ['name'],
    additionalProperties: false,
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 100, description: 'What it is for.' },
    },
  },
  Token: {
    type: 'object',
    required: ['id', 'name', 'createdAt', 'lastUsedAt'],
    additionalProperties: false,
    properties: { id, name: text, createdAt: dateTime, lastUsedAt: nullableDateTime },
  },
  TokenList: list('Token'),
  TokenCreated: {
    type: 'object',
    required: ['id', 'name', 'createdAt', 'lastUsedAt', 'token'],
    additionalProperties: false,
    properties: {
      id,
      name: text,
      createdAt: dateTime,
      lastUsedAt: nullableDateTime,
      token: {
        type: 'string',
        pattern: '^hearth_[A-Za-z0-9_-]+$',
        description: 'Shown once; only its hash is stored. Send as `Authorization: Bearer …`.',
      },
    },
  },
  StaffStory: {
    type: 'object',
    description:
      'A story as staff see it. `body` is the full text; `masked.masked` is exactly what the wall shows (every personal detail replaced by a placeholder in the story’s language, except details staff kept); `masked.segments` is the original in pieces, each detail marked. Render every text as text, never as HTML.',
    required: [
      'id',
      'status',
      'body',
      'masked',
      'detailsKept',
      'topics',
      'contentWarning',
      'month',
      'resonance',
      'flags',
      'reports',
      'statusReason',
      'editedAt',
      'createdAt',
      'approvedAt',
    ],
    additionalProperties: false,
    properties: {
      id,
      status: { enum: [...STORY_STATUSES] },
      body: { type: 'string' },
      masked: {
        type: 'object',
        required: ['masked', 'language', 'segments', 'ranges'],
        additionalProperties: false,
        properties: {
          masked: { type: 'string', description: 'The text exactly as the wall shows it.' },
          language: {
            enum: [...TEXT_LANGUAGES],
            description: 'The language of the placeholders (`[name]`, `[nombre]`).',
          },
          segments: {
            type: 'array',
            description:
              'The original text in pieces: joined, they give `body`. A detail has its `kind` and, unless staff kept it, the `placeholder` the wall shows instead.',
            items: {
              type: 'object',
              required: ['text'],
              additionalProperties: false,
              properties: {
                text: { type: 'string', description: 'The original text of the piece.' },
                kind: detailKind,
                placeholder: { type: 'string' },
              },
            },
          },
          ranges: {
            type: 'array',
            description: 'Where each detail is in `body` (UTF-16 offsets).',
            items: {
              type: 'object',
              required: ['kind', 'start', 'end'],
              additionalProperties: false,
              properties: {
                kind: detailKind,
                start: { type: 'integer', minimum: 0 },
                end: { type: 'integer', minimum: 0 },
              },
            },
          },
        },
      },
      detailsKept: {
        type: 'boolean',
        description: 'Staff chose to publish some personal details of this text as written.',
      },
      topics: { type: 'array', items: { type: 'string' } },
      contentWarning: { type: ['string', 'null'] },
      month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
      resonance: { type: 'integer', minimum: 0 },
      flags: {
        type: 'object',
        required: ['crisis', 'personalDetails', 'links', 'repeat', 'spam'],
        additionalProperties: false,
        properties: {
          crisis: {
            enum: ['none', 'low', 'medium', 'high'],
            description: '`high` and `medium` come first in the queue; show them clearly marked.',
          },
          personalDetails: {
            type: 'array',
            description: 'The kinds of detail found when the text was shared or last edited.',
            items: detailKind,
          },
          links: { type: 'integer', minimum: 0 },
          repeat: { type: 'boolean' },
          spam: { type: 'array', items: { enum: ['links', 'all_caps', 'repeated_characters'] } },
        },
      },
      reports: {
        type: 'object',
        description: 'Open reports (since the last review).',
        required: ['count', 'reasons', 'notes'],
        additionalProperties: false,
        properties: {
          count: { type: 'integer', minimum: 0 },
          reasons: {
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(
              REPORT_REASONS.map((reason) => [reason, { type: 'integer', minimum: 1 }]),
            ),
          },
          notes: { type: 'array', items: { type: 'string' } },
        },
      },
      statusReason: { type: ['string', 'null'] },
      editedAt: nullableDateTime,
      createdAt: dateTime,
      approvedAt: nullableDateTime,
    },
  },
  StaffStoryList: list('StaffStory', true),
  StoryQueue: list('StaffStory'),
  ApproveRequest: {
    type: 'object',
    description:
      'Without `body`, the wall shows the story’s own text with every personal detail masked.',
    additionalProperties: false,
    properties: {
      body: {
        type: 'string',
        maxLength: EDITED_BODY_MAX,
        description:
          'The redacted text to publish instead; the original is not kept. Scanned again: placeholders such as `[name]` are fine, personal details are refused unless `keepDetails`.',
      },
      ...storyContent,
    },
  },
  ReasonRequest: {
    type: 'object',
    additionalProperties: false,
    properties: {
      reason: {
        type: 'string',
        maxLength: MODERATION_REASON_MAX,
        description: 'Required to reject; optional to hide. Staff only see it.',
      },
    },
  },
  EditRequest: {
    type: 'object',
    description: 'At least one field. The text is scanned again, as with approve.',
    minProperties: 1,
    additionalProperties: false,
    properties: {
      body: { type: 'string', minLength: 1, maxLength: EDITED_BODY_MAX },
      ...storyContent,
    },
  },
  PersonalDetailsProblem: {
    type: 'object',
    description:
      'An edited text still holds personal details (`urn:hearth:problem:personal-details`): `fields.body` names them in words, `details` lists them.',
    required: ['type', 'title', 'status', 'fields', 'details'],
    additionalProperties: false,
    properties: {
      type: { const: 'urn:hearth:problem:personal-details' },
      title: text,
      status: { const: 422 },
      detail: { type: 'string' },
      fields: {
        type: 'object',
        required: ['body'],
        properties: { body: { type: 'string' } },
        additionalProperties: { type: 'string' },
      },
      codes: { type: 'object', additionalProperties: { type: 'string' } },
      details: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['kind', 'text'],
          additionalProperties: false,
          properties: {
            kind: detailKind,
            text: { type: 'string', description: 'The detail as found in the text.' },
          },
        },
      },
    },
  },
  BulkApproveRequest: {
    type: 'object',
    required: ['ids'],
    additionalProperties: false,
    properties: {
      ids: { type: 'array', minItems: 1, maxItems: 100, items: id },
    },
  },
  BulkApproveResult: {
    type: 'object',
    required: ['results'],
    additionalProperties: false,
    properties: {
      results: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'result'],
          additionalProperties: false,
          properties: { id, result: { enum: ['approved', 'not_found', 'not_allowed'] } },
        },
      },
    },
  },
  AuditEntry: {
    type: 'object',
    description: 'One staff action. Never holds personal data: only ids, statuses and counts.',
    required: ['id', 'at', 'actor', 'via', 'action', 'targetType', 'targetId', 'detail'],
    additionalProperties: false,
    properties: {
      id,
      at: dateTime,
      actor: {
        type: ['object', 'null'],
        required: ['id', 'email'],
        additionalProperties: false,
        properties: { id, email: { type: ['string', 'null'] } },
      },
      via: { enum: [...AUDIT_VIA] },
      action: text,
      targetType: { type: ['string', 'null'] },
      targetId: { type: ['string', 'null'] },
      detail: { type: ['object', 'null'] },
    },
  },
  AuditList: list('AuditEntry', true),
  StaffGroup: {
    type: 'object',
    description: 'A group as staff see it: the public view, and seats against current sign-ups.',
    required: ['group', 'archived', 'closed', 'externalEnrolled', 'seats', 'signups'],
    additionalProperties: false,
    properties: {
      group: ref('Group'),
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
  StaffGroupList: list('StaffGroup'),
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
      id,
      groupId: id,
      groupName: text,
      status: ref('SignupStatus'),
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
      consentVersion: text,
      consentedAt: dateTime,
      createdAt: dateTime,
      updatedAt: dateTime,
      retainUntil: {
        ...nullableDateTime,
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
            at: dateTime,
            from: { anyOf: [ref('SignupStatus'), { type: 'null' }] },
            to: { anyOf: [ref('SignupStatus'), { type: 'null' }] },
            note: { type: ['string', 'null'] },
            actor: {
              type: ['object', 'null'],
              required: ['id', 'email'],
              additionalProperties: false,
              properties: { id, email: { type: ['string', 'null'] } },
            },
          },
        },
      },
    },
  },
  StaffSignupList: list('StaffSignup'),
  SignupStatusChange: {
    type: 'object',
    required: ['status'],
    additionalProperties: false,
    properties: {
      status: ref('SignupStatus'),
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

// --- operations -------------------------------------------------------------------------------

interface OperationSpec {
  id: string;
  summary: string;
  description?: string;
  parameters?: object[];
  body?: string;
  /** Status → response schema name (JSON), `null` for no body, or a content map. */
  responses: Record<
    string,
    string | null | { description: string; content?: object; headers?: object }
  >;
  /** Owner only: a `staff` account gets 403. */
  owner?: boolean;
  /** Needs a signed-in session: a bearer token gets 403. */
  sessionOnly?: boolean;
  /** No credentials needed (the login). */
  open?: boolean;
}

const noStore = { 'Cache-Control': { schema: { const: 'no-store' } } };
const security = [{ cookieAuth: [] }, { bearerAuth: [] }];

const adminErrors = {
  '400': problem('Invalid body or query: `fields` says which field and why.'),
  '401': problem('No session or token, or it has ended (`WWW-Authenticate: Bearer`).'),
  '403': problem(
    'Not allowed: wrong role, a token where a session is needed, a missing or wrong `X-CSRF-Token` (`urn:hearth:problem:csrf`), a request from another site, or a password that must be changed first (`urn:hearth:problem:password-change-required`).',
  ),
  '404': problem('No such record.'),
  '409': problem('Not possible in the record’s current state.'),
  '413': problem('The request body is larger than the server accepts.'),
  '415': problem('The body is not JSON.'),
  '500': problem('Unexpected server error; nothing internal is disclosed.'),
};

const personalDetailsRefused = {
  description:
    'The text still holds personal details: remove them, or send `keepDetails: true` to publish them as written.',
  content: { 'application/problem+json': { schema: ref('PersonalDetailsProblem') } },
};

function operation(spec: OperationSpec) {
  const responses: Record<string, object> = {};
  for (const [status, response] of Object.entries(spec.responses)) {
    if (response === null) responses[status] = { description: 'Done.', headers: noStore };
    else if (typeof response === 'string') {
      responses[status] = { description: 'OK.', headers: noStore, content: json(ref(response)) };
    } else responses[status] = { ...response, headers: { ...noStore, ...response.headers } };
  }
  return {
    operationId: spec.id,
    summary: spec.summary,
    ...(spec.description && { description: spec.description }),
    tags: ['staff'],
    security: spec.open ? [] : security,
    ...(spec.owner && { 'x-hearth-role': 'owner' }),
    ...(spec.sessionOnly && { 'x-hearth-session-only': true }),
    ...(spec.parameters && { parameters: spec.parameters }),
    ...(spec.body && { requestBody: { required: true, content: json(ref(spec.body)) } }),
    responses: { ...responses, ...adminErrors },
  };
}

const pathId = (description: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
const csrfHeader = {
  name: 'X-CSRF-Token',
  in: 'header',
  required: false,
  description:
    'Required with a session cookie on POST, PUT and DELETE: `csrfToken` of GET /v1/admin/session.',
  schema: { type: 'string' },
};
const withCsrf = (parameters: object[] = []) => [...parameters, csrfHeader];
const queryParam = (name: string, description: string, schema: object) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

/** Every check of a password or code counts towards the sign-in lockout. */
const lockedOut = {
  ...problem('Too many attempts at this account or from this client; see `Retry-After`.'),
  headers: { 'Retry-After': { schema: { type: 'integer' } } },
};

export const adminPaths = {
  '/v1/admin/login': {
    post: operation({
      id: 'adminLogin',
      summary: 'Sign in: sets the `hearth_session` cookie (HttpOnly, SameSite=Strict)',
      description:
        'A new session id at every sign-in. Attempts are counted before the password is checked: 5 attempts at an account that do not succeed (20 from one client) lock it for a minute, doubling after each further one, up to an hour: `429` with `Retry-After`, nothing checked. The error never says whether the address has an account. With two-step sign-in on, a missing code gives `401` `urn:hearth:problem:totp-required`.',
      open: true,
      body: 'LoginRequest',
      responses: {
        '200': 'Session',
        '429': lockedOut,
      },
    }),
  },
  '/v1/admin/logout': {
    post: operation({
      id: 'adminLogout',
      summary: 'Sign out: ends the session and clears the cookie',
      parameters: withCsrf(),
      responses: { '204': null },
    }),
  },
  '/v1/admin/session': {
    get: operation({
      id: 'getAdminSession',
      summary: 'Who is signed in, the CSRF token, and when the session ends',
      responses: { '200': 'Session' },
    }),
  },
  '/v1/admin/account/password': {
    post: operation({
      id: 'changePassword',
      summary:
        'Change your password (required after a one-time password); signs out your other sessions and revokes your tokens',
      sessionOnly: true,
      parameters: withCsrf(),
      body: 'PasswordChange',
      responses: { '200': 'Session', '429': lockedOut },
    }),
  },
  '/v1/admin/account/totp': {
    post: operation({
      id: 'startTotp',
      summary: 'Start two-step sign-in: a new secret and its otpauth URI',
      sessionOnly: true,
      parameters: withCsrf(),
      responses: { '200': 'TotpSetup' },
    }),
    delete: operation({
      id: 'disableTotp',
      summary: 'Turn two-step sign-in off (with your password)',
      sessionOnly: true,
      parameters: withCsrf(),
      body: 'PasswordConfirmation',
      responses: { '200': 'Session', '429': lockedOut },
    }),
  },
  '/v1/admin/account/totp/confirm': {
    post: operation({
      id: 'confirmTotp',
      summary: 'Confirm the authenticator with a code: from now on sign-in needs one',
      sessionOnly: true,
      parameters: withCsrf(),
      body: 'TotpCode',
      responses: { '200': 'Session', '429': lockedOut },
    }),
  },
  '/v1/admin/account/tokens': {
    get: operation({
      id: 'listTokens',
      summary: 'Your bearer tokens for scripts (never the tokens themselves)',
      sessionOnly: true,
      responses: { '200': 'TokenList' },
    }),
    post: operation({
      id: 'createToken',
      summary: 'Create a bearer token; it is shown once',
      sessionOnly: true,
      parameters: withCsrf(),
      body: 'TokenRequest',
      responses: { '201': 'TokenCreated' },
    }),
  },
  '/v1/admin/account/tokens/{id}': {
    delete: operation({
      id: 'revokeToken',
      summary: 'Revoke one of your tokens',
      sessionOnly: true,
      parameters: withCsrf([pathId('Token id.')]),
      responses: { '204': null },
    }),
  },
  '/v1/admin/staff': {
    get: operation({
      id: 'listStaff',
      summary: 'The practice’s staff accounts',
      owner: true,
      responses: { '200': 'StaffList' },
    }),
    post: operation({
      id: 'createStaff',
      summary: 'Add a staff account; answers a one-time password to pass on',
      owner: true,
      parameters: withCsrf(),
      body: 'StaffRequest',
      responses: { '201': 'StaffChange' },
    }),
  },
  '/v1/admin/staff/{id}/disable': {
    post: operation({
      id: 'disableStaff',
      summary: 'Disable an account: its sessions end and its tokens are revoked',
      owner: true,
      parameters: withCsrf([pathId('Staff id.')]),
      responses: { '200': 'StaffChange' },
    }),
  },
  '/v1/admin/staff/{id}/enable': {
    post: operation({
      id: 'enableStaff',
      summary: 'Enable a disabled account again, with none of its old sessions or tokens',
      owner: true,
      parameters: withCsrf([pathId('Staff id.')]),
      responses: { '200': 'StaffChange' },
    }),
  },
  '/v1/admin/staff/{id}/reset-password': {
    post: operation({
      id: 'resetStaffPassword',
      summary:
        'Give an account a new one-time password; signs it out everywhere, revokes its tokens and turns off its two-step sign-in',
      owner: true,
      parameters: withCsrf([pathId('Staff id.')]),
      responses: { '200': 'StaffChange' },
    }),
  },
  '/v1/admin/stories/queue': {
    get: operation({
      id: 'storyQueue',
      summary:
        'Stories to review: pending and hidden, crisis-high first, then crisis-medium, then oldest',
      responses: { '200': 'StoryQueue' },
    }),
  },
  '/v1/admin/stories': {
    get: operation({
      id: 'listStaffStories',
      summary: 'Stories by status, newest first: published (`approved`), `hidden`, reported',
      parameters: [
        queryParam('status', 'Comma-separated statuses; `approved,hidden` by default.', {
          type: 'string',
        }),
        queryParam('reported', '`true`: only stories with open reports.', {
          enum: ['true', 'false'],
        }),
        queryParam('limit', 'Stories per page (default 50).', {
          type: 'integer',
          minimum: 1,
          maximum: 200,
        }),
        queryParam('cursor', 'The `nextCursor` of the previous page.', { type: 'string' }),
      ],
      responses: { '200': 'StaffStoryList' },
    }),
  },
  '/v1/admin/stories/approve': {
    post: operation({
      id: 'bulkApproveStories',
      summary: 'Approve several stories at once; each gets its own result',
      parameters: withCsrf(),
      body: 'BulkApproveRequest',
      responses: { '200': 'BulkApproveResult' },
    }),
  },
  '/v1/admin/stories/{id}': {
    get: operation({
      id: 'getStaffStory',
      summary: 'One story in any status, with flags, masked text and open reports',
      parameters: [pathId('Story id.')],
      responses: { '200': 'StaffStory' },
    }),
  },
  '/v1/admin/stories/{id}/approve': {
    post: operation({
      id: 'approveStory',
      summary:
        'Approve (publish) a pending or hidden story; the wall shows it masked unless staff keep its details',
      description:
        'Optionally with a redacted text, a new content note and topics. A text that still holds personal details is refused (`422`) unless `keepDetails` is true.',
      parameters: withCsrf([pathId('Story id.')]),
      body: 'ApproveRequest',
      responses: { '200': 'StaffStory', '422': personalDetailsRefused },
    }),
  },
  '/v1/admin/stories/{id}/reject': {
    post: operation({
      id: 'rejectStory',
      summary: 'Reject a pending or hidden story, with a reason (final)',
      parameters: withCsrf([pathId('Story id.')]),
      body: 'ReasonRequest',
      responses: { '200': 'StaffStory' },
    }),
  },
  '/v1/admin/stories/{id}/hide': {
    post: operation({
      id: 'hideStory',
      summary: 'Hide a published story from the wall',
      parameters: withCsrf([pathId('Story id.')]),
      body: 'ReasonRequest',
      responses: { '200': 'StaffStory' },
    }),
  },
  '/v1/admin/stories/{id}/keep': {
    post: operation({
      id: 'keepStory',
      summary: 'Keep a reported story on the wall: its open reports are closed, it stays published',
      description:
        'Only for a published (`approved`) story with open reports; otherwise `409`. No body.',
      parameters: withCsrf([pathId('Story id.')]),
      responses: { '200': 'StaffStory' },
    }),
  },
  '/v1/admin/stories/{id}/edit': {
    post: operation({
      id: 'editStory',
      summary: 'Change a story’s text (redact), content note or topics without changing its status',
      description:
        'A text that still holds personal details is refused (`422`) unless `keepDetails` is true.',
      parameters: withCsrf([pathId('Story id.')]),
      body: 'EditRequest',
      responses: { '200': 'StaffStory', '422': personalDetailsRefused },
    }),
  },
  '/v1/admin/signups': {
    get: operation({
      id: 'listSignups',
      summary: 'Sign-ups by group and status, oldest first, decrypted; those to read first lead',
      description:
        'Requests with `readFirst` come first (crisis tier `high`, then `medium`, each oldest first); then the rest, oldest first. The CSV export has the same order.',
      parameters: [
        queryParam('group', 'Only this group id.', { type: 'string' }),
        queryParam('status', 'Comma-separated statuses.', { type: 'string' }),
      ],
      responses: { '200': 'StaffSignupList' },
    }),
  },
  '/v1/admin/signups/export.csv': {
    get: operation({
      id: 'exportSignups',
      summary:
        'The same list as CSV for a spreadsheet (UTF-8 with BOM; formula-like cells neutralised)',
      description:
        "Cells starting with `=`, `+`, `-`, `@`, a tab or a carriage return get a leading `'` so spreadsheet apps never run them. Each export is written to the audit log.",
      parameters: [
        queryParam('group', 'Only this group id.', { type: 'string' }),
        queryParam('status', 'Comma-separated statuses.', { type: 'string' }),
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
    get: operation({
      id: 'getSignup',
      summary: 'One sign-up with its history and notes',
      parameters: [pathId('Sign-up id.')],
      responses: { '200': 'StaffSignup' },
    }),
    delete: operation({
      id: 'deleteSignup',
      summary: 'Delete a person’s sign-up and its history for good (a request to erase their data)',
      parameters: withCsrf([pathId('Sign-up id.')]),
      responses: { '204': null },
    }),
  },
  '/v1/admin/signups/{id}/status': {
    post: operation({
      id: 'changeSignupStatus',
      summary: 'Move a sign-up on in the workflow, with an optional note',
      description:
        'Taking a seat (from waitlisted, referred, declined or withdrawn) needs a free one: `409` otherwise.',
      parameters: withCsrf([pathId('Sign-up id.')]),
      body: 'SignupStatusChange',
      responses: { '200': 'StaffSignup' },
    }),
  },
  '/v1/admin/signups/{id}/promote': {
    post: operation({
      id: 'promoteSignup',
      summary: 'Give a waitlisted person a freed seat (status `received`)',
      parameters: withCsrf([pathId('Sign-up id.')]),
      responses: { '200': 'StaffSignup' },
    }),
  },
  '/v1/admin/signups/{id}/notes': {
    post: operation({
      id: 'addSignupNote',
      summary: 'Add a staff note',
      parameters: withCsrf([pathId('Sign-up id.')]),
      body: 'SignupNote',
      responses: { '200': 'StaffSignup' },
    }),
  },
  '/v1/admin/groups': {
    get: operation({
      id: 'listStaffGroups',
      summary: 'Every group, archived ones last, with seats against current sign-ups',
      responses: { '200': 'StaffGroupList' },
    }),
    post: operation({
      id: 'createGroup',
      summary: 'Create a group (the same rules as the public Group schema)',
      parameters: withCsrf(),
      body: 'GroupInput',
      responses: { '201': 'StaffGroup' },
    }),
  },
  '/v1/admin/groups/{id}': {
    get: operation({
      id: 'getStaffGroup',
      summary: 'One group, archived or not',
      parameters: [pathId('Group id.')],
      responses: { '200': 'StaffGroup' },
    }),
    put: operation({
      id: 'updateGroup',
      summary: 'Replace a group’s settings; the answer shows seats against current sign-ups',
      parameters: withCsrf([pathId('Group id.')]),
      body: 'GroupInput',
      responses: { '200': 'StaffGroup' },
    }),
  },
  '/v1/admin/groups/{id}/archive': {
    post: operation({
      id: 'archiveGroup',
      summary: 'Archive a group: visitors no longer see it; its sign-ups stay',
      parameters: withCsrf([pathId('Group id.')]),
      responses: { '200': 'StaffGroup' },
    }),
  },
  '/v1/admin/groups/{id}/restore': {
    post: operation({
      id: 'restoreGroup',
      summary: 'Show an archived group again',
      parameters: withCsrf([pathId('Group id.')]),
      responses: { '200': 'StaffGroup' },
    }),
  },
  '/v1/admin/practice': {
    get: operation({
      id: 'getStaffPractice',
      summary: 'The practice settings, as visitors get them (never cached)',
      responses: { '200': 'Practice' },
    }),
    put: operation({
      id: 'updatePractice',
      summary:
        'Replace the practice settings: name, contact, time zone, topics, crisis resources, texts, storyMaxLength',
      description:
        'Topics still used by a group or story cannot be removed (`400` on `topics`). Visitors see the change within a minute (public caching).',
      owner: true,
      parameters: withCsrf(),
      body: 'Practice',
      responses: { '200': 'Practice' },
    }),
  },
  '/v1/admin/audit': {
    get: operation({
      id: 'listAudit',
      summary: 'The audit log, newest first: who did what, when, to which record',
      owner: true,
      parameters: [
        queryParam('action', 'Only this action (e.g. `signup_deleted`).', { type: 'string' }),
        queryParam('actor', 'Only this staff id.', { type: 'string' }),
        queryParam('target', 'Only this record id.', { type: 'string' }),
        queryParam('limit', 'Entries per page (default 50).', {
          type: 'integer',
          minimum: 1,
          maximum: 200,
        }),
        queryParam('cursor', 'The `nextCursor` of the previous page.', { type: 'string' }),
      ],
      responses: { '200': 'AuditList' },
    }),
  },
};

export const adminSecuritySchemes = {
  cookieAuth: {
    type: 'apiKey',
    in: 'cookie',
    name: 'hearth_session',
    description:
      'Set by POST /v1/admin/login. Ends after 30 idle minutes or 12 hours. State-changing requests also need `X-CSRF-Token`.',
  },
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A staff token from POST /v1/admin/account/tokens, for scripts. No CSRF token needed.',
  },
};
