import { css } from 'lit';

/**
 * The look of the forms (`form-controller.ts`) the sign-up form and the story wall share: fields,
 * boxes, errors and the error summary, the field for bots, and link targets at least 44 px high.
 */
export const formStyles = css`
  label,
  legend {
    font-weight: 600;
  }

  legend {
    padding: 0 0 0.25em;
  }

  input:not([type='checkbox'], [type='radio']),
  textarea {
    width: 100%;
    min-height: 44px;
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
    min-height: 44px;
    font-weight: 400;
  }

  .check input {
    flex: none;
    font: inherit;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_hearth-color-accent);
  }

  .check label {
    font-weight: 400;
  }

  .error {
    color: var(--_hearth-color-danger);
    font-weight: 600;
  }

  .summary a {
    color: var(--_hearth-color-danger);
  }

  /* Links in lists are targets of their own, at least 44 px high. */
  li a {
    display: inline-block;
    min-height: 44px;
    padding-block: 0.5em;
    margin-inline-end: 0.75em;
  }

  .summary li a {
    display: block;
  }

  .submit {
    justify-self: start;
  }

  [aria-disabled='true'] {
    cursor: progress;
  }

  /* Out of sight and out of reach, for bots only. */
  .honeypot {
    position: absolute;
    left: -100vw;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
`;
