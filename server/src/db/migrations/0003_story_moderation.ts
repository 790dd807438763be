import { sql, type Kysely, type Migration } from 'kysely';

// The story wall: moderation states (approved and hidden replace published), flags computed on
// submission, text encrypted at rest, "me too" per visitor token, reports and a history of every
// moderation step. SQLite cannot change a CHECK constraint in place, so `stories` and
// `story_topics` are rebuilt (create, copy, drop, rename: renaming also repoints the foreign
// key, on SQLite and PostgreSQL alike). Old plain bodies are copied into `body_enc` as they are;
// the store encrypts them when it opens, because only it holds the key (docs/decisions.md).
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('stories_next')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('status', 'varchar(16)', (col) =>
        col.notNull().check(sql`status in ('pending', 'approved', 'rejected', 'hidden')`),
      )
      .addColumn('body_enc', 'text', (col) => col.notNull())
      .addColumn('body_hash', 'varchar(64)')
      .addColumn('content_warning', 'text')
      .addColumn('month', 'varchar(7)', (col) => col.notNull())
      .addColumn('resonance', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('crisis_tier', 'varchar(8)', (col) =>
        col
          .notNull()
          .defaultTo('none')
          .check(sql`crisis_tier in ('none', 'low', 'medium', 'high')`),
      )
      .addColumn('review_priority', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('personal_details', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('link_count', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('repeat', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('spam', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('status_reason', 'text')
      .addColumn('edited_at', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('approved_at', 'text')
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await sql`
      insert into stories_next (id, status, body_enc, content_warning, month, resonance,
        crisis_tier, review_priority, created_at, approved_at, updated_at)
      select id, case status when 'published' then 'approved' else status end, body,
        content_warning, month, resonance,
        case when crisis = 1 then 'medium' else 'none' end, case when crisis = 1 then 1 else 0 end,
        created_at, published_at, created_at
      from stories`.execute(db);

    await db.schema
      .createTable('story_topics_next')
      .addColumn('story_id', 'varchar(64)', (col) =>
        col.notNull().references('stories_next.id').onDelete('cascade'),
      )
      .addColumn('topic_id', 'varchar(64)', (col) => col.notNull().references('topics.id'))
      .addColumn('position', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('story_topics_next_pk', ['story_id', 'topic_id'])
      .execute();
    await sql`insert into story_topics_next (story_id, topic_id, position)
      select story_id, topic_id, position from story_topics`.execute(db);
    await db.schema.dropTable('story_topics').execute();
    await db.schema.dropTable('stories').execute();
    await db.schema.alterTable('stories_next').renameTo('stories').execute();
    await db.schema.alterTable('story_topics_next').renameTo('story_topics').execute();

    // The public wall: approved, newest approval first.
    await db.schema
      .createIndex('stories_public')
      .on('stories')
      .columns(['status', 'approved_at', 'id'])
      .execute();
    await db.schema
      .createIndex('stories_queue')
      .on('stories')
      .columns(['status', 'review_priority', 'created_at'])
      .execute();
    await db.schema.createIndex('stories_body_hash').on('stories').column('body_hash').execute();
    await db.schema
      .createIndex('story_topics_topic')
      .on('story_topics')
      .column('topic_id')
      .execute();

    // One row per visitor token that said "me too"; the token itself is never stored.
    await db.schema
      .createTable('story_resonance')
      .addColumn('story_id', 'varchar(64)', (col) =>
        col.notNull().references('stories.id').onDelete('cascade'),
      )
      .addColumn('token_hash', 'varchar(64)', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('story_resonance_pk', ['story_id', 'token_hash'])
      .execute();

    await db.schema
      .createTable('story_reports')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('story_id', 'varchar(64)', (col) =>
        col.notNull().references('stories.id').onDelete('cascade'),
      )
      // Keyed hash of the reporter's address: tells reporters apart, cannot be reversed.
      .addColumn('reporter_hash', 'varchar(64)', (col) => col.notNull())
      .addColumn('reason', 'varchar(32)', (col) => col.notNull())
      .addColumn('note_enc', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      // Set when staff review the story again: later reports count from zero.
      .addColumn('resolved_at', 'text')
      .execute();
    await db.schema
      .createIndex('story_reports_open')
      .on('story_reports')
      .columns(['story_id', 'resolved_at', 'reporter_hash'])
      .execute();

    await db.schema
      .createTable('story_events')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('story_id', 'varchar(64)', (col) =>
        col.notNull().references('stories.id').onDelete('cascade'),
      )
      .addColumn('action', 'varchar(16)', (col) => col.notNull())
      .addColumn('from_status', 'varchar(16)', (col) => col.notNull())
      .addColumn('to_status', 'varchar(16)', (col) => col.notNull())
      .addColumn('actor', 'varchar(64)', (col) => col.notNull())
      .addColumn('reason', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('story_events_by_story')
      .on('story_events')
      .columns(['story_id', 'created_at'])
      .execute();
  },
};
