// The published API description, composed of each domain's part. Response schemas are strict
// (`additionalProperties: false`) so the server's tests catch any drift between this document
// and what the server sends. Clients should still ignore fields they do not know: later versions
// add fields. The order below is the order of the served document.
// The shared field error codes, like the schemas, are part of the contract.
import { SIGNUP_FIELD_ERRORS } from '../../../src/api/rules/signup.js';
import { STORY_FIELD_ERRORS } from '../../../src/api/rules/story.js';
import { STAFF_FIELD_ERRORS } from '../../../src/api/contract/staff.js';
import {
  groupInputSchema,
  groupPaths,
  groupSchemas,
  groupStaffPaths,
  groupStaffSchemas,
} from '../groups/openapi.js';
import { practicePaths, practiceSchemas, practiceStaffPaths } from '../practice/openapi.js';
import {
  signupPaths,
  signupSchemas,
  signupStaffPaths,
  signupStaffSchemas,
} from '../signups/openapi.js';
import {
  auditPaths,
  auditSchemas,
  staffAccountPaths,
  staffAccountSchemas,
  staffSecuritySchemes,
} from '../staff/openapi.js';
import {
  storyPaths,
  storySchemas,
  storyStaffPaths,
  storyStaffSchemas,
} from '../stories/openapi.js';
import * as oas from './openapi-parts.js';

const httpSchemas = {
  Problem: {
    type: 'object',
    description: 'An RFC 9457 problem document, as every error response carries.',
    required: ['type', 'title', 'status'],
    additionalProperties: false,
    properties: {
      type: { type: 'string', format: 'uri' },
      title: oas.text,
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
  Health: {
    type: 'object',
    required: ['status'],
    additionalProperties: false,
    properties: { status: { const: 'ok' } },
  },
} as const;

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Hearth API',
    version: '1.0.0',
    summary: 'Therapy groups, sign-ups and anonymous stories of one practice.',
    description:
      'The HTTP API the Hearth widgets talk to. Every error is `application/problem+json` (RFC 9457). ' +
      'Public GETs carry a strong `ETag` and `Cache-Control`. Browsers may call the API only from the ' +
      'origins the server allows (CORS); a page of any other site gets `403` ' +
      '`urn:hearth:problem:origin-not-allowed`, readable by that page. The staff API under `/v1/admin/` needs a session cookie ' +
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
          '200': { description: 'The server is up.', content: oas.json(oas.ref('Health')) },
          ...oas.commonErrors,
        },
      },
    },
    ...practicePaths,
    ...groupPaths,
    ...signupPaths,
    ...storyPaths,
    '/v1/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This document',
        responses: {
          '200': {
            description: 'The OpenAPI 3.1 document.',
            headers: oas.cacheHeaders,
            content: oas.json({
              type: 'object',
              required: ['openapi', 'info', 'paths'],
              properties: {
                openapi: { const: '3.1.0' },
                info: { type: 'object' },
                paths: { type: 'object' },
              },
            }),
          },
          '304': oas.notModified,
          '403': oas.originNotAllowed,
          ...oas.commonErrors,
        },
      },
    },
    ...staffAccountPaths,
    ...storyStaffPaths,
    ...signupStaffPaths,
    ...groupStaffPaths,
    ...practiceStaffPaths,
    ...auditPaths,
  },
  components: {
    schemas: {
      Problem: httpSchemas.Problem,
      ...signupSchemas,
      ...practiceSchemas,
      ...storySchemas,
      ...groupSchemas,
      Health: httpSchemas.Health,
      GroupInput: groupInputSchema,
      ...staffAccountSchemas,
      ...storyStaffSchemas,
      ...auditSchemas,
      ...groupStaffSchemas,
      ...signupStaffSchemas,
    },
    securitySchemes: staffSecuritySchemes,
  },
} as const;
