// "Me too" and reports against one person with many addresses: every public limit counts address
// groups (an IPv4 address, an IPv6 /64), and a group counts once per story, whatever token it
// brings.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Resonance, Story } from '../../src/api/contract/public.js';
import { addressGroup } from '../src/platform/address-group.js';
import { NO_RATE_LIMITS } from './fixtures.js';
import { execSql, readRows, startTestServer, type TestServer } from './helpers.js';
import { allPages, approvedStory, importStories, postJson, report } from './story-fixtures.js';

const from = (address: string) => ({ 'X-Forwarded-For': address });
let tokens = 0;
/** A token never used before, as a script would make for each request. */
const freshToken = () => `fresh-visitor-token-${String(++tokens).padStart(6, '0')}`;

const meToo = (server: TestServer, id: string, token: string, address: string) =>
  postJson(server, `/v1/stories/${id}/resonance`, { token }, from(address));

async function wallCount(server: TestServer, id: string): Promise<number | undefined> {
  const { body } = await server.request('/v1/stories?limit=50');
  return (body as { items: Story[] }).items.find((item) => item.id === id)?.resonance;
}

describe('address groups', () => {
  it('puts an IPv6 /64 together, and IPv4 written any way on its own', () => {
    const cases: [string, string][] = [
      ['203.0.113.7', '203.0.113.7'],
      ['203.0.113.7:51234', '203.0.113.7'],
      ['::ffff:203.0.113.7', '203.0.113.7'],
      ['::FFFF:cb00:7107', '203.0.113.7'],
      ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
      ['2001:0DB8:0001:0002:ffff:0000:0000:0009', '2001:db8:1:2::/64'],
      ['[2001:db8:1:2:aaaa::1]:443', '2001:db8:1:2::/64'],
      ['2001:db8::1', '2001:db8:0:0::/64'],
      ['fe80::1%eth0', 'fe80:0:0:0::/64'],
      ['::1', '0:0:0:0::/64'],
      // 6to4: the IPv4 address is in the first 48 bits, the rest is the owner's to choose.
      ['2002:cb00:7107:1::1', '2002:cb00:7107::/48'],
      ['unknown', 'unknown'],
    ];
    for (const [address, group] of cases) assert.equal(addressGroup(address), group, address);
  });
});

describe('reports per address group', () => {
  let server: TestServer;
  const target = approvedStory();
  const mapped = approvedStory();
  const other = approvedStory();

  before(async () => {
    server = await startTestServer({
      seed: 'none',
      trustProxy: true,
      reportThreshold: 3,
      ...NO_RATE_LIMITS,
    });
    await importStories(server, [target, mapped, other]);
  });
  after(() => server.stop());

  it('counts one IPv6 /64 as one reporter: three of its addresses do not hide a story', async () => {
    for (const address of ['2001:db8:1:2::1', '2001:db8:1:2::2', '2001:db8:1:2:ffff::3']) {
      const { status, body } = await report(server, target.id, address, { reason: 'spam' });
      assert.equal(status, 202);
      assert.deepEqual(body, { status: 'received' });
    }
    assert.ok((await allPages(server)).ids.includes(target.id), 'still on the wall');
    assert.equal((await server.store.getModerationStory(target.id))?.reports.count, 1);

    await report(server, target.id, '2001:db8:1:3::1', { reason: 'harmful' });
    assert.ok((await allPages(server)).ids.includes(target.id), 'two groups: still shown');
    await report(server, target.id, '192.0.2.44', { reason: 'identifies_someone' });
    assert.ok(!(await allPages(server)).ids.includes(target.id), 'hidden at the third group');
    const review = await server.store.getModerationStory(target.id);
    assert.equal(review?.status, 'hidden');
    assert.deepEqual(review?.reports.reasons, { spam: 1, harmful: 1, identifies_someone: 1 });
  });

  it('counts an IPv4 address once, however it is written', async () => {
    for (const address of ['192.0.2.5', '::ffff:192.0.2.5', '::ffff:c000:205', '192.0.2.5:80']) {
      assert.equal((await report(server, mapped.id, address)).status, 202);
    }
    assert.ok((await allPages(server)).ids.includes(mapped.id));
    assert.equal((await server.store.getModerationStory(mapped.id))?.reports.count, 1);
  });

  it('keeps reporters only as keyed hashes, per story, and drops them with the story', async () => {
    await report(server, other.id, '2001:db8:1:2::7');
    const rows = await readRows<{ story_id: string; reporter_hash: string }>(
      server,
      'select story_id, reporter_hash from story_reports where story_id in (?, ?)',
      [target.id, other.id],
    );
    const stored = JSON.stringify(rows);
    for (const part of ['2001:db8', '2001:0db8', '192.0.2.44', '/64']) {
      assert.ok(!stored.includes(part), part);
    }
    // The same /64 reported both stories: its two rows cannot be linked.
    const hashes = new Set(rows.map((row) => row.reporter_hash));
    assert.equal(hashes.size, rows.length);

    await execSql(server, ['delete from stories where id = ?', [other.id]]);
    const left = await readRows(
      server,
      'select cast(count(*) as integer) as n from story_reports where story_id = ?',
      [other.id],
    );
    assert.deepEqual(left, [{ n: 0 }]);
  });
});

describe('"me too" per address group', () => {
  let server: TestServer;
  const flooded = approvedStory({ resonance: 4 });
  const shared = approvedStory();
  const kept = approvedStory();

  before(async () => {
    // The default limit (60 per 10 minutes) is the one a script meets.
    server = await startTestServer({ seed: 'none', trustProxy: true });
    await importStories(server, [flooded, shared, kept]);
  });
  after(() => server.stop());

  it('counts one address once on a story, however many fresh tokens it sends', async () => {
    const answers: Resonance[] = [];
    for (let call = 0; call < 60; call++) {
      const { status, body } = await meToo(server, flooded.id, freshToken(), '198.51.100.7');
      assert.equal(status, 200);
      answers.push(body as Resonance);
    }
    assert.equal(await wallCount(server, flooded.id), 5, 'counted once');
    assert.deepEqual(answers[0], { resonance: 5, resonated: true });
    // Every later browser is answered as if its own tap counted: the 5 stored, plus its own.
    for (const answer of answers.slice(1)) {
      assert.deepEqual(answer, { resonance: 6, resonated: true });
    }
  });

  it('counts one IPv6 /64 once, and another browser there takes over when the first withdraws', async () => {
    const first = 'first-visitor-token-000';
    const second = 'second-visitor-token-00';
    const counted = await meToo(server, shared.id, first, '2001:db8:5:6::1');
    assert.deepEqual(counted.body, { resonance: 1, resonated: true });
    // A housemate cannot tell from the answer that someone there said "me too" already.
    const housemate = await meToo(server, shared.id, second, '2001:db8:5:6:aaaa::2');
    assert.deepEqual(housemate.body, { resonance: 2, resonated: true });
    assert.equal(await wallCount(server, shared.id), 1, 'the /64 counts once');
    const otherNetwork = await meToo(server, shared.id, freshToken(), '::ffff:198.51.100.8');
    assert.deepEqual(otherNetwork.body, { resonance: 2, resonated: true });
    assert.equal(await wallCount(server, shared.id), 2);

    const undo = await meToo(server, shared.id, first, '2001:db8:5:6::3');
    assert.deepEqual(undo.body, { resonance: 1, resonated: false });
    assert.equal(await wallCount(server, shared.id), 2, 'the housemate now counts for the /64');
    const undoToo = await meToo(server, shared.id, second, '2001:db8:5:6:aaaa::2');
    assert.deepEqual(undoToo.body, { resonance: 1, resonated: false });
    assert.equal(await wallCount(server, shared.id), 1);
    const again = await meToo(server, shared.id, first, '2001:db8:5:6::1');
    assert.deepEqual(again.body, { resonance: 2, resonated: true });
    assert.equal(await wallCount(server, shared.id), 2);
  });

  it('keeps groups only as keyed hashes, per story, and drops them with the story', async () => {
    await meToo(server, kept.id, freshToken(), '2001:db8:5:6::1');
    const rows = await readRows<{ story_id: string; group_hash: string | null }>(
      server,
      'select story_id, token_hash, group_hash from story_resonance where story_id in (?, ?)',
      [shared.id, kept.id],
    );
    const stored = JSON.stringify(rows);
    for (const part of ['2001:db8', '198.51.100', '/64', 'visitor-token']) {
      assert.ok(!stored.includes(part), part);
    }
    const groupsOf = (id: string) =>
      rows.filter((row) => row.story_id === id).map((row) => row.group_hash);
    assert.equal(groupsOf(kept.id).length, 1);
    assert.ok(groupsOf(shared.id).length >= 2);
    assert.ok(
      rows.every((row) => typeof row.group_hash === 'string' && row.group_hash.length >= 43),
    );
    // The same /64 said "me too" to both stories: its rows cannot be linked.
    assert.ok(!groupsOf(shared.id).includes(groupsOf(kept.id)[0]!));

    await execSql(server, ['delete from stories where id = ?', [kept.id]]);
    const left = await readRows(
      server,
      'select cast(count(*) as integer) as n from story_resonance where story_id = ?',
      [kept.id],
    );
    assert.deepEqual(left, [{ n: 0 }]);
  });
});

describe('rate limits per address group', () => {
  let server: TestServer;
  const target = approvedStory();

  before(async () => {
    server = await startTestServer({
      seed: 'none',
      trustProxy: true,
      rateLimits: {
        resonance: { limit: 3, windowSeconds: 600 },
        reports: { limit: 1, windowSeconds: 3600 },
      },
    });
    await importStories(server, [target]);
  });
  after(() => server.stop());

  it('counts every address of a /64 against the same limit', async () => {
    const statuses = [];
    for (const host of ['::1', '::2', ':a:b:c:d', ':ffff:ffff:ffff:ffff']) {
      statuses.push((await meToo(server, target.id, freshToken(), `2001:db8:9:9${host}`)).status);
    }
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    assert.equal((await meToo(server, target.id, freshToken(), '2001:db8:9:a::1')).status, 200);

    assert.equal((await report(server, target.id, '2001:db8:9:9::5')).status, 202);
    const over = await report(server, target.id, '2001:db8:9:9::6');
    assert.equal(over.status, 429);
    assert.match(over.headers.get('content-type') ?? '', /^application\/problem\+json/);
  });

  it('keeps no address or prefix in its counters', async () => {
    const keys = await server.rateLimiter.keys();
    assert.ok(keys.length >= 3);
    for (const key of keys) assert.ok(!key.includes('2001') && !key.includes('/64'), key);
    assert.ok(keys.includes(`resonance:${server.rateLimiter.clientKey('2001:db8:9:9::77')}`));
  });
});
