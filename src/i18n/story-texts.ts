import { extendTexts } from './catalogues.js';
import { enStory } from './en-story.js';

/** The story wall's words: only pages that show the wall download them. */
export const storyTexts = extendTexts(enStory, {
  es: () => import('./es-story.js').then((module) => module.esStory),
});
