// The API client against the real reference server (in-process, real HTTP, temporary SQLite).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ApiError, type HearthClient } from '../../src/api/index.js';
import { startClientStage, type ClientStage } from './support.js';

describe('client against the reference server', () => {
  let stage: ClientStage | undefined;
  let api: HearthClient;

  before(async () => {
    stage = await startClientStage('hearth-client-');
    ({ api } = stage);
  });
  after(() => stage?.stop());

  it('reads the practice', async () => {
    const practice = await api.getPractice();
    assert.ok(practice.name.length > 0);
    assert.ok(practice.crisisResources.some((resource) => resource.phone === '988'));
  });

  it('lists groups and narrows them with filters', async () => {
    const all = await api.listGroups();
    assert.equal(all.items.length, 10);
    assert.equal(all.nextCursor, null);

    const online = await api.listGroups({ format: ['online'] });
    assert.ok(online.items.length > 0 && online.items.length < all.items.length);
    assert.ok(online.items.every((group) => group.format === 'online'));

    const topic = all.items[0].topics[0];
    const byTopic = await api.listGroups({ topic: [topic] });
    assert.ok(byTopic.items.every((group) => group.topics.includes(topic)));

    const day = all.items[0].schedule.weekday;
    const byDay = await api.listGroups({ day: [day] });
    assert.ok(byDay.items.every((group) => group.schedule.weekday === day));

    const none = await api.listGroups({ q: 'no group is called this zzqx' });
    assert.deepEqual(none.items, []);
  });

  it('pages through the groups with limit and cursor, each once, in the same order', async () => {
    const all = (await api.listGroups()).items.map((group) => group.id);
    assert.ok(all.length > 2, 'the demo practice lists several groups');
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.listGroups({}, { limit: 2, cursor });
      assert.ok(page.items.length <= 2);
      paged.push(...page.items.map((group) => group.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    assert.deepEqual(paged, all);
  });

  it('reads one group with its next sessions', async () => {
    const [first] = (await api.listGroups()).items;
    const group = await api.getGroup(first.id);
    assert.equal(group.name, first.name);
    assert.ok(group.nextSessions.every((instant) => !Number.isNaN(Date.parse(instant))));
  });

  it('reports an unknown group as not found', async () => {
    const error = await api.getGroup('no-such-group').catch((caught: unknown) => caught);
    assert.ok(error instanceof ApiError);
    assert.equal(error.kind, 'not_found');
  });

  it('reports invalid filters as a validation error with fields', async () => {
    const error = await api
      .get('v1/groups', { query: { format: 'teleport', day: 9 } })
      .catch((caught: unknown) => caught);
    assert.ok(error instanceof ApiError);
    assert.equal(error.kind, 'validation');
    assert.deepEqual(Object.keys(error.fields ?? {}).sort(), ['day', 'format']);
  });
});
