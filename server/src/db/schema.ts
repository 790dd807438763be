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
  /** Stored for now; computed from sign-ups once they exist. */
  seats_left: number;
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

export interface Database {
  practice: PracticeTable;
  topics: TopicTable;
  groups: GroupTable;
  group_topics: GroupTopicTable;
  stories: StoryTable;
  story_topics: StoryTopicTable;
}
