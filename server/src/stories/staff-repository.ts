// Moderation in the database: the staff queue and lists, one story as staff see it, and the
// steps (approve, edit, reject, hide, keep on the wall) with the details staff chose to keep.
import type { Kysely, Updateable } from 'kysely';
import type { CrisisTier, PersonalDetailKind } from '../../../src/api/rules/safety/index.js';
import type { Database, StoryTable } from '../db/schema.js';
import {
  nextStatus,
  PERSONAL_DETAIL_KINDS,
  storyFlags,
  type MaskedText,
  type ModerationAction,
  type ReportReason,
  type SpamSignal,
  type StoryFlags,
  type StoryStatus,
} from './moderation.js';
import {
  BODY_COLUMN,
  CONTENT_WARNING_COLUMN,
  EVENT_REASON_COLUMN,
  foundDetails,
  insertTopics,
  KEPT_COLUMN,
  keptDetailsOf,
  lockStory,
  NOTE_COLUMN,
  opened,
  practiceWords,
  recordEvent,
  sealed,
  splitList,
  STATUS_REASON_COLUMN,
  topicsOf,
  wallText,
  type FoundDetail,
  type StoryContext,
  type StoryRow,
} from './rows.js';

/** Longest reason staff may give for rejecting or hiding. */
export const MODERATION_REASON_MAX = 300;
/** Longest text staff may leave after an edit. */
export const EDITED_BODY_MAX = 5000;

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
    const from = await lockStory(trx, id);
    if (!from) return { kind: 'not_found' } as const;
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
    const status = await lockStory(trx, id);
    if (!status) return { kind: 'not_found' } as const;
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
