import type { Transaction } from 'kysely';
import type { Database } from './schema.js';

/** Writes the group's row, so sign-ups and waitlist changes for it take turns (decision 11). */
export async function lockGroup(trx: Transaction<Database>, groupId: string): Promise<void> {
  await trx
    .updateTable('groups')
    .set((eb) => ({ signup_version: eb('signup_version', '+', 1) }))
    .where('id', '=', groupId)
    .execute();
}
