// The one way to hold a group while its seats and waitlist change (decision 11): write its row.
// SQLite takes its write lock at that first write (before any read, so no other writer can slip
// in between a count and an insert), PostgreSQL the row lock (like SELECT … FOR UPDATE), held to
// the commit. On PostgreSQL what was counted before the lock may be stale: read what the lock
// protects (seats, the waitlist, a sign-up's status) in statements after it. Several groups are
// locked in the order of their ids, so two transactions never wait for each other in a circle.
// The write is the same on both engines (one code path); it bumps a counter nothing else reads.
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

/**
 * Locks the group a sign-up belongs to (it never changes): its id, or undefined when there is no
 * such sign-up.
 */
export async function lockSignupGroup(
  trx: Transaction<Database>,
  signupId: string,
): Promise<string | undefined> {
  const current = await trx
    .selectFrom('signups')
    .select('group_id')
    .where('id', '=', signupId)
    .executeTakeFirst();
  if (current) await lockGroup(trx, current.group_id);
  return current?.group_id;
}

/**
 * Writes the practice's row, so a change of its topics and a group naming them take turns: a
 * topic is never deleted while a group being saved refers to it.
 */
export async function lockPractice(trx: Transaction<Database>): Promise<void> {
  await trx
    .updateTable('practice')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', 1)
    .execute();
}
