// What the browser benchmarks share: Chromium launched as the tests launch it
// (scripts/chromium.mjs), a tiny `node:http` server for dist/ and a fake API with as many groups or
// stories as asked, the machine's description, and percentiles.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

export const ROOT = resolve(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist');

/** A phone's viewport, as in group-finder.mjs. */
export const PHONE = { width: 390, height: 844 };

export function requireBuild(files = ['hearth.js']) {
  const missing = files.filter((file) => !existsSync(join(DIST, file)));
  if (missing.length) {
    console.error(`dist/${missing[0]} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch(chromiumLaunchOptions);
}

/** The machine a figure came from: cores, Node, Chromium (when given) and the load average. */
export function machine(browser) {
  let nproc = String(cpus().length);
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // not on Linux: the count from os.cpus() stands
  }
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  return {
    nproc,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    ...(browser && { chromium: browser.version() }),
    load,
  };
}

export const describeMachine = (m) =>
  `${m.nproc} cores (${m.cpu}), Node ${m.node}${m.chromium ? `, Chromium ${m.chromium}` : ''}, load average ${m.load} at start`;

export const median = (values) => percentile(values, 50);
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
export const ms = (value) => (value === undefined ? '—' : `${value.toFixed(1)} ms`);
export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// ---- fake practice data ---------------------------------------------------------------------

export const TOPICS = [
  'anxiety',
  'depression',
  'grief',
  'trauma',
  'parenting',
  'lgbtq',
  'recovery',
];

export const practice = {
  name: 'Bench Practice',
  timeZone: 'America/Los_Angeles',
  locale: 'en-US',
  topics: TOPICS.map((id) => ({ id, label: id[0].toUpperCase() + id.slice(1) })),
  contact: { phone: '(503) 555-0142', email: 'groups@bench.example' },
  crisisResources: [],
  privacyPolicyUrl: 'https://bench.example/privacy',
  storyMaxLength: 2000,
  texts: {},
};

/** A realistic group, as every browser benchmark serves it. */
export function group(index) {
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

const STORY_TEXTS = [
  'I sat in the car outside the first session for ten minutes before I went in. Nobody rushed me, and by the third week I was the one saying hello to the new person.',
  'After my mother died I thought I had to be the strong one. In the group I learned that I could be tired and sad and still get up in the morning.',
  'For years I believed the worry was just who I am. Learning to notice it, name it and let it pass has given me evenings back with my kids.',
  'I did not say a word for two sessions. Just hearing other people describe the same tight chest and racing thoughts made me feel less strange.',
];

/** A published story, the way `GET /v1/stories` sends it; newest first by index. */
export function story(index) {
  const month = 11 - (Math.floor(index / 40) % 12);
  return {
    id: `story-${String(index).padStart(6, '0')}`,
    body: STORY_TEXTS[index % STORY_TEXTS.length],
    topics: [...new Set([TOPICS[index % 7], TOPICS[(index * 5 + 2) % 7]])].slice(
      0,
      1 + (index % 2),
    ),
    contentWarning: index % 9 === 4 ? 'loss of a parent' : null,
    month: `2026-${String(month + 1).padStart(2, '0')}`,
    resonance: (index * 7) % 23,
  };
}

// ---- one server: dist/, pages, and the fake API -------------------------------------------

const TYPES = { '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css' };

/**
 * Serves dist/ at `/`, the given pages (`{ '/path': html }` or a function of the URL returning
 * html or undefined), and a fake API under `/api/<N>/v1/`: `practice`, `groups` (N groups, paged
 * with `limit` and `cursor` when asked),
 * `groups/<id>`, `stories` (N stories, paged with `limit` and `cursor` like the real server).
 */
export async function startPageServer(pages) {
  const bodies = new Map();
  const cached = (key, make) => {
    if (!bodies.has(key)) bodies.set(key, JSON.stringify(make()));
    return bodies.get(key);
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://bench');
    const json = (body) =>
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
    const api = /^\/api\/(\d+)\/v1\/(practice|groups|groups\/([\w-]+)|stories)$/.exec(url.pathname);
    if (api) {
      const count = Number(api[1]);
      if (api[2] === 'practice') return json(cached('practice', () => practice));
      if (api[3]) {
        const index = Number(api[3].replace(/^group-/, ''));
        return json(cached(`group:${index}`, () => group(index)));
      }
      if (api[2] === 'groups') {
        // Without `limit`, every group; with it, a page from `cursor` (an offset here).
        const size = url.searchParams.has('limit') ? Number(url.searchParams.get('limit')) : count;
        const start = Number(url.searchParams.get('cursor') ?? 0);
        const end = Math.min(count, start + size);
        return json(
          cached(`groups:${count}:${start}:${end}`, () => ({
            items: Array.from({ length: end - start }, (_, i) => group(start + i)),
            nextCursor: end < count ? String(end) : null,
          })),
        );
      }
      const limit = Math.min(50, Number(url.searchParams.get('limit') ?? 10));
      const from = Number(url.searchParams.get('cursor') ?? 0);
      const to = Math.min(count, from + limit);
      return json(
        cached(`stories:${count}:${from}:${to}`, () => ({
          items: Array.from({ length: to - from }, (_, i) => story(from + i)),
          nextCursor: to < count ? String(to) : null,
        })),
      );
    }
    const html = typeof pages === 'function' ? pages(url) : pages[url.pathname];
    if (html !== undefined) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    const file = normalize(join(DIST, url.pathname));
    if (file.startsWith(DIST) && existsSync(file) && extname(file) in TYPES) {
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] }).end(readFileSync(file));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** The head of a bench page: a `bench` object with the script start and long tasks. */
export const benchHead = (extra = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Bench</title><link rel="icon" href="data:,">
<script>
  window.bench = { start: performance.now(), longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  ${extra}
</script>`;

/** DOM nodes (shadow roots included) and JS heap in use, after a full garbage collection. */
export async function memory(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  const counters = await cdp.send('Memory.getDOMCounters');
  return {
    nodes: counters.nodes,
    heap: value('JSHeapUsedSize'),
    listeners: counters.jsEventListeners,
  };
}

/** Prints a line of figures with its label padded, as group-finder.mjs does. */
export const line = (label, value) => console.log(`  ${label.padEnd(50)} ${value}`);

/** Writes a benchmark's figures as JSON for bench/run.mjs when `--json <file>` is given. */
export async function writeJson(data) {
  const at = process.argv.indexOf('--json');
  if (at === -1) return;
  const { writeFileSync } = await import('node:fs');
  writeFileSync(process.argv[at + 1], JSON.stringify(data, null, 2));
}
