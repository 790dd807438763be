import type { Kysely, Migration } from 'kysely';

// What the wall shows of a story (issue 13): the wall masks personal details when it reads a
// story, so a better detector also covers stories published before it. Staff may keep the
// details of one story on purpose; the details they saw and kept are stored (encrypted, JSON
// list of the found texts) so that only those stay unmasked, never a detail found later.
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('stories').addColumn('kept_details_enc', 'text').execute();
  },
};
