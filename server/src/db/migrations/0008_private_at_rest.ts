import type { Kysely, Migration } from 'kysely';

// Privacy at rest: content notes and moderation reasons are encrypted like story texts (the
// columns are renamed to `_enc`; the store encrypts what they hold when it opens, as only it
// holds the key), and an idempotency record names the sign-up it made, so deleting a person's
// data also empties the record (its request hash becomes a keyed hash, re-keyed the same way).
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('stories')
      .renameColumn('content_warning', 'content_warning_enc')
      .execute();
    await db.schema
      .alterTable('stories')
      .renameColumn('status_reason', 'status_reason_enc')
      .execute();
    await db.schema.alterTable('story_events').renameColumn('reason', 'reason_enc').execute();
    await db.schema.alterTable('idempotency_keys').addColumn('signup_id', 'varchar(64)').execute();
    await db.schema
      .createIndex('idempotency_keys_by_signup')
      .on('idempotency_keys')
      .column('signup_id')
      .execute();
  },
};
