// Writes src/api/rules/safety/first-names.json: common first names in English and Spanish, taken
// from @faker-js/faker's locale data (en, es, es_MX), lower-cased and without accents, for the
// server's personal-detail masking (first-names.ts reads it). Run after upgrading the package:
// node scripts/first-names.mjs
import { writeFileSync } from 'node:fs';
import { en, es, es_MX as esMX } from '@faker-js/faker';

const plain = (name) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const names = new Set();
for (const locale of [en, es, esMX]) {
  for (const list of Object.values(locale.person?.first_name ?? {})) {
    // "Ana María" is two names, each a name on its own.
    for (const name of list) for (const part of name.split(/[\s-]+/)) names.add(plain(part));
  }
}
const sorted = [...names].filter((name) => /^[a-z]{2,}$/.test(name)).sort();
// One name a line, as the formatter writes JSON: an upgrade of the package reads as a plain diff.
// A path argument writes elsewhere (the test compares that with the committed list).
writeFileSync(
  process.argv[2] ?? new URL('../src/api/rules/safety/first-names.json', import.meta.url),
  `${JSON.stringify(sorted, null, 2)}\n`,
);
console.log(`${sorted.length} first names`);
