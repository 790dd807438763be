// Staff accounts, their sessions and bearer tokens, and the audit log. Only the store (store.ts)
// calls these. Secrets are never stored as given: sessions and tokens as SHA-256 hashes (they are
// long random values), TOTP secrets encrypted with the data key.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { FieldCipher } from './crypto.js';
import type { AuditLogTable, Database, StaffTable } from './db/schema.js';

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

export interface StaffStore {
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
  setPassword(id: string, passwordHash: string, mustChange: boolean, now: Date): Promise<void>;
  setDisabled(id: string, disabled: boolean, now: Date): Promise<void>;
  setRole(id: string, role: StaffRole, now: Date): Promise<void>;
  /** A new (pending) secret, or null to turn TOTP off. */
  setTotpSecret(id: string, secret: string | null, now: Date): Promise<void>;
  enableTotp(id: string, now: Date): Promise<void>;
  /** Records that a code of `step` was used; false when it (or a later one) already was. */
  useTotpStep(id: string, step: number): Promise<boolean>;

  createSession(idHash: string, staffId: string, now: Date, expiresAt: Date): Promise<void>;
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

export function createStaffStore(db: Kysely<Database>, cipher: FieldCipher): StaffStore {
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
    setPassword: (id, passwordHash, mustChange, now) =>
      update(id, now, { password_hash: passwordHash, must_change_password: mustChange ? 1 : 0 }),
    setDisabled: (id, disabled, now) => update(id, now, { disabled: disabled ? 1 : 0 }),
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

    async createSession(idHash, staffId, now, expiresAt) {
      await db
        .insertInto('staff_sessions')
        .values({
          id_hash: idHash,
          staff_id: staffId,
          created_at: now.toISOString(),
          last_seen_at: now.toISOString(),
          expires_at: expiresAt.toISOString(),
        })
        .execute();
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
