// What the story modules share (stories/wall.ts, stories/staff-repository.ts): the store's
// context, the columns' associated data, row helpers (flags, topics, history, sealed values) and
// how a text is masked for the wall.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { CrisisTier, PersonalDetailKind } from '../../../src/api/rules/safety/index.js';
import type { CrisisResource } from '../../../src/api/contract/public.js';
import { createKeyedHasher, type FieldCipher } from '../platform/crypto.js';
import { once, type Once } from '../db/idempotency.js';
import type { Database, StoryTable } from '../db/schema.js';
import {
  maskPersonalDetails,
  reviewPriority,
  type MaskedText,
  type ModerationAction,
  type StoryFlags,
  type StoryStatus,
} from './moderation.js';

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

export interface IdempotencyOptions {
  scope: string;
  key: string;
  requestHash: string;
}

/** Story requests never make a sign-up, so `deleted` does not happen to them. */
export type Idempotent<T> = Once<T>;

/** A personal detail that is still in a text staff sent, as found. */
export interface FoundDetail {
  kind: PersonalDetailKind;
  text: string;
}

export const BODY_COLUMN = 'stories.body';
export const KEPT_COLUMN = 'stories.kept_details';
export const NOTE_COLUMN = 'story_reports.note';
export const CONTENT_WARNING_COLUMN = 'stories.content_warning';
export const STATUS_REASON_COLUMN = 'stories.status_reason';
export const EVENT_REASON_COLUMN = 'story_events.reason';

export type StoryRow = Selectable<StoryTable>;

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

/** Runs `create` once per idempotency key (when one is given), replaying its result after. */
export function idempotent<T>(
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

export function flagColumns(flags: StoryFlags) {
  return {
    crisis_tier: flags.crisis,
    review_priority: reviewPriority(flags.crisis),
    personal_details: flags.personalDetails.join(','),
    link_count: flags.links,
    repeat: flags.repeat ? 1 : 0,
    spam: flags.spam.join(','),
  };
}

export const TIERS: CrisisTier[] = ['none', 'low', 'medium', 'high'];
export function maxTier(a: CrisisTier, b: CrisisTier): CrisisTier {
  return TIERS[Math.max(TIERS.indexOf(a), TIERS.indexOf(b))]!;
}

/** Writes the story's row, so steps on it take turns; its status, or undefined when there is none. */
export async function lockStory(
  trx: Transaction<Database>,
  id: string,
): Promise<StoryStatus | undefined> {
  const locked = await trx
    .updateTable('stories')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', id)
    .returning('status')
    .executeTakeFirst();
  return locked?.status as StoryStatus | undefined;
}

export async function insertTopics(trx: Transaction<Database>, storyId: string, topics: string[]) {
  for (const [position, topicId] of topics.entries()) {
    await trx
      .insertInto('story_topics')
      .values({ story_id: storyId, topic_id: topicId, position })
      .execute();
  }
}

export async function topicsOf(
  db: Kysely<Database>,
  ids: string[],
): Promise<Map<string, string[]>> {
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

export async function recordEvent(
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

export function sealed(cipher: FieldCipher, value: string | null | undefined, column: string) {
  return value === null || value === undefined ? null : cipher.encrypt(value, column);
}

export function opened(cipher: FieldCipher, value: string | null, column: string): string | null {
  return value === null ? null : cipher.decrypt(value, column);
}

export function splitList(value: string): string[] {
  return value ? value.split(',') : [];
}

/**
 * The practice's own words, never masked as personal details: its name, its group names and its
 * crisis lines (names, numbers, addresses), as a visitor may well mention them.
 */
export async function practiceWords(db: Kysely<Database>): Promise<string[]> {
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
export function foundDetails(text: string, keep: readonly string[]): FoundDetail[] {
  return maskPersonalDetails(text, keep).ranges.map((range) => ({
    kind: range.kind,
    text: text.slice(range.start, range.end),
  }));
}

export function keptDetailsOf(cipher: FieldCipher, encrypted: string | null): ReadonlySet<string> {
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
