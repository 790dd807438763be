// A known value encrypted with the data key, so starting with the wrong key fails at once
// instead of on the first staff view.
import type { Kysely } from 'kysely';
import type { FieldCipher } from '../platform/crypto.js';
import type { Database } from './schema.js';

const KEY_CHECK = 'data_key_check';
const KEY_CHECK_PLAIN = 'hearth';

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
