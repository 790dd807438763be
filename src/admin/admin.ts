import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { StaffSelf, StaffSession } from '../api/contract/staff.js';
import { adminTexts } from './texts.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { HearthElement } from '../internal/hearth-element.js';
import { tokens } from '../styles/tokens.styles.js';
import { AdminClient, isAdminError, type AdminError } from './kit/client.js';
import { errorWords } from '../internal/state-messages.js';
import { adminStyles } from './kit/console.styles.js';
import { renderField, type FieldOptions } from './kit/field.js';
import { AccountView } from './account/account-view.js';
import { accountStyles } from './account/account.styles.js';
import { AuditView } from './audit/audit-view.js';
import { StaffView } from './staff/staff-view.js';
import { GroupsView } from './groups/groups-view.js';
import { adminGroupsStyles } from './kit/form.styles.js';
import { SettingsView } from './settings/settings-view.js';
import { adminSettingsStyles } from './settings/settings.styles.js';
import { SignupsView } from './signups/signups-view.js';
import { adminSignupsStyles } from './signups/signups.styles.js';
import { StoriesView } from './stories/stories-view.js';
import { adminStoriesStyles } from './stories/stories.styles.js';
import { alertOf, fieldsOf, problemWords, type AdminHost, type AdminView } from './kit/view.js';

type Phase = 'checking' | 'check-failed' | 'signed-out' | 'must-change' | 'signed-in';
type Field = 'email' | 'password' | 'totp' | 'currentPassword' | 'newPassword';

const NEW_PASSWORD_MIN = 12;

/**
 * @tagname hearth-admin
 * @summary The practice's staff console: sign in (with a code when two-step sign-in is on) and
 * moderate stories (crisis-high first), answer sign-ups, keep groups and the practice's settings
 * current, and manage your account, the staff and their tokens, with an activity log for owners.
 *
 * Served from the API's own origin (`/admin`); it uses the HttpOnly session cookie and sends the
 * session's CSRF token on every change. Stories are always shown as plain text.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart form - The sign-in and password forms.
 * @csspart alert - An error in plain words.
 * @csspart story - One story in the review queue.
 * @csspart message - The loading, empty and error states of the queue.
 * @csspart signup - One sign-up request in the list.
 * @csspart export - The link that downloads the sign-ups shown as CSV.
 *
 * @cssproperty --hearth-color-accent - Buttons, links, focus rings.
 * @cssproperty --hearth-color-danger - Errors and the crisis-high marking.
 * @cssproperty --hearth-font-family - Font; inherits the page's by default.
 */
export class HearthAdmin extends HearthElement implements AdminHost {
  static override styles = [
    ...HearthElement.styles,
    tokens,
    adminStyles,
    adminStoriesStyles,
    adminSignupsStyles,
    accountStyles,
    adminGroupsStyles,
    adminSettingsStyles,
  ];

  readonly localize = new LocalizeController(this, () => undefined, adminTexts);

  client: AdminClient | undefined = undefined;

  /** The console's sections, in the order of its navigation. */
  private readonly views: readonly AdminView[] = [
    new StoriesView(this),
    new SignupsView(this),
    new GroupsView(this),
    new SettingsView(this),
    new AccountView(this),
    new StaffView(this),
    new AuditView(this),
  ];

  @state() private phase: Phase = 'checking';
  @state() private view: AdminView = this.views[0]!;
  @state() staff: StaffSelf | undefined = undefined;
  @state() private needTotp = false;
  @state() private busy = false;
  @state() private formError?: AdminError;
  @state() private notice = '';
  @state() private invalid: Field[] = [];
  @state() private announcement = '';

  /** Where the staff API lives; the page that serves the console uses `/`. */
  @property({ attribute: 'api-base' }) apiBase = '/';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase')) {
      this.client = new AdminClient(this.apiBase);
      void this.checkSession();
    }
  }

  isShown(view: AdminView): boolean {
    return this.phase === 'signed-in' && this.view === view;
  }

  announce(text: string): void {
    this.announcement = text;
  }

  private async checkSession(): Promise<void> {
    this.phase = 'checking';
    try {
      this.enter(await this.client!.session());
    } catch (error) {
      this.phase =
        isAdminError(error) && (error.staff === 'signed-out' || error.staff === 'forbidden')
          ? 'signed-out'
          : 'check-failed';
    }
  }

  private enter(session: StaffSession): void {
    this.staff = session.staff;
    this.phase = session.staff.mustChangePassword ? 'must-change' : 'signed-in';
    this.formError = undefined;
    this.notice = '';
    this.needTotp = false;
    for (const view of this.views) view.reset();
    // Someone else may have signed in: back to the first section if this one is not theirs.
    if (!this.view.available()) this.view = this.views[0]!;
  }

  /** A `401` anywhere means the session ended: back to the sign-in form, saying why. */
  handleSessionLoss(error: unknown): boolean {
    if (!isAdminError(error) || error.staff !== 'signed-out') return false;
    this.phase = 'signed-out';
    this.staff = undefined;
    this.notice = this.localize.t('adminSessionEnded');
    return true;
  }

  async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Marks empty required fields; focuses the first. True when all are filled. */
  private checkRequired(values: Record<string, string>, required: Field[]): boolean {
    this.invalid = required.filter((field) => !values[field]?.trim());
    if (this.invalid.length) void this.focusAfterUpdate(`#${this.invalid[0]}`);
    return this.invalid.length === 0;
  }

  private async handleSignIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = fieldsOf(event.target as HTMLFormElement);
    const required: Field[] = ['email', 'password', ...(this.needTotp ? (['totp'] as const) : [])];
    if (!this.checkRequired(values, required) || this.busy) return;
    this.busy = true;
    this.formError = undefined;
    try {
      this.enter(
        await this.client!.login({
          email: values['email']!.trim(),
          password: values['password']!,
          ...(this.needTotp && { totp: values['totp']!.trim() }),
        }),
      );
      void this.focusAfterUpdate(this.phase === 'must-change' ? '#currentPassword' : 'h1');
    } catch (error) {
      if (isAdminError(error) && error.staff === 'totp-required') {
        this.needTotp = true;
        this.notice = this.localize.t('adminTotpNeeded');
        void this.focusAfterUpdate('#totp');
      } else {
        this.formError = isAdminError(error) ? error : undefined;
        this.notice = '';
      }
    } finally {
      this.busy = false;
    }
  }

  private async handlePasswordChange(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = fieldsOf(event.target as HTMLFormElement);
    if (!this.checkRequired(values, ['currentPassword', 'newPassword']) || this.busy) return;
    if (values['newPassword']!.length < NEW_PASSWORD_MIN) {
      this.invalid = ['newPassword'];
      void this.focusAfterUpdate('#newPassword');
      return;
    }
    this.busy = true;
    this.formError = undefined;
    try {
      this.enter(
        await this.client!.changePassword(values['currentPassword']!, values['newPassword']!),
      );
      void this.focusAfterUpdate('h1');
    } catch (error) {
      if (!this.handleSessionLoss(error)) this.formError = isAdminError(error) ? error : undefined;
    } finally {
      this.busy = false;
    }
  }

  private async handleSignOut(): Promise<void> {
    try {
      await this.client!.logout();
    } catch (error) {
      // Signed out already, or unreachable: either way this browser shows the sign-in form.
      if (!isAdminError(error)) throw error;
    }
    this.phase = 'signed-out';
    this.staff = undefined;
    this.notice = this.localize.t('adminSignedOut');
    void this.focusAfterUpdate('#email');
  }

  private handleView(view: AdminView): void {
    if (view === this.view) return;
    this.view = view;
    this.announcement = '';
    view.shownAgain();
    void this.focusAfterUpdate(view.titleSelector);
  }

  /** Why signing in or changing the password failed: the staff-only kinds, then the kit's words. */
  private errorText(error: AdminError): string {
    const t = this.localize;
    if (error.staff === 'wrong-credentials' || error.staff === 'totp-required') {
      return t.t('adminWrongCredentials');
    }
    if (error.kind === 'rate_limited') return t.t('adminLocked', error.retryAfter);
    const problems = [...problemWords(t, error).values()].join(' ');
    const words = errorWords(error);
    // These forms offer no other step: what is neither a problem nor the connection is the server's.
    return problems || t.t(words === 'errorNetwork' ? words : 'errorServer');
  }

  private renderField(
    field: Field,
    label: string,
    type: FieldOptions['type'],
    autocomplete: string,
    hint?: string,
    problem?: string,
  ) {
    return renderField({
      id: field,
      name: field,
      label,
      type,
      autocomplete,
      hint,
      inputmode: field === 'totp' ? 'numeric' : undefined,
      error: this.invalid.includes(field)
        ? (problem ?? this.localize.t('adminRequired'))
        : undefined,
    });
  }

  private renderFormAlert() {
    return alertOf(this.formError ? this.errorText(this.formError) : undefined, 'alert');
  }

  private renderSignIn() {
    const t = this.localize.messages;
    return html`<form part="form" novalidate @submit=${this.handleSignIn}>
      <h1>${t.adminSignInTitle}</h1>
      <p class="notice" role="status">${this.notice}</p>
      ${this.renderFormAlert()} ${this.renderField('email', t.adminEmail, 'email', 'username')}
      ${this.renderField('password', t.adminPassword, 'password', 'current-password')}
      ${
        this.needTotp
          ? this.renderField('totp', t.adminTotp, 'text', 'one-time-code', t.adminTotpHint)
          : nothing
      }
      <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
        ${this.busy ? t.adminSigningIn : t.adminSignIn}
      </button>
    </form>`;
  }

  private renderPasswordChange() {
    const t = this.localize.messages;
    return html`<form part="form" novalidate @submit=${this.handlePasswordChange}>
      <h1 tabindex="-1">${t.adminChangeTitle}</h1>
      <p>${t.adminChangeIntro}</p>
      ${this.renderFormAlert()}
      ${this.renderField('currentPassword', t.adminCurrentPassword, 'password', 'current-password')}
      ${this.renderField(
        'newPassword',
        t.adminNewPassword,
        'password',
        'new-password',
        t.adminNewPasswordHint,
        t.adminNewPasswordShort,
      )}
      <div class="actions">
        <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? t.adminSaving : t.adminChangePassword}
        </button>
        <button type="button" class="secondary" @click=${this.handleSignOut}>
          ${t.adminSignOut}
        </button>
      </div>
    </form>`;
  }

  private renderNav() {
    const t = this.localize;
    return html`<nav aria-label=${t.t('adminViews')}>
      <ul class="actions nav">
        ${this.views
          .filter((view) => view.available())
          .map(
            (view) =>
              html`<li>
                <button
                  type="button"
                  class=${this.view === view ? '' : 'secondary'}
                  aria-pressed=${this.view === view ? 'true' : 'false'}
                  @click=${() => this.handleView(view)}
                >
                  ${view.label()}
                </button>
              </li>`,
          )}
      </ul>
    </nav>`;
  }

  private renderConsole() {
    const t = this.localize;
    return html`<header class="header">
        <h1 tabindex="-1">${t.t('adminTitle')}</h1>
        <p>${t.t('adminSignedInAs', this.staff?.email ?? '')}</p>
        <button type="button" class="secondary" @click=${this.handleSignOut}>
          ${t.t('adminSignOut')}
        </button>
      </header>
      ${this.renderNav()} ${this.view.render()}`;
  }

  private renderPhase() {
    const t = this.localize.messages;
    switch (this.phase) {
      case 'checking':
        return html`<p class="message loading" part="message" role="status">${t.adminChecking}</p>`;
      case 'check-failed':
        return html`<div class="message error" part="message" role="alert">
          <p>${t.errorNetwork}</p>
          <button type="button" @click=${this.checkSession}>${t.adminRetry}</button>
        </div>`;
      case 'signed-out':
        return this.renderSignIn();
      case 'must-change':
        return this.renderPasswordChange();
      case 'signed-in':
        return this.renderConsole();
    }
  }

  override render() {
    return html`<div class="base" part="base" lang=${this.localize.lang} dir=${this.localize.dir}>
      ${this.renderPhase()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}
