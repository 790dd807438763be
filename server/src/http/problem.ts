import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Problem } from '../../../src/api/contract/public.js';
import { requestText } from './body.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem type URIs, one per kind of error a client may want to tell apart. */
export const PROBLEM_TYPES = {
  validation: 'urn:hearth:problem:validation',
  malformedJson: 'urn:hearth:problem:malformed-json',
  notFound: 'urn:hearth:problem:not-found',
  methodNotAllowed: 'urn:hearth:problem:method-not-allowed',
  payloadTooLarge: 'urn:hearth:problem:payload-too-large',
  unsupportedMediaType: 'urn:hearth:problem:unsupported-media-type',
  groupClosed: 'urn:hearth:problem:group-closed',
  idempotencyKeyReused: 'urn:hearth:problem:idempotency-key-reused',
  requestDataDeleted: 'urn:hearth:problem:request-data-deleted',
  rateLimited: 'urn:hearth:problem:rate-limited',
  unauthorized: 'urn:hearth:problem:unauthorized',
  forbidden: 'urn:hearth:problem:forbidden',
  originNotAllowed: 'urn:hearth:problem:origin-not-allowed',
  csrf: 'urn:hearth:problem:csrf',
  passwordChangeRequired: 'urn:hearth:problem:password-change-required',
  totpRequired: 'urn:hearth:problem:totp-required',
  conflict: 'urn:hearth:problem:conflict',
  personalDetails: 'urn:hearth:problem:personal-details',
  internal: 'urn:hearth:problem:internal',
} as const;

/**
 * A problem document as this server sends it: the contract's `Problem` plus `codes`, the
 * machine-readable twin of `fields` (a code per field, e.g. `email`), for clients that word
 * errors in their own language.
 */
export type ServerProblem = Problem & { codes?: Record<string, string> };

/**
 * An error that becomes an RFC 9457 problem response. Throw it from any handler;
 * `app.onError` turns it into `application/problem+json`.
 */
export class HttpProblem extends Error {
  override name = 'HttpProblem';
  readonly problem: ServerProblem;
  readonly headers: Record<string, string>;

  constructor(problem: ServerProblem, headers: Record<string, string> = {}) {
    super(problem.detail ?? problem.title);
    this.problem = problem;
    this.headers = headers;
  }
}

/** A 400 with `fields` and their `codes`; a field given no code gets `invalid`. */
export function validationProblem(
  fields: Record<string, string>,
  detail?: string,
  codes: Record<string, string> = {},
): HttpProblem {
  return new HttpProblem({
    type: PROBLEM_TYPES.validation,
    title: 'Some values are not valid',
    status: 400,
    detail: detail ?? 'Check the fields listed in `fields` and try again.',
    fields,
    codes: Object.fromEntries(Object.keys(fields).map((key) => [key, codes[key] ?? 'invalid'])),
  });
}

/** A 422: the Idempotency-Key came before with a different request; `advice` ends the detail. */
export function keyReusedProblem(advice = 'Use a new key.'): HttpProblem {
  return new HttpProblem({
    type: PROBLEM_TYPES.idempotencyKeyReused,
    title: 'Idempotency-Key already used',
    status: 422,
    detail: `This Idempotency-Key was already used for a different request. ${advice}`,
  });
}

export function rateLimitedProblem(retryAfterSeconds: number): HttpProblem {
  return new HttpProblem(
    {
      type: PROBLEM_TYPES.rateLimited,
      title: 'Too many requests',
      status: 429,
      detail: `Please wait ${retryAfterSeconds} seconds, then try again.`,
    },
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

export function notFoundProblem(detail = 'There is nothing at this address.'): HttpProblem {
  return new HttpProblem({ type: PROBLEM_TYPES.notFound, title: 'Not found', status: 404, detail });
}

export function methodNotAllowedProblem(allowed: readonly string[]): HttpProblem {
  return new HttpProblem(
    {
      type: PROBLEM_TYPES.methodNotAllowed,
      title: 'Method not allowed',
      status: 405,
      detail: `This address accepts ${allowed.join(', ')}.`,
    },
    { Allow: allowed.join(', ') },
  );
}

export function payloadTooLargeProblem(limitBytes: number): HttpProblem {
  return new HttpProblem({
    type: PROBLEM_TYPES.payloadTooLarge,
    title: 'Request body too large',
    status: 413,
    detail: `Request bodies may be at most ${Math.floor(limitBytes / 1024)} KiB.`,
  });
}

export function unauthorizedProblem(
  detail = 'Sign in, or send a staff token in an `Authorization: Bearer …` header.',
  type: string = PROBLEM_TYPES.unauthorized,
): HttpProblem {
  return new HttpProblem(
    { type, title: 'Not signed in', status: 401, detail },
    { 'WWW-Authenticate': 'Bearer realm="hearth-admin"' },
  );
}

export function forbiddenProblem(
  detail: string,
  type: string = PROBLEM_TYPES.forbidden,
  title = 'Not allowed',
): HttpProblem {
  return new HttpProblem({ type, title, status: 403, detail });
}

/**
 * A 403 to a page whose origin the server does not allow, naming the origin and the setting,
 * with the CORS headers that let that page read this error (and nothing else).
 */
export function originNotAllowedProblem(origin: string): HttpProblem {
  return new HttpProblem(
    {
      type: PROBLEM_TYPES.originNotAllowed,
      title: 'Origin not allowed',
      status: 403,
      detail:
        `This Hearth server does not answer pages from ${origin}. To use the widgets there, ` +
        `add ${origin} to HEARTH_ALLOWED_ORIGINS on the server (comma-separated) and restart it.`,
    },
    { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' },
  );
}

export function conflictProblem(title: string, detail: string): HttpProblem {
  return new HttpProblem({ type: PROBLEM_TYPES.conflict, title, status: 409, detail });
}

export const internalProblem: Problem = {
  type: PROBLEM_TYPES.internal,
  title: 'Something went wrong on our side',
  status: 500,
  detail: 'The server could not complete this request. Please try again in a moment.',
};

/** Writes a problem document; errors are never cached. */
export function problemResponse(
  c: Context,
  problem: ServerProblem,
  headers: Record<string, string> = {},
) {
  const response = c.body(JSON.stringify(problem), problem.status as ContentfulStatusCode, {
    ...headers,
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Cache-Control': 'no-store',
  });
  return response;
}

/**
 * Reads a JSON request body: 415 unless the content type is JSON, 400 when it does not parse.
 * The size cap is enforced earlier, by the body-limit middleware on `/v1/*`.
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const contentType = c.req.header('content-type') ?? '';
  const mediaType = contentType.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if (mediaType !== 'application/json' && !/^application\/[\w.-]+\+json$/.test(mediaType)) {
    throw new HttpProblem({
      type: PROBLEM_TYPES.unsupportedMediaType,
      title: 'Unsupported media type',
      status: 415,
      detail: 'Send the request body as application/json.',
    });
  }
  const text = await requestText(c);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The parser's message may quote the body, which can hold personal data: say only where.
    throw new HttpProblem({
      type: PROBLEM_TYPES.malformedJson,
      title: 'Malformed JSON',
      status: 400,
      detail: 'The request body is not valid JSON.',
    });
  }
}
