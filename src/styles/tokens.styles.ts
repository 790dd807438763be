import { css } from 'lit';

/*
 * Two tiers, as in Spectrum: the documented `--hearth-*` properties a host page sets, and private
 * `--_hearth-*` ones that components read, so a default lives in exactly one place. Every default
 * pair meets WCAG AA: text ≥ 4.5:1 on its surface, borders and focus rings ≥ 3:1.
 *
 * The widget's root (`.base`) is its boundary with the page: it starts from the initial value of
 * every property (`all: initial`), so nothing a theme sets reaches the widget's words through
 * inheritance (spacing, capitals, alignment, wrapping, weight, shadows, cursor…), except what
 * hides it with the page (visibility, pointer events) and what follows the site on purpose: the
 * font, through `--hearth-font-family`, and custom properties. Its box keeps the initial
 * `content-box`: it has no padding or border.
 *
 * Sizes never use `rem`: a theme's root (`html { font-size: 62.5% }`) would shrink them. The root
 * takes the size of the text around the widget (`1em`, which grows with zoom and with the
 * visitor's font size wherever the site's text does), never under 14px; everything inside is in
 * `em` of it, and targets are at least 44px high.
 */
const darkTokens = css`
  --_hearth-color-accent: var(--hearth-color-accent, #7fd4c4);
  --_hearth-color-on-accent: var(--hearth-color-on-accent, #0e2320);
  --_hearth-color-text: var(--hearth-color-text, #e9edf1);
  --_hearth-color-muted: var(--hearth-color-muted, #b3bdc8);
  --_hearth-color-surface: var(--hearth-color-surface, #1d232a);
  --_hearth-color-background: var(--hearth-color-background, #14181d);
  --_hearth-color-border: var(--hearth-color-border, #7b8794);
  --_hearth-color-danger: var(--hearth-color-danger, #ff9b8f);
  --_hearth-color-badge: var(--hearth-color-badge, #233b37);
  --_hearth-color-skeleton: #2c343d;
  color-scheme: dark;
`;

/** Applied to each widget's root element (`.base`), which carries the resolved `data-theme`. */
export const tokens = css`
  .base {
    all: initial;
    --_hearth-color-accent: var(--hearth-color-accent, #1d6b63);
    --_hearth-color-on-accent: var(--hearth-color-on-accent, #ffffff);
    --_hearth-color-text: var(--hearth-color-text, #1f2933);
    --_hearth-color-muted: var(--hearth-color-muted, #52606d);
    --_hearth-color-surface: var(--hearth-color-surface, #ffffff);
    --_hearth-color-background: var(--hearth-color-background, transparent);
    --_hearth-color-border: var(--hearth-color-border, #7b8794);
    --_hearth-color-danger: var(--hearth-color-danger, #b3261e);
    --_hearth-color-badge: var(--hearth-color-badge, #e6f2ef);
    --_hearth-color-skeleton: #e4e7eb;
    --_hearth-font-family: var(--hearth-font-family, inherit);
    --_hearth-font-size: max(14px, var(--hearth-font-size, 1em));
    --_hearth-radius: var(--hearth-radius, 0.5em);
    --_hearth-space: var(--hearth-space, 1em);
    --_hearth-focus-ring: 3px solid var(--_hearth-color-accent);
    color-scheme: light;

    display: block;
    visibility: inherit;
    pointer-events: inherit;
    color: var(--_hearth-color-text);
    background: var(--_hearth-color-background);
    font-family: var(--_hearth-font-family);
    font-size: var(--_hearth-font-size);
    line-height: 1.5;
    overflow-wrap: break-word;
  }

  .base[data-theme='dark'] {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    .base[data-theme='auto'] {
      ${darkTokens}
    }
  }

  :focus-visible {
    outline: var(--_hearth-focus-ring);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_hearth-radius);
    padding: 0.5em 1em;
    min-height: 44px;
  }

  .button-primary {
    border: 2px solid var(--_hearth-color-accent);
    background: var(--_hearth-color-accent);
    color: var(--_hearth-color-on-accent);
  }

  .button-secondary {
    border: 2px solid var(--_hearth-color-accent);
    background: transparent;
    color: var(--_hearth-color-accent);
  }

  a {
    color: var(--_hearth-color-accent);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
