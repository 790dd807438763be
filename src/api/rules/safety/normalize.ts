/**
 * Text as the safety rules read it: lower case, no accents, no apostrophes ("i'm" and "im" are
 * one word), elongations shortened ("sooo" → "soo"), common misspellings, text-speak and Spanish
 * SMS spellings replaced by the word they stand for, one space between words, and sentence marks
 * kept. Every step is a single linear pass.
 */

// Whole words only. Kept small and unambiguous: a word that is also another word stays as it is.
const WORDS: Record<string, string> = {
  // English spelling slips and shorthand.
  suicde: 'suicide',
  sucide: 'suicide',
  suicid: 'suicide',
  suiside: 'suicide',
  suacide: 'suicide',
  sucidal: 'suicidal',
  suisida: 'suicida',
  suicda: 'suicida',
  sucida: 'suicida',
  theyll: 'they will',
  youll: 'you will',
  itll: 'it will',
  shes: 'she is',
  hes: 'he is',
  theyre: 'they are',
  thats: 'that is',
  whats: 'what is',
  theres: 'there is',
  its: 'it is',
  suicdal: 'suicidal',
  suisidal: 'suicidal',
  kil: 'kill',
  decieded: 'decided',
  disapear: 'disappear',
  dissapear: 'disappear',
  desided: 'decided',
  decidd: 'decided',
  evryone: 'everyone',
  everyon: 'everyone',
  kms: 'kill myself',
  ctb: 'kill myself',
  kys: 'kill yourself',
  unalive: 'kill',
  unaliving: 'killing',
  myslef: 'myself',
  mysef: 'myself',
  meself: 'myself',
  pils: 'pills',
  pilss: 'pills',
  tonite: 'tonight',
  tonights: 'tonight is',
  todays: 'today is',
  tonigth: 'tonight',
  '2nite': 'tonight',
  '2night': 'tonight',
  rn: 'right now',
  atm: 'right now',
  wanna: 'want to',
  gonna: 'going to',
  gunna: 'going to',
  imma: 'i am going to',
  ima: 'i am going to',
  im: 'i am',
  ive: 'i have',
  id: 'i would',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  cant: 'can not',
  cannot: 'can not',
  wont: 'will not',
  wouldnt: 'would not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  havent: 'have not',
  hasnt: 'has not',
  aint: 'am not',
  shouldnt: 'should not',
  couldnt: 'could not',
  u: 'you',
  ur: 'your',
  bc: 'because',
  cuz: 'because',
  cos: 'because',
  coz: 'because',
  idk: 'i do not know',
  anymore: 'any more',
  bye: 'goodbye',
  shd: 'self harmed',
  shing: 'self harming',
  // Spanish text-speak.
  q: 'que',
  k: 'que',
  ke: 'que',
  xq: 'porque',
  pq: 'porque',
  porq: 'porque',
  x: 'por',
  tmb: 'tambien',
  tb: 'tambien',
  tngo: 'tengo',
  dsd: 'desde',
  kiero: 'quiero',
  nd: 'nada',
  d: 'de',
  pa: 'para',
  aki: 'aqui',
  ahorita: 'ahora',
  morirme: 'morir',
};

const WORD = /[a-z0-9]+/g;

/** The text as the safety rules read it (see the module comment). */
export function normalizeText(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // "don't", "don’t" and "dont" are one word; so are "i'm" and "im".
      .replace(/['\u2018\u2019`´]/g, '')
      // "soooo", "pleaseeee", "nooo": three or more of a letter become two.
      .replace(/([a-z])\1{2,}/g, '$1$1')
      .replace(/[^a-z0-9.!?;:,\n]+/g, ' ')
      .replace(WORD, (word) => WORDS[word] ?? word)
      .replace(/ {2,}/g, ' ')
  );
}
