import { extendTexts } from '../i18n/catalogues.js';
import { enFinder } from './locales/en.js';

/** The group finder's words: only pages that show the finder download them. */
export const finderTexts = extendTexts(enFinder, {
  es: () => import('./locales/es.js').then((module) => module.esFinder),
});

export type FinderCatalogue = (typeof finderTexts)['en'];
