import { ApiError, type ApiErrorKind } from '../../api/errors.js';
import type {
  DetailKind,
  LoginRequest,
  StaffList,
  StaffSession,
  StaffSignup,
  StaffSignupStatus,
  StaffStory,
} from '../../api/contract/staff.js';

/** The failures only staff meet, on top of the kit's `ApiErrorKind`s: their session, sign-in, rights. */
export type StaffErrorKind = 'signed-out' | 'totp-required' | 'wrong-credentials' | 'forbidden';

const TOTP_REQUIRED = 'urn:hearth:problem:totp-required';

/**
 * A failed staff request: an `ApiError` (so the kit's `errorWords` words the kinds widgets meet
 * too), with what only the console needs on top.
 */
export class AdminError extends ApiError {
  /** A staff-only failure; its `kind` is then `client`. */
  readonly staff?: StaffErrorKind;
  /** Field messages of a `400` validation problem, in the server's words. */
  declare readonly fields: Record<string, string>;
  /** The code of each field's problem (`STAFF_FIELD_ERRORS`), for words in the console's language. */
  readonly codes: Record<string, string>;
  /** The personal details an edited story still holds, when the server refused it for them. */
  readonly details: readonly ProblemDetail[];

  constructor(
    kind: ApiErrorKind,
    init: {
      staff?: StaffErrorKind;
      status?: number;
      retryAfter?: number;
      fields?: Record<string, string>;
      codes?: Record<string, string>;
      details?: readonly ProblemDetail[];
    } = {},
  ) {
    super(kind, init.staff ?? kind, { ...init, fields: init.fields ?? {} });
    this.staff = init.staff;
    this.codes = init.codes ?? {};
    this.details = init.details ?? [];
  }
}

export const isAdminError = (error: unknown): error is AdminError => error instanceof AdminError;

/** One personal detail named by a `personal-details` problem (docs/safety.md). */
export interface ProblemDetail {
  kind: DetailKind;
  text: string;
}

interface Problem {
  type?: string;
  fields?: Record<string, string>;
  codes?: Record<string, string>;
  details?: unknown;
}

const isDetail = (value: unknown): value is ProblemDetail =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ProblemDetail).kind === 'string' &&
  typeof (value as ProblemDetail).text === 'string';

async function problemOf(response: Response): Promise<Problem> {
  try {
    return (await response.json()) as Problem;
  } catch {
    return {};
  }
}

/**
 * The staff API over the session cookie. The shared client always omits credentials (the public
 * widgets stay cookie-free), so the console has its own: same-origin cookies, and the session's
 * CSRF token as `X-CSRF-Token` on every state-changing request.
 */
export class AdminClient {
  private readonly base: URL;
  private csrfToken: string | null = null;

  constructor(apiBase: string) {
    const base = new URL(apiBase || '/', document.baseURI);
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    this.base = base;
  }

  /** The address of a staff API path (`v1/admin/...`), e.g. for a download link. */
  url(path: string): URL {
    return new URL(path, this.base);
  }

  async session(signal?: AbortSignal): Promise<StaffSession> {
    const session = await this.request<StaffSession>('GET', 'v1/admin/session', { signal });
    this.csrfToken = session.csrfToken;
    return session;
  }

  async login(body: LoginRequest): Promise<StaffSession> {
    const session = await this.request<StaffSession>('POST', 'v1/admin/login', { body });
    this.csrfToken = session.csrfToken;
    return session;
  }

  async logout(): Promise<void> {
    await this.request<void>('POST', 'v1/admin/logout');
    this.csrfToken = null;
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<StaffSession> {
    const session = await this.request<StaffSession>('POST', 'v1/admin/account/password', {
      body: { currentPassword, newPassword },
    });
    this.csrfToken = session.csrfToken ?? this.csrfToken;
    return session;
  }

  storyQueue(signal?: AbortSignal): Promise<StaffList<StaffStory>> {
    return this.request<StaffList<StaffStory>>('GET', 'v1/admin/stories/queue', { signal });
  }

  changeSignupStatus(id: string, status: StaffSignupStatus): Promise<StaffSignup> {
    return this.request<StaffSignup>('POST', `v1/admin/signups/${encodeURIComponent(id)}/status`, {
      body: { status },
    });
  }

  /**
   * One staff API call: `path` is relative to the API base (`v1/admin/...`). JSON in and out;
   * the CSRF token goes with every change; failures become an `AdminError` with a `kind`.
   * Views use it directly for the calls that only they make.
   */
  async request<T>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    options: { body?: unknown; signal?: AbortSignal } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && this.csrfToken) headers['X-CSRF-Token'] = this.csrfToken;
    let response: Response;
    try {
      response = await fetch(new URL(path, this.base), {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        credentials: 'same-origin',
        cache: 'no-store',
        signal: options.signal,
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new AdminError('network');
    }
    if (response.ok) {
      return (response.status === 204 ? undefined : await response.json()) as T;
    }
    const problem = await problemOf(response);
    const status = response.status;
    if (status === 429) {
      const seconds = Number(response.headers.get('Retry-After'));
      throw new AdminError('rate_limited', {
        status,
        retryAfter: Number.isFinite(seconds) && seconds > 0 ? seconds : undefined,
      });
    }
    if (status === 401) {
      throw new AdminError('client', {
        status,
        staff:
          problem.type === TOTP_REQUIRED
            ? 'totp-required'
            : path === 'v1/admin/login'
              ? 'wrong-credentials'
              : 'signed-out',
      });
    }
    if (status === 403) throw new AdminError('client', { status, staff: 'forbidden' });
    // The story or request changed under this console: another person handled it.
    if (status === 404 || status === 409) throw new AdminError('conflict', { status });
    if (status === 400 || status === 422) {
      throw new AdminError('validation', {
        status,
        fields: problem.fields ?? {},
        codes: problem.codes ?? {},
        details: Array.isArray(problem.details) ? problem.details.filter(isDetail) : [],
      });
    }
    throw new AdminError('server', { status });
  }
}
