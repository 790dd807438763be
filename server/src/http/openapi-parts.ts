// What the parts of the OpenAPI document share: references, problem answers, common headers and
// parameters, and `operation()`, which writes a staff operation with its security and errors.
// Each part imports them as one namespace, `import * as oas from '…/http/openapi-parts.js'`.
import { TOPIC_ID } from '../../../src/api/contract/ids.js';
import { MAX_FILTER_VALUES } from './query.js';

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export const json = (schema: object) => ({ 'application/json': { schema } });

export const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

export const cacheHeaders = {
  ETag: {
    description: 'Strong validator of the body; send it back in `If-None-Match`.',
    schema: { type: 'string' },
  },
  'Cache-Control': { schema: { type: 'string' } },
};

export const notModified = {
  description: 'Not modified: the `If-None-Match` validator still matches.',
  headers: cacheHeaders,
};

export const ifNoneMatch = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'An `ETag` from an earlier response; the server answers 304 when it still matches.',
  schema: { type: 'string' },
};

export const text = { type: 'string', minLength: 1 };

export const topicId = { type: 'string', pattern: TOPIC_ID.source };

/** Comma-separated or repeated (`?format=online&format=hybrid`): both are accepted. */
export const arrayParameter = (name: string, description: string, items: object) => ({
  name,
  in: 'query',
  required: false,
  description: `${description} Repeat the parameter or separate values with commas; a group matches any of them.`,
  style: 'form',
  explode: true,
  schema: { type: 'array', maxItems: MAX_FILTER_VALUES, items },
});

export const optionalIdempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Optional: a new random value per request, the same on each retry; a retry then gets the first answer.',
  schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[!-~]+$' },
};

export const rateLimited = {
  ...problem('Too many requests from this client; see `Retry-After`.'),
  headers: {
    'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } },
  },
};

export const noStoreHeaders = {
  'Cache-Control': { schema: { const: 'no-store' } },
  'Idempotent-Replayed': {
    description: '`true` when this is the stored answer to an earlier request.',
    schema: { type: 'string' },
  },
};

export const commonErrors = {
  '405': problem('This path does not accept that method.'),
  '413': problem('The request body is larger than the server accepts.'),
  '500': problem('Unexpected server error; nothing internal is disclosed.'),
};

/** 403 of every public operation to a browser page of an origin the server does not allow. */
export const originNotAllowed = {
  ...problem(
    'A page of an origin not in `HEARTH_ALLOWED_ORIGINS` (`urn:hearth:problem:origin-not-allowed`; `detail` names the origin and the setting), before anything is read or stored. Requests without `Origin` and pages of the server itself are never refused this way.',
  ),
  headers: {
    'Access-Control-Allow-Origin': {
      description: 'The page’s origin, so that the page can read this error and nothing else.',
      schema: { type: 'string' },
    },
  },
};

/** 422 of a POST that takes an `Idempotency-Key`. */
export const keyReused = problem('The `Idempotency-Key` was already used for a different request.');

/**
 * The answers of a public POST with a JSON body: `status` with `schema` (a schema name) and
 * `headers`, then `errors`, and what every such POST may answer: 403, 415, 429 and the common
 * errors.
 */
export const postAnswers = (
  status: string,
  description: string,
  schema: string,
  errors: object,
  headers: object = noStoreHeaders,
) => ({
  [status]: { description, headers, content: json(ref(schema)) },
  ...errors,
  '403': originNotAllowed,
  '415': problem('The body is not JSON.'),
  '429': rateLimited,
  ...commonErrors,
});

/**
 * The answers of a public GET: `schema` (a schema name) with its cache headers, 304 to a
 * matching `If-None-Match`, 403 to another site's page, then `errors` and the common errors.
 */
export const cachedAnswers = (description: string, schema: string, errors: object) => ({
  '200': { description, headers: cacheHeaders, content: json(ref(schema)) },
  '304': notModified,
  '403': originNotAllowed,
  ...errors,
  ...commonErrors,
});

export const dateTime = { type: 'string', format: 'date-time' };

export const nullableDateTime = { type: ['string', 'null'], format: 'date-time' };

export const id = { type: 'string', minLength: 1, maxLength: 64 };

export const list = (item: string, paged = false) => ({
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

export interface OperationSpec {
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

export const noStore = { 'Cache-Control': { schema: { const: 'no-store' } } };

export const security = [{ cookieAuth: [] }, { bearerAuth: [] }];

export const adminErrors = {
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

export function operation(spec: OperationSpec) {
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

export const pathId = (description: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});

export const csrfHeader = {
  name: 'X-CSRF-Token',
  in: 'header',
  required: false,
  description:
    'Required with a session cookie on POST, PUT and DELETE: `csrfToken` of GET /v1/admin/session.',
  schema: { type: 'string' },
};

export const withCsrf = (parameters: object[] = []) => [...parameters, csrfHeader];

/**
 * The staff operations on one kind of record, at `…/{id}` and `…/{id}/<step>`, whose id
 * parameter says `idDescription` and whose answer is `answer` (a schema name):
 * - `read`: the GET of one record;
 * - `change`: an operation that changes it, with the CSRF header and the id as parameters;
 * - `step`: `{ post }` of a step on it (`POST …/{id}/<step>`), answering `answer`, besides what
 *   `extra` adds (a description, a body, other responses).
 */
export const recordOperations = (idDescription: string, answer: string) => {
  const change = (spec: Omit<OperationSpec, 'parameters'>) =>
    operation({ ...spec, parameters: withCsrf([pathId(idDescription)]) });
  return {
    read: (id: string, summary: string) =>
      operation({ id, summary, parameters: [pathId(idDescription)], responses: { '200': answer } }),
    change,
    step: (
      id: string,
      summary: string,
      extra: Pick<OperationSpec, 'description' | 'body' | 'owner'> & {
        responses?: OperationSpec['responses'];
      } = {},
    ) => ({
      post: change({ id, summary, ...extra, responses: { '200': answer, ...extra.responses } }),
    }),
  };
};

export const queryParam = (name: string, description: string, schema: object) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

/** `limit` and `cursor` of a staff list paged by cursor; `items` names what a page holds. */
export const pageParameters = (items: string) => [
  queryParam('limit', `${items} per page (default 50).`, {
    type: 'integer',
    minimum: 1,
    maximum: 200,
  }),
  queryParam('cursor', 'The `nextCursor` of the previous page.', { type: 'string' }),
];
