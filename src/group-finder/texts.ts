import { extendTexts } from '../i18n/catalogues.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { enFinder } from './locales/en.js';

/** The group finder's words: only pages that show the finder download them. */
export const finderTexts = extendTexts(enFinder, {
  es: () => import('./locales/es.js').then((module) => module.esFinder),
});

export type FinderCatalogue = (typeof finderTexts)['en'];

/** The finder's words in the visitor's language, with the locale they format dates and numbers in. */
export type FinderLocalize = LocalizeController<FinderCatalogue>;
