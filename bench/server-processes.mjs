// The processes the server bench measures: the reference server and the bare node:http ceiling,
// started on free loopback ports and stopped again, and their memory and CPU time sampled from
// /proc (Linux; elsewhere the figures are missing).
import { spawn, spawnSync } from 'node:child_process';
import { openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

// A benchmark is one client sending thousands of sign-ups: lift the per-client limit for it only.
const UNLIMITED = '1000000000/600';

const freePort = () =>
  new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

/** The largest resident memory of any of `pids` while `during` runs, sampled every 50 ms. */
export async function peakRss(pids, during) {
  let peak = 0;
  const sample = () => {
    for (const pid of pids) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        peak = Math.max(peak, kb * 1024);
      } catch {
        // not Linux, or the process ended
      }
    }
  };
  const timer = setInterval(sample, 50);
  sample();
  try {
    const result = await during();
    sample();
    return { result, peak };
  } finally {
    clearInterval(timer);
  }
}

/** Every child process this bench started and has not stopped yet (stopped on a signal too). */
export const children = new Set();

function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/**
 * Starts the reference server as `npm start -w @hearth/server` does, logging to a file; with
 * `database`, on that PostgreSQL database (`DATABASE_URL`, `HEARTH_DATA_KEY`).
 */
export async function startReference(dataDir, database, name = 'server') {
  const port = await freePort();
  const logFile = join(dataDir, `${name}.log`);
  const log = openSync(logFile, 'a');
  const child = track(
    spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...database?.env,
        PORT: String(port),
        HEARTH_DATA_DIR: dataDir,
        HEARTH_SEED: 'none',
        HEARTH_RATE_LIMIT_SIGNUPS: UNLIMITED,
      },
      stdio: ['ignore', log, log],
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 300 || child.exitCode !== null) {
      await stopChild(child);
      throw new Error(`the server did not start:\n${readFileSync(logFile)}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return { url, pid: child.pid, stop: () => stopChild(child) };
}

export async function startCeiling(bodies, dir) {
  const file = join(dir, 'ceiling.json');
  writeFileSync(file, JSON.stringify(bodies));
  const child = track(
    spawn(process.execPath, ['bench/ceiling-server.mjs', file], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const port = await new Promise((done, fail) => {
    child.stdout.on('data', (chunk) => {
      const match = /listening (\d+)/.exec(String(chunk));
      if (match) done(Number(match[1]));
    });
    child.once('exit', () => fail(new Error('the ceiling server did not start')));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => stopChild(child) };
}

function stopChild(child) {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', done);
    child.kill('SIGTERM');
  });
}

/** CPU time a process has used so far, in ms (user + system, from /proc; 0 elsewhere). */
export function cpuTime(pid, { children: reaped = false } = {}) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux);
    // cutime and cstime (16, 17): of its children that have ended and been waited for.
    const ticks =
      Number(fields[11]) +
      Number(fields[12]) +
      (reaped ? Number(fields[13]) + Number(fields[14]) : 0);
    return (ticks * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
const CLOCK_TICKS = Number(
  spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim() || 100,
);

/**
 * CPU time of a whole PostgreSQL server so far, in ms: the postmaster, its live processes (one
 * backend per connection, the checkpointer, the WAL writer…) and those that have ended. Only
 * for a server on this machine whose processes /proc shows; else undefined.
 */
export function databaseCpuTime(postmaster) {
  if (!postmaster) return undefined;
  let total = cpuTime(postmaster, { children: true });
  if (!total) return undefined;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ');
      if (Number(fields[1]) === postmaster) total += cpuTime(Number(entry));
    } catch {
      // ended meanwhile
    }
  }
  return total;
}
