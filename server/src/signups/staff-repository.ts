// Sign-ups as staff work with them: decrypted, with their history and notes, moved through the
// workflow of workflow.ts, exported, and deleted for good on request. Only the sign-up
// repository (repository.ts) calls these.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
// A sign-up as staff see it is the staff API's (src/api/contract/staff.ts); the crisis tiers are
// the shared safety rules' (docs/safety.md).
import type { CrisisTier } from '../../../src/api/rules/safety/index.js';
import type { ContactMethod } from '../../../src/api/contract/public.js';
import type { StaffSignup } from '../../../src/api/contract/staff.js';
import type { FieldCipher } from '../platform/crypto.js';
import { onceMarked } from '../db/database.js';
import { forgetSignupRequests } from '../db/idempotency.js';
import { lockGroupRow, lockSignupGroup } from '../db/lock.js';
import type { Database, SignupTable } from '../db/schema.js';
import { isCrisis, signupCrisisTier } from './crisis.js';
import { canMove, holdsSeat, SEAT_HOLDING_STATUSES, type SignupStatus } from './workflow.js';

export interface StaffSignupQuery {
  groupId?: string;
  statuses?: SignupStatus[];
}

export type SignupChangeOutcome =
  | { kind: 'ok'; signup: StaffSignup; from: SignupStatus }
  | { kind: 'not_found' }
  | { kind: 'not_allowed'; from: SignupStatus }
  | { kind: 'no_seat' };

export interface SignupAdminContext {
  db: Kysely<Database>;
  cipher: FieldCipher;
  retentionDays: number;
  /** Run after a person's data was deleted (SQLite: no copy left in the write-ahead log). */
  afterErasure?: () => Promise<void>;
}

const NOTE_COLUMN = 'signup_events.note';
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Requests no one has acted on yet: a crisis message among them is read first. Once staff move
 * a request on (contacted, screening…), someone has been in touch and it takes its usual place.
 */
const AWAITING: readonly SignupStatus[] = ['received', 'waitlisted'];

/**
 * Oldest first, except that requests to read first lead the list, like the story queue: high,
 * then medium, each oldest first.
 */
export async function listStaffSignups(
  context: SignupAdminContext,
  { groupId, statuses }: StaffSignupQuery = {},
): Promise<StaffSignup[]> {
  let query = context.db.selectFrom('signups').selectAll();
  if (groupId) query = query.where('group_id', '=', groupId);
  if (statuses?.length) query = query.where('status', 'in', statuses);
  const rows = await query
    .orderBy(
      sql`case when status in (${sql.join(AWAITING)}) then case crisis_tier when 'high' then 2 when 'medium' then 1 else 0 end else 0 end`,
      'desc',
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return toStaffSignups(context, rows);
}

/**
 * Sign-ups made before their crisis tier was kept (migration 0006) are assessed once, when the
 * store opens: only the store holds the key to read their messages.
 */
export async function assessSignupsOnce({ db, cipher }: SignupAdminContext): Promise<void> {
  await onceMarked(db, 'signup_crisis_assessed', async (trx) => {
    const rows = await trx
      .selectFrom('signups')
      .select(['id', 'message_enc', 'best_times_enc'])
      .where((eb) =>
        eb.or([eb('message_enc', 'is not', null), eb('best_times_enc', 'is not', null)]),
      )
      .execute();
    for (const row of rows) {
      const tier = signupCrisisTier({
        message: row.message_enc && cipher.decrypt(row.message_enc, 'signups.message'),
        bestTimes: row.best_times_enc && cipher.decrypt(row.best_times_enc, 'signups.best_times'),
      });
      if (tier === 'none') continue;
      await trx
        .updateTable('signups')
        .set({ crisis_tier: tier })
        .where('id', '=', row.id)
        .execute();
    }
  });
}

export async function getStaffSignup(
  context: SignupAdminContext,
  id: string,
): Promise<StaffSignup | undefined> {
  const row = await context.db
    .selectFrom('signups')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? (await toStaffSignups(context, [row]))[0] : undefined;
}

/**
 * Moves a sign-up to another status, with an optional note. Taking a seat (from the waitlist or
 * a closed status) needs a free one: the group's row is written first, so this waits for any
 * sign-up in progress (decision 11) and never gives away a seat twice.
 */
export async function changeSignupStatus(
  context: SignupAdminContext,
  id: string,
  to: SignupStatus,
  { note, actorId, now }: { note?: string; actorId: string | null; now: Date },
): Promise<SignupChangeOutcome> {
  const { db, cipher } = context;
  const timestamp = now.toISOString();
  const outcome = await db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('signups')
      .select('group_id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!current) return { kind: 'not_found' } as const;
    const group = await lockGroupRow(trx, current.group_id)
      .returning(['capacity', 'external_enrolled'])
      .executeTakeFirstOrThrow();
    // The status is read after the lock (a new statement), so a move made meanwhile by
    // someone else is seen; the group never changes, so it could be read before.
    const locked = await trx
      .selectFrom('signups')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!locked) return { kind: 'not_found' } as const;
    const from = locked.status as SignupStatus;
    if (!canMove(from, to)) return { kind: 'not_allowed', from } as const;
    if (!holdsSeat(from) && holdsSeat(to)) {
      const taken = await trx
        .selectFrom('signups')
        .select(({ fn }) => fn.countAll<number>().as('count'))
        .where('group_id', '=', current.group_id)
        .where('status', 'in', SEAT_HOLDING_STATUSES)
        .executeTakeFirstOrThrow();
      if (group.capacity - group.external_enrolled - Number(taken.count) <= 0) {
        return { kind: 'no_seat' } as const;
      }
    }
    let waitlistPosition: number | null = null;
    if (to === 'waitlisted') {
      const last = await trx
        .selectFrom('signups')
        .select(({ fn }) => fn.max('waitlist_position').as('last'))
        .where('group_id', '=', current.group_id)
        .where('status', '=', 'waitlisted')
        .executeTakeFirst();
      waitlistPosition = Number(last?.last ?? 0) + 1;
    }
    await trx
      .updateTable('signups')
      .set({ status: to, waitlist_position: waitlistPosition, updated_at: timestamp })
      .where('id', '=', id)
      .execute();
    if (from === 'waitlisted') await renumberWaitlist(trx, current.group_id);
    await trx
      .insertInto('signup_events')
      .values({
        id: randomUUID(),
        signup_id: id,
        from_status: from,
        to_status: to,
        note_enc: note ? cipher.encrypt(note, NOTE_COLUMN) : null,
        actor_id: actorId,
        created_at: timestamp,
        seq: nextEventSeq(id),
      })
      .execute();
    return { kind: 'ok', from } as const;
  });
  if (outcome.kind !== 'ok') return outcome;
  return { kind: 'ok', from: outcome.from, signup: (await getStaffSignup(context, id))! };
}

export async function addSignupNote(
  context: SignupAdminContext,
  id: string,
  { note, actorId, now }: { note: string; actorId: string | null; now: Date },
): Promise<StaffSignup | undefined> {
  const timestamp = now.toISOString();
  const updated = await context.db
    .updateTable('signups')
    .set({ updated_at: timestamp })
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return undefined;
  await context.db
    .insertInto('signup_events')
    .values({
      id: randomUUID(),
      signup_id: id,
      from_status: null,
      to_status: null,
      note_enc: context.cipher.encrypt(note, NOTE_COLUMN),
      actor_id: actorId,
      created_at: timestamp,
      seq: nextEventSeq(id),
    })
    .execute();
  return getStaffSignup(context, id);
}

/**
 * Deletes a person's sign-up and its history for good. SQLite overwrites deleted content
 * (`secure_delete`), and the write-ahead log is checkpointed and truncated, so no copy of the
 * ciphertext is left in the files either. PostgreSQL keeps dead rows until VACUUM reuses their
 * space: what lingers is ciphertext under the data key (docs/security.md).
 */
export async function deleteSignup(context: SignupAdminContext, id: string): Promise<boolean> {
  const deleted = await context.db.transaction().execute(async (trx) => {
    const groupId = await lockSignupGroup(trx, id);
    if (groupId === undefined) return false;
    await trx.deleteFrom('signup_events').where('signup_id', '=', id).execute();
    await forgetSignupRequests(trx, [id]);
    const result = await trx.deleteFrom('signups').where('id', '=', id).executeTakeFirst();
    await renumberWaitlist(trx, groupId);
    return Number(result.numDeletedRows) === 1;
  });
  if (deleted) await context.afterErasure?.();
  return deleted;
}

/**
 * Closes the gaps a departure leaves in a group's waitlist: places become 1, 2, 3… in the order
 * people joined it. Called in the transaction that frees the place, after the group's row.
 */
export async function renumberWaitlist(trx: Transaction<Database>, groupId: string): Promise<void> {
  const waiting = await trx
    .selectFrom('signups')
    .select(['id', 'waitlist_position'])
    .where('group_id', '=', groupId)
    .where('status', '=', 'waitlisted')
    .orderBy('waitlist_position')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  for (const [index, row] of waiting.entries()) {
    if (row.waitlist_position === index + 1) continue;
    await trx
      .updateTable('signups')
      .set({ waitlist_position: index + 1 })
      .where('id', '=', row.id)
      .execute();
  }
}

async function toStaffSignups(
  { db, cipher, retentionDays }: SignupAdminContext,
  rows: Selectable<SignupTable>[],
): Promise<StaffSignup[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const groupIds = [...new Set(rows.map((row) => row.group_id))];
  const [groups, events] = await Promise.all([
    db.selectFrom('groups').select(['id', 'name']).where('id', 'in', groupIds).execute(),
    db
      .selectFrom('signup_events')
      .leftJoin('staff', 'staff.id', 'signup_events.actor_id')
      .selectAll('signup_events')
      .select('staff.email as actor_email')
      .where('signup_id', 'in', ids)
      .orderBy('signup_events.seq')
      .execute(),
  ]);
  const groupName = new Map(groups.map((group) => [group.id, group.name]));
  const open = (value: string | null, column: string) =>
    value === null ? null : cipher.decrypt(value, column);
  const flag = (value: number | null) => (value === null ? null : value === 1);
  return rows.map((row) => ({
    id: row.id,
    groupId: row.group_id,
    groupName: groupName.get(row.group_id) ?? row.group_id,
    status: row.status as SignupStatus,
    waitlistPosition: row.status === 'waitlisted' ? row.waitlist_position : null,
    name: cipher.decrypt(row.name_enc, 'signups.name'),
    email: cipher.decrypt(row.email_enc, 'signups.email'),
    phone: open(row.phone_enc, 'signups.phone'),
    contactMethod: row.contact_method as ContactMethod,
    okToLeaveMessage: flag(row.ok_to_leave_message),
    bestTimes: open(row.best_times_enc, 'signups.best_times'),
    message: open(row.message_enc, 'signups.message'),
    ageConfirmed: flag(row.age_confirmed),
    consentVersion: row.consent_version,
    consentedAt: row.consented_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    retainUntil:
      row.status === 'enrolled'
        ? null
        : new Date(Date.parse(row.created_at) + retentionDays * DAY_MS).toISOString(),
    crisis: row.crisis_tier as CrisisTier,
    readFirst:
      isCrisis(row.crisis_tier as CrisisTier) && AWAITING.includes(row.status as SignupStatus),
    history: events
      .filter((event) => event.signup_id === row.id)
      .map((event) => ({
        at: event.created_at,
        from: event.from_status as SignupStatus | null,
        to: event.to_status as SignupStatus | null,
        note: open(event.note_enc, NOTE_COLUMN),
        actor: event.actor_id ? { id: event.actor_id, email: event.actor_email } : null,
      })),
  }));
}

/** The next place in a sign-up's history (entries of one millisecond keep their order). */
function nextEventSeq(signupId: string) {
  return sql<number>`(select coalesce(max(seq), 0) + 1 from signup_events where signup_id = ${signupId})`;
}
