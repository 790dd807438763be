import { css } from 'lit';

/* One column at every width, so the form reads the same at 320 px and at 400% zoom. */
export const sessionSignupStyles = css`
  /*
   * A long word wraps instead of widening the form (a big host font), and an address (a crisis
   * line's URL) may break anywhere. Only links: anywhere else it would let buttons and labels
   * shrink until their words break.
   */
  .base {
    overflow-wrap: break-word;
  }

  .base a {
    overflow-wrap: anywhere;
  }

  .form,
  .picker,
  .field {
    display: grid;
    gap: calc(var(--_hearth-space) * 0.75);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .field {
    gap: 0.25em;
  }

  h2,
  h3,
  p {
    margin: 0;
  }

  h2 {
    font-size: 1.25em;
    line-height: 1.3;
  }

  .hint,
  .muted {
    color: var(--_hearth-color-muted);
  }

  .summary,
  .alert,
  .message,
  .outcome,
  .crisis,
  .help {
    display: grid;
    gap: 0.5em;
    padding: var(--_hearth-space);
    border-radius: var(--_hearth-radius);
  }

  .summary,
  .alert,
  .message.error {
    border: 2px solid var(--_hearth-color-danger);
  }

  .outcome,
  .crisis {
    background: var(--_hearth-color-badge);
  }

  .crisis {
    margin-bottom: var(--_hearth-space);
    font-size: 0.9375em;
  }

  /*
   * Help beside what the visitor writes: calm, like an inset note, never an alarm. One track,
   * never wider than the panel: a long word at 200 % text wraps instead of widening the form.
   */
  .crisis-help {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    padding: var(--_hearth-space) calc(var(--_hearth-space) * 0.75);
    background: var(--_hearth-color-badge);
    border-inline-start: 0.3125em solid var(--_hearth-color-accent);
    border-radius: 0 var(--_hearth-radius) var(--_hearth-radius) 0;
  }

  /* The lines without bullets or indent: at 320 px and 200 % text every pixel is for words. */
  .crisis-help ul {
    display: grid;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }

  .crisis-help:dir(rtl) {
    border-radius: var(--_hearth-radius) 0 0 var(--_hearth-radius);
  }

  /* The lead is a sentence to read, not a title: as large as the text, and bold. */
  .crisis-help h2 {
    font-size: 1em;
  }

  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  /* Headings take focus only to be read out after a send; they are not controls. */
  [tabindex='-1']:is(h2, h3):focus {
    outline: none;
  }
`;
