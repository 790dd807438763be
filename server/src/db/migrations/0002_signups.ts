import { sql, type Kysely, type Migration } from 'kysely';
import { createSignupsTable, indexSignups } from './signups-table.js';

// Sign-ups, idempotency keys and the data-key check. A group's seats are no longer stored: they
// are computed from its sign-ups plus `external_enrolled`, the people enrolled outside Hearth
// (docs/decisions.md). `status` keeps only the practice's own choice: `open` or `closed`.
export const migration: Migration = {
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

    await createSignupsTable(
      db,
      'signups',
      'varchar(16)',
      sql`status in ('requested', 'waitlisted', 'enrolled', 'declined', 'withdrawn')`,
    );
    await indexSignups(db);

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
