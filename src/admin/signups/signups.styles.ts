import { css } from 'lit';

/* The sign-ups section: a compact list to scan, each request's details one disclosure away. */
export const adminSignupsStyles = css`
  .signups .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem;
    max-width: none;
  }

  .signups .export {
    display: grid;
    gap: 0.25rem;
  }

  .signups .export a {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    font-weight: 600;
  }

  .signups .group {
    gap: 0.5rem;
  }

  .signups .contact {
    overflow-wrap: anywhere;
  }

  /* Requests to read first: marked like crisis-high stories, the person's words in view. */
  .signups .signup.crisis-high,
  .signups .signup.crisis-medium {
    border: 3px solid var(--_hearth-color-danger);
    border-inline-start-width: 0.75rem;
  }

  .signups .crisis-message {
    display: grid;
    gap: 0.25rem;
  }

  .signups .risk {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    color: var(--_hearth-color-danger);
    font-weight: 600;
  }

  .signups .read-first {
    padding: 0.125rem 0.5rem;
    border: 2px solid currentColor;
    border-radius: var(--_hearth-radius);
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }

  .signups .said {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .signups .said .label {
    font-weight: 600;
  }

  .signups details.more {
    border-top: 1px solid var(--_hearth-color-border);
    padding-top: 0.375rem;
  }

  .signups summary {
    display: flex;
    align-items: center;
    min-height: 2.75rem;
    cursor: pointer;
    color: var(--_hearth-color-accent);
    font-weight: 600;
  }

  .signups .more-body {
    display: grid;
    gap: 0.75rem;
    padding-block: 0.5rem;
  }

  .signups .answers {
    display: grid;
    gap: 0.375rem;
    margin: 0;
  }

  .signups .answers div {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr;
    gap: 0.75rem;
  }

  .signups dt {
    font-weight: 600;
  }

  .signups dd {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .signups h5 {
    margin: 0;
    font-size: 1em;
  }

  .signups .history {
    display: grid;
    gap: 0.375rem;
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .signups .history time {
    font-variant-numeric: tabular-nums;
    margin-inline-end: 0.5rem;
  }

  .signups .note {
    margin: 0.125rem 0 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .signups .note-form {
    max-width: 40rem;
  }

  .signups button.danger-outline {
    border-color: var(--_hearth-color-danger);
    color: var(--_hearth-color-danger);
  }

  .signups .confirm {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 2px solid var(--_hearth-color-danger);
    border-radius: var(--_hearth-radius);
  }

  @media (max-width: 32rem) {
    .signups .answers div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
`;
