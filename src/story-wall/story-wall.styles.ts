import { css } from 'lit';

/* One calm column of cards; every control is a target at least 44 px high. */
export const storyWallStyles = css`
  /*
   * One column as wide as the widget, never wider: a long word or a crisis line's URL wraps
   * instead of widening every card past a phone's screen. Links may break anywhere; elsewhere
   * that would let buttons and labels shrink until their words break.
   */
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_hearth-space);
    overflow-wrap: break-word;
  }

  .base a,
  .body {
    overflow-wrap: anywhere;
  }

  [hidden] {
    display: none !important;
  }

  h2,
  p {
    margin: 0;
  }

  h2 {
    font-size: 1.25em;
    line-height: 1.3;
  }

  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .filters legend {
    width: 100%;
  }

  .chip {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.25em 0.875em;
    border: 1px solid var(--_hearth-color-border);
    border-radius: 999px;
    font-weight: 400;
    cursor: pointer;
  }

  .chip input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }

  .chip:has(:checked) {
    background: var(--_hearth-color-accent);
    border-color: var(--_hearth-color-accent);
    color: var(--_hearth-color-on-accent);
  }

  .chip:has(:focus-visible) {
    outline: var(--_hearth-focus-ring);
    outline-offset: 2px;
  }

  .cards,
  .share {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .card {
    display: grid;
    gap: 0.75em;
    padding: var(--_hearth-space);
    background: var(--_hearth-color-surface);
    border: 1px solid var(--_hearth-color-border);
    border-radius: var(--_hearth-radius);
  }

  .card:focus {
    outline: var(--_hearth-focus-ring);
    outline-offset: 2px;
  }

  /* Stories keep the writer's line breaks, and long words never push the page wider. */
  .body {
    white-space: pre-line;
  }

  .date,
  .felt,
  .hint {
    color: var(--_hearth-color-muted);
    font-size: 0.9375em;
  }

  .content-note {
    font-style: italic;
  }

  .content-note button {
    font-style: normal;
  }

  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    list-style: none;
    padding: 0;
  }

  .topics li {
    padding: 0.125em 0.625em;
    border-radius: 999px;
    background: var(--_hearth-color-badge);
    font-size: 0.875em;
  }

  .resonance[aria-pressed='true'] {
    background: var(--_hearth-color-accent);
    color: var(--_hearth-color-on-accent);
  }

  .link {
    margin-inline-start: auto;
    border: 0;
    background: none;
    color: var(--_hearth-color-muted);
    text-decoration: underline;
  }

  .report,
  .form {
    display: grid;
    gap: var(--_hearth-space);
    padding-top: var(--_hearth-space);
    border-top: 1px solid var(--_hearth-color-border);
  }

  .message {
    display: grid;
    gap: 0.5em;
    padding: var(--_hearth-space);
    border-radius: var(--_hearth-radius);
  }

  .message.error {
    border: 2px solid var(--_hearth-color-danger);
  }

  footer {
    padding: calc(var(--_hearth-space) * 0.75) var(--_hearth-space);
    font-size: 0.9375em;
    background: var(--_hearth-color-badge);
    border-radius: var(--_hearth-radius);
  }

  .crisis {
    display: grid;
    gap: 0.25em;
  }

  .more,
  .share > button {
    justify-self: start;
  }

  [tabindex='-1']:is(h2, p):focus {
    outline: none;
  }

  /* The share form's place while its code arrives; seen only if that takes a moment. */
  .share-loading {
    display: grid;
    gap: 0.75em;
    animation: appear 0s 0.4s backwards;
  }

  .skeleton-box {
    display: block;
    height: 9em;
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-color-skeleton);
  }

  @keyframes appear {
    from {
      opacity: 0;
    }
  }
`;
