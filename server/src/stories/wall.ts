// The wall in the database: approved stories a page at a time, submissions, "me too" and
// reports, and the stories a practice imports. Only the store reaches these (stories/repository.ts).
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { CrisisTier } from '../../../src/api/rules/safety/index.js';
import type { Story, StoryReceipt } from '../../../src/api/contract/public.js';
import { onceMarked } from '../db/database.js';
import { isForeignKeyViolation } from '../db/errors.js';
import type { Database } from '../db/schema.js';
import { linkedToAnyTopic } from '../db/topic-links.js';
import {
  normalizeForRepeat,
  storyFlags,
  type ReportReason,
  type StoryStatus,
} from './moderation.js';
import {
  BODY_COLUMN,
  CONTENT_WARNING_COLUMN,
  EVENT_REASON_COLUMN,
  flagColumns,
  idempotent,
  insertTopics,
  keptDetailsOf,
  maxTier,
  NOTE_COLUMN,
  opened,
  practiceWords,
  recordEvent,
  sealed,
  STATUS_REASON_COLUMN,
  topicsOf,
  wallText,
  type IdempotencyOptions,
  type Idempotent,
  type StoryContext,
} from './rows.js';

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

export type ReportOutcome = { kind: 'not_found' } | { kind: 'received'; hidden: boolean };

/** A story as imported (seed, tests): any status; its flags are computed from its text. */
export type StoryInput = ImportedStory;

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
  if (topics?.length) query = query.where(linkedToAnyTopic('stories', topics));
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
): Promise<Idempotent<StoryReceipt> | { kind: 'unknown_topic' }> {
  const { db, cipher, hashes } = context;
  const timestamp = story.now.toISOString();
  // A topic removed by staff after the route checked the list (or while this transaction waited
  // for theirs) makes the topic row missing: the same answer as a topic never on the list.
  return db
    .transaction()
    .execute(async (trx) =>
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
    )
    .catch((error: unknown) => {
      if (isForeignKeyViolation(error)) return { kind: 'unknown_topic' } as const;
      throw error;
    });
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

async function countOpenReports(trx: Transaction<Database>, storyId: string): Promise<number> {
  const row = await trx
    .selectFrom('story_reports')
    .select(({ fn }) => fn.count<number>('reporter_hash').distinct().as('count'))
    .where('story_id', '=', storyId)
    .where('resolved_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
