// Stories in the database, as the store offers them: the wall (stories/wall.ts) and moderation
// (stories/staff-repository.ts), over the shared row helpers of stories/rows.ts. Only the store
// (store.ts) calls these; they share its connection, cipher and keyed hashes.
import type { StoryReceipt } from '../../../src/api/contract/public.js';
import type { RequestHasher } from '../db/idempotency.js';
import type { ModerationAction, ReportReason, StoryStatus } from './moderation.js';
import type { IdempotencyOptions, Idempotent, StoryContext } from './rows.js';
import {
  countStoriesByStatus,
  getModerationStory,
  keepStory,
  listModerationQueue,
  listStaffStories,
  moderateStory,
  type ModerationOptions,
  type ModerationOutcome,
  type ModerationStory,
  type StaffStoryQuery,
} from './staff-repository.js';
import {
  createStory,
  listPublicStories,
  reportStory,
  toggleResonance,
  type NewStory,
  type ReportOutcome,
  type ResonanceResult,
  type StoryListQuery,
  type StoryPage,
} from './wall.js';

export { createStoryHashes, wallText, type StoryContext } from './rows.js';
export type { ModerationStory } from './staff-repository.js';
export {
  encryptPlainStories,
  encryptPlainStoryNotes,
  importStory,
  type StoryInput,
} from './wall.js';

export interface StoryRepository {
  storyCounts(): Promise<Record<StoryStatus, number>>;
  /** Approved stories, newest approval first, a page at a time. */
  listStories(query: StoryListQuery): Promise<StoryPage>;
  /**
   * Stores a submission as `pending` with its flags, once per idempotency key when given;
   * `unknown_topic` when one of its topics was removed meanwhile (nothing is stored).
   */
  createStory(story: NewStory): Promise<Idempotent<StoryReceipt> | { kind: 'unknown_topic' }>;
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
