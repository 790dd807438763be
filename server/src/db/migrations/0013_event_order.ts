import { sql, type Kysely, type Migration } from 'kysely';

// A sign-up's history in the order it was written, on both engines: two entries made in the same
// millisecond keep their order (PostgreSQL returns rows of equal `created_at` in any order).
// Existing entries are numbered per sign-up by time, then id.
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('signup_events')
      .addColumn('seq', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
    const { rows } = await sql<{ id: string; signup_id: string }>`
      select id, signup_id from signup_events order by signup_id, created_at, id`.execute(db);
    const counts = new Map<string, number>();
    for (const row of rows) {
      const seq = (counts.get(row.signup_id) ?? 0) + 1;
      counts.set(row.signup_id, seq);
      await sql`update signup_events set seq = ${seq} where id = ${row.id}`.execute(db);
    }
  },
};
