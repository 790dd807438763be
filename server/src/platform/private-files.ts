import fs from 'node:fs';
import path from 'node:path';

// The data directory holds the database and the data key: only the account that runs the server
// may read them. Modes are set with chmod, so a permissive umask cannot widen them.

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates `dir` (and missing parents) readable by the owner only; an existing one is left as is. */
export function makePrivateDir(dir: string): void {
  if (fs.existsSync(dir)) return;
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  fs.chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Makes `file` readable and writable by the owner only, when it exists. */
export function makePrivateFile(file: string): void {
  try {
    fs.chmodSync(file, PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

export interface LooseEntry {
  path: string;
  /** Octal, e.g. `755`. */
  mode: string;
  kind: 'directory' | 'file';
}

/**
 * The data directory and those of `files` in it that others on this machine may read or write.
 * Read before the server opens them: it then tightens the files, not the directory (it may be a
 * mount or a folder the operator chose), so the start-up log can say what was found.
 */
export function looseDataEntries(dataDir: string, files: readonly string[]): LooseEntry[] {
  const loose: LooseEntry[] = [];
  const check = (target: string, kind: LooseEntry['kind']) => {
    const stat = fs.statSync(target, { throwIfNoEntry: false });
    if (stat && (stat.mode & 0o077) !== 0) {
      loose.push({ path: target, mode: (stat.mode & 0o777).toString(8), kind });
    }
  };
  check(dataDir, 'directory');
  for (const file of files) check(path.join(dataDir, file), 'file');
  return loose;
}
