import type { Expression, Kysely } from 'kysely';

// The `signups` table as 0002 made it and 0004 rebuilt it (SQLite cannot change a CHECK
// constraint in place): the same columns and indexes, only the statuses differ. Released
// migrations build it from here, so this is history too: never change it; a later shape of the
// table belongs to the migration that makes it.

/**
 * Creates the sign-up table `name` (`signups`, or the copy a rebuild renames to it) whose
 * `status` column has the type `statusType` and holds to `statusCheck`.
 */
export async function createSignupsTable(
  db: Kysely<unknown>,
  name: string,
  statusType: 'varchar(16)' | 'varchar(24)',
  statusCheck: Expression<unknown>,
): Promise<void> {
  await db.schema
    .createTable(name)
    .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
    .addColumn('group_id', 'varchar(64)', (col) =>
      col.notNull().references('groups.id').onDelete('cascade'),
    )
    .addColumn('status', statusType, (col) => col.notNull().check(statusCheck))
    .addColumn('waitlist_position', 'integer')
    // Personal fields: AES-256-GCM ciphertexts (see server/src/platform/crypto.ts), never plain text.
    .addColumn('name_enc', 'text', (col) => col.notNull())
    .addColumn('email_enc', 'text', (col) => col.notNull())
    .addColumn('phone_enc', 'text')
    .addColumn('best_times_enc', 'text')
    .addColumn('message_enc', 'text')
    .addColumn('contact_method', 'varchar(16)', (col) => col.notNull())
    .addColumn('ok_to_leave_message', 'integer')
    .addColumn('age_confirmed', 'integer')
    .addColumn('consent_version', 'varchar(32)', (col) => col.notNull())
    .addColumn('consented_at', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
}

/** The indexes of `signups`: a group's sign-ups by status, and the oldest first (retention). */
export async function indexSignups(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('signups_by_group')
    .on('signups')
    .columns(['group_id', 'status'])
    .execute();
  await db.schema.createIndex('signups_by_age').on('signups').column('created_at').execute();
}
