// What a visitor's browser downloads, in bytes: minified, gzip -9 and brotli (quality 11) by
// node:zlib, each file compressed on its own as HTTP sends it. Hearth's built files (read from
// dist/ the way scripts/check-size.mjs reads them), each per-element npm entry bundled with the
// part of Lit it uses, and, bundled and compressed by the same method in the same run, the
// scripts a page loads for comparable embeds. Prints figures; `npm run build` first.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { DIST, ROOT, describeMachine, machine, requireBuild, writeJson } from './harness.mjs';

const KB = 1024;
export const GOALS = { initial: 12 * KB, widget: 9 * KB };
export const BUDGET = 16 * KB;

requireBuild(['hearth.js', 'hearth-manifest.json', 'hearth-admin.js', 'hearth.iife.js']);

export function compress(source) {
  const buffer = Buffer.from(source);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}
const zero = { raw: 0, gzip: 0, brotli: 0 };
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const sum = (list) => list.reduce(add, zero);
export const bytes = (n) => `${n.toLocaleString('en-US')} B`;
const fromDist = (file) => compress(readFileSync(join(DIST, file)));

// ---- Hearth's built files ---------------------------------------------------------------------

const manifest = JSON.parse(readFileSync(join(DIST, 'hearth-manifest.json'), 'utf8'));
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) closure(imported, seen);
  return seen;
}
const total = (keys) => sum([...keys].map((key) => fromDist(manifest[key].file)));

const rows = [];
const initialKeys = closure('src/hearth.ts');
const initial = total(initialKeys);
rows.push({
  group: 'hearth',
  name: 'hearth.js + shared core',
  what: [...initialKeys].map((key) => manifest[key].file).join(' + '),
  ...initial,
  goal: GOALS.initial,
});
const widgets = [];
const widgetKeys = manifest['src/hearth.ts'].dynamicImports ?? [];
// Parts a widget fetches only when the visitor comes to them (not its words in other languages,
// nor another widget it opens): the story wall's share form.
const PARTS = { 'share-form': 'share form' };
for (const key of widgetKeys) {
  const own = [...closure(key)].filter((chunk) => !initialKeys.has(chunk));
  const sizes = total(own);
  const tag = key.replace(/^src\/define\/(.*)\.ts$/, 'hearth-$1');
  widgets.push({ tag, own: sizes, page: add(initial, sizes) });
  rows.push({
    group: 'widget',
    name: `<${tag}> own chunk`,
    what: own.map((chunk) => manifest[chunk].file).join(' + '),
    ...sizes,
    goal: GOALS.widget,
  });
  rows.push({
    group: 'page',
    name: `page with <${tag}>`,
    what: 'hearth.js + core + its chunk',
    ...add(initial, sizes),
  });
  const loaded = new Set([...initialKeys, ...own]);
  const parts = new Set(own.flatMap((chunk) => manifest[chunk].dynamicImports ?? []));
  for (const part of parts) {
    if (/^src\/i18n\/|\/locales\//.test(part) || widgetKeys.includes(part)) continue;
    const fetched = [...closure(part)].filter((chunk) => !loaded.has(chunk));
    rows.push({
      group: 'on-demand',
      name: `<${tag}> ${PARTS[manifest[part].name] ?? manifest[part].name}`,
      what: fetched.map((chunk) => manifest[chunk].file).join(' + '),
      ...total(fetched),
    });
  }
}
rows.push({
  group: 'hearth',
  name: 'hearth-admin.js (staff console)',
  what: 'dist/hearth-admin.js',
  ...fromDist('hearth-admin.js'),
});
rows.push({
  group: 'hearth',
  name: 'hearth.iife.js (classic script, all widgets)',
  what: 'dist/hearth.iife.js',
  ...fromDist('hearth.iife.js'),
});

// ---- bundling: per-element npm entries and the comparable embeds ------------------------------

const work = join(ROOT, 'bench/results/size-tmp');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const { build } = await import('vite');

/**
 * Bundles an entry (a file, or source written to a file in bench/results/) with everything it
 * imports, minified as dist/hearth.js is, and returns the sizes of what a page loads at once:
 * the entry chunk, the chunks it imports statically, and its CSS. `external` leaves lit out.
 */
async function bundle(name, { file, source, external }) {
  const entry = file ?? join(work, `${name}.mjs`);
  if (source) writeFileSync(entry, source);
  const output = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      cssMinify: true,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js`, cssFileName: name },
      rolldownOptions: {
        ...(external && { external: [/^lit($|\/)/, /^@lit\//] }),
        output: {
          minify: true,
          comments: { annotation: false, jsdoc: false, legal: false },
        },
      },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  const byName = new Map(outputs.map((item) => [item.fileName, item]));
  const entryChunk = outputs.find((item) => item.type === 'chunk' && item.isEntry);
  const loaded = new Set();
  const visit = (chunk) => {
    if (loaded.has(chunk.fileName)) return;
    loaded.add(chunk.fileName);
    for (const imported of chunk.imports ?? []) {
      // External modules (lit, when left out) are listed too: they are not in this output.
      if (byName.has(imported)) visit(byName.get(imported));
    }
  };
  visit(entryChunk);
  const js = sum([...loaded].map((fileName) => compress(byName.get(fileName).code)));
  const css = sum(
    outputs
      .filter((item) => item.type === 'asset' && item.fileName.endsWith('.css'))
      .map((item) => compress(item.source)),
  );
  return { js, css, all: add(js, css), files: loaded.size };
}

for (const element of ['provider', 'group-finder', 'session-signup', 'story-wall']) {
  const file = join(DIST, `${element}.js`);
  const withLit = await bundle(`${element}-lit`, { file });
  const own = await bundle(`${element}-own`, { file, external: true });
  rows.push({
    group: 'npm',
    name: `import 'hearth/${element}.js'`,
    what: `bundled with lit; without lit: ${bytes(own.js.gzip)} gzip`,
    ...withLit.js,
  });
}

const version = (name) =>
  JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

const EMBEDS = [
  {
    name: 'giscus',
    source: `import 'giscus';\ndocument.body.append(document.createElement('giscus-widget'));\n`,
    loads:
      'the giscus-widget element (Lit inside); then an iframe with the giscus.app application, not measurable offline',
  },
  {
    name: '@calcom/embed-core',
    source: `import '@calcom/embed-core';\n`,
    loads:
      'embed.js (the script app.cal.com/embed/embed.js serves); then an iframe with the Cal.com booking application, not measurable offline',
  },
  {
    name: 'disqusjs',
    source: `import DisqusJS from 'disqusjs';\nimport 'disqusjs/styles/disqusjs.css';\nnew DisqusJS({ shortname: 'x', siteName: 'x', api: 'https://disqus.example/', apikey: 'x' }).render(document.body);\n`,
    loads:
      'DisqusJS and its CSS (JS + CSS); it reads the Disqus API, and loads the original Disqus iframe when disqus.com is reachable, not measurable offline',
  },
  {
    name: '@waline/client',
    source: `import { init } from '@waline/client';\nimport '@waline/client/style';\ninit({ el: '#waline', serverURL: 'https://waline.example' });\n`,
    loads:
      'the Waline client with Vue and its CSS (JS + CSS); no iframe, it talks to a Waline server',
  },
];
for (const embed of EMBEDS) {
  const result = await bundle(embed.name.replace(/\W/g, '-'), { source: embed.source });
  rows.push({
    group: 'embed',
    name: `${embed.name} ${version(embed.name)}`,
    what: embed.loads,
    ...result.all,
    js: result.js,
    css: result.css,
  });
}
rmSync(work, { recursive: true, force: true });

// ---- printing ----------------------------------------------------------------------------------

const m = machine();
console.log(`Sizes: minified, gzip -9, brotli 11 (node:zlib); ${describeMachine(m)}`);
const heading = {
  hearth: 'Hearth, as a practice embeds it (dist/)',
  widget: 'Each widget\u2019s own code, fetched when its tag is on the page',
  'on-demand': 'Fetched later, when the visitor comes to it (the story wall\u2019s share form)',
  page: 'A page with one widget: hearth.js + core + the widget\u2019s chunk',
  npm: 'Per-element npm entries, bundled with the part of Lit they use',
  embed: 'Comparable embeds, bundled the same way: what a page loads',
};
const ORDER = Object.keys(heading);
rows.sort((a, b) => ORDER.indexOf(a.group) - ORDER.indexOf(b.group));
let last;
for (const row of rows) {
  if (row.group !== last) console.log(`\n${heading[row.group]}`);
  last = row.group;
  const goal =
    row.goal === undefined
      ? ''
      : `  goal ≤ ${bytes(row.goal)} gzip: ${row.gzip <= row.goal ? 'met' : `missed by ${bytes(row.gzip - row.goal)}`}`;
  console.log(
    `  ${row.name.padEnd(46)} ${bytes(row.raw).padStart(11)} ${bytes(row.gzip).padStart(10)} ${bytes(row.brotli).padStart(10)}${goal}`,
  );
  if (row.group === 'npm') console.log(`    ${row.what}`);
  if (row.group === 'embed') {
    const split = row.css.raw
      ? ` (JS ${bytes(row.js.gzip)} + CSS ${bytes(row.css.gzip)} gzip)`
      : '';
    console.log(`    ${row.what}${split}`);
  }
}

await writeJson({ machine: m, goals: GOALS, budget: BUDGET, rows });
