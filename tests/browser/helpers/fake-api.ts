import {
  createClient,
  type Group,
  type HearthClient,
  type Practice,
  type Story,
} from '../../../src/api/index.js';
import { groups as demoGroups, practice as demoPractice } from '../fixtures/demo-data.js';
import { stories as demoStories } from '../fixtures/stories.js';

export type Scenario = 'loaded' | 'empty' | 'error' | 'loading';

export interface FakeApiOptions {
  practice?: Practice;
  groups?: Group[];
  /** Approved stories, newest first, for `GET /v1/stories`. */
  stories?: Story[];
  /** `loading` never answers (until aborted); `error` answers 500 for the groups. */
  scenario?: Scenario;
}

export interface FakeApi {
  fetch: typeof fetch;
  /** URLs requested so far, e.g. `https://api.example.test/v1/groups`. */
  readonly requests: string[];
  /** The abort signal of each request, in the same order. */
  readonly signals: (AbortSignal | undefined)[];
  scenario: Scenario;
}

function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

/** `GET /v1/groups/{id}` gives eight upcoming dates where the list gives four: a week apart here. */
function withEightSessions(group: Group): Group {
  const last = group.nextSessions.at(-1);
  if (!last) return group;
  const nextSessions = [...group.nextSessions];
  while (nextSessions.length < 8) {
    nextSessions.push(
      new Date(
        Date.parse(last) + (nextSessions.length - group.nextSessions.length + 1) * 7 * 86_400_000,
      ).toISOString(),
    );
  }
  return { ...group, nextSessions };
}

/** One page of `GET /v1/stories`: `topic` (any of), `limit` (default 10), `cursor` (an offset). */
function storyPage(all: Story[], url: URL) {
  const topics = url.searchParams.getAll('topic').flatMap((value) => value.split(','));
  const matching = topics.length
    ? all.filter((story) => story.topics.some((topic) => topics.includes(topic)))
    : all;
  const start = Number(url.searchParams.get('cursor') ?? 0);
  const end = start + Number(url.searchParams.get('limit') ?? 10);
  return {
    items: matching.slice(start, end),
    nextCursor: end < matching.length ? String(end) : null,
  };
}

/** A `fetch` that answers like the reference server, without a server. */
export function fakeApi(options: FakeApiOptions = {}): FakeApi {
  const api: FakeApi = {
    requests: [],
    signals: [],
    scenario: options.scenario ?? 'loaded',
    fetch: async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      api.requests.push(url.href);
      api.signals.push(init?.signal ?? undefined);
      if (api.scenario === 'loading') {
        return new Promise<Response>((_, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        });
      }
      if (url.pathname.endsWith('/v1/practice')) return json(options.practice ?? demoPractice);
      if (url.pathname.endsWith('/v1/groups')) {
        if (api.scenario === 'error') {
          const problem = { type: 'about:blank', title: 'Internal Server Error', status: 500 };
          return json(problem, 500, 'application/problem+json');
        }
        const items = api.scenario === 'empty' ? [] : (options.groups ?? demoGroups);
        return json({ items, nextCursor: null });
      }
      if (url.pathname.endsWith('/v1/stories')) {
        if (api.scenario === 'error') {
          const problem = { type: 'about:blank', title: 'Internal Server Error', status: 500 };
          return json(problem, 500, 'application/problem+json');
        }
        return json(
          storyPage(api.scenario === 'empty' ? [] : (options.stories ?? demoStories), url),
        );
      }
      const one = /\/v1\/groups\/([^/]+)$/.exec(url.pathname);
      const group = (options.groups ?? demoGroups).find((each) => each.id === one?.[1]);
      if (group && api.scenario !== 'error') return json(withEightSessions(group));
      return json(
        { type: 'about:blank', title: 'Not Found', status: 404 },
        404,
        'application/problem+json',
      );
    },
  };
  return api;
}

/** A real client over a fake fetch; no retries, so an error shows at once. */
export function fakeClient(options: FakeApiOptions = {}): HearthClient & { api: FakeApi } {
  const api = fakeApi(options);
  const client = createClient({
    baseUrl: 'https://api.example.test/',
    fetch: api.fetch,
    retries: 0,
  });
  return Object.assign(client, { api });
}

/**
 * Routes `window.fetch` to a fake API for one test, for elements that make their own client from
 * an `api-base` attribute. Returns the fake and a function that restores the real fetch.
 */
export function stubGlobalFetch(options: FakeApiOptions = {}): FakeApi & { restore(): void } {
  const api = fakeApi(options);
  const original = window.fetch;
  window.fetch = api.fetch;
  return Object.assign(api, { restore: () => void (window.fetch = original) });
}
