/*
 * The wall's disclosure buttons, which show and hide a part of it (a story behind its content
 * note, the share form): `aria-expanded` says whether it is open, `aria-controls` names it.
 */
import { html, nothing } from 'lit';

/** `kind` is its class (`button-primary`, `button-secondary`); `intent` hears a visitor about to click. */
export const disclosureButton = (
  label: string,
  open: boolean,
  controls: string,
  toggle: () => void,
  kind: string,
  part: string | typeof nothing = nothing,
  intent?: () => void,
) => html`
  <button
    part=${part}
    class=${kind}
    type="button"
    aria-expanded=${open}
    aria-controls=${controls}
    @click=${toggle}
    @pointerenter=${intent}
    @touchstart=${intent}
    @focus=${intent}
  >
    ${label}
  </button>
`;
