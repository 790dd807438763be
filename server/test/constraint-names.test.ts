// Migration 0014: on PostgreSQL the constraints and indexes of the tables migrations 0003 and
// 0004 rebuilt as `<table>_next` are named after their table, as in a database made fresh; on
// SQLite it changes nothing.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import {
  removeTestData,
  tempDir,
  testData,
  TEST_ENGINE,
  testMigrator,
  withDatabase,
} from './helpers.js';

const POSTGRES_ONLY = TEST_ENGINE !== 'postgres' && 'names of constraints exist on PostgreSQL only';

describe('migration 0014_postgres_constraint_names', () => {
  const dataDir = tempDir('hearth-names-');
  after(() => removeTestData(dataDir));

  it(
    'renames every `<table>_next_…` constraint and index after its table',
    { skip: POSTGRES_ONLY },
    async () => {
      await withDatabase(await testData(dataDir), async (db) => {
        const names = async () => {
          const { rows } = await sql<{ name: string }>`
          select conname as name from pg_constraint
          where connamespace = current_schema()::regnamespace
          union all
          select indexname from pg_indexes where schemaname = current_schema()
          order by 1`.execute(db);
          return rows.map((row) => row.name);
        };
        const migrator = testMigrator(db);
        const before = await migrator.migrateTo('0013_event_order');
        assert.equal(before.error, undefined);
        const all = await names();
        const left = all.filter((name) => name.includes('_next_'));
        assert.ok(left.includes('signups_next_pkey'), left.join(', '));
        assert.ok(left.includes('story_topics_next_story_id_fkey'), left.join(', '));

        const latest = await migrator.migrateToLatest();
        assert.equal(latest.error, undefined);
        const after = await names();
        assert.deepEqual(
          after.filter((name) => name.includes('_next')),
          [],
        );
        for (const name of [
          'signups_pkey',
          'signups_group_id_fkey',
          'signups_status_check',
          'stories_pkey',
          'stories_status_check',
          'stories_crisis_tier_check',
          'story_topics_pk',
          'story_topics_story_id_fkey',
          'story_topics_topic_id_fkey',
        ]) {
          assert.ok(after.includes(name), name);
        }
        // Renamed, not dropped: the count is the same and the constraints still hold.
        assert.equal(after.length, all.length);
        await assert.rejects(
          sql`insert into story_topics (story_id, topic_id, position) values ('none', 'none', 0)`.execute(
            db,
          ),
          /story_topics_story_id_fkey/,
        );
      });
    },
  );

  it('changes nothing on SQLite', { skip: TEST_ENGINE !== 'sqlite' && 'SQLite only' }, async () => {
    const schema = (db: Parameters<Parameters<typeof withDatabase>[1]>[0]) =>
      sql<{ sql: string }>`select sql from sqlite_master where sql is not null order by name`
        .execute(db)
        .then((result) => result.rows.map((row) => row.sql));
    await withDatabase(await testData(tempDir('hearth-names-sqlite-')), async (db) => {
      const migrator = testMigrator(db);
      assert.equal((await migrator.migrateTo('0013_event_order')).error, undefined);
      const before = await schema(db);
      const { error, results } = await migrator.migrateToLatest();
      assert.equal(error, undefined);
      assert.deepEqual(
        results?.map((result) => result.migrationName),
        ['0014_postgres_constraint_names'],
      );
      assert.deepEqual(await schema(db), before);
    });
  });
});
