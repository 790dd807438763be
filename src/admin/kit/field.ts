import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/* One short field of the console's small forms (sign-in, password, a token's name, a new staff e-mail). */

export interface FieldOptions {
  id: string;
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password';
  autocomplete?: string;
  hint?: string;
  /** The problem to show, once the field was checked. */
  error?: string;
  inputmode?: 'numeric';
  maxlength?: number;
}

/** One labelled input with its hint and error, tied together for screen readers. */
export function renderField(options: FieldOptions) {
  const { id, error, hint } = options;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field">
    <label for=${id}>${options.label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    <input
      id=${id}
      name=${options.name}
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete ?? 'off'}
      inputmode=${ifDefined(options.inputmode)}
      maxlength=${ifDefined(options.maxlength)}
      spellcheck="false"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(described || undefined)}
      required
    />
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}
