// The size budget, checked in `npm test` (sizes are deterministic, unlike timings). Prints what
// a visitor's browser downloads: hearth.js itself, and hearth.js plus the chunks each widget
// loads when its tag is on the page — every file compressed on its own, as HTTP sends them.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGET = 16 * KB;
const GOAL = 12 * KB;

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
const entry = manifest['src/hearth.ts'];
const core = sizes(entry.file);
console.log(`dist/hearth.js: ${format(core)} (budget ${BUDGET} B, goal ${GOAL} B)`);

/** The files a dynamic import pulls in besides hearth.js (which the page already has). */
function chunkFiles(key, seen = new Set()) {
  if (seen.has(key) || key === 'src/hearth.ts') return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) chunkFiles(imported, seen);
  return seen;
}

let allWidgets = core;
for (const key of entry.dynamicImports ?? []) {
  const files = [...chunkFiles(key)].map((chunk) => manifest[chunk].file);
  const widget = files.map(sizes).reduce(add);
  allWidgets = add(allWidgets, widget);
  const page = add(core, widget);
  const tag = key.replace(/^src\/define\/(.*)\.ts$/, 'hearth-$1');
  console.log(`  a page with <${tag}>: ${format(page)} (its own chunk: ${widget.gzip} B gzip)`);
}
for (const [key, chunk] of Object.entries(manifest)) {
  if (key.startsWith('src/i18n/')) {
    console.log(
      `  + ${key.slice(9, -3)} texts, only on pages in that language: ${sizes(chunk.file).gzip} B gzip`,
    );
  }
}
console.log(`  a page with every widget: ${format(allWidgets)}`);
console.log(
  `dist/hearth.iife.js (everything in one classic script): ${format(sizes('hearth.iife.js'))}`,
);

if (core.gzip > BUDGET) {
  console.error(`dist/hearth.js is over its ${BUDGET} B gzip budget.`);
  process.exit(1);
}
