// What every staff route shares: its dependencies, reading a checked body, and the audit entry.
import type { Context } from 'hono';
import type { AdminEnv } from './auth.js';
import type { Config } from '../platform/config.js';
import type { LoginThrottle } from './login-throttle.js';
import { openApiDocument } from '../http/openapi.js';
import { readJsonBody, validationProblem } from '../http/problem.js';
import { checkSchema, type Schema } from '../http/schema-check.js';
import type { AuditInput } from './audit-log.js';
import type { Store } from '../store.js';

export interface AdminDeps {
  store: Store;
  config: Config;
  now: () => Date;
  throttle: LoginThrottle;
  /** scrypt cost (log2 N) of new password hashes. */
  passwordCost: number;
}

const SCHEMAS = openApiDocument.components.schemas as Record<string, unknown>;
export type SchemaName = Extract<keyof typeof openApiDocument.components.schemas, string>;

/**
 * Reads a JSON body and checks it against a schema of the OpenAPI document; 400 with `fields`
 * and their `codes`.
 */
export async function readChecked<T>(c: Context, schemaName: SchemaName): Promise<T> {
  const body = await readJsonBody(c);
  const { fields, codes } = checkSchema(body, SCHEMAS[schemaName] as Schema, { schemas: SCHEMAS });
  if (Object.keys(fields).length > 0) throw validationProblem(fields, undefined, codes);
  return body as T;
}

/** Writes who did what to which record; `detail` holds no personal data (checked by tests). */
export async function audit(
  c: Context<AdminEnv>,
  deps: AdminDeps,
  action: string,
  target?: { type: string; id: string },
  detail?: AuditInput['detail'],
): Promise<void> {
  const staff = c.get('staff');
  await deps.store.staff.audit({
    actorId: staff.account.id,
    via: staff.via,
    action,
    targetType: target?.type,
    targetId: target?.id,
    detail,
    at: deps.now(),
  });
}
