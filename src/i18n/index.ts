export { en } from './en.js';
export type { Catalogue, MessageKey, MessageArgs } from './en.js';
export { LANGUAGES, DEFAULT_LANGUAGE, languageOf, loadCatalogue } from './catalogues.js';
export type { Language } from './catalogues.js';
export { LocalizeController } from './localize-controller.js';
export type { LocalizeHost } from './localize-controller.js';
export { formatDate, formatNumber, formatList, formatStatus } from './format.js';
