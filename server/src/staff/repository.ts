// The staff store: staff accounts (here), their sessions and tokens (sessions.ts), the sign-in
// attempt counters (sign-in-attempts.ts) and the audit log (audit-log.ts), side by side. Only the
// store (store.ts) builds it. Secrets are never stored as given: passwords as scrypt hashes, TOTP
// secrets encrypted with the data key.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { FieldCipher } from '../platform/crypto.js';
import type { Database, StaffTable } from '../db/schema.js';
import { createAuditLog, type AuditLog } from './audit-log.js';
import { createSignInAttempts, type SignInAttempts } from './sign-in-attempts.js';
import { createStaffAccess, revokeAccess, type StaffAccess } from './sessions.js';

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

export interface PasswordChange {
  mustChange: boolean;
  /** Only if the stored hash is still this one (the one the current password was checked against). */
  expected?: string;
  /** The session that made the change stays signed in. */
  keepSession?: string;
  /** Account recovery: two-step sign-in is turned off too. */
  resetTotp?: boolean;
}

export interface StaffAccounts {
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
}

/** Staff accounts, sessions, tokens, sign-in attempts and the audit log. */
export type StaffStore = StaffAccounts & StaffAccess & SignInAttempts & AuditLog;

const TOTP_COLUMN = 'staff.totp_secret';

/**
 * `attemptKey` is the keyed hash sign-in attempt counters are stored under (sign-in-attempts.ts).
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
    ...createStaffAccess(db),
    ...createSignInAttempts(db, attemptKey),
    ...createAuditLog(db),
  };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
