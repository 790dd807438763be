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
  body: string;
  status: string;
  content_warning: string | null;
  /** `YYYY-MM`: stories never carry a finer date in public. */
  month: string;
  resonance: Generated<number>;
  /** 1 when the text contained crisis language: reviewed first. */
  crisis: Generated<number>;
  created_at: string;
  published_at: string | null;
}

export interface StoryTopicTable {
  story_id: string;
  topic_id: string;
  position: number;
}

export interface SignupTable {
  id: string;
  group_id: string;
  /** `requested`, `waitlisted`, and for staff later `enrolled`, `declined`, `withdrawn`. */
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
}

export interface IdempotencyKeyTable {
  /** Method and path the key was used on: keys are scoped per route. */
  scope: string;
  key: string;
  /** SHA-256 of the request body, to tell a retry from a different request. */
  request_hash: string;
  status_code: number;
  /** JSON of the response body, replayed for a retry. */
  response: string;
  created_at: string;
  expires_at: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface Database {
  practice: PracticeTable;
  topics: TopicTable;
  groups: GroupTable;
  group_topics: GroupTopicTable;
  stories: StoryTable;
  story_topics: StoryTopicTable;
  signups: SignupTable;
  idempotency_keys: IdempotencyKeyTable;
  meta: MetaTable;
}
