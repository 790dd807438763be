import { type Kysely, type Migration } from 'kysely';

// Public POST limits counted in the database rather than in each process's memory, so several
// server processes (or machines) on one database share one budget per client. Epoch
// milliseconds need 64 bits: `bigint` on PostgreSQL, the same INTEGER affinity on SQLite.
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('rate_limits')
      .addColumn('key', 'varchar(80)', (col) => col.primaryKey())
      .addColumn('hits', 'integer', (col) => col.notNull())
      .addColumn('resets_at', 'bigint', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('rate_limits_by_resets_at')
      .on('rate_limits')
      .column('resets_at')
      .execute();
  },
};
