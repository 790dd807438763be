// The reference server under load, on loopback: autocannon against GET /v1/groups (the whole list
// and one page of 100), GET /v1/stories (the first page and one deep in the list) and
// POST /v1/groups/{id}/signups, with 10, 1,000 and 10,000 groups and stories on SQLite; beside
// each GET, a bare node:http server answering the same bytes in the same run (the ceiling).
// With a PostgreSQL address (HEARTH_TEST_DATABASE_URL, as scripts/with-postgres.mjs sets it, or
// BENCH_DATABASE_URL; a role that may create databases), the same on PostgreSQL at one size
// (BENCH_PG_SIZES, default 1,000), with one server process and with two on the one database, the
// load split between them (and two ceiling processes beside two instances).
// Prints throughput, p50/p99 latency, CPU per request (server processes, and PostgreSQL's own)
// and peak memory; asserts nothing. `node bench/server.mjs` (BENCH_SECONDS per run, default 5;
// BENCH_SIZES, e.g. 10,1000); `node scripts/with-postgres.mjs -- node bench/server.mjs` with
// PostgreSQL.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { ROOT, describeMachine, machine, mb, writeJson } from './harness.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '10,1000,10000').split(',').map(Number);
const CONNECTIONS = 10;
/** Seconds of load before each measured run: a fresh server's code is not optimised yet. */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
/** Sign-ups are measured on this size (the number of groups hardly matters to them). */
const SIGNUP_SIZE = SIZES.includes(1000) ? 1000 : SIZES[0];
/** PostgreSQL: an address where the bench may create (and drop) its own databases. */
const PG_URL = process.env.BENCH_DATABASE_URL || process.env.HEARTH_TEST_DATABASE_URL || undefined;
/** PostgreSQL runs at these sizes only (each is measured with one and with two instances). */
const PG_SIZES = (process.env.BENCH_PG_SIZES ?? String(SIZES.includes(1000) ? 1000 : SIZES[0]))
  .split(',')
  .map(Number);
const GOALS = { ceilingShare: 0.5, signupsPerSecond: 1000 };
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
async function peakRss(pids, during) {
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
const children = new Set();

function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    for (const child of children) child.kill('SIGTERM');
    // The temporary folders and databases go with the process: leave() is synchronous.
    leave();
    process.exit(130);
  });
}

/**
 * Starts the reference server as `npm start -w @hearth/server` does, logging to a file; with
 * `database`, on that PostgreSQL database (`DATABASE_URL`, `HEARTH_DATA_KEY`).
 */
async function startReference(dataDir, database, name = 'server') {
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

async function startCeiling(bodies, dir) {
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
function cpuTime(pid, { children: reaped = false } = {}) {
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
function databaseCpuTime(postmaster) {
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

/**
 * One load run against one or more servers (after a warm-up, `BENCH_WARMUP` seconds): with
 * several, one autocannon per server in parallel, the connections split between them; the
 * throughput is the sum, p50 and p99 the worse of the runs. With the servers' peak memory (the
 * largest process) and their CPU time per request (all of them, and the database's when known):
 * unlike throughput, that barely depends on what else the machine is doing, so it compares runs
 * on a busy machine more fairly.
 */
async function load(targets, { path = '/', database, ...options }) {
  const run = (duration) =>
    Promise.all(
      targets.map((target, index) =>
        autocannon({
          url: `${target.url}${path}`,
          connections:
            Math.floor(CONNECTIONS / targets.length) +
            (index < CONNECTIONS % targets.length ? 1 : 0),
          duration,
          timeout: 60,
          ...options,
        }),
      ),
    );
  const serverCpu = () => targets.reduce((sum, target) => sum + cpuTime(target.pid), 0);
  for (const target of targets) await idle(target);
  await run(WARMUP);
  for (const target of targets) await idle(target);
  const cpuBefore = serverCpu();
  const dbBefore = databaseCpuTime(database?.postmaster);
  const { result: runs, peak } = await peakRss(
    targets.map((target) => target.pid),
    () => run(SECONDS),
  );
  const cpu = serverCpu() - cpuBefore;
  const dbAfter = databaseCpuTime(database?.postmaster);
  const total = runs.reduce((sum, r) => sum + r.requests.total, 0);
  const sum = (pick) => runs.reduce((s, r) => s + pick(r), 0);
  const worst = (pick) => Math.max(...runs.map(pick));
  return {
    cpuPerRequest: total ? cpu / total : 0,
    ...(dbBefore !== undefined &&
      dbAfter !== undefined && { dbCpuPerRequest: total ? (dbAfter - dbBefore) / total : 0 }),
    requestsPerSecond: sum((r) => r.requests.average),
    p50: worst((r) => r.latency.p50),
    p99: worst((r) => r.latency.p99),
    bytesPerSecond: sum((r) => r.throughput.average),
    total,
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors + r.timeouts),
    peakRss: peak,
  };
}

/**
 * Waits until the server answers a request quickly again: requests autocannon gave up on may
 * still be queued, and must not be counted against the next run. Up to a minute in all.
 */
async function idle(target) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const started = Date.now();
    try {
      await fetch(`${target.url}/healthz`, { signal: AbortSignal.timeout(10_000) });
    } catch {
      // busy: try again
    }
    if (Date.now() - started < 100) break;
  }
  // ... and until it has finished writing answers to clients that left (large ones take a while):
  // less than 10% of a core used over a quarter of a second.
  while (Date.now() < until) {
    const before = cpuTime(target.pid);
    await new Promise((done) => setTimeout(done, 250));
    if (cpuTime(target.pid) - before < 25) return;
  }
}

/** A cursor `pages` pages of 50 into the list, as "Load more" would reach it. */
async function deepCursor(url, pages) {
  let cursor = null;
  for (let page = 0; page < pages; page++) {
    const response = await fetch(
      `${url}/v1/stories?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    const next = (await response.json()).nextCursor;
    if (!next) break;
    cursor = next;
  }
  return cursor;
}

// ---- PostgreSQL: a database of its own per size, dropped afterwards ---------------------------

/** Databases made by this run, dropped at the end (or on a signal, as far as it gets). */
const made = new Set();
/** Temporary folders of this run, removed at the end (or on a signal). */
const folders = new Set();

function leave() {
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
async function makeDatabase(size) {
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

async function dropDatabase(database) {
  await withAdmin((client) =>
    client.query(`drop database if exists "${database.name}" with (force)`),
  );
  made.delete(database.name);
}

// ---- The runs -----------------------------------------------------------------------------------

const m = machine();
console.log(
  `Reference server bench: autocannon, ${CONNECTIONS} connections, ${SECONDS} s per run after ${WARMUP} s of warm-up, loopback\n  ${describeMachine(m)}`,
);
if (!PG_URL) {
  console.log(
    'PostgreSQL: skipped (neither HEARTH_TEST_DATABASE_URL nor BENCH_DATABASE_URL is set); include it with `node scripts/with-postgres.mjs -- npm run bench -- --only server`',
  );
}
const ms3 = (n) => (n === undefined ? '—' : n.toFixed(3));
const fmt = (r) =>
  r.total === 0
    ? `no request answered within the ${SECONDS} s run (${r.errors} errors)`
    : `${Math.round(r.requestsPerSecond).toLocaleString('en-US').padStart(7)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(5)} ms  CPU ${r.cpuPerRequest.toFixed(3).padStart(7)} ms/req${r.dbCpuPerRequest === undefined ? '' : ` + database ${r.dbCpuPerRequest.toFixed(3)}`}  peak RSS ${mb(r.peakRss).padStart(8)}${r.non2xx || r.errors ? `  (${r.non2xx} non-2xx, ${r.errors} errors)` : ''}`;

const ENGINES = [
  { engine: 'sqlite', sizes: SIZES, instances: [1] },
  ...(PG_URL ? [{ engine: 'postgres', sizes: PG_SIZES, instances: [1, 2] }] : []),
];

const signupBody = (group) =>
  JSON.stringify({
    name: 'Bench Visitor',
    email: 'visitor@bench.example',
    contactMethod: 'email',
    ...((group.ageMin !== undefined || group.ageMax !== undefined) && { ageConfirmed: true }),
    consent: { contact: true, privacy: true },
  });

/** The GETs and sign-ups of one data set on `count` server processes. */
async function measure({ engine, size, count, dir, database, results }) {
  const references = [];
  const ceilings = [];
  try {
    for (let i = 0; i < count; i++) {
      references.push(await startReference(dir, database, `server-${i + 1}`));
    }
    const first = references[0];
    const deep = await deepCursor(first.url, Math.floor(size / 2 / 50));
    // Stories first: the large group lists leave garbage and socket work behind them.
    const paths = {
      'GET /v1/stories': '/v1/stories',
      ...(deep && {
        'GET /v1/stories, a page deep in the list': `/v1/stories?cursor=${encodeURIComponent(deep)}`,
      }),
      'GET /v1/groups': '/v1/groups',
      // What the finder asks for after its first screen: pages keep the answer's size flat.
      ...(size > 100 && { 'GET /v1/groups?limit=100 (one page)': '/v1/groups?limit=100' }),
    };
    const bodies = {};
    for (const path of Object.values(paths)) {
      bodies[path] = await (await fetch(`${first.url}${path}`)).text();
    }
    // As many bare servers as there are instances: the ceiling of that many Node processes.
    for (let i = 0; i < count; i++) ceilings.push(await startCeiling(bodies, dir));
    const where = `${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, ${count === 1 ? 'one server process' : `${count} server processes on one database`}`;
    console.log(
      `\n${where}: ${size.toLocaleString('en-US')} groups and ${size.toLocaleString('en-US')} published stories`,
    );
    const reference = count === 1 ? 'reference server ' : `${count} servers        `;
    const bareName = count === 1 ? 'bare node:http   ' : `${count} × node:http    `;
    for (const [label, path] of Object.entries(paths)) {
      const real = await load(references, { path, database });
      const bare = await load(ceilings, { path });
      const share = real.requestsPerSecond / bare.requestsPerSecond;
      const cpuShare = real.cpuPerRequest ? bare.cpuPerRequest / real.cpuPerRequest : 0;
      const bytes = Buffer.byteLength(bodies[path]);
      console.log(`  ${label} (${(bytes / 1024).toFixed(1)} KB)`);
      console.log(`    ${reference} ${fmt(real)}`);
      console.log(`    ${bareName} ${fmt(bare)}`);
      if (!real.total || !bare.total) console.log('    share of the ceiling: not measured');
      else
        console.log(
          `    share of the ceiling ${(share * 100).toFixed(0)}% of its throughput (goal ≥ ${GOALS.ceilingShare * 100}%: ${share >= GOALS.ceilingShare ? 'met' : 'missed'}); by CPU per request ${(cpuShare * 100).toFixed(0)}%`,
        );
      const row = { engine, instances: count, size, label, path, bytes };
      results.push({ ...row, reference: real, ceiling: bare, share, cpuShare });
    }
    for (const ceiling of ceilings.splice(0)) await ceiling.stop();

    if (size === (engine === 'sqlite' ? SIGNUP_SIZE : PG_SIZES[0])) {
      const groups = (await (await fetch(`${first.url}/v1/groups`)).json()).items
        .filter((group) => group.status !== 'closed')
        .slice(0, 10);
      let next = 0;
      const signups = await load(references, {
        database,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const group = groups[next++ % groups.length];
              return {
                ...request,
                path: `/v1/groups/${group.id}/signups`,
                headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
                body: signupBody(group),
              };
            },
          },
        ],
      });
      const met = signups.requestsPerSecond >= GOALS.signupsPerSecond;
      console.log(`  POST /v1/groups/{id}/signups (10 groups, a new Idempotency-Key each)`);
      console.log(`    ${reference} ${fmt(signups)}`);
      console.log(
        `    goal ≥ ${GOALS.signupsPerSecond.toLocaleString('en-US')}/s: ${met ? 'met' : 'missed'}`,
      );
      results.push({
        engine,
        instances: count,
        size,
        label: 'POST /v1/groups/{id}/signups',
        reference: signups,
      });
    }
  } finally {
    for (const target of [...ceilings, ...references]) await target.stop();
  }
}

const results = [];
try {
  for (const { engine, sizes, instances } of ENGINES) {
    for (const size of sizes) {
      const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-'));
      folders.add(dir);
      let database;
      try {
        if (engine === 'postgres') database = await makeDatabase(size);
        const data = spawnSync(
          process.execPath,
          ['--import', 'tsx', 'bench/server-data.mjs', dir, String(size), String(size)],
          { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...database?.env } },
        );
        if (data.status !== 0) throw new Error(`could not make the data: ${data.stderr}`);
        // One instance first, then two on the same data (the sign-ups of the first run stay).
        for (const count of instances) {
          await measure({ engine, size, count, dir, database, results });
        }
      } finally {
        if (database) await dropDatabase(database);
        rmSync(dir, { recursive: true, force: true });
        folders.delete(dir);
      }
    }
  }
} finally {
  leave();
}

// ---- The summary table ----------------------------------------------------------------------------

const summary = [
  [
    'engine',
    'inst',
    'size',
    'request',
    'req/s',
    'p50/p99 ms',
    'CPU ms/req',
    'DB CPU ms/req',
    'ceiling req/s',
    'share',
  ],
  ...results.map((x) => [
    x.engine,
    String(x.instances),
    x.size.toLocaleString('en-US'),
    x.label.replace(/ \(one page\)$/, '').replace(', a page deep in the list', ' (deep page)'),
    x.reference.total ? Math.round(x.reference.requestsPerSecond).toLocaleString('en-US') : '—',
    x.reference.total ? `${x.reference.p50}/${x.reference.p99}` : '—',
    x.reference.total ? ms3(x.reference.cpuPerRequest) : '—',
    x.reference.total ? ms3(x.reference.dbCpuPerRequest) : '—',
    x.ceiling?.total ? Math.round(x.ceiling.requestsPerSecond).toLocaleString('en-US') : '—',
    x.share === undefined || !x.reference.total || !x.ceiling?.total
      ? '—'
      : `${(x.share * 100).toFixed(0)}% (CPU ${(x.cpuShare * 100).toFixed(0)}%)`,
  ]),
];
const widths = summary[0].map((_, i) => Math.max(...summary.map((row) => row[i].length)));
console.log('\nSummary (share: of the bare node:http ceiling with as many processes)');
for (const [index, row] of summary.entries()) {
  console.log(
    `  ${row.map((cell, i) => (i === 3 || i <= 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')}`,
  );
  if (index === 0) console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
}

await writeJson({
  machine: m,
  seconds: SECONDS,
  warmup: WARMUP,
  connections: CONNECTIONS,
  goals: GOALS,
  engines: ENGINES.map(({ engine, sizes, instances }) => ({ engine, sizes, instances })),
  results,
});
