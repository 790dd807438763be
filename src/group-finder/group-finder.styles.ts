import { css } from 'lit';

export const groupFinderStyles = css`
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_hearth-space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }

  .cards.list {
    grid-template-columns: 1fr;
  }

  .item {
    display: flex;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_hearth-space) * 0.5);
    width: 100%;
    /* Skeleton and real cards share a floor, so content arriving does not make the page jump. */
    min-height: 16rem;
    padding: var(--_hearth-space);
    background: var(--_hearth-color-surface);
    color: var(--_hearth-color-text);
    border: 1px solid var(--_hearth-color-border);
    border-radius: var(--_hearth-radius);
  }

  .card-header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: calc(var(--_hearth-space) * 0.5);
  }

  .name {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .summary {
    margin: 0;
  }

  .badge {
    flex: none;
    padding: 0.125em 0.625em;
    border-radius: 999px;
    border: 1px solid var(--_hearth-color-accent);
    background: var(--_hearth-color-badge);
    color: var(--_hearth-color-text);
    font-size: 0.875em;
    font-weight: 600;
  }

  .badge.waitlist,
  .badge.closed {
    border-style: dashed;
    border-color: var(--_hearth-color-border);
    background: transparent;
  }

  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .topic {
    padding: 0 0.5em;
    border: 1px solid var(--_hearth-color-border);
    border-radius: calc(var(--_hearth-radius) * 0.5);
    font-size: 0.875em;
  }

  .facts {
    display: grid;
    gap: 0.25em;
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .muted {
    color: var(--_hearth-color-muted);
  }

  .card-actions {
    margin-top: auto;
    padding-top: calc(var(--_hearth-space) * 0.5);
  }

  .message {
    margin: 0;
    padding: var(--_hearth-space);
    background: var(--_hearth-color-surface);
    border: 1px solid var(--_hearth-color-border);
    border-radius: var(--_hearth-radius);
  }

  .message > * {
    margin: 0 0 calc(var(--_hearth-space) * 0.75);
  }

  .message > :last-child {
    margin-bottom: 0;
  }

  .message.error {
    border-inline-start: 4px solid var(--_hearth-color-danger);
  }

  .message-title {
    font-weight: 600;
    font-size: 1.125em;
  }

  .contact {
    list-style: none;
    padding: 0;
  }

  .skeleton-line {
    display: block;
    height: 1em;
    border-radius: calc(var(--_hearth-radius) * 0.5);
    background: var(--_hearth-color-skeleton);
    animation: pulse 1.6s ease-in-out infinite;
  }

  .skeleton-line.heading {
    width: 60%;
    height: 1.5em;
  }

  .skeleton-line.short {
    width: 40%;
  }

  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
`;
