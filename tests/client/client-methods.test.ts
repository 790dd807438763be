// The client's typed methods for the story wall and sign-ups against the real reference server
// (in-process, real HTTP, temporary SQLite): the endpoints the widgets call through them.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '../../server/src/index.js';
import { ApiError, createClient, type HearthClient } from '../../src/api/index.js';
import { GROUP_ID, STORY_ID, TOPIC_ID } from '../../src/api/contract/ids.js';

const RELAXED = { limit: 1_000_000, windowSeconds: 600 };

const rejection = (promise: Promise<unknown>) => promise.catch((caught: unknown) => caught);

describe('client methods against the reference server', () => {
  let server: RunningServer;
  let dataDir: string;
  let api: HearthClient;

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'hearth-client-methods-'));
    server = await startServer({
      config: {
        dataDir,
        logLevel: 'silent',
        rateLimits: {
          stories: RELAXED,
          resonance: RELAXED,
          reports: RELAXED,
          posts: RELAXED,
          signups: RELAXED,
        },
      },
    });
    api = createClient({ baseUrl: server.url, retries: 0 });
  });
  after(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists stories a page at a time, each once, and by topic', async () => {
    const all = (await api.listStories({}, { limit: 50 })).items.map((story) => story.id);
    assert.ok(all.length > 2, 'the demo wall has several stories');
    assert.ok(all.every((id) => STORY_ID.test(id)));
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.listStories({}, { limit: 2, cursor });
      assert.ok(page.items.length <= 2);
      paged.push(...page.items.map((story) => story.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    assert.deepEqual(paged, all);

    const grief = await api.listStories({ topic: 'grief' });
    assert.ok(grief.items.length > 0);
    assert.ok(grief.items.every((story) => story.topics.includes('grief')));
    const none = await api.listStories({ topic: '' }, { limit: 1 });
    assert.equal(none.items.length, 1, 'an empty topic is no filter');
  });

  it('shares a story once per idempotency key, and maps invalid ones to fields', async () => {
    const story = {
      body: 'Hearing others say it out loud made my own week easier to carry.',
      topics: ['grief'],
      consent: true as const,
    };
    const first = await api.shareStory(story, { idempotencyKey: 'share-once' });
    assert.equal(first.status, 'pending');
    assert.equal(first.crisis, false);
    const again = await api.shareStory(story, { idempotencyKey: 'share-once' });
    assert.equal(again.id, first.id);
    const other = await api.shareStory(story);
    assert.notEqual(other.id, first.id, 'without a key, each call is its own request');

    const error = await rejection(api.shareStory({ body: 'short', topics: [], consent: true }));
    assert.ok(error instanceof ApiError);
    assert.equal(error.kind, 'validation');
    assert.deepEqual(Object.keys(error.fields ?? {}), ['body']);
  });

  it('says "me too" and takes it back', async () => {
    const [story] = (await api.listStories({}, { limit: 1 })).items;
    assert.ok(story);
    const token = 'client-methods-visitor-token';
    const on = await api.toggleMeToo(story.id, { token });
    assert.deepEqual(on, { resonance: story.resonance + 1, resonated: true });
    const off = await api.toggleMeToo(story.id, { token });
    assert.deepEqual(off, { resonance: story.resonance, resonated: false });

    const error = await rejection(api.toggleMeToo(story.id, { token: 'short' }));
    assert.ok(error instanceof ApiError);
    assert.equal(error.kind, 'validation');
  });

  it('reports a story, and an unknown one as not found', async () => {
    const [story] = (await api.listStories({}, { limit: 1 })).items;
    assert.ok(story);
    assert.deepEqual(await api.reportStory(story.id, { reason: 'other', note: 'Checking.' }), {
      status: 'received',
    });
    const missing = await rejection(api.reportStory('no-such-story', { reason: 'spam' }));
    assert.ok(missing instanceof ApiError);
    assert.equal(missing.kind, 'not_found');
  });

  it('encodes ids into the path, so an id cannot reach another endpoint', async () => {
    const error = await rejection(api.reportStory('../../groups', { reason: 'spam' }));
    assert.ok(error instanceof ApiError);
    assert.equal(error.kind, 'not_found');
  });

  it('requests a spot once per idempotency key, and maps invalid requests to fields', async () => {
    const groups = (await api.listGroups()).items;
    assert.ok(groups.every((group) => GROUP_ID.test(group.id)));
    assert.ok(groups.every((group) => group.topics.every((topic) => TOPIC_ID.test(topic))));
    const group = groups.find((candidate) => candidate.ageMin === undefined && !candidate.ageMax);
    assert.ok(group, 'the demo practice has a group without an age range');
    const request = {
      name: 'Sam',
      email: 'sam@example.org',
      contactMethod: 'email' as const,
      consent: { contact: true as const, privacy: true as const },
    };
    const first = await api.requestSpot(group.id, request, { idempotencyKey: 'spot-once' });
    assert.ok(['requested', 'waitlisted'].includes(first.status));
    assert.equal(first.crisis, false);
    const again = await api.requestSpot(group.id, request, { idempotencyKey: 'spot-once' });
    assert.equal(again.id, first.id);

    const error = await rejection(
      api.requestSpot(group.id, { ...request, email: 'not an address', name: '' }),
    );
    assert.ok(error instanceof ApiError);
    assert.equal(error.kind, 'validation');
    assert.deepEqual(Object.keys(error.fields ?? {}).sort(), ['email', 'name']);

    const unknown = await rejection(api.requestSpot('no-such-group', request));
    assert.ok(unknown instanceof ApiError);
    assert.equal(unknown.kind, 'not_found');
  });
});
