// Measures the safety signals like a classifier on the labelled set in tests/safety/
// (README there): crisis tiers as a confusion matrix with recall and false-positive rates per
// language, and personal-detail masking recall per kind, on the tuning part and the held-out part.
//
//   npm run eval:safety                      both parts, targets checked on the held-out part
//   npm run eval:safety -- --part tuning --misses   what the rules get wrong, tuning part only
//   npm run eval:safety -- --check           exit 1 when a held-out target is missed
//   npm run eval:safety -- --part tuning --batch j   one tuning batch alone, to measure a fresh
//                                            batch (crisis-tuning-j-*.json, details-tuning-j.json)
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CRISIS_TIERS, detectCrisis, type CrisisTier } from '../src/api/rules/safety/crisis.js';
import { maskPersonalDetails, type PersonalDetailKind } from '../src/api/rules/safety/details.js';
import { FIRST_NAMES } from '../src/api/rules/safety/first-names.js';

interface CrisisCase {
  text: string;
  lang: 'en' | 'es';
  tier: CrisisTier;
  category: string;
}
interface DetailCase {
  text: string;
  lang: 'en' | 'es';
  details: { kind: PersonalDetailKind; text: string }[];
  keep: string[];
}

const PARTS = ['tuning', 'heldout'] as const;
type Part = (typeof PARTS)[number];
const LANGS = ['en', 'es'] as const;
const KINDS = ['name', 'address', 'email', 'phone', 'handle', 'url'] as const;

export const TARGETS = {
  highRecall: 0.97,
  atLeastMedium: 0.95,
  noneHigh: 0.02,
  noneAny: 0.1,
  masking: 0.95,
} as const;

const { values } = parseArgs({
  options: {
    part: { type: 'string' },
    misses: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    batch: { type: 'string' },
  },
});
const parts = values.part ? [values.part as Part] : [...PARTS];
if (!parts.every((part) => PARTS.includes(part))) throw new Error('--part is tuning or heldout');
if (values.batch !== undefined && (values.part !== 'tuning' || !/^[a-z]$/.test(values.batch)))
  throw new Error('--batch is one letter, with --part tuning');

const FOLDER = new URL('../tests/safety/', import.meta.url);
// A part may be spread over files written at different times: crisis-tuning.json, crisis-tuning-b.json.
const load = <T>(name: string): T[] =>
  readdirSync(FOLDER)
    .filter((file) =>
      values.batch === undefined
        ? file === `${name}.json` || file.startsWith(`${name}-`)
        : file === `${name}-${values.batch}.json` || file.startsWith(`${name}-${values.batch}-`),
    )
    .sort()
    .flatMap((file) => JSON.parse(readFileSync(new URL(file, FOLDER), 'utf8')) as T[]);
const pct = (n: number, d: number) =>
  d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1)} %`.padStart(7);
const rate = (n: number, d: number) => (d === 0 ? 1 : n / d);

let missed = 0;
const verdict = (label: string, value: number, target: number, atMost = false) => {
  const ok = atMost ? value <= target : value >= target;
  if (!ok) missed++;
  const sign = atMost ? '≤' : '≥';
  return `${label.padEnd(46)} ${(100 * value).toFixed(1).padStart(5)} %   target ${sign} ${100 * target} %   ${ok ? 'met' : 'MISSED'}`;
};

function crisisReport(part: Part) {
  const cases = load<CrisisCase>(`crisis-${part}`);
  const results = cases.map((item) => ({ ...item, got: detectCrisis(item.text).tier }));
  console.log(`\n## Crisis tiers — ${part} (${cases.length} texts)\n`);
  for (const lang of [...LANGS, 'all'] as const) {
    const own = results.filter((item) => lang === 'all' || item.lang === lang);
    console.log(`${lang === 'all' ? 'both languages' : lang}: rows labelled, columns rated`);
    console.log(`            ${CRISIS_TIERS.map((tier) => tier.padStart(7)).join('')}   recall`);
    for (const tier of [...CRISIS_TIERS].reverse()) {
      const row = own.filter((item) => item.tier === tier);
      const counts = CRISIS_TIERS.map((got) => row.filter((item) => item.got === got).length);
      const right = row.filter((item) => item.got === tier).length;
      console.log(
        `  ${tier.padEnd(8)}  ${counts.map((n) => String(n).padStart(7)).join('')}   ${pct(right, row.length)}`,
      );
    }
    console.log('');
  }
  const rank = (tier: CrisisTier) => CRISIS_TIERS.indexOf(tier);
  console.log('by language                                        en       es      all');
  const line = (
    label: string,
    pick: (item: (typeof results)[number]) => boolean,
    ok: (item: (typeof results)[number]) => boolean,
  ) => {
    const cells = [...LANGS, 'all'].map((lang) => {
      const own = results.filter((item) => pick(item) && (lang === 'all' || item.lang === lang));
      return `${pct(own.filter(ok).length, own.length)} (${own.filter(ok).length}/${own.length})`.padStart(
        16,
      );
    });
    console.log(`  ${label.padEnd(44)}${cells.join(' ')}`);
  };
  line(
    'high rated high',
    (item) => item.tier === 'high',
    (item) => item.got === 'high',
  );
  line(
    'high or medium rated at least medium',
    (item) => rank(item.tier) >= 2,
    (item) => rank(item.got) >= 2,
  );
  line(
    'medium rated medium or high',
    (item) => item.tier === 'medium',
    (item) => rank(item.got) >= 2,
  );
  line(
    'low rated at least low',
    (item) => item.tier === 'low',
    (item) => rank(item.got) >= 1,
  );
  line(
    'none rated high (false positive)',
    (item) => item.tier === 'none',
    (item) => item.got === 'high',
  );
  line(
    'none rated anything (false positive)',
    (item) => item.tier === 'none',
    (item) => item.got !== 'none',
  );
  line(
    'figurative rated anything',
    (item) => item.category === 'figurative',
    (item) => item.got !== 'none',
  );
  line(
    'negation rated anything',
    (item) => item.category === 'negation',
    (item) => item.got !== 'none',
  );
  if (values.misses) {
    console.log('\nmisses (labelled → rated):');
    for (const item of results.filter((item) => item.got !== item.tier)) {
      console.log(`  ${item.tier} → ${item.got}  [${item.lang} ${item.category}] ${item.text}`);
    }
  }
  return results;
}

function detailReport(part: Part) {
  const cases = load<DetailCase>(`details-${part}`);
  const caught: Record<string, { all: number; masked: number }> = {};
  let keptRight = 0;
  let keepTotal = 0;
  let extra = 0;
  const misses: string[] = [];
  for (const item of cases) {
    const { ranges, masked } = maskPersonalDetails(item.text, { firstNames: FIRST_NAMES });
    const covered = (start: number, end: number) => {
      for (let at = start; at < end; at++) {
        if (/\s/.test(item.text[at]!)) continue;
        if (!ranges.some((range) => range.start <= at && at < range.end)) return false;
      }
      return true;
    };
    const touched = (start: number, end: number) =>
      ranges.some((range) => range.start < end && range.end > start);
    const spans: [number, number][] = [];
    for (const detail of item.details) {
      for (const at of occurrences(item.text, detail.text)) {
        const end = at + detail.text.length;
        spans.push([at, end]);
        for (const key of [`${detail.kind} ${item.lang}`, detail.kind, `all ${item.lang}`, 'all']) {
          caught[key] ??= { all: 0, masked: 0 };
          caught[key].all++;
          if (covered(at, end)) caught[key].masked++;
        }
        if (!covered(at, end))
          misses.push(`  missed ${detail.kind} “${detail.text}”  in: ${item.text}`);
      }
    }
    for (const keep of item.keep) {
      for (const at of occurrences(item.text, keep)) {
        keepTotal++;
        if (touched(at, at + keep.length)) {
          misses.push(`  touched “${keep}”  in: ${masked}`);
        } else keptRight++;
      }
    }
    for (const range of ranges) {
      if (!spans.some(([start, end]) => range.start < end && range.end > start)) {
        extra++;
        misses.push(
          `  extra ${range.kind} “${item.text.slice(range.start, range.end)}”  in: ${item.text}`,
        );
      }
    }
  }
  console.log(`\n## Personal details — ${part} (${cases.length} texts)\n`);
  console.log('masking recall          en                es               all');
  for (const kind of [...KINDS, 'all']) {
    const cells = [`${kind} en`, `${kind} es`, kind].map((key) => {
      const { all = 0, masked = 0 } = caught[key] ?? {};
      return `${pct(masked, all)} (${masked}/${all})`.padStart(17);
    });
    console.log(`  ${kind.padEnd(10)}${cells.join(' ')}`);
  }
  console.log(`\n  words that must stay untouched: ${keptRight} of ${keepTotal} kept`);
  console.log(`  masked where no detail was labelled: ${extra}`);
  if (values.misses) console.log(`\n${misses.join('\n')}`);
  return {
    recall: rate(caught['all']?.masked ?? 0, caught['all']?.all ?? 0),
    keepViolations: keepTotal - keptRight,
  };
}

function occurrences(text: string, part: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length))
    found.push(at);
  return found;
}

for (const part of parts) {
  const results = crisisReport(part);
  const details = detailReport(part);
  if (part !== 'heldout') continue;
  const rank = (tier: CrisisTier) => CRISIS_TIERS.indexOf(tier);
  const share = (
    pick: (item: (typeof results)[number]) => boolean,
    ok: (item: (typeof results)[number]) => boolean,
  ) => rate(results.filter((item) => pick(item) && ok(item)).length, results.filter(pick).length);
  console.log('\n## Targets on the held-out part\n');
  for (const lang of [...LANGS, undefined]) {
    const of = (item: CrisisCase) => lang === undefined || item.lang === lang;
    const name = lang ?? 'both';
    console.log(
      verdict(
        `high → high (${name})`,
        share(
          (item) => of(item) && item.tier === 'high',
          (item) => item.got === 'high',
        ),
        TARGETS.highRecall,
      ),
    );
    console.log(
      verdict(
        `high or medium → at least medium (${name})`,
        share(
          (item) => of(item) && rank(item.tier) >= 2,
          (item) => rank(item.got) >= 2,
        ),
        TARGETS.atLeastMedium,
      ),
    );
    console.log(
      verdict(
        `figurative or none → high (${name})`,
        share(
          (item) => of(item) && item.tier === 'none',
          (item) => item.got === 'high',
        ),
        TARGETS.noneHigh,
        true,
      ),
    );
    console.log(
      verdict(
        `none → any tier (${name})`,
        share(
          (item) => of(item) && item.tier === 'none',
          (item) => item.got !== 'none',
        ),
        TARGETS.noneAny,
        true,
      ),
    );
  }
  console.log(verdict('masking recall (both)', details.recall, TARGETS.masking));
  const touched = details.keepViolations;
  if (touched > 0) missed++;
  console.log(
    `${'crisis lines, days, group names… touched'.padEnd(46)} ${String(touched).padStart(5)}     target 0       ${touched === 0 ? 'met' : 'MISSED'}`,
  );
}

if (values.check && missed > 0) {
  console.error(`\n${missed} target(s) missed on the held-out part.`);
  process.exit(1);
}
