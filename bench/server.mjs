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
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, describeMachine, machine, mb, writeJson } from './harness.mjs';
import { CONNECTIONS, SECONDS, WARMUP, deepCursor, load } from './server-load.mjs';
import { PG_URL, dropDatabase, folders, leave, makeDatabase } from './server-postgres.mjs';
import { children, startCeiling, startReference } from './server-processes.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '10,1000,10000').split(',').map(Number);
/** Sign-ups are measured on this size (the number of groups hardly matters to them). */
const SIGNUP_SIZE = SIZES.includes(1000) ? 1000 : SIZES[0];
/** PostgreSQL runs at these sizes only (each is measured with one and with two instances). */
const PG_SIZES = (process.env.BENCH_PG_SIZES ?? String(SIZES.includes(1000) ? 1000 : SIZES[0]))
  .split(',')
  .map(Number);
const GOALS = { ceilingShare: 0.5, signupsPerSecond: 1000 };

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    for (const child of children) child.kill('SIGTERM');
    // The temporary folders and databases go with the process: leave() is synchronous.
    leave();
    process.exit(130);
  });
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
