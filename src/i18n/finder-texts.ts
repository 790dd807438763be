import { extendTexts } from './catalogues.js';
import { enFinder } from './en-finder.js';

/** The group finder's words: only pages that show the finder download them. */
export const finderTexts = extendTexts(enFinder, {
  es: () => import('./es-finder.js').then((module) => module.esFinder),
});

export type FinderCatalogue = (typeof finderTexts)['en'];
