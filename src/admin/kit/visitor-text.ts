import { html, type TemplateResult } from 'lit';

/*
 * Text a visitor wrote, as staff see it. Explicit bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) could make it read otherwise than it is ("gnp.exe" shown as
 * "exe.png") and reorder the console's own words around it: they are dropped, and each piece of
 * visitor text sits in its own `<bdi>`, isolated with its own direction.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const SLOT = '\uE000';

/** Visitor text inside a string (an announcement, a label): without bidi controls. */
export const plainText = (text: string): string => text.replace(BIDI_CONTROLS, '');

/** Visitor text as content: without bidi controls, isolated from what surrounds it. */
export const visitorText = (text: string): TemplateResult => html`<bdi>${plainText(text)}</bdi>`;

/** Console words with visitor text in them: `words` gets a marker where the text goes. */
export function wordsAround(words: (text: string) => string, text: string): TemplateResult {
  const [before, after = ''] = words(SLOT).split(SLOT);
  return html`${before}${visitorText(text)}${after}`;
}
