// Sign-ups: the only code with SQL for them. A visitor's request is recorded here exactly once
// per idempotency key; what staff do with it is in staff-repository.ts.
import { randomUUID } from 'node:crypto';
import type {
  CrisisResource,
  SignupRequest,
  SignupResult,
} from '../../../src/api/contract/public.js';
import type { StaffSignup } from '../../../src/api/contract/staff.js';
import type { CrisisTier } from '../../../src/api/rules/safety/index.js';
import { once, type RequestHasher } from '../db/idempotency.js';
import { lockGroup, lockGroupRow, lockSignupGroup } from '../db/lock.js';
import {
  addSignupNote,
  changeSignupStatus,
  deleteSignup,
  getStaffSignup,
  listStaffSignups,
  renumberWaitlist,
  type SignupAdminContext,
  type SignupChangeOutcome,
  type StaffSignupQuery,
} from './staff-repository.js';
import { SEAT_HOLDING_STATUSES, type SignupStatus } from './workflow.js';

/** A validated sign-up, as the shared schema returns it. */
export type SignupInput = Omit<SignupRequest, 'website'> & { bestTimes?: string };

export interface CreateSignupOptions {
  /** Where the key was used (method and path): keys are scoped per route. */
  scope: string;
  idempotencyKey: string;
  /** SHA-256 of the request body (only a keyed hash of it is stored): another body is refused. */
  requestHash: string;
  now: Date;
  /** Version of the consent wording the visitor agreed to. */
  consentVersion: string;
  /** Crisis tier of what the visitor wrote (`signupCrisisTier`); `none` when not given. */
  crisisTier?: CrisisTier;
  /** The practice's crisis lines, returned with the result when the tier is medium or high. */
  resources?: CrisisResource[];
}

export type CreateSignupOutcome =
  | { kind: 'created' | 'replayed'; statusCode: number; result: SignupResult }
  | { kind: 'not_found' | 'closed' | 'key_reused' }
  /** The sign-up this key made was deleted (the person's data): nothing is replayed or made. */
  | { kind: 'deleted' };

/** A stored sign-up, decrypted: for the staff console (and tests). */
export interface StoredSignup extends SignupInput {
  id: string;
  groupId: string;
  status: SignupStatus;
  waitlistPosition?: number;
  consentVersion: string;
  consentedAt: string;
  createdAt: string;
  crisis: CrisisTier;
}

export interface SignupRepository {
  /**
   * Records a sign-up exactly once per idempotency key, giving a seat while any is left and a
   * waitlist position otherwise; everything happens in one transaction that holds the group.
   */
  createSignup(
    groupId: string,
    signup: SignupInput,
    options: CreateSignupOptions,
  ): Promise<CreateSignupOutcome>;
  /** Every stored sign-up, oldest first, decrypted. */
  listSignups(): Promise<StoredSignup[]>;
  /** Sign-ups for staff: decrypted, with history and retention date, oldest first. */
  listStaffSignups(query?: StaffSignupQuery): Promise<StaffSignup[]>;
  getStaffSignup(id: string): Promise<StaffSignup | undefined>;
  /** Moves a sign-up through the workflow (workflow.ts), with an optional staff note. */
  changeSignupStatus(
    id: string,
    to: SignupStatus,
    options: { note?: string; actorId: string | null; now: Date },
  ): Promise<SignupChangeOutcome>;
  addSignupNote(
    id: string,
    options: { note: string; actorId: string | null; now: Date },
  ): Promise<StaffSignup | undefined>;
  /** Deletes a person's sign-up and its history for good; false when there was none. */
  deleteSignup(id: string): Promise<boolean>;
  /** Staff moved a sign-up on (e.g. `enrolled`); false when there is no such sign-up. */
  setSignupStatus(id: string, status: SignupStatus, now: Date): Promise<boolean>;
  /** Deletes sign-ups older than the retention period that never led to an enrolment. */
  purgeExpiredSignups(now: Date): Promise<number>;
}

export function createSignupRepository(
  context: SignupAdminContext,
  hashRequest: RequestHasher,
): SignupRepository {
  const { db, retentionDays } = context;
  return {
    createSignup: (groupId, signup, options) =>
      createSignup(context, hashRequest, groupId, signup, options),
    listSignups: () => listSignups(context),
    listStaffSignups: (query) => listStaffSignups(context, query),
    getStaffSignup: (id) => getStaffSignup(context, id),
    changeSignupStatus: (id, to, options) => changeSignupStatus(context, id, to, options),
    addSignupNote: (id, options) => addSignupNote(context, id, options),
    deleteSignup: (id) => deleteSignup(context, id),

    async setSignupStatus(id, status, now) {
      return db.transaction().execute(async (trx) => {
        const groupId = await lockSignupGroup(trx, id);
        if (groupId === undefined) return false;
        await trx
          .updateTable('signups')
          .set({ status, updated_at: now.toISOString() })
          .where('id', '=', id)
          .execute();
        await renumberWaitlist(trx, groupId);
        return true;
      });
    },

    async purgeExpiredSignups(now) {
      const cutoff = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
      return db.transaction().execute(async (trx) => {
        const expired = trx
          .selectFrom('signups')
          .where('status', '<>', 'enrolled')
          .where('created_at', '<', cutoff.toISOString());
        // Locked in the order of their ids, as everywhere several groups are held at once, so
        // two purges (several processes) never wait for each other in a circle.
        const waitlists = await expired
          .select('group_id')
          .where('status', '=', 'waitlisted')
          .distinct()
          .orderBy('group_id')
          .execute();
        for (const { group_id } of waitlists) await lockGroup(trx, group_id);
        const deleted = await trx
          .deleteFrom('signups')
          .where('status', '<>', 'enrolled')
          .where('created_at', '<', cutoff.toISOString())
          .executeTakeFirst();
        for (const { group_id } of waitlists) await renumberWaitlist(trx, group_id);
        return Number(deleted.numDeletedRows);
      });
    },
  };
}

async function createSignup(
  { db, cipher }: SignupAdminContext,
  hashRequest: RequestHasher,
  groupId: string,
  signup: SignupInput,
  options: CreateSignupOptions,
): Promise<CreateSignupOutcome> {
  const { scope, idempotencyKey, now, consentVersion } = options;
  const requestHash = hashRequest(options.requestHash);
  const { crisisTier = 'none', resources = [] } = options;
  const timestamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    // The first statement writes the group's row: SQLite takes its write lock here (before any
    // read, so no other writer can slip in between the count and the insert), PostgreSQL the
    // row lock. Every sign-up for this group waits its turn.
    const group = await lockGroupRow(trx, groupId)
      .where('archived', '=', 0)
      .returning(['capacity', 'external_enrolled', 'status'])
      .executeTakeFirst();
    if (!group) return { kind: 'not_found' };
    // Counted in the next statement, not in the lock's: on PostgreSQL a statement sees the rows
    // committed before it started, so only a statement after the lock sees the sign-ups of
    // everyone who held it before.
    const { taken, waiting } = await trx
      .selectFrom('signups')
      .select((eb) => [
        eb.fn.countAll<number>().filterWhere('status', 'in', SEAT_HOLDING_STATUSES).as('taken'),
        eb.fn.countAll<number>().filterWhere('status', '=', 'waitlisted').as('waiting'),
      ])
      .where('group_id', '=', groupId)
      .executeTakeFirstOrThrow();

    const request = { scope, key: idempotencyKey, requestHash };
    return once<SignupResult, { kind: 'closed' }>(
      trx,
      request,
      now,
      async () => {
        if (group.status === 'closed') return { kind: 'closed' };
        const seatsLeft = group.capacity - group.external_enrolled - Number(taken);
        const crisis = crisisTier === 'medium' || crisisTier === 'high';
        const result: SignupResult = {
          id: randomUUID(),
          ...(seatsLeft > 0
            ? { status: 'requested' }
            : { status: 'waitlisted', waitlistPosition: Number(waiting) + 1 }),
          crisis,
          ...(crisis && { resources }),
        };

        const seal = (value: string | undefined, column: string) =>
          value === undefined ? null : cipher.encrypt(value, column);
        await trx
          .insertInto('signups')
          .values({
            id: result.id,
            group_id: groupId,
            status: result.status === 'requested' ? 'received' : 'waitlisted',
            waitlist_position: result.waitlistPosition ?? null,
            name_enc: cipher.encrypt(signup.name, 'signups.name'),
            email_enc: cipher.encrypt(signup.email, 'signups.email'),
            phone_enc: seal(signup.phone, 'signups.phone'),
            best_times_enc: seal(signup.bestTimes, 'signups.best_times'),
            message_enc: seal(signup.message, 'signups.message'),
            contact_method: signup.contactMethod,
            ok_to_leave_message: toFlag(signup.okToLeaveMessage),
            age_confirmed: toFlag(signup.ageConfirmed),
            consent_version: consentVersion,
            consented_at: timestamp,
            created_at: timestamp,
            updated_at: timestamp,
            crisis_tier: crisisTier,
          })
          .execute();
        return { kind: 'made', result, statusCode: 201, signupId: result.id };
      },
      keptResult,
    );
  });
}

async function listSignups({ db, cipher }: SignupAdminContext): Promise<StoredSignup[]> {
  const rows = await db
    .selectFrom('signups')
    .selectAll()
    .orderBy('created_at')
    .orderBy('waitlist_position')
    .execute();
  const open = (value: string | null, column: string) =>
    value === null ? undefined : cipher.decrypt(value, column);
  return rows.map((row) => {
    const signup: StoredSignup = {
      id: row.id,
      groupId: row.group_id,
      status: row.status as SignupStatus,
      name: cipher.decrypt(row.name_enc, 'signups.name'),
      email: cipher.decrypt(row.email_enc, 'signups.email'),
      contactMethod: row.contact_method as SignupInput['contactMethod'],
      consent: { contact: true, privacy: true },
      consentVersion: row.consent_version,
      consentedAt: row.consented_at,
      createdAt: row.created_at,
      crisis: row.crisis_tier as CrisisTier,
    };
    const optional = {
      waitlistPosition: row.waitlist_position ?? undefined,
      phone: open(row.phone_enc, 'signups.phone'),
      bestTimes: open(row.best_times_enc, 'signups.best_times'),
      message: open(row.message_enc, 'signups.message'),
      okToLeaveMessage: fromFlag(row.ok_to_leave_message),
      ageConfirmed: fromFlag(row.age_confirmed),
    };
    for (const [key, value] of Object.entries(optional)) {
      if (value !== undefined) Object.assign(signup, { [key]: value });
    }
    return signup;
  });
}

/** A kept answer, byte for byte; one kept before `crisis` existed was not flagged. */
function keptResult(response: string): SignupResult {
  const result = JSON.parse(response) as Omit<SignupResult, 'crisis'> & { crisis?: boolean };
  return 'crisis' in result ? (result as SignupResult) : { ...result, crisis: false };
}

function toFlag(value: boolean | undefined): number | null {
  return value === undefined ? null : value ? 1 : 0;
}

function fromFlag(value: number | null): boolean | undefined {
  return value === null ? undefined : value === 1;
}
