// `npm run bench`: runs every benchmark in turn, prints their figures as they come, and writes
// docs/performance.md from them (tables, the command and the machine behind each figure, and
// where each goal stands), followed by the hand-written notes in bench/performance-notes.md.
// `npm run bench -- --only size,server` runs some; BENCH_RUNS and BENCH_SECONDS pass through;
// `--report` writes the page again from the last run's results (bench/results/, not committed).
// Needs `npm run build` first (the size and browser benchmarks read dist/).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, describeMachine, mb } from './harness.mjs';

const BENCHES = [
  { name: 'size', file: 'bench/size.mjs', json: true },
  { name: 'story-wall', file: 'bench/story-wall.mjs', json: true },
  { name: 'session-signup', file: 'bench/session-signup.mjs', json: true },
  { name: 'group-finder', file: 'bench/group-finder.mjs', json: false },
  { name: 'server', file: 'bench/server.mjs', json: true },
];
const only = (() => {
  const at = process.argv.indexOf('--only');
  return at === -1 ? undefined : new Set(process.argv[at + 1].split(','));
})();

const results = join(ROOT, 'bench/results');
mkdirSync(results, { recursive: true });

function run(bench) {
  return new Promise((done) => {
    const json = join(results, `${bench.name}.json`);
    rmSync(json, { force: true });
    const args = [bench.file, ...(bench.json ? ['--json', json] : [])];
    const started = Date.now();
    console.log(`\n$ node ${args.join(' ')}`);
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('exit', (code) => {
      done({
        ...bench,
        code,
        output,
        seconds: Math.round((Date.now() - started) / 1000),
        finished: new Date().toISOString(),
        env: ['BENCH_RUNS', 'BENCH_SECONDS', 'BENCH_SIZES', 'BENCH_PG_SIZES']
          .filter((name) => process.env[name])
          .map((name) => `${name}=${process.env[name]} `)
          .join(''),
        data: bench.json && existsSync(json) ? JSON.parse(readFileSync(json, 'utf8')) : undefined,
      });
    });
  });
}

/** `--report`: no running, only docs/performance.md again from the last run's saved results. */
function saved(bench) {
  const file = join(results, `${bench.name}.run.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

const ran = {};
for (const bench of BENCHES) {
  if (only && !only.has(bench.name)) continue;
  if (process.argv.includes('--report')) {
    const last = saved(bench);
    if (last) ran[bench.name] = last;
    continue;
  }
  ran[bench.name] = await run(bench);
  writeFileSync(join(results, `${bench.name}.run.json`), JSON.stringify(ran[bench.name]));
}

// ---- docs/performance.md -----------------------------------------------------------------------

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' })
      .trim()
      .concat(
        execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
          cwd: ROOT,
          encoding: 'utf8',
        }).trim()
          ? ' with uncommitted changes'
          : '',
      );
  } catch {
    return 'unknown';
  }
})();
const command = (bench, wrapper = '') =>
  `\`${bench.env ?? ''}${wrapper}node ${bench.file}\` (run ${bench.finished?.slice(0, 16).replace('T', ' ')} UTC)`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const num = (n) => Math.round(n).toLocaleString('en-US');
const ms = (n) => (n === undefined ? '—' : `${n.toFixed(0)} ms`);
const status = (met) => (met ? '**met**' : '**missed**');
/** A Markdown table; columns whose cells all start with a digit or a dash are right-aligned. */
const table = (head, rows) => {
  const numeric = head.map((_, i) => rows.every((row) => /^[\d—-]/.test(String(row[i]))));
  return [
    `| ${head.join(' | ')} |`,
    `| ${numeric.map((right) => (right ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
};
/** Element names as code, so Markdown shows the angle brackets. */
const tags = (text) => text.replace(/<hearth-[a-z-]+>/g, (tag) => `\`${tag}\``);
const machineLine = (bench) =>
  bench.data?.machine ? `Machine: ${describeMachine(bench.data.machine)}.` : '';
const failed = (bench) =>
  bench.code === 0
    ? ''
    : `\n> This run failed (exit code ${bench.code}); its figures are missing or partial.\n`;

const sections = [];
const goals = [];

const size = ran.size;
if (size?.data) {
  const rows = size.data.rows;
  const initial = rows.find((row) => row.group === 'hearth' && row.goal !== undefined);
  goals.push([
    '`hearth.js` + shared core ≤ 12 KB gzip',
    `${kb(initial.gzip)}`,
    status(initial.gzip <= initial.goal),
  ]);
  for (const row of rows.filter((r) => r.group === 'widget')) {
    goals.push([
      `${tags(row.name.replace(' own chunk', ''))}: its own code ≤ 9 KB gzip`,
      kb(row.gzip),
      status(row.gzip <= row.goal),
    ]);
  }
  const heading = {
    hearth: 'Hearth as a practice embeds it (`dist/`)',
    widget: 'Each widget’s own chunk, fetched when its tag is on the page',
    'on-demand': 'Fetched later, when the visitor comes to it',
    page: 'A page with one widget: `hearth.js` + core + the widget’s chunk',
    npm: 'Per-element npm entries, bundled with the part of Lit they use',
    embed: 'Comparable embeds, bundled the same way: what a page loads',
  };
  const groupTables = Object.entries(heading).map(([group, title]) => {
    const mine = rows.filter((row) => row.group === group);
    const note = (row) =>
      row.group === 'embed'
        ? `${row.what}${row.css?.raw ? `; JS ${num(row.js.gzip)} B + CSS ${num(row.css.gzip)} B gzip` : ''}`
        : row.group === 'npm'
          ? row.what.replace(/^bundled with lit; /, '')
          : row.goal
            ? `goal ≤ ${num(row.goal)} B gzip: ${row.gzip <= row.goal ? 'met' : `missed by ${num(row.gzip - row.goal)} B`}`
            : row.what;
    return `### ${title}\n\n${table(
      ['what', 'minified B', 'gzip -9 B', 'brotli B', 'note'],
      mine.map((row) => [
        tags(row.name),
        num(row.raw),
        num(row.gzip),
        num(row.brotli),
        tags(note(row)),
      ]),
    )}`;
  });
  sections.push(`## Size

Command: ${command(size)} (after \`npm run build\`). Every file minified, then compressed on its
own as HTTP sends it: gzip level 9 and brotli quality 11 from \`node:zlib\` (1 KB = 1,024 B). The
comparable embeds are bundled from their npm packages in the same run with the same Vite library
build and minifier as the per-element entries (a small entry file that uses each as its
documentation shows), with their CSS where they need one. ${machineLine(size)}
${failed(size)}
${groupTables.join('\n\n')}

\`npm test\` holds the deterministic part as a budget (\`scripts/check-size.mjs\`): \`hearth.js\`
with its shared core ≤ 16 KB gzip, each widget's own code ≤ 9 KB gzip, \`hearth-admin.js\` ≤ 56 KB
gzip.`);
}

const wall = ran['story-wall'];
if (wall?.data) {
  const { results: r, scroll, runs } = wall.data;
  const names = {
    empty: 'empty page',
    vanilla: `${wall.data.stories} plain DOM cards (baseline)`,
    hearth: `\`<hearth-story-wall>\`, ${wall.data.stories} stories`,
  };
  sections.push(`## Story wall with 1,000 stories

Command: ${command(wall)}. Debian's Chromium (headless, phone viewport 390 × 844) loads the wall
from \`dist/hearth.js\` against a fake API, then presses "Load more" until 1,000 stories show (50 a
page). DOM nodes include shadow roots (\`Memory.getDOMCounters\`); JS heap is
\`JSHeapUsedSize\` after two forced garbage collections. Scrolling: ${scroll.frames} frames of
${scroll.step} px from the top, one \`scrollBy\` per animation frame; a dropped frame is an
interval of more than one frame (rounded). Baseline: the same stories as plain cards (date, note,
text, topics, two buttons) made with the DOM API, no framework, no shadow DOM. Median of ${runs}
runs. ${machineLine(wall)}
${failed(wall)}
${table(
  [
    'page',
    'cards',
    'DOM nodes',
    'JS heap',
    'listeners',
    '19 × Load more',
    'dropped frames 1x',
    'dropped frames 4x CPU',
  ],
  Object.entries(r).map(([kind, x]) => [
    names[kind],
    num(x.cards),
    num(x.nodes),
    mb(x.heap),
    num(x.listeners),
    x.loadAll === undefined ? '—' : ms(x.loadAll),
    x.scroll[1] ? `${x.scroll[1].dropped} (longest ${ms(x.scroll[1].longest)})` : '—',
    x.scroll[4] ? `${x.scroll[4].dropped} (longest ${ms(x.scroll[4].longest)})` : '—',
  ]),
)}`);
}

const signup = ran['session-signup'];
if (signup?.data) {
  const { results: r, runs } = signup.data;
  const rows = [];
  for (const [kind, byThrottle] of Object.entries(r)) {
    for (const [throttle, x] of Object.entries(byThrottle)) {
      rows.push([
        kind === 'hearth'
          ? '`<hearth-session-signup>` from hearth.js'
          : 'plain DOM form (baseline)',
        `${throttle}x`,
        ms(x.formShown),
        ms(x.interactive),
        ms(x.longest),
        String(x.longTasks),
      ]);
    }
  }
  sections.push(`## Sign-up form: time to interactive

Command: ${command(signup)}. From an inline script at the top of the page (before the module
script) to the first animation frame in which the form's submit button exists ("form shown"), and
to the later of that and the end of the last task of 50 ms or more, once the main thread has been
quiet for a second ("interactive"); then a character is typed into the name field to prove it.
The baseline fetches the same two API answers and builds the same fields with the DOM API. CPU
throttling with \`Emulation.setCPUThrottlingRate\`. Median of ${runs} loads.
${machineLine(signup)}
${failed(signup)}
${table(['page', 'CPU', 'form shown', 'interactive', 'longest task', 'tasks ≥ 50 ms'], rows)}`);
}

const finder = ran['group-finder'];
if (finder) {
  sections.push(`## Group finder

Command: ${command(finder)} (its own script, described in bench/README.md); its printed figures:
${failed(finder)}
\`\`\`
${finder.output.trim()}
\`\`\``);
}

const server = ran.server;
if (server?.data) {
  const { results: all, seconds, connections, goals: g } = server.data;
  // Results from before the engine and instance dimensions are SQLite with one process.
  const r = all.map((x) => ({ engine: 'sqlite', instances: 1, ...x }));
  const engineName = (x) => (x.engine === 'postgres' ? 'PostgreSQL' : 'SQLite');
  const none = (x) => x.reference.total === 0 || x.ceiling?.total === 0;
  const pg = r.some((x) => x.engine === 'postgres');
  const rows = r.map((x) => [
    engineName(x),
    String(x.instances),
    num(x.size),
    x.label,
    x.bytes === undefined ? '—' : kb(x.bytes),
    x.reference.total === 0 ? `none answered in ${seconds} s` : num(x.reference.requestsPerSecond),
    x.reference.total === 0 ? '—' : `${x.reference.p50} / ${x.reference.p99} ms`,
    x.reference.total === 0 ? '—' : x.reference.cpuPerRequest.toFixed(3),
    ...(pg
      ? [
          x.reference.total === 0 || x.reference.dbCpuPerRequest === undefined
            ? '—'
            : x.reference.dbCpuPerRequest.toFixed(3),
        ]
      : []),
    mb(x.reference.peakRss),
    x.ceiling?.total ? num(x.ceiling.requestsPerSecond) : x.ceiling ? `none answered` : '—',
    x.ceiling?.total ? x.ceiling.cpuPerRequest.toFixed(3) : '—',
    x.share === undefined || none(x)
      ? '—'
      : `${(x.share * 100).toFixed(0)}% (CPU ${(x.cpuShare * 100).toFixed(0)}%)`,
  ]);
  // The goals are read on SQLite with one process, as they were set; PostgreSQL's figures are
  // in the table.
  for (const x of r.filter((row) => row.engine === 'sqlite' && row.instances === 1)) {
    if (x.share !== undefined && none(x)) {
      goals.push([
        `${x.label}, ${num(x.size)} groups/stories: ≥ ${g.ceilingShare * 100}% of bare node:http`,
        `no answer in ${seconds} s (${kb(x.bytes)} each)`,
        '**not measured**',
      ]);
    } else if (x.share !== undefined) {
      goals.push([
        `${x.label}, ${num(x.size)} groups/stories: ≥ ${g.ceilingShare * 100}% of bare node:http`,
        `${(x.share * 100).toFixed(0)}% of its throughput; ${(x.cpuShare * 100).toFixed(0)}% by CPU per request`,
        // Throughput swings with whatever else the machine runs; CPU per request much less.
        x.share >= g.ceilingShare && x.cpuShare >= g.ceilingShare
          ? status(true)
          : x.share >= g.ceilingShare
            ? '**unclear**: met by throughput only'
            : status(false),
      ]);
    } else {
      goals.push([
        `POST sign-ups ≥ ${num(g.signupsPerSecond)}/s`,
        `${num(x.reference.requestsPerSecond)}/s`,
        status(x.reference.requestsPerSecond >= g.signupsPerSecond),
      ]);
    }
  }
  const pgSizes = [...new Set(r.filter((x) => x.engine === 'postgres').map((x) => num(x.size)))];
  const engines = pg
    ? `On SQLite at every size, and on PostgreSQL 15 at ${pgSizes.join(', ')} groups and stories
(a database of its own, made from \`template0\` with the C collation, next to a throwaway server
started by \`node scripts/with-postgres.mjs -- npm run bench -- --only server\`, without fsync), with
one server process and with two on the one database: then one autocannon per process runs in
parallel with the connections split between them (${connections} in all, as with one), the
throughput is their sum and p50 / p99 the worse of the two, and the ceiling is as many bare
processes, loaded the same way. On PostgreSQL, "DB CPU" is the database server's own CPU time
over the run (the postmaster, its backends and helpers, from \`/proc\`) per request, on top of
the Node processes' "CPU". The second instance's runs come after the first's sign-ups, on the
same data.`
    : `On SQLite only: this run had no PostgreSQL (\`node scripts/with-postgres.mjs -- npm run bench
-- --only server\` adds it, with one and two server processes on one database).`;
  sections.push(`## Reference server

Command: ${command(server, pg ? 'node scripts/with-postgres.mjs -- ' : '')}. For each size, a fresh data directory gets the demo practice and
that many groups and published stories (\`bench/server-data.mjs\`, made from the demo ones), and
the server starts as \`npm start -w @hearth/server\` does (log level \`info\`, to a file), with the
sign-up rate limit lifted by \`HEARTH_RATE_LIMIT_SIGNUPS\` (one client sends them all). autocannon
(programmatic API, in the bench process) sends ${connections} concurrent connections for ${seconds} s after a
${server.data.warmup ?? 1}-second warm-up, on loopback. The ceiling is a bare \`node:http\` server in its own process,
answering the very bytes the reference server sent for that path, in the same run. Peak RSS is
sampled from \`/proc\` every 50 ms (the largest server process); CPU per request is the server processes' user + system time
over the run divided by the requests answered (less sensitive to other load on the machine than
throughput). Sign-ups go to ten groups in turn, each with a new \`Idempotency-Key\`.
${engines}
${machineLine(server)}
${failed(server)}
${table(
  [
    'engine',
    'processes',
    'groups / stories',
    'request',
    'body',
    'req/s',
    'p50 / p99',
    'CPU ms/req',
    ...(pg ? ['DB CPU ms/req'] : []),
    'peak RSS',
    'ceiling req/s',
    'ceiling CPU ms/req',
    'share of ceiling',
  ],
  rows,
)}`);
}

const notesFile = join(ROOT, 'bench/performance-notes.md');
const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8').trim() : '';
const doc = `# Performance

Written by \`npm run bench\` (\`bench/run.mjs\`) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC
from commit ${commit}; run \`npm run build && npm run bench\` to reproduce. Figures depend on the
machine and on what else it was doing: each section names its command and machine, with the load
average when it started (the machine has as many cores as it says; a load above that means other
work shared them). Sizes are exact and repeatable; timings are not, so compare runs on one machine.

## Goals

${table(['goal', 'figure', 'status'], goals)}

${sections.join('\n\n')}
${notes ? `\n${notes}\n` : ''}`;
// Formatted as `npm run lint` expects every Markdown file to be.
const page = join(ROOT, 'docs/performance.md');
const prettier = await import('prettier');
const options = (await prettier.resolveConfig(page)) ?? {};
writeFileSync(page, await prettier.format(doc, { ...options, filepath: page }));
console.log(`\nWrote docs/performance.md (${Object.keys(ran).join(', ')}).`);
const failures = Object.values(ran).filter((bench) => bench.code !== 0);
if (failures.length) {
  console.error(`Failed: ${failures.map((bench) => bench.name).join(', ')}`);
  process.exit(1);
}
