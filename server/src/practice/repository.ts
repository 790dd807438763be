// The practice's settings and topics: the only code with SQL for them.
import type { Kysely, Transaction } from 'kysely';
import type { Practice } from '../../../src/api/contract/public.js';
import { lockPractice } from '../db/lock.js';
import type { Database } from '../db/schema.js';

/** The practice settings the server keeps beyond the contract's `Practice` (which has them too). */
export type PracticeSettings = Practice & {
  /** Longest story the practice accepts; `STORY_LIMITS.bodyMax` when absent. */
  storyMaxLength?: number;
};

export interface PracticeRepository {
  getPractice(): Promise<PracticeSettings | undefined>;
  /** Replaces the practice settings; topics still used by a group or story are kept. */
  updatePractice(practice: PracticeSettings, now: Date): Promise<{ topicsInUse: string[] }>;
  /** True when no practice has been set up: the seed only runs then. */
  isEmpty(): Promise<boolean>;
}

export function createPracticeRepository(db: Kysely<Database>): PracticeRepository {
  return {
    async getPractice() {
      const row = await db
        .selectFrom('practice')
        .select('settings')
        .where('id', '=', 1)
        .executeTakeFirst();
      if (!row) return undefined;
      const topics = await db
        .selectFrom('topics')
        .select(['id', 'label'])
        .orderBy('position')
        .execute();
      const settings = JSON.parse(row.settings) as Omit<PracticeSettings, 'topics'>;
      return { ...settings, topics };
    },

    async updatePractice(practice, now) {
      return db.transaction().execute(async (trx) => {
        await lockPractice(trx);
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
    },

    async isEmpty() {
      const row = await db.selectFrom('practice').select('id').executeTakeFirst();
      return row === undefined;
    },
  };
}

/** Writes the settings and topics in the caller's transaction (an edit, or a whole import). */
export async function writePractice(
  trx: Transaction<Database>,
  practice: PracticeSettings,
  now: Date,
): Promise<void> {
  const { topics, ...settings } = practice;
  const row = { settings: JSON.stringify(settings), updated_at: now.toISOString() };
  await trx
    .insertInto('practice')
    .values({ id: 1, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
  for (const [position, topic] of topics.entries()) {
    await trx
      .insertInto('topics')
      .values({ id: topic.id, label: topic.label, position })
      .onConflict((oc) => oc.column('id').doUpdateSet({ label: topic.label, position }))
      .execute();
  }
}

/**
 * Writes the practice's row only when there is none; returns whether it did. Used by an import
 * into an empty database: a second import at the same time waits here for the first one's
 * commit, then finds the row and writes nothing.
 */
export async function claimEmptyPractice(
  trx: Transaction<Database>,
  practice: PracticeSettings,
  now: Date,
): Promise<boolean> {
  const settings: Omit<PracticeSettings, 'topics'> & { topics?: unknown } = { ...practice };
  delete settings.topics;
  const claimed = await trx
    .insertInto('practice')
    .values({ id: 1, settings: JSON.stringify(settings), updated_at: now.toISOString() })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return claimed !== undefined;
}
