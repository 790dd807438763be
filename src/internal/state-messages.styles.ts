import { css } from 'lit';

/** What the state messages (`state-messages.ts`) share in every widget: titles and loading outlines. */
export const stateMessageStyles = css`
  .message-title {
    font-weight: 600;
  }

  .skeleton-line {
    display: block;
    height: 1em;
    border-radius: calc(var(--_hearth-radius) * 0.5);
    background: var(--_hearth-color-skeleton);
    animation: pulse 1.6s ease-in-out infinite;
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
