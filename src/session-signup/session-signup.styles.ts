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
    gap: 0.25rem;
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

  label,
  legend {
    font-weight: 600;
  }

  legend {
    padding: 0 0 0.25rem;
  }

  input:not([type='checkbox'], [type='radio']),
  textarea {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.375em 0.625em;
    font: inherit;
    color: inherit;
    background: var(--_hearth-color-surface);
    border: 1px solid var(--_hearth-color-border);
    border-radius: var(--_hearth-radius);
  }

  textarea {
    resize: vertical;
  }

  [aria-invalid='true'] {
    border: 2px solid var(--_hearth-color-danger) !important;
  }

  /* A box and its words are one target at least 44 px high. */
  .check {
    display: flex;
    align-items: center;
    gap: 0.625em;
    min-height: 2.75rem;
    font-weight: 400;
  }

  .check input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_hearth-color-accent);
  }

  .check label {
    font-weight: 400;
  }

  .hint,
  .muted {
    color: var(--_hearth-color-muted);
  }

  .error {
    color: var(--_hearth-color-danger);
    font-weight: 600;
  }

  .summary,
  .alert,
  .message,
  .outcome,
  .crisis,
  .help {
    display: grid;
    gap: 0.5rem;
    padding: var(--_hearth-space);
    border-radius: var(--_hearth-radius);
  }

  .summary,
  .alert,
  .message.error {
    border: 2px solid var(--_hearth-color-danger);
  }

  .summary a {
    color: var(--_hearth-color-danger);
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
    gap: 0.5rem;
    padding: var(--_hearth-space) calc(var(--_hearth-space) * 0.75);
    background: var(--_hearth-color-badge);
    border-inline-start: 0.3125rem solid var(--_hearth-color-accent);
    border-radius: 0 var(--_hearth-radius) var(--_hearth-radius) 0;
  }

  /* The lines without bullets or indent: at 320 px and 200 % text every pixel is for words. */
  .crisis-help ul {
    display: grid;
    gap: 0.5rem;
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

  /* Links in lists are targets of their own, at least 44 px high. */
  li a {
    display: inline-block;
    min-height: 2.75rem;
    padding-block: 0.5em;
    margin-inline-end: 0.75em;
  }

  .summary li a {
    display: block;
  }

  /* Headings take focus only to be read out after a send; they are not controls. */
  [tabindex='-1']:is(h2, h3):focus {
    outline: none;
  }

  .submit {
    justify-self: start;
  }

  [aria-disabled='true'] {
    cursor: progress;
  }

  .honeypot {
    position: absolute;
    left: -100vw;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
`;
