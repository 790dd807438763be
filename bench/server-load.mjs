// One measured load run of the server bench: autocannon against one or more servers after a
// warm-up, with their throughput, latency, peak memory and CPU time per request; and the cursor
// deep into the story list that "Load more" would reach.
import autocannon from 'autocannon';
import { cpuTime, databaseCpuTime, peakRss } from './server-processes.mjs';

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
export const CONNECTIONS = 10;
/** Seconds of load before each measured run: a fresh server's code is not optimised yet. */
export const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);

/**
 * One load run against one or more servers (after a warm-up, `BENCH_WARMUP` seconds): with
 * several, one autocannon per server in parallel, the connections split between them; the
 * throughput is the sum, p50 and p99 the worse of the runs. With the servers' peak memory (the
 * largest process) and their CPU time per request (all of them, and the database's when known):
 * unlike throughput, that barely depends on what else the machine is doing, so it compares runs
 * on a busy machine more fairly.
 */
export async function load(targets, { path = '/', database, ...options }) {
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
export async function deepCursor(url, pages) {
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
