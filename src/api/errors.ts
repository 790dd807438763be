import type { Problem } from './contract/public.js';

/**
 * Every way a request can fail, as one discriminant. Widgets choose their words from it:
 * `network` and `timeout` mean "check your connection and try again", `validation` maps
 * `fields` onto form fields, `rate_limited` asks to wait, `conflict` explains a changed state.
 */
export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'validation'
  | 'rate_limited'
  | 'conflict'
  | 'not_found'
  | 'client'
  | 'server'
  | 'invalid_response';

export interface ApiErrorInit {
  status?: number;
  fields?: Record<string, string>;
  retryAfter?: number;
  problem?: Problem;
  cause?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** HTTP status, when the server answered. */
  readonly status?: number;
  /** Validation messages by field name, from the problem document's `fields`. */
  readonly fields?: Record<string, string>;
  /** Seconds to wait before retrying, from `Retry-After`. */
  readonly retryAfter?: number;
  readonly problem?: Problem;

  constructor(kind: ApiErrorKind, message: string, init: ApiErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.status = init.status;
    this.fields = init.fields;
    this.retryAfter = init.retryAfter;
    this.problem = init.problem;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Maps an HTTP error status (and its problem document, when valid) to an ApiError. */
export function errorFromResponse(
  status: number,
  problem: Problem | undefined,
  retryAfterHeader: string | null,
): ApiError {
  const message = problem?.detail ?? problem?.title ?? `The server answered ${status}.`;
  const base = { status, problem };
  if ((status === 400 || status === 422) && problem?.fields) {
    return new ApiError('validation', message, { ...base, fields: problem.fields });
  }
  if (status === 429) {
    return new ApiError('rate_limited', message, {
      ...base,
      retryAfter: parseRetryAfter(retryAfterHeader),
    });
  }
  if (status === 409) return new ApiError('conflict', message, base);
  if (status === 404) return new ApiError('not_found', message, base);
  if (status >= 500) return new ApiError('server', message, base);
  return new ApiError('client', message, base);
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** A problem document is only trusted when it has the RFC 9457 basics. */
export function asProblem(value: unknown): Problem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const candidate = value as Partial<Problem>;
  if (typeof candidate.title !== 'string' || typeof candidate.status !== 'number') return undefined;
  const fields = stringMap(candidate.fields);
  const codes = stringMap(candidate.codes);
  return {
    type: typeof candidate.type === 'string' ? candidate.type : 'about:blank',
    title: candidate.title,
    status: candidate.status,
    ...(typeof candidate.detail === 'string' ? { detail: candidate.detail } : {}),
    ...(fields ? { fields } : {}),
    ...(codes ? { codes } : {}),
  };
}

function stringMap(value: unknown): Record<string, string> | undefined {
  return typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((item) => typeof item === 'string')
    ? (value as Record<string, string>)
    : undefined;
}
