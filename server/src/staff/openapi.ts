// Staff accounts in the OpenAPI document: sign-in, the account, staff members, tokens and the
// audit log. Request schemas are also what the server checks bodies against (schema-check.ts).
import { PASSWORD_MAX_LENGTH } from '../platform/passwords.js';
import { AUDIT_VIA } from './audit-log.js';
import { STAFF_ROLES } from './repository.js';
import * as oas from '../http/openapi-parts.js';

const staffSelf = {
  id: oas.id,
  email: oas.text,
  role: { enum: [...STAFF_ROLES] },
  mustChangePassword: {
    type: 'boolean',
    description: 'Until it is changed, only the session, logout and password change work (403).',
  },
  totpEnabled: { type: 'boolean' },
};

/** Every check of a password or code counts towards the sign-in lockout. */
const lockedOut = {
  ...oas.problem('Too many attempts at this account or from this client; see `Retry-After`.'),
  headers: { 'Retry-After': { schema: { type: 'integer' } } },
};

/** A bearer token as listed; the answer that creates one adds the token itself. */
const tokenProperties = {
  id: oas.id,
  name: oas.text,
  createdAt: oas.dateTime,
  lastUsedAt: oas.nullableDateTime,
};

export const staffAccountSchemas = {
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
      staff: oas.ref('StaffSelf'),
      via: { enum: ['session', 'token'] },
      csrfToken: { type: ['string', 'null'], description: 'Null for bearer tokens.' },
      expiresAt: {
        ...oas.nullableDateTime,
        description: 'The absolute end of the session (12 hours after sign-in).',
      },
      idleExpiresAt: {
        ...oas.nullableDateTime,
        description: 'The session ends here unless a request comes sooner (30 idle minutes).',
      },
    },
  },
  StaffMember: {
    type: 'object',
    required: [...Object.keys(staffSelf), 'disabled', 'createdAt'],
    additionalProperties: false,
    properties: { ...staffSelf, disabled: { type: 'boolean' }, createdAt: oas.dateTime },
  },
  StaffList: oas.list('StaffMember'),
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
      staff: oas.ref('StaffMember'),
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
      secret: { ...oas.text, description: 'Base32, for typing into an authenticator app.' },
      otpauthUri: { ...oas.text, description: 'Show as a QR code: `otpauth://totp/…`.' },
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
    properties: tokenProperties,
  },
  TokenList: oas.list('Token'),
  TokenCreated: {
    type: 'object',
    required: ['id', 'name', 'createdAt', 'lastUsedAt', 'token'],
    additionalProperties: false,
    properties: {
      ...tokenProperties,
      token: {
        type: 'string',
        pattern: '^hearth_[A-Za-z0-9_-]+$',
        description: 'Shown once; only its hash is stored. Send as `Authorization: Bearer …`.',
      },
    },
  },
} as const;

export const auditSchemas = {
  AuditEntry: {
    type: 'object',
    description: 'One staff action. Never holds personal data: only ids, statuses and counts.',
    required: ['id', 'at', 'actor', 'via', 'action', 'targetType', 'targetId', 'detail'],
    additionalProperties: false,
    properties: {
      id: oas.id,
      at: oas.dateTime,
      actor: {
        type: ['object', 'null'],
        required: ['id', 'email'],
        additionalProperties: false,
        properties: { id: oas.id, email: { type: ['string', 'null'] } },
      },
      via: { enum: [...AUDIT_VIA] },
      action: oas.text,
      targetType: { type: ['string', 'null'] },
      targetId: { type: ['string', 'null'] },
      detail: { type: ['object', 'null'] },
    },
  },
  AuditList: oas.list('AuditEntry', true),
} as const;

const staffRecord = oas.recordOperations('Staff id.', 'StaffChange');

export const staffAccountPaths = {
  '/v1/admin/login': {
    post: oas.operation({
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
    post: oas.operation({
      id: 'adminLogout',
      summary: 'Sign out: ends the session and clears the cookie',
      parameters: oas.withCsrf(),
      responses: { '204': null },
    }),
  },
  '/v1/admin/session': {
    get: oas.operation({
      id: 'getAdminSession',
      summary: 'Who is signed in, the CSRF token, and when the session ends',
      responses: { '200': 'Session' },
    }),
  },
  '/v1/admin/account/password': {
    post: oas.operation({
      id: 'changePassword',
      summary:
        'Change your password (required after a one-time password); signs out your other sessions and revokes your tokens',
      sessionOnly: true,
      parameters: oas.withCsrf(),
      body: 'PasswordChange',
      responses: { '200': 'Session', '429': lockedOut },
    }),
  },
  '/v1/admin/account/totp': {
    post: oas.operation({
      id: 'startTotp',
      summary: 'Start two-step sign-in: a new secret and its otpauth URI',
      sessionOnly: true,
      parameters: oas.withCsrf(),
      responses: { '200': 'TotpSetup' },
    }),
    delete: oas.operation({
      id: 'disableTotp',
      summary: 'Turn two-step sign-in off (with your password)',
      sessionOnly: true,
      parameters: oas.withCsrf(),
      body: 'PasswordConfirmation',
      responses: { '200': 'Session', '429': lockedOut },
    }),
  },
  '/v1/admin/account/totp/confirm': {
    post: oas.operation({
      id: 'confirmTotp',
      summary: 'Confirm the authenticator with a code: from now on sign-in needs one',
      sessionOnly: true,
      parameters: oas.withCsrf(),
      body: 'TotpCode',
      responses: { '200': 'Session', '429': lockedOut },
    }),
  },
  '/v1/admin/account/tokens': {
    get: oas.operation({
      id: 'listTokens',
      summary: 'Your bearer tokens for scripts (never the tokens themselves)',
      sessionOnly: true,
      responses: { '200': 'TokenList' },
    }),
    post: oas.operation({
      id: 'createToken',
      summary: 'Create a bearer token; it is shown once',
      sessionOnly: true,
      parameters: oas.withCsrf(),
      body: 'TokenRequest',
      responses: { '201': 'TokenCreated' },
    }),
  },
  '/v1/admin/account/tokens/{id}': {
    delete: oas.operation({
      id: 'revokeToken',
      summary: 'Revoke one of your tokens',
      sessionOnly: true,
      parameters: oas.withCsrf([oas.pathId('Token id.')]),
      responses: { '204': null },
    }),
  },
  '/v1/admin/staff': {
    get: oas.operation({
      id: 'listStaff',
      summary: 'The practice’s staff accounts',
      owner: true,
      responses: { '200': 'StaffList' },
    }),
    post: oas.operation({
      id: 'createStaff',
      summary: 'Add a staff account; answers a one-time password to pass on',
      owner: true,
      parameters: oas.withCsrf(),
      body: 'StaffRequest',
      responses: { '201': 'StaffChange' },
    }),
  },
  '/v1/admin/staff/{id}/disable': staffRecord.step(
    'disableStaff',
    'Disable an account: its sessions end and its tokens are revoked',
    { owner: true },
  ),
  '/v1/admin/staff/{id}/enable': staffRecord.step(
    'enableStaff',
    'Enable a disabled account again, with none of its old sessions or tokens',
    { owner: true },
  ),
  '/v1/admin/staff/{id}/reset-password': staffRecord.step(
    'resetStaffPassword',
    'Give an account a new one-time password; signs it out everywhere, revokes its tokens and turns off its two-step sign-in',
    { owner: true },
  ),
};

export const auditPaths = {
  '/v1/admin/audit': {
    get: oas.operation({
      id: 'listAudit',
      summary: 'The audit log, newest first: who did what, when, to which record',
      owner: true,
      parameters: [
        oas.queryParam('action', 'Only this action (e.g. `signup_deleted`).', { type: 'string' }),
        oas.queryParam('actor', 'Only this staff id.', { type: 'string' }),
        oas.queryParam('target', 'Only this record id.', { type: 'string' }),
        ...oas.pageParameters('Entries'),
      ],
      responses: { '200': 'AuditList' },
    }),
  },
};

export const staffSecuritySchemes = {
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
