/**
 * Crisis tiers of a visitor's own words, shared by the widgets (as the visitor types) and the
 * server (flags, review order). docs/safety.md defines the tiers with examples.
 *
 * The rules follow the structure of risk that clinicians screen for, not a list of sentences:
 * each sentence is read for cues (a wish to be dead, thoughts of suicide, self-harm, intent, a
 * plan or method, means at hand, a time, an act in progress, a goodbye), with whose risk it is
 * (the writer's or someone else's), when (now or in the past) and whether it is denied; the tier
 * comes from how the cues combine across neighbouring sentences. Figures of speech ("this
 * commute is killing me", "me muero de risa") are removed first.
 *
 * Every pattern has bounded repetition and no nested unbounded quantifiers, and the text is read
 * sentence by sentence once, so the time is linear in the length of any input.
 */
import { normalizeText } from './normalize.js';
import { SELF_DEATH, BARE_DEATH, PASSIVE_DEATH } from './crisis-words/own-death.js';
import { SELF_HARM, IN_PROGRESS, PAST_ATTEMPT } from './crisis-words/self-harm-acts.js';
import { WISH_DEAD, IDEATION, WISHING, THINKING } from './crisis-words/wish-thoughts.js';
import { INTENT, DECISION, HOPELESS, DO_IT, RESOLVE } from './crisis-words/intent.js';
import {
  PLAN,
  MEANS,
  AT_PLACE,
  MEANS_AT_HAND,
  ACQUIRED,
  METHOD,
} from './crisis-words/plan-means.js';
import { SOON, HABITUAL, TIME, PAST, NOW, RESOLVED } from './crisis-words/time.js';
import {
  PREPARATION,
  GOODBYE,
  PREPARATION_HINT,
  PREPARATION_HINTS,
} from './crisis-words/preparations-goodbyes.js';
import { OTHER_NOW, OTHER_PAST, MENTION } from './crisis-words/others-mentions.js';
import {
  DENIED_AFTER,
  DENIAL,
  LOOKS_BACK,
  NO_ACT,
  DENIED_BY_WHAT_FOLLOWS,
  FIGURES,
  LAUGHTER,
} from './crisis-words/denials-figures.js';

export const CRISIS_TIERS = ['none', 'low', 'medium', 'high'] as const;
/**
 * `high`: intent, plan, means, a time, preparations, a goodbye or an act in progress;
 * `medium`: current thoughts of suicide or of being dead, self-harm now, a past attempt, or
 * someone else at risk now; `low`: a past, general or someone else's past mention.
 */
export type CrisisTier = (typeof CRISIS_TIERS)[number];

/** The cues found in a text, for staff and for the evaluation (docs/safety.md). */
export const CRISIS_CUES = [
  'self_death',
  'wish_dead',
  'ideation',
  'self_harm',
  'intent',
  'plan',
  'means',
  'time',
  'preparation',
  'goodbye',
  'in_progress',
  'past_attempt',
  'other_person',
  'mention',
] as const;
export type CrisisCue = (typeof CRISIS_CUES)[number];

export interface CrisisAssessment {
  tier: CrisisTier;
  cues: CrisisCue[];
}

interface Sentence {
  cues: Set<string>;
  past: boolean;
}

const has = (pattern: string) => new RegExp(`\\b${pattern}\\b`);
const SELF_DEATH_RE = has(SELF_DEATH);
const CUE_PATTERNS: [string, RegExp][] = [
  ['wish_dead', has(WISH_DEAD)],
  ['ideation', has(IDEATION)],
  ['self_harm', has(SELF_HARM)],
  ['intent', has(INTENT)],
  ['plan', has(PLAN)],
  ['decision', has(DECISION)],
  ['means', has(MEANS)],
  ['time', has(TIME)],
  ['preparation', has(PREPARATION)],
  ['goodbye', has(GOODBYE)],
  ['in_progress', has(IN_PROGRESS)],
  ['past_attempt', has(PAST_ATTEMPT)],
  ['self_death', SELF_DEATH_RE],
  ['at_hand', has(MEANS_AT_HAND)],
  ['acquired', has(ACQUIRED)],
  ['hint', PREPARATION_HINT],
  ['do_it', DO_IT],
  ['resolve', RESOLVE],
  ['at_place', has(AT_PLACE)],
  ['soon', has(SOON)],
  ['method', METHOD],
  ['hopeless', HOPELESS],
];
const OTHER_NOW_RE = has(OTHER_NOW);
const SUICIDE_WORD = /\bsuicid[a-z]{0,6}\b/;
const OTHER_PAST_RE = has(OTHER_PAST);

// Each pattern's global twin, made once, to look at every match in a sentence.
const GLOBAL = new Map<RegExp, RegExp>();

// A clause of its own: a denial before it does not reach in ("so she has no trouble when I kill myself").
const CLAUSE = /^(?:when|once|after|cuando|despues|para cuando|for when)\b/;

/** The matches of `pattern` in `text` where the words around them do not deny them. */
function* affirmedMatches(pattern: RegExp, text: string): Generator<string> {
  let every = GLOBAL.get(pattern);
  if (!every) GLOBAL.set(pattern, (every = new RegExp(pattern.source, 'g')));
  for (const match of text.matchAll(every)) {
    const end = match.index + match[0].length;
    if (
      !CLAUSE.test(match[0]) &&
      DENIAL.test(text.slice(Math.max(0, match.index - 60), match.index))
    )
      continue;
    if (DENIED_BY_WHAT_FOLLOWS.test(text.slice(end, end + 40))) continue;
    yield match[0];
  }
}
const affirmed = (pattern: RegExp, text: string) => !affirmedMatches(pattern, text).next().done;

function readSentence(sentence: string): Sentence {
  const cues = new Set<string>();
  for (const [cue, pattern] of CUE_PATTERNS) if (affirmed(pattern, sentence)) cues.add(cue);
  // "I wish I could never wake up", "he pensado en tirarme": the death is named strongly.
  const deaths = [...affirmedMatches(SELF_DEATH_RE, sentence)];
  if (deaths.some((death) => !BARE_DEATH.test(death))) {
    if (WISHING.test(sentence)) cues.add('wish_dead');
    if (THINKING.test(sentence)) cues.add('ideation');
  } else if (deaths.length > 0 && !(cues.has('intent') && cues.has('time'))) {
    // "Die" alone ("I thought I was going to die in that attack") says little without intent.
    cues.delete('self_death');
  }
  if (WISHING.test(sentence) && affirmed(PASSIVE_DEATH, sentence)) cues.add('wish_dead');
  if (THINKING.test(sentence)) cues.add('thinking');
  // "Suicide is on my mind most days": the topic, thought about now.
  if (cues.has('thinking') && affirmed(SUICIDE_WORD, sentence)) cues.add('ideation');
  if (HABITUAL.test(sentence)) cues.add('habitual');
  if (affirmed(OTHER_NOW_RE, sentence)) cues.add('other_person');
  if (OTHER_PAST_RE.test(sentence) || affirmed(MENTION, sentence)) cues.add('mention');
  const past = PAST.test(sentence) && !NOW.test(sentence);
  // Told as the past, even a denied thought is a mention ("hace años que no tengo ideas de matarme").
  if (past && (SELF_DEATH_RE.test(sentence) || MENTION.test(sentence))) cues.add('mention');
  if (LAUGHTER.test(sentence)) cues.clear();
  return { cues, past };
}

const SENTENCES =
  /[.!?;]+(?=\s|$)|\n+|,? (?:but|pero|and now|y ahora|aunque|though) |, (?:now|ahora) /;
const suicidal = (set: Set<string>) =>
  set.has('wish_dead') || set.has('ideation') || set.has('self_death');

/** The level (0–3) of one sentence, read with its neighbours. */
function level(cues: Set<string>, near: Set<string>, text: Set<string>): number {
  const distress = suicidal(near) || near.has('self_harm');
  // Means in hand, or got and put away ("bought charcoal", "kept back a few of his tablets").
  const held = near.has('at_hand') || near.has('acquired');
  const acute =
    cues.has('in_progress') ||
    cues.has('goodbye') ||
    cues.has('preparation') ||
    cues.has('method') ||
    (cues.has('at_place') &&
      !cues.has('habitual') &&
      (near.has('soon') || cues.has('intent') || cues.has('self_death') || cues.has('thinking'))) ||
    (cues.has('do_it') && near.has('soon')) ||
    (cues.has('hint') &&
      (text.has('goodbye') ||
        text.has('intent') ||
        text.has('do_it') ||
        text.has('hint2') ||
        suicidal(text))) ||
    (cues.has('do_it') && (near.has('means') || (near.has('time') && suicidal(text)))) ||
    (cues.has('intent') && (suicidal(cues) || (cues.has('means') && distress))) ||
    (cues.has('intent') && cues.has('means') && near.has('time')) ||
    (cues.has('intent') && near.has('means') && held) ||
    (cues.has('do_it') && near.has('plan')) ||
    (cues.has('resolve') && near.has('time')) ||
    // "…suicidal for years. This time I'm going to go through with it."
    ((cues.has('resolve') || cues.has('do_it')) && cues.has('intent') && suicidal(near)) ||
    (cues.has('plan') && (distress || near.has('means') || held)) ||
    (cues.has('self_death') &&
      !cues.has('thinking') &&
      (near.has('time') || cues.has('intent') || near.has('decision') || near.has('plan'))) ||
    (cues.has('wish_dead') && (near.has('intent') || near.has('plan'))) ||
    (cues.has('means') &&
      held &&
      (suicidal(near) ||
        near.has('plan') ||
        near.has('intent') ||
        near.has('thinking') ||
        near.has('hopeless'))) ||
    (cues.has('means') && (near.has('intent') || near.has('plan')) && distress);
  if (acute) return 3;
  // "I have the pills", "ya tengo las pastillas": means at hand, said on a page like this one.
  if (cues.has('means') && cues.has('at_hand')) return 2;
  if (
    cues.has('wish_dead') ||
    cues.has('ideation') ||
    cues.has('self_harm') ||
    cues.has('other_person') ||
    cues.has('past_attempt')
  )
    return 2;
  return cues.has('mention') || cues.has('self_death') ? 1 : 0;
}

/** The crisis tier of a text and the cues behind it. */
export function assessCrisis(text: string): CrisisAssessment {
  const normal = normalizeText(text).replace(FIGURES, ' ');
  const parts = normal.split(SENTENCES);
  const sentences = parts.map(readSentence);
  parts.forEach((part, index) => {
    const before = sentences[index - 1];
    if (!before) return;
    // "Thoughts of suicide? Nope." — a sentence that only says no takes back the one before.
    if (DENIED_AFTER.test(part)) before.cues.clear();
    // "…woke up in hospital. That was four years ago." — a date that looks back.
    if (LOOKS_BACK.test(part) && PAST.test(part)) before.past = true;
  });
  const all = new Set<string>(sentences.flatMap((sentence) => [...sentence.cues]));
  // Two quiet preparations ("updated my will", "everything is ready") make one sign.
  if ((normal.match(PREPARATION_HINTS)?.length ?? 0) >= 2) all.add('hint2');
  const resolved = RESOLVED.test(normal);
  // "I won't act on it", "no voy a hacer nada": a wish or a thought, said not to be an intent.
  const noAct = NO_ACT.test(normal);
  let tier = 0;
  const found = new Set<string>();
  sentences.forEach(({ cues, past }, index) => {
    const near = new Set<string>(cues);
    const own = new Set<string>();
    for (const other of [sentences[index - 1], sentences[index + 1]]) {
      for (const cue of other?.cues ?? []) near.add(cue);
      if (!other?.cues.has('other_person')) for (const cue of other?.cues ?? []) own.add(cue);
    }
    let value = level(cues, near, all);
    // Told as past ("years ago I cut"), or beside a recovery: a past attempt stays medium.
    if (value > 1 && (past || (resolved && value === 2 && !NOW.test(normal)))) {
      value = cues.has('past_attempt') ? 2 : 1;
    }
    // An attempt told is medium, unless it is under way or about to be made again.
    if (cues.has('past_attempt') && !cues.has('in_progress') && !cues.has('intent'))
      value = Math.min(value, 2);
    if (noAct && !cues.has('in_progress') && !cues.has('goodbye') && !cues.has('preparation'))
      value = Math.min(value, 2);
    // Someone else's risk is medium: the writer is worried, not in danger (unless the writer
    // speaks of their own death beside it: "dad keeps his rifle… I think about using it on myself").
    if (cues.has('other_person') && !suicidal(own)) value = Math.min(value, 2);
    if (value > 0) for (const cue of cues) found.add(cue);
    tier = Math.max(tier, value);
  });
  return {
    tier: CRISIS_TIERS[tier]!,
    cues: CRISIS_CUES.filter((cue) => found.has(cue)),
  };
}

/** The crisis tier of a text: the highest its sentences reach. */
export function detectCrisis(text: string): { tier: CrisisTier } {
  return { tier: assessCrisis(text).tier };
}
