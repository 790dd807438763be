// The safety signals' cost: crisis tiers and personal-detail masking per text, on the labelled
// texts (what visitors write) and on 100 KB inputs shaped to break backtracking, beside a
// hand-written baseline in the same run: one lower-cased copy of the text searched for a dozen
// words, the least any detector must do. Linear time shows as a flat cost per KB.
//
//   node --import tsx bench/safety.ts
import { readdirSync, readFileSync } from 'node:fs';
import { assessCrisis } from '../src/api/rules/safety/crisis.js';
import { maskPersonalDetails } from '../src/api/rules/safety/details.js';
import { FIRST_NAMES } from '../src/api/rules/safety/first-names.js';

const folder = new URL('../tests/safety/', import.meta.url);
const texts = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) =>
    (JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as { text: string }[]).map(
      (item) => item.text,
    ),
  );

const WORDS = ['suicide', 'kill myself', 'die', 'pills', 'end it', 'goodbye', 'matarme', 'morir'];
function baseline(text: string): boolean {
  const lower = text.toLowerCase();
  return WORDS.some((word) => lower.includes(word));
}

function time(run: (text: string) => unknown, inputs: string[], minimumMs = 300): number {
  let rounds = 0;
  const started = performance.now();
  do {
    for (const text of inputs) run(text);
    rounds++;
  } while (performance.now() - started < minimumMs);
  return (performance.now() - started) / rounds;
}

const size = 100_000;
const hostile: Record<string, string> = {
  'ordinary words': 'I sat in my car before the group and cried, then went in. '.repeat(size / 58),
  'one word repeated': 'kill '.repeat(size / 5),
  'cues everywhere': 'i want to die tonight, i have the pills. '.repeat(size / 41),
  'names and numbers': 'My son Marco called 555 201 4433 at 12 Oak St. '.repeat(size / 46),
  'no spaces': 'a'.repeat(size),
  'dots and ats': 'a.a@a '.repeat(size / 6),
};

const corpusKb = texts.reduce((sum, text) => sum + text.length, 0) / 1000;
const rows: [string, number, number, number][] = [];
const measure = (name: string, inputs: string[], kb: number) => {
  const crisis = time((text) => assessCrisis(text), inputs);
  const details = time((text) => maskPersonalDetails(text, { firstNames: FIRST_NAMES }), inputs);
  const floor = time(baseline, inputs);
  rows.push([name, crisis / kb, details / kb, floor / kb]);
};
measure(`labelled texts (${texts.length}, ${corpusKb.toFixed(0)} KB)`, texts, corpusKb);
for (const [name, text] of Object.entries(hostile))
  measure(`100 KB: ${name}`, [text], text.length / 1000);

console.log('ms per KB of text             crisis   details  baseline   crisis ÷ baseline');
for (const [name, crisis, details, floor] of rows) {
  console.log(
    `${name.padEnd(30)}${crisis.toFixed(3).padStart(7)}${details.toFixed(3).padStart(10)}${floor.toFixed(4).padStart(10)}   ${(crisis / floor).toFixed(0).padStart(6)}x`,
  );
}
const perText = time((text) => assessCrisis(text), texts) / texts.length;
console.log(`\nA typical text: ${(perText * 1000).toFixed(0)} µs for its crisis tier.`);
