import type { LocalizeController } from '../i18n/localize-controller.js';
import type { ShareContext } from './share-form/share-form.js';
import type { storyTexts } from './texts.js';

/**
 * What the wall's controllers (the cards, the report forms, the share disclosure and the share
 * form) use of the wall: one object the wall makes once, so none of them reaches into the element.
 * Their templates take the wall's words and plain data.
 */
export interface WallContext extends ShareContext {
  /** The wall's words, in its language. */
  readonly localize: LocalizeController<typeof storyTexts.en>;
  /** Says something politely to screen readers, in the wall's one status line. */
  announce(words: string): void;
}
