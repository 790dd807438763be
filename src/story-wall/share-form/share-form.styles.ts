import { css } from 'lit';

/*
 * The share form's own look, added to the wall's shadow root with the form's code (the wall's
 * styles hold the fields, buttons and messages the report form shares).
 */
export const shareFormStyles = css`
  .field,
  .rules,
  .summary,
  .alert,
  .outcome,
  .crisis-now {
    display: grid;
    gap: 0.5em;
  }

  .field {
    gap: 0.25em;
  }

  .topic-choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
  }

  .over {
    color: var(--_hearth-color-danger);
    font-weight: 600;
  }

  .warning {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_hearth-color-accent);
    background: var(--_hearth-color-badge);
  }

  .summary,
  .alert,
  .outcome,
  .crisis-now {
    padding: var(--_hearth-space);
    border-radius: var(--_hearth-radius);
  }

  .summary,
  .alert {
    border: 2px solid var(--_hearth-color-danger);
  }

  /* The summary's title reads as a sentence, as large as the text. */
  .summary h3 {
    margin: 0;
    font-size: 1em;
  }

  .outcome,
  .crisis-now {
    background: var(--_hearth-color-badge);
  }

  .crisis-now.prominent {
    border: 2px solid var(--_hearth-color-accent);
  }
`;
