// What a failed statement means, whatever the engine: the few errors the repositories answer
// (as a problem the caller can act on) instead of letting them become a 500.

/**
 * A row referred to a row that is not there (any more): PostgreSQL's foreign_key_violation
 * (23503), SQLite's SQLITE_CONSTRAINT_FOREIGNKEY.
 */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
