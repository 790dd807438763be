import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { StaffSelf } from '../../api/contract/staff.js';
import type { AdminTexts } from '../texts.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { errorWords } from '../../internal/state-messages.js';
import type { AdminClient, AdminError } from './client.js';

type CatalogueOf<T> = T extends { en: infer C } ? C : never;
export type AdminLocalize = LocalizeController<CatalogueOf<AdminTexts>>;

/** What a view of the console may use of `<hearth-admin>`, which hosts it. */
export interface AdminHost extends ReactiveControllerHost, HTMLElement {
  readonly client: AdminClient | undefined;
  readonly localize: AdminLocalize;
  /** The person signed in, once they are. */
  readonly staff: StaffSelf | undefined;
  /** True while this view is the one on screen and someone is signed in. */
  isShown(view: AdminView): boolean;
  /** A `401` means the session ended: back to sign-in, saying why. True when that was it. */
  handleSessionLoss(error: unknown): boolean;
  /** Says something to screen readers through the console's one polite live region. */
  announce(text: string): void;
  /** Focuses the first match of `selector` in the console once the next render is done. */
  focusAfterUpdate(selector: string): Promise<void>;
}

/**
 * One section of the staff console (stories, sign-ups, …): a reactive controller of
 * `<hearth-admin>` that keeps its own state and renders into the console's shadow root, so ids,
 * labels and focus work across the whole console. Call `changed()` after changing state.
 */
export abstract class AdminView implements ReactiveController {
  /** Stable name, used in ids. */
  abstract readonly name: string;

  constructor(readonly host: AdminHost) {
    host.addController(this);
  }

  /** The console's words in its language. */
  get t(): AdminLocalize {
    return this.host.localize;
  }

  protected get shown(): boolean {
    return this.host.isShown(this);
  }

  hostConnected(): void {}

  /** Re-renders the console after a change of this view's state. */
  changed(): void {
    this.host.requestUpdate();
  }

  /** The view's name in the console's navigation. */
  abstract label(): string;

  /** Where focus goes when the view is chosen: its heading. */
  abstract readonly titleSelector: string;

  /** Whether the signed-in person may use this view; the navigation lists only those. */
  available(): boolean {
    return true;
  }

  /**
   * Loads a list or form again after it failed or went out of date, then focuses `selector` (the
   * view's heading unless told otherwise).
   */
  reload(task: { run(): Promise<unknown> }, selector = this.titleSelector): void {
    void task.run().then(() => this.host.focusAfterUpdate(selector));
  }

  /** Called when the view is shown again, e.g. to refresh what it lists. */
  shownAgain(): void {}

  /** Called when someone signs in: forget what the previous person did. */
  reset(): void {}

  abstract render(): TemplateResult;

  /** A request of this view's; when it says the session ended, staff go back to sign in. */
  protected async signedIn<T>(request: Promise<T>): Promise<T> {
    try {
      return await request;
    } catch (error) {
      this.host.handleSessionLoss(error);
      throw error;
    }
  }

  /** What the view shows while its list or form is on its way: a polite status line. */
  loadingMessage(text: string): TemplateResult {
    return html`<p class="message loading" part="message" role="status">${text}</p>`;
  }

  /** What the view shows when its list has nothing in it. */
  emptyMessage(text: string): TemplateResult {
    return html`<p class="message empty" part="message">${text}</p>`;
  }

  /** What the view shows when its list or form could not be loaded: why, and a retry. */
  loadFailedMessage(text: string, retry: () => void): TemplateResult {
    return html`<div class="message error" part="message" role="alert">
      <p>${text}</p>
      <button type="button" @click=${retry}>${this.t.t('adminRetry')}</button>
    </div>`;
  }

  /**
   * Why an action failed, in words: the kit's mapping (`errorWords`), so a failure reads the same
   * in every view; the kinds only staff meet are said where they happen.
   */
  failureText(error: unknown): string {
    return this.t.t(errorWords(error));
  }
}

/**
 * A view that shows secrets once (a one-time password, a token, a setup key): it forgets them,
 * and what staff were doing, when they leave it, when someone signs in, and when the console goes.
 */
export abstract class SecretsView extends AdminView {
  protected abstract forget(): void;

  hostUpdate(): void {
    if (!this.shown) this.forget();
  }

  hostDisconnected(): void {
    this.forget();
  }

  override reset(): void {
    this.forget();
  }
}

/** Where a failure is said: always in the page, so screen readers hear what lands in it. */
export const alertOf = (text: string | undefined, part?: string): TemplateResult =>
  html`<div class="alert" part=${part ?? nothing} role="alert">
    ${text ? html`<p>${text}</p>` : nothing}
  </div>`;

/** A keydown handler that cancels on Escape (a confirmation, a reason form). */
export const onEscape =
  (cancel: () => void) =>
  (event: KeyboardEvent): void => {
    if (event.key === 'Escape') cancel();
  };

/** What a confirmation asks and does; `more` follows the question (what it means, a failure). */
export interface ConfirmOptions {
  /** The question's id: it names the group, and takes focus when asked to. */
  id: string;
  question: unknown;
  more?: unknown;
  /** The danger button's words and, when focus goes to it, its id. */
  action: unknown;
  actionId?: string;
  busy: boolean;
  confirm: () => void;
  cancel: () => void;
}

/**
 * A question before a change that cannot be taken back (revoke, disable, archive, delete): the
 * danger button makes it, Cancel or Escape steps back.
 */
export const confirmBox = (t: AdminLocalize, options: ConfirmOptions): TemplateResult =>
  html`<div
    class="confirm"
    role="group"
    aria-labelledby=${options.id}
    @keydown=${onEscape(options.cancel)}
  >
    <p id=${options.id} tabindex="-1">${options.question}</p>
    ${options.more ?? nothing}
    <div class="actions">
      <button
        type="button"
        class="danger"
        id=${options.actionId ?? nothing}
        aria-disabled=${options.busy ? 'true' : 'false'}
        @click=${options.confirm}
      >
        ${options.action}
      </button>
      <button type="button" class="secondary" @click=${options.cancel}>
        ${t.t('adminCancel')}
      </button>
    </div>
  </div>`;

/** A date and time as the staff member's locale writes them. */
export const formatDateTime = (t: AdminLocalize, iso: string): string =>
  new Intl.DateTimeFormat(t.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

/** The named values of a submitted form, as strings. */
export function fieldsOf(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) values[name] = String(value);
  return values;
}

/** A validation problem's fields in the console's language: worded by code, else the server's. */
export function problemWords(t: AdminLocalize, error: AdminError): Map<string, string> {
  return new Map(
    Object.entries(error.fields).map(([key, message]) => [
      key,
      t.t('adminFieldProblem', error.codes[key] ?? '') || message,
    ]),
  );
}
