import { sql, type Kysely, type Migration } from 'kysely';

// "Me too" counts once per address group and story (an IPv4 address or an IPv6 /64), whatever
// token it comes with: a keyed hash of the group, per story, beside the token's, and whether the
// row counts (other tokens of a group wait, uncounted). Rows from before have no group and count.
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('story_resonance').addColumn('group_hash', 'varchar(64)').execute();
    await db.schema
      .alterTable('story_resonance')
      .addColumn('counted', 'integer', (col) => col.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createIndex('story_resonance_group')
      .unique()
      .on('story_resonance')
      .columns(['story_id', 'group_hash'])
      .where(sql.ref('counted'), '=', 1)
      .execute();
  },
};
