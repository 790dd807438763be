import { sql, type Kysely, type Migration } from 'kysely';

// Crisis tiers of what a visitor writes in a sign-up (issue 13): the tier of the message (and the
// best times, also free text) is kept beside the encrypted text, so the staff list can put the
// requests that speak of suicide first without decrypting every row. Rows from before this
// migration are assessed once when the store opens (only the store holds the key).
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('signups')
      .addColumn('crisis_tier', 'varchar(8)', (col) =>
        col
          .notNull()
          .defaultTo('none')
          .check(sql`crisis_tier in ('none', 'low', 'medium', 'high')`),
      )
      .execute();
  },
};
