// The server bench on PostgreSQL: a database of its own per size, dropped afterwards, and the
// temporary folders of the run, removed at the end or on a signal.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import pg from 'pg';
import { ROOT } from './harness.mjs';

/** PostgreSQL: an address where the bench may create (and drop) its own databases. */
export const PG_URL =
  process.env.BENCH_DATABASE_URL || process.env.HEARTH_TEST_DATABASE_URL || undefined;

/** Databases made by this run, dropped at the end (or on a signal, as far as it gets). */
const made = new Set();
/** Temporary folders of this run, removed at the end (or on a signal). */
export const folders = new Set();

export function leave() {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  folders.clear();
  if (made.size) {
    // Synchronous, for the signal path: a child process drops what is left.
    spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import pg from 'pg'; const c = new pg.Client(process.argv[1]); await c.connect();
         for (const d of process.argv.slice(2)) await c.query('drop database if exists "' + d + '" with (force)');
         await c.end();`,
        PG_URL,
        ...made,
      ],
      { cwd: ROOT, stdio: 'ignore', timeout: 10_000 },
    );
    made.clear();
  }
}

async function withAdmin(work) {
  const client = new pg.Client(PG_URL);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database on the PostgreSQL server, with the C collation Hearth needs, the address the
 * servers use, a data key, and the postmaster's pid when the server runs on this machine.
 */
export async function makeDatabase(size) {
  const name = `hearth_bench_${process.pid}_${size}`;
  const postmaster = await withAdmin(async (client) => {
    await client.query(
      `create database "${name}" template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`,
    );
    made.add(name);
    const { rows } = await client.query('select pg_backend_pid() as pid');
    try {
      const stat = readFileSync(`/proc/${rows[0].pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return Number(stat[1]) || undefined;
    } catch {
      return undefined; // elsewhere: no figure for the database's CPU
    }
  });
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    name,
    postmaster,
    env: { DATABASE_URL: url.href, HEARTH_DATA_KEY: randomBytes(32).toString('hex') },
  };
}

export async function dropDatabase(database) {
  await withAdmin((client) =>
    client.query(`drop database if exists "${database.name}" with (force)`),
  );
  made.delete(database.name);
}
