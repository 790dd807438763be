import { sql, type Kysely, type Migration } from 'kysely';
import { createSignupsTable, indexSignups } from './signups-table.js';

// Staff accounts (issue 6): accounts, server-side sessions, bearer tokens, the audit log, and
// the sign-up workflow. `signups` is rebuilt because SQLite cannot change its CHECK constraint:
// the staff workflow adds statuses, and `requested` becomes `received` (the visitor is still
// told `requested`; the staff see that the request was received). Each status change and staff
// note is a row of `signup_events`; notes are encrypted like the sign-up itself.
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await createSignupsTable(
      db,
      'signups_next',
      'varchar(24)',
      sql`status in ('received', 'contacted', 'screening_scheduled', 'accepted', 'enrolled', 'waitlisted', 'referred', 'declined', 'withdrawn')`,
    );
    await sql`
      insert into signups_next (id, group_id, status, waitlist_position, name_enc, email_enc,
        phone_enc, best_times_enc, message_enc, contact_method, ok_to_leave_message,
        age_confirmed, consent_version, consented_at, created_at, updated_at)
      select id, group_id, case status when 'requested' then 'received' else status end,
        waitlist_position, name_enc, email_enc, phone_enc, best_times_enc, message_enc,
        contact_method, ok_to_leave_message, age_confirmed, consent_version, consented_at,
        created_at, updated_at
      from signups`.execute(db);
    await db.schema.dropTable('signups').execute();
    await db.schema.alterTable('signups_next').renameTo('signups').execute();
    await indexSignups(db);

    await db.schema
      .createTable('signup_events')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('signup_id', 'varchar(64)', (col) =>
        col.notNull().references('signups.id').onDelete('cascade'),
      )
      .addColumn('from_status', 'varchar(24)')
      .addColumn('to_status', 'varchar(24)')
      .addColumn('note_enc', 'text')
      .addColumn('actor_id', 'varchar(64)')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('signup_events_by_signup')
      .on('signup_events')
      .columns(['signup_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('staff')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      // Lower-cased; staff sign in with it.
      .addColumn('email', 'varchar(254)', (col) => col.notNull().unique())
      .addColumn('role', 'varchar(16)', (col) =>
        col.notNull().check(sql`role in ('owner', 'staff')`),
      )
      // `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>`: the parameters travel with each hash.
      .addColumn('password_hash', 'text', (col) => col.notNull())
      .addColumn('must_change_password', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('disabled', 'integer', (col) => col.notNull().defaultTo(0))
      // The TOTP secret, encrypted with the data key; `totp_enabled` once a code confirmed it.
      .addColumn('totp_secret_enc', 'text')
      .addColumn('totp_enabled', 'integer', (col) => col.notNull().defaultTo(0))
      // The last time step a code was accepted for: a code works once.
      .addColumn('totp_last_step', 'integer')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('staff_sessions')
      // SHA-256 of the cookie value: a copy of the database does not hold a usable session.
      .addColumn('id_hash', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('staff_id', 'varchar(64)', (col) =>
        col.notNull().references('staff.id').onDelete('cascade'),
      )
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('last_seen_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('staff_sessions_by_staff')
      .on('staff_sessions')
      .column('staff_id')
      .execute();

    await db.schema
      .createTable('staff_tokens')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('staff_id', 'varchar(64)', (col) =>
        col.notNull().references('staff.id').onDelete('cascade'),
      )
      .addColumn('name', 'varchar(100)', (col) => col.notNull())
      .addColumn('token_hash', 'varchar(64)', (col) => col.notNull().unique())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('last_used_at', 'text')
      .execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('at', 'text', (col) => col.notNull())
      // No foreign key: the log outlives the accounts it names.
      .addColumn('actor_id', 'varchar(64)')
      .addColumn('via', 'varchar(16)', (col) => col.notNull())
      .addColumn('action', 'varchar(48)', (col) => col.notNull())
      .addColumn('target_type', 'varchar(24)')
      .addColumn('target_id', 'varchar(64)')
      // JSON of non-personal facts (a status, a count); never a name, address or text.
      .addColumn('detail', 'text')
      .execute();
    await db.schema
      .createIndex('audit_log_by_time')
      .on('audit_log')
      .columns(['at', 'id'])
      .execute();
  },
};
