import { type Kysely, type Migration } from 'kysely';
import type { Engine } from '../database.js';

// Sign-in attempts in the database rather than in each process's memory, so the lockout holds
// across server processes and an attempt is counted before its password is checked.
// `locked_until` and `last_attempt` are epoch milliseconds: SQLite's integer is 64-bit,
// PostgreSQL's is not, so there they are `bigint`.
export const migrationFor = (engine: Engine): Migration => ({
  async up(db: Kysely<unknown>) {
    const epochMs = engine === 'postgres' ? 'bigint' : 'integer';
    await db.schema
      .createTable('sign_in_throttle')
      .addColumn('key', 'varchar(80)', (col) => col.primaryKey())
      .addColumn('attempts', 'integer', (col) => col.notNull())
      .addColumn('locked_until', epochMs, (col) => col.notNull().defaultTo(0))
      .addColumn('last_attempt', epochMs, (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('sign_in_throttle_by_last_attempt')
      .on('sign_in_throttle')
      .column('last_attempt')
      .execute();
  },
});
