// `GET /v1/groups` in pages: `limit` and an opaque `cursor`; without `limit`, the whole list as
// before. Every answer is checked against the served OpenAPI document by `server.request`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Group, List, Problem } from '../../src/api/contract/public.js';
import type { GroupInput } from '../src/groups/repository.js';
import { importGroups, testGroup } from './fixtures.js';
import { startTestServer, TEST_NOW, type TestServer } from './helpers.js';

const COUNT = 230;
const FORMATS = ['in_person', 'online', 'hybrid'] as const;

function manyGroups(): GroupInput[] {
  return Array.from({ length: COUNT }, (_, index) =>
    testGroup(`group-${String(index).padStart(3, '0')}`, {
      // Names out of id order, so the order is the practice's, not the alphabet's.
      name: `${['Steady', 'Calm', 'Open'][index % 3]} circle ${COUNT - index}`,
      format: FORMATS[index % 3],
      ...(index % 3 !== 1 && {
        location: { name: 'Studio', address: '1 Main St', city: 'Portland' },
      }),
      summary: index % 10 === 0 ? 'A gentle group about tidal grief.' : 'A gentle group.',
    }),
  );
}

describe('GET /v1/groups in pages', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ seed: 'none' });
    await importGroups(server, manyGroups());
  });
  after(() => server.stop());

  const list = async (query: string) => {
    const { status, body, headers } = await server.request(`/v1/groups${query}`);
    assert.equal(status, 200, query);
    return { ...(body as List<Group>), etag: headers.get('etag') };
  };

  /** Every page from the start, following `nextCursor`; the ids of each page. */
  async function pagesOf(query: string, limit: number): Promise<string[][]> {
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const after: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const page = await list(`?${query}${query ? '&' : ''}limit=${limit}${after}`);
      assert.ok(page.items.length <= limit);
      pages.push(page.items.map((group) => group.id));
      cursor = page.nextCursor;
      assert.ok(pages.length <= COUNT, 'the cursor never ends');
    } while (cursor !== null);
    return pages;
  }

  it('without limit, answers every group and no cursor, as before', async () => {
    const whole = await list('');
    assert.equal(whole.items.length, COUNT);
    assert.equal(whole.nextCursor, null);
    assert.deepEqual(
      whole.items.slice(0, 3).map((group) => group.id),
      ['group-000', 'group-001', 'group-002'],
    );
  });

  it('pages through every group once, in the same order as the whole list', async () => {
    const whole = (await list('')).items.map((group) => group.id);
    const pages = await pagesOf('', 40);
    assert.deepEqual(
      pages.map((page) => page.length),
      [40, 40, 40, 40, 40, 30],
    );
    assert.deepEqual(pages.flat(), whole);
    assert.equal(new Set(pages.flat()).size, COUNT);
  });

  it('ends on the last group: no empty page when the count divides evenly', async () => {
    const pages = await pagesOf('', 46);
    assert.equal(pages.length, 5);
    assert.equal(pages.at(-1)!.length, 46);
    const one = await list(`?limit=${COUNT}`);
    assert.equal(one.items.length, COUNT);
    assert.equal(one.nextCursor, null);
  });

  it('combines filters with paging: the pages of a filtered list are that list', async () => {
    for (const query of ['format=online', 'q=tidal', 'format=hybrid,online&q=circle']) {
      const whole = (await list(`?${query}`)).items.map((group) => group.id);
      assert.ok(whole.length > 0 && whole.length < COUNT, query);
      const pages = await pagesOf(query, 7);
      assert.deepEqual(pages.flat(), whole, query);
    }
    const online = await list('?format=online&limit=5');
    assert.ok(online.items.every((group) => group.format === 'online'));
  });

  it('gives an opaque cursor: no id, name or number in plain sight', async () => {
    const { nextCursor, items } = await list('?limit=3');
    assert.match(nextCursor ?? '', /^[A-Za-z0-9_-]+$/);
    assert.ok(!nextCursor!.includes(items[2]!.id));
  });

  it('neither repeats nor skips a group when the list changes between pages', async () => {
    const first = await list('?limit=50');
    const firstIds = first.items.map((group) => group.id);
    // Staff archive a group already sent, and add one: it goes at the end of the list.
    assert.ok(await server.store.setGroupArchived('group-010', true, TEST_NOW));
    assert.ok(await server.store.createGroup(testGroup('group-new'), TEST_NOW));
    try {
      const rest: string[] = [];
      let cursor = first.nextCursor;
      while (cursor !== null) {
        const page = await list(`?limit=50&cursor=${encodeURIComponent(cursor)}`);
        rest.push(...page.items.map((group) => group.id));
        cursor = page.nextCursor;
      }
      const seen = [...firstIds, ...rest];
      assert.equal(new Set(seen).size, seen.length, 'a group came twice');
      assert.equal(seen.length, COUNT + 1);
      assert.equal(rest.at(-1), 'group-new');
    } finally {
      await server.store.setGroupArchived('group-010', false, TEST_NOW);
      await server.store.setGroupArchived('group-new', true, TEST_NOW);
    }
  });

  it('keeps ETag and 304 per page', async () => {
    const first = await list('?limit=20');
    const second = await list(`?limit=20&cursor=${encodeURIComponent(first.nextCursor!)}`);
    assert.ok(first.etag && second.etag);
    assert.notEqual(first.etag, second.etag);
    const again = await server.request(
      `/v1/groups?limit=20&cursor=${encodeURIComponent(first.nextCursor!)}`,
      { headers: { 'If-None-Match': second.etag } },
    );
    assert.equal(again.status, 304);
    const other = await server.request('/v1/groups?limit=21', {
      headers: { 'If-None-Match': first.etag },
    });
    assert.equal(other.status, 200);
  });

  it('rejects a bad limit with 400 and a message for `limit`', async () => {
    for (const limit of ['0', '501', '-1', '1.5', 'ten', '', '99999']) {
      const { status, body, headers } = await server.request(`/v1/groups?limit=${limit}`);
      assert.equal(status, 400, limit);
      assert.equal(headers.get('content-type'), 'application/problem+json');
      assert.deepEqual(Object.keys((body as Problem).fields ?? {}), ['limit'], limit);
    }
    const twice = await server.request('/v1/groups?limit=5&limit=6');
    assert.equal((twice.body as Problem).fields?.['limit'], 'must be given at most once');
  });

  it('rejects a cursor that is not one it gave, with 400 and a message for `cursor`', async () => {
    const { nextCursor } = await list('?limit=5');
    const forged = Buffer.from(JSON.stringify([1, 'x', 'bad id!'])).toString('base64url');
    const shape = Buffer.from(JSON.stringify({ position: 1 })).toString('base64url');
    for (const cursor of ['not a cursor', '%%%', forged, shape, 'a'.repeat(1001), 'AAAA']) {
      const { status, body } = await server.request(
        `/v1/groups?limit=5&cursor=${encodeURIComponent(cursor)}`,
      );
      assert.equal(status, 400, cursor);
      assert.deepEqual(Object.keys((body as Problem).fields ?? {}), ['cursor'], cursor);
    }
    const twice = await server.request(
      `/v1/groups?cursor=${nextCursor!}&cursor=${nextCursor!}&limit=5`,
    );
    assert.equal((twice.body as Problem).fields?.['cursor'], 'must be given at most once');
  });

  it('lists bad filters and bad paging in one answer', async () => {
    const { status, body } = await server.request('/v1/groups?format=boat&day=9&limit=0');
    assert.equal(status, 400);
    assert.deepEqual(Object.keys((body as Problem).fields ?? {}).sort(), [
      'day',
      'format',
      'limit',
    ]);
  });

  it('answers every group after a cursor when no limit comes with it', async () => {
    const { nextCursor } = await list('?limit=200');
    const rest = await list(`?cursor=${encodeURIComponent(nextCursor!)}`);
    assert.equal(rest.items.length, COUNT - 200);
    assert.equal(rest.nextCursor, null);
  });
});
