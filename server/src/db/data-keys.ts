// The data key and this database: a known value sealed with it, so the wrong key stops the server
// at start instead of on the first staff view, and which keys a process needs to read the
// database (the current one, and during a change of key (ops/key-rotation.ts) the new one too).
// Only Kysely queries, so it runs on every engine.
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { parseDataKey, type FieldCipher } from '../platform/crypto.js';
import { createKeyRing, type KeyRing } from '../platform/key-ring.js';
import type { Database } from './schema.js';

/** The next key while a rotation runs; it becomes `data.key` at the end. */
export const NEW_DATA_KEY_FILE = 'data.key.new';
/** The previous key, kept after a rotation until the operator has checked it and destroys it. */
export const OLD_DATA_KEY_FILE = 'data.key.old';

/** `meta` row holding a known value sealed with the current key. */
export const KEY_CHECK = 'data_key_check';
export const KEY_CHECK_PLAIN = 'hearth';
/** `meta` row present only during a rotation: the known value sealed with the new key. */
export const ROTATION_CHECK = 'data_key_rotation';

/** True when `stored` is `plain` sealed under `key` for `column`. */
export function opensWith(key: Buffer, stored: string, column: string): boolean {
  try {
    return createKeyRing([key]).decrypt(stored, column) === KEY_CHECK_PLAIN;
  } catch {
    return false;
  }
}

/** The new key of a rotation: `HEARTH_NEW_DATA_KEY`, else `<dataDir>/data.key.new` when present. */
export function readNewDataKey(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Buffer | undefined {
  const raw = env.HEARTH_NEW_DATA_KEY?.trim();
  if (raw) {
    const key = parseDataKey(raw);
    if (!key) throw new Error('HEARTH_NEW_DATA_KEY must be 32 bytes as 64 hex digits or base64.');
    return key;
  }
  if (dataDir === ':memory:') return undefined;
  const file = path.join(dataDir, NEW_DATA_KEY_FILE);
  if (!fs.existsSync(file)) return undefined;
  const key = parseDataKey(fs.readFileSync(file, 'utf8'));
  if (!key) throw new Error(`${file} does not hold a 32-byte key in base64 or hex.`);
  return key;
}

/**
 * The cipher a server uses over this database: the current key alone, or, while a rotation is
 * recorded in `meta`, the new key (which seals) with the current one (which still opens what the
 * rotation has not reached). Throws with what to do when the rotation's new key is missing.
 */
export async function openFieldCipher(
  db: Kysely<Database>,
  key: Buffer,
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<KeyRing> {
  const rotation = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', ROTATION_CHECK)
    .executeTakeFirst();
  if (!rotation) return createKeyRing([key]);
  const newKey = readNewDataKey(dataDir, env);
  if (!newKey || !opensWith(newKey, rotation.value, ROTATION_CHECK)) {
    throw new Error(
      'A change of data key is in progress (npm run rotate-key) and its new key is not here: ' +
        `put back ${NEW_DATA_KEY_FILE} in the data directory or set HEARTH_NEW_DATA_KEY to it, ` +
        'then run `npm run rotate-key` again to finish.',
    );
  }
  return createKeyRing([newKey, key]);
}

/** Stops with what to do when `cipher` is not the key this database was made with. */
export async function checkDataKey(db: Kysely<Database>, cipher: FieldCipher): Promise<void> {
  // Claimed first, so two processes starting together on a new database keep one check (the
  // second one's insert does nothing, and it checks its key against the first one's).
  await db
    .insertInto('meta')
    .values({ key: KEY_CHECK, value: cipher.encrypt(KEY_CHECK_PLAIN, KEY_CHECK) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', KEY_CHECK)
    .executeTakeFirstOrThrow();
  let plain: string | undefined;
  try {
    plain = cipher.decrypt(row.value, KEY_CHECK);
  } catch {
    plain = undefined;
  }
  if (plain !== KEY_CHECK_PLAIN) {
    throw new Error(
      'The data key does not match the one this database was created with. Restore the original ' +
        'HEARTH_DATA_KEY or data.key file; without it the stored sign-ups cannot be read.',
    );
  }
}
