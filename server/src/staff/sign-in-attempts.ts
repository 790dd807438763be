// The stored counters of sign-in attempts behind the lockout (login-throttle.ts decides what is
// counted): one row per account or client, under a keyed hash of its value, so the table names
// no one. Counting and locking happen in one statement per counter, safe across processes.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** A counter of sign-in attempts (login-throttle.ts): the value is stored only as a keyed hash. */
export interface AttemptCounter {
  kind: 'account' | 'client';
  value: string;
  /** Attempts judged before the first lock. */
  threshold: number;
}

export interface LockRules {
  firstLockMs: number;
  maxLockMs: number;
  forgetAfterMs: number;
}

/** What taking back or clearing a counted attempt needs. */
export interface AttemptTicket {
  key: string;
  /** The lock this attempt started, or 0. */
  lockedUntil: number;
}

export type AttemptOutcome =
  { counted: true; tickets: AttemptTicket[] } | { counted: false; lockedUntil: number };

export interface SignInAttempts {
  /**
   * Counts one attempt under every counter, in one transaction, or none when any is locked (then
   * says until when, in milliseconds since the epoch).
   */
  countAttempt(counters: AttemptCounter[], rules: LockRules, now: Date): Promise<AttemptOutcome>;
  /** Takes back one counted attempt, and the lock it started. */
  withdrawAttempt(ticket: AttemptTicket): Promise<void>;
  clearAttempts(ticket: AttemptTicket): Promise<void>;
  /** Counters with no attempt since `before`. */
  purgeAttempts(before: Date): Promise<number>;
}

class Locked extends Error {
  constructor(readonly lockedUntil: number) {
    super('locked');
  }
}

/**
 * `attemptKey` is the keyed hash counters are stored under (derived from the data key, so every
 * process on the database computes the same one).
 */
export function createSignInAttempts(
  db: Kysely<Database>,
  attemptKey: (value: string) => string,
): SignInAttempts {
  const counterKey = ({ kind, value }: AttemptCounter) =>
    `${kind}:${attemptKey(`${kind}\n${value}`)}`;

  return {
    async countAttempt(counters, { firstLockMs, maxLockMs, forgetAfterMs }, now) {
      const at = now.getTime();
      const forgetBefore = at - forgetAfterMs;
      try {
        const tickets = await db.transaction().execute(async (trx) => {
          const counted: AttemptTicket[] = [];
          for (const counter of counters) {
            const key = counterKey(counter);
            // Attempts before this one; a counter idle for a day starts again.
            // Numbers are cast to bigint: PostgreSQL cannot tell the type of a bare parameter
            // in arithmetic, and epoch milliseconds need 64 bits.
            const before = sql<number>`(case when sign_in_throttle.last_attempt < ${big(forgetBefore)} then 0 else sign_in_throttle.attempts end)`;
            const lockFor = (attempts: ReturnType<typeof sql>) => {
              const threshold = big(counter.threshold);
              const steps = least(sql`${attempts} - ${threshold}`, sql`10`);
              const lock = least(
                sql`${big(firstLockMs)} << cast(${steps} as integer)`,
                big(maxLockMs),
              );
              return sql<number>`(case when ${attempts} >= ${threshold} then ${big(at)} + ${lock} else 0 end)`;
            };
            // The insert takes the write lock first, so no other process counts in between.
            const row = await trx
              .insertInto('sign_in_throttle')
              .values({
                key,
                attempts: 1,
                locked_until: lockFor(sql`1`),
                last_attempt: at,
              })
              .onConflict((oc) =>
                oc
                  .column('key')
                  .doUpdateSet({
                    attempts: sql`${before} + 1`,
                    locked_until: lockFor(sql`${before} + 1`),
                    last_attempt: at,
                  })
                  .where('sign_in_throttle.locked_until', '<=', at),
              )
              .returning('locked_until')
              .executeTakeFirst();
            if (row) {
              counted.push({ key, lockedUntil: Number(row.locked_until) });
              continue;
            }
            const locked = await trx
              .selectFrom('sign_in_throttle')
              .select('locked_until')
              .where('key', '=', key)
              .executeTakeFirstOrThrow();
            // Rolls back what this attempt counted under the other counters.
            throw new Locked(Number(locked.locked_until));
          }
          return counted;
        });
        return { counted: true, tickets };
      } catch (error) {
        if (error instanceof Locked) return { counted: false, lockedUntil: error.lockedUntil };
        throw error;
      }
    },
    async withdrawAttempt({ key, lockedUntil }) {
      await db
        .updateTable('sign_in_throttle')
        .set({
          attempts: sql`(case when attempts > 0 then attempts - 1 else 0 end)`,
          locked_until: sql`(case when locked_until = ${big(lockedUntil)} then 0 else locked_until end)`,
        })
        .where('key', '=', key)
        .execute();
    },
    async clearAttempts({ key }) {
      await db.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
    },
    async purgeAttempts(before) {
      const result = await db
        .deleteFrom('sign_in_throttle')
        .where('last_attempt', '<', before.getTime())
        .where('locked_until', '<', before.getTime())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

/** A number as a 64-bit SQL integer, typed on both engines. */
function big(value: number) {
  return sql<number>`cast(${value} as bigint)`;
}

/** The smaller of two numbers: `min(a, b)` is SQLite's alone (PostgreSQL's `min` aggregates). */
function least(a: ReturnType<typeof sql>, b: ReturnType<typeof sql>) {
  return sql<number>`(case when ${a} < ${b} then ${a} else ${b} end)`;
}
