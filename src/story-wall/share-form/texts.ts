import { loadCatalogue, type Texts } from '../../i18n/catalogues.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { storyTexts } from '../texts.js';
import { enStoryShare } from './locales/en.js';

type StoryShareCatalogue = typeof storyTexts.en & typeof enStoryShare;

/**
 * The wall's words and the share form's: only a visitor who opens the form downloads the latter
 * (they travel with its code). In Spanish both halves are fetched, the wall's once per page.
 */
export const storyShareTexts: Texts<StoryShareCatalogue> = {
  en: { ...storyTexts.en, ...enStoryShare },
  load: {
    es: () =>
      Promise.all([loadCatalogue(storyTexts, 'es'), import('./locales/es.js')]).then(
        ([story, share]) => ({ ...story, ...share.esStoryShare }),
      ),
  },
};

/** The form's words in the visitor's language, as its template modules receive them. */
export type ShareWords = LocalizeController<StoryShareCatalogue>;
