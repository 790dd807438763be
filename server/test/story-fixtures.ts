// Small helpers for story tests: a practice with a few stories, and calls to the story routes.
import { randomUUID } from 'node:crypto';
import { demoPractice } from '../src/seed.js';
import type { StoryInput } from '../src/stories/repository.js';
import { TEST_NOW, type CheckedResponse, type TestServer } from './helpers.js';

let counter = 0;

/** An approved story; override what the test is about. */
export function approvedStory(overrides: Partial<StoryInput> = {}): StoryInput {
  counter += 1;
  return {
    id: randomUUID(),
    body: `Story number ${counter}: the group helped me feel less alone with it.`,
    topics: ['anxiety'],
    contentWarning: null,
    month: '2025-02',
    resonance: 0,
    status: 'approved',
    createdAt: new Date(TEST_NOW.getTime() - counter * 60_000).toISOString(),
    ...overrides,
  };
}

export async function importStories(server: TestServer, stories: StoryInput[]): Promise<void> {
  await server.store.importData({ practice: demoPractice(), groups: [], stories });
}

export function story(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    body: 'I sat in my car outside the first session for ten minutes before I went in.',
    topics: ['anxiety'],
    consent: true,
    website: '',
    ...overrides,
  };
}

export function postJson(
  server: TestServer,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<CheckedResponse> {
  return server.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const postStory = (server: TestServer, body: unknown, headers?: Record<string, string>) =>
  postJson(server, '/v1/stories', body, headers);

export const meToo = (server: TestServer, id: string, token: string) =>
  postJson(server, `/v1/stories/${id}/resonance`, { token });

export const report = (
  server: TestServer,
  id: string,
  address: string,
  body: unknown = { reason: 'harmful' },
) => postJson(server, `/v1/stories/${id}/reports`, body, { 'X-Forwarded-For': address });

/** Every page of `GET /v1/stories` with these parameters, following `nextCursor`. */
export async function allPages(
  server: TestServer,
  params: Record<string, string> = {},
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query = new URLSearchParams({ ...params, ...(cursor && { cursor }) });
    const { status, body } = await server.request(`/v1/stories?${query}`);
    if (status !== 200) throw new Error(`GET /v1/stories answered ${status}`);
    const page = body as { items: { id: string }[]; nextCursor: string | null };
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor && pages < 1000);
  return { ids, pages };
}
