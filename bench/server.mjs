// The reference server under load, on loopback: autocannon against GET /v1/groups (the whole list
// and one page of 100), GET /v1/stories (the first page and one deep in the list) and
// POST /v1/groups/{id}/signups, with 10, 1,000 and 10,000 groups and stories on SQLite; beside
// each GET, a bare node:http server answering the same bytes in the same run (the ceiling).
// Prints throughput, p50/p99 latency and peak memory; asserts nothing. `node bench/server.mjs`
// (BENCH_SECONDS per run, default 5; BENCH_SIZES, e.g. 10,1000).
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ROOT, describeMachine, machine, mb, writeJson } from './harness.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '10,1000,10000').split(',').map(Number);
const CONNECTIONS = 10;
/** Seconds of load before each measured run: a fresh server's code is not optimised yet. */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
/** Sign-ups are measured on this size (the number of groups hardly matters to them). */
const SIGNUP_SIZE = SIZES.includes(1000) ? 1000 : SIZES[0];
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

/** Peak resident memory of a process while `during` runs, sampled every 50 ms from /proc. */
async function peakRss(pid, during) {
  let peak = 0;
  const sample = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb * 1024);
    } catch {
      // not Linux, or the process ended
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

/** Starts the reference server as `npm start -w @hearth/server` does, logging to a file. */
async function startReference(dataDir) {
  const port = await freePort();
  const log = openSync(join(dataDir, 'server.log'), 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HEARTH_DATA_DIR: dataDir,
      HEARTH_SEED: 'none',
      HEARTH_RATE_LIMIT_SIGNUPS: UNLIMITED,
    },
    stdio: ['ignore', log, log],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 300 || child.exitCode !== null) {
      throw new Error(`the server did not start:\n${readFileSync(join(dataDir, 'server.log'))}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return { url, pid: child.pid, stop: () => stopChild(child) };
}

async function startCeiling(bodies, dir) {
  const file = join(dir, 'ceiling.json');
  writeFileSync(file, JSON.stringify(bodies));
  const child = spawn(process.execPath, ['bench/ceiling-server.mjs', file], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise((done) =>
    child.stdout.on('data', (chunk) => {
      const match = /listening (\d+)/.exec(String(chunk));
      if (match) done(Number(match[1]));
    }),
  );
  return { url: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => stopChild(child) };
}

function stopChild(child) {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', done);
    child.kill('SIGTERM');
  });
}

/** CPU time a process has used so far, in ms (user + system, from /proc; 0 elsewhere). */
function cpuTime(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
const CLOCK_TICKS = Number(
  spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim() || 100,
);

/**
 * One autocannon run (after a warm-up, `BENCH_WARMUP` seconds) with the server's peak memory and the CPU
 * time it spent per request: unlike throughput, that barely depends on what else the machine
 * is doing, so it compares runs on a busy machine more fairly.
 */
async function load(target, { path = '/', ...options }) {
  const run = (duration) =>
    autocannon({
      url: `${target.url}${path}`,
      connections: CONNECTIONS,
      duration,
      timeout: 60,
      ...options,
    });
  await idle(target);
  await run(WARMUP);
  await idle(target);
  const cpuBefore = cpuTime(target.pid);
  const { result, peak } = await peakRss(target.pid, () => run(SECONDS));
  const cpu = cpuTime(target.pid) - cpuBefore;
  return {
    cpuPerRequest: result.requests.total ? cpu / result.requests.total : 0,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytesPerSecond: result.throughput.average,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
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

const m = machine();
console.log(
  `Reference server bench: autocannon, ${CONNECTIONS} connections, ${SECONDS} s per run after ${WARMUP} s of warm-up, loopback\n  ${describeMachine(m)}`,
);
const fmt = (r) =>
  r.total === 0
    ? `no request answered within the ${SECONDS} s run (${r.errors} errors)`
    : `${Math.round(r.requestsPerSecond).toLocaleString('en-US').padStart(7)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(5)} ms  CPU ${r.cpuPerRequest.toFixed(3).padStart(7)} ms/req  peak RSS ${mb(r.peakRss).padStart(8)}${r.non2xx || r.errors ? `  (${r.non2xx} non-2xx, ${r.errors} errors)` : ''}`;

const results = [];
for (const size of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-'));
  try {
    const data = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'bench/server-data.mjs', dir, String(size), String(size)],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (data.status !== 0) throw new Error(`could not make the data: ${data.stderr}`);
    const reference = await startReference(dir);
    const deep = await deepCursor(reference.url, Math.floor(size / 2 / 50));
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
      bodies[path] = await (await fetch(`${reference.url}${path}`)).text();
    }
    const ceiling = await startCeiling(bodies, dir);
    console.log(
      `\n${size.toLocaleString('en-US')} groups and ${size.toLocaleString('en-US')} published stories`,
    );
    for (const [label, path] of Object.entries(paths)) {
      const real = await load(reference, { path });
      const bare = await load(ceiling, { path });
      const share = real.requestsPerSecond / bare.requestsPerSecond;
      const cpuShare = real.cpuPerRequest ? bare.cpuPerRequest / real.cpuPerRequest : 0;
      const bytes = Buffer.byteLength(bodies[path]);
      console.log(`  ${label} (${(bytes / 1024).toFixed(1)} KB)`);
      console.log(`    reference server  ${fmt(real)}`);
      console.log(`    bare node:http    ${fmt(bare)}`);
      if (!real.total || !bare.total) console.log('    share of the ceiling: not measured');
      else
        console.log(
          `    share of the ceiling ${(share * 100).toFixed(0)}% of its throughput (goal ≥ ${GOALS.ceilingShare * 100}%: ${share >= GOALS.ceilingShare ? 'met' : 'missed'}); by CPU per request ${(cpuShare * 100).toFixed(0)}%`,
        );
      results.push({ size, label, path, bytes, reference: real, ceiling: bare, share, cpuShare });
    }
    await ceiling.stop();

    if (size === SIGNUP_SIZE) {
      const groups = (await (await fetch(`${reference.url}/v1/groups`)).json()).items
        .filter((group) => group.status !== 'closed')
        .slice(0, 10);
      const body = (group) =>
        JSON.stringify({
          name: 'Bench Visitor',
          email: 'visitor@bench.example',
          contactMethod: 'email',
          ...((group.ageMin !== undefined || group.ageMax !== undefined) && {
            ageConfirmed: true,
          }),
          consent: { contact: true, privacy: true },
        });
      let next = 0;
      const signups = await load(reference, {
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const group = groups[next++ % groups.length];
              return {
                ...request,
                path: `/v1/groups/${group.id}/signups`,
                headers: {
                  'content-type': 'application/json',
                  'idempotency-key': randomUUID(),
                },
                body: body(group),
              };
            },
          },
        ],
      });
      const met = signups.requestsPerSecond >= GOALS.signupsPerSecond;
      console.log(`  POST /v1/groups/{id}/signups (10 groups, a new Idempotency-Key each)`);
      console.log(`    reference server  ${fmt(signups)}`);
      console.log(
        `    goal ≥ ${GOALS.signupsPerSecond.toLocaleString('en-US')}/s: ${met ? 'met' : 'missed'}`,
      );
      results.push({ size, label: 'POST /v1/groups/{id}/signups', reference: signups });
    }
    await reference.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await writeJson({
  machine: m,
  seconds: SECONDS,
  warmup: WARMUP,
  connections: CONNECTIONS,
  goals: GOALS,
  results,
});
