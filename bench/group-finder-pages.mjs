// The pages the group finder bench loads, served on loopback: the built bundle, a page that
// embeds <hearth-group-finder>, the vanilla-DOM baseline page and its script, and a fake API
// answering the practice and as many realistic groups as a page asks for.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
// TOPICS, practice and group(index) come from harness.mjs, shared with the other benchmarks.
import { group, practice } from './harness.mjs';

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

/** Serves the pages and `dist` (the build under test) on a free loopback port. */
export async function serveFinderPages(dist) {
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
  return { server, origin };
}
