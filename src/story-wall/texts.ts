import { extendTexts } from '../i18n/catalogues.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { enStory } from './locales/en.js';

/** The story wall's words: only pages that show the wall download them. */
export const storyTexts = extendTexts(enStory, {
  es: () => import('./locales/es.js').then((module) => module.esStory),
});

/** The wall's words in the visitor's language, as its template modules receive them. */
export type StoryWords = LocalizeController<typeof storyTexts.en>;
