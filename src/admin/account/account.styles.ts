import { css } from 'lit';

/* The account, staff and activity-log views: secrets shown once stand out and read clearly. */
export const accountStyles = css`
  .members,
  .tokens {
    display: grid;
    gap: calc(var(--_hearth-space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Numbered steps: list items keep their markers, so space them with margins. */
  .steps {
    margin: 0;
    padding-inline-start: 1.5em;
  }

  .steps > li + li,
  .steps > li > * + * {
    margin-top: 0.5rem;
  }

  .staff-add {
    padding: var(--_hearth-space);
    border: 1px solid var(--_hearth-color-border);
    border-radius: var(--_hearth-radius);
  }

  .member.disabled {
    border-style: dashed;
  }

  .one-time,
  .totp-setup {
    display: grid;
    gap: 0.5rem;
    padding: var(--_hearth-space);
    border: 2px solid var(--_hearth-color-accent);
    border-radius: var(--_hearth-radius);
  }

  .secret {
    display: grid;
    gap: 0.25rem;
  }

  .secret-label {
    font-weight: 600;
  }

  .secret-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }

  .secret-value {
    padding: 0.375em 0.625em;
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 1.15em;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
    user-select: all;
    background: var(--_hearth-color-background);
    border: 1px solid var(--_hearth-color-border);
    border-radius: var(--_hearth-radius);
  }

  .done {
    font-weight: 600;
  }

  .audit {
    width: 100%;
    border-collapse: collapse;
  }

  .audit th,
  .audit td {
    padding: 0.5em 0.75em;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
    border-bottom: 1px solid var(--_hearth-color-border);
  }

  .audit td:first-child {
    white-space: nowrap;
  }
`;
