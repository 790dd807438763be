// The client's generic get/post against the real reference server, for the story wall.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ApiError,
  type HearthClient,
  type List,
  type Story,
  type StoryReceipt,
} from '../../src/api/index.js';
import { startClientStage, type ClientStage } from './support.js';

const RELAXED = { limit: 1_000_000, windowSeconds: 600 };

describe('client against the story wall', () => {
  let stage: ClientStage | undefined;
  let api: HearthClient;

  before(async () => {
    stage = await startClientStage('hearth-client-stories-', {
      rateLimits: { stories: RELAXED, resonance: RELAXED, reports: RELAXED, posts: RELAXED },
    });
    ({ api } = stage);
  });
  after(() => stage?.stop());

  it('lists the demo wall a page at a time, and by topic', async () => {
    const first = await api.get<List<Story>>('v1/stories', { query: { limit: 2 } });
    assert.equal(first.items.length, 2);
    assert.ok(first.nextCursor);
    const second = await api.get<List<Story>>('v1/stories', {
      query: { limit: 2, cursor: first.nextCursor },
    });
    assert.ok(second.items.every((item) => !first.items.some((seen) => seen.id === item.id)));
    const grief = await api.get<List<Story>>('v1/stories', { query: { topic: 'grief' } });
    assert.ok(grief.items.length > 0);
    assert.ok(grief.items.every((item) => item.topics.includes('grief')));
  });

  it('shares a story: pending, with resources when it holds crisis language', async () => {
    const calm = await api.post<StoryReceipt>('v1/stories', {
      body: 'The group gave me people to call before things got hard.',
      topics: ['recovery'],
      consent: true,
    });
    assert.deepEqual(Object.keys(calm).sort(), ['crisis', 'id', 'status']);
    assert.equal(calm.status, 'pending');
    const crisis = await api.post<StoryReceipt>('v1/stories', {
      body: 'Some nights I want to die and I do not tell anyone.',
      topics: [],
      consent: true,
    });
    assert.equal(crisis.crisis, true);
    assert.ok(crisis.resources?.some((resource) => resource.phone === '988'));
  });

  it('maps invalid stories to a validation error with fields', async () => {
    const error = await api
      .post('v1/stories', { body: 'short', consent: false })
      .catch((caught: unknown) => caught);
    assert.ok(error instanceof ApiError);
    assert.equal(error.kind, 'validation');
    assert.deepEqual(Object.keys(error.fields ?? {}).sort(), ['body', 'consent']);
  });

  it('says "me too" and takes it back, and reports a story', async () => {
    const [story] = (await api.get<List<Story>>('v1/stories')).items;
    assert.ok(story);
    const token = 'client-test-visitor-token';
    const on = await api.post<{ resonance: number; resonated: boolean }>(
      `v1/stories/${story.id}/resonance`,
      { token },
    );
    assert.deepEqual(on, { resonance: story.resonance + 1, resonated: true });
    const off = await api.post<{ resonance: number; resonated: boolean }>(
      `v1/stories/${story.id}/resonance`,
      { token },
    );
    assert.deepEqual(off, { resonance: story.resonance, resonated: false });

    const received = await api.post(`v1/stories/${story.id}/reports`, { reason: 'other' });
    assert.deepEqual(received, { status: 'received' });
    const missing = await api
      .post('v1/stories/no-such-story/reports', { reason: 'spam' })
      .catch((caught: unknown) => caught);
    assert.ok(missing instanceof ApiError);
    assert.equal(missing.kind, 'not_found');
  });
});
