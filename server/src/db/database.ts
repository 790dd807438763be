import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  sql,
  SqliteDialect,
  type SqliteDatabase,
  type Transaction,
} from 'kysely';
import { makePrivateDir, makePrivateFile, PRIVATE_FILE_MODE } from '../platform/private-files.js';
import { migrationProviderFor } from './migrations/index.js';
import { openPostgres } from './postgres.js';
import type { Database } from './schema.js';

/** The two engines: SQLite embedded in the process (the default), or a shared PostgreSQL. */
export type Engine = 'sqlite' | 'postgres';

/** An open database, whichever the engine; the rest of the server sees only this. */
export interface HearthDatabase {
  db: Kysely<Database>;
  engine: Engine;
  /**
   * Changes whenever stored data may have changed, by this process or another one sharing the
   * database (SQLite: read from the file at each call; PostgreSQL: change notices).
   */
  dataVersion(): string;
  /**
   * After a person's data was deleted: SQLite checkpoints and truncates its write-ahead log, so
   * no copy of the deleted ciphertext stays in the files. PostgreSQL: nothing (docs/security.md).
   */
  afterErasure(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** `postgres://…`: PostgreSQL; undefined: SQLite in `dataDir`. */
  databaseUrl?: string;
  /** SQLite's directory, or `':memory:'`. */
  dataDir: string;
}

/**
 * Opens the database and brings its schema up to date. Migrations run under a lock on both
 * engines, so several processes starting together on an empty database are safe.
 */
export async function openDatabase({
  databaseUrl,
  dataDir,
}: DatabaseOptions): Promise<HearthDatabase> {
  if (databaseUrl) {
    const postgres = await openPostgres(databaseUrl);
    try {
      await migrateToLatest(postgres.db, 'postgres');
      // The change triggers exist now: from here on, other processes' changes are noticed.
      await postgres.listen();
    } catch (error) {
      await postgres.close();
      throw error;
    }
    return {
      db: postgres.db,
      engine: 'postgres',
      dataVersion: postgres.dataVersion,
      afterErasure: () => Promise.resolve(),
      close: postgres.close,
    };
  }
  const { db, sqlite } = openSqlite(dataDir);
  try {
    await migrateToLatest(db, 'sqlite');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  // total_changes(): rows this connection changed since it opened (counted even when a
  // transaction rolls back, which only costs a needless refresh); data_version: moves when
  // another connection (a staff command, a second server process) commits. Read outside
  // Kysely's queue: a version read during another request's transaction is at most older than
  // the data read after it, which only costs a refresh.
  const version = sqlite
    .prepare('select total_changes(), (select data_version from pragma_data_version())')
    .raw();
  return {
    db,
    engine: 'sqlite',
    dataVersion() {
      const [changed, data] = version.get() as [number, number];
      return `${data}:${changed}`;
    },
    async afterErasure() {
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    },
    close: () => db.destroy(),
  };
}

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
 * for `':memory:'`.
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

/** Any fixed number: the session lock PostgreSQL processes take while one migrates. */
const MIGRATION_LOCK = 0x4865617274; // "Heart"

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>, engine: Engine): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProviderFor(engine) });
  // Kysely's Migrator locks only after creating its own tables (`create table if not exists`,
  // which two PostgreSQL sessions can race on): hold a lock of ours around the whole of it, on
  // a connection of its own. SQLite's write lock serialises migrations already.
  const { error, results } =
    engine === 'postgres'
      ? await db.connection().execute(async (connection) => {
          await sql`select pg_advisory_lock(${sql.lit(MIGRATION_LOCK)})`.execute(connection);
          try {
            return await migrator.migrateToLatest();
          } finally {
            await sql`select pg_advisory_unlock(${sql.lit(MIGRATION_LOCK)})`.execute(connection);
          }
        })
      : await migrator.migrateToLatest();
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
    // The mark is claimed first: a second process opening at the same time waits here for the
    // first one's commit, then finds the mark taken and skips the work.
    const claimed = await trx
      .insertInto('meta')
      .values({ key: mark, value: '1' })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .executeTakeFirst();
    if (claimed) await work(trx);
  });
}
