import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AdminHost } from './view.js';

/** A setup key in groups of four, easier to type into an authenticator app. */
export const inFours = (value: string) => (value.match(/.{1,4}/g) ?? []).join(' ');

/** Whether this page may write to the clipboard (it needs a secure context). */
const canCopy = () => typeof navigator !== 'undefined' && Boolean(navigator.clipboard?.writeText);

/**
 * A secret shown once (a one-time password, a token, a TOTP key): as selectable text, with a Copy
 * button where the Clipboard API is available. The view keeps the secret in memory only and
 * forgets it when staff leave the view; it is never logged, stored or put in a URL.
 */
export class SecretCopy {
  /** Which secret was just copied, or could not be. */
  private note?: { id: string; copied: boolean };

  constructor(
    private readonly host: AdminHost,
    private readonly changed: () => void,
  ) {}

  forget(): void {
    this.note = undefined;
  }

  private async copy(id: string, value: string): Promise<void> {
    let copied = false;
    try {
      await navigator.clipboard.writeText(value);
      copied = true;
    } catch {
      // Refused (no permission, page not focused): the text stays there to copy by hand.
    }
    this.note = { id, copied };
    this.host.announce(
      this.host.localize.t(copied ? 'adminSecretCopied' : 'adminSecretCopyFailed'),
    );
    this.changed();
  }

  /** `shown` is how it reads on screen (e.g. in fours); `value` is what is copied. */
  render(id: string, label: string, value: string, shown = value) {
    const t = this.host.localize;
    const note = this.note?.id === id ? this.note : undefined;
    return html`<div class="secret">
      <p class="secret-label" id="${id}-label">${label}</p>
      <div class="secret-row">
        <code class="secret-value" id=${id}>${shown}</code>
        ${
          canCopy()
            ? html`<button
                type="button"
                class="secondary"
                id="${id}-copy"
                @click=${() => this.copy(id, value)}
              >
                ${t.t('adminSecretCopy')}<span class="visually-hidden"> ${label}</span>
              </button>`
            : nothing
        }
      </div>
      ${
        note
          ? html`<p class=${note.copied ? 'meta' : 'error'}>
              ${t.t(note.copied ? 'adminSecretCopied' : 'adminSecretCopyFailed')}
            </p>`
          : nothing
      }
    </div>`;
  }
}

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
