import { sql, type Kysely, type Migration } from 'kysely';

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('practice')
      .addColumn('id', 'integer', (col) => col.primaryKey())
      .addColumn('settings', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('topics')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('label', 'text', (col) => col.notNull())
      .addColumn('position', 'integer', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('groups')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('summary', 'text', (col) => col.notNull())
      .addColumn('description', 'text', (col) => col.notNull())
      .addColumn('search_text', 'text', (col) => col.notNull())
      .addColumn('kind', 'varchar(32)', (col) => col.notNull())
      .addColumn('format', 'varchar(32)', (col) => col.notNull())
      .addColumn('frequency', 'varchar(32)', (col) => col.notNull())
      .addColumn('weekday', 'integer', (col) => col.notNull().check(sql`weekday between 0 and 6`))
      .addColumn('start_time', 'varchar(5)', (col) => col.notNull())
      .addColumn('duration_minutes', 'integer', (col) => col.notNull())
      .addColumn('time_zone', 'varchar(64)', (col) => col.notNull())
      .addColumn('enrollment', 'varchar(32)', (col) => col.notNull())
      .addColumn('starts_on', 'varchar(10)')
      .addColumn('session_count', 'integer')
      .addColumn('recurrence_anchor', 'varchar(10)')
      .addColumn('capacity', 'integer', (col) => col.notNull())
      .addColumn('seats_left', 'integer', (col) => col.notNull())
      .addColumn('status', 'varchar(32)', (col) => col.notNull())
      .addColumn('archived', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('position', 'integer', (col) => col.notNull())
      .addColumn('details', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('groups_listing')
      .on('groups')
      .columns(['archived', 'position'])
      .execute();

    await db.schema
      .createTable('group_topics')
      .addColumn('group_id', 'varchar(64)', (col) =>
        col.notNull().references('groups.id').onDelete('cascade'),
      )
      .addColumn('topic_id', 'varchar(64)', (col) => col.notNull().references('topics.id'))
      .addColumn('position', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('group_topics_pk', ['group_id', 'topic_id'])
      .execute();
    await db.schema
      .createIndex('group_topics_topic')
      .on('group_topics')
      .column('topic_id')
      .execute();

    await db.schema
      .createTable('stories')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('status', 'varchar(16)', (col) =>
        col.notNull().check(sql`status in ('pending', 'published', 'rejected')`),
      )
      .addColumn('content_warning', 'text')
      .addColumn('month', 'varchar(7)', (col) => col.notNull())
      .addColumn('resonance', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('crisis', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('published_at', 'text')
      .execute();
    await db.schema
      .createIndex('stories_by_status')
      .on('stories')
      .columns(['status', 'created_at'])
      .execute();

    await db.schema
      .createTable('story_topics')
      .addColumn('story_id', 'varchar(64)', (col) =>
        col.notNull().references('stories.id').onDelete('cascade'),
      )
      .addColumn('topic_id', 'varchar(64)', (col) => col.notNull().references('topics.id'))
      .addColumn('position', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('story_topics_pk', ['story_id', 'topic_id'])
      .execute();
    await db.schema
      .createIndex('story_topics_topic')
      .on('story_topics')
      .column('topic_id')
      .execute();
  },
};
