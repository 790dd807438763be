/**
 * Crisis tiers of a visitor's text, shared by the widgets (on every keystroke) and the server
 * (flags, priority review). docs/safety.md defines the tiers.
 *
 * Every pattern runs in linear time: no nested unbounded quantifiers, every repetition bounded,
 * so hostile input of any length cannot make it slow.
 */

export const CRISIS_TIERS = ['none', 'low', 'medium', 'high'] as const;
/** `low`: past, general or someone else's past; `medium`: current thoughts; `high`: intent, plan, means, an act. */
export type CrisisTier = (typeof CRISIS_TIERS)[number];

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

