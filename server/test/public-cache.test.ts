// Public GET answers are kept as sent until the data changes: a visitor must never see seats,
// stories or sessions that the server already knows to be out of date.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Group, List } from '../../src/api/contract/public.js';
import { PublicResponseCache } from '../src/http/cache.js';
import { openStore } from '../src/store.js';
import { GROUPS, importGroups, NO_RATE_LIMITS, postSignup, visitor } from './fixtures.js';
import {
  removeTestData,
  startTestServer,
  tempDir,
  testClock,
  testData,
  type TestServer,
} from './helpers.js';

describe('public GET answers kept until the data changes', () => {
  const clock = testClock();
  const dataDir = tempDir();
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ seed: 'none', dataDir, ...NO_RATE_LIMITS }, undefined, {
      now: clock.now,
    });
    await importGroups(server, [GROUPS.small, GROUPS.open]);
  });
  after(async () => {
    await server.stop();
    await removeTestData(dataDir);
  });

  const seatsLeft = async (id: string) => {
    const { body } = await server.request('/v1/groups');
    return (body as List<Group>).items.find((group) => group.id === id)?.seatsLeft;
  };

  it('answers the same bytes with the same ETag while nothing changes, and 304 to it', async () => {
    const first = await server.request('/v1/groups');
    const second = await server.request('/v1/groups');
    assert.equal(first.status, 200);
    assert.equal(second.text, first.text);
    const etag = first.headers.get('etag')!;
    assert.equal(second.headers.get('etag'), etag);
    const revalidated = await server.request('/v1/groups', { headers: { 'If-None-Match': etag } });
    assert.equal(revalidated.status, 304);
  });

  it('shows a sign-up in the very next list and group: one seat fewer', async () => {
    assert.equal(await seatsLeft('small-group'), 3);
    const before = await server.request('/v1/groups/small-group');
    assert.equal((before.body as Group).seatsLeft, 3);

    const signup = await postSignup(server, 'small-group', visitor());
    assert.equal(signup.status, 201);

    assert.equal(await seatsLeft('small-group'), 2);
    const detail = await server.request('/v1/groups/small-group');
    assert.equal((detail.body as Group).seatsLeft, 2);
    assert.notEqual(detail.headers.get('etag'), before.headers.get('etag'));
  });

  it('shows a change made through another connection to the same database', async () => {
    assert.equal(await seatsLeft('open-group'), 500);
    // As the staff command line or a second server process would: its own connection.
    const other = await openStore({ ...(await testData(dataDir)), now: clock.now });
    try {
      assert.ok(await other.setGroupArchived('open-group', true, clock.now()));
    } finally {
      await other.close();
    }
    assert.equal(await seatsLeft('open-group'), undefined, 'the archived group is gone');
    const detail = await server.request('/v1/groups/open-group');
    assert.equal(detail.status, 404);
  });

  it('moves the next sessions on once the first one has started, with nothing written', async () => {
    const before = (await server.request('/v1/groups/small-group')).body as Group;
    const first = before.nextSessions[0]!;
    clock.advance(Date.parse(first) - clock.now().getTime() + 60_000);
    const later = (await server.request('/v1/groups/small-group')).body as Group;
    assert.notEqual(later.nextSessions[0], first);
    assert.ok(Date.parse(later.nextSessions[0]!) > Date.parse(first));
  });
});

describe('PublicResponseCache', () => {
  const answer = (data: unknown, staleAt?: number) => async () => ({ data, staleAt });
  const text = (body: Uint8Array) => new TextDecoder().decode(body);

  it('computes a cold answer once for many requests arriving together', async () => {
    const cache = new PublicResponseCache();
    let computed = 0;
    const compute = async () => {
      computed += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { data: { items: [1, 2, 3] } };
    };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => cache.get('/v1/groups', 'v1', 0, compute)),
    );
    assert.equal(computed, 1);
    assert.ok(answers.every((each) => text(each.body) === '{"items":[1,2,3]}'));
    assert.ok(answers.every((each) => each.etag === answers[0]!.etag));
  });

  it('computes again when the version changes or the answer goes stale', async () => {
    const cache = new PublicResponseCache();
    assert.equal(text((await cache.get('/a', 'v1', 0, answer('one', 1000))).body), '"one"');
    assert.equal(text((await cache.get('/a', 'v1', 999, answer('two'))).body), '"one"');
    assert.equal(text((await cache.get('/a', 'v1', 1000, answer('three'))).body), '"three"');
    assert.equal(text((await cache.get('/a', 'v2', 1001, answer('four'))).body), '"four"');
    // Even an answer that never goes stale by itself is made afresh after a minute.
    assert.equal(text((await cache.get('/a', 'v2', 61_002, answer('five'))).body), '"five"');
  });

  it('keeps a bounded number of answers and bytes, the oldest out first', async () => {
    const cache = new PublicResponseCache(3, 1000);
    for (const key of ['/1', '/2', '/3', '/4']) await cache.get(key, 'v', 0, answer(key));
    assert.equal(cache.size, 3);
    assert.equal(text((await cache.get('/1', 'v', 0, answer('again'))).body), '"again"');
    // Larger than a quarter of the byte budget: sent, never kept.
    await cache.get('/big', 'v', 0, answer('x'.repeat(300)));
    assert.equal(text((await cache.get('/big', 'v', 0, answer('small'))).body), '"small"');
  });

  it('keeps nothing when computing fails, and fails every waiting request alike', async () => {
    const cache = new PublicResponseCache();
    const failing = async () => {
      throw new Error('not found');
    };
    await assert.rejects(cache.get('/x', 'v', 0, failing), /not found/);
    assert.equal(cache.size, 0);
    assert.equal(text((await cache.get('/x', 'v', 0, answer('found'))).body), '"found"');
  });
});
