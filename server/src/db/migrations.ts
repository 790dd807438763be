import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

// Numbered, additive migrations, kept in code so bundling or a different working directory
// never loses them. Never edit a released migration: add the next number.

const m0001_initial: Migration = {
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

// Sign-ups, idempotency keys and the data-key check. A group's seats are no longer stored: they
// are computed from its sign-ups plus `external_enrolled`, the people enrolled outside Hearth
// (docs/decisions.md). `status` keeps only the practice's own choice: `open` or `closed`.
const m0002_signups: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('groups')
      .addColumn('external_enrolled', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
    // Bumped by every sign-up: the UPDATE is what serialises sign-ups for one group (it takes
    // the write lock in SQLite and the row lock in PostgreSQL), and it doubles as a change counter.
    await db.schema
      .alterTable('groups')
      .addColumn('signup_version', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
    await sql`update groups set external_enrolled = capacity - seats_left`.execute(db);
    await sql`update groups set status = 'open' where status <> 'closed'`.execute(db);
    await db.schema.alterTable('groups').dropColumn('seats_left').execute();

    await db.schema
      .createTable('signups')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('group_id', 'varchar(64)', (col) =>
        col.notNull().references('groups.id').onDelete('cascade'),
      )
      .addColumn('status', 'varchar(16)', (col) =>
        col
          .notNull()
          .check(sql`status in ('requested', 'waitlisted', 'enrolled', 'declined', 'withdrawn')`),
      )
      .addColumn('waitlist_position', 'integer')
      // Personal fields: AES-256-GCM ciphertexts (see server/src/crypto.ts), never plain text.
      .addColumn('name_enc', 'text', (col) => col.notNull())
      .addColumn('email_enc', 'text', (col) => col.notNull())
      .addColumn('phone_enc', 'text')
      .addColumn('best_times_enc', 'text')
      .addColumn('message_enc', 'text')
      .addColumn('contact_method', 'varchar(16)', (col) => col.notNull())
      .addColumn('ok_to_leave_message', 'integer')
      .addColumn('age_confirmed', 'integer')
      .addColumn('consent_version', 'varchar(32)', (col) => col.notNull())
      .addColumn('consented_at', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('signups_by_group')
      .on('signups')
      .columns(['group_id', 'status'])
      .execute();
    await db.schema.createIndex('signups_by_age').on('signups').column('created_at').execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('scope', 'varchar(300)', (col) => col.notNull())
      .addColumn('key', 'varchar(200)', (col) => col.notNull())
      .addColumn('request_hash', 'varchar(64)', (col) => col.notNull())
      .addColumn('status_code', 'integer', (col) => col.notNull())
      .addColumn('response', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
      .execute();
    await db.schema
      .createIndex('idempotency_keys_expiry')
      .on('idempotency_keys')
      .column('expires_at')
      .execute();

    await db.schema
      .createTable('meta')
      .addColumn('key', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('value', 'text', (col) => col.notNull())
      .execute();
  },
};

export const migrations: Record<string, Migration> = {
  '0001_initial': m0001_initial,
  '0002_signups': m0002_signups,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
