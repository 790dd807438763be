import { css } from 'lit';

/*
 * The stories view: its list switcher, the bulk bar, reports, what the wall shows beside the
 * marked original, the careful approval with its guide, and the edit form beside the text.
 */
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

  .texts {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    align-items: start;
  }

  /* What the wall shows and the marked original; the original is dashed, also beside the edit form. */
  .text-pane,
  .original {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem;
    border: 1px solid var(--_hearth-color-border);
    border-radius: var(--_hearth-radius);
  }

  .original {
    border-style: dashed;
  }

  /* A detail staff kept is shown on the wall as written: marked with a solid line instead. */
  mark.kept {
    text-decoration: underline solid;
  }

  .guide {
    display: grid;
    gap: 0.25rem;
  }

  .guide ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.25rem;
  }

  .fields,
  .side {
    display: grid;
    gap: var(--_hearth-space);
    align-content: start;
  }

  .side .guide {
    padding: 0.75rem;
    border: 2px solid var(--_hearth-color-danger);
    border-radius: var(--_hearth-radius);
  }

  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_hearth-color-border);
    border-radius: var(--_hearth-radius);
  }

  .topics legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }

  .topics .error {
    flex-basis: 100%;
  }
`;
