import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type SqliteDatabase, type Transaction } from 'kysely';
import { makePrivateDir, makePrivateFile, PRIVATE_FILE_MODE } from '../platform/private-files.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';

export const DATABASE_FILE = 'hearth.db';
/** The database and the files SQLite keeps beside it in WAL mode. */
export const DATABASE_FILES = [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`];

export interface OpenedSqlite {
  db: Kysely<Database>;
  /** The same connection without Kysely, for the one hot read that must not queue behind it. */
  sqlite: SQLite.Database;
}

/**
 * Opens the embedded SQLite database in `dataDir` (created when missing), or an in-memory one
 * for `':memory:'`. A PostgreSQL variant would return the same `Kysely<Database>`.
 */
export function openSqlite(dataDir: string): OpenedSqlite {
  const filename = dataDir === ':memory:' ? ':memory:' : prepareFile(dataDir);
  const sqlite = new SQLite(filename);
  // WAL lets readers continue while a write commits; busy_timeout makes a second process wait
  // for a lock instead of failing at once. With WAL, `synchronous = NORMAL` syncs at checkpoints
  // rather than at every commit: a committed sign-up survives the process being killed (the WAL
  // is in the operating system's hands), and only a power cut may lose the last commits.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Deleted rows are overwritten with zeros, so a person's data deleted on request does not
  // linger in free pages of the file.
  sqlite.pragma('secure_delete = ON');
  // SQLite gives the WAL and shared-memory files the database's mode; older ones may be looser.
  if (dataDir !== ':memory:') {
    for (const file of DATABASE_FILES) makePrivateFile(path.join(dataDir, file));
  }
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { db, sqlite };
}

/** Distinct SQL texts kept prepared; queries with `in (…)` lists make a few variants each. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely prepares every query it runs, and preparing costs as much as running most of ours: keep
 * the prepared statements by SQL text (parameters stay apart, so nothing of a request is kept),
 * least recently used out first. A statement still iterating is never handed out twice.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text) {
      const kept = statements.get(text);
      if (kept && !kept.busy) {
        statements.delete(text);
        statements.set(text, kept);
        return kept;
      }
      const statement = sqlite.prepare(text);
      if (!kept) {
        statements.set(text, statement);
        if (statements.size > STATEMENT_CACHE_SIZE) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
      }
      return statement;
    },
  };
}

/** The database file, created empty and owner-only before SQLite opens it (SQLite would use 0644). */
function prepareFile(dataDir: string): string {
  makePrivateDir(dataDir);
  const file = path.join(dataDir, DATABASE_FILE);
  const fd = fs.openSync(file, 'a', PRIVATE_FILE_MODE);
  try {
    fs.fchmodSync(fd, PRIVATE_FILE_MODE);
  } finally {
    fs.closeSync(fd);
  }
  return file;
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

/**
 * Runs `work` once per database, in one transaction with a mark in `meta`: for data steps only the
 * store can do after a migration (it alone holds the data key), such as encrypting or assessing
 * rows that were written before a column existed.
 */
export async function onceMarked(
  db: Kysely<Database>,
  mark: string,
  work: (trx: Transaction<Database>) => Promise<void>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const done = await trx
      .selectFrom('meta')
      .select('value')
      .where('key', '=', mark)
      .executeTakeFirst();
    if (done) return;
    await work(trx);
    await trx.insertInto('meta').values({ key: mark, value: '1' }).execute();
  });
}
