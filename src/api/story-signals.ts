/**
 * Signals in a story's text, shared by the story wall's share form (on every keystroke) and the
 * server (flags for moderation). Pure, dependency-free and small: it ships in the widget bundle.
 *
 * Every pattern runs in linear time: no nested unbounded quantifiers, every repetition bounded,
 * so hostile input of any length cannot make it slow.
 */

export const CRISIS_TIERS = ['none', 'low', 'medium', 'high'] as const;
/** `low`: past or general mention; `medium`: current thoughts; `high`: intent, plan or method. */
export type CrisisTier = (typeof CRISIS_TIERS)[number];

export const PERSONAL_DETAIL_KINDS = ['email', 'phone', 'url', 'handle'] as const;
export type PersonalDetailKind = (typeof PERSONAL_DETAIL_KINDS)[number];

/** Where a detail is in the original text: `text.slice(start, end)`. */
export interface PersonalDetailRange {
  kind: PersonalDetailKind;
  start: number;
  end: number;
}

const re = (parts: string[]) => new RegExp(`\\b(?:${parts.join('|')})`);
const SELF = 'my ?self';

// Text is lower-cased, stripped of accents and apostrophes are made straight before matching.
const HIGH = re([
  `(?:going to|gonna|will|'ll|plan(?:ning)? to|about to|decided to|ready to) (?:kill ${SELF}|end (?:it all|it|my life)|take my (?:own )?life|commit suicide)`,
  `i (?:have|bought|got|saved up|stockpiled) (?:the|enough|a) (?:pills|rope|gun)`,
  `i have a plan`,
  `(?:wrote|writing) (?:a|my) (?:suicide|goodbye) (?:note|letter)`,
  `(?:me )?voy a (?:matarme|suicidarme|quitarme la vida|acabar con todo|matar|suicidar)`,
  `esta noche (?:me mato|acabo con todo)`,
  `tengo (?:las|suficientes) pastillas`,
  `tengo un plan`,
]);

const MEDIUM = re([
  `(?<!(?:n't|not|never) )(?:want|wanna|wish|need) to (?:die|kill ${SELF}|end (?:it all|my life))`,
  `wish i (?:was|were) dead`,
  `(?:thinking|think) (?:a lot )?(?:about|of) (?:suicide|killing ${SELF}|ending (?:it|my life)|dying)`,
  `(?:feel|feeling|i'm|i am) suicidal`,
  `(?:cutting|burning|hurting|harming|starving) ${SELF}`,
  `self[- ]?harming`,
  `kill ${SELF}`,
  `better off (?:without me|dead)`,
  `no reason to (?:live|go on)`,
  `(?:don't|do not) want to (?:live|be alive|wake up)`,
  `can't go on`,
  `(?<!no )(?:quiero|quisiera) morir`,
  `suicidarme`,
  `matarme`,
  `quitarme la vida`,
  `hacerme dano`,
  `cortarme`,
  `no quiero (?:vivir|seguir)`,
  `(?:pienso|pensando) en (?:el suicidio|morir|matarme)`,
]);

const LOW = re([
  `suicid`,
  `self[- ]?harm`,
  `overdos`,
  `i (?:had )?attempted\\b(?! to (?!kill|end|take))`,
  `took (?:his|her|their) (?:own )?life`,
  `wanted to (?:die|kill ${SELF})`,
  `queria morir`,
]);

// Past or resolved: a clause with these marks an old experience, not a current one.
const PAST = re([
  `used to`,
  `years? ago`,
  `months ago`,
  `back then`,
  `when i was`,
  `in the past`,
  `no longer`,
  `survived`,
  `solia`,
  `cuando era`,
  `hace (?:\\w{1,12} )?anos`,
  `en el pasado`,
]);

// Figures of speech that borrow the words: removed from a clause before it is read, so "I want to
// die of laughter" says nothing, while "I want to die" still does.
const IDIOMS = new RegExp(
  `\\b(?:${[
    `(?:die|dying|died|dead) (?:of|from|with) (?:laughter|laughing|embarrassment|shame|boredom|curiosity|cuteness|envy|jealousy)`,
    `(?:die|dying|died) laughing`,
    `dying (?:to|for) `,
    `to die for`,
    `kill(?:ing|ed)? (?:${SELF}|me) (?:laughing|with laughter)`,
    `(?:morir|muero|muriendo|mori) de (?:risa|verguenza|aburrimiento|ganas|hambre|sed|calor|frio|envidia)`,
  ].join('|')})`,
  'g',
);

/** The crisis tier of a text: the highest found in any of its clauses. */
export function detectCrisis(text: string): { tier: CrisisTier } {
  const normal = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s+/g, ' ');
  let best = 0;
  for (const clause of normal.replace(IDIOMS, ' ').split(/[.!?;\n]| but | pero /)) {
    const found = HIGH.test(clause) ? 3 : MEDIUM.test(clause) ? 2 : LOW.test(clause) ? 1 : 0;
    best = Math.max(best, found > 1 && PAST.test(clause) ? 1 : found);
  }
  return { tier: CRISIS_TIERS[best]! };
}

const DETAILS: [PersonalDetailKind, RegExp][] = [
  ['email', /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g],
  [
    'url',
    /\b(?:(?:[a-z][a-z0-9+.-]{1,15}:\/\/|www\.)[^\s<>"]{0,500}[^\s<>".,;:!?')\]]|javascript:)|\b[\w-]{1,63}\.(?:com|org|net|io|me|co|app|ly|gg|tv|info|us|uk|ca|es|mx)\b(?:\/[^\s<>"]{0,300})?/gi,
  ],
  ['handle', /(?<![\w.@])@\w{2,30}/g],
  ['phone', /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d[\d\s.-]{5,18}\d/g],
];

/**
 * E-mail addresses, links, @handles and phone numbers in a text, in order of position, without
 * overlaps (an address's domain is not also a link).
 */
export function detectPersonalDetails(text: string): {
  kinds: PersonalDetailKind[];
  ranges: PersonalDetailRange[];
} {
  const found: PersonalDetailRange[] = [];
  for (const [kind, pattern] of DETAILS) {
    for (const match of text.matchAll(pattern)) {
      const digits = match[0].replace(/\D/g, '').length;
      // 7 to 15 digits, and not a span of years like 2019-2021.
      if (kind === 'phone' && (digits < 7 || digits > 15 || /^\d{4} ?- ?\d{4}$/.test(match[0])))
        continue;
      found.push({ kind, start: match.index!, end: match.index! + match[0].length });
    }
  }
  // Stable: at the same start the kind listed first in DETAILS wins.
  found.sort((a, b) => a.start - b.start);
  const ranges: PersonalDetailRange[] = [];
  for (const range of found) {
    if (range.start >= (ranges[ranges.length - 1]?.end ?? 0)) ranges.push(range);
  }
  const kinds = PERSONAL_DETAIL_KINDS.filter((kind) => ranges.some((range) => range.kind === kind));
  return { kinds, ranges };
}
