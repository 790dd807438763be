import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../database.js';
import { CHANGE_CHANNEL } from '../postgres.js';

// PostgreSQL only (nothing on SQLite, whose data_version already moves on every commit): each
// statement changing a table that public GETs show sends a notice when its transaction commits,
// so every server process sharing the database stops reusing its kept public answers within
// milliseconds (db/postgres.ts listens). Statement-level triggers, so a change costs one notice
// per statement (merged within a transaction) and no shared counter row serialises writers.
// A later table that public GETs read needs the same trigger.
export const PUBLIC_TABLES = [
  'practice',
  'topics',
  'groups',
  'group_topics',
  'stories',
  'story_topics',
  'story_resonance',
  'story_reports',
  'signups',
] as const;

export const migrationFor = (engine: Engine): Migration => ({
  async up(db: Kysely<unknown>) {
    if (engine !== 'postgres') return;
    await sql`
      create or replace function hearth_changed() returns trigger language plpgsql as $$
      begin
        perform pg_notify(${sql.lit(CHANGE_CHANNEL)}, '');
        return null;
      end $$`.execute(db);
    for (const table of PUBLIC_TABLES) {
      await sql`drop trigger if exists ${sql.id(`${table}_changed`)} on ${sql.table(table)}`.execute(
        db,
      );
      await sql`
        create trigger ${sql.id(`${table}_changed`)}
        after insert or update or delete or truncate on ${sql.table(table)}
        for each statement execute function hearth_changed()`.execute(db);
    }
  },
});
