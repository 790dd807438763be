// <hearth-session-signup> for one group: time from the page's first script to a form a visitor
// can use, at 1x and with the CPU throttled 4x, beside a plain form built with the DOM API from
// the same API answers (the vanilla baseline). Prints figures; asserts nothing. `npm run build`
// first; BENCH_RUNS sets runs (median); `--serve` only serves the pages.
import {
  PHONE,
  benchHead,
  describeMachine,
  launchBrowser,
  line,
  machine,
  median,
  ms,
  requireBuild,
  startPageServer,
  writeJson,
} from './harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const THROTTLES = [1, 4];
const GROUP = 'group-1';
/** The main thread counts as quiet once no task of 50 ms or more ran for this long. */
const QUIET_MS = 1000;

requireBuild();

// "Form shown": the first animation frame in which the submit button exists (checked every
// frame, ±1 frame). The name field then gets a character to prove the form reacts.
const FORM_SHOWN = `
  (function poll() {
    const root = document.querySelector('hearth-session-signup')?.shadowRoot ?? document;
    if (root.querySelector('[part~="submit"], button[type="submit"]')) bench.formShown = performance.now();
    else requestAnimationFrame(poll);
  })();`;

const pages = {
  '/hearth': `${benchHead(FORM_SHOWN)}
<script type="module" src="/hearth.js"></script>
</head><body><hearth-session-signup api-base="/api/50/" group-id="${GROUP}"></hearth-session-signup></body></html>`,
  // The baseline: the same two requests, and the same fields, labels and checks as plain DOM.
  '/vanilla': `${benchHead(FORM_SHOWN)}
<script type="module">
  const [practice, group] = await Promise.all([
    fetch('/api/50/v1/practice').then((r) => r.json()),
    fetch('/api/50/v1/groups/${GROUP}').then((r) => r.json()),
  ]);
  const form = document.createElement('form');
  form.noValidate = true;
  const add = (html) => form.insertAdjacentHTML('beforeend', html);
  const heading = document.createElement('h2');
  heading.textContent = 'Request a spot in ' + group.name;
  form.append(heading);
  add('<p>We only ask what we need to contact you.</p>');
  add('<label>Name <input name="name" autocomplete="name" required></label>');
  add('<label>Email <input name="email" type="email" autocomplete="email" required></label>');
  add('<fieldset><legend>How should we contact you?</legend>' +
    ['email', 'phone', 'text'].map((m) => '<label><input type="radio" name="contactMethod" value="' + m + '"> ' + m + '</label>').join('') + '</fieldset>');
  add('<label>Phone <input name="phone" type="tel" autocomplete="tel"></label>');
  add('<label>Best times <input name="bestTimes"></label>');
  add('<label>Message <textarea name="message"></textarea></label>');
  if (group.ageMin) add('<label><input type="checkbox" name="ageConfirmed"> I am ' + group.ageMin + ' or older</label>');
  const consent = document.createElement('label');
  consent.innerHTML = '<input type="checkbox" name="contact"> ';
  consent.append(practice.name + ' may contact me');
  form.append(consent);
  add('<label><input type="checkbox" name="privacy"> I agree to the privacy policy</label>');
  add('<button type="submit">Send request</button>');
  form.addEventListener('input', (event) => { event.target.dataset.touched = 'true'; });
  form.addEventListener('submit', (event) => event.preventDefault());
  document.body.append(form);
</script>
</head><body></body></html>`,
};

const server = await startPageServer(pages);
if (process.argv.includes('--serve')) {
  console.log(`Serving ${server.origin}/hearth and /vanilla; Ctrl-C stops.`);
  await new Promise(() => {});
}

const browser = await launchBrowser();

async function load(kind, throttle) {
  const context = await browser.newContext({ viewport: PHONE });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await tab.goto(`${server.origin}/${kind}`);
  await tab.waitForFunction(() => window.bench.formShown !== undefined, null, { timeout: 60_000 });
  // Wait for a quiet main thread, then prove the form takes input.
  const figures = await tab.evaluate(async (quiet) => {
    const lastEnd = () =>
      Math.max(0, ...window.bench.longTasks.map((task) => task.start + task.duration));
    while (performance.now() - Math.max(lastEnd(), window.bench.formShown) < quiet) {
      await new Promise((done) => setTimeout(done, 100));
    }
    const root = document.querySelector('hearth-session-signup')?.shadowRoot ?? document;
    const name = root.querySelector('input[name="name"], input[autocomplete="name"]');
    name.focus();
    return {
      formShown: window.bench.formShown - window.bench.start,
      interactive: Math.max(window.bench.formShown, lastEnd()) - window.bench.start,
      longTasks: window.bench.longTasks.length,
      longest: Math.max(0, ...window.bench.longTasks.map((task) => task.duration)),
    };
  }, QUIET_MS);
  await tab.keyboard.type('A');
  const typed = await tab.evaluate(() => {
    const root = document.querySelector('hearth-session-signup')?.shadowRoot ?? document;
    return root.querySelector('input[name="name"], input[autocomplete="name"]').value;
  });
  if (typed !== 'A') throw new Error(`${kind}: the name field did not take input`);
  await context.close();
  return figures;
}

const m = machine(browser);
console.log(
  `<hearth-session-signup> bench: one group, ${RUNS} loads per figure (median)\n  ${describeMachine(m)}`,
);
const results = {};
for (const kind of ['vanilla', 'hearth']) {
  results[kind] = {};
  for (const throttle of THROTTLES) {
    const runs = [];
    for (let index = 0; index < RUNS; index++) runs.push(await load(kind, throttle));
    results[kind][throttle] = {
      formShown: median(runs.map((r) => r.formShown)),
      interactive: median(runs.map((r) => r.interactive)),
      longest: median(runs.map((r) => r.longest)),
      longTasks: median(runs.map((r) => r.longTasks)),
    };
  }
}
for (const [kind, byThrottle] of Object.entries(results)) {
  console.log(
    `\n${kind === 'hearth' ? '<hearth-session-signup> from dist/hearth.js' : 'plain DOM form (baseline)'}`,
  );
  for (const [throttle, r] of Object.entries(byThrottle)) {
    line(`script start → form shown, ${throttle}x`, ms(r.formShown));
    line(
      `script start → interactive, ${throttle}x`,
      `${ms(r.interactive)} (longest task ${ms(r.longest)}, ${r.longTasks} over 50 ms)`,
    );
  }
}

await writeJson({ machine: m, runs: RUNS, results });
await browser.close();
await server.close();
