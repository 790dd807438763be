// <hearth-story-wall> after a visitor has loaded 1,000 stories ("Load more" 19 times at 50 a
// page): DOM nodes, JS heap, and dropped frames while the page scrolls, beside 1,000 plain
// story cards made with the DOM API (the vanilla baseline) and an empty page. Prints figures;
// asserts nothing. `npm run build` first; BENCH_RUNS sets runs (median); `--serve` only serves.
import {
  PHONE,
  benchHead,
  describeMachine,
  launchBrowser,
  line,
  machine,
  mb,
  median,
  memory,
  ms,
  requireBuild,
  startPageServer,
  writeJson,
} from './harness.mjs';

const STORIES = 1000;
const PAGE_SIZE = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const THROTTLES = [1, 4];
/** A quick flick: 120 px a frame for 300 frames (7,200 px a second at 60 Hz). */
const SCROLL = { step: 120, frames: 300 };

requireBuild();

const FIRST_CARD = `
  (function poll() {
    const root = document.querySelector('hearth-story-wall')?.shadowRoot ?? document;
    if (root.querySelector('[part~="card"], .card')) bench.firstCard = performance.now();
    else requestAnimationFrame(poll);
  })();`;

const pages = {
  '/empty': `${benchHead()}</head><body></body></html>`,
  '/hearth': `${benchHead(FIRST_CARD)}
<script type="module" src="/hearth.js"></script>
</head><body><hearth-story-wall api-base="/api/${STORIES}/" page-size="${PAGE_SIZE}"></hearth-story-wall></body></html>`,
  // The baseline: the same stories fetched page by page and shown as plain cards, with the same
  // parts a reader sees (date, note, text, topics, "me too" and "report"), in the light DOM.
  '/vanilla': `${benchHead(FIRST_CARD)}
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 16px; }
  .cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 16px; }
  .card { border: 1px solid #ccc; border-radius: 8px; padding: 16px; }
  .topics { display: flex; gap: 8px; list-style: none; padding: 0; }
</style>
<script type="module">
  const list = document.createElement('ul');
  list.className = 'cards';
  document.body.append(list);
  const month = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const el = (tag, text, className) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  function card(story) {
    const article = el('article', undefined, 'card');
    article.append(el('p', month.format(new Date(story.month + '-01T00:00:00Z')), 'date'));
    if (story.contentWarning) article.append(el('p', 'Content note: ' + story.contentWarning), el('button', 'Show'));
    article.append(el('p', story.body, 'body'));
    const topics = el('ul', undefined, 'topics');
    for (const topic of story.topics) topics.append(el('li', topic));
    const actions = el('div', undefined, 'actions');
    actions.append(el('button', 'Me too'), el('span', story.resonance + ' felt this'), el('button', 'Report'));
    article.append(topics, actions);
    const item = el('li');
    item.append(article);
    return item;
  }
  let cursor = '';
  window.loadMore = async () => {
    const page = await (await fetch('/api/${STORIES}/v1/stories?limit=${PAGE_SIZE}' + (cursor ? '&cursor=' + cursor : ''))).json();
    list.append(...page.items.map(card));
    cursor = page.nextCursor;
    return cursor;
  };
  await loadMore();
</script>
</head><body></body></html>`,
};

const server = await startPageServer(pages);
if (process.argv.includes('--serve')) {
  console.log(`Serving ${server.origin}/hearth, /vanilla and /empty; Ctrl-C stops.`);
  await new Promise(() => {});
}

const browser = await launchBrowser();

/** Loads a page, shows all the stories, measures memory, then scrolls at each throttling. */
async function run(kind) {
  const context = await browser.newContext({ viewport: PHONE });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await tab.goto(`${server.origin}/${kind}`);
  let loadAll;
  if (kind !== 'empty') {
    await tab.waitForFunction(() => window.bench.firstCard !== undefined, null, {
      timeout: 60_000,
    });
    loadAll = await tab.evaluate(async (total) => {
      const start = performance.now();
      const wall = document.querySelector('hearth-story-wall');
      const count = () =>
        (wall ? wall.shadowRoot : document).querySelectorAll('[part~="card"], .card').length;
      while (count() < total) {
        const before = count();
        if (wall) {
          const more = wall.shadowRoot.querySelector('[part~="more"]');
          if (!more) break;
          more.click();
          // The click starts the request; wait for the cards it brings.
          while (count() === before) await new Promise((done) => requestAnimationFrame(done));
          await wall.updateComplete;
        } else if (!(await window.loadMore())) break;
      }
      return { cards: count(), duration: performance.now() - start };
    }, STORIES);
  }
  await tab.evaluate(() => new Promise((done) => setTimeout(done, 500)));
  const mem = await memory(cdp);
  const scroll = {};
  for (const throttle of kind === 'empty' ? [] : THROTTLES) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    scroll[throttle] = await tab.evaluate(async ({ step, frames }) => {
      window.scrollTo(0, 0);
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      // The page's own frame interval when nothing happens (about 16.7 ms at 60 Hz).
      const idle = [];
      let last = await frame();
      for (let index = 0; index < 30; index++) {
        const now = await frame();
        idle.push(now - last);
        last = now;
      }
      idle.sort((a, b) => a - b);
      const interval = idle[Math.floor(idle.length / 2)];
      const end = Math.max(0, document.documentElement.scrollHeight - innerHeight);
      let dropped = 0;
      let longest = 0;
      last = await frame();
      for (let index = 0; index < frames && scrollY < end; index++) {
        window.scrollBy(0, step);
        const now = await frame();
        const gap = now - last;
        longest = Math.max(longest, gap);
        dropped += Math.max(0, Math.round(gap / interval) - 1);
        last = now;
      }
      return { dropped, longest, interval, distance: scrollY };
    }, SCROLL);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return { ...mem, loadAll, scroll };
}

const m = machine(browser);
console.log(
  `<hearth-story-wall> bench: ${STORIES} stories, ${RUNS} runs per figure (median)\n  ${describeMachine(m)}`,
);
const results = {};
for (const kind of ['empty', 'vanilla', 'hearth']) {
  const runs = [];
  for (let index = 0; index < RUNS; index++) runs.push(await run(kind));
  const pick = (get) => median(runs.map(get));
  results[kind] = {
    nodes: pick((r) => r.nodes),
    heap: pick((r) => r.heap),
    listeners: pick((r) => r.listeners),
    cards: runs[0].loadAll?.cards ?? 0,
    loadAll: runs[0].loadAll ? pick((r) => r.loadAll.duration) : undefined,
    scroll: Object.fromEntries(
      (kind === 'empty' ? [] : THROTTLES).map((t) => [
        t,
        {
          dropped: pick((r) => r.scroll[t].dropped),
          longest: pick((r) => r.scroll[t].longest),
          interval: pick((r) => r.scroll[t].interval),
          distance: pick((r) => r.scroll[t].distance),
        },
      ]),
    ),
  };
}

const label = {
  empty: 'empty page',
  vanilla: `${STORIES} plain DOM cards (baseline)`,
  hearth: `<hearth-story-wall>, ${STORIES} stories`,
};
for (const [kind, r] of Object.entries(results)) {
  console.log(`\n${label[kind]}${kind === 'empty' ? '' : ` (${r.cards} cards shown)`}`);
  line('DOM nodes (shadow roots included)', String(r.nodes));
  line('JS heap in use after GC', mb(r.heap));
  line('event listeners', String(r.listeners));
  if (r.loadAll !== undefined) line('loading the other pages (19 × Load more)', ms(r.loadAll));
  for (const t of THROTTLES) {
    const s = r.scroll[t];
    if (!s) continue;
    line(
      `scroll ${SCROLL.frames} frames × ${SCROLL.step} px, ${t}x: dropped frames`,
      `${s.dropped} (longest frame ${ms(s.longest)}, frame ${ms(s.interval)}, ${Math.round(s.distance)} px)`,
    );
  }
}

await writeJson({ machine: m, runs: RUNS, stories: STORIES, scroll: SCROLL, results });
await browser.close();
await server.close();
