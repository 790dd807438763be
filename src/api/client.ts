/**
 * The typed client of the visitors' API: one method per endpoint, so no widget builds a URL. It
 * resolves the base URL, times out, retries what is safe to retry, and turns every failure into an
 * `ApiError` (errors.ts).
 */
import { ApiError, asProblem, errorFromResponse } from './errors.js';
import type {
  Group,
  GroupFilters,
  List,
  Practice,
  ReportReceipt,
  Resonance,
  ResonanceRequest,
  SignupRequest,
  SignupResult,
  Story,
  StoryFilters,
  StoryReceipt,
  StoryReport,
  StorySubmission,
} from './contract/public.js';

export interface ClientOptions {
  /** The practice's API base URL; relative values resolve against the page. */
  baseUrl: string;
  /** Injected for tests; defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Per-attempt timeout in milliseconds (default 10 000). */
  timeoutMs?: number;
  /** How many times a GET is retried after a network error or a 502/503/504 (default 2). */
  retries?: number;
  /** First backoff delay in milliseconds; doubles each retry (default 400). */
  retryDelayMs?: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export type QueryValue = string | number | boolean | undefined | readonly (string | number)[];

export interface GetOptions extends RequestOptions {
  query?: Record<string, QueryValue>;
}

export interface PageOptions extends RequestOptions {
  /** At most this many: groups 1–500 (without it, all of them), stories 1–50 (default 10). */
  limit?: number;
  /** The previous page's `nextCursor`. */
  cursor?: string;
}

export type GroupPageOptions = PageOptions;

export interface PostOptions extends RequestOptions {
  /**
   * Makes the request safe to repeat: send the same key on every retry of one request,
   * and the server answers them all with the first outcome. Generated when omitted.
   */
  idempotencyKey?: string;
}

export interface HearthClient {
  /** Absolute, always ending with `/`. */
  readonly baseUrl: string;
  getPractice(options?: RequestOptions): Promise<Practice>;
  /**
   * Every listed group, or with `limit` a page of them: pass the answer's `nextCursor` as
   * `cursor` for the next page (`null` when there is none).
   */
  listGroups(filters?: GroupFilters, options?: GroupPageOptions): Promise<List<Group>>;
  getGroup(id: string, options?: RequestOptions): Promise<Group>;
  /** Asks for a spot in a group (`POST /v1/groups/{id}/signups`). */
  requestSpot(
    groupId: string,
    request: SignupRequest,
    options?: PostOptions,
  ): Promise<SignupResult>;
  /** A page of the wall's published stories, newest first; `nextCursor` as for groups. */
  listStories(filters?: StoryFilters, options?: PageOptions): Promise<List<Story>>;
  /** Sends a story to be read by staff before it is published (`POST /v1/stories`). */
  shareStory(story: StorySubmission, options?: PostOptions): Promise<StoryReceipt>;
  /** Adds this browser's "me too" to a story, or takes it back: the answer says which. */
  toggleMeToo(
    storyId: string,
    request: ResonanceRequest,
    options?: PostOptions,
  ): Promise<Resonance>;
  /** Tells staff something is wrong with a published story. */
  reportStory(storyId: string, report: StoryReport, options?: PostOptions): Promise<ReportReceipt>;
  get<T>(path: string, options?: GetOptions): Promise<T>;
  post<T>(path: string, body: unknown, options?: PostOptions): Promise<T>;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_RETRY_DELAY_MS = 400;
const RETRYABLE_STATUSES = new Set([502, 503, 504]);

export function createClient(options: ClientOptions): HearthClient {
  const baseUrl = resolveBaseUrl(options.baseUrl);
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = options.retries ?? DEFAULT_RETRIES;
  const retryDelay = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;

  async function send(url: URL, init: RequestInit, requestOptions: RequestOptions) {
    const { signal, cleanup, timedOut } = withTimeout(
      requestOptions.signal,
      requestOptions.timeoutMs ?? defaultTimeout,
    );
    try {
      const response = await fetchImpl(url, {
        ...init,
        signal,
        // Widgets never send or receive cookies, and never leak the host page's URL.
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
      return await readResponse(response);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      if (requestOptions.signal?.aborted) {
        throw new ApiError('aborted', 'The request was cancelled.', { cause: error });
      }
      if (timedOut()) throw new ApiError('timeout', 'The server took too long to answer.');
      throw new ApiError('network', 'The server could not be reached.', { cause: error });
    } finally {
      cleanup();
    }
  }

  async function get<T>(path: string, getOptions: GetOptions = {}): Promise<T> {
    const url = buildUrl(baseUrl, path, getOptions.query);
    for (let attempt = 0; ; attempt++) {
      try {
        return (await send(url, { method: 'GET', headers: ACCEPT }, getOptions)) as T;
      } catch (error) {
        if (attempt >= retries || !shouldRetryGet(error)) throw error;
        await sleep(backoff(retryDelay, attempt), getOptions.signal);
      }
    }
  }

  async function post<T>(path: string, body: unknown, postOptions: PostOptions = {}): Promise<T> {
    const headers = {
      ...ACCEPT,
      'Content-Type': 'application/json',
      'Idempotency-Key': postOptions.idempotencyKey ?? newIdempotencyKey(),
    };
    const init = { method: 'POST', headers, body: JSON.stringify(body) };
    return (await send(buildUrl(baseUrl, path), init, postOptions)) as T;
  }

  /** A list endpoint: the filters and the page asked for become the query. */
  function list<T>(
    path: string,
    filters: GroupFilters | StoryFilters,
    { limit, cursor, ...requestOptions }: PageOptions = {},
  ): Promise<List<T>> {
    const query: Record<string, QueryValue> = { ...filters, limit, cursor };
    return get<List<T>>(path, { ...requestOptions, query }).then(expectList);
  }

  return {
    baseUrl,
    get,
    post,
    getPractice: (requestOptions) =>
      get<Practice>('v1/practice', requestOptions).then(expectPractice),
    listGroups: (filters = {}, pageOptions) =>
      list<Group>('v1/groups', filters, pageOptions).then((groups) =>
        groups.items.every(looksLikeGroup) ? groups : notA('group list'),
      ),
    getGroup: (id, requestOptions) =>
      get<Group>(pathOf('groups', id), requestOptions).then((group) =>
        looksLikeGroup(group) ? group : notA('group'),
      ),
    requestSpot: (groupId, request, postOptions) =>
      post<SignupResult>(pathOf('groups', groupId, '/signups'), request, postOptions),
    listStories: (filters = {}, pageOptions) => list<Story>('v1/stories', filters, pageOptions),
    shareStory: (story, postOptions) => post<StoryReceipt>('v1/stories', story, postOptions),
    toggleMeToo: (storyId, request, postOptions) =>
      post<Resonance>(pathOf('stories', storyId, '/resonance'), request, postOptions),
    reportStory: (storyId, report, postOptions) =>
      post<ReportReceipt>(pathOf('stories', storyId, '/reports'), report, postOptions),
  };
}

/** A random, unguessable key for one logical POST (reuse it on every retry of that POST). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; an http:// practice page still deserves a random key.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** `v1/groups/{id}` and what is below it, the id encoded. */
const pathOf = (collection: 'groups' | 'stories', id: string, below = '') =>
  `v1/${collection}/${encodeURIComponent(id)}${below}`;

const ACCEPT = { Accept: 'application/json, application/problem+json' };

function resolveBaseUrl(baseUrl: string): string {
  const documentBase = globalThis.document?.baseURI;
  const url = documentBase ? new URL(baseUrl, documentBase) : new URL(baseUrl);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url.href;
}

function buildUrl(baseUrl: string, path: string, query: Record<string, QueryValue> = {}): URL {
  const url = new URL(path.replace(/^\/+/, ''), baseUrl);
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) url.searchParams.append(name, String(item));
  }
  return url;
}

async function readResponse(response: Response): Promise<unknown> {
  const contentType = response.headers.get('Content-Type') ?? '';
  const isJson = /^application\/([\w.+-]+\+)?json\b/i.test(contentType);
  let body: unknown;
  if (isJson) {
    try {
      body = await response.json();
    } catch (error) {
      if (response.ok) {
        throw new ApiError('invalid_response', 'The server sent a malformed answer.', {
          status: response.status,
          cause: error,
        });
      }
    }
  }
  if (!response.ok) {
    throw errorFromResponse(response.status, asProblem(body), response.headers.get('Retry-After'));
  }
  if (!isJson || typeof body !== 'object' || body === null) {
    throw new ApiError('invalid_response', 'The server sent an answer that is not JSON.', {
      status: response.status,
    });
  }
  return body;
}

function expectList<T>(value: List<T>): List<T> {
  if (
    !Array.isArray(value.items) ||
    !(typeof value.nextCursor === 'string' || value.nextCursor === null)
  ) {
    throw new ApiError('invalid_response', 'The server sent a list without items.');
  }
  return value;
}

/*
 * JSON of another shape (another API on the same path, a proxy's own JSON) must fail as an
 * invalid response, not as a TypeError deep in a widget's template. These checks cover what the
 * widgets read without looking first; they are not a schema.
 */
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function expectPractice(value: Practice): Practice {
  const practice = value as unknown;
  if (
    isObject(practice) &&
    typeof practice['name'] === 'string' &&
    Array.isArray(practice['topics']) &&
    Array.isArray(practice['crisisResources']) &&
    isObject(practice['contact']) &&
    isObject(practice['texts'])
  ) {
    return value;
  }
  return notA('practice');
}

function looksLikeGroup(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value['id'] === 'string' &&
    typeof value['name'] === 'string' &&
    Array.isArray(value['topics']) &&
    Array.isArray(value['nextSessions']) &&
    Array.isArray(value['facilitators']) &&
    isObject(value['schedule']) &&
    isObject(value['fee']) &&
    isObject(value['screening'])
  );
}

function notA(what: string): never {
  throw new ApiError('invalid_response', `The server's answer is not a ${what}.`);
}

function shouldRetryGet(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return (
    error.kind === 'network' ||
    (error.kind === 'server' && error.status !== undefined && RETRYABLE_STATUSES.has(error.status))
  );
}

/** Exponential backoff with jitter, so many widgets don't retry in lockstep. */
function backoff(firstDelay: number, attempt: number): number {
  const delay = firstDelay * 2 ** attempt;
  return delay / 2 + Math.random() * (delay / 2);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ApiError('aborted', 'The request was cancelled.'));
      return;
    }
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
    function done() {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(new ApiError('aborted', 'The request was cancelled.'));
    }
  });
}

/** Combines the caller's signal with a timeout (AbortSignal.any is too new for some hosts). */
function withTimeout(outer: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let expired = false;
  const abort = () => controller.abort(outer?.reason);
  if (outer?.aborted) abort();
  else outer?.addEventListener('abort', abort, { once: true });
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, timeoutMs);
  return {
    signal: controller.signal,
    timedOut: () => expired,
    cleanup() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', abort);
    },
  };
}
