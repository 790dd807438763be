// A story sent while staff remove one of its topics: the visitor gets the answer a topic off the
// list always gets (400, `codes.topics: unknown_topic`), never a 500, and nothing is stored.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { readRows, startTestServer, TEST_ENGINE, TEST_NOW, type TestServer } from './helpers.js';
import { importStories, postStory, story } from './story-fixtures.js';

const POSTGRES_ONLY = TEST_ENGINE !== 'postgres' && 'holds a row lock from another connection';

describe('a story whose topic is removed meanwhile', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed: 'none' });
    // The demo practice's topics, none used by a group or story: staff may remove any.
    await importStories(server, []);
  });
  after(() => server.stop());

  const storyCount = async () =>
    Number(
      (await readRows<{ count: number }>(server, 'select count(*) as count from stories'))[0]!
        .count,
    );

  it('is refused by the store with `unknown_topic`, nothing stored', async () => {
    const outcome = await server.store.createStory({
      body: 'I sat in my car outside the first session for ten minutes before I went in.',
      topics: ['anxiety', 'no-such-topic'],
      month: '2025-03',
      now: TEST_NOW,
      receipt: { status: 'pending', crisis: false },
      idempotency: { scope: 'POST /v1/stories', key: 'race-1', requestHash: 'x' },
    });
    assert.deepEqual(outcome, { kind: 'unknown_topic' });
    assert.equal(await storyCount(), 0);
    const keys = await readRows(server, 'select key from idempotency_keys');
    assert.deepEqual(keys, []);
  });

  it(
    'answers 400 `unknown_topic` when the removal commits while the story waits for it',
    { skip: POSTGRES_ONLY },
    async () => {
      const staff = new pg.Client({ connectionString: server.testData.databaseUrl });
      await staff.connect();
      try {
        // Staff's removal of the topic, not committed yet: the server still lists it.
        await staff.query('begin');
        await staff.query(`delete from topics where id = 'grief'`);
        const sent = postStory(server, story({ topics: ['grief'] }));
        // The story's insert waits for the removal's row lock on the topic…
        for (let waited = 0; ; waited += 10) {
          const { rows } = await staff.query<{ count: string }>(
            `select count(*) from pg_stat_activity
             where datname = current_database() and wait_event_type = 'Lock'`,
          );
          if (Number(rows[0]!.count) > 0) break;
          assert.ok(waited < 10_000, 'the story never waited for the removal');
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        // …and finds it gone when the removal commits.
        await staff.query('commit');
        const response = await sent;
        assert.equal(response.status, 400, response.text);
        assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
        const body = response.body as { codes: Record<string, string> };
        assert.deepEqual(body.codes, { topics: 'unknown_topic' });
        assert.equal(await storyCount(), 0);
      } finally {
        await staff.end();
      }
    },
  );
});
