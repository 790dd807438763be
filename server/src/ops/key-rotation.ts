// Changing the data key: every encrypted value is opened with the key that sealed it and sealed
// again with the new one, a batch of rows per transaction. Only Kysely queries, no engine's own
// SQL, so it runs on SQLite and PostgreSQL alike.
//
// Resumable: the new key's check value is recorded in `meta` before the first batch, and every
// value the rotation writes names its key (`v2.<key id>.…`, platform/key-ring.ts). What is left
// to do is therefore in the data itself — values that do not start with the new key's prefix — so
// a run stopped at any point (crash, kill, power cut) is finished by running it again: a value is
// always opened before it is sealed, so none is sealed twice, and a batch is written whole or not
// at all. Only when no value is left does one transaction make the new key the current one.
import type { Kysely } from 'kysely';
import { KEY_CHECK, KEY_CHECK_PLAIN, opensWith, ROTATION_CHECK } from '../db/data-keys.js';
import type { Database } from '../db/schema.js';
import { createKeyedHasher } from '../platform/crypto.js';
import { createKeyRing, keyId, sealedPrefix } from '../platform/key-ring.js';
import { normalizeForRepeat } from '../stories/moderation.js';

/** Every encrypted column, with the associated data its values were sealed with. */
export const ENCRYPTED_COLUMNS = [
  {
    table: 'signups',
    columns: {
      name_enc: 'signups.name',
      email_enc: 'signups.email',
      phone_enc: 'signups.phone',
      best_times_enc: 'signups.best_times',
      message_enc: 'signups.message',
    },
  },
  { table: 'signup_events', columns: { note_enc: 'signup_events.note' } },
  {
    table: 'stories',
    columns: {
      body_enc: 'stories.body',
      content_warning_enc: 'stories.content_warning',
      status_reason_enc: 'stories.status_reason',
      kept_details_enc: 'stories.kept_details',
    },
  },
  { table: 'story_reports', columns: { note_enc: 'story_reports.note' } },
  { table: 'story_events', columns: { reason_enc: 'story_events.reason' } },
  { table: 'staff', columns: { totp_secret_enc: 'staff.totp_secret' } },
] as const satisfies readonly {
  table: keyof Database;
  columns: Record<string, string>;
}[];

interface EncryptedTable {
  table: keyof Database;
  columns: Readonly<Record<string, string>>;
}

export const DEFAULT_BATCH_ROWS = 200;

export type RotationState =
  /** The database is sealed with `oldKey`; no rotation recorded. */
  | 'idle'
  /** A rotation to `newKey` was started and not finished. */
  | 'in-progress'
  /** The database already counts `newKey` as its key: only the key files may be left to swap. */
  | 'switched';

export interface RotationKeys {
  oldKey: Buffer;
  newKey: Buffer;
}

export interface RotationOptions extends RotationKeys {
  db: Kysely<Database>;
  batchRows?: number;
  /** Called after each committed batch; tests throw here to simulate a crash. */
  afterBatch?: (batches: number) => void | Promise<void>;
}

export interface RotationReport {
  /** Values sealed again in this run (a resumed run counts only what was left). */
  values: number;
  batches: number;
}

/** Where the database stands with these two keys; throws when neither is its key. */
export async function rotationState(
  db: Kysely<Database>,
  { oldKey, newKey }: RotationKeys,
): Promise<RotationState> {
  if (oldKey.equals(newKey)) throw new Error('The new data key is the current one.');
  const rows = await db
    .selectFrom('meta')
    .select(['key', 'value'])
    .where('key', 'in', [KEY_CHECK, ROTATION_CHECK])
    .execute();
  const check = rows.find((row) => row.key === KEY_CHECK)?.value;
  const rotation = rows.find((row) => row.key === ROTATION_CHECK)?.value;
  if (check === undefined)
    throw new Error('This database has no data key check: start the server once first.');
  if (opensWith(newKey, check, KEY_CHECK)) return 'switched';
  if (!opensWith(oldKey, check, KEY_CHECK)) {
    throw new Error('The current data key does not match this database.');
  }
  if (rotation === undefined) return 'idle';
  if (!opensWith(newKey, rotation, ROTATION_CHECK)) {
    throw new Error(
      'A change to another new key is in progress: use that key (data.key.new or ' +
        'HEARTH_NEW_DATA_KEY) to finish it.',
    );
  }
  return 'in-progress';
}

/**
 * Seals every encrypted value with `newKey`, then makes it the database's key. Starts, resumes or
 * (when already switched) does nothing; the key files are the caller's (ops/rotate-key-cli.ts).
 */
export async function rotateDataKey({
  db,
  oldKey,
  newKey,
  batchRows = DEFAULT_BATCH_ROWS,
  afterBatch,
}: RotationOptions): Promise<RotationReport> {
  const report: RotationReport = { values: 0, batches: 0 };
  const state = await rotationState(db, { oldKey, newKey });
  if (state === 'switched') return report;
  const ring = createKeyRing([newKey, oldKey]);
  if (state === 'idle') {
    await db
      .insertInto('meta')
      .values({ key: ROTATION_CHECK, value: ring.encrypt(KEY_CHECK_PLAIN, ROTATION_CHECK) })
      .execute();
  }

  const prefix = sealedPrefix(newKey);
  const bodyHash = createKeyedHasher(newKey, 'story-body');
  // Kysely's types cannot follow a table chosen at run time; the names come from the list above.
  const anyDb = db as unknown as Kysely<{ any: Record<string, string | null> }>;
  for (const { table, columns } of ENCRYPTED_COLUMNS as readonly EncryptedTable[]) {
    const names = Object.keys(columns);
    // Passes over the table in id order until one finds nothing left: rows a server wrote with
    // the old key behind the cursor are picked up by the next pass.
    let foundInPass = true;
    while (foundInPass) {
      foundInPass = false;
      let cursor = '';
      for (;;) {
        const done = await anyDb.transaction().execute(async (trx) => {
          const rows = await trx
            .selectFrom(table as 'any')
            .select(['id', ...names])
            .where('id', '>', cursor)
            .where((eb) => eb.or(names.map((name) => eb(name, 'not like', `${prefix}%`))))
            .orderBy('id')
            .limit(batchRows)
            .execute();
          for (const row of rows) {
            const changes: Record<string, string> = {};
            for (const name of names) {
              const stored = row[name];
              if (stored === null || stored === undefined || stored.startsWith(prefix)) continue;
              const column = columns[name]!;
              let plain: string;
              try {
                plain = ring.decrypt(stored, column);
              } catch (error) {
                throw new Error(`${table} ${row.id}: ${name} does not open with either key.`, {
                  cause: error,
                });
              }
              changes[name] = ring.encrypt(plain, column);
              // The repeat check's hash goes with the text: it is keyed from the data key too.
              if (table === 'stories' && name === 'body_enc') {
                changes.body_hash = bodyHash(normalizeForRepeat(plain));
              }
            }
            report.values += Object.keys(changes).filter((name) => name.endsWith('_enc')).length;
            await trx
              .updateTable(table as 'any')
              .set(changes)
              .where('id', '=', row.id!)
              .execute();
          }
          cursor = rows.at(-1)?.id ?? cursor;
          return rows.length;
        });
        if (done === 0) break;
        foundInPass = true;
        report.batches += 1;
        await afterBatch?.(report.batches);
        if (done < batchRows) break;
      }
    }
  }

  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('meta')
      .set({ value: ring.encrypt(KEY_CHECK_PLAIN, KEY_CHECK) })
      .where('key', '=', KEY_CHECK)
      .execute();
    await trx.deleteFrom('meta').where('key', '=', ROTATION_CHECK).execute();
    // Counted under hashes keyed from the old key, which the server stops using: they would only
    // linger, unmatched, for a day. Locks in force are lifted with them.
    await trx.deleteFrom('sign_in_throttle').execute();
  });
  return report;
}

/** A short public name of a key, for messages: which key is which without showing either. */
export const describeKey = (key: Buffer): string => `key ${keyId(key)}`;
