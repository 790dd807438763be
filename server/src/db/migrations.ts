import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

// Numbered, additive migrations, kept in code so bundling or a different working directory
// never loses them. Never edit a released migration: add the next number.

const m0001_initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('practice')
      .addColumn('id', 'integer', (col) => col.primaryKey())
      .addColumn('settings', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('topics')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('label', 'text', (col) => col.notNull())
      .addColumn('position', 'integer', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('groups')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('summary', 'text', (col) => col.notNull())
      .addColumn('description', 'text', (col) => col.notNull())
      .addColumn('search_text', 'text', (col) => col.notNull())
      .addColumn('kind', 'varchar(32)', (col) => col.notNull())
      .addColumn('format', 'varchar(32)', (col) => col.notNull())
      .addColumn('frequency', 'varchar(32)', (col) => col.notNull())
      .addColumn('weekday', 'integer', (col) => col.notNull().check(sql`weekday between 0 and 6`))
      .addColumn('start_time', 'varchar(5)', (col) => col.notNull())
      .addColumn('duration_minutes', 'integer', (col) => col.notNull())
      .addColumn('time_zone', 'varchar(64)', (col) => col.notNull())
      .addColumn('enrollment', 'varchar(32)', (col) => col.notNull())
      .addColumn('starts_on', 'varchar(10)')
      .addColumn('session_count', 'integer')
      .addColumn('recurrence_anchor', 'varchar(10)')
      .addColumn('capacity', 'integer', (col) => col.notNull())
      .addColumn('seats_left', 'integer', (col) => col.notNull())
      .addColumn('status', 'varchar(32)', (col) => col.notNull())
      .addColumn('archived', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('position', 'integer', (col) => col.notNull())
      .addColumn('details', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('groups_listing')
      .on('groups')
      .columns(['archived', 'position'])
      .execute();

    await db.schema
      .createTable('group_topics')
      .addColumn('group_id', 'varchar(64)', (col) =>
        col.notNull().references('groups.id').onDelete('cascade'),
      )
      .addColumn('topic_id', 'varchar(64)', (col) => col.notNull().references('topics.id'))
      .addColumn('position', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('group_topics_pk', ['group_id', 'topic_id'])
      .execute();
    await db.schema
      .createIndex('group_topics_topic')
      .on('group_topics')
      .column('topic_id')
      .execute();

    await db.schema
      .createTable('stories')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('status', 'varchar(16)', (col) =>
        col.notNull().check(sql`status in ('pending', 'published', 'rejected')`),
      )
      .addColumn('content_warning', 'text')
      .addColumn('month', 'varchar(7)', (col) => col.notNull())
      .addColumn('resonance', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('crisis', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('published_at', 'text')
      .execute();
    await db.schema
      .createIndex('stories_by_status')
      .on('stories')
      .columns(['status', 'created_at'])
      .execute();

    await db.schema
      .createTable('story_topics')
      .addColumn('story_id', 'varchar(64)', (col) =>
        col.notNull().references('stories.id').onDelete('cascade'),
      )
      .addColumn('topic_id', 'varchar(64)', (col) => col.notNull().references('topics.id'))
      .addColumn('position', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('story_topics_pk', ['story_id', 'topic_id'])
      .execute();
    await db.schema
      .createIndex('story_topics_topic')
      .on('story_topics')
      .column('topic_id')
      .execute();
  },
};

// Sign-ups, idempotency keys and the data-key check. A group's seats are no longer stored: they
// are computed from its sign-ups plus `external_enrolled`, the people enrolled outside Hearth
// (docs/decisions.md). `status` keeps only the practice's own choice: `open` or `closed`.
const m0002_signups: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('groups')
      .addColumn('external_enrolled', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
    // Bumped by every sign-up: the UPDATE is what serialises sign-ups for one group (it takes
    // the write lock in SQLite and the row lock in PostgreSQL), and it doubles as a change counter.
    await db.schema
      .alterTable('groups')
      .addColumn('signup_version', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
    await sql`update groups set external_enrolled = capacity - seats_left`.execute(db);
    await sql`update groups set status = 'open' where status <> 'closed'`.execute(db);
    await db.schema.alterTable('groups').dropColumn('seats_left').execute();

    await db.schema
      .createTable('signups')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('group_id', 'varchar(64)', (col) =>
        col.notNull().references('groups.id').onDelete('cascade'),
      )
      .addColumn('status', 'varchar(16)', (col) =>
        col
          .notNull()
          .check(sql`status in ('requested', 'waitlisted', 'enrolled', 'declined', 'withdrawn')`),
      )
      .addColumn('waitlist_position', 'integer')
      // Personal fields: AES-256-GCM ciphertexts (see server/src/crypto.ts), never plain text.
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
    await db.schema
      .createIndex('signups_by_group')
      .on('signups')
      .columns(['group_id', 'status'])
      .execute();
    await db.schema.createIndex('signups_by_age').on('signups').column('created_at').execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('scope', 'varchar(300)', (col) => col.notNull())
      .addColumn('key', 'varchar(200)', (col) => col.notNull())
      .addColumn('request_hash', 'varchar(64)', (col) => col.notNull())
      .addColumn('status_code', 'integer', (col) => col.notNull())
      .addColumn('response', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
      .execute();
    await db.schema
      .createIndex('idempotency_keys_expiry')
      .on('idempotency_keys')
      .column('expires_at')
      .execute();

    await db.schema
      .createTable('meta')
      .addColumn('key', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('value', 'text', (col) => col.notNull())
      .execute();
  },
};

// The story wall: moderation states (approved and hidden replace published), flags computed on
// submission, text encrypted at rest, "me too" per visitor token, reports and a history of every
// moderation step. SQLite cannot change a CHECK constraint in place, so `stories` and
// `story_topics` are rebuilt (create, copy, drop, rename: renaming also repoints the foreign
// key, on SQLite and PostgreSQL alike). Old plain bodies are copied into `body_enc` as they are;
// the store encrypts them when it opens, because only it holds the key (docs/decisions.md).
const m0003_story_moderation: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('stories_next')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('status', 'varchar(16)', (col) =>
        col.notNull().check(sql`status in ('pending', 'approved', 'rejected', 'hidden')`),
      )
      .addColumn('body_enc', 'text', (col) => col.notNull())
      .addColumn('body_hash', 'varchar(64)')
      .addColumn('content_warning', 'text')
      .addColumn('month', 'varchar(7)', (col) => col.notNull())
      .addColumn('resonance', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('crisis_tier', 'varchar(8)', (col) =>
        col
          .notNull()
          .defaultTo('none')
          .check(sql`crisis_tier in ('none', 'low', 'medium', 'high')`),
      )
      .addColumn('review_priority', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('personal_details', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('link_count', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('repeat', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('spam', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('status_reason', 'text')
      .addColumn('edited_at', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('approved_at', 'text')
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await sql`
      insert into stories_next (id, status, body_enc, content_warning, month, resonance,
        crisis_tier, review_priority, created_at, approved_at, updated_at)
      select id, case status when 'published' then 'approved' else status end, body,
        content_warning, month, resonance,
        case when crisis = 1 then 'medium' else 'none' end, case when crisis = 1 then 1 else 0 end,
        created_at, published_at, created_at
      from stories`.execute(db);

    await db.schema
      .createTable('story_topics_next')
      .addColumn('story_id', 'varchar(64)', (col) =>
        col.notNull().references('stories_next.id').onDelete('cascade'),
      )
      .addColumn('topic_id', 'varchar(64)', (col) => col.notNull().references('topics.id'))
      .addColumn('position', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('story_topics_next_pk', ['story_id', 'topic_id'])
      .execute();
    await sql`insert into story_topics_next (story_id, topic_id, position)
      select story_id, topic_id, position from story_topics`.execute(db);
    await db.schema.dropTable('story_topics').execute();
    await db.schema.dropTable('stories').execute();
    await db.schema.alterTable('stories_next').renameTo('stories').execute();
    await db.schema.alterTable('story_topics_next').renameTo('story_topics').execute();

    // The public wall: approved, newest approval first.
    await db.schema
      .createIndex('stories_public')
      .on('stories')
      .columns(['status', 'approved_at', 'id'])
      .execute();
    await db.schema
      .createIndex('stories_queue')
      .on('stories')
      .columns(['status', 'review_priority', 'created_at'])
      .execute();
    await db.schema.createIndex('stories_body_hash').on('stories').column('body_hash').execute();
    await db.schema
      .createIndex('story_topics_topic')
      .on('story_topics')
      .column('topic_id')
      .execute();

    // One row per visitor token that said "me too"; the token itself is never stored.
    await db.schema
      .createTable('story_resonance')
      .addColumn('story_id', 'varchar(64)', (col) =>
        col.notNull().references('stories.id').onDelete('cascade'),
      )
      .addColumn('token_hash', 'varchar(64)', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('story_resonance_pk', ['story_id', 'token_hash'])
      .execute();

    await db.schema
      .createTable('story_reports')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('story_id', 'varchar(64)', (col) =>
        col.notNull().references('stories.id').onDelete('cascade'),
      )
      // Keyed hash of the reporter's address: tells reporters apart, cannot be reversed.
      .addColumn('reporter_hash', 'varchar(64)', (col) => col.notNull())
      .addColumn('reason', 'varchar(32)', (col) => col.notNull())
      .addColumn('note_enc', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      // Set when staff review the story again: later reports count from zero.
      .addColumn('resolved_at', 'text')
      .execute();
    await db.schema
      .createIndex('story_reports_open')
      .on('story_reports')
      .columns(['story_id', 'resolved_at', 'reporter_hash'])
      .execute();

    await db.schema
      .createTable('story_events')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('story_id', 'varchar(64)', (col) =>
        col.notNull().references('stories.id').onDelete('cascade'),
      )
      .addColumn('action', 'varchar(16)', (col) => col.notNull())
      .addColumn('from_status', 'varchar(16)', (col) => col.notNull())
      .addColumn('to_status', 'varchar(16)', (col) => col.notNull())
      .addColumn('actor', 'varchar(64)', (col) => col.notNull())
      .addColumn('reason', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('story_events_by_story')
      .on('story_events')
      .columns(['story_id', 'created_at'])
      .execute();
  },
};

// Staff accounts (issue 6): accounts, server-side sessions, bearer tokens, the audit log, and
// the sign-up workflow. `signups` is rebuilt because SQLite cannot change its CHECK constraint:
// the staff workflow adds statuses, and `requested` becomes `received` (the visitor is still
// told `requested`; the staff see that the request was received). Each status change and staff
// note is a row of `signup_events`; notes are encrypted like the sign-up itself.
const m0004_staff: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('signups_next')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('group_id', 'varchar(64)', (col) =>
        col.notNull().references('groups.id').onDelete('cascade'),
      )
      .addColumn('status', 'varchar(24)', (col) =>
        col
          .notNull()
          .check(
            sql`status in ('received', 'contacted', 'screening_scheduled', 'accepted', 'enrolled', 'waitlisted', 'referred', 'declined', 'withdrawn')`,
          ),
      )
      .addColumn('waitlist_position', 'integer')
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
    await db.schema
      .createIndex('signups_by_group')
      .on('signups')
      .columns(['group_id', 'status'])
      .execute();
    await db.schema.createIndex('signups_by_age').on('signups').column('created_at').execute();

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

// What the wall shows of a story (issue 13): the wall masks personal details when it reads a
// story, so a better detector also covers stories published before it. Staff may keep the
// details of one story on purpose; the details they saw and kept are stored (encrypted, JSON
// list of the found texts) so that only those stay unmasked, never a detail found later.
const m0005_story_publishing: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('stories').addColumn('kept_details_enc', 'text').execute();
  },
};

// Crisis tiers of what a visitor writes in a sign-up (issue 13): the tier of the message (and the
// best times, also free text) is kept beside the encrypted text, so the staff list can put the
// requests that speak of suicide first without decrypting every row. Rows from before this
// migration are assessed once when the store opens (only the store holds the key).
const m0006_signup_crisis: Migration = {
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

// Sign-in attempts in the database rather than in each process's memory, so the lockout holds
// across server processes and an attempt is counted before its password is checked.
const m0007_sign_in_throttle: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sign_in_throttle')
      .addColumn('key', 'varchar(80)', (col) => col.primaryKey())
      .addColumn('attempts', 'integer', (col) => col.notNull())
      .addColumn('locked_until', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('last_attempt', 'integer', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('sign_in_throttle_by_last_attempt')
      .on('sign_in_throttle')
      .column('last_attempt')
      .execute();
  },
};

// Privacy at rest: content notes and moderation reasons are encrypted like story texts (the
// columns are renamed to `_enc`; the store encrypts what they hold when it opens, as only it
// holds the key), and an idempotency record names the sign-up it made, so deleting a person's
// data also empties the record (its request hash becomes a keyed hash, re-keyed the same way).
const m0008_private_at_rest: Migration = {
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

// "Me too" counts once per address group and story (an IPv4 address or an IPv6 /64), whatever
// token it comes with: a keyed hash of the group, per story, beside the token's, and whether the
// row counts (other tokens of a group wait, uncounted). Rows from before have no group and count.
const m0009_story_reactions: Migration = {
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

// Waitlist places: places are renumbered when someone leaves the waitlist, in the
// same transaction; waitlists from before are closed up once here, in the order people joined.
const m0010_waitlist_places: Migration = {
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

export const migrations: Record<string, Migration> = {
  '0001_initial': m0001_initial,
  '0002_signups': m0002_signups,
  '0003_story_moderation': m0003_story_moderation,
  '0004_staff': m0004_staff,
  '0005_story_publishing': m0005_story_publishing,
  '0006_signup_crisis': m0006_signup_crisis,
  '0007_sign_in_throttle': m0007_sign_in_throttle,
  '0008_private_at_rest': m0008_private_at_rest,
  '0009_story_reactions': m0009_story_reactions,
  '0010_waitlist_places': m0010_waitlist_places,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
