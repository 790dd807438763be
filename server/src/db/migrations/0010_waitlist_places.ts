import { sql, type Kysely, type Migration } from 'kysely';

// Waitlist places: places are renumbered when someone leaves the waitlist, in the
// same transaction; waitlists from before are closed up once here, in the order people joined.
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    const { rows } = await sql<{ id: string; group_id: string }>`
      select id, group_id from signups where status = 'waitlisted'
      order by group_id, waitlist_position, created_at, id`.execute(db);
    const places = new Map<string, number>();
    for (const row of rows) {
      const place = (places.get(row.group_id) ?? 0) + 1;
      places.set(row.group_id, place);
      await sql`update signups set waitlist_position = ${place} where id = ${row.id}`.execute(db);
    }
    await sql`update signups set waitlist_position = null where status <> 'waitlisted'`.execute(db);
  },
};
