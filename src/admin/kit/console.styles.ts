import { css } from 'lit';

/* A calm, single-column console; every control is a target at least 44 px high. */
export const adminStyles = css`
  .base {
    display: grid;
    gap: var(--_hearth-space);
    font-family: var(--_hearth-font-family);
    font-size: var(--_hearth-font-size);
    color: var(--_hearth-color-text);
    background: var(--_hearth-color-background);
  }

  [hidden] {
    display: none !important;
  }

  h1,
  h2,
  h3,
  p {
    margin: 0;
  }

  h1 {
    font-size: 1.5em;
  }

  h2 {
    font-size: 1.25em;
  }

  h3 {
    font-size: 1.05em;
  }

  form,
  section {
    display: grid;
    gap: calc(var(--_hearth-space) * 0.75);
    max-width: 40rem;
  }

  section {
    max-width: none;
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }

  label {
    font-weight: 600;
  }

  .hint,
  .meta,
  .count {
    color: var(--_hearth-color-muted);
  }

  input,
  textarea {
    font: inherit;
    color: inherit;
    min-height: 2.75rem;
    padding: 0.5em 0.75em;
    background: var(--_hearth-color-surface);
    border: 1px solid var(--_hearth-color-border);
    border-radius: var(--_hearth-radius);
  }

  [aria-invalid='true'] {
    border-color: var(--_hearth-color-danger);
    border-width: 2px;
  }

  .error,
  .alert,
  .crisis {
    color: var(--_hearth-color-danger);
  }

  .alert:empty,
  .notice:empty {
    display: none;
  }

  button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.5em 1em;
    border-radius: var(--_hearth-radius);
    border: 2px solid var(--_hearth-color-accent);
    background: var(--_hearth-color-accent);
    color: var(--_hearth-color-on-accent);
    cursor: pointer;
  }

  button.secondary {
    background: transparent;
    color: var(--_hearth-color-accent);
  }

  button.danger {
    border-color: var(--_hearth-color-danger);
    background: var(--_hearth-color-danger);
    color: var(--_hearth-color-on-accent);
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }

  :focus-visible {
    outline: var(--_hearth-focus-ring);
    outline-offset: 2px;
  }

  .actions,
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }

  .header h1 {
    margin-inline-end: auto;
  }

  .queue {
    display: grid;
    gap: var(--_hearth-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* A card of a list: a story, a sign-up, a group, a part of the account, a staff member, a token. */
  .story,
  .signup,
  .group-card,
  .account-part,
  .member,
  .token {
    display: grid;
    gap: 0.5rem;
    padding: var(--_hearth-space);
    background: var(--_hearth-color-surface);
    border: 1px solid var(--_hearth-color-border);
    border-radius: var(--_hearth-radius);
  }

  .signup,
  .group-card {
    gap: 0.375rem;
  }

  .story.crisis-high {
    border: 3px solid var(--_hearth-color-danger);
    border-inline-start-width: 0.75rem;
  }

  .flags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .flags li {
    padding: 0.125em 0.625em;
    border-radius: 999px;
    background: var(--_hearth-color-badge);
  }

  .body {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  mark {
    background: var(--_hearth-color-badge);
    color: inherit;
    font-weight: 600;
    text-decoration: underline dotted;
  }

  .nav {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  h4 {
    margin: 0;
    font-size: 1em;
  }

  select {
    font: inherit;
    color: inherit;
    min-height: 2.75rem;
    background: var(--_hearth-color-surface);
    border: 1px solid var(--_hearth-color-border);
    border-radius: var(--_hearth-radius);
  }

  a {
    color: var(--_hearth-color-accent);
  }

  .message {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: var(--_hearth-space);
    border: 1px dashed var(--_hearth-color-border);
    border-radius: var(--_hearth-radius);
  }
`;
