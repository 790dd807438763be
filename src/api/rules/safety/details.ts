/**
 * Personal details in a visitor's text (docs/safety.md), shared by the share form (a warning as
 * the visitor types) and the server (what the wall shows, what staff see marked). The dictionary
 * of first names is the server's: it is passed in, so the widgets never download it.
 *
 * Every pattern runs in linear time: no nested unbounded quantifiers, every repetition bounded,
 * so hostile input of any length cannot make it slow.
 */
import {
  CRISIS_NUMBERS,
  PATTERNS,
  PERSONAL_DETAIL_KINDS,
  WORD_PHONE,
  type PersonalDetailKind,
} from './detail-patterns.js';

export { PERSONAL_DETAIL_KINDS };
export type { PersonalDetailKind };

/** Where a detail is in the original text: `text.slice(start, end)`. */
export interface PersonalDetailRange {
  kind: PersonalDetailKind;
  start: number;
  end: number;
}

// Capitalised words before a name that make it a place: "Hospital Ramón y Cajal", "San Diego".
const PLACE_BEFORE =
  /\b(?:parroquia|capilla|virgin|bas[ií]lica|catedral|cathedral|lady of|señora de|urgencias del|del|hospital|clinic|clínica|clinica|universidad|university|college|school|colegio|escuela|calle|street|avenida|línea|linea|virgen|san|santa|santo|saint|st|mount|lake|lago|fort|port|puerto|iglesia|church|parque|park|plaza|centro|center|centre|instituto|institute|grupo|group)\.?\s(?:(?:de|del|de la|of|the)\s)?$/iu;
const PLACE_AFTER =
  /^(?:church|chapel|cathedral|catedral|parish|basilica|bank|high|magos|benz|general|beam|days|daniels|daniel's|ale|eve|hospital|clinic|school|college|university|center|centre|park|street|avenue|road|lutheran|baptist|methodist|catholic|episcopal|memorial|elementary|library|roja|cross|iglesia|parroquia|escuela|colegio|universidad|clinica|hall|house|foundation|fundacion|institute|instituto|county|city|valley|beach|island|airport|station|norte|sur|oeste|north|south|east|west|centro|circulo|grupo|group|circle)$/;
// Prepositions of place or time before a capitalised word: "in Dallas", "de Guadalupe".
const PLACE_PREPOSITION = /\b(?:in|at|near|to|from|en|de|desde|hacia|cerca de)\s$/iu;
// Names: after a word that introduces one ("my son", "la doctora", "me llamo"), or a common
// first name from the server's dictionary, with the capitalised words that follow it.
// Words for the people in someone's life, after which a name often follows.
const KINSHIP = String.raw`(?:facilitator|group leader|leader|(?:brother|sister|mother|father|son|daughter)[ -]in[ -]law|husband|hubby|wife|wifey|partner|boyfriend|girlfriend|bf|gf|bestie|bff|babe|pana|parce|parcero|compa|carnal|fianc[ée]e?|son|daughter|kid|child|baby|sister|brother|sis|bro|mom|mum|mother|mama|dad|father|papa|stepdad|stepmom|stepson|stepdaughter|grandma|grandmother|grandpa|grandfather|granddaughter|grandson|nana|aunt|auntie|uncle|cousin|niece|nephew|friend|roommate|neighbou?r|coworker|co-worker|colleague|boss|manager|teacher|coach|pastor|priest|rabbi|imam|therapist|counsell?or|psychiatrist|psychologist|doctor|nurse|sponsor|mentor|abuser|landlord|caseworker|case worker|social worker|twin|buddy|pal|hijo|hija|hijastr[oa]|espos[oa]|marido|mujer|pareja|novi[oa]|herman[oa]|mam[aá]|madre|pap[aá]|padre|padrastro|madrastra|abuel[oa]|t[ií][oa]|prim[oa]|sobrin[oa]|niet[oa]|amig[oa]|vecin[oa]|(?:compa|compañer[oa]) de (?:piso|trabajo|cuarto|clase|depa|equipo|curro)|compañer[oa]|jef[ea]|terapeuta|psic[oó]log[oa]|psiquiatra|doctor[a]?|m[eé]dic[oa]|enfermer[oa]|maestr[oa]|profesor[a]?|profe|padrino|madrina|ex|exnovi[oa]|exmarido|exesposa|suegr[oa]|cuñad[oa]|beb[eé]|cuate|chav[oa])`;
const INTRODUCERS = new RegExp(
  String.raw`\b(?:(?:my|our|his|her|their|mi|mis|su|sus|nuestr[oa]|tu)\s(?:(?:late|dear|best|older|younger|little|big|ex|step|querid[oa]|mejor|difunt[oa])[\s-]?){0,2}` +
    KINSHIP +
    String.raw`(?:\s(?:mayor|menor|pequeñ[oa]|chic[oa]|grande|older|younger|little|big|eldest|oldest|youngest))?` +
    String.raw`|(?:el|la)\s(?:maestr[oa]|profe(?:sor[a]?)?|doctor[a]?|psic[oó]log[oa]|terapeuta|enfermer[oa]|vecin[oa]|jef[ea]|licenciad[oa]|lic\.?|pastor[a]?|hermana|padre)|(?:name(?: is| was|['’]s)|names is|my names|nombre es|call me|named|called|this is|i(?: a|['’])?m|me (?:and|n)|me llamo|se llama(?:ba)?|soy|ask for|pregunt(?:en|ar) por|tell|ask|told|le dije a|dile a)` +
    String.raw`|(?:dr|doctor|mr|mrs|ms|miss|mx|prof|sr|sra|srta|dra|don|doña|señor|señora|señorita|coach|pastor|padre|father|aunt|auntie|uncle|cousin|grandma|grandpa|nana|t[ií]a|t[ií]o|abuela|abuelo|facilitator|group leader|leader)\.?)` +
    String.raw`,?\s(?:(?:dr|mr|mrs|ms|don|doña|el|la)\.?\s)?$`,
  'iu',
);
const TITLES =
  /\b(?:dr|doctor|mr|mrs|ms|miss|prof|sr|sra|srta|dra|don|doña|señor|señora|señorita|doctora|licenciad[oa]|lic)\.?,?\s$/iu;
// After a name: "Mercedes, my neighbor", "Destiny is my daughter", "Pancho, el de la tienda".
const APPOSITIVE = new RegExp(
  String.raw`^(?:,\s(?:my|mi|our|nuestr[oa]|his|her|su)\s(?:\w+\s)?(?:` +
    KINSHIP +
    String.raw`)\b|\s(?:is|was|es|era)\s(?:my|mi)\s(?:` +
    KINSHIP +
    String.raw`)\b|,\s(?:el|la)\sde(?:l)?\s|\s(?:from|de|del)\s(?:the|my|our|el|la|mi)\s[\w' ]{0,30}(?:group|circle|grupo|c[ií]rculo|class|team|church)|,\s(?:if you(?:'re|’re| are) reading|si lees esto|si estás leyendo))`,
  'iu',
);
// Mid-sentence, a name that is also a word counts after these ("tell Will", "call Hope").
const NAME_VERBS =
  /\b(?:tell|told|ask|asked|call|called|text|texted|named|met|meet|love|miss|missed|saw|see|thank|thanks|visit|visited|hug|hugged|with|and)\s$/i;
// Verbs of address before a capitalised word not in the dictionary: "texted Priyanka", "le escribí a
// Itziar", "gracias a Xiomara".
const ADDRESSED =
  /\b(?:tell|told|ask|asked|texted|thank|met|missed|(?:le|les)\s\p{L}+\sa|gracias\sa|(?:llam[eé]|escrib[ií]|conoc[ií])\sa)\s$/u;
// After a name in lower case that follows "my husband": what a person's name is followed by
// ("my husband wes drinks", "mi marido fede llega", "my roommate, tavi, who").
const AFTER_LOWER_NAME =
  /^(?:,|\s(?:who|and|y|que|is|was|has|had|doesn't|didn't|still|never|always|said|told|found|dr[io]ve|took|came|went|left|got|gave|me|se|le|lo|nos|es|fue|era|tiene|dice|dijo|llega|ya)\b|\s[a-z]{3,}ed\b)/iu;
// Capitalised words that are never a person here.
const NOT_NAMES = new Set(
  (
    'i god jesus dios lord virgen christ christmas easter navidad monday tuesday wednesday thursday friday saturday sunday ' +
    'lunes martes miercoles jueves viernes sabado domingo january february march april may june july august september october november december ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre group grupo dbt aa na ok okay hi hello hola gracias thanks ' +
    'the a an and but or so if my your our his her their i’m im i’ve ive mi su el la los las un una y pero tengo estoy soy ' +
    'dr mr mrs ms miss mx prof sr sra srta dra don dona senor senora senorita doctor doctora ' +
    'american mexican canadian british spanish catholic christian jewish muslim latina latino latinx hispanic black white asian ' +
    'gay lesbian trans english irish german french italian chinese indian colombian argentinian venezuelan cuban dominican ' +
    'general tia tio mom mum dad papa mama allah jehova era fue es ' +
    'me te se hoy ayer manana ahora aqui ya yo tu ella nosotros ellos ustedes si no cuando porque ' +
    'que como donde para con sin por desde hasta mis sus lo este esta ese esa ' +
    'today yesterday tomorrow now then when why how what who this that these those it he she we they you ' +
    'sorry fine new here back tired sober clean autistic bipolar mexicana colombiana espanola espanol argentina catolica catolico'
  ).split(' '),
);
// First names that are also ordinary words: a name only after a word that introduces one, or
// with a capitalised surname after it.
const AMBIGUOUS_NAMES = new Set(
  (
    'will may june april august hope grace faith joy rose rosa mark bill art guy summer sunny dawn amber angel luz dolores mercedes ' +
    'rosario pilar consuelo jesus cruz chase frank miles pat sue jack ray dean carol iris lily ivy holly violet heather olive ruby pearl ' +
    'jade crystal destiny harmony melody trinity autumn river brook gene christian patience esperanza luna ' +
    'estrella blanca alba amparo soledad rocio angeles victoria gloria reyes ' +
    'concepcion salvador sunday tuesday noel buddy sonny king major lane penny robin ' +
    'carmen march del de dolly misty ginger buck sage clara ella eve abril mayo junio ' +
    'sydney jordan israel santiago florence austin georgia carolina virginia paris chelsea madison ' +
    'brooklyn london lourdes fatima santa ' +
    'caridad alma sterling'
  ).split(' '),
);
// Lower-case words that are never a name, even after "my son".
const NOT_LOWER_NAMES = new Set(
  (
    'is was has had and but who said says told thinks wants will would can could does did just still always never also not ' +
    'es fue y pero que dice dijo tiene ya siempre nunca me te se le lo la no a al en con por para del de cuando o ' +
    'esta era vive murio nos mas muy ' +
    'on in at to for from with about or the an of got went came left passed died lives lived ' +
    'brother sister father mother pastor coach profe jaja jeje jsjs lol haha xd ' +
    'really even only often sometimes now then too again already that mayor menor little big late dear best tambien todavia solo ahora'
  ).split(' '),
);
const WORD_TOKEN = /\p{L}+(?:[-'’]\p{L}+)*\.?/gu;

interface Token {
  text: string;
  start: number;
  end: number;
}

const plain = (word: string) =>
  word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
const capitalised = (word: string) => /^\p{Lu}(?:\p{Ll}|['’]\p{Lu})/u.test(word);
const isParticle = (word: string) => /^(?:de|del|la|las|los|van|von|da|di|y)$/.test(word);

function nameRanges(
  text: string,
  firstNames: ReadonlySet<string> | undefined,
): PersonalDetailRange[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD_TOKEN)) {
    const word = match[0].replace(/\.$/, '');
    tokens.push({ text: word, start: match.index!, end: match.index! + word.length });
  }
  const ranges: PersonalDetailRange[] = [];
  // "Sean-Patrick": a hyphenated name is known when its first part is.
  const known = (word: string) => firstNames?.has(plain(word).split('-')[0]!) ?? false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const key = plain(token.text);
    if (NOT_NAMES.has(key) && !AMBIGUOUS_NAMES.has(key)) continue;
    const before = text.slice(Math.max(0, token.start - 60), token.start);
    const introduced = INTRODUCERS.test(before);
    // "la dra. gómez", not "my doctor changed my dose".
    const titled = TITLES.test(before) && !/\b(?:my|mi|our|his|her|su)\s\S+\s$/i.test(before);
    const next = tokens[index + 1];
    const surnameNext =
      next !== undefined &&
      capitalised(next.text) &&
      /^\s$/.test(text.slice(token.end, next.start)) &&
      !NOT_NAMES.has(plain(next.text));
    const head = text.slice(Math.max(0, token.start - 8), token.start);
    const sentenceStart =
      (token.start === head.length && /^\s*$/.test(head)) || /(?:[.!?:;\n]|["“(])\s*$/.test(head);
    const after = text.slice(token.end, token.end + 60);
    const appositive = APPOSITIVE.test(after);
    const andName =
      next !== undefined &&
      /^\s(?:and|y)\s$/.test(text.slice(token.end, next.start)) &&
      capitalised(next.text) &&
      known(next.text);
    let name = false;
    const place =
      PLACE_BEFORE.test(before) || (PLACE_PREPOSITION.test(before) && !surnameNext && !introduced);
    if (capitalised(token.text) && place && !titled) {
      // The rest of the place's name too ("colegio Inmaculada Concepción de Córdoba").
      while (
        index + 1 < tokens.length &&
        /^\s$/.test(text.slice(tokens[index]!.end, tokens[index + 1]!.start)) &&
        (capitalised(tokens[index + 1]!.text) || isParticle(tokens[index + 1]!.text))
      )
        index++;
      continue;
    } else if (capitalised(token.text)) {
      if (titled || introduced || appositive)
        name = !NOT_NAMES.has(key) || AMBIGUOUS_NAMES.has(key);
      else if (andName && (known(token.text) || !sentenceStart)) name = true;
      // "Mark and I", "Emily and Raj": beside another person.
      else if (/^\s(?:and i|y yo)\b/i.test(after) && known(token.text)) name = true;
      // "Itziar y a Xabi", "Oluwaseun and Bea": after another name.
      else if (
        ranges.length > 0 &&
        /^\s(?:and|y(?: a)?|&)\s$/.test(text.slice(ranges[ranges.length - 1]!.end, token.start)) &&
        !NOT_NAMES.has(key)
      )
        name = true;
      else if (known(token.text) && !AMBIGUOUS_NAMES.has(key)) name = true;
      else if (!known(token.text) && !sentenceStart && ADDRESSED.test(before)) name = true;
      else if (known(token.text) && surnameNext) name = true;
      else if (AMBIGUOUS_NAMES.has(key) && known(token.text) && !sentenceStart) {
        // "tell Will from the group", not "in May 2018" or "since June".
        name = NAME_VERBS.test(before) && !/^\s?\d/.test(text.slice(token.end, token.end + 2));
      }
    } else if (/^\p{Ll}+(?:['’-]\p{Ll}+)*$/u.test(token.text) && !NOT_LOWER_NAMES.has(key)) {
      // "my sponsor rick", "la dra. gómez", "i'm josh": lower case after an introducer.
      name =
        titled ||
        (introduced && known(token.text) && !/\b(?:i am|soy|tell|ask|told)\s$/i.test(before)) ||
        // "my husband wes drinks", "mi compañera de piso, yami, que": a name not in the dictionary.
        (introduced &&
          key.length >= 3 &&
          /(?:\p{L}|,)\s$/u.test(before) &&
          !/\b(?:i'?m|i am|soy|tell|ask|told|is|named|called|and|a)\s$/i.test(before) &&
          !/(?:ly|ing|ed|ght|mente|aba|ando|iendo)$/.test(key) &&
          // "mi ex marido, Ernesto": "marido" is one more word of kinship.
          !INTRODUCERS.test(`${before}${token.text} `) &&
          // "my husband wes drinks": an English verb ("mi hermano hace directos" is no name).
          (AFTER_LOWER_NAME.test(after) ||
            (/^\s[a-z]{3,}s\b/.test(after) && /\bmy\s/.test(before)))) ||
        (/\b(?:i am|im|i'm|soy)\s$/i.test(before) &&
          known(token.text) &&
          !AMBIGUOUS_NAMES.has(key)) ||
        /\b(?:name is|me llamo|nombre es)\s$/i.test(before);
    }
    if (!name) continue;
    // The surname: following capitalised words, "de la" between them ("José Luis Herrera Gómez").
    let end = token.end;
    let last = index;
    for (let look = index + 1; look < tokens.length && look <= index + 4; look++) {
      const following = tokens[look]!;
      const gap = text.slice(tokens[look - 1]!.end, following.start);
      if (!/^\s$|^-$/.test(gap)) break;
      // "Grace Lutheran Church", "Cruz Roja": a name that is part of a place's name.
      if (capitalised(following.text) && PLACE_AFTER.test(plain(following.text))) {
        // "Dr. Urquiza del Hospital Italiano": the name stops before "del".
        if (look > index + 1 && isParticle(tokens[look - 1]!.text)) break;
        name = false;
        break;
      }
      if (capitalised(following.text) && !NOT_NAMES.has(plain(following.text))) {
        end = following.end;
        last = look;
      } else if (!isParticle(following.text)) break;
    }
    if (!name) continue;
    ranges.push({ kind: 'name', start: token.start, end });
    index = last;
  }
  // A name found once is a name wherever it appears again ("Destiny is my daughter. Destiny…").
  const found = new Set(ranges.map((range) => text.slice(range.start, range.end).split(' ')[0]!));
  for (const token of tokens) {
    if (
      found.has(token.text) &&
      capitalised(token.text) &&
      !ranges.some((range) => range.start <= token.start && token.start < range.end)
    )
      ranges.push({ kind: 'name', start: token.start, end: token.end });
  }
  return ranges;
}

/**
 * Personal details in a text, in order of position, without overlaps (an address's domain is not
 * also a link). Names need the server's dictionary for most forms; without it, only names after a
 * word that introduces one are found.
 */
export function detectPersonalDetails(
  text: string,
  options: DetailOptions = {},
): {
  kinds: PersonalDetailKind[];
  ranges: PersonalDetailRange[];
} {
  const found: PersonalDetailRange[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      let start = match.index!;
      let value = match[0];
      if (match[1] !== undefined) {
        // The handle after "my insta is": only the handle, and only one that looks like one.
        start += value.lastIndexOf(match[1]);
        value = match[1];
        if (
          !/[\d_.]/.test(value) &&
          !/\p{Ll}\p{Lu}/u.test(value) &&
          !/(?:\bis|\bes|:|@)\s{0,3}$/i.test(match[0].slice(0, -value.length))
        )
          continue;
      }
      if (kind === 'phone') {
        const digits = value.replace(/\D/g, '');
        // 7 to 15 digits, not a span of years like 2019-2021, not an amount, not a crisis line.
        if (digits.length < 7 || digits.length > 15 || /^\d{4} ?- ?\d{4}$/.test(value)) continue;
        if (CRISIS_NUMBERS.has(digits) || /^\d{1,3}(?:[.,]\d{3})+$/.test(value.trim())) continue;
      }
      found.push({ kind, start, end: start + value.length });
    }
  }
  for (const match of text.matchAll(WORD_PHONE)) {
    if (/[a-z]/i.test(match[0])) {
      found.push({ kind: 'phone', start: match.index!, end: match.index! + match[0].length });
    }
  }
  found.push(...nameRanges(text, options.firstNames));
  const kept = keptSpans(text, options.keep ?? []);
  // Stable: at the same start the kind found first wins; the longer wins when they overlap.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const ranges: PersonalDetailRange[] = [];
  for (const range of found) {
    if (kept.some(([start, end]) => range.start < end && range.end > start)) continue;
    const previous = ranges[ranges.length - 1];
    // "…Apt. 2C, Columbus": the city after an address is a place.
    if (previous?.kind === 'address' && /^,\s$/.test(text.slice(previous.end, range.start)))
      continue;
    if (previous && range.start < previous.end) {
      if (range.end > previous.end && previous.kind === range.kind) previous.end = range.end;
      continue;
    }
    ranges.push({ ...range });
  }
  const kinds = PERSONAL_DETAIL_KINDS.filter((kind) => ranges.some((range) => range.kind === kind));
  return { kinds, ranges };
}

/** Where the words that are never a detail are (case and accents ignored). */
function keptSpans(text: string, keep: readonly string[]): [number, number][] {
  if (keep.length === 0) return [];
  const haystack = text.toLowerCase();
  const spans: [number, number][] = [];
  for (const phrase of keep) {
    const needle = phrase.trim().toLowerCase();
    if (needle.length < 3) continue;
    for (
      let at = haystack.indexOf(needle);
      at !== -1;
      at = haystack.indexOf(needle, at + needle.length)
    ) {
      spans.push([at, at + needle.length]);
    }
  }
  return spans;
}

export const TEXT_LANGUAGES = ['en', 'es'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

export interface DetailOptions {
  /** Common first names, lower-cased and without accents (server only: see first-names.ts). */
  firstNames?: ReadonlySet<string>;
  /** Words that are never a detail here, e.g. the practice's group names and crisis lines. */
  keep?: readonly string[];
}

/** A piece of the original text; `kind` and `placeholder` when it is a detail. */
export interface TextSegment {
  text: string;
  kind?: PersonalDetailKind;
  /** What the wall shows instead, in the text's language ("[name]", "[nombre]"). */
  placeholder?: string;
}

export interface MaskedText {
  /** The text as the wall shows it: every detail replaced by its placeholder. */
  masked: string;
  /** The language of the placeholders. */
  language: TextLanguage;
  /** The original text in pieces, details marked: what staff read (always rendered as text). */
  segments: TextSegment[];
  /** Where each detail is in the original text. */
  ranges: PersonalDetailRange[];
}

export const PLACEHOLDERS: Record<TextLanguage, Record<PersonalDetailKind, string>> = {
  en: {
    name: '[name]',
    address: '[address]',
    email: '[e-mail]',
    phone: '[phone]',
    handle: '[handle]',
    url: '[link]',
  },
  es: {
    name: '[nombre]',
    address: '[dirección]',
    email: '[correo]',
    phone: '[teléfono]',
    handle: '[usuario]',
    url: '[enlace]',
  },
};

/** The text with its details replaced, and the original in marked pieces for staff. */
export function maskPersonalDetails(text: string, options: DetailOptions = {}): MaskedText {
  const { ranges } = detectPersonalDetails(text, options);
  const language = textLanguage(text);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) segments.push({ text: text.slice(at, range.start) });
    segments.push({
      text: text.slice(range.start, range.end),
      kind: range.kind,
      placeholder: PLACEHOLDERS[language][range.kind],
    });
    at = range.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  const masked = segments.map((segment) => segment.placeholder ?? segment.text).join('');
  return { masked, language, segments, ranges };
}

const SPANISH_WORDS =
  /\b(?:que|el|la|los|las|del|y|mi|mis|es|en|de|se|lo|le|al|vivo|como|donde|estoy|esta|tengo|pero|por|para|con|una|un|muy|mas|ya|yo|hijo|hija|cuando|porque|sin|todo|nada|nunca|siempre|hoy|soy|fue|era)\b/g;
const ENGLISH_WORDS =
  /\b(?:the|and|i|my|is|it|was|of|to|that|with|for|but|this|have|am|im|are|when|because|without|all|nothing|never|always|today|son|daughter|he|she|they)\b/g;

/** English or Spanish, from the commonest words; English when unsure. */
export function textLanguage(text: string): TextLanguage {
  const plain = text
    .slice(0, 20_000)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const spanish = plain.match(SPANISH_WORDS)?.length ?? 0;
  const english = plain.match(ENGLISH_WORDS)?.length ?? 0;
  return spanish > english ? 'es' : 'en';
}
