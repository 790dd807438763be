// Safety signals in a visitor's own words (docs/safety.md): crisis tiers and personal details.
export { CRISIS_TIERS, detectCrisis } from './crisis.js';
export type { CrisisTier } from './crisis.js';
export { PERSONAL_DETAIL_KINDS, detectPersonalDetails } from './details.js';
export type { PersonalDetailKind, PersonalDetailRange } from './details.js';
export { PLACEHOLDERS, TEXT_LANGUAGES, maskPersonalDetails, textLanguage } from './details.js';
export type { DetailOptions, MaskedText, TextLanguage, TextSegment } from './details.js';
