/*
 * A form's state, as the sign-up form and the story wall's share form keep it: what the visitor
 * typed, the client rules' errors once a field was left or the form sent, the server's `fields`
 * and `codes` on the right field, the error summary (GOV.UK: it takes focus, its links move focus
 * to the field), and sending with one `Idempotency-Key` per answer, reused on every retry, so a
 * retry keeps every value and never sends twice.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { newIdempotencyKey } from '../api/client.js';
import { ApiError, isApiError } from '../api/errors.js';

type Value = string | boolean | readonly string[];

/** An error shown on a field: a stable code the widget words, or the server's own text. */
export interface FieldError<C extends string> {
  code: C | 'unknown';
  text?: string;
}

export interface FormOptions<
  V extends Record<string, Value>,
  F extends keyof V & string,
  C,
  B extends object = object,
> {
  /** The fields that can show an error, in the order of the form. */
  fields: readonly F[];
  /** Every field empty, for a fresh start. */
  empty: () => V;
  /** The client rules (shared with the server): the body to send, or a code per field. */
  validate: (values: V) => { ok: true; value: B } | { ok: false; fields: Partial<Record<F, C>> };
  /** The codes the widget has words for; others show the server's text. */
  codes: readonly C[];
  /** A field's element id; its error is `<id>-error`. */
  id: (field: F) => string;
  /** The words for a code on a field. */
  words: (field: F, code: C | 'unknown') => string;
  /** Moves focus once an element is rendered (a `FocusController`'s `focus`). */
  focus: (selector: string) => void;
  /** Where errors take focus: the summary (the default), or the first field with one. */
  errorFocus?: 'summary' | 'field';
  /** The element that explains a failed send, focused after one. */
  alert: string;
}

export class FormController<
  V extends Record<string, Value>,
  F extends keyof V & string,
  C extends string,
  B extends object = object,
> implements ReactiveController {
  values: V;
  sending = false;
  submitted = false;
  /** A send that failed other than on a field (offline, busy, closed…). */
  failure?: ApiError;
  /** The errors on screen, worked out once per update. */
  errors = new Map<F, FieldError<C>>();

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: FormOptions<V, F, C, B>;
  #touched = new Set<string>();
  #serverErrors: Partial<Record<F, FieldError<C>>> = {};
  /** One key per answer; a changed answer after a failure makes it a new request. */
  #idempotencyKey?: string;
  #sendController?: AbortController;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FormOptions<V, F, C, B>) {
    this.#host = host;
    this.#options = options;
    this.values = options.empty();
    host.addController(this);
  }

  hostUpdate(): void {
    this.errors = this.#visibleErrors();
  }

  hostDisconnected(): void {
    this.#sendController?.abort();
  }

  /** `input` and `change` of the form's fields: a box ticks, a group of boxes is a list. */
  readonly handleInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const field = input.name;
    if (!Object.hasOwn(this.values, field)) return;
    const current = this.values[field];
    const others = Array.isArray(current) ? current.filter((each) => each !== input.value) : [];
    this.values = {
      ...this.values,
      [field]: Array.isArray(current)
        ? input.checked
          ? [...others, input.value]
          : others
        : input.type === 'checkbox'
          ? input.checked
          : input.value,
    };
    this.#idempotencyKey = undefined;
    if (this.#serverErrors[field as F]) {
      this.#serverErrors = { ...this.#serverErrors, [field]: undefined };
    }
    this.#host.requestUpdate();
  };

  /** `focusout`: a field left counts as touched, and shows its errors from now on. */
  readonly handleBlur = (event: FocusEvent) => {
    const field = (event.target as HTMLInputElement).name;
    if (this.#options.fields.includes(field as F) && !this.#touched.has(field)) {
      this.#touched = new Set(this.#touched).add(field);
      this.#host.requestUpdate();
    }
  };

  readonly #handleSummaryLink = (event: Event) => {
    // The link's href would change the page's URL; move focus to the field instead.
    event.preventDefault();
    const field = (event.currentTarget as HTMLElement).dataset['field']!;
    const inputs = this.#host.shadowRoot!.querySelectorAll<HTMLInputElement>(`[name="${field}"]`);
    ([...inputs].find((input) => input.checked) ?? inputs[0])?.focus();
  };

  /**
   * Checks the answers and, if they pass and `confirm()` agrees (a cancelable event), sends them
   * with `send`, then hands the answer to `sent`. A failure stays on screen, with every value.
   */
  async submit<R>(
    send: (body: B, key: string, signal: AbortSignal) => Promise<R>,
    sent: (answer: R) => void,
    confirm: () => boolean,
  ): Promise<void> {
    if (this.sending) return;
    this.submitted = true;
    this.#serverErrors = {};
    this.failure = undefined;
    const checked = this.#options.validate(this.values);
    if (!checked.ok) return this.#focusErrors();
    if (!confirm()) return this.#host.requestUpdate();
    const website = String(this.values['website'] ?? '').trim();
    const body: B = website ? { ...checked.value, website } : checked.value;
    const key = (this.#idempotencyKey ??= newIdempotencyKey());
    const request = (this.#sendController = new AbortController());
    this.sending = true;
    this.#host.requestUpdate();
    try {
      const answer = await send(body, key, request.signal);
      this.#idempotencyKey = undefined;
      sent(answer);
    } catch (error) {
      if (request.signal.aborted) return;
      const apiError = isApiError(error) ? error : new ApiError('invalid_response', String(error));
      const mapped = this.#fieldErrorsFrom(apiError);
      if (mapped) {
        this.#serverErrors = mapped;
        return this.#focusErrors();
      }
      // A key the server has seen with other answers cannot be retried: the next send is new.
      if (apiError.status === 422) this.#idempotencyKey = undefined;
      this.failure = apiError;
      this.#options.focus(this.#options.alert);
    } finally {
      if (this.#sendController === request) {
        this.sending = false;
        this.#host.requestUpdate();
      }
    }
  }

  /** Stops a send on its way and forgets its outcome; the values stay. */
  startOver(): void {
    this.#sendController?.abort();
    this.sending = false;
    this.failure = undefined;
    this.#serverErrors = {};
    this.submitted = false;
    this.#idempotencyKey = undefined;
    this.#host.requestUpdate();
  }

  /** Empties the form, for a fresh start. */
  reset(): void {
    this.values = this.#options.empty();
    this.#touched = new Set();
    this.startOver();
  }

  /** The id of the field's error, when it shows one (for `aria-describedby`). */
  errorId(field: F): string | undefined {
    return this.errors.has(field) ? `${this.#options.id(field)}-error` : undefined;
  }

  invalid(field: F): 'true' | 'false' {
    return this.errors.has(field) ? 'true' : 'false';
  }

  renderError(field: F) {
    const error = this.errors.get(field);
    return error
      ? html`<p class="error" id=${this.errorId(field)!}>${this.#errorText(field, error)}</p>`
      : nothing;
  }

  /** After a send with errors: what to check, each a link to its field. */
  renderSummary(title: (count: number) => string) {
    if (!this.submitted || this.errors.size === 0) return nothing;
    return html`
      <div
        part="summary"
        class="summary"
        role="group"
        tabindex="-1"
        aria-labelledby="summary-title"
      >
        <h3 id="summary-title">${title(this.errors.size)}</h3>
        <ul>
          ${[...this.errors].map(
            ([field, error]) =>
              html`<li>
                <a
                  href="#${this.#options.id(field)}"
                  data-field=${field}
                  @click=${this.#handleSummaryLink}
                >
                  ${this.#errorText(field, error)}
                </a>
              </li>`,
          )}
        </ul>
      </div>
    `;
  }

  #errorText(field: F, error: FieldError<C>): string {
    return error.code === 'unknown' && error.text
      ? error.text
      : this.#options.words(field, error.code);
  }

  /** The server's errors until the field changes, else ours once it was touched or sent. */
  #visibleErrors(): Map<F, FieldError<C>> {
    const checked = this.#options.validate(this.values);
    const local: Partial<Record<F, C>> = checked.ok ? {} : checked.fields;
    const shown = new Map<F, FieldError<C>>();
    for (const field of this.#options.fields) {
      const server = this.#serverErrors[field];
      const code = local[field];
      if (server) shown.set(field, server);
      else if (code && (this.submitted || this.#touched.has(field))) shown.set(field, { code });
    }
    return shown;
  }

  /** The server's field errors in its codes (or, for codes this version doesn't know, its words). */
  #fieldErrorsFrom(error: ApiError): Partial<Record<F, FieldError<C>>> | undefined {
    if (error.kind !== 'validation' || !error.fields) return undefined;
    const codes = error.problem?.codes ?? {};
    const mapped: Partial<Record<F, FieldError<C>>> = {};
    for (const [field, text] of Object.entries(error.fields)) {
      if (!this.#options.fields.includes(field as F)) continue;
      const code = codes[field] as C | undefined;
      mapped[field as F] =
        code && this.#options.codes.includes(code) ? { code } : { code: 'unknown', text };
    }
    return Object.keys(mapped).length ? mapped : undefined;
  }

  #focusErrors(): void {
    if (this.#options.errorFocus !== 'field') return this.#options.focus('[part~="summary"]');
    this.errors = this.#visibleErrors();
    const first = this.#options.fields.find((field) => this.errors.has(field));
    if (first) this.#options.focus(`[name="${first}"]`);
  }
}

/** "in 2 minutes", from a `Retry-After` in seconds, or `soon` without one. */
export function waitWords(seconds: number | undefined, locale: string, soon: string): string {
  if (seconds === undefined) return soon;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return seconds < 60
    ? format.format(Math.max(1, Math.ceil(seconds)), 'second')
    : format.format(Math.ceil(seconds / 60), 'minute');
}
