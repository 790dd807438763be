import { css } from 'lit';

export const groupFinderStyles = css`
  .base {
    /* Filters fold behind a button in narrow places, whatever the page's width. */
    container-type: inline-size;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_hearth-space) * 0.75);
    margin-bottom: var(--_hearth-space);
  }

  .search {
    display: grid;
    flex: 1 1 100%;
    font-weight: 600;
  }

  input[type='search'] {
    min-width: 0;
    font: inherit;
    min-height: 44px;
    padding: 0.375em 0.625em;
    color: inherit;
    background: var(--_hearth-color-surface);
    border: 1px solid var(--_hearth-color-border);
    border-radius: var(--_hearth-radius);
  }

  .panel {
    display: none;
    flex: 1 1 100%;
    gap: calc(var(--_hearth-space) * 0.75);
  }

  .panel.open {
    display: grid;
  }

  @container (min-width: 40em) {
    .toggle {
      display: none;
    }

    .panel {
      display: grid;
    }
  }

  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    padding: 0 0 0.25em;
    font-weight: 600;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 44px;
    padding: 0 0.75em;
    border: 1px solid var(--_hearth-color-border);
    border-radius: 999px;
    cursor: pointer;
  }

  .chip:has(:checked) {
    border: 2px solid var(--_hearth-color-accent);
    background: var(--_hearth-color-badge);
    font-weight: 600;
  }

  .chip input {
    margin: 0;
    accent-color: var(--_hearth-color-accent);
  }

  .count {
    margin: 0 0 calc(var(--_hearth-space) * 0.5);
    color: var(--_hearth-color-muted);
  }

  .more {
    display: block;
    margin: var(--_hearth-space) auto 0;
  }

  dialog {
    width: min(40em, 100% - 1em);
    max-height: calc(100% - 1em);
    padding: var(--_hearth-space);
    color: var(--_hearth-color-text);
    background: var(--_hearth-color-surface);
    border: 1px solid var(--_hearth-color-border);
    border-radius: var(--_hearth-radius);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }

  dialog[open] {
    display: grid;
    gap: calc(var(--_hearth-space) * 0.75);
  }

  dialog :is(p, h3, ul) {
    margin: 0;
  }

  dialog h3 {
    font-size: 1em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_hearth-space) * 0.75);
  }

  .dialog-header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_hearth-space);
  }

  .dialog-header button {
    flex-shrink: 0;
  }

  .skeleton-bar {
    height: 5.5em;
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-color-skeleton);
  }

  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_hearth-space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
  }

  .cards.list {
    grid-template-columns: 1fr;
  }

  .item {
    display: flex;
    /* Cards below the fold are laid out only when scrolled to. */
    content-visibility: auto;
    contain-intrinsic-size: auto 22em;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_hearth-space) * 0.5);
    width: 100%;
    /* Skeleton and real cards share a floor, so content arriving does not make the page jump. */
    min-height: 16em;
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

  .card p {
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

  .plain {
    list-style: none;
    padding: 0;
  }

  .facts {
    display: grid;
    gap: 0.25em;
    margin: 0;
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
    font-size: 1.125em;
  }

  .skeleton-line.heading {
    width: 60%;
    height: 1.5em;
  }
`;
