/**
 * Personal details in a visitor's text (docs/safety.md), shared by the share form (a warning as
 * the visitor types) and the server (what the wall shows, what staff see marked). The dictionary
 * of first names is the server's: it is passed in, so the widgets never download it.
 *
 * Every pattern runs in linear time: no nested unbounded quantifiers, every repetition bounded,
 * so hostile input of any length cannot make it slow.
 */

export const PERSONAL_DETAIL_KINDS = ['name', 'address', 'email', 'phone', 'handle', 'url'] as const;
export type PersonalDetailKind = (typeof PERSONAL_DETAIL_KINDS)[number];

/** Where a detail is in the original text: `text.slice(start, end)`. */
export interface PersonalDetailRange {
  kind: PersonalDetailKind;
  start: number;
  end: number;
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
export function detectPersonalDetails(
  text: string,
  _options: DetailOptions = {},
): {
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
  /\b(?:que|el|la|los|las|del|y|mi|mis|es|estoy|esta|tengo|pero|por|para|con|una|un|muy|mas|ya|yo|hijo|hija|cuando|porque|sin|todo|nada|nunca|siempre|hoy|soy|fue|era)\b/g;
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
