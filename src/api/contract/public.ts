/**
 * The HTTP API contract (v1), shared by the widgets and the reference server.
 * Field names here are the contract: change them only together with the OpenAPI
 * document the server publishes at `GET /v1/openapi.json`.
 */

export const GROUP_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export type GroupFormat = (typeof GROUP_FORMATS)[number];

export const GROUP_KINDS = ['process', 'skills', 'psychoeducational', 'support'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const GROUP_STATUSES = ['open', 'few_seats', 'waitlist', 'closed'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

export const FREQUENCIES = ['weekly', 'biweekly', 'monthly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const ENROLLMENTS = ['ongoing', 'cohort'] as const;
export type Enrollment = (typeof ENROLLMENTS)[number];

export const CONTACT_METHODS = ['email', 'phone', 'text'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getDay()`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface Location {
  name: string;
  address: string;
  city: string;
  accessibility?: string;
}

export interface Schedule {
  frequency: Frequency;
  weekday: Weekday;
  /** Local wall-clock time in `timeZone`, `HH:MM` (24 h). */
  startTime: string;
  durationMinutes: number;
  /** IANA time zone, e.g. `America/Los_Angeles`. */
  timeZone: string;
}

export interface Facilitator {
  name: string;
  credentials?: string;
}

export interface Fee {
  /** In the currency's major unit (e.g. 40 = $40). Absent when free or by arrangement. */
  amount?: number;
  currency: string;
  per: 'session' | 'series';
  slidingScale: boolean;
  insurance: string[];
}

export interface Screening {
  required: boolean;
  note?: string;
}

export interface Group {
  id: string;
  name: string;
  summary: string;
  description: string;
  topics: string[];
  audience: string;
  ageMin?: number;
  ageMax?: number;
  /** BCP 47 language tag of the sessions, e.g. `en`. */
  language: string;
  kind: GroupKind;
  format: GroupFormat;
  location?: Location;
  schedule: Schedule;
  enrollment: Enrollment;
  /** Cohort start date, `YYYY-MM-DD` in the group's time zone. */
  startsOn?: string;
  sessionCount?: number;
  /** Upcoming session start instants (ISO 8601, UTC), computed by the server. */
  nextSessions: string[];
  facilitators: Facilitator[];
  fee: Fee;
  capacity: number;
  seatsLeft: number;
  status: GroupStatus;
  screening: Screening;
}

export interface Topic {
  id: string;
  label: string;
}

export interface CrisisResource {
  name: string;
  description: string;
  phone?: string;
  sms?: string;
  url?: string;
}

export interface PracticeContact {
  phone?: string;
  email?: string;
  address?: string;
}

export interface Practice {
  name: string;
  /** IANA time zone the practice schedules in. */
  timeZone: string;
  /** Default language of the practice's texts (BCP 47). */
  locale: string;
  topics: Topic[];
  contact: PracticeContact;
  crisisResources: CrisisResource[];
  privacyPolicyUrl: string;
  /** Longest story the wall accepts, in characters (default 1,000). */
  storyMaxLength?: number;
  /** Short texts the practice shows visitors, keyed by purpose. */
  texts: Record<string, string>;
}

export interface SignupRequest {
  name: string;
  email: string;
  phone?: string;
  contactMethod: ContactMethod;
  okToLeaveMessage?: boolean;
  /** Best times to reach the person, in their own words. */
  bestTimes?: string;
  message?: string;
  ageConfirmed?: boolean;
  consent: { contact: true; privacy: true };
  /** Honeypot: must stay empty. */
  website?: string;
}

export interface SignupResult {
  id: string;
  status: 'requested' | 'waitlisted';
  waitlistPosition?: number;
  /**
   * What the visitor wrote speaks of suicide or self-harm now (crisis tier medium or high,
   * docs/safety.md): the confirmation leads with the crisis lines. Widgets read a missing value
   * (a server older than this field) as false.
   */
  crisis: boolean;
  /** The practice's crisis lines, when `crisis`. */
  resources?: CrisisResource[];
}

export interface Story {
  id: string;
  body: string;
  topics: string[];
  contentWarning: string | null;
  /** `YYYY-MM`: stories never carry a finer date. */
  month: string;
  resonance: number;
}

export interface StorySubmission {
  body: string;
  topics: string[];
  contentWarning?: string;
  consent: true;
  /** Honeypot: must stay empty. */
  website?: string;
}

export interface StoryReceipt {
  id: string;
  status: 'pending';
  crisis: boolean;
  resources?: CrisisResource[];
}

export interface ResonanceRequest {
  /** An anonymous random token kept by the visitor's browser: one "me too" per browser. */
  token: string;
}

export interface Resonance {
  resonance: number;
  resonated: boolean;
}

export const REPORT_REASONS = ['identifies_someone', 'harmful', 'spam', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export interface StoryReport {
  reason: ReportReason;
  note?: string;
}

export interface ReportReceipt {
  status: 'received';
}

export interface List<T> {
  items: T[];
  nextCursor: string | null;
}

/** Filters accepted by `GET /v1/groups`. Every one is optional. */
export interface GroupFilters {
  /** Topic ids; a group matches when it has any of them. */
  topic?: string[];
  format?: GroupFormat[];
  day?: Weekday[];
  q?: string;
}

/** Filters accepted by `GET /v1/stories`. */
export interface StoryFilters {
  /** A topic id: only stories about it. */
  topic?: string;
}

/** An RFC 9457 problem document, as every error response carries. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Validation errors: field name (or query parameter) → message, in English. */
  fields?: Record<string, string>;
  /** The same fields → a stable code (`required`, `email`, …) that a widget translates. */
  codes?: Record<string, string>;
}
