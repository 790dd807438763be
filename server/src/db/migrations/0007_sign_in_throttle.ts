import type { Kysely, Migration } from 'kysely';

// Sign-in attempts in the database rather than in each process's memory, so the lockout holds
// across server processes and an attempt is counted before its password is checked.
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sign_in_throttle')
      .addColumn('key', 'varchar(80)', (col) => col.primaryKey())
      .addColumn('attempts', 'integer', (col) => col.notNull())
      .addColumn('locked_until', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('last_attempt', 'integer', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('sign_in_throttle_by_last_attempt')
      .on('sign_in_throttle')
      .column('last_attempt')
      .execute();
  },
};
