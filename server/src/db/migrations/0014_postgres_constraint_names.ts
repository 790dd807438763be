import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../database.js';

// PostgreSQL only (nothing on SQLite, where a table's constraints have no names of their own):
// migrations 0003 and 0004 rebuilt `stories`, `story_topics` and `signups` as `<table>_next` and
// renamed them, and PostgreSQL kept the names their constraints and indexes were made with
// (`signups_next_pkey`, `story_topics_next_story_id_fkey`…). They take their table's name here,
// as a database made fresh would name them, so errors and plans name the right table.
export const migrationFor = (engine: Engine): Migration => ({
  async up(db: Kysely<unknown>) {
    if (engine !== 'postgres') return;
    const constraints = await sql<{ table: string; name: string }>`
      select c.relname as table, k.conname as name
      from pg_constraint k join pg_class c on c.oid = k.conrelid
      where c.relnamespace = current_schema()::regnamespace
        and starts_with(k.conname, c.relname || '_next_')`.execute(db);
    // Renaming a primary key or unique constraint renames its index too.
    for (const { table, name } of constraints.rows) {
      await sql`alter table ${sql.table(table)} rename constraint ${sql.id(name)}
        to ${sql.id(renamed(table, name))}`.execute(db);
    }
    const indexes = await sql<{ table: string; name: string }>`
      select tablename as table, indexname as name from pg_indexes
      where schemaname = current_schema() and starts_with(indexname, tablename || '_next_')`.execute(
      db,
    );
    for (const { table, name } of indexes.rows) {
      await sql`alter index ${sql.id(name)} rename to ${sql.id(renamed(table, name))}`.execute(db);
    }
  },
});

const renamed = (table: string, name: string) => `${table}_${name.slice(`${table}_next_`.length)}`;
