import { css } from 'lit';

/* The practice settings view; its form uses the console's long-form styles (kit/form.styles). */
export const adminSettingsStyles = css`
  .read-only {
    padding: calc(var(--_hearth-space) * 0.75);
    border-inline-start: 0.375rem solid var(--_hearth-color-accent);
    background: var(--_hearth-color-badge);
  }

  .settings .list > .hint {
    margin-block-end: 0.25rem;
  }
`;
