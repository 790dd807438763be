import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { addressGroup } from './address-group.js';
import type { RateLimitRule } from './config.js';

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** One client's window after a hit was counted in it. */
export interface RateWindow {
  hits: number;
  /** Milliseconds since the epoch. */
  resetsAt: number;
}

/** The `rate_limits` table: fixed windows per key, shared by every process on the database. */
export interface RateLimitCounter {
  /** The keyed hash of a client's address group (HMAC under a key derived from the data key). */
  hashClient(addressGroup: string): string;
  /** Counts one hit under `key`, opening a new window of `windowMs` when the last one ended. */
  hit(key: string, at: number, windowMs: number): Promise<RateWindow>;
  /** Deletes windows that ended at or before `at`; returns how many. */
  purge(at: number): Promise<number>;
  /** Every key counted (tests check that no address is among them). */
  keys(): Promise<string[]>;
}

// Every so many hits a process deletes the windows that have ended, so the table stays as small
// as the set of clients active within the longest window.
const PURGE_EVERY = 1000;

/**
 * Fixed-window request counters per client, kept in the database so that every server process
 * on it counts against the same budget (docs/decisions.md, decision 12). A client is an address
 * group (an IPv4 address or an IPv6 /64, see `addressGroup`), stored only as a keyed hash: no
 * address is ever kept, and the key (derived from the data key, the same in every process)
 * cannot be found by hashing every address.
 */
export class RateLimiter {
  private hits = 0;

  constructor(
    private readonly counter: RateLimitCounter,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Counts one request of `client` (an address or address group) in `bucket`. */
  async hit(bucket: string, client: string, rule: RateLimitRule): Promise<RateVerdict> {
    const now = this.now().getTime();
    if (++this.hits % PURGE_EVERY === 0) await this.counter.purge(now);
    const window = await this.counter.hit(
      `${bucket}:${this.clientKey(client)}`,
      now,
      rule.windowSeconds * 1000,
    );
    if (window.hits <= rule.limit) return { allowed: true };
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((window.resetsAt - now) / 1000)),
    };
  }

  /** The keyed hash a client is counted under: that of its address group. */
  clientKey(client: string): string {
    return this.counter.hashClient(addressGroup(client));
  }

  /** The keys currently counted (tests check that no raw address is among them). */
  keys(): Promise<string[]> {
    return this.counter.keys();
  }
}

/**
 * The counters in `db`. One statement per hit, atomic on SQLite (one writer at a time) and on
 * PostgreSQL (`on conflict do update` locks the row; a concurrent first hit waits for the other's
 * insert and then updates it): no window is ever counted twice or lost between processes.
 */
export function createRateLimitCounter(
  db: Kysely<Database>,
  hashClient: (addressGroup: string) => string,
): RateLimitCounter {
  return {
    hashClient,
    async hit(key, at, windowMs) {
      // Every SET expression reads the row as it was before the update, on both engines. The
      // parameters are compared with the `bigint` column, which types them on PostgreSQL.
      const ended = sql<boolean>`rate_limits.resets_at <= ${at}`;
      const row = await db
        .insertInto('rate_limits')
        .values({ key, hits: 1, resets_at: at + windowMs })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            hits: sql<number>`case when ${ended} then 1 else rate_limits.hits + 1 end`,
            resets_at: sql<number>`case when ${ended} then excluded.resets_at else rate_limits.resets_at end`,
          }),
        )
        .returning(['hits', 'resets_at'])
        .executeTakeFirstOrThrow();
      // PostgreSQL's driver may hand `bigint` back as a string.
      return { hits: Number(row.hits), resetsAt: Number(row.resets_at) };
    },
    async purge(at) {
      const result = await db
        .deleteFrom('rate_limits')
        .where('resets_at', '<=', at)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async keys() {
      const rows = await db.selectFrom('rate_limits').select('key').orderBy('key').execute();
      return rows.map((row) => row.key);
    },
  };
}
