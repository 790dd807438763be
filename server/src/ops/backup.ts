// A copy of the embedded SQLite database taken while the server keeps serving: SQLite's online
// backup copies every page in one step under one read transaction, so the copy is the database
// as of one commit (writers go on in the WAL meanwhile). SQLite only; PostgreSQL has pg_dump.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { DATABASE_FILE } from '../db/database.js';
import { PRIVATE_FILE_MODE } from '../platform/private-files.js';

export interface BackupResult {
  file: string;
  bytes: number;
  pages: number;
  milliseconds: number;
}

/** All remaining pages in one step: a copy in several steps restarts whenever a writer commits. */
const ALL_PAGES = 0x7fffffff;

/**
 * Copies `<dataDir>/hearth.db` to `target` (which must not exist), owner-only. The copy is written
 * beside the target first and renamed, so a failed backup leaves no half file under its name.
 */
export async function backupSqlite(dataDir: string, target: string): Promise<BackupResult> {
  const source = path.join(dataDir, DATABASE_FILE);
  if (!fs.existsSync(source)) throw new Error(`There is no database at ${source}.`);
  const file = path.resolve(target);
  if (fs.existsSync(file)) throw new Error(`${file} exists already; choose a new name.`);
  const partial = `${file}.partial`;
  const started = performance.now();
  // Created owner-only before SQLite writes to it: the copy holds what the database holds.
  fs.closeSync(fs.openSync(partial, 'wx', PRIVATE_FILE_MODE));
  fs.chmodSync(partial, PRIVATE_FILE_MODE);
  const db = new SQLite(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const { totalPages } = await db.backup(partial, { progress: () => ALL_PAGES });
    fs.renameSync(partial, file);
    return {
      file,
      bytes: fs.statSync(file).size,
      pages: totalPages,
      milliseconds: Math.round(performance.now() - started),
    };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
}
