import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrationProvider } from './migrations.js';
import type { Database } from './schema.js';

export const DATABASE_FILE = 'hearth.db';

/**
 * Opens the embedded SQLite database in `dataDir` (created when missing), or an in-memory one
 * for `':memory:'`. A PostgreSQL variant would return the same `Kysely<Database>`.
 */
export function openSqlite(dataDir: string): Kysely<Database> {
  const filename = dataDir === ':memory:' ? ':memory:' : prepareFile(dataDir);
  const sqlite = new SQLite(filename);
  // WAL lets readers continue while a write commits; busy_timeout makes a second process wait
  // for a lock instead of failing at once.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Deleted rows are overwritten with zeros, so a person's data deleted on request does not
  // linger in free pages of the file.
  sqlite.pragma('secure_delete = ON');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

function prepareFile(dataDir: string): string {
  fs.mkdirSync(dataDir, { recursive: true });
  return path.join(dataDir, DATABASE_FILE);
}

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(`Database migration ${failed ?? ''} failed: ${String(error)}`, {
      cause: error,
    });
  }
}
