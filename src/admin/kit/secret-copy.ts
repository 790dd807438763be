import { html, nothing } from 'lit';
import type { AdminHost } from './view.js';

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
