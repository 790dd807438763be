import { extendTexts } from '../i18n/catalogues.js';
import { enStory } from './locales/en.js';

/** The story wall's words: only pages that show the wall download them. */
export const storyTexts = extendTexts(enStory, {
  es: () => import('./locales/es.js').then((module) => module.esStory),
});
