/**
 * The staff API (`/v1/admin/...`) contract, for `<hearth-admin>` and any other console or script.
 * Types and the lists of codes and statuses, no other code. The OpenAPI document
 * (`GET /v1/openapi.json`) is the reference; the server imports these types for what it sends,
 * and its tests check that its other answers fit them.
 *
 * A browser console: `POST /v1/admin/login` (sets the HttpOnly `hearth_session` cookie; send
 * requests with `credentials: 'same-origin'`), then `GET /v1/admin/session` for `csrfToken`, sent
 * as `X-CSRF-Token` on every POST, PUT and DELETE. A `401` means the session ended (30 idle
 * minutes, 12 hours at most): sign in again. Scripts send `Authorization: Bearer hearth_…`.
 */
import type { Group, Practice } from './public.js';

export type StaffRole = 'owner' | 'staff';

export interface LoginRequest {
  email: string;
  password: string;
  /** The 6-digit code, when two-step sign-in is on. */
  totp?: string;
}

export interface StaffSelf {
  id: string;
  email: string;
  role: StaffRole;
  /** Until changed, only the session, logout and password change work (403). */
  mustChangePassword: boolean;
  totpEnabled: boolean;
}

export interface StaffSession {
  staff: StaffSelf;
  via: 'session' | 'token';
  /** Send as `X-CSRF-Token`; null for bearer tokens. */
  csrfToken: string | null;
  expiresAt: string | null;
  idleExpiresAt: string | null;
}

export interface StaffMember extends StaffSelf {
  disabled: boolean;
  createdAt: string;
}

export interface StaffChange {
  staff: StaffMember;
  /** Shown once, never stored: the person must change it at first sign-in. */
  oneTimePassword?: string;
}

export interface PasswordChange {
  currentPassword: string;
  /** At least 12 characters. */
  newPassword: string;
}

export interface TotpSetup {
  secret: string;
  otpauthUri: string;
}

export interface StaffToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface StaffTokenCreated extends StaffToken {
  /** Shown once. */
  token: string;
}

export type StoryStatus = 'pending' | 'approved' | 'hidden' | 'rejected';
export type CrisisTier = 'none' | 'low' | 'medium' | 'high';
export type DetailKind = 'name' | 'address' | 'email' | 'phone' | 'handle' | 'url';
/** @deprecated A name is a detail like the others: use `DetailKind`. */
export type HighlightKind = DetailKind;
export type ReportReasonCode = 'identifies_someone' | 'harmful' | 'spam' | 'other';

export interface StaffStory {
  id: string;
  status: StoryStatus;
  /** The full text. Render as text, never as HTML. */
  body: string;
  masked: {
    /** Exactly what the wall shows. */
    masked: string;
    language: 'en' | 'es';
    /**
     * The original text in pieces; a detail has its kind and the wall's placeholder (none when
     * staff kept it: the wall shows it as written).
     */
    segments: { text: string; kind?: DetailKind; placeholder?: string }[];
    ranges: { kind: DetailKind; start: number; end: number }[];
  };
  /** Staff chose to publish some personal details of this text as written (false when absent). */
  detailsKept?: boolean;
  topics: string[];
  contentWarning: string | null;
  month: string;
  resonance: number;
  flags: {
    crisis: CrisisTier;
    personalDetails: DetailKind[];
    links: number;
    repeat: boolean;
    spam: ('links' | 'all_caps' | 'repeated_characters')[];
  };
  reports: { count: number; reasons: Partial<Record<ReportReasonCode, number>>; notes: string[] };
  statusReason: string | null;
  editedAt: string | null;
  createdAt: string;
  approvedAt: string | null;
}

/**
 * What `approve` and `edit` may send (all optional; `edit` needs one). A `body` that still holds
 * personal details is refused with a `PersonalDetailsProblem` unless `keepDetails` is true.
 */
export interface StoryDecision {
  body?: string;
  keepDetails?: boolean;
  /** At most 80 characters; null or empty removes the note. */
  contentWarning?: string | null;
  /** Ids of the practice's topics, at most 5. */
  topics?: string[];
}

/** `422` `urn:hearth:problem:personal-details`: the details still in the text sent. */
export interface PersonalDetailsProblem {
  type: 'urn:hearth:problem:personal-details';
  title: string;
  status: 422;
  detail?: string;
  fields: { body: string } & Record<string, string>;
  codes?: Record<string, string>;
  details: { kind: DetailKind; text: string }[];
}

export interface BulkApproveResult {
  results: { id: string; result: 'approved' | 'not_found' | 'not_allowed' }[];
}

/**
 * Codes of staff validation problems (`codes`, beside `fields`): the console words them in its
 * own language and shows the server's English message only for a code it does not know.
 */
export const STAFF_FIELD_ERRORS = [
  'required',
  'too_short',
  'too_long',
  'format',
  'email',
  'url',
  'too_small',
  'too_large',
  'too_few',
  'too_many',
  'invalid',
  'time_zone',
  'duplicate',
  'unknown_topic',
  'in_use',
  'below_min',
] as const;
export type StaffFieldError = (typeof STAFF_FIELD_ERRORS)[number];

export const STAFF_SIGNUP_STATUSES = [
  'received',
  'contacted',
  'screening_scheduled',
  'accepted',
  'enrolled',
  'waitlisted',
  'referred',
  'declined',
  'withdrawn',
] as const;
export type StaffSignupStatus = (typeof STAFF_SIGNUP_STATUSES)[number];

export interface StaffSignup {
  id: string;
  groupId: string;
  groupName: string;
  status: StaffSignupStatus;
  /** Current place in the group's waitlist (1 is next), when waitlisted. */
  waitlistPosition: number | null;
  name: string;
  email: string;
  phone: string | null;
  contactMethod: 'email' | 'phone' | 'text';
  okToLeaveMessage: boolean | null;
  bestTimes: string | null;
  message: string | null;
  ageConfirmed: boolean | null;
  consentVersion: string;
  consentedAt: string;
  createdAt: string;
  updatedAt: string;
  /** When it is deleted automatically; null while enrolled. */
  retainUntil: string | null;
  /** Crisis tier of what the person wrote (message, best times): docs/safety.md. */
  crisis: CrisisTier;
  /**
   * Medium or high, and still `received` or `waitlisted`: no one has acted on it yet. The server
   * lists these first (high, then medium); the console shows them marked "Read first".
   */
  readFirst: boolean;
  history: {
    at: string;
    from: StaffSignupStatus | null;
    to: StaffSignupStatus | null;
    note: string | null;
    actor: { id: string; email: string | null } | null;
  }[];
}

export interface SignupStatusChange {
  status: StaffSignupStatus;
  note?: string;
}

/** What staff send to create or edit a group. */
export type GroupInput = Omit<Group, 'nextSessions' | 'seatsLeft' | 'status'> & {
  closed?: boolean;
  externalEnrolled?: number;
};

/** A group as staff see it: the public view plus what only staff set and see. */
export interface StaffGroup {
  group: Group;
  archived: boolean;
  /** The practice stopped taking requests (the public status is then `closed`). */
  closed: boolean;
  externalEnrolled: number;
  /** Seats against current sign-ups: `over` > 0 when capacity is below the seats held. */
  seats: { capacity: number; externalEnrolled: number; held: number; left: number; over: number };
  signups: Record<StaffSignupStatus, number>;
}

export type PracticeSettings = Practice;

export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string; email: string | null } | null;
  via: 'session' | 'token' | 'cli' | 'system';
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: Record<string, unknown> | null;
}

export interface StaffList<T> {
  items: T[];
  /** Present on paged lists (stories, audit). */
  nextCursor?: string | null;
}
