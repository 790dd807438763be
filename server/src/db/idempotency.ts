// The one idempotency algorithm of every POST that takes an Idempotency-Key, and what its record
// keeps at rest. The request hash is keyed, so a copy of the database
// without the data key cannot confirm a guess of what someone sent; a sign-up's record names the
// sign-up, so deleting the person's data leaves only a tombstone: no hash, no answer, no link.
import type { Kysely, Transaction } from 'kysely';
import { createKeyedHasher } from '../platform/crypto.js';
import { onceMarked } from './database.js';
import type { Database } from './schema.js';

/** How long an idempotency key keeps its answer. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** The status a tombstone keeps: a retry with its key is told the request's data was deleted. */
export const DELETED_REQUEST_STATUS = 410;

/** Turns a route's SHA-256 of the request body into the keyed hash that is stored. */
export type RequestHasher = (bodySha256: string) => string;

export function createRequestHasher(key: Buffer): RequestHasher {
  return createKeyedHasher(key, 'idempotency-request');
}

/** A request to run once: its route's scope, the visitor's key and the keyed hash of its body. */
export interface IdempotentRequest {
  scope: string;
  key: string;
  requestHash: string;
}

/** What `make` did: its answer, the status it is sent with, and the sign-up it made, if one. */
export interface Made<T> {
  kind: 'made';
  result: T;
  statusCode: number;
  signupId?: string;
}

export type Once<T> =
  | { kind: 'created' | 'replayed'; statusCode: number; result: T }
  | { kind: 'key_reused' }
  /** The sign-up this key made was deleted (the person's data): nothing is replayed or made. */
  | { kind: 'deleted' };

/**
 * Runs `make` once per key, in the caller's transaction, and replays its answer for the same
 * key and body until the key expires; another body with the key is refused. `make` may refuse
 * instead (any other `kind`): nothing is remembered then. Without a request, `make` just runs.
 */
export async function once<T, Refusal extends { kind: string }>(
  trx: Transaction<Database>,
  request: IdempotentRequest | undefined,
  now: Date,
  make: () => Promise<Made<T> | Refusal>,
  readResult: (response: string) => T = (response) => JSON.parse(response) as T,
): Promise<Once<T> | Refusal> {
  if (!request) return created(await make());
  const timestamp = now.toISOString();
  // The key is claimed before any work, in one statement: a new key is inserted, an expired one
  // with the same name is taken over as if new. A write, so SQLite takes its lock here (decision
  // 11); on PostgreSQL a concurrent request with the same key waits at this statement for the
  // holder's commit, then claims nothing (the key has not expired) and reads the holder's answer
  // (a new statement).
  const claim = {
    request_hash: request.requestHash,
    status_code: 0,
    response: '',
    signup_id: null,
    created_at: timestamp,
    expires_at: new Date(now.getTime() + IDEMPOTENCY_TTL_MS).toISOString(),
  };
  const claimed = await trx
    .insertInto('idempotency_keys')
    .values({ scope: request.scope, key: request.key, ...claim })
    .onConflict((oc) =>
      oc
        .columns(['scope', 'key'])
        .doUpdateSet(claim)
        .where('idempotency_keys.expires_at', '<=', timestamp),
    )
    .returning('key')
    .executeTakeFirst();
  if (!claimed) {
    const earlier = await trx
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'status_code', 'response'])
      .where('scope', '=', request.scope)
      .where('key', '=', request.key)
      .executeTakeFirstOrThrow();
    if (earlier.status_code === DELETED_REQUEST_STATUS) return { kind: 'deleted' };
    if (earlier.request_hash !== request.requestHash) return { kind: 'key_reused' };
    return {
      kind: 'replayed',
      statusCode: earlier.status_code,
      result: readResult(earlier.response),
    };
  }
  const made = await make();
  if (made.kind !== 'made') {
    // A refusal is not remembered: the key is free again.
    await trx
      .deleteFrom('idempotency_keys')
      .where('scope', '=', request.scope)
      .where('key', '=', request.key)
      .execute();
    return made as Refusal;
  }
  const { result, statusCode, signupId } = made as Made<T>;
  await trx
    .updateTable('idempotency_keys')
    .set({ status_code: statusCode, response: JSON.stringify(result), signup_id: signupId ?? null })
    .where('scope', '=', request.scope)
    .where('key', '=', request.key)
    .execute();
  return { kind: 'created', statusCode, result };
}

function created<T, Refusal extends { kind: string }>(made: Made<T> | Refusal): Once<T> | Refusal {
  if (made.kind !== 'made') return made as Refusal;
  const { result, statusCode } = made as Made<T>;
  return { kind: 'created', statusCode, result };
}

/**
 * Records written before migration 0008 hold the plain SHA-256 and no sign-up id: key the hash
 * (the same function, so a retry still matches) and link sign-ups, once, when the store opens.
 */
export async function keyIdempotencyRecordsOnce(
  db: Kysely<Database>,
  hashRequest: RequestHasher,
): Promise<void> {
  await onceMarked(db, 'idempotency_requests_keyed', async (trx) => {
    const rows = await trx
      .selectFrom('idempotency_keys')
      .select(['scope', 'key', 'request_hash', 'response'])
      .execute();
    for (const row of rows) {
      const signupId = row.scope.endsWith('/signups') ? responseId(row.response) : undefined;
      await trx
        .updateTable('idempotency_keys')
        .set({ request_hash: hashRequest(row.request_hash), signup_id: signupId ?? null })
        .where('scope', '=', row.scope)
        .where('key', '=', row.key)
        .execute();
    }
    // Sign-ups deleted before their records could name them.
    const gone = await trx
      .selectFrom('idempotency_keys')
      .select('signup_id')
      .where('signup_id', 'is not', null)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('signups')
              .select('signups.id')
              .whereRef('signups.id', '=', 'idempotency_keys.signup_id'),
          ),
        ),
      )
      .execute();
    await forgetSignupRequests(
      trx,
      gone.flatMap((row) => (row.signup_id ? [row.signup_id] : [])),
    );
  });
}

/** Empties the records of these sign-ups' requests, in the transaction that deletes them. */
export async function forgetSignupRequests(
  trx: Transaction<Database>,
  signupIds: readonly string[],
): Promise<void> {
  if (signupIds.length === 0) return;
  await trx
    .updateTable('idempotency_keys')
    .set({ request_hash: '', status_code: DELETED_REQUEST_STATUS, response: '', signup_id: null })
    .where('signup_id', 'in', signupIds)
    .execute();
}

/** Deletes the records whose keys have expired; returns how many. */
export async function purgeExpiredRequests(db: Kysely<Database>, now: Date): Promise<number> {
  const keys = await db
    .deleteFrom('idempotency_keys')
    .where('expires_at', '<=', now.toISOString())
    .executeTakeFirst();
  return Number(keys.numDeletedRows);
}

function responseId(response: string): string | undefined {
  try {
    const id = (JSON.parse(response) as { id?: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}
