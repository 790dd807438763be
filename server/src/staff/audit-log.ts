// The audit log: who did what to which record, when, and through what (session, token, the
// command line or the server itself). Entries hold non-personal facts only.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { AuditLogTable, Database } from '../db/schema.js';

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

export interface AuditLog {
  audit(entry: AuditInput): Promise<void>;
  listAudit(query: AuditQuery): Promise<AuditEntry[]>;
}

export function createAuditLog(db: Kysely<Database>): AuditLog {
  return {
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
