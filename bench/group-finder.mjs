// Speed of <hearth-group-finder> in Debian's Chromium, for 50 and 1,000 groups. Prints figures;
// asserts nothing (timings vary by machine). Run `npm run build` first, then
// `node bench/group-finder.mjs` (CHROME_PATH overrides /usr/bin/chromium; BENCH_RUNS sets runs;
// `--serve` only serves the pages, to look at them by hand; BENCH_DIST serves another build;
// BENCH_PROFILE=1 adds a CPU profile of each traced load and prints the functions that took the
// most time inside its longest task; BENCH_PROFILE=<dir> also writes the .cpuprofile files).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, group, median, ms, percentile, practice } from './harness.mjs';

// BENCH_DIST points it at another build (a copy of `dist/` from before a change) to compare.
const dist = resolve(process.env.BENCH_DIST ?? resolve(import.meta.dirname, '../dist'));
const SIZES = (process.env.BENCH_SIZES ?? '50,1000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const KEYSTROKES = 50;
// The issue's 4x by default; BENCH_THROTTLE=2 is Lighthouse's advice for a host like this one
// (a "low-end desktop" by its benchmark index) to stand for a mid-range phone.
const THROTTLE = Number(process.env.BENCH_THROTTLE ?? 4);
const PROFILE = process.env.BENCH_PROFILE;

if (!existsSync(join(dist, 'hearth.js'))) {
  console.error('dist/hearth.js is missing: run `npm run build` first.');
  process.exit(1);
}

// ---- the fake practice: realistic groups, as many as asked ---------------------------------

// TOPICS, practice and group(index) come from harness.mjs, shared with the other benchmarks.

// ---- one server: the built bundle, a page that embeds it, and the fake API ----------------

// `warm`: the page loads Intl's number and date data before the bundle, to tell the finder's own
// work from Chromium's one-off cost of the first formatter of each kind in a renderer.
const WARM_INTL = `
  new Intl.NumberFormat('en').format(1);
  new Intl.PluralRules('en').select(1);
  new Intl.DateTimeFormat('en', { timeZone: 'America/Los_Angeles', weekday: 'long', hour: 'numeric' }).format();
  new Intl.ListFormat('en').format(['a', 'b']);`;

// The inline script every page starts with: the clock, a long-task observer, and a check every
// frame for the first card, which it announces on the console (read through CDP: nothing is
// injected into the page while it loads).
const probe = (warm) => `${warm ? `<script>${WARM_INTL}</script>` : ''}
<script>
  window.bench = { start: performance.now(), longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  (function poll() {
    const card =
      document.querySelector('hearth-group-finder')?.shadowRoot?.querySelector('[part~="card"]') ??
      document.querySelector('#vanilla [data-card]');
    if (!card) return requestAnimationFrame(poll);
    bench.firstCard = performance.now();
    performance.mark('bench:first-card');
    console.debug('bench:first-card');
    // Then every group: the finder's count stops saying that more are coming.
    const finder = document.querySelector('hearth-group-finder');
    (function allIn() {
      const count = finder?.shadowRoot?.querySelector('[part~="count"]')?.textContent ?? '';
      if (finder && !/\\d groups?\\b/.test(count)) return requestAnimationFrame(allIn);
      bench.allIn = performance.now();
      console.debug('bench:all-in');
    })();
  })();
</script>`;

const page = (count, warm) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Bench</title><link rel="icon" href="data:,">
${probe(warm)}
<script type="module" src="/hearth.js"></script>
</head><body><hearth-group-finder api-base="/api/${count}/"></hearth-group-finder></body></html>`;

// The vanilla-DOM baseline: the same groups as plain cards with the same facts, formatted with
// the same Intl calls, by a small hand-written script (no framework, no chunking, no worker):
// what this machine costs for the job, to read Hearth's figures against.
const vanillaPage = (count, warm) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Bench (vanilla)</title><link rel="icon" href="data:,">
${probe(warm)}
<style>
  #vanilla { font: 1rem/1.5 system-ui, sans-serif; }
  #vanilla ul.cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; }
  #vanilla [data-card] { border: 1px solid #ccc; border-radius: 0.5rem; padding: 1rem;
    content-visibility: auto; contain-intrinsic-size: auto 22rem; }
  #vanilla h3 { margin: 0; } #vanilla .topics { display: flex; gap: 0.5rem; padding: 0; list-style: none; }
</style>
<script type="module" src="/vanilla.js"></script>
</head><body><div id="vanilla" data-api="/api/${count}/">
  <label>Search groups <input type="search" maxlength="100"></label>
  <p role="status" class="count"></p><ul class="cards" role="list"></ul>
</div></body></html>`;

const VANILLA_SCRIPT = `
const root = document.getElementById('vanilla');
const api = root.dataset.api;
const [practice, { items }] = await Promise.all(
  ['v1/practice', 'v1/groups'].map((path) => fetch(api + path).then((response) => response.json())),
);
const locale = 'en';
const formatters = new Map();
const intl = (Make, options) => {
  const key = Make.name + JSON.stringify(options);
  if (!formatters.has(key)) formatters.set(key, new Make(locale, options));
  return formatters.get(key);
};
const labels = new Map(practice.topics.map((topic) => [topic.id, topic.label]));
const el = (tag, text, attributes = {}) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
};
const STATUS = { open: 'Open', waitlist: 'Waitlist open', closed: 'Full' };
function card(group) {
  const zone = group.schedule.timeZone;
  const next = group.nextSessions[0] && new Date(group.nextSessions[0]);
  const article = el('article', undefined, { 'data-card': '' });
  article.append(
    el('h3', group.name),
    el('span', group.status === 'few_seats' ? \`\${group.seatsLeft} spots left\` : STATUS[group.status]),
    el('p', group.summary),
  );
  const topics = el('ul', undefined, { class: 'topics', role: 'list' });
  for (const id of group.topics) topics.append(el('li', labels.get(id) ?? id));
  const facts = el('ul', undefined, { role: 'list' });
  const fee = group.fee;
  for (const fact of [
    [group.audience, group.ageMin !== undefined ? \`Ages \${group.ageMin} and over\` : ''].filter(Boolean).join(' · '),
    group.kind,
    group.format === 'online' ? 'Online' : \`In person at \${group.location.name}, \${group.location.city}\`,
    next &&
      intl(Intl.DateTimeFormat, { timeZone: zone, weekday: 'long' }).format(next) + 's, ' +
        intl(Intl.DateTimeFormat, { timeZone: zone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' })
          .formatRange(next, new Date(+next + group.schedule.durationMinutes * 60000)),
    next && 'Next session: ' + intl(Intl.DateTimeFormat, { timeZone: zone, weekday: 'long', month: 'long', day: 'numeric' }).format(next),
    group.facilitators.map((each) => each.name + ', ' + each.credentials).join('; '),
    [
      intl(Intl.NumberFormat, { style: 'currency', currency: fee.currency, minimumFractionDigits: 0 }).format(fee.amount) + ' per session',
      fee.slidingScale ? 'Sliding scale available' : '',
      fee.insurance.length ? 'Insurance accepted: ' + intl(Intl.ListFormat, { style: 'long', type: 'conjunction' }).format(fee.insurance) : '',
    ].filter(Boolean).join(' · '),
  ]) if (fact) facts.append(el('li', fact));
  const button = el('button', 'View details', { type: 'button' });
  article.append(topics, facts, button);
  const item = el('li');
  item.append(article);
  return item;
}
const cards = new Map();
const texts = new Map();
const text = (group) => {
  if (!texts.has(group)) {
    texts.set(group, [group.name, group.summary, group.description, ...group.topics.map((id) => labels.get(id) ?? id)].join(' ').toLowerCase());
  }
  return texts.get(group);
};
const list = root.querySelector('ul.cards');
const count = root.querySelector('.count');
function show(q) {
  const words = q.toLowerCase().split(/\\s+/).filter(Boolean);
  const shown = words.length ? items.filter((group) => words.every((word) => text(group).includes(word))) : items;
  count.textContent = \`\${shown.length} of \${items.length} groups\`;
  list.replaceChildren(
    ...shown.slice(0, 24).map((group) => {
      if (!cards.has(group)) cards.set(group, card(group));
      return cards.get(group);
    }),
  );
}
root.querySelector('input').addEventListener('input', (event) => show(event.target.value));
show('');
`;

const TYPES = { '.js': 'text/javascript', '.map': 'application/json' };
const bodies = new Map();
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://bench');
  const api = /^\/api\/(\d+)\/v1\/(practice|groups)$/.exec(url.pathname);
  if (api) {
    const count = Number(api[1]);
    // Groups in pages as the reference server sends them: without `limit`, every group; with it,
    // `limit` groups from `cursor` (here simply an offset; the server's is opaque).
    const limit = url.searchParams.has('limit') ? Number(url.searchParams.get('limit')) : count;
    const from = Number(url.searchParams.get('cursor') ?? 0);
    const to = Math.min(count, from + limit);
    const key = `${api[2]}:${count}:${from}:${to}`;
    if (!bodies.has(key)) {
      const body =
        api[2] === 'practice'
          ? practice
          : {
              items: Array.from({ length: to - from }, (_, i) => group(from + i)),
              nextCursor: to < count ? String(to) : null,
            };
      bodies.set(key, JSON.stringify(body));
    }
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(bodies.get(key));
    return;
  }
  const page_ = /^\/(vanilla\/)?(\d+)$/.exec(url.pathname);
  if (page_) {
    const make = page_[1] ? vanillaPage : page;
    response
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(make(Number(page_[2]), url.searchParams.has('warm')));
    return;
  }
  if (url.pathname === '/vanilla.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(VANILLA_SCRIPT);
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
  // To look or profile by hand: the pages are /50 and /1000 (any number works), /vanilla/N.
  console.log(
    `Serving ${origin}/50 and ${origin}/1000 (the vanilla baseline: ${origin}/vanilla/1000); Ctrl-C stops.`,
  );
  await new Promise(() => {});
}

// ---- measurements -------------------------------------------------------------------------

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});

const KINDS = ['hearth', 'vanilla'];
const pathOf = (kind, count, warm) =>
  `${kind === 'vanilla' ? '/vanilla' : ''}/${count}${warm ? '?warm' : ''}`;

/**
 * Opens a page in a fresh context (CPU throttled from the start when asked) and resolves once its
 * first card is on screen, told by the page's console: no script is injected while it loads.
 */
async function open(kind, count, throttle, { warm = false, trace = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (trace) {
    await browser.startTracing(tab, {
      categories: ['devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing'],
    });
    if (PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
  }
  const url = origin + pathOf(kind, count, warm);
  const told = (text) =>
    tab.waitForEvent('console', {
      predicate: (message) => message.text() === text,
      timeout: 60_000,
    });
  const firstCard = told('bench:first-card');
  const allIn = told('bench:all-in');
  allIn.catch(() => {});
  await tab.goto(url);
  await firstCard;
  return { context, tab, cdp, url, allIn };
}

/** Loads the page; returns script start → first card, and the main thread's longest task. */
async function load(kind, count, throttle, warm = false) {
  const { context, tab, cdp, url, allIn } = await open(kind, count, throttle, {
    warm,
    trace: true,
  });
  await allIn;
  await new Promise((done) => setTimeout(done, 300));
  const profile = PROFILE ? (await cdp.send('Profiler.stop')).profile : undefined;
  const raw = (await browser.stopTracing()).toString();
  if (process.env.BENCH_TRACE) writeFileSync(process.env.BENCH_TRACE, raw);
  const figures = await tab.evaluate(() => ({
    firstCard: window.bench.firstCard - window.bench.start,
    allIn: window.bench.allIn - window.bench.start,
    longTasks: window.bench.longTasks,
  }));
  await context.close();
  const trace = JSON.parse(raw);
  // The first screen: up to 300 ms after the first card; then on until every group is in.
  const mark = (trace.traceEvents ?? trace).find((event) => event.name === 'bench:first-card');
  const longest = longestMainThreadTask(trace, url, mark ? mark.ts + 300_000 : Infinity);
  const longestUntilAllIn = longestMainThreadTask(trace, url).duration;
  let functions;
  if (profile) {
    functions = hottestFunctions(profile, longest);
    if (PROFILE !== '1') {
      mkdirSync(PROFILE, { recursive: true });
      const name = `${kind}-${count}-${throttle}x${warm ? '-warm' : ''}-${Date.now()}.cpuprofile`;
      writeFileSync(join(PROFILE, name), JSON.stringify(profile));
    }
  }
  return {
    ...figures,
    longestTask: longest.duration,
    longestUntilAllIn,
    inside: longest.inside,
    functions,
  };
}

/**
 * From a CPU profile (`Profiler` domain; its clock is the trace's), the functions with the most
 * self time among the samples inside the longest task, e.g. `renderFacts group-finder.js:1:2345 12`.
 */
function hottestFunctions(profile, longest) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let at = profile.startTime;
  for (const [index, id] of profile.samples.entries()) {
    at += profile.timeDeltas[index];
    if (at < longest.ts || at > longest.ts + longest.dur) continue;
    const frame = nodes.get(id).callFrame;
    const file = frame.url.split('/').pop() || '(native)';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, duration]) => `${name} ${duration.toFixed(1)}`)
    .join(' · ');
}

/**
 * The longest task on the page's renderer main thread (Chromium names it one of two ways) from
 * the page's first script on, with what took the most time inside it, e.g.
 * `v8.evaluateModule 60 · Layout 12`. Earlier tasks are the browser committing the navigation,
 * the same for any page whatever it runs. Tasks starting at `until` (trace clock) or later are
 * left out.
 */
function longestMainThreadTask(trace, url, until = Infinity) {
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
  const scripts = onMain.filter(
    (event) => event.name === 'EvaluateScript' && event.args?.data?.url === url,
  );
  const from = scripts[0]?.ts ?? 0;
  // With `?warm`, the page's first script loads the Intl data: that script's own time is not
  // counted (it runs in the same task as the next one).
  const warmUp = url.endsWith('?warm') ? scripts[0] : undefined;
  const isTask = (event) =>
    event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask';
  const contains = (outer, inner) =>
    inner.ts >= outer.ts && inner.ts + inner.dur <= outer.ts + outer.dur;
  const durationOf = (task) => task.dur - (warmUp && contains(task, warmUp) ? warmUp.dur : 0);
  let longest;
  for (const event of onMain) {
    if (isTask(event) && event.ts + event.dur > from && event.ts < until) {
      if (durationOf(event) > (longest ? durationOf(longest) : 0)) longest = event;
    }
  }
  if (!longest) return { duration: 0, inside: '', ts: 0, dur: 0 };
  const inside = new Map();
  for (const event of onMain) {
    const within = contains(longest, event) && !(warmUp && contains(warmUp, event));
    if (within && event !== longest && !isTask(event) && event.dur >= 2000) {
      inside.set(event.name, (inside.get(event.name) ?? 0) + event.dur / 1000);
    }
  }
  const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 4);
  return {
    duration: durationOf(longest) / 1000,
    inside: top.map(([name, duration]) => `${name} ${duration.toFixed(0)}`).join(' · '),
    ts: longest.ts,
    dur: longest.dur,
  };
}

/**
 * Times ~50 keystrokes in the search field: input event → render → style and layout done; and
 * the long tasks (over 50 ms) seen while typing, including any work a keystroke leaves for later.
 */
async function keystrokes(kind, count, throttle) {
  const { context, tab, cdp, allIn } = await open(kind, count, 1);
  await allIn; // typing goes over every group
  await tab.evaluate(() => new Promise((done) => setTimeout(done, 500))); // the first page fills
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const result = await tab.evaluate(async (total) => {
    const finder = document.querySelector('hearth-group-finder');
    const input = finder
      ? finder.shadowRoot.querySelector('input[type="search"]')
      : document.querySelector('#vanilla input');
    const counter = finder
      ? finder.shadowRoot.querySelector('[part~="count"]')
      : document.querySelector('#vanilla .count');
    const words = 'calm group anxiety ';
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    const times = [];
    window.bench.longTasks.length = 0;
    for (let index = 0; index < total; index++) {
      const step = index % (words.length * 2);
      input.value =
        step < words.length
          ? words.slice(0, step + 1)
          : words.slice(0, words.length * 2 - step - 1);
      const start = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await finder?.updateComplete;
      counter.getBoundingClientRect(); // style + layout
      times.push(performance.now() - start);
      await frame();
    }
    await new Promise((done) => setTimeout(done, 300));
    return { times, longTasks: [...window.bench.longTasks] };
  }, KEYSTROKES);
  await context.close();
  return result;
}

/** The run whose longest task is the median one, so its breakdown matches the figure. */
const medianRun = (runs) =>
  [...runs].sort((a, b) => a.longestTask - b.longestTask)[Math.floor((runs.length - 1) / 2)];
const first = (results) => ms(median(results.map((result) => result.firstCard)));
const longest = (results) => ms(medianRun(results).longestTask);
const keys = ({ times }) => `${ms(percentile(times, 50))} / ${ms(percentile(times, 95))}`;
const typingLongTasks = ({ longTasks }) =>
  longTasks.length ? `${longTasks.length}, longest ${ms(Math.max(...longTasks))}` : 'none';
const row = (label, hearth, vanilla) =>
  console.log(`  ${label.padEnd(44)} ${String(hearth).padEnd(22)} ${vanilla}`);

console.log(
  `<hearth-group-finder> bench: ${RUNS} loads per figure (median), Chromium ${browser.version()}, load average ${loadavg()
    .map((each) => each.toFixed(2))
    .join(' ')}`,
);
for (const count of SIZES) {
  // Hearth and the baseline take turns, so both see the same moments of a busy machine.
  const results = {
    hearth: { plain: [], throttled: [], warm: [] },
    vanilla: { plain: [], throttled: [], warm: [] },
  };
  for (let run = 0; run < RUNS; run++) {
    for (const kind of KINDS) {
      results[kind].plain.push(await load(kind, count, 1));
      results[kind].throttled.push(await load(kind, count, THROTTLE));
      results[kind].warm.push(await load(kind, count, THROTTLE, true));
    }
  }
  const typing = {};
  for (const kind of KINDS) {
    typing[kind] = [await keystrokes(kind, count, 1), await keystrokes(kind, count, THROTTLE)];
  }
  const both = (figure) => KINDS.map((kind) => figure(kind));
  console.log(
    `\n${count} groups${' '.repeat(44 - String(count).length - 6)}   Hearth                 vanilla DOM`,
  );
  row('script start → first card visible, 1x', ...both((kind) => first(results[kind].plain)));
  row(
    `script start → first card visible, ${THROTTLE}x`,
    ...both((kind) => first(results[kind].throttled)),
  );
  row(
    `script start → every group in, ${THROTTLE}x`,
    ...both((kind) => ms(median(results[kind].throttled.map((result) => result.allIn)))),
  );
  row('longest main-thread task, 1x', ...both((kind) => longest(results[kind].plain)));
  row(
    `longest main-thread task, ${THROTTLE}x (≤ 50 ms)`,
    ...both((kind) => longest(results[kind].throttled)),
  );
  row(
    `  same, Intl data loaded before, ${THROTTLE}x`,
    ...both((kind) => longest(results[kind].warm)),
  );
  row(
    `  same, until every group is in, ${THROTTLE}x`,
    ...both((kind) =>
      ms(median(results[kind].throttled.map((result) => result.longestUntilAllIn))),
    ),
  );
  row(
    `tasks over 50 ms per load, ${THROTTLE}x`,
    ...both((kind) => String(median(results[kind].throttled.map((r) => r.longTasks.length)))),
  );
  row('filter keystroke p50 / p95, 1x (p95 ≤ 16)', ...both((kind) => keys(typing[kind][0])));
  row(`filter keystroke p50 / p95, ${THROTTLE}x`, ...both((kind) => keys(typing[kind][1])));
  row(
    `tasks over 50 ms while typing, ${THROTTLE}x`,
    ...both((kind) => typingLongTasks(typing[kind][1])),
  );
  console.log(`  what the longest tasks were (${THROTTLE}x, median run):`);
  for (const kind of KINDS) {
    for (const [label, runs] of [
      ['', results[kind].throttled],
      [', Intl loaded before', results[kind].warm],
    ]) {
      console.log(`    ${kind}${label}: ${medianRun(runs).inside || '—'}`);
      if (PROFILE) console.log(`      self time (ms): ${medianRun(runs).functions || '—'}`);
    }
  }
}

await browser.close();
server.close();
