import { css } from 'lit';

/**
 * Every element's box on the page: a block that a page's `* { box-sizing: content-box !important }`
 * or `[hidden] { display: block !important }` cannot change, since in the cascade a shadow root's
 * `!important` beats the page's (a page's normal rules beat the shadow root's, so a site may
 * still hide the element with `display: none`). Inside, boxes are border boxes whatever the page
 * says. The page's inherited styles stop at each widget's root: see `tokens`.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box !important;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
