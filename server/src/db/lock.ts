// The one way to hold a group while its seats and waitlist change (decision 11): write its row.
// SQLite takes its write lock at that first write (before any read, so no other writer can slip
// in between a count and an insert), PostgreSQL the row lock (like SELECT … FOR UPDATE).
import type { Transaction } from 'kysely';
import type { Database } from './schema.js';

/** The statement that writes the group's row; a caller may narrow it and return columns. */
export function lockGroupRow(trx: Transaction<Database>, groupId: string) {
  return trx
    .updateTable('groups')
    .set((eb) => ({ signup_version: eb('signup_version', '+', 1) }))
    .where('id', '=', groupId);
}

/** Writes the group's row, so sign-ups and waitlist changes for it take turns (decision 11). */
export async function lockGroup(trx: Transaction<Database>, groupId: string): Promise<void> {
  await lockGroupRow(trx, groupId).execute();
}
