// Staff sessions (the console's sign-in) and bearer tokens (scripts), stored only as SHA-256
// hashes: both are long random values. Only the staff store (repository.ts) builds this.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { StaffCredentials } from './repository.js';

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

export interface StaffAccess {
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
}

export function createStaffAccess(db: Kysely<Database>): StaffAccess {
  return {
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
    deleteSessionsOf: (staffId, keep) => deleteSessionsOf(db, staffId, keep),
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
  };
}

/** Signs an account out everywhere: its sessions (but `keep`) and its tokens. */
export async function revokeAccess(trx: Transaction<Database>, staffId: string, keep?: string) {
  await deleteSessionsOf(trx, staffId, keep);
  await trx.deleteFrom('staff_tokens').where('staff_id', '=', staffId).execute();
}

async function deleteSessionsOf(db: Kysely<Database>, staffId: string, keep?: string) {
  let query = db.deleteFrom('staff_sessions').where('staff_id', '=', staffId);
  if (keep) query = query.where('id_hash', '<>', keep);
  await query.execute();
}
