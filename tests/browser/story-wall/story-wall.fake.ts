/**
 * Fakes of the story wall's POSTs on top of the shared fake API (which serves the practice and
 * `GET /v1/stories`): each request's path, Idempotency-Key and body are recorded, and answered
 * from a queue the test sets up. Shared by the story wall's tests and stories; no server needed.
 */
import { createClient, type HearthClient } from '../../../src/api/index.js';
import { stories as demoStories } from '../fixtures/stories.js';
import { fakeApi, type FakeApi, type FakeApiOptions } from '../helpers/fake-api.js';

export interface StoryCall {
  path: string;
  key: string | null;
  body: Record<string, unknown>;
}

/**
 * How the fake answers the next POST. `ok` answers like the server (a receipt, a toggled
 * "me too", a received report); `crisis` a receipt with crisis resources; `hang` waits until
 * `release()`.
 */
export type StoryAnswer = 'ok' | 'crisis' | 'offline' | 'busy' | 'server' | 'invalid' | 'hang';

export interface StoryFake {
  client: HearthClient;
  api: FakeApi;
  calls: StoryCall[];
  answers: StoryAnswer[];
  release(): void;
}

const respond = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json',
      ...headers,
    },
  });

const problem = (status: number, extra: Record<string, unknown> = {}, headers = {}) =>
  respond({ type: 'about:blank', title: 'Problem', status, ...extra }, status, headers);

export function storyFake(options: FakeApiOptions & { answers?: StoryAnswer[] } = {}): StoryFake {
  const api = fakeApi(options);
  const hanging: (() => void)[] = [];
  const resonated = new Set<string>();
  const counts = new Map(
    (options.stories ?? demoStories).map((story) => [story.id, story.resonance]),
  );
  const fake: StoryFake = {
    api,
    calls: [],
    answers: options.answers ?? [],
    release: () => hanging.shift()?.(),
    client: undefined as unknown as HearthClient,
  };

  const success = (path: string, crisis: boolean): Response => {
    const meToo = /v1\/stories\/([^/]+)\/resonance$/.exec(path);
    if (meToo) {
      const id = decodeURIComponent(meToo[1]!);
      const was = resonated.has(id);
      if (was) resonated.delete(id);
      else resonated.add(id);
      const count = Math.max(0, (counts.get(id) ?? 0) + (was ? -1 : 1));
      counts.set(id, count);
      return respond({ resonance: count, resonated: !was }, 200);
    }
    if (path.endsWith('/reports')) return respond({ status: 'received' }, 202);
    return respond(
      crisis
        ? {
            id: 'new-1',
            status: 'pending',
            crisis: true,
            resources: [
              { name: 'Crisis Text Line', description: 'Text HOME to 741741.', sms: '741741' },
            ],
          }
        : { id: 'new-1', status: 'pending', crisis: false },
      202,
    );
  };

  const fetchImpl: typeof fetch = async (input, init) => {
    if (init?.method !== 'POST') return api.fetch(input, init);
    const path = new URL(String(input)).pathname;
    fake.calls.push({
      path,
      key: new Headers(init.headers).get('Idempotency-Key'),
      body: JSON.parse(String(init.body)) as Record<string, unknown>,
    });
    const answer = fake.answers.shift() ?? 'ok';
    switch (answer) {
      case 'ok':
      case 'crisis':
        return success(path, answer === 'crisis');
      case 'offline':
        throw new TypeError('Failed to fetch');
      case 'busy':
        return problem(429, {}, { 'Retry-After': '120' });
      case 'server':
        return problem(500);
      case 'invalid':
        return problem(400, {
          fields: { body: 'Write at least 20 characters.', topics: 'Unknown topic.' },
          codes: { body: 'too_short', topics: 'unknown_topic' },
        });
      case 'hang':
        return new Promise<Response>((resolve) =>
          hanging.push(() => resolve(success(path, false))),
        );
    }
  };
  fake.client = createClient({
    baseUrl: 'https://api.example.test/',
    fetch: fetchImpl,
    retries: 0,
  });
  return fake;
}
