// Staff accounts, their sessions and bearer tokens, and the audit log. Only the store (store.ts)
// calls these. Secrets are never stored as given: sessions and tokens as SHA-256 hashes (they are
// long random values), TOTP secrets encrypted with the data key.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { FieldCipher } from '../platform/crypto.js';
import type { AuditLogTable, Database, StaffTable } from '../db/schema.js';

export const STAFF_ROLES = ['owner', 'staff'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffAccount {
  id: string;
  email: string;
  role: StaffRole;
  mustChangePassword: boolean;
  disabled: boolean;
  totpEnabled: boolean;
  createdAt: string;
}

/** An account with what signing in needs; never leaves the server. */
export interface StaffCredentials extends StaffAccount {
  passwordHash: string;
  /** Decrypted base32 secret, pending or enabled. */
  totpSecret: string | null;
  totpLastStep: number | null;
}

export interface StaffSession {
  staffId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface StaffToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export const AUDIT_VIA = ['session', 'token', 'cli', 'system'] as const;
export type AuditVia = (typeof AUDIT_VIA)[number];

export interface AuditInput {
  actorId: string | null;
  via: AuditVia;
  action: string;
  targetType?: string;
  targetId?: string;
  /** Non-personal facts only: statuses, counts, field names. */
  detail?: Record<string, string | number | boolean | null | string[]>;
  at: Date;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string; email: string | null } | null;
  via: AuditVia;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: Record<string, unknown> | null;
}

export interface AuditQuery {
  limit: number;
  /** Entries before this one (`at` and `id` of the last entry of the previous page). */
  before?: { at: string; id: string };
  action?: string;
  actorId?: string;
  targetId?: string;
}

/** A counter of sign-in attempts (login-throttle.ts): the value is stored only as a keyed hash. */
export interface AttemptCounter {
  kind: 'account' | 'client';
  value: string;
  /** Attempts judged before the first lock. */
  threshold: number;
}

export interface LockRules {
  firstLockMs: number;
  maxLockMs: number;
  forgetAfterMs: number;
}

/** What taking back or clearing a counted attempt needs. */
export interface AttemptTicket {
  key: string;
  /** The lock this attempt started, or 0. */
  lockedUntil: number;
}

export type AttemptOutcome =
  { counted: true; tickets: AttemptTicket[] } | { counted: false; lockedUntil: number };

export interface SignInAttempts {
  /**
   * Counts one attempt under every counter, in one transaction, or none when any is locked (then
   * says until when, in milliseconds since the epoch).
   */
  countAttempt(counters: AttemptCounter[], rules: LockRules, now: Date): Promise<AttemptOutcome>;
  /** Takes back one counted attempt, and the lock it started. */
  withdrawAttempt(ticket: AttemptTicket): Promise<void>;
  clearAttempts(ticket: AttemptTicket): Promise<void>;
  /** Counters with no attempt since `before`. */
  purgeAttempts(before: Date): Promise<number>;
}

export interface PasswordChange {
  mustChange: boolean;
  /** Only if the stored hash is still this one (the one the current password was checked against). */
  expected?: string;
  /** The session that made the change stays signed in. */
  keepSession?: string;
  /** Account recovery: two-step sign-in is turned off too. */
  resetTotp?: boolean;
}

export interface StaffStore extends SignInAttempts {
  countAccounts(): Promise<number>;
  createAccount(input: {
    email: string;
    role: StaffRole;
    passwordHash: string;
    mustChangePassword: boolean;
    now: Date;
  }): Promise<StaffAccount | undefined>;
  listAccounts(): Promise<StaffAccount[]>;
  getAccount(id: string): Promise<StaffAccount | undefined>;
  credentialsByEmail(email: string): Promise<StaffCredentials | undefined>;
  credentialsById(id: string): Promise<StaffCredentials | undefined>;
  /**
   * Sets a new password and revokes the account's sessions (but `keepSession`) and tokens, in one
   * transaction; false (nothing changed) when `expected` is no longer the stored hash.
   */
  setPassword(
    id: string,
    passwordHash: string,
    now: Date,
    change: PasswordChange,
  ): Promise<boolean>;
  /** Disabling or enabling again revokes the account's sessions and tokens. */
  setDisabled(id: string, disabled: boolean, now: Date): Promise<void>;
  setRole(id: string, role: StaffRole, now: Date): Promise<void>;
  /** A new (pending) secret, or null to turn TOTP off. */
  setTotpSecret(id: string, secret: string | null, now: Date): Promise<void>;
  enableTotp(id: string, now: Date): Promise<void>;
  /** Records that a code of `step` was used; false when it (or a later one) already was. */
  useTotpStep(id: string, step: number): Promise<boolean>;

  /**
   * A session for the account, only while its credentials are still the ones the sign-in checked
   * (same password hash and two-step setting, not disabled); false otherwise.
   */
  createSession(
    idHash: string,
    verified: Pick<StaffCredentials, 'id' | 'passwordHash' | 'totpEnabled'>,
    now: Date,
    expiresAt: Date,
  ): Promise<boolean>;
  getSession(idHash: string): Promise<StaffSession | undefined>;
  touchSession(idHash: string, now: Date): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  /** Every session of an account, but `keep`. */
  deleteSessionsOf(staffId: string, keep?: string): Promise<void>;
  /** Sessions past their idle or absolute end. */
  purgeSessions(idleBefore: Date, now: Date): Promise<number>;

  createToken(staffId: string, name: string, tokenHash: string, now: Date): Promise<StaffToken>;
  listTokens(staffId: string): Promise<StaffToken[]>;
  deleteToken(staffId: string, id: string): Promise<boolean>;
  tokenOwner(tokenHash: string, now: Date): Promise<string | undefined>;

  audit(entry: AuditInput): Promise<void>;
  listAudit(query: AuditQuery): Promise<AuditEntry[]>;
}

const TOTP_COLUMN = 'staff.totp_secret';

class Locked extends Error {
  constructor(readonly lockedUntil: number) {
    super('locked');
  }
}

/**
 * `attemptKey` is the keyed hash counters are stored under (derived from the data key, so every
 * process on the database computes the same one).
 */
export function createStaffStore(
  db: Kysely<Database>,
  cipher: FieldCipher,
  attemptKey: (value: string) => string,
): StaffStore {
  const toAccount = (row: Selectable<StaffTable>): StaffAccount => ({
    id: row.id,
    email: row.email,
    role: row.role as StaffRole,
    mustChangePassword: row.must_change_password === 1,
    disabled: row.disabled === 1,
    totpEnabled: row.totp_enabled === 1,
    createdAt: row.created_at,
  });
  const toCredentials = (row: Selectable<StaffTable>): StaffCredentials => ({
    ...toAccount(row),
    passwordHash: row.password_hash,
    totpSecret: row.totp_secret_enc ? cipher.decrypt(row.totp_secret_enc, TOTP_COLUMN) : null,
    totpLastStep: row.totp_last_step,
  });
  const update = async (id: string, now: Date, changes: Partial<Selectable<StaffTable>>) => {
    await db
      .updateTable('staff')
      .set({ ...changes, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
  };
  const revokeAccess = async (trx: Transaction<Database>, staffId: string, keep?: string) => {
    let sessions = trx.deleteFrom('staff_sessions').where('staff_id', '=', staffId);
    if (keep) sessions = sessions.where('id_hash', '<>', keep);
    await sessions.execute();
    await trx.deleteFrom('staff_tokens').where('staff_id', '=', staffId).execute();
  };
  const counterKey = ({ kind, value }: AttemptCounter) =>
    `${kind}:${attemptKey(`${kind}\n${value}`)}`;

  return {
    async countAccounts() {
      const row = await db
        .selectFrom('staff')
        .select(({ fn }) => fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
    async createAccount({ email, role, passwordHash, mustChangePassword, now }) {
      const timestamp = now.toISOString();
      const id = randomUUID();
      const inserted = await db
        .insertInto('staff')
        .values({
          id,
          email: normalizeEmail(email),
          role,
          password_hash: passwordHash,
          must_change_password: mustChangePassword ? 1 : 0,
          created_at: timestamp,
          updated_at: timestamp,
        })
        .onConflict((oc) => oc.column('email').doNothing())
        .returningAll()
        .executeTakeFirst();
      return inserted ? toAccount(inserted) : undefined;
    },
    async listAccounts() {
      const rows = await db.selectFrom('staff').selectAll().orderBy('created_at').execute();
      return rows.map(toAccount);
    },
    async getAccount(id) {
      const row = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toAccount(row) : undefined;
    },
    async credentialsByEmail(email) {
      const row = await db
        .selectFrom('staff')
        .selectAll()
        .where('email', '=', normalizeEmail(email))
        .executeTakeFirst();
      return row ? toCredentials(row) : undefined;
    },
    async credentialsById(id) {
      const row = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toCredentials(row) : undefined;
    },
    setPassword: (id, passwordHash, now, { mustChange, expected, keepSession, resetTotp }) =>
      db.transaction().execute(async (trx) => {
        let query = trx
          .updateTable('staff')
          .set({
            password_hash: passwordHash,
            must_change_password: mustChange ? 1 : 0,
            ...(resetTotp && { totp_secret_enc: null, totp_enabled: 0, totp_last_step: null }),
            updated_at: now.toISOString(),
          })
          .where('id', '=', id);
        if (expected !== undefined) query = query.where('password_hash', '=', expected);
        const result = await query.executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return false;
        await revokeAccess(trx, id, keepSession);
        return true;
      }),
    setDisabled: (id, disabled, now) =>
      db.transaction().execute(async (trx) => {
        await trx
          .updateTable('staff')
          .set({ disabled: disabled ? 1 : 0, updated_at: now.toISOString() })
          .where('id', '=', id)
          .execute();
        await revokeAccess(trx, id);
      }),
    setRole: (id, role, now) => update(id, now, { role }),
    setTotpSecret: (id, secret, now) =>
      update(id, now, {
        totp_secret_enc: secret === null ? null : cipher.encrypt(secret, TOTP_COLUMN),
        totp_enabled: 0,
        totp_last_step: null,
      }),
    enableTotp: (id, now) => update(id, now, { totp_enabled: 1 }),
    async useTotpStep(id, step) {
      const result = await db
        .updateTable('staff')
        .set({ totp_last_step: step })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async createSession(idHash, verified, now, expiresAt) {
      // One statement: a password reset or a disable committed meanwhile leaves no row to copy.
      const result = await db
        .insertInto('staff_sessions')
        .columns(['id_hash', 'staff_id', 'created_at', 'last_seen_at', 'expires_at'])
        .expression((eb) =>
          eb
            .selectFrom('staff')
            .select([
              eb.val(idHash).as('id_hash'),
              'id',
              eb.val(now.toISOString()).as('created_at'),
              eb.val(now.toISOString()).as('last_seen_at'),
              eb.val(expiresAt.toISOString()).as('expires_at'),
            ])
            .where('id', '=', verified.id)
            .where('password_hash', '=', verified.passwordHash)
            .where('totp_enabled', '=', verified.totpEnabled ? 1 : 0)
            .where('disabled', '=', 0),
        )
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows) === 1;
    },
    async getSession(idHash) {
      const row = await db
        .selectFrom('staff_sessions')
        .selectAll()
        .where('id_hash', '=', idHash)
        .executeTakeFirst();
      return row
        ? {
            staffId: row.staff_id,
            createdAt: row.created_at,
            lastSeenAt: row.last_seen_at,
            expiresAt: row.expires_at,
          }
        : undefined;
    },
    async touchSession(idHash, now) {
      await db
        .updateTable('staff_sessions')
        .set({ last_seen_at: now.toISOString() })
        .where('id_hash', '=', idHash)
        .execute();
    },
    async deleteSession(idHash) {
      await db.deleteFrom('staff_sessions').where('id_hash', '=', idHash).execute();
    },
    async deleteSessionsOf(staffId, keep) {
      let query = db.deleteFrom('staff_sessions').where('staff_id', '=', staffId);
      if (keep) query = query.where('id_hash', '<>', keep);
      await query.execute();
    },
    async purgeSessions(idleBefore, now) {
      const result = await db
        .deleteFrom('staff_sessions')
        .where((eb) =>
          eb.or([
            eb('last_seen_at', '<', idleBefore.toISOString()),
            eb('expires_at', '<=', now.toISOString()),
          ]),
        )
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async createToken(staffId, name, tokenHash, now) {
      const token = { id: randomUUID(), name, createdAt: now.toISOString(), lastUsedAt: null };
      await db
        .insertInto('staff_tokens')
        .values({
          id: token.id,
          staff_id: staffId,
          name,
          token_hash: tokenHash,
          created_at: token.createdAt,
        })
        .execute();
      return token;
    },
    async listTokens(staffId) {
      const rows = await db
        .selectFrom('staff_tokens')
        .select(['id', 'name', 'created_at', 'last_used_at'])
        .where('staff_id', '=', staffId)
        .orderBy('created_at')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        createdAt: row.created_at,
        lastUsedAt: row.last_used_at,
      }));
    },
    async deleteToken(staffId, id) {
      const result = await db
        .deleteFrom('staff_tokens')
        .where('staff_id', '=', staffId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
    async tokenOwner(tokenHash, now) {
      const row = await db
        .updateTable('staff_tokens')
        .set({ last_used_at: now.toISOString() })
        .where('token_hash', '=', tokenHash)
        .returning('staff_id')
        .executeTakeFirst();
      return row?.staff_id;
    },

    async countAttempt(counters, { firstLockMs, maxLockMs, forgetAfterMs }, now) {
      const at = now.getTime();
      const forgetBefore = at - forgetAfterMs;
      try {
        const tickets = await db.transaction().execute(async (trx) => {
          const counted: AttemptTicket[] = [];
          for (const counter of counters) {
            const key = counterKey(counter);
            // Attempts before this one; a counter idle for a day starts again.
            // Numbers are cast to bigint: PostgreSQL cannot tell the type of a bare parameter
            // in arithmetic, and epoch milliseconds need 64 bits.
            const before = sql<number>`(case when sign_in_throttle.last_attempt < ${big(forgetBefore)} then 0 else sign_in_throttle.attempts end)`;
            const lockFor = (attempts: ReturnType<typeof sql>) => {
              const threshold = big(counter.threshold);
              const steps = least(sql`${attempts} - ${threshold}`, sql`10`);
              const lock = least(
                sql`${big(firstLockMs)} << cast(${steps} as integer)`,
                big(maxLockMs),
              );
              return sql<number>`(case when ${attempts} >= ${threshold} then ${big(at)} + ${lock} else 0 end)`;
            };
            // The insert takes the write lock first, so no other process counts in between.
            const row = await trx
              .insertInto('sign_in_throttle')
              .values({
                key,
                attempts: 1,
                locked_until: lockFor(sql`1`),
                last_attempt: at,
              })
              .onConflict((oc) =>
                oc
                  .column('key')
                  .doUpdateSet({
                    attempts: sql`${before} + 1`,
                    locked_until: lockFor(sql`${before} + 1`),
                    last_attempt: at,
                  })
                  .where('sign_in_throttle.locked_until', '<=', at),
              )
              .returning('locked_until')
              .executeTakeFirst();
            if (row) {
              counted.push({ key, lockedUntil: Number(row.locked_until) });
              continue;
            }
            const locked = await trx
              .selectFrom('sign_in_throttle')
              .select('locked_until')
              .where('key', '=', key)
              .executeTakeFirstOrThrow();
            // Rolls back what this attempt counted under the other counters.
            throw new Locked(Number(locked.locked_until));
          }
          return counted;
        });
        return { counted: true, tickets };
      } catch (error) {
        if (error instanceof Locked) return { counted: false, lockedUntil: error.lockedUntil };
        throw error;
      }
    },
    async withdrawAttempt({ key, lockedUntil }) {
      await db
        .updateTable('sign_in_throttle')
        .set({
          attempts: sql`(case when attempts > 0 then attempts - 1 else 0 end)`,
          locked_until: sql`(case when locked_until = ${big(lockedUntil)} then 0 else locked_until end)`,
        })
        .where('key', '=', key)
        .execute();
    },
    async clearAttempts({ key }) {
      await db.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
    },
    async purgeAttempts(before) {
      const result = await db
        .deleteFrom('sign_in_throttle')
        .where('last_attempt', '<', before.getTime())
        .where('locked_until', '<', before.getTime())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async audit({ actorId, via, action, targetType, targetId, detail, at }) {
      await db
        .insertInto('audit_log')
        .values({
          id: randomUUID(),
          at: at.toISOString(),
          actor_id: actorId,
          via,
          action,
          target_type: targetType ?? null,
          target_id: targetId ?? null,
          detail: detail ? JSON.stringify(detail) : null,
        })
        .execute();
    },
    async listAudit({ limit, before, action, actorId, targetId }) {
      let query = db
        .selectFrom('audit_log')
        .leftJoin('staff', 'staff.id', 'audit_log.actor_id')
        .selectAll('audit_log')
        .select('staff.email as actor_email');
      if (action) query = query.where('audit_log.action', '=', action);
      if (actorId) query = query.where('audit_log.actor_id', '=', actorId);
      if (targetId) query = query.where('audit_log.target_id', '=', targetId);
      if (before) {
        query = query.where((eb) =>
          eb.or([
            eb('audit_log.at', '<', before.at),
            eb.and([eb('audit_log.at', '=', before.at), eb('audit_log.id', '<', before.id)]),
          ]),
        );
      }
      const rows = await query
        .orderBy('audit_log.at', 'desc')
        .orderBy('audit_log.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row: Selectable<AuditLogTable> & { actor_email: string | null }) => ({
        id: row.id,
        at: row.at,
        actor: row.actor_id ? { id: row.actor_id, email: row.actor_email } : null,
        via: row.via as AuditVia,
        action: row.action,
        targetType: row.target_type,
        targetId: row.target_id,
        detail: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null,
      }));
    },
  };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A number as a 64-bit SQL integer, typed on both engines. */
function big(value: number) {
  return sql<number>`cast(${value} as bigint)`;
}

/** The smaller of two numbers: `min(a, b)` is SQLite's alone (PostgreSQL's `min` aggregates). */
function least(a: ReturnType<typeof sql>, b: ReturnType<typeof sql>) {
  return sql<number>`(case when ${a} < ${b} then ${a} else ${b} end)`;
}
