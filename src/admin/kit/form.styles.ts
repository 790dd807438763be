import { css } from 'lit';

/*
 * The groups view and the console's long forms (groups, practice settings): sections as
 * fieldsets, pairs of short fields side by side when there is room, one column on a phone.
 */
export const adminGroupsStyles = css`
  fieldset {
    display: grid;
    gap: calc(var(--_hearth-space) * 0.75);
    min-width: 0;
    margin: 0;
    padding: var(--_hearth-space);
    border: 1px solid var(--_hearth-color-border);
    border-radius: var(--_hearth-radius);
  }

  legend {
    padding-inline: 0.25rem;
    font-weight: 700;
  }

  fieldset.choices {
    padding: calc(var(--_hearth-space) * 0.75);
  }

  fieldset.choices legend {
    font-weight: 600;
  }

  /* One person of a list (a facilitator, a topic, a crisis line): a group, not a nested fieldset. */
  .row {
    display: grid;
    gap: calc(var(--_hearth-space) * 0.75);
    padding: calc(var(--_hearth-space) * 0.75);
    border: 1px dashed var(--_hearth-color-border);
    border-radius: var(--_hearth-radius);
  }

  .pair {
    display: grid;
    gap: calc(var(--_hearth-space) * 0.75);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    align-items: start;
  }

  .check {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .check input {
    width: 1.5rem;
    height: 1.5rem;
    min-height: 0;
    margin: 0.625rem 0;
    accent-color: var(--_hearth-color-accent);
  }

  .check label {
    flex: 1 1 12rem;
    font-weight: 400;
  }

  .check .hint,
  .check .error {
    flex-basis: 100%;
  }

  input,
  textarea,
  select {
    max-width: 100%;
    box-sizing: border-box;
  }

  input[readonly],
  textarea[readonly] {
    background: transparent;
    border-style: dashed;
  }

  .summary,
  .confirm {
    display: grid;
    gap: 0.5rem;
    padding: var(--_hearth-space);
    border: 2px solid var(--_hearth-color-danger);
    border-radius: var(--_hearth-radius);
  }

  .summary h3 {
    color: var(--_hearth-color-danger);
  }

  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .summary a {
    display: block;
    padding-block: 0.625em;
    color: var(--_hearth-color-danger);
  }

  .error,
  .warning {
    font-weight: 600;
  }

  .warning {
    color: var(--_hearth-color-danger);
  }

  .saved {
    padding: calc(var(--_hearth-space) * 0.75);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-color-badge);
  }

  .group-card.archived {
    border-style: dashed;
  }

  .group-form,
  .settings-form {
    max-width: 48rem;
  }

  /* Headings take focus only to be read out after an action; they are not controls. */
  :is(h2, h3, h4)[tabindex='-1']:focus,
  .summary:focus,
  .alert:focus {
    outline: none;
  }
`;
