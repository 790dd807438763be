import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type {
  Facilitator,
  Fee,
  Frequency,
  Group,
  GroupFilters,
  GroupFormat,
  GroupKind,
  GroupStatus,
  Enrollment,
  Location,
  CrisisResource,
  Practice,
  Screening,
  SignupRequest,
  SignupResult,
  StoryReceipt,
  Weekday,
} from '../../src/api/types.js';
import { randomBytes, randomUUID } from 'node:crypto';
import { DEFAULT_RETENTION_DAYS } from './platform/config.js';
import {
  createKeyedHasher,
  loadOrCreateDataKey,
  type FieldCipher,
} from './platform/crypto.js';
import { migrateToLatest, openSqlite } from './db/database.js';
import { openFieldCipher } from './db/data-keys.js';
import {
  createRequestHasher,
  DELETED_REQUEST_STATUS,
  keyIdempotencyRecordsOnce,
  type RequestHasher,
} from './db/idempotency.js';
import type { Database, GroupTable } from './db/schema.js';
import type { GroupCursor, GroupPaging } from './groups/paging.js';
import { DEFAULT_SESSION_COUNT, nextSessions } from './groups/recurrence.js';
import {
  SEAT_HOLDING_STATUSES,
  SIGNUP_STATUSES as SIGNUP_STATUS_LIST,
  type SignupStatus,
} from './signups/workflow.js';
import { createStaffStore, type StaffStore } from './staff/repository.js';
import {
  addSignupNote,
  assessSignupsOnce,
  changeSignupStatus,
  deleteSignup,
  getStaffSignup,
  listStaffSignups,
  lockGroup,
  renumberWaitlist,
  type SignupAdminContext,
  type CrisisTier,
  type SignupChangeOutcome,
  type StaffSignup,
  type StaffSignupQuery,
} from './signups/repository.js';
import type { ModerationAction, ReportReason, StoryStatus } from './stories/moderation.js';
import {
  countStoriesByStatus,
  createStory,
  encryptPlainStories,
  encryptPlainStoryNotes,
  getModerationStory,
  importStory,
  listModerationQueue,
  listPublicStories,
  listStaffStories,
  moderateStory,
  keepStory,
  reportStory,
  toggleResonance,
  type IdempotencyOptions,
  type Idempotent,
  type ImportedStory,
  type ModerationOptions,
  type ModerationOutcome,
  type ModerationStory,
  type NewStory,
  type ReportOutcome,
  type ResonanceResult,
  type StaffStoryQuery,
  type StoryContext,
  type StoryHashes,
  type StoryListQuery,
  type StoryPage,
} from './stories/repository.js';

export { STORY_STATUSES, type StoryStatus } from './stories/moderation.js';

/** A group as stored: everything but what the server computes (dates, seats, status). */
export type GroupInput = Omit<Group, 'nextSessions' | 'seatsLeft' | 'status'> & {
  /** Fixes biweekly weeks / the monthly nth weekday of an ongoing group (`YYYY-MM-DD`). */
  recurrenceAnchor?: string;
  /** People enrolled outside Hearth (by phone, from an earlier cycle); they take seats. */
  externalEnrolled?: number;
  /** The practice is not taking requests for this group (status `closed`). */
  closed?: boolean;
};

export { SEAT_HOLDING_STATUSES, SIGNUP_STATUSES, type SignupStatus } from './signups/workflow.js';

/** At or below this many seats left (and above zero) a group shows `few_seats`. */
export const FEW_SEATS_AT_MOST = 2;
/** How long an idempotency key keeps its answer. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** A validated sign-up, as the shared schema returns it. */
export type SignupInput = Omit<SignupRequest, 'website'> & { bestTimes?: string };

export interface CreateSignupOptions {
  /** Where the key was used (method and path): keys are scoped per route. */
  scope: string;
  idempotencyKey: string;
  /** SHA-256 of the request body (only a keyed hash of it is stored): another body is refused. */
  requestHash: string;
  now: Date;
  /** Version of the consent wording the visitor agreed to. */
  consentVersion: string;
  /** Crisis tier of what the visitor wrote (`signupCrisisTier`); `none` when not given. */
  crisisTier?: CrisisTier;
  /** The practice's crisis lines, returned with the result when the tier is medium or high. */
  resources?: CrisisResource[];
}

export type CreateSignupOutcome =
  | { kind: 'created' | 'replayed'; statusCode: number; result: SignupResult }
  | { kind: 'not_found' | 'closed' | 'key_reused' }
  /** The sign-up this key made was deleted (the person's data): nothing is replayed or made. */
  | { kind: 'deleted' };

/** A stored sign-up, decrypted: for the staff console (and tests). */
export interface StoredSignup extends SignupInput {
  id: string;
  groupId: string;
  status: SignupStatus;
  waitlistPosition?: number;
  consentVersion: string;
  consentedAt: string;
  createdAt: string;
  crisis: CrisisTier;
}

/** A story as imported (seed, tests): any status; its flags are computed from its text. */
export type StoryInput = ImportedStory;

/** The practice settings the server keeps beyond the contract's `Practice` (which has them too). */
export type PracticeSettings = Practice & {
  /** Longest story the practice accepts; `STORY_LIMITS.bodyMax` when absent. */
  storyMaxLength?: number;
};

export interface ImportData {
  practice: PracticeSettings;
  groups: GroupInput[];
  stories: StoryInput[];
}

/** A group as staff see it: the public view plus what only staff set and see. */
export interface StaffGroup {
  group: Group;
  archived: boolean;
  /** The practice stopped taking requests (the public status is then `closed`). */
  closed: boolean;
  externalEnrolled: number;
  /** Seats against current sign-ups: `over` > 0 when capacity is below the seats held. */
  seats: { capacity: number; externalEnrolled: number; held: number; left: number; over: number };
  signups: Record<SignupStatus, number>;
}

export interface GroupQueryOptions {
  /** How many upcoming sessions to compute per group. */
  sessions?: number;
}

/** The one data-access layer: every read and write of the server goes through it. */
export interface Store {
  /** Staff accounts, sessions, tokens and the audit log. */
  readonly staff: StaffStore;
  getPractice(): Promise<PracticeSettings | undefined>;
  listGroups(filters?: GroupFilters, options?: GroupQueryOptions): Promise<Group[]>;
  /** One page of `listGroups`, in the same order; `next` names its last group when more follow. */
  listGroupPage(
    filters: GroupFilters,
    paging: GroupPaging,
  ): Promise<{ items: Group[]; next?: GroupCursor }>;
  getGroup(id: string, options?: GroupQueryOptions): Promise<Group | undefined>;
  storyCounts(): Promise<Record<StoryStatus, number>>;
  /** Approved stories, newest approval first, a page at a time. */
  listStories(query: StoryListQuery): Promise<StoryPage>;
  /** Stores a submission as `pending` with its flags, once per idempotency key when given. */
  createStory(story: NewStory): Promise<Idempotent<StoryReceipt>>;
  /**
   * "Me too" on an approved story: a token's first call counts, its second takes it back; one
   * token per address group (`client`) and story counts.
   */
  toggleResonance(
    storyId: string,
    token: string,
    client: string,
    now: Date,
    idempotency?: IdempotencyOptions,
  ): Promise<Idempotent<ResonanceResult> | { kind: 'not_found' }>;
  /** Reports an approved story; enough distinct address groups hide it until it is reviewed. */
  reportStory(
    storyId: string,
    report: { reason: ReportReason; note?: string; client: string; now: Date; threshold: number },
  ): Promise<ReportOutcome>;
  /** What staff review: pending and hidden stories, crisis-high first, then oldest first. */
  listModerationQueue(): Promise<ModerationStory[]>;
  /** Stories in some statuses (optionally only reported ones), newest first, for staff. */
  listStaffStories(query: StaffStoryQuery): Promise<{ items: ModerationStory[]; more: boolean }>;
  /** One story in any status, as staff see it. */
  getModerationStory(id: string): Promise<ModerationStory | undefined>;
  /** approve, reject (with a reason), hide, edit (redact): only where the state machine allows. */
  moderateStory(
    id: string,
    action: ModerationAction,
    options: ModerationOptions,
  ): Promise<ModerationOutcome>;
  /** Closes a published story's open reports and leaves it on the wall, in one transaction. */
  keepStory(id: string, options: { now: Date; actor?: string }): Promise<ModerationOutcome>;
  /** Every group, archived ones too, with what staff need to keep it current. */
  listStaffGroups(): Promise<StaffGroup[]>;
  getStaffGroup(id: string): Promise<StaffGroup | undefined>;
  /** Adds a group at the end of the list; false when the id is taken. */
  createGroup(group: GroupInput, now: Date): Promise<boolean>;
  /** Replaces a group's settings (not its id or place); false when there is no such group. */
  updateGroup(id: string, group: GroupInput, now: Date): Promise<boolean>;
  /** The internal date that fixes an ongoing group's weeks, kept across edits. */
  groupRecurrenceAnchor(id: string): Promise<string | undefined>;
  /** Archives (hides from visitors, keeps its sign-ups) or restores a group. */
  setGroupArchived(id: string, archived: boolean, now: Date): Promise<boolean>;
  /** Replaces the practice settings; topics still used by a group or story are kept. */
  updatePractice(practice: PracticeSettings, now: Date): Promise<{ topicsInUse: string[] }>;
  /** True when no practice has been set up: the seed only runs then. */
  isEmpty(): Promise<boolean>;
  /** Writes a whole practice (settings, topics, groups, stories) in one transaction. */
  importData(data: ImportData): Promise<void>;
  /**
   * What a sign-up for this group must know before its transaction: undefined when there is no
   * such group (or it is archived), else whether it asks visitors to confirm their age.
   */
  signupRules(groupId: string): Promise<{ ageRange: boolean } | undefined>;
  /**
   * Records a sign-up exactly once per idempotency key, giving a seat while any is left and a
   * waitlist position otherwise; everything happens in one transaction that holds the group.
   */
  createSignup(
    groupId: string,
    signup: SignupInput,
    options: CreateSignupOptions,
  ): Promise<CreateSignupOutcome>;
  /** Every stored sign-up, oldest first, decrypted. */
  listSignups(): Promise<StoredSignup[]>;
  /** Sign-ups for staff: decrypted, with history and retention date, oldest first. */
  listStaffSignups(query?: StaffSignupQuery): Promise<StaffSignup[]>;
  getStaffSignup(id: string): Promise<StaffSignup | undefined>;
  /** Moves a sign-up through the workflow (signup-workflow.ts), with an optional staff note. */
  changeSignupStatus(
    id: string,
    to: SignupStatus,
    options: { note?: string; actorId: string | null; now: Date },
  ): Promise<SignupChangeOutcome>;
  addSignupNote(
    id: string,
    options: { note: string; actorId: string | null; now: Date },
  ): Promise<StaffSignup | undefined>;
  /** Deletes a person's sign-up and its history for good; false when there was none. */
  deleteSignup(id: string): Promise<boolean>;
  /** Staff moved a sign-up on (e.g. `enrolled`); false when there is no such sign-up. */
  setSignupStatus(id: string, status: SignupStatus, now: Date): Promise<boolean>;
  /**
   * Deletes sign-ups older than the retention period that never led to an enrolment, and
   * expired idempotency keys.
   */
  purgeExpired(now: Date): Promise<{ signups: number; idempotencyKeys: number }>;
  close(): Promise<void>;
  /**
   * A value that changes whenever stored data may have changed, by this process or another one
   * sharing the database: public GET answers are reused while it stays the same (app.ts).
   */
  dataVersion(): Promise<string>;
}

export interface StoreOptions {
  /** Directory of the SQLite file, or `':memory:'`. */
  dataDir: string;
  /** The clock used for session dates; injectable so tests are not tied to today. */
  now?: () => Date;
  /**
   * The 32-byte key for personal fields. Defaults to `<dataDir>/data.key`, created on first
   * use; an in-memory database gets a throwaway key.
   */
  dataKey?: Buffer;
  /** Days an unenrolled sign-up is kept. */
  retentionDays?: number;
}

// A known value encrypted with the data key, so starting with the wrong key fails at once
// instead of on the first staff view.
const KEY_CHECK = 'data_key_check';
const KEY_CHECK_PLAIN = 'hearth';

/** Opens the database, brings its schema up to date and returns the store. */
export async function openStore({
  dataDir,
  now = () => new Date(),
  dataKey,
  retentionDays = DEFAULT_RETENTION_DAYS,
}: StoreOptions): Promise<Store> {
  const { db, sqlite } = openSqlite(dataDir);
  try {
    await migrateToLatest(db);
    const key =
      dataKey ?? (dataDir === ':memory:' ? randomBytes(32) : loadOrCreateDataKey(dataDir));
    const cipher = await openFieldCipher(db, key, dataDir);
    const changes = sqlite.prepare('select total_changes()').pluck();
    const unchanged = changes.get();
    await checkDataKey(db, cipher);
    const stories: StoryContext = { db, cipher, hashes: storyHashes(key) };
    await encryptPlainStories(stories);
    await encryptPlainStoryNotes(stories);
    await assessSignupsOnce({ db, cipher, retentionDays });
    const hashRequest = createRequestHasher(key);
    await keyIdempotencyRecordsOnce(db, hashRequest);
    // When the steps above replaced plain values, no old copy stays in the WAL.
    if (changes.get() !== unchanged) sqlite.pragma('wal_checkpoint(TRUNCATE)');
    // total_changes(): rows this connection changed since it opened (counted even when a
    // transaction rolls back, which only costs a needless refresh); data_version: moves when
    // another connection (a staff command, a second server process) commits. Read outside
    // Kysely's queue: a version read during another request's transaction is at most older than
    // the data read after it, which only costs a refresh.
    const version = sqlite
      .prepare('select total_changes(), (select data_version from pragma_data_version())')
      .raw();
    const dataVersion = () => {
      const [changes, data] = version.get() as [number, number];
      return `${data}:${changes}`;
    };
    const staff = createStaffStore(db, cipher, createKeyedHasher(key, 'sign-in-attempts'));
    return new KyselyStore(
      db,
      now,
      cipher,
      retentionDays,
      stories,
      hashRequest,
      dataVersion,
      staff,
    );
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

function storyHashes(key: Buffer): StoryHashes {
  const body = createKeyedHasher(key, 'story-body');
  const token = createKeyedHasher(key, 'resonance-token');
  const group = createKeyedHasher(key, 'resonance-group');
  const reporter = createKeyedHasher(key, 'story-reporter');
  // Per story, so rows of one visitor cannot be linked across stories.
  return {
    body,
    token: (storyId, value) => token(`${storyId}\n${value}`),
    group: (storyId, client) => group(`${storyId}\n${client}`),
    reporter: (storyId, client) => reporter(`${storyId}\n${client}`),
  };
}

async function checkDataKey(db: Kysely<Database>, cipher: FieldCipher): Promise<void> {
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', KEY_CHECK)
    .executeTakeFirst();
  if (!row) {
    await db
      .insertInto('meta')
      .values({ key: KEY_CHECK, value: cipher.encrypt(KEY_CHECK_PLAIN, KEY_CHECK) })
      .execute();
    return;
  }
  let plain: string | undefined;
  try {
    plain = cipher.decrypt(row.value, KEY_CHECK);
  } catch {
    plain = undefined;
  }
  if (plain !== KEY_CHECK_PLAIN) {
    throw new Error(
      'The data key does not match the one this database was created with. Restore the original ' +
        'HEARTH_DATA_KEY or data.key file; without it the stored sign-ups cannot be read.',
    );
  }
}

interface GroupDetails {
  audience: string;
  ageMin?: number;
  ageMax?: number;
  language: string;
  location?: Location;
  facilitators: Facilitator[];
  fee: Fee;
  screening: Screening;
}

type GroupRow = Selectable<GroupTable> & { seats_taken: number | string | null };

/** Lower-case without diacritics, so "Duelo" matches "duelo" and "Café" matches "cafe". */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

class KyselyStore implements Store {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date,
    private readonly cipher: FieldCipher,
    private readonly retentionDays: number,
    private readonly stories: StoryContext,
    private readonly hashRequest: RequestHasher,
    private readonly readDataVersion: () => string,
    readonly staff: StaffStore,
  ) {}

  /** Groups with the number of seats their sign-ups hold, computed in the same query. */
  private selectGroups() {
    return this.db
      .selectFrom('groups')
      .selectAll('groups')
      .select((eb) =>
        eb
          .selectFrom('signups')
          .select(eb.fn.countAll<number>().as('taken'))
          .whereRef('signups.group_id', '=', 'groups.id')
          .where('signups.status', 'in', SEAT_HOLDING_STATUSES)
          .as('seats_taken'),
      );
  }

  async getPractice(): Promise<PracticeSettings | undefined> {
    const row = await this.db
      .selectFrom('practice')
      .select('settings')
      .where('id', '=', 1)
      .executeTakeFirst();
    if (!row) return undefined;
    const topics = await this.db
      .selectFrom('topics')
      .select(['id', 'label'])
      .orderBy('position')
      .execute();
    const settings = JSON.parse(row.settings) as Omit<PracticeSettings, 'topics'>;
    return { ...settings, topics };
  }

  async listGroups(filters: GroupFilters = {}, options: GroupQueryOptions = {}): Promise<Group[]> {
    const rows = await this.groupRows(filters, {});
    return this.toGroups(rows, options);
  }

  async listGroupPage(
    filters: GroupFilters,
    paging: GroupPaging,
  ): Promise<{ items: Group[]; next?: GroupCursor }> {
    const rows = await this.groupRows(filters, paging);
    const more = paging.limit !== undefined && rows.length > paging.limit;
    if (more) rows.length = paging.limit!;
    const last = rows.at(-1);
    const items = await this.toGroups(rows, {});
    return {
      items,
      ...(more && last && { next: { position: last.position, name: last.name, id: last.id } }),
    };
  }

  /** Listed groups in a stable order (position, name, id); one more than `limit` when given. */
  private groupRows(filters: GroupFilters, { limit, after }: GroupPaging) {
    let query = this.selectGroups().where('archived', '=', 0);
    if (after) {
      query = query.where(
        sql<boolean>`(${sql.ref('groups.position')}, ${sql.ref('groups.name')}, ${sql.ref('groups.id')}) > (${after.position}, ${after.name}, ${after.id})`,
      );
    }
    if (filters.format?.length) query = query.where('format', 'in', filters.format);
    if (filters.day?.length) query = query.where('weekday', 'in', filters.day);
    const topics = filters.topic;
    if (topics?.length) {
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('group_topics')
            .select('group_topics.group_id')
            .whereRef('group_topics.group_id', '=', 'groups.id')
            .where('group_topics.topic_id', 'in', topics),
        ),
      );
    }
    if (filters.q) {
      const pattern = `%${escapeLike(normalizeForSearch(filters.q))}%`;
      query = query.where(sql<boolean>`${sql.ref('search_text')} like ${pattern} escape '\\'`);
    }
    query = query.orderBy('position').orderBy('name').orderBy('id');
    return (limit === undefined ? query : query.limit(limit + 1)).execute();
  }

  async getGroup(id: string, options: GroupQueryOptions = {}): Promise<Group | undefined> {
    const row = await this.selectGroups()
      .where('id', '=', id)
      .where('archived', '=', 0)
      .executeTakeFirst();
    if (!row) return undefined;
    const [group] = await this.toGroups([row], options);
    return group;
  }

  async signupRules(groupId: string): Promise<{ ageRange: boolean } | undefined> {
    // Only the column that holds the age range: a whole group costs three queries.
    const row = await this.db
      .selectFrom('groups')
      .select('details')
      .where('id', '=', groupId)
      .where('archived', '=', 0)
      .executeTakeFirst();
    if (!row) return undefined;
    const { ageMin, ageMax } = JSON.parse(row.details) as GroupDetails;
    return { ageRange: ageMin !== undefined || ageMax !== undefined };
  }

  storyCounts(): Promise<Record<StoryStatus, number>> {
    return countStoriesByStatus(this.db);
  }

  listStories(query: StoryListQuery): Promise<StoryPage> {
    return listPublicStories(this.stories, query);
  }

  createStory(story: NewStory): Promise<Idempotent<StoryReceipt>> {
    return createStory(this.stories, { ...story, idempotency: this.keyed(story.idempotency) });
  }

  toggleResonance(
    storyId: string,
    token: string,
    client: string,
    now: Date,
    idempotency?: IdempotencyOptions,
  ) {
    return toggleResonance(this.stories, storyId, token, client, now, this.keyed(idempotency));
  }

  /** What a visitor sent is kept only as a keyed hash, like a sign-up's. */
  private keyed(idempotency: IdempotencyOptions | undefined): IdempotencyOptions | undefined {
    return (
      idempotency && { ...idempotency, requestHash: this.hashRequest(idempotency.requestHash) }
    );
  }

  reportStory(
    storyId: string,
    report: { reason: ReportReason; note?: string; client: string; now: Date; threshold: number },
  ): Promise<ReportOutcome> {
    return reportStory(this.stories, storyId, report);
  }

  listModerationQueue(): Promise<ModerationStory[]> {
    return listModerationQueue(this.stories);
  }

  getModerationStory(id: string): Promise<ModerationStory | undefined> {
    return getModerationStory(this.stories, id);
  }

  listStaffStories(query: StaffStoryQuery) {
    return listStaffStories(this.stories, query);
  }

  moderateStory(
    id: string,
    action: ModerationAction,
    options: ModerationOptions,
  ): Promise<ModerationOutcome> {
    return moderateStory(this.stories, id, action, options);
  }

  keepStory(id: string, options: { now: Date; actor?: string }): Promise<ModerationOutcome> {
    return keepStory(this.stories, id, options);
  }

  async listStaffGroups(): Promise<StaffGroup[]> {
    const rows = await this.selectGroups()
      .orderBy('archived')
      .orderBy('position')
      .orderBy('name')
      .execute();
    return this.toStaffGroups(rows);
  }

  async getStaffGroup(id: string): Promise<StaffGroup | undefined> {
    const row = await this.selectGroups().where('id', '=', id).executeTakeFirst();
    return row ? (await this.toStaffGroups([row]))[0] : undefined;
  }

  async createGroup(group: GroupInput, now: Date): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const taken = await trx
        .selectFrom('groups')
        .select('id')
        .where('id', '=', group.id)
        .executeTakeFirst();
      if (taken) return false;
      const last = await trx
        .selectFrom('groups')
        .select(({ fn }) => fn.max('position').as('position'))
        .executeTakeFirst();
      await insertGroup(trx, group, Number(last?.position ?? -1) + 1, now);
      return true;
    });
  }

  async updateGroup(id: string, group: GroupInput, now: Date): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('groups')
        .set(groupColumns(group, now))
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await writeGroupTopics(trx, id, group.topics);
      return true;
    });
  }

  async groupRecurrenceAnchor(id: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('groups')
      .select('recurrence_anchor')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.recurrence_anchor ?? undefined;
  }

  async setGroupArchived(id: string, archived: boolean, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('groups')
      .set({ archived: archived ? 1 : 0, updated_at: now.toISOString() })
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async updatePractice(practice: PracticeSettings, now: Date): Promise<{ topicsInUse: string[] }> {
    return this.db.transaction().execute(async (trx) => {
      const kept = new Set(practice.topics.map((topic) => topic.id));
      const dropped = (await trx.selectFrom('topics').select('id').execute())
        .map((row) => row.id)
        .filter((id) => !kept.has(id));
      const inUse: string[] = [];
      for (const id of dropped) {
        const used =
          (await trx
            .selectFrom('group_topics')
            .select('topic_id')
            .where('topic_id', '=', id)
            .executeTakeFirst()) ??
          (await trx
            .selectFrom('story_topics')
            .select('topic_id')
            .where('topic_id', '=', id)
            .executeTakeFirst());
        if (used) inUse.push(id);
      }
      if (inUse.length > 0) return { topicsInUse: inUse };
      if (dropped.length > 0) await trx.deleteFrom('topics').where('id', 'in', dropped).execute();
      await writePractice(trx, practice, now);
      return { topicsInUse: [] };
    });
  }

  private async toStaffGroups(rows: GroupRow[]): Promise<StaffGroup[]> {
    if (rows.length === 0) return [];
    const groups = await this.toGroups(rows, {});
    const counts = await this.db
      .selectFrom('signups')
      .select(({ fn }) => ['group_id', 'status', fn.countAll<number>().as('count')])
      .where(
        'group_id',
        'in',
        rows.map((row) => row.id),
      )
      .groupBy(['group_id', 'status'])
      .execute();
    return rows.map((row, index) => {
      const signups = Object.fromEntries(SIGNUP_STATUS_LIST.map((status) => [status, 0])) as Record<
        SignupStatus,
        number
      >;
      for (const count of counts.filter((entry) => entry.group_id === row.id)) {
        signups[count.status as SignupStatus] = Number(count.count);
      }
      const held = Number(row.seats_taken ?? 0);
      const used = held + row.external_enrolled;
      return {
        group: groups[index]!,
        archived: row.archived === 1,
        closed: row.status === 'closed',
        externalEnrolled: row.external_enrolled,
        seats: {
          capacity: row.capacity,
          externalEnrolled: row.external_enrolled,
          held,
          left: Math.max(0, row.capacity - used),
          over: Math.max(0, used - row.capacity),
        },
        signups,
      };
    });
  }

  async isEmpty(): Promise<boolean> {
    const row = await this.db.selectFrom('practice').select('id').executeTakeFirst();
    return row === undefined;
  }

  async importData(data: ImportData): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await writePractice(trx, data.practice, this.now());
      for (const [position, group] of data.groups.entries()) {
        await insertGroup(trx, group, position, this.now());
      }
      for (const story of data.stories) await importStory(trx, this.stories, story);
    });
  }

  async createSignup(
    groupId: string,
    signup: SignupInput,
    options: CreateSignupOptions,
  ): Promise<CreateSignupOutcome> {
    const { scope, idempotencyKey, now, consentVersion } = options;
    const requestHash = this.hashRequest(options.requestHash);
    const { crisisTier = 'none', resources = [] } = options;
    const timestamp = now.toISOString();
    return this.db.transaction().execute(async (trx) => {
      // The first statement writes the group's row: SQLite takes its write lock here (before any
      // read, so no other writer can slip in between the count and the insert), PostgreSQL the
      // row lock (like SELECT … FOR UPDATE). Every sign-up for this group waits its turn. The
      // seats taken and the waitlist are counted in the same statement, after the lock.
      const group = await trx
        .updateTable('groups')
        .set((eb) => ({ signup_version: eb('signup_version', '+', 1) }))
        .where('id', '=', groupId)
        .where('archived', '=', 0)
        .returning((eb) => [
          'capacity',
          'external_enrolled',
          'status',
          eb
            .selectFrom('signups')
            .select(eb.fn.countAll<number>().as('taken'))
            .whereRef('signups.group_id', '=', 'groups.id')
            .where('signups.status', 'in', SEAT_HOLDING_STATUSES)
            .as('taken'),
          eb
            .selectFrom('signups')
            .select(eb.fn.countAll<number>().as('waiting'))
            .whereRef('signups.group_id', '=', 'groups.id')
            .where('signups.status', '=', 'waitlisted')
            .as('waiting'),
        ])
        .executeTakeFirst();
      if (!group) return { kind: 'not_found' };

      const earlier = await trx
        .selectFrom('idempotency_keys')
        .select(['request_hash', 'status_code', 'response'])
        .where('scope', '=', scope)
        .where('key', '=', idempotencyKey)
        .where('expires_at', '>', timestamp)
        .executeTakeFirst();
      if (earlier) {
        if (earlier.status_code === DELETED_REQUEST_STATUS) return { kind: 'deleted' };
        if (earlier.request_hash !== requestHash) return { kind: 'key_reused' };
        return {
          kind: 'replayed',
          statusCode: earlier.status_code,
          result: keptResult(earlier.response),
        };
      }
      if (group.status === 'closed') return { kind: 'closed' };

      const seatsLeft = group.capacity - group.external_enrolled - Number(group.taken ?? 0);
      const crisis = crisisTier === 'medium' || crisisTier === 'high';
      const result: SignupResult = {
        id: randomUUID(),
        ...(seatsLeft > 0
          ? { status: 'requested' }
          : { status: 'waitlisted', waitlistPosition: Number(group.waiting ?? 0) + 1 }),
        crisis,
        ...(crisis && { resources }),
      };

      const seal = (value: string | undefined, column: string) =>
        value === undefined ? null : this.cipher.encrypt(value, column);
      await trx
        .insertInto('signups')
        .values({
          id: result.id,
          group_id: groupId,
          status: result.status === 'requested' ? 'received' : 'waitlisted',
          waitlist_position: result.waitlistPosition ?? null,
          name_enc: this.cipher.encrypt(signup.name, 'signups.name'),
          email_enc: this.cipher.encrypt(signup.email, 'signups.email'),
          phone_enc: seal(signup.phone, 'signups.phone'),
          best_times_enc: seal(signup.bestTimes, 'signups.best_times'),
          message_enc: seal(signup.message, 'signups.message'),
          contact_method: signup.contactMethod,
          ok_to_leave_message: toFlag(signup.okToLeaveMessage),
          age_confirmed: toFlag(signup.ageConfirmed),
          consent_version: consentVersion,
          consented_at: timestamp,
          created_at: timestamp,
          updated_at: timestamp,
          crisis_tier: crisisTier,
        })
        .execute();

      const statusCode = 201;
      const remembered = {
        request_hash: requestHash,
        status_code: statusCode,
        response: JSON.stringify(result),
        signup_id: result.id,
        created_at: timestamp,
        expires_at: new Date(now.getTime() + IDEMPOTENCY_TTL_MS).toISOString(),
      };
      // An expired key with the same name may still be here until the next purge: replace it,
      // in one statement rather than a delete and an insert.
      await trx
        .insertInto('idempotency_keys')
        .values({ scope, key: idempotencyKey, ...remembered })
        .onConflict((conflict) => conflict.columns(['scope', 'key']).doUpdateSet(remembered))
        .execute();
      return { kind: 'created', statusCode, result };
    });
  }

  async listSignups(): Promise<StoredSignup[]> {
    const rows = await this.db
      .selectFrom('signups')
      .selectAll()
      .orderBy('created_at')
      .orderBy('waitlist_position')
      .execute();
    const open = (value: string | null, column: string) =>
      value === null ? undefined : this.cipher.decrypt(value, column);
    return rows.map((row) => {
      const signup: StoredSignup = {
        id: row.id,
        groupId: row.group_id,
        status: row.status as SignupStatus,
        name: this.cipher.decrypt(row.name_enc, 'signups.name'),
        email: this.cipher.decrypt(row.email_enc, 'signups.email'),
        contactMethod: row.contact_method as SignupInput['contactMethod'],
        consent: { contact: true, privacy: true },
        consentVersion: row.consent_version,
        consentedAt: row.consented_at,
        createdAt: row.created_at,
        crisis: row.crisis_tier as CrisisTier,
      };
      const optional = {
        waitlistPosition: row.waitlist_position ?? undefined,
        phone: open(row.phone_enc, 'signups.phone'),
        bestTimes: open(row.best_times_enc, 'signups.best_times'),
        message: open(row.message_enc, 'signups.message'),
        okToLeaveMessage: fromFlag(row.ok_to_leave_message),
        ageConfirmed: fromFlag(row.age_confirmed),
      };
      for (const [key, value] of Object.entries(optional)) {
        if (value !== undefined) Object.assign(signup, { [key]: value });
      }
      return signup;
    });
  }

  private get signupAdmin(): SignupAdminContext {
    return { db: this.db, cipher: this.cipher, retentionDays: this.retentionDays };
  }

  listStaffSignups(query?: StaffSignupQuery) {
    return listStaffSignups(this.signupAdmin, query);
  }

  getStaffSignup(id: string) {
    return getStaffSignup(this.signupAdmin, id);
  }

  changeSignupStatus(
    id: string,
    to: SignupStatus,
    options: { note?: string; actorId: string | null; now: Date },
  ) {
    return changeSignupStatus(this.signupAdmin, id, to, options);
  }

  addSignupNote(id: string, options: { note: string; actorId: string | null; now: Date }) {
    return addSignupNote(this.signupAdmin, id, options);
  }

  deleteSignup(id: string) {
    return deleteSignup(this.signupAdmin, id);
  }

  async setSignupStatus(id: string, status: SignupStatus, now: Date): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const current = await trx
        .selectFrom('signups')
        .select('group_id')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!current) return false;
      await lockGroup(trx, current.group_id);
      await trx
        .updateTable('signups')
        .set({ status, updated_at: now.toISOString() })
        .where('id', '=', id)
        .execute();
      await renumberWaitlist(trx, current.group_id);
      return true;
    });
  }

  async purgeExpired(now: Date): Promise<{ signups: number; idempotencyKeys: number }> {
    const cutoff = new Date(now.getTime() - this.retentionDays * 24 * 60 * 60 * 1000);
    // Retention is at least a day, as long as a key lives: their keys go in this same purge.
    const signups = await this.db.transaction().execute(async (trx) => {
      const expired = trx
        .selectFrom('signups')
        .where('status', '<>', 'enrolled')
        .where('created_at', '<', cutoff.toISOString());
      const waitlists = await expired
        .select('group_id')
        .where('status', '=', 'waitlisted')
        .distinct()
        .execute();
      for (const { group_id } of waitlists) await lockGroup(trx, group_id);
      const deleted = await trx
        .deleteFrom('signups')
        .where('status', '<>', 'enrolled')
        .where('created_at', '<', cutoff.toISOString())
        .executeTakeFirst();
      for (const { group_id } of waitlists) await renumberWaitlist(trx, group_id);
      return Number(deleted.numDeletedRows);
    });
    const keys = await this.db
      .deleteFrom('idempotency_keys')
      .where('expires_at', '<=', now.toISOString())
      .executeTakeFirst();
    return { signups, idempotencyKeys: Number(keys.numDeletedRows) };
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  dataVersion(): Promise<string> {
    return Promise.resolve(this.readDataVersion());
  }

  private async toGroups(rows: GroupRow[], options: GroupQueryOptions): Promise<Group[]> {
    if (rows.length === 0) return [];
    const topicRows = await this.db
      .selectFrom('group_topics')
      .select(['group_id', 'topic_id'])
      .where(
        'group_id',
        'in',
        rows.map((row) => row.id),
      )
      .orderBy('position')
      .execute();
    const topicsByGroup = new Map<string, string[]>();
    for (const { group_id, topic_id } of topicRows) {
      topicsByGroup.set(group_id, [...(topicsByGroup.get(group_id) ?? []), topic_id]);
    }
    const now = this.now();
    return rows.map((row) => rowToGroup(row, topicsByGroup.get(row.id) ?? [], now, options));
  }
}

function rowToGroup(row: GroupRow, topics: string[], now: Date, options: GroupQueryOptions): Group {
  const details = JSON.parse(row.details) as GroupDetails;
  const schedule = {
    frequency: row.frequency as Frequency,
    weekday: row.weekday as Weekday,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    timeZone: row.time_zone,
  };
  const startsOn = row.starts_on ?? undefined;
  const sessionCount = row.session_count ?? undefined;
  const seatsLeft = seatsLeftOf(row);
  // Built field by field, in the contract's order, so no internal column leaks into the API.
  return {
    id: row.id,
    name: row.name,
    summary: row.summary,
    description: row.description,
    topics,
    audience: details.audience,
    ...(details.ageMin !== undefined && { ageMin: details.ageMin }),
    ...(details.ageMax !== undefined && { ageMax: details.ageMax }),
    language: details.language,
    kind: row.kind as GroupKind,
    format: row.format as GroupFormat,
    ...(details.location && { location: details.location }),
    schedule,
    enrollment: row.enrollment as Enrollment,
    ...(startsOn !== undefined && { startsOn }),
    ...(sessionCount !== undefined && { sessionCount }),
    nextSessions: nextSessions(schedule, {
      now,
      count: options.sessions ?? DEFAULT_SESSION_COUNT,
      startsOn,
      sessionCount,
      anchor: row.recurrence_anchor ?? undefined,
    }),
    facilitators: details.facilitators,
    fee: details.fee,
    capacity: row.capacity,
    seatsLeft,
    status: groupStatus(row.status === 'closed', seatsLeft),
    screening: details.screening,
  };
}

/** Seats are never stored: capacity minus outside enrolments minus sign-ups holding a seat. */
function seatsLeftOf(row: GroupRow): number {
  return Math.max(0, row.capacity - row.external_enrolled - Number(row.seats_taken ?? 0));
}

export function groupStatus(closed: boolean, seatsLeft: number): GroupStatus {
  if (closed) return 'closed';
  if (seatsLeft === 0) return 'waitlist';
  return seatsLeft <= FEW_SEATS_AT_MOST ? 'few_seats' : 'open';
}

/** A kept answer, byte for byte; one kept before `crisis` existed was not flagged. */
function keptResult(response: string): SignupResult {
  const result = JSON.parse(response) as Omit<SignupResult, 'crisis'> & { crisis?: boolean };
  return 'crisis' in result ? (result as SignupResult) : { ...result, crisis: false };
}

function toFlag(value: boolean | undefined): number | null {
  return value === undefined ? null : value ? 1 : 0;
}

function fromFlag(value: number | null): boolean | undefined {
  return value === null ? undefined : value === 1;
}

async function writePractice(
  trx: Transaction<Database>,
  practice: PracticeSettings,
  now: Date,
): Promise<void> {
  const { topics, ...settings } = practice;
  await trx.deleteFrom('practice').execute();
  await trx
    .insertInto('practice')
    .values({ id: 1, settings: JSON.stringify(settings), updated_at: now.toISOString() })
    .execute();
  for (const [position, topic] of topics.entries()) {
    await trx
      .insertInto('topics')
      .values({ id: topic.id, label: topic.label, position })
      .onConflict((oc) => oc.column('id').doUpdateSet({ label: topic.label, position }))
      .execute();
  }
}

/** The columns of a group as stored (everything but id, position and creation time). */
function groupColumns(group: GroupInput, now: Date) {
  const details: GroupDetails = {
    audience: group.audience,
    ageMin: group.ageMin,
    ageMax: group.ageMax,
    language: group.language,
    location: group.location,
    facilitators: group.facilitators,
    fee: group.fee,
    screening: group.screening,
  };
  return {
    name: group.name,
    summary: group.summary,
    description: group.description,
    search_text: normalizeForSearch([group.name, group.summary, group.description].join('\n')),
    kind: group.kind,
    format: group.format,
    frequency: group.schedule.frequency,
    weekday: group.schedule.weekday,
    start_time: group.schedule.startTime,
    duration_minutes: group.schedule.durationMinutes,
    time_zone: group.schedule.timeZone,
    enrollment: group.enrollment,
    starts_on: group.startsOn ?? null,
    session_count: group.sessionCount ?? null,
    recurrence_anchor: group.recurrenceAnchor ?? null,
    capacity: group.capacity,
    external_enrolled: group.externalEnrolled ?? 0,
    status: group.closed ? 'closed' : 'open',
    details: JSON.stringify(details),
    updated_at: now.toISOString(),
  };
}

async function insertGroup(
  trx: Transaction<Database>,
  group: GroupInput,
  position: number,
  now: Date,
): Promise<void> {
  await trx
    .insertInto('groups')
    .values({ id: group.id, position, created_at: now.toISOString(), ...groupColumns(group, now) })
    .execute();
  await writeGroupTopics(trx, group.id, group.topics);
}

async function writeGroupTopics(
  trx: Transaction<Database>,
  groupId: string,
  topics: string[],
): Promise<void> {
  await trx.deleteFrom('group_topics').where('group_id', '=', groupId).execute();
  for (const [topicPosition, topicId] of topics.entries()) {
    await trx
      .insertInto('group_topics')
      .values({ group_id: groupId, topic_id: topicId, position: topicPosition })
      .execute();
  }
}

/** Escapes LIKE wildcards so a search for "100%" means the characters, not a pattern. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
