// Stories in the database: the public wall, submissions, "me too", reports and moderation.
// Only the store (store.ts) calls these; they share its connection, cipher and keyed hashes.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { CrisisTier, PersonalDetailKind } from '../../../src/api/rules/safety/index.js';
import type { CrisisResource, Story, StoryReceipt } from '../../../src/api/contract/public.js';
import { createKeyedHasher, type FieldCipher } from '../platform/crypto.js';
import { onceMarked } from '../db/database.js';
import { once, type Once, type RequestHasher } from '../db/idempotency.js';
import type { Database, StoryTable } from '../db/schema.js';
import {
  maskPersonalDetails,
  nextStatus,
  PERSONAL_DETAIL_KINDS,
  normalizeForRepeat,
  reviewPriority,
  storyFlags,
  type MaskedText,
  type ModerationAction,
  type ReportReason,
  type SpamSignal,
  type StoryFlags,
  type StoryStatus,
} from './moderation.js';

/** Longest reason staff may give for rejecting or hiding. */
export const MODERATION_REASON_MAX = 300;
/** Longest text staff may leave after an edit. */
export const EDITED_BODY_MAX = 5000;

export interface StoryHashes {
  /** Keyed hash of a normalised text, for repeats. */
  body(normalised: string): string;
  /** Keyed hash of a visitor token for one story: one "me too" per token and story. */
  token(storyId: string, token: string): string;
  /** Keyed hash of a visitor's address group for one story: one "me too" per group and story. */
  group(storyId: string, client: string): string;
  /** Keyed hash of a reporter's address group for one story. */
  reporter(storyId: string, client: string): string;
}

export interface StoryContext {
  db: Kysely<Database>;
  cipher: FieldCipher;
  hashes: StoryHashes;
}

/** Where a page of the wall ends: the last story's approval time and id. */
export interface StoryCursor {
  approvedAt: string;
  id: string;
}

export interface StoryListQuery {
  /** A story matches when it has any of these topics. */
  topics?: string[];
  after?: StoryCursor;
  limit: number;
}

export interface StoryPage {
  items: Story[];
  /** Where the next page starts, when there is one. */
  next?: StoryCursor;
}

export interface IdempotencyOptions {
  scope: string;
  key: string;
  requestHash: string;
}

/** Story requests never make a sign-up, so `deleted` does not happen to them. */
export type Idempotent<T> = Once<T>;

export interface NewStory {
  body: string;
  topics: string[];
  contentWarning?: string;
  /** `YYYY-MM` in the practice's time zone. */
  month: string;
  now: Date;
  /** Everything of the visitor's answer but the id, which the store makes. */
  receipt: Omit<StoryReceipt, 'id'>;
  idempotency?: IdempotencyOptions;
}

export type ResonanceResult = { resonance: number; resonated: boolean };

/** A story as the staff console sees it: decrypted, masked, with its flags and open reports. */
export interface ModerationStory {
  id: string;
  status: StoryStatus;
  body: string;
  /**
   * What the wall shows (`masked`) and the original in marked pieces; a detail staff kept has
   * its `kind` but no `placeholder`, because the wall shows it as written.
   */
  masked: MaskedText;
  /** Staff chose to publish some personal details of this text as written. */
  detailsKept: boolean;
  topics: string[];
  contentWarning: string | null;
  month: string;
  resonance: number;
  flags: StoryFlags;
  /** Reports since the last review. */
  reports: { count: number; reasons: Partial<Record<ReportReason, number>>; notes: string[] };
  statusReason: string | null;
  editedAt: string | null;
  createdAt: string;
  approvedAt: string | null;
}

export interface ModerationOptions {
  /** Required to reject; optional to hide. */
  reason?: string;
  /** The redacted text, optional with `approve` and `edit`. */
  body?: string;
  /**
   * Publish the personal details found in the text (the new `body`, else the stored one) as
   * written. Without it a new `body` must hold none; `false` masks a story's kept details again.
   * Left out with no `body`, what was decided before stays.
   */
  keepDetails?: boolean;
  /** A new content note; null removes it. Checked by the caller (at most 80 characters). */
  contentWarning?: string | null;
  /** New topics (ids of the practice's topics, at most 5), checked by the caller. */
  topics?: string[];
  now: Date;
  /** Who did it, for the history; `staff` until staff accounts exist. */
  actor?: string;
}

/** A personal detail that is still in a text staff sent, as found. */
export interface FoundDetail {
  kind: PersonalDetailKind;
  text: string;
}

export type ModerationOutcome =
  | {
      kind: 'ok';
      story: ModerationStory;
      /** The kinds of the details this step published as written (for the audit log). */
      keptDetails?: PersonalDetailKind[];
    }
  | { kind: 'not_found' }
  | { kind: 'not_allowed'; status: StoryStatus }
  | { kind: 'invalid'; field: 'reason' | 'body' }
  /** The new text still holds personal details and staff did not say to keep them. */
  | { kind: 'details'; details: FoundDetail[] };

export type ReportOutcome = { kind: 'not_found' } | { kind: 'received'; hidden: boolean };

const BODY_COLUMN = 'stories.body';
const KEPT_COLUMN = 'stories.kept_details';
const NOTE_COLUMN = 'story_reports.note';
const CONTENT_WARNING_COLUMN = 'stories.content_warning';
const STATUS_REASON_COLUMN = 'stories.status_reason';
const EVENT_REASON_COLUMN = 'story_events.reason';

type StoryRow = Selectable<StoryTable>;

/** A story as imported (seed, tests): any status; its flags are computed from its text. */
export type StoryInput = ImportedStory;

export interface StoryRepository {
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
}

export function createStoryRepository(
  context: StoryContext,
  hashRequest: RequestHasher,
): StoryRepository {
  /** What a visitor sent is kept only as a keyed hash, like a sign-up's. */
  const keyed = (idempotency: IdempotencyOptions | undefined) =>
    idempotency && { ...idempotency, requestHash: hashRequest(idempotency.requestHash) };
  return {
    storyCounts: () => countStoriesByStatus(context.db),
    listStories: (query) => listPublicStories(context, query),
    createStory: (story) =>
      createStory(context, { ...story, idempotency: keyed(story.idempotency) }),
    toggleResonance: (storyId, token, client, now, idempotency) =>
      toggleResonance(context, storyId, token, client, now, keyed(idempotency)),
    reportStory: (storyId, report) => reportStory(context, storyId, report),
    listModerationQueue: () => listModerationQueue(context),
    listStaffStories: (query) => listStaffStories(context, query),
    getModerationStory: (id) => getModerationStory(context, id),
    moderateStory: (id, action, options) => moderateStory(context, id, action, options),
    keepStory: (id, options) => keepStory(context, id, options),
  };
}

/** The keyed hashes of story rows, each for its own purpose. */
export function createStoryHashes(key: Buffer): StoryHashes {
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

/**
 * The wall: approved stories with every personal detail masked as they are read (so a better
 * detector also covers stories published before it), except those staff kept on purpose.
 */
export async function listPublicStories(
  { db, cipher }: StoryContext,
  { topics, after, limit }: StoryListQuery,
): Promise<StoryPage> {
  let query = db
    .selectFrom('stories')
    .select([
      'id',
      'body_enc',
      'kept_details_enc',
      'content_warning_enc',
      'month',
      'resonance',
      'approved_at',
    ])
    .where('status', '=', 'approved');
  if (topics?.length) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('story_topics')
          .select('story_topics.story_id')
          .whereRef('story_topics.story_id', '=', 'stories.id')
          .where('story_topics.topic_id', 'in', topics),
      ),
    );
  }
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('approved_at', '<', after.approvedAt),
        eb.and([eb('approved_at', '=', after.approvedAt), eb('id', '<', after.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('approved_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const topicsById = await topicsOf(
    db,
    page.map((row) => row.id),
  );
  const keep = page.length ? await practiceWords(db) : [];
  const items: Story[] = page.map((row) => ({
    id: row.id,
    body: wallText(
      cipher.decrypt(row.body_enc, BODY_COLUMN),
      keep,
      keptDetailsOf(cipher, row.kept_details_enc),
    ).masked,
    topics: topicsById.get(row.id) ?? [],
    contentWarning: opened(cipher, row.content_warning_enc, CONTENT_WARNING_COLUMN),
    month: row.month,
    resonance: row.resonance,
  }));
  const last = page[page.length - 1];
  return rows.length > limit && last?.approved_at
    ? { items, next: { approvedAt: last.approved_at, id: last.id } }
    : { items };
}

export async function createStory(
  context: StoryContext,
  story: NewStory,
): Promise<Idempotent<StoryReceipt>> {
  const { db, cipher, hashes } = context;
  const timestamp = story.now.toISOString();
  return db.transaction().execute(async (trx) =>
    idempotent(trx, story.idempotency, story.now, async () => {
      const id = randomUUID();
      const bodyHash = hashes.body(normalizeForRepeat(story.body));
      const earlier = await trx
        .selectFrom('stories')
        .select('id')
        .where('body_hash', '=', bodyHash)
        .limit(1)
        .executeTakeFirst();
      const flags = storyFlags(story.body, story.contentWarning);
      await trx
        .insertInto('stories')
        .values({
          id,
          status: 'pending',
          body_enc: cipher.encrypt(story.body, BODY_COLUMN),
          body_hash: bodyHash,
          content_warning_enc: sealed(cipher, story.contentWarning, CONTENT_WARNING_COLUMN),
          month: story.month,
          ...flagColumns({ ...flags, repeat: earlier !== undefined }),
          created_at: timestamp,
          updated_at: timestamp,
        })
        .execute();
      await insertTopics(trx, id, story.topics);
      return { id, ...story.receipt };
    }),
  );
}

/** A story as imported (seed, tests): any status, flags computed from its text. */
export interface ImportedStory {
  id: string;
  body: string;
  topics: string[];
  contentWarning: string | null;
  month: string;
  resonance: number;
  status: StoryStatus;
  createdAt: string;
  /** Defaults to `createdAt` for approved and hidden stories. */
  approvedAt?: string;
}

export async function importStory(
  trx: Transaction<Database>,
  { cipher, hashes }: Omit<StoryContext, 'db'>,
  story: ImportedStory,
): Promise<void> {
  const flags = storyFlags(story.body, story.contentWarning);
  const shown = story.status === 'approved' || story.status === 'hidden';
  await trx
    .insertInto('stories')
    .values({
      id: story.id,
      status: story.status,
      body_enc: cipher.encrypt(story.body, BODY_COLUMN),
      body_hash: hashes.body(normalizeForRepeat(story.body)),
      content_warning_enc: sealed(cipher, story.contentWarning, CONTENT_WARNING_COLUMN),
      month: story.month,
      resonance: story.resonance,
      ...flagColumns({ ...flags, repeat: false }),
      created_at: story.createdAt,
      approved_at: shown ? (story.approvedAt ?? story.createdAt) : null,
      updated_at: story.createdAt,
    })
    .execute();
  await insertTopics(trx, story.id, story.topics);
}

/**
 * Bodies copied by migration 0003 are still plain: encrypt them and compute their flags, once.
 * Runs when the store opens, because only the store holds the key.
 */
export async function encryptPlainStories({ db, cipher, hashes }: StoryContext): Promise<void> {
  await onceMarked(db, 'story_bodies_encrypted', async (trx) => {
    const rows = await trx
      .selectFrom('stories')
      .select(['id', 'body_enc', 'crisis_tier'])
      .execute();
    for (const row of rows) {
      const flags = storyFlags(row.body_enc);
      // A tier set before flags existed (the old `crisis` mark) is kept when it is higher.
      const crisis = maxTier(flags.crisis, row.crisis_tier as CrisisTier);
      await trx
        .updateTable('stories')
        .set({
          body_enc: cipher.encrypt(row.body_enc, BODY_COLUMN),
          body_hash: hashes.body(normalizeForRepeat(row.body_enc)),
          ...flagColumns({ ...flags, crisis, repeat: false }),
        })
        .where('id', '=', row.id)
        .execute();
    }
  });
}

/**
 * Content notes and moderation reasons renamed by migration 0008 are still plain: encrypt them,
 * once, when the store opens.
 */
export async function encryptPlainStoryNotes({ db, cipher }: StoryContext): Promise<void> {
  await onceMarked(db, 'story_notes_encrypted', async (trx) => {
    const stories = await trx
      .selectFrom('stories')
      .select(['id', 'content_warning_enc', 'status_reason_enc'])
      .where((eb) =>
        eb.or([eb('content_warning_enc', 'is not', null), eb('status_reason_enc', 'is not', null)]),
      )
      .execute();
    for (const row of stories) {
      await trx
        .updateTable('stories')
        .set({
          content_warning_enc: sealed(cipher, row.content_warning_enc, CONTENT_WARNING_COLUMN),
          status_reason_enc: sealed(cipher, row.status_reason_enc, STATUS_REASON_COLUMN),
        })
        .where('id', '=', row.id)
        .execute();
    }
    const events = await trx
      .selectFrom('story_events')
      .select(['id', 'reason_enc'])
      .where('reason_enc', 'is not', null)
      .execute();
    for (const row of events) {
      await trx
        .updateTable('story_events')
        .set({ reason_enc: sealed(cipher, row.reason_enc, EVENT_REASON_COLUMN) })
        .where('id', '=', row.id)
        .execute();
    }
  });
}

/**
 * "Me too": the first call for a token counts, the next one takes it back. One token per address
 * group (`client`) and story counts; another token of the group waits, uncounted, and takes over
 * when the counting one is taken back. Every token is answered as if it counted, so nobody on a
 * shared network can tell from the answer that someone else there said "me too" to this story.
 */
export async function toggleResonance(
  { db, hashes }: StoryContext,
  storyId: string,
  token: string,
  client: string,
  now: Date,
  idempotency?: IdempotencyOptions,
): Promise<Idempotent<ResonanceResult> | { kind: 'not_found' }> {
  return db.transaction().execute(async (trx) => {
    // Writing the row first takes the lock before anything is read (decision 11).
    const story = await trx
      .updateTable('stories')
      .set((eb) => ({ resonance: eb.ref('resonance') }))
      .where('id', '=', storyId)
      .where('status', '=', 'approved')
      .returning('resonance')
      .executeTakeFirst();
    if (!story) return { kind: 'not_found' };
    return idempotent(trx, idempotency, now, async () => {
      const tokenHash = hashes.token(storyId, token);
      const removed = await trx
        .deleteFrom('story_resonance')
        .where('story_id', '=', storyId)
        .where('token_hash', '=', tokenHash)
        .returning(['group_hash', 'counted'])
        .executeTakeFirst();
      if (removed) {
        if (!removed.counted) return { resonance: story.resonance, resonated: false };
        const heir = removed.group_hash
          ? await trx
              .updateTable('story_resonance')
              .set({ counted: 1 })
              .where('story_id', '=', storyId)
              .where('token_hash', '=', (eb) =>
                eb
                  .selectFrom('story_resonance')
                  .select('token_hash')
                  .where('story_id', '=', storyId)
                  .where('group_hash', '=', removed.group_hash)
                  .where('counted', '=', 0)
                  .limit(1),
              )
              .executeTakeFirst()
          : undefined;
        if (heir && Number(heir.numUpdatedRows) > 0) {
          return { resonance: Math.max(0, story.resonance - 1), resonated: false };
        }
        return { resonance: await addResonance(trx, storyId, -1), resonated: false };
      }
      const groupHash = hashes.group(storyId, client);
      const taken = await trx
        .selectFrom('story_resonance')
        .select('token_hash')
        .where('story_id', '=', storyId)
        .where('group_hash', '=', groupHash)
        .where('counted', '=', 1)
        .executeTakeFirst();
      await trx
        .insertInto('story_resonance')
        .values({
          story_id: storyId,
          token_hash: tokenHash,
          group_hash: groupHash,
          counted: taken ? 0 : 1,
          created_at: now.toISOString(),
        })
        .execute();
      if (taken) return { resonance: story.resonance + 1, resonated: true };
      return { resonance: await addResonance(trx, storyId, 1), resonated: true };
    });
  });
}

async function addResonance(
  trx: Transaction<Database>,
  storyId: string,
  change: 1 | -1,
): Promise<number> {
  const updated = await trx
    .updateTable('stories')
    .set((eb) => ({
      resonance:
        change > 0
          ? eb('resonance', '+', 1)
          : sql<number>`case when ${eb.ref('resonance')} > 0 then ${eb.ref('resonance')} - 1 else 0 end`,
    }))
    .where('id', '=', storyId)
    .returning('resonance')
    .executeTakeFirstOrThrow();
  return updated.resonance;
}

/**
 * Records a report of an approved story, once per reporter's address group (`client`) until the
 * next review; at `threshold` distinct groups the story is hidden until staff look at it again.
 */
export async function reportStory(
  { db, cipher, hashes }: StoryContext,
  storyId: string,
  report: { reason: ReportReason; note?: string; client: string; now: Date; threshold: number },
): Promise<ReportOutcome> {
  const timestamp = report.now.toISOString();
  return db.transaction().execute(async (trx) => {
    const story = await trx
      .updateTable('stories')
      .set((eb) => ({ updated_at: eb.ref('updated_at') }))
      .where('id', '=', storyId)
      .where('status', '=', 'approved')
      .returning('id')
      .executeTakeFirst();
    if (!story) return { kind: 'not_found' };
    const reporterHash = hashes.reporter(storyId, report.client);
    const already = await trx
      .selectFrom('story_reports')
      .select('id')
      .where('story_id', '=', storyId)
      .where('reporter_hash', '=', reporterHash)
      .where('resolved_at', 'is', null)
      .executeTakeFirst();
    if (!already) {
      await trx
        .insertInto('story_reports')
        .values({
          id: randomUUID(),
          story_id: storyId,
          reporter_hash: reporterHash,
          reason: report.reason,
          note_enc: report.note ? cipher.encrypt(report.note, NOTE_COLUMN) : null,
          created_at: timestamp,
        })
        .execute();
    }
    const open = await countOpenReports(trx, storyId);
    if (open < report.threshold) return { kind: 'received', hidden: false };
    await trx
      .updateTable('stories')
      .set({
        status: 'hidden',
        status_reason_enc: sealed(cipher, 'reports', STATUS_REASON_COLUMN),
        updated_at: timestamp,
      })
      .where('id', '=', storyId)
      .execute();
    const reason = sealed(cipher, 'reports', EVENT_REASON_COLUMN);
    await recordEvent(trx, storyId, 'hide', 'approved', 'hidden', 'reports', reason, timestamp);
    return { kind: 'received', hidden: true };
  });
}

/** Pending and hidden stories: crisis-high first, then crisis-medium, then oldest first. */
export async function listModerationQueue(context: StoryContext): Promise<ModerationStory[]> {
  const rows = await context.db
    .selectFrom('stories')
    .selectAll()
    .where('status', 'in', ['pending', 'hidden'])
    .orderBy('review_priority', 'desc')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return toModerationStories(context, rows);
}

export interface StaffStoryQuery {
  statuses: StoryStatus[];
  /** Only stories with open reports. */
  reported?: boolean;
  limit: number;
  offset: number;
}

/** Stories in any status for the staff lists (published, hidden, reported), newest first. */
export async function listStaffStories(
  context: StoryContext,
  { statuses, reported, limit, offset }: StaffStoryQuery,
): Promise<{ items: ModerationStory[]; more: boolean }> {
  let query = context.db.selectFrom('stories').selectAll().where('status', 'in', statuses);
  if (reported) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('story_reports')
          .select('story_reports.id')
          .whereRef('story_reports.story_id', '=', 'stories.id')
          .where('story_reports.resolved_at', 'is', null),
      ),
    );
  }
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .offset(offset)
    .execute();
  return {
    items: await toModerationStories(context, rows.slice(0, limit)),
    more: rows.length > limit,
  };
}

export async function getModerationStory(
  context: StoryContext,
  id: string,
): Promise<ModerationStory | undefined> {
  const row = await context.db
    .selectFrom('stories')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? (await toModerationStories(context, [row]))[0] : undefined;
}

/**
 * Applies one moderation step, if the state machine allows it from the story's current status.
 * An edit replaces the text (the original is not kept: redaction exists to remove it) and
 * records when; an approval may carry an edit. Approving or rejecting a hidden story closes its
 * reports, so later reports count from zero.
 */
export async function moderateStory(
  context: StoryContext,
  id: string,
  action: ModerationAction,
  options: ModerationOptions,
): Promise<ModerationOutcome> {
  const { reason, body, keepDetails, contentWarning, topics, now, actor = 'staff' } = options;
  const timestamp = now.toISOString();
  const trimmedReason = reason?.trim() || undefined;
  const trimmedBody = body?.trim();
  const changesContent = action === 'edit' || action === 'approve';
  if (trimmedReason !== undefined && trimmedReason.length > MODERATION_REASON_MAX)
    return { kind: 'invalid', field: 'reason' };
  if (action === 'reject' && !trimmedReason) return { kind: 'invalid', field: 'reason' };
  if (
    action === 'edit' &&
    body === undefined &&
    keepDetails === undefined &&
    contentWarning === undefined &&
    topics === undefined
  )
    return { kind: 'invalid', field: 'body' };
  if (
    trimmedBody !== undefined &&
    (trimmedBody.length === 0 || trimmedBody.length > EDITED_BODY_MAX)
  )
    return { kind: 'invalid', field: 'body' };
  if (
    !changesContent &&
    (body !== undefined ||
      keepDetails !== undefined ||
      contentWarning !== undefined ||
      topics !== undefined)
  )
    return { kind: 'invalid', field: 'body' };

  // A text staff wrote is scanned like a visitor's: what it still holds is published only when
  // staff say so explicitly.
  const keep = await practiceWords(context.db);
  const edited = trimmedBody === undefined ? undefined : foundDetails(trimmedBody, keep);
  if (edited?.length && keepDetails !== true) return { kind: 'details', details: edited };

  const outcome = await context.db.transaction().execute(async (trx) => {
    const locked = await trx
      .updateTable('stories')
      .set((eb) => ({ updated_at: eb.ref('updated_at') }))
      .where('id', '=', id)
      .returning('status')
      .executeTakeFirst();
    if (!locked) return { kind: 'not_found' } as const;
    const from = locked.status as StoryStatus;
    const to = nextStatus(from, action);
    if (!to) return { kind: 'not_allowed', status: from } as const;

    const changes: Updateable<StoryTable> = {
      status: to,
      updated_at: timestamp,
    };
    // Which details are published as written: those of the new text, or of the stored one.
    let kept: FoundDetail[] | undefined;
    if (keepDetails === true) {
      kept =
        edited ??
        foundDetails(
          context.cipher.decrypt(
            (
              await trx
                .selectFrom('stories')
                .select('body_enc')
                .where('id', '=', id)
                .executeTakeFirstOrThrow()
            ).body_enc,
            BODY_COLUMN,
          ),
          keep,
        );
    } else if (keepDetails === false || trimmedBody !== undefined) {
      kept = [];
    }
    if (kept !== undefined) {
      const texts = [...new Set(kept.map((detail) => detail.text))];
      changes.kept_details_enc = texts.length
        ? context.cipher.encrypt(JSON.stringify(texts), KEPT_COLUMN)
        : null;
    }
    if (contentWarning !== undefined)
      changes.content_warning_enc = sealed(context.cipher, contentWarning, CONTENT_WARNING_COLUMN);
    if (topics !== undefined) {
      await trx.deleteFrom('story_topics').where('story_id', '=', id).execute();
      await insertTopics(trx, id, topics);
    }
    if (trimmedBody !== undefined) {
      const flags = storyFlags(trimmedBody);
      // The tier describes what the writer shared; an edit does not make it untrue.
      Object.assign(changes, {
        body_enc: context.cipher.encrypt(trimmedBody, BODY_COLUMN),
        personal_details: flags.personalDetails.join(','),
        link_count: flags.links,
        spam: flags.spam.join(','),
        edited_at: timestamp,
      });
    }
    if (action === 'approve') {
      changes.status_reason_enc = null;
      await trx
        .updateTable('stories')
        .set({ approved_at: timestamp })
        .where('id', '=', id)
        .where('approved_at', 'is', null)
        .execute();
    }
    if (action === 'reject' || action === 'hide')
      changes.status_reason_enc = sealed(context.cipher, trimmedReason, STATUS_REASON_COLUMN);
    await trx.updateTable('stories').set(changes).where('id', '=', id).execute();
    if ((action === 'approve' || action === 'reject') && from === 'hidden') {
      await trx
        .updateTable('story_reports')
        .set({ resolved_at: timestamp })
        .where('story_id', '=', id)
        .where('resolved_at', 'is', null)
        .execute();
    }
    const eventReason = sealed(context.cipher, trimmedReason, EVENT_REASON_COLUMN);
    await recordEvent(trx, id, action, from, to, actor, eventReason, timestamp);
    return { kind: 'ok', kept } as const;
  });
  if (outcome.kind !== 'ok') return outcome;
  const story = (await getModerationStory(context, id))!;
  const keptKinds = outcome.kept?.length
    ? PERSONAL_DETAIL_KINDS.filter((kind) => outcome.kept!.some((detail) => detail.kind === kind))
    : undefined;
  return { kind: 'ok', story, ...(keptKinds && { keptDetails: keptKinds }) };
}

/**
 * "Keep on the wall": staff read the reports of a published story and leave it up. One
 * transaction closes the open reports; the story stays approved throughout, so no failure
 * can leave it hidden.
 */
export async function keepStory(
  context: StoryContext,
  id: string,
  options: { now: Date; actor?: string },
): Promise<ModerationOutcome> {
  const timestamp = options.now.toISOString();
  const outcome = await context.db.transaction().execute(async (trx) => {
    const locked = await trx
      .updateTable('stories')
      .set((eb) => ({ updated_at: eb.ref('updated_at') }))
      .where('id', '=', id)
      .returning('status')
      .executeTakeFirst();
    if (!locked) return { kind: 'not_found' } as const;
    const status = locked.status as StoryStatus;
    const closed =
      status === 'approved'
        ? await trx
            .updateTable('story_reports')
            .set({ resolved_at: timestamp })
            .where('story_id', '=', id)
            .where('resolved_at', 'is', null)
            .executeTakeFirst()
        : undefined;
    if (!closed?.numUpdatedRows) return { kind: 'not_allowed', status } as const;
    await trx.updateTable('stories').set({ updated_at: timestamp }).where('id', '=', id).execute();
    const actor = options.actor ?? 'staff';
    await recordEvent(trx, id, 'keep', status, status, actor, null, timestamp);
    return { kind: 'ok' } as const;
  });
  if (outcome.kind !== 'ok') return outcome;
  return { kind: 'ok', story: (await getModerationStory(context, id))! };
}

export async function countStoriesByStatus(
  db: Kysely<Database>,
): Promise<Record<StoryStatus, number>> {
  const rows = await db
    .selectFrom('stories')
    .select(({ fn }) => ['status', fn.countAll<number>().as('count')])
    .groupBy('status')
    .execute();
  const counts: Record<StoryStatus, number> = { pending: 0, approved: 0, hidden: 0, rejected: 0 };
  for (const row of rows) counts[row.status as StoryStatus] = Number(row.count);
  return counts;
}

/** Runs `create` once per idempotency key (when one is given), replaying its result after. */
function idempotent<T>(
  trx: Transaction<Database>,
  options: IdempotencyOptions | undefined,
  now: Date,
  create: () => Promise<T>,
): Promise<Idempotent<T>> {
  return once<T, never>(trx, options, now, async () => ({
    kind: 'made' as const,
    result: await create(),
    statusCode: 200,
  }));
}

function flagColumns(flags: StoryFlags) {
  return {
    crisis_tier: flags.crisis,
    review_priority: reviewPriority(flags.crisis),
    personal_details: flags.personalDetails.join(','),
    link_count: flags.links,
    repeat: flags.repeat ? 1 : 0,
    spam: flags.spam.join(','),
  };
}

const TIERS: CrisisTier[] = ['none', 'low', 'medium', 'high'];
function maxTier(a: CrisisTier, b: CrisisTier): CrisisTier {
  return TIERS[Math.max(TIERS.indexOf(a), TIERS.indexOf(b))]!;
}

async function insertTopics(trx: Transaction<Database>, storyId: string, topics: string[]) {
  for (const [position, topicId] of topics.entries()) {
    await trx
      .insertInto('story_topics')
      .values({ story_id: storyId, topic_id: topicId, position })
      .execute();
  }
}

async function topicsOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, string[]>> {
  const byStory = new Map<string, string[]>();
  if (ids.length === 0) return byStory;
  const rows = await db
    .selectFrom('story_topics')
    .select(['story_id', 'topic_id'])
    .where('story_id', 'in', ids)
    .orderBy('position')
    .execute();
  for (const { story_id, topic_id } of rows) {
    byStory.set(story_id, [...(byStory.get(story_id) ?? []), topic_id]);
  }
  return byStory;
}

async function countOpenReports(trx: Transaction<Database>, storyId: string): Promise<number> {
  const row = await trx
    .selectFrom('story_reports')
    .select(({ fn }) => fn.count<number>('reporter_hash').distinct().as('count'))
    .where('story_id', '=', storyId)
    .where('resolved_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

async function recordEvent(
  trx: Transaction<Database>,
  storyId: string,
  action: ModerationAction | 'keep',
  from: StoryStatus,
  to: StoryStatus,
  actor: string,
  /** Already encrypted. */
  reason: string | null,
  timestamp: string,
): Promise<void> {
  await trx
    .insertInto('story_events')
    .values({
      id: randomUUID(),
      story_id: storyId,
      action,
      from_status: from,
      to_status: to,
      actor,
      reason_enc: reason,
      created_at: timestamp,
    })
    .execute();
}

async function toModerationStories(
  { db, cipher }: StoryContext,
  rows: StoryRow[],
): Promise<ModerationStory[]> {
  const ids = rows.map((row) => row.id);
  const topicsById = await topicsOf(db, ids);
  const keep = rows.length ? await practiceWords(db) : [];
  const reports =
    ids.length === 0
      ? []
      : await db
          .selectFrom('story_reports')
          .select(['story_id', 'reason', 'note_enc'])
          .where('story_id', 'in', ids)
          .where('resolved_at', 'is', null)
          .orderBy('created_at')
          .execute();
  return rows.map((row) => {
    const body = cipher.decrypt(row.body_enc, BODY_COLUMN);
    const own = reports.filter((report) => report.story_id === row.id);
    const reasons: Partial<Record<ReportReason, number>> = {};
    for (const report of own) {
      const reason = report.reason as ReportReason;
      reasons[reason] = (reasons[reason] ?? 0) + 1;
    }
    const kept = keptDetailsOf(cipher, row.kept_details_enc);
    return {
      id: row.id,
      status: row.status as StoryStatus,
      body,
      masked: wallText(body, keep, kept),
      detailsKept: kept.size > 0,
      topics: topicsById.get(row.id) ?? [],
      contentWarning: opened(cipher, row.content_warning_enc, CONTENT_WARNING_COLUMN),
      month: row.month,
      resonance: row.resonance,
      flags: {
        crisis: row.crisis_tier as CrisisTier,
        personalDetails: splitList(row.personal_details) as PersonalDetailKind[],
        links: row.link_count,
        repeat: row.repeat === 1,
        spam: splitList(row.spam) as SpamSignal[],
      },
      reports: {
        count: own.length,
        reasons,
        notes: own.flatMap((report) =>
          report.note_enc ? [cipher.decrypt(report.note_enc, NOTE_COLUMN)] : [],
        ),
      },
      statusReason: opened(cipher, row.status_reason_enc, STATUS_REASON_COLUMN),
      editedAt: row.edited_at,
      createdAt: row.created_at,
      approvedAt: row.approved_at,
    };
  });
}

function sealed(cipher: FieldCipher, value: string | null | undefined, column: string) {
  return value === null || value === undefined ? null : cipher.encrypt(value, column);
}

function opened(cipher: FieldCipher, value: string | null, column: string): string | null {
  return value === null ? null : cipher.decrypt(value, column);
}

function splitList(value: string): string[] {
  return value ? value.split(',') : [];
}

/**
 * The practice's own words, never masked as personal details: its name, its group names and its
 * crisis lines (names, numbers, addresses), as a visitor may well mention them.
 */
async function practiceWords(db: Kysely<Database>): Promise<string[]> {
  const [practice, groups] = await Promise.all([
    db.selectFrom('practice').select('settings').where('id', '=', 1).executeTakeFirst(),
    db.selectFrom('groups').select('name').execute(),
  ]);
  const settings = practice
    ? (JSON.parse(practice.settings) as { name?: string; crisisResources?: CrisisResource[] })
    : {};
  const words = [settings.name ?? '', ...groups.map((group) => group.name)];
  const resources = settings.crisisResources ?? [];
  for (const resource of resources) {
    words.push(resource.name);
    if (resource.phone) words.push(resource.phone);
    if (resource.sms) words.push(resource.sms);
    if (resource.url)
      words.push(resource.url, resource.url.replace(/^[a-z]+:\/\/(www\.)?|\/$/gi, ''));
  }
  return [...new Set(words.filter(Boolean))];
}

/** The personal details in a text, as found. */
function foundDetails(text: string, keep: readonly string[]): FoundDetail[] {
  return maskPersonalDetails(text, keep).ranges.map((range) => ({
    kind: range.kind,
    text: text.slice(range.start, range.end),
  }));
}

function keptDetailsOf(cipher: FieldCipher, encrypted: string | null): ReadonlySet<string> {
  return new Set(encrypted ? (JSON.parse(cipher.decrypt(encrypted, KEPT_COLUMN)) as string[]) : []);
}

/**
 * What the wall shows of a text: every detail replaced by its placeholder, except the ones staff
 * kept, which lose their placeholder (and stay marked for staff by their `kind`).
 */
export function wallText(
  body: string,
  keep: readonly string[],
  kept: ReadonlySet<string>,
): MaskedText {
  const found = maskPersonalDetails(body, keep);
  if (kept.size === 0 || !found.segments.some((segment) => kept.has(segment.text))) return found;
  const segments = found.segments.map((segment) =>
    segment.kind && kept.has(segment.text) ? { text: segment.text, kind: segment.kind } : segment,
  );
  return {
    ...found,
    segments,
    masked: segments.map((segment) => segment.placeholder ?? segment.text).join(''),
  };
}
