import type { Generated } from 'kysely';

// Row types of the database. Portable on purpose: text, integer and real only; JSON lives in
// text columns and booleans in integer columns, so a PostgreSQL dialect can reuse the same
// queries and migrations.

export interface PracticeTable {
  /** Always 1: one practice per database (a hosted service runs one database per practice). */
  id: number;
  /** JSON: the `Practice` document without its topics. */
  settings: string;
  updated_at: string;
}

export interface TopicTable {
  id: string;
  label: string;
  position: number;
}

export interface GroupTable {
  id: string;
  name: string;
  summary: string;
  description: string;
  /** Lower-cased name, summary and description without diacritics, for the `q` filter. */
  search_text: string;
  kind: string;
  format: string;
  frequency: string;
  weekday: number;
  start_time: string;
  duration_minutes: number;
  time_zone: string;
  enrollment: string;
  starts_on: string | null;
  session_count: number | null;
  /**
   * Date (`YYYY-MM-DD`) that fixes which weeks a biweekly group meets and which nth weekday a
   * monthly one uses, for ongoing groups that have no `starts_on`. Internal, not in the API.
   */
  recurrence_anchor: string | null;
  capacity: number;
  /** People enrolled outside Hearth (by phone, from an earlier cycle): they take seats too. */
  external_enrolled: Generated<number>;
  /** Bumped by each sign-up; the UPDATE serialises sign-ups for the group. */
  signup_version: Generated<number>;
  /** The practice's choice, `open` or `closed`; the API status is computed from the seats. */
  status: string;
  archived: Generated<number>;
  position: number;
  /** JSON: audience, ages, language, location, facilitators, fee, screening. */
  details: string;
  created_at: string;
  updated_at: string;
}

export interface GroupTopicTable {
  group_id: string;
  topic_id: string;
  position: number;
}

export interface StoryTable {
  id: string;
  /** `pending`, `approved`, `hidden` (by reports or staff), `rejected`; see story-moderation.ts. */
  status: string;
  /** Encrypted (AES-256-GCM, see crypto.ts), like sign-ups: pending texts can be very personal. */
  body_enc: string;
  /** Keyed hash of the normalised text, to notice repeats without a second copy. */
  body_hash: string | null;
  /** The visitor's content note, encrypted like the text (migration 0008). */
  content_warning_enc: string | null;
  /** `YYYY-MM`: stories never carry a finer date in public. */
  month: string;
  resonance: Generated<number>;
  /** `none`, `low`, `medium`, `high` (src/api/rules/safety/crisis.ts). */
  crisis_tier: Generated<string>;
  /** 2 for crisis-high, 1 for crisis-medium, else 0: the moderation queue reads it first. */
  review_priority: Generated<number>;
  /** Comma-separated kinds found: `email,phone,url,handle`. */
  personal_details: Generated<string>;
  link_count: Generated<number>;
  /** 1 when the same normalised text was submitted before. */
  repeat: Generated<number>;
  /** Comma-separated spam signals (`links`, `all_caps`, `repeated_characters`). */
  spam: Generated<string>;
  /** Why staff rejected or hid it (or `reports`), encrypted like the text. */
  status_reason_enc: string | null;
  /** When staff last edited (redacted) the text; the original is not kept. */
  edited_at: string | null;
  created_at: string;
  /** First approval: the wall's order, kept when a hidden story is approved again. */
  approved_at: string | null;
  updated_at: string;
  /**
   * Encrypted JSON list of the personal details (their text) staff chose to publish as written;
   * null when none. The wall masks every other detail it finds (migration 0005).
   */
  kept_details_enc: string | null;
}

export interface StoryResonanceTable {
  story_id: string;
  /** Keyed hash of the visitor's random token. */
  token_hash: string;
  /** Keyed hash of the visitor's address group: one "me too" per group and story. */
  group_hash: string | null;
  /** 1 when this token is the one its group counts with; 0 while another one is. */
  counted: Generated<number>;
  created_at: string;
}

export interface StoryReportTable {
  id: string;
  story_id: string;
  /** Keyed hash of the reporter's address group (an IPv4 address or IPv6 /64). */
  reporter_hash: string;
  reason: string;
  /** Encrypted, like the story text. */
  note_enc: string | null;
  created_at: string;
  /** Set when staff reviewed the story again; open reports have none. */
  resolved_at: string | null;
}

export interface StoryEventTable {
  id: string;
  story_id: string;
  action: string;
  from_status: string;
  to_status: string;
  /** `staff` for now (staff accounts come later), `reports` for the automatic hide. */
  actor: string;
  /** The staff's reason, encrypted like the story text. */
  reason_enc: string | null;
  created_at: string;
}

export interface StoryTopicTable {
  story_id: string;
  topic_id: string;
  position: number;
}

export interface SignupTable {
  id: string;
  group_id: string;
  /** `received` or `waitlisted` at first; then the staff workflow (signup-workflow.ts). */
  status: string;
  waitlist_position: number | null;
  /** Encrypted (AES-256-GCM, see crypto.ts): never plain text at rest. */
  name_enc: string;
  email_enc: string;
  phone_enc: string | null;
  best_times_enc: string | null;
  message_enc: string | null;
  contact_method: string;
  ok_to_leave_message: number | null;
  age_confirmed: number | null;
  /** Which wording of the consent texts the visitor agreed to, and when. */
  consent_version: string;
  consented_at: string;
  created_at: string;
  updated_at: string;
  /** `none`, `low`, `medium`, `high`: the crisis tier of the message and best times (src/api/rules/safety). */
  crisis_tier: Generated<string>;
}

export interface IdempotencyKeyTable {
  /** Method and path the key was used on: keys are scoped per route. */
  scope: string;
  key: string;
  /**
   * Keyed hash (HMAC under the data key) of the request body's SHA-256, to tell a retry from a
   * different request; empty once the sign-up it made was deleted.
   */
  request_hash: string;
  /** 410 once the sign-up it made was deleted: the record is then only a tombstone. */
  status_code: number;
  /** JSON of the response body, replayed for a retry; empty in a tombstone. */
  response: string;
  /** The sign-up this request made, so it goes with the person's data. */
  signup_id: string | null;
  created_at: string;
  expires_at: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface SignupEventTable {
  id: string;
  signup_id: string;
  /** Both null for a note without a status change. */
  from_status: string | null;
  to_status: string | null;
  /** A staff note, encrypted: notes may name the person. */
  note_enc: string | null;
  actor_id: string | null;
  created_at: string;
  /** The entry's place in its sign-up's history: 1, 2, 3… */
  seq: Generated<number>;
}

export interface StaffTable {
  id: string;
  email: string;
  role: string;
  password_hash: string;
  must_change_password: Generated<number>;
  disabled: Generated<number>;
  totp_secret_enc: string | null;
  totp_enabled: Generated<number>;
  totp_last_step: number | null;
  created_at: string;
  updated_at: string;
}

export interface StaffSessionTable {
  id_hash: string;
  staff_id: string;
  created_at: string;
  last_seen_at: string;
  /** The absolute end, whatever the activity. */
  expires_at: string;
}

export interface StaffTokenTable {
  id: string;
  staff_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_id: string | null;
  /** `session`, `token`, `cli` or `system`. */
  via: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  detail: string | null;
}

/** Sign-in attempts per keyed hash of an e-mail or client address (login-throttle.ts). */
export interface SignInThrottleTable {
  /** `account:` or `client:` and an HMAC under a key derived from the data key. */
  key: string;
  attempts: number;
  /** Milliseconds since the epoch; 0 when not locked. */
  locked_until: number;
  last_attempt: number;
}

export interface Database {
  practice: PracticeTable;
  topics: TopicTable;
  groups: GroupTable;
  group_topics: GroupTopicTable;
  stories: StoryTable;
  story_topics: StoryTopicTable;
  story_resonance: StoryResonanceTable;
  story_reports: StoryReportTable;
  story_events: StoryEventTable;
  signups: SignupTable;
  signup_events: SignupEventTable;
  staff: StaffTable;
  staff_sessions: StaffSessionTable;
  staff_tokens: StaffTokenTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeyTable;
  meta: MetaTable;
  sign_in_throttle: SignInThrottleTable;
  rate_limits: RateLimitTable;
}

/** Public POSTs per client in the current fixed window (platform/rate-limit.ts). */
export interface RateLimitTable {
  /** The route class, `:` and an HMAC of the address group under a key derived from the data key. */
  key: string;
  /** Requests counted in the window, the one that opened it included. */
  hits: number;
  /** Milliseconds since the epoch when the window ends (`bigint` on PostgreSQL). */
  resets_at: number;
}
