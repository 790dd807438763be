import { loadCatalogue, type Texts } from './catalogues.js';
import { enStoryShare } from './en-story-share.js';
import { storyTexts } from './story-texts.js';

type StoryShareCatalogue = typeof storyTexts.en & typeof enStoryShare;

/**
 * The wall's words and the share form's: only a visitor who opens the form downloads the latter
 * (they travel with its code). In Spanish both halves are fetched, the wall's once per page.
 */
export const storyShareTexts: Texts<StoryShareCatalogue> = {
  en: { ...storyTexts.en, ...enStoryShare },
  load: {
    es: () =>
      Promise.all([loadCatalogue(storyTexts, 'es'), import('./es-story-share.js')]).then(
        ([story, share]) => ({ ...story, ...share.esStoryShare }),
      ),
  },
};
