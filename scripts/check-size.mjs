// The size budget, checked in `npm test` (sizes are deterministic, unlike timings). Prints what
// a visitor's browser downloads: hearth.js with the shared core every page needs, and that plus
// the chunks each widget loads when its tag is on the page — every file compressed on its own,
// as HTTP sends them: minified, gzip -9 and brotli. A widget's own code is what its tag fetches;
// a part it fetches only when the visitor opens it (the story wall's share form) is printed on
// its own line, and so are the words only pages in Spanish fetch. The budgets hold the shared
// part, each widget's own code and the staff console (dist/hearth-admin.js, its own bundle with
// Lit inside). `npm run bench` prints these beside comparable embeds (bench/size.mjs).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGET = 16 * KB;
const GOAL = 12 * KB;
// Issue 8's goal for any single widget is 9 KB gzip; the budget keeps each under 10 KB. The group
// finder carries its own words and schedule formatting (docs/decisions.md 37) and its paged
// loading (36), and is about 9.7 KB: the goal is printed beside each figure.
const WIDGET_GOAL = 9 * KB;
const WIDGET_BUDGET = 10 * KB;
// The staff console with all seven sections (stories, sign-ups, groups, settings, account, staff,
// activity log) is 45.2 KB gzip; staff load it once per session. Loading each section on demand
// is the way to bring it down (docs/decisions.md 24).
const ADMIN_BUDGET = 56 * KB;

function sizes(file) {
  let source;
  try {
    source = readFileSync(`dist/${file}`);
  } catch {
    console.error(`dist/${file} is missing: run npm run build first.`);
    process.exit(1);
  }
  return {
    raw: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const format = ({ raw, gzip, brotli }) =>
  `${raw} B minified, ${gzip} B gzip -9, ${brotli} B brotli`;
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

const manifest = JSON.parse(readFileSync('dist/hearth-manifest.json', 'utf8'));

/** Every chunk a key pulls in through static imports, itself included. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) closure(imported, seen);
  return seen;
}
const total = (keys) => [...keys].map((key) => sizes(manifest[key].file)).reduce(add);

// What every page downloads before any widget: hearth.js and the shared core it imports.
const initialKeys = closure('src/hearth.ts');
const initial = total(initialKeys);
console.log(
  `dist/hearth.js with the shared core it imports: ${format(initial)} (budget ${BUDGET} B, goal ${GOAL} B)`,
);

/** Words: the shared catalogues in `src/i18n/`, a widget's own in its `locales/` folder. */
const isTexts = (key) => /^src\/i18n\/|\/locales\//.test(key);
const isSpanish = (key) => /^src\/i18n\/es|\/locales\/es\.ts$/.test(key);
/** `src/i18n/es-finder.ts` → `es-finder`, `src/group-finder/locales/es.ts` → `group-finder/locales/es`. */
const textsName = (key) => key.replace(/^src\/(i18n\/)?/, '').replace(/\.ts$/, '');
/** What a part of the page fetches when asked for: its chunks not already loaded. */
const later = (key, loaded) => [...closure(key)].filter((chunk) => !loaded.has(chunk));
/** The on-demand parts (not words) a widget's chunks import with `import()`. */
const onDemand = (keys) =>
  [...new Set([...keys].flatMap((key) => manifest[key].dynamicImports ?? []))].filter(
    (key) => !isTexts(key) && !manifest['src/hearth.ts'].dynamicImports.includes(key),
  );
const PARTS = {
  'share-form': 'the share form, fetched when Share your story nears the screen or is used',
  crisis: 'the crisis tiers (docs/safety.md), fetched at the first keystroke in a message',
};

const everything = new Set(initialKeys);
const parts = new Set();
const overBudget = [];
for (const key of manifest['src/hearth.ts'].dynamicImports ?? []) {
  const own = later(key, initialKeys);
  own.forEach((chunk) => everything.add(chunk));
  const widget = total(own);
  const tag = key.replace(/^src\/define\/(.*)\.ts$/, 'hearth-$1');
  if (widget.gzip > WIDGET_BUDGET) overBudget.push(tag);
  console.log(
    `  a page with <${tag}>: ${format(add(initial, widget))} (its own code: ${widget.gzip} B gzip, ${widget.brotli} B brotli; budget ${WIDGET_BUDGET} B, goal ${WIDGET_GOAL} B)`,
  );
  const loaded = new Set([...initialKeys, ...own]);
  for (const part of onDemand(own)) {
    parts.add(part);
    const name = manifest[part].name;
    const fetched = total(later(part, loaded));
    console.log(
      `    + ${PARTS[name] ?? `${name}, fetched on demand`}: ${fetched.gzip} B gzip, ${fetched.brotli} B brotli`,
    );
  }
}
for (const [key, chunk] of Object.entries(manifest)) {
  if (isSpanish(key)) {
    const part = [...parts].find((other) => manifest[other].dynamicImports?.includes(key));
    const when = part
      ? `only with ${manifest[part].name}, on pages in Spanish`
      : 'only on pages in Spanish';
    console.log(
      `  + ${textsName(key)} texts, ${when}: ${sizes(chunk.file).gzip} B gzip, ${sizes(chunk.file).brotli} B brotli`,
    );
  }
}
console.log(
  `  a page with every widget: ${format(total(everything))} (without what opens on demand)`,
);
console.log(
  `dist/hearth.iife.js (everything in one classic script): ${format(sizes('hearth.iife.js'))}`,
);
const admin = sizes('hearth-admin.js');
console.log(
  `dist/hearth-admin.js (the staff console at /admin): ${format(admin)} (budget ${ADMIN_BUDGET} B)`,
);

let over = false;
for (const tag of overBudget) {
  console.error(`<${tag}>'s own code is over the ${WIDGET_BUDGET} B gzip budget.`);
  over = true;
}
if (initial.gzip > BUDGET) {
  console.error(`hearth.js and its shared core are over the ${BUDGET} B gzip budget.`);
  over = true;
}
if (admin.gzip > ADMIN_BUDGET) {
  console.error(`hearth-admin.js is over the ${ADMIN_BUDGET} B gzip budget.`);
  over = true;
}
if (over) process.exit(1);
