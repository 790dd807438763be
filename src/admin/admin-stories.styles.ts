import { css } from 'lit';

/* The stories view: its list switcher, the bulk bar, reports, and the edit form beside the text. */
export const adminStoriesStyles = css`
  .story-lists {
    gap: 0.5rem;
  }

  .story-heading {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }

  .select {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    font-weight: 400;
  }

  .select input {
    width: 1.25rem;
    height: 1.25rem;
    min-height: 0;
    margin: 0;
  }

  .bulk,
  .bulk-results,
  .reports {
    display: grid;
    gap: 0.5rem;
  }

  .bulk-results ul,
  .notes {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .notes li {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .label {
    font-weight: 600;
  }

  .edit {
    max-width: none;
  }

  .edit-grid {
    display: grid;
    gap: var(--_hearth-space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    align-items: start;
  }

  .edit textarea {
    resize: vertical;
  }

  .original {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem;
    border: 1px dashed var(--_hearth-color-border);
    border-radius: var(--_hearth-radius);
  }
`;
