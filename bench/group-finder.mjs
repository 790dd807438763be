// Speed of <hearth-group-finder> in Debian's Chromium, for 50 and 1,000 groups. Prints figures;
// asserts nothing (timings vary by machine). Run `npm run build` first, then
// `node bench/group-finder.mjs` (CHROME_PATH overrides /usr/bin/chromium; BENCH_RUNS sets runs;
// `--serve` only serves the pages, to look at them by hand).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const dist = resolve(import.meta.dirname, '../dist');
const SIZES = [50, 1000];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const KEYSTROKES = 50;
const THROTTLE = 4;
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (!existsSync(join(dist, 'hearth.js'))) {
  console.error('dist/hearth.js is missing: run `npm run build` first.');
  process.exit(1);
}

// ---- the fake practice: realistic groups, as many as asked ---------------------------------

const TOPICS = ['anxiety', 'depression', 'grief', 'trauma', 'parenting', 'lgbtq', 'recovery'];
const practice = {
  name: 'Bench Practice',
  timeZone: 'America/Los_Angeles',
  locale: 'en-US',
  topics: TOPICS.map((id) => ({ id, label: id[0].toUpperCase() + id.slice(1) })),
  contact: { phone: '(503) 555-0142', email: 'groups@bench.example' },
  crisisResources: [],
  privacyPolicyUrl: 'https://bench.example/privacy',
  texts: {},
};

function group(index) {
  const weekday = index % 7;
  const hour = 8 + (index % 13);
  const first = Date.UTC(2026, 2, 2 + weekday, hour + 8);
  return {
    id: `group-${index}`,
    name: `${['Calm Minds', 'Steady Ground', 'Finding Light', 'Open Circle'][index % 4]} ${index}`,
    summary: 'Practical tools for worry and low mood, learned together at a gentle pace.',
    description:
      'A small, confidential group that meets regularly with two facilitators. Each session mixes a short skill, practice, and time to talk. '.repeat(
        3,
      ),
    topics: [...new Set([TOPICS[index % 7], TOPICS[(index * 3 + 1) % 7]])],
    audience: 'Adults',
    ageMin: 18,
    language: 'en',
    kind: ['process', 'skills', 'psychoeducational', 'support'][index % 4],
    format: ['in_person', 'online', 'hybrid'][index % 3],
    location: {
      name: 'Riverside studio',
      address: '1 Main St',
      city: 'Portland',
      accessibility: 'Step-free entrance.',
    },
    schedule: {
      frequency: ['weekly', 'biweekly', 'monthly'][index % 3],
      weekday,
      startTime: `${String(hour).padStart(2, '0')}:00`,
      durationMinutes: 90,
      timeZone: 'America/Los_Angeles',
    },
    enrollment: index % 2 ? 'ongoing' : 'cohort',
    ...(index % 2 ? {} : { startsOn: '2026-03-03', sessionCount: 8 }),
    nextSessions: [0, 1, 2, 3].map((week) => new Date(first + week * 7 * 86_400_000).toISOString()),
    facilitators: [{ name: 'Dana Whitfield', credentials: 'LCSW' }],
    fee: { amount: 40, currency: 'USD', per: 'session', slidingScale: true, insurance: ['Aetna'] },
    capacity: 10,
    seatsLeft: index % 4 === 0 ? 0 : 3,
    status: ['waitlist', 'few_seats', 'open', 'closed'][index % 4],
    screening: { required: index % 2 === 0 },
  };
}

// ---- one server: the built bundle, a page that embeds it, and the fake API ----------------

// `warm`: the page loads Intl's number and date data before the bundle, to tell the finder's own
// work from Chromium's one-off cost of the first formatter of each kind in a renderer.
const WARM_INTL = `
  new Intl.NumberFormat('en').format(1);
  new Intl.PluralRules('en').select(1);
  new Intl.DateTimeFormat('en', { timeZone: 'America/Los_Angeles', weekday: 'long', hour: 'numeric' }).format();
  new Intl.ListFormat('en').format(['a', 'b']);`;

const page = (count, warm) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Bench</title><link rel="icon" href="data:,">
<script>${warm ? WARM_INTL : ''}
  window.bench = { start: performance.now(), longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  (function poll() {
    const card = document.querySelector('hearth-group-finder')?.shadowRoot?.querySelector('[part~="card"]');
    if (card) bench.firstCard = performance.now();
    else requestAnimationFrame(poll);
  })();
</script>
<script type="module" src="/hearth.js"></script>
</head><body><hearth-group-finder api-base="/api/${count}/"></hearth-group-finder></body></html>`;

const TYPES = { '.js': 'text/javascript', '.map': 'application/json' };
const bodies = new Map();
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://bench');
  const api = /^\/api\/(\d+)\/v1\/(practice|groups)$/.exec(url.pathname);
  if (api) {
    const count = Number(api[1]);
    const key = `${api[2]}:${count}`;
    if (!bodies.has(key)) {
      const body =
        api[2] === 'practice'
          ? practice
          : { items: Array.from({ length: count }, (_, i) => group(i)), nextCursor: null };
      bodies.set(key, JSON.stringify(body));
    }
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(bodies.get(key));
    return;
  }
  const page_ = /^\/(\d+)$/.exec(url.pathname);
  if (page_) {
    response
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(page(Number(page_[1])));
    return;
  }
  const file = normalize(join(dist, url.pathname));
  if (file.startsWith(dist) && existsSync(file) && extname(file) in TYPES) {
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] }).end(readFileSync(file));
    return;
  }
  response.writeHead(404).end();
});
await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
const origin = `http://127.0.0.1:${server.address().port}`;
if (process.argv.includes('--serve')) {
  // To look or profile by hand: the pages are /50 and /1000 (any number works).
  console.log(`Serving ${origin}/50 and ${origin}/1000; Ctrl-C stops.`);
  await new Promise(() => {});
}

// ---- measurements -------------------------------------------------------------------------

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ARGS,
});

const median = (values) => percentile(values, 50);
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const ms = (value) => (value === undefined ? '—' : `${value.toFixed(1)} ms`);

/** Loads the page; returns script start → first card, and the main thread's longest task. */
async function load(count, throttle, warm = false) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await browser.startTracing(tab, {
    categories: ['devtools.timeline', 'toplevel', 'v8.execute'],
  });
  await tab.goto(`${origin}/${count}${warm ? '?warm' : ''}`);
  await tab.waitForFunction(() => window.bench.firstCard !== undefined, null, { timeout: 60_000 });
  await tab.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  const raw = (await browser.stopTracing()).toString();
  if (process.env.BENCH_TRACE)
    (await import('node:fs')).writeFileSync(process.env.BENCH_TRACE, raw);
  const trace = JSON.parse(raw);
  const figures = await tab.evaluate(() => ({
    firstCard: window.bench.firstCard - window.bench.start,
    longTasks: window.bench.longTasks,
  }));
  await context.close();
  const longest = longestMainThreadTask(trace);
  return { ...figures, longestTask: longest.duration, inside: longest.inside };
}

/**
 * The longest task on a renderer's main thread in a trace (Chromium names it one of two ways),
 * with what took the most time inside it, e.g. `v8.evaluateModule 60 · Layout 12`.
 */
function longestMainThreadTask(trace) {
  const events = trace.traceEvents ?? trace;
  // Only the page's renderer: Chromium's own UI runs in renderers too, and they are traced.
  const pagePids = new Set(
    events
      .filter((event) => String(event.args?.data?.url ?? '').startsWith(origin))
      .map((event) => event.pid),
  );
  const mainThreads = new Set(
    events
      .filter(
        (event) =>
          event.name === 'thread_name' &&
          event.args?.name === 'CrRendererMain' &&
          pagePids.has(event.pid),
      )
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const onMain = events.filter(
    (event) => event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`),
  );
  const isTask = (event) =>
    event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask';
  let longest;
  for (const event of onMain) if (isTask(event) && event.dur > (longest?.dur ?? 0)) longest = event;
  if (!longest) return { duration: 0, inside: '' };
  const inside = new Map();
  for (const event of onMain) {
    const within = event.ts >= longest.ts && event.ts + event.dur <= longest.ts + longest.dur;
    if (within && event !== longest && !isTask(event) && event.dur >= 2000) {
      inside.set(event.name, (inside.get(event.name) ?? 0) + event.dur / 1000);
    }
  }
  const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 4);
  return {
    duration: longest.dur / 1000,
    inside: top.map(([name, duration]) => `${name} ${duration.toFixed(0)}`).join(' · '),
  };
}

/** Times ~50 keystrokes in the search field: input event → render → style and layout done. */
async function keystrokes(count, throttle) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const tab = await context.newPage();
  await tab.goto(`${origin}/${count}`);
  await tab.waitForFunction(() => window.bench.firstCard !== undefined, null, { timeout: 60_000 });
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const durations = await tab.evaluate(async (total) => {
    const finder = document.querySelector('hearth-group-finder');
    const input = finder.shadowRoot.querySelector('input[type="search"]');
    const words = 'calm group anxiety ';
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    const times = [];
    for (let index = 0; index < total; index++) {
      const step = index % (words.length * 2);
      input.value =
        step < words.length
          ? words.slice(0, step + 1)
          : words.slice(0, words.length * 2 - step - 1);
      const start = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await finder.updateComplete;
      finder.shadowRoot.querySelector('[part~="count"]').getBoundingClientRect(); // style + layout
      times.push(performance.now() - start);
      await frame();
    }
    return times;
  }, KEYSTROKES);
  await context.close();
  return durations;
}

const line = (label, value) => console.log(`  ${label.padEnd(46)} ${value}`);
/** The run whose longest task is the median one, so its breakdown matches the figure. */
const medianRun = (runs) =>
  [...runs].sort((a, b) => a.longestTask - b.longestTask)[Math.floor((runs.length - 1) / 2)];

console.log(
  `<hearth-group-finder> bench: ${RUNS} loads per figure (median), Chromium ${browser.version()}`,
);
for (const count of SIZES) {
  const runs = async (throttle, warm) => {
    const results = [];
    for (let run = 0; run < RUNS; run++) results.push(await load(count, throttle, warm));
    return results;
  };
  const plain = await runs(1, false);
  const throttled = await runs(THROTTLE, false);
  const warm = await runs(THROTTLE, true);
  const typing = await keystrokes(count, 1);
  const typingThrottled = await keystrokes(count, THROTTLE);
  const first = (results) => ms(median(results.map((result) => result.firstCard)));
  const longest = (results) => {
    const run = medianRun(results);
    return `${ms(run.longestTask)} (${run.inside})`;
  };
  const keys = (times) => `p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`;
  console.log(`\n${count} groups`);
  line('script start → first card visible, 1x', first(plain));
  line(`script start → first card visible, ${THROTTLE}x`, first(throttled));
  line('longest main-thread task, 1x', longest(plain));
  line(`longest main-thread task, ${THROTTLE}x (≤ 50 ms)`, longest(throttled));
  line(`  same, Intl data loaded before, ${THROTTLE}x`, longest(warm));
  line(
    `tasks over 50 ms per load, ${THROTTLE}x`,
    String(median(throttled.map((r) => r.longTasks.length))),
  );
  line(`filter keystroke incl. layout, 1x (p95 ≤ 16)`, keys(typing));
  line(`filter keystroke incl. layout, ${THROTTLE}x`, keys(typingThrottled));
}

await browser.close();
server.close();
