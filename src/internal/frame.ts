import { html } from 'lit';

/**
 * The outer box every widget draws: the `base` part, the theme, and the language and direction
 * of its words, which may differ from the page's.
 */
export const frame = (theme: string, words: { lang: string; dir: string }, content: unknown) =>
  html`<div part="base" class="base" data-theme=${theme} lang=${words.lang} dir=${words.dir}>
    ${content}
  </div>`;
