// The kinds of personal detail, and the patterns of those that have a shape, for details.ts
// (docs/safety.md): e-mail addresses, disguised ones too ("jane at gmail dot com"), links,
// handles, street addresses in English and Spanish, phone numbers in digits or in words, and the
// crisis lines that are never a detail. Every repetition is bounded, so each runs in linear time.

export const PERSONAL_DETAIL_KINDS = [
  'name',
  'address',
  'email',
  'phone',
  'handle',
  'url',
] as const;
export type PersonalDetailKind = (typeof PERSONAL_DETAIL_KINDS)[number];

const TLDS =
  'com|org|net|edu|gov|io|me|co|app|ly|gg|tv|fm|info|us|uk|ca|es|mx|ar|cl|pe|ee|be|to|link|xyz|site|online|page|dev|ai|blog|social|lat';
// Disguised e-mail words: "(at)", "[arroba]", "dot", "punto"; a bare " at " only with a spelled
// "dot" or a known mail provider ("jane at gmail.com"), so "buy now at www.example.com" is a link.
const BRACKET_AT = String.raw`\s{0,3}[([{<]\s{0,2}(?:at|arroba)\s{0,2}[)\]}>]\s{0,3}`;
const BARE_AT = String.raw`\s{1,3}(?:at|arroba)\s{1,3}`;
const WORD_DOT = String.raw`\s{0,3}(?:[([{<]\s{0,2}(?:dot|punto)\s{0,2}[)\]}>]|\s(?:dot|punto)\s)\s{0,3}`;
const DOT = String.raw`(?:${WORD_DOT}|\.| \. )`;
const LOCAL = String.raw`[\w+-]{1,64}(?:(?:\.|${WORD_DOT}|\s(?:underscore|dash|hyphen|guion(?: bajo)?)\s)[\w+-]{1,64}){0,4}`;
const PROVIDERS =
  'gmail|googlemail|yahoo|hotmail|outlook|icloud|protonmail|proton|aol|live|msn|gmx|yandex|zoho|mail';

export const PATTERNS: [PersonalDetailKind, RegExp][] = [
  ['email', /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g],
  // Spaced out against scrapers: "fer.ibarra @ gmail . com".
  [
    'email',
    /[\w+-]{1,64}(?:(?:\.| \. )[\w+-]{1,64}){0,4}(?:@| @ )[\w-]{1,63}(?:(?:\.| \. )[\w-]{1,63}){1,3}/g,
  ],
  [
    'email',
    new RegExp(
      String.raw`(?<![\w@])${LOCAL}${BRACKET_AT}[\w-]{1,63}(?:${DOT}[\w-]{1,63}){0,3}${DOT}(?:${TLDS})\b`,
      'gi',
    ),
  ],
  [
    'email',
    new RegExp(
      String.raw`(?<![\w@])${LOCAL}${BARE_AT}(?:[\w-]{1,63}(?:${WORD_DOT}[\w-]{1,63}){0,3}${WORD_DOT}(?:${TLDS})|(?:${PROVIDERS})(?:(?:\.|\s(?:dot\s|punto\s)?)(?:${TLDS})){1,3})\b`,
      'gi',
    ),
  ],
  // "lucho_87 en yahoo.com.ar": a handle-like name, then "en" and a mail provider.
  [
    'email',
    new RegExp(
      String.raw`(?<![\w@])[\w.+-]{0,63}[\d_][\w.+-]{0,63}\s(?:en|at)\s(?:${PROVIDERS})(?:\.(?:${TLDS})){1,3}\b`,
      'gi',
    ),
  ],
  [
    'url',
    new RegExp(
      String.raw`\b(?:(?:[a-z][a-z0-9+.-]{1,15}:\/\/|www\.)[^\s<>"]{0,500}[^\s<>".,;:!?')\]]|javascript:)|(?<![@\w.])[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.(?:${TLDS})\b(?:\/[^\s<>"]{0,300}[^\s<>".,;:!?')\]])?`,
      'gi',
    ),
  ],
  ['handle', /(?<![\w.@/])@\w(?:[\w.]{0,29}\w)?/g],
  ['handle', /(?<![\w/])u\/[\w-]{3,30}/g],
  [
    'handle',
    /\b(?:username|user name|usuario|handle|gamertag)\b(?:\s{0,3}(?:is|es|:|on \w{2,12}|en \w{2,12})){1,2}\s{0,3}([\w][\w.]{1,29}[\w](?:#\d{4})?)/gi,
  ],
  ['handle', /(?<![\w.])@\w{1,30}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/g],
  [
    'handle',
    /\b(?:insta(?:gram)?|ig|sc|snap(?:chat)?|gamertag(?: on xbox| on psn)?|xbox|psn|steam|tik ?tok|twitter|discord|telegram|threads|bluesky|kik|fb|facebook|youtube|twitch)\b(?:\s{0,3}(?:account|handle|user(?:name)?|name|cuenta|usuario|es|is|it's|its|as|como|:|-|=|en|de|on|,|i'm|i’m|im|i am|soy|personal|main|private|privado|principal|me)){0,3}\s{0,3}([\w][\w.]{1,29}[\w](?:#\d{4})?)/gi,
  ],
  [
    'address',
    /(?:\b(?:Apartment|Apt|Flat|Unit|Suite)\.? \w{1,5},? (?:[A-Z][\w'-]{1,20} (?:Court|House|Building|Tower|Mansions),? )?|\b\d{1,4}\/)?\b\d{1,6}[a-z]?\s(?:(?:[NSEW]|North|South|East|West)\.?\s)?(?:[A-Z0-9][\w'-]{0,20}\s){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Terrace|Way|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Trl|Close|Crescent|Gardens|Grove|Mews|Row|Walk)\b\.?(?:,?\s(?:Apartment|Apt|Unit|Suite|Ste|#|Floor|Flat|Fl)\.?\s?#?\w{1,5}|,?\s\d{1,2}(?:st|nd|rd|th) floor)?/g,
  ],
  [
    'address',
    /\b(?:apt\.? \w{1,5},? )?\d{1,6}\s(?:[nsew]\.?\s)?(?:[a-z0-9][\w'-]{0,20}\s){1,3}(?:st|ave|rd|blvd|ln|way|dr)\b\.?(?:,?\s(?:apt|apartment|unit|suite|ste|#)\.?\s?#?\w{1,5})?/gi,
  ],
  ['address', /\b(?:PO|P\.O\.) Box \d{1,6}\b/gi],
  [
    'address',
    /\b\d{1,6} (?:County Road|County Rd|State Road|State Route|Route|Rural Route|RR|Farm Road|FM) \d{1,4}\b/g,
  ],
  [
    'address',
    /\b\p{Lu}\p{Ll}{2,20}(?:straße|strasse|weg|platz|allee|gasse|ring) \d{1,4}[a-z]?(?:,\s\d{1,2}\.\s(?:OG|Stock))?/gu,
  ],
  ['address', /\b(?:manzana|mz)\.? ?\d{1,4},? (?:lote|lt)\.? ?\d{1,4}\b/gi],
  [
    'address',
    /\b(?:Apartado de Correos|Apartado Postal|Apdo\.?|Casilla(?: de [Cc]orreo)?) \d{1,6}\b/g,
  ],
  [
    'address',
    /\b(?:Flat|Apt|Apartment|Unit) \w{1,5},? \d{1,6}[a-z]? (?:[A-Z][\w'-]{0,20} ){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Crescent|Gardens|Grove|Terrace|Way|Drive|Place|Square|Mews|Hill)\b/g,
  ],
  [
    'address',
    /\b(?:(?:calle|avenida|carrera|calzada|paseo|pasaje|plaza|camino|ronda|traves[ií]a|bulevar|bv|insurgentes|cra|cl|cll|kr|pje|jr|jir[oó]n|passeig|carrer|rambla|avinguda|rue)\.?\s|(?:c\/|av\.|avda\.|pza\.)\s?)(?:(?:de|del|de la|de los|de las)\s)?(?:[\p{L}\d][\p{L}'.-]{0,20}\s){0,4}?(?:n[º°o]\.?\s?)?#?\s?\d{1,5}[a-z]?(?!\s(?:de|del)\s)(?:\s(?:sur|norte|este|oeste|bis)\b)?(?:\s?(?:[#-]|no\.?|n[º°])\s?\d{1,4}(?:-\d{1,4})?)?(?:,?\s?(?:\d{1,2}\s?[º°ª](?:\s?[a-z]\b)?(?:\s?(?:izq|dcha|der)\b\.?)?|piso \d{1,2}|(?:depto|dpto|dto|apto|apt)\.? \w{1,5}|puerta \w{1,3}|int\.? \w{1,5}|bajo|[aá]tico|entlo\.?|\d{1,2}[tra]\s\d{1,2}[a]|app?\.? \w{1,5}|o\b))*/giu,
  ],
  [
    'phone',
    /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d[\d\s.-]{5,18}\d(?:,?\s?(?:ext\.?|x|extension|extensi[oó]n)\s?\d{1,5})?/g,
  ],
];

// Phone numbers written in words: seven or more digit words in a row.
const DIGIT_WORD = String.raw`(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|veinti(?:un|uno|d[oó]s|tr[eé]s|cuatro|cinco|s[eé]is|siete|ocho|nueve)|dieci(?:s[eé]is|siete|ocho|nueve)|\d{1,4})`;
export const WORD_PHONE = new RegExp(
  String.raw`\b${DIGIT_WORD}(?:(?:[\s,.-]{1,3}|\sy\s)${DIGIT_WORD}){6,24}\b`,
  'gi',
);

// Crisis lines, emergency numbers and the like: never a personal detail.
export const CRISIS_NUMBERS = new Set([
  '988',
  '741741',
  '911',
  '112',
  '024',
  '717003717',
  '8002738255',
  '18002738255',
  '116123',
  '116111',
  '8006624357',
  '18006624357',
  '8009112000',
  '0800838587',
  '8002900024',
]);
