import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  STAFF_SIGNUP_STATUSES,
  type StaffSelf,
  type StaffSession,
  type StaffSignup,
  type StaffStory,
} from '../api/admin-types.js';
import { adminTexts } from '../i18n/admin-texts.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { HearthElement } from '../internal/hearth-element.js';
import { tokens } from '../styles/tokens.styles.js';
import { AdminClient, isAdminError, type AdminError } from './admin-client.js';
import { adminStyles } from './admin.styles.js';

type View = 'stories' | 'signups';
type Phase = 'checking' | 'check-failed' | 'signed-out' | 'must-change' | 'signed-in';
type Field = 'email' | 'password' | 'totp' | 'currentPassword' | 'newPassword';

const NEW_PASSWORD_MIN = 12;
const CRISIS_ORDER = { high: 0, medium: 1, low: 2, none: 3 } as const;

/**
 * @tagname hearth-admin
 * @summary The practice's staff console: sign in (with a code when two-step sign-in is on),
 * change a one-time password, and review the stories waiting for approval — crisis-high first.
 *
 * Served from the API's own origin (`/admin`); it uses the HttpOnly session cookie and sends the
 * session's CSRF token on every change. Stories are always shown as plain text.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart form - The sign-in and password forms.
 * @csspart alert - An error in plain words.
 * @csspart story - One story in the review queue.
 * @csspart message - The loading, empty and error states of the queue.
 *
 * @cssproperty --hearth-color-accent - Buttons, links, focus rings.
 * @cssproperty --hearth-color-danger - Errors and the crisis-high marking.
 * @cssproperty --hearth-font-family - Font; inherits the page's by default.
 */
export class HearthAdmin extends HearthElement {
  static override styles = [...HearthElement.styles, tokens, adminStyles];

  private readonly localize = new LocalizeController(this, () => undefined, adminTexts);

  private client?: AdminClient;

  private readonly queueTask = new Task(this, {
    task: async ([client, signedIn]: readonly [AdminClient | undefined, boolean], { signal }) => {
      if (!client || !signedIn) return [];
      try {
        const { items } = await client.storyQueue(signal);
        return [...items].sort(
          (a, b) => CRISIS_ORDER[a.flags.crisis] - CRISIS_ORDER[b.flags.crisis],
        );
      } catch (error) {
        this.handleSessionLoss(error);
        throw error;
      }
    },
    args: () => [this.client, this.phase === 'signed-in'] as const,
  });

  private readonly signupsTask = new Task(this, {
    task: async ([client, shown]: readonly [AdminClient | undefined, boolean], { signal }) => {
      if (!client || !shown) return [];
      try {
        return (await client.signups(signal)).items;
      } catch (error) {
        this.handleSessionLoss(error);
        throw error;
      }
    },
    args: () => [this.client, this.phase === 'signed-in' && this.view === 'signups'] as const,
  });

  @state() private phase: Phase = 'checking';
  @state() private view: View = 'stories';
  /** Sign-ups changed in this session, over the loaded list. */
  @state() private updatedSignups: ReadonlyMap<string, StaffSignup> = new Map();
  @state() private signupFailed?: { id: string; message: string };
  @state() private staff?: StaffSelf;
  @state() private needTotp = false;
  @state() private busy = false;
  @state() private formError?: AdminError;
  @state() private notice = '';
  @state() private invalid: Field[] = [];
  @state() private handled: ReadonlySet<string> = new Set();
  @state() private rejecting?: string;
  @state() private reasonMissing = false;
  @state() private actionFailed?: { id: string; message: string };
  @state() private acting?: string;
  @state() private announcement = '';

  /** Where the staff API lives; the page that serves the console uses `/`. */
  @property({ attribute: 'api-base' }) apiBase = '/';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase')) {
      this.client = new AdminClient(this.apiBase);
      void this.checkSession();
    }
  }

  private get queue(): StaffStory[] {
    const stories = this.queueTask.value ?? [];
    return stories.filter((story) => !this.handled.has(story.id));
  }

  /** The sign-ups, with this session's changes, by group name. */
  private get signupsByGroup(): [string, StaffSignup[]][] {
    const groups = new Map<string, StaffSignup[]>();
    for (const loaded of this.signupsTask.value ?? []) {
      const signup = this.updatedSignups.get(loaded.id) ?? loaded;
      groups.set(signup.groupName, [...(groups.get(signup.groupName) ?? []), signup]);
    }
    return [...groups];
  }

  private async checkSession(): Promise<void> {
    this.phase = 'checking';
    try {
      this.enter(await this.client!.session());
    } catch (error) {
      this.phase =
        isAdminError(error) && (error.kind === 'signed-out' || error.kind === 'forbidden')
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
    this.handled = new Set();
  }

  /** A `401` anywhere means the session ended: back to the sign-in form, saying why. */
  private handleSessionLoss(error: unknown): boolean {
    if (!isAdminError(error) || error.kind !== 'signed-out') return false;
    this.phase = 'signed-out';
    this.staff = undefined;
    this.notice = this.localize.t('adminSessionEnded');
    return true;
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private fieldsOf(form: HTMLFormElement): Record<string, string> {
    const values: Record<string, string> = {};
    for (const [name, value] of new FormData(form)) values[name] = String(value);
    return values;
  }

  /** Marks empty required fields; focuses the first. True when all are filled. */
  private checkRequired(values: Record<string, string>, required: Field[]): boolean {
    this.invalid = required.filter((field) => !values[field]?.trim());
    if (this.invalid.length) void this.focusAfterUpdate(`#${this.invalid[0]}`);
    return this.invalid.length === 0;
  }

  private async handleSignIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const values = this.fieldsOf(event.target as HTMLFormElement);
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
      if (isAdminError(error) && error.kind === 'totp-required') {
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
    const values = this.fieldsOf(event.target as HTMLFormElement);
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

  private async handleApprove(story: StaffStory): Promise<void> {
    await this.act(story, () => this.client!.approveStory(story.id), 'adminApproved');
  }

  private handleRejectStart(story: StaffStory): void {
    this.rejecting = story.id;
    this.reasonMissing = false;
    this.actionFailed = undefined;
    void this.focusAfterUpdate(`#reason-${story.id}`);
  }

  private handleRejectCancel(story: StaffStory): void {
    this.rejecting = undefined;
    this.reasonMissing = false;
    void this.focusAfterUpdate(`#reject-${story.id}`);
  }

  private handleRejectKeydown(event: KeyboardEvent, story: StaffStory): void {
    if (event.key === 'Escape') this.handleRejectCancel(story);
  }

  private async handleRejectSubmit(event: SubmitEvent, story: StaffStory): Promise<void> {
    event.preventDefault();
    const reason = this.fieldsOf(event.target as HTMLFormElement)['reason']?.trim() ?? '';
    if (!reason) {
      this.reasonMissing = true;
      void this.focusAfterUpdate(`#reason-${story.id}`);
      return;
    }
    await this.act(story, () => this.client!.rejectStory(story.id, reason), 'adminRejected');
  }

  /** Sends one decision; on success the story leaves the list and focus moves to the next. */
  private async act(
    story: StaffStory,
    send: () => Promise<unknown>,
    done: 'adminApproved' | 'adminRejected',
  ): Promise<void> {
    if (this.acting) return;
    this.acting = story.id;
    this.actionFailed = undefined;
    const before = this.queue;
    const next = before[before.indexOf(story) + 1] ?? before[before.indexOf(story) - 1];
    try {
      await send();
      this.handled = new Set([...this.handled, story.id]);
      this.rejecting = undefined;
      this.announcement = this.localize.t(done);
      void this.focusAfterUpdate(next ? `#story-${next.id}` : '#queue-title');
    } catch (error) {
      if (this.handleSessionLoss(error)) return;
      if (isAdminError(error) && error.kind === 'conflict') {
        this.announcement = this.localize.t('adminAlreadyHandled');
        this.rejecting = undefined;
        void this.queueTask.run().then(() => this.focusAfterUpdate('#queue-title'));
        return;
      }
      this.actionFailed = { id: story.id, message: this.localize.t('adminActionFailed') };
    } finally {
      this.acting = undefined;
    }
  }

  private handleView(view: View): void {
    this.view = view;
    this.announcement = '';
    void this.focusAfterUpdate(view === 'stories' ? '#queue-title' : '#signups-title');
  }

  private async handleStatusSubmit(event: SubmitEvent, signup: StaffSignup): Promise<void> {
    event.preventDefault();
    const status = this.fieldsOf(event.target as HTMLFormElement)['status'] as
      StaffSignup['status'] | undefined;
    if (!status || status === signup.status || this.acting) return;
    this.acting = signup.id;
    this.signupFailed = undefined;
    try {
      const updated = await this.client!.changeSignupStatus(signup.id, status);
      this.updatedSignups = new Map([...this.updatedSignups, [signup.id, updated]]);
      this.announcement = this.localize.t(
        'adminStatusChanged',
        signup.name,
        this.localize.t('adminSignupStatus', updated.status),
      );
    } catch (error) {
      if (this.handleSessionLoss(error)) return;
      const conflict = isAdminError(error) && error.kind === 'conflict';
      this.signupFailed = {
        id: signup.id,
        message: this.localize.t(conflict ? 'adminNoSeat' : 'adminActionFailed'),
      };
    } finally {
      this.acting = undefined;
    }
  }

  private handleRetrySignups(): void {
    void this.signupsTask.run().then(() => this.focusAfterUpdate('#signups-title'));
  }

  private handleRetryQueue(): void {
    void this.queueTask.run().then(() => this.focusAfterUpdate('#queue-title'));
  }

  private errorText(error: AdminError | undefined): string {
    switch (error?.kind) {
      case 'wrong-credentials':
      case 'totp-required':
        return this.localize.t('adminWrongCredentials');
      case 'locked':
        return this.localize.t('adminLocked', error.retryAfter);
      case 'network':
        return this.localize.t('adminNetwork');
      case 'invalid':
        return Object.values(error.fields).join(' ') || this.localize.t('adminServer');
      default:
        return this.localize.t('adminServer');
    }
  }

  private renderField(
    field: Field,
    label: string,
    type: string,
    autocomplete: string,
    hint?: string,
    problem?: string,
  ) {
    const invalid = this.invalid.includes(field);
    const message = invalid ? (problem ?? this.localize.t('adminRequired')) : '';
    const described = [hint ? `${field}-hint` : '', invalid ? `${field}-error` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class="field">
      <label for=${field}>${label}</label>
      ${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing}
      <input
        id=${field}
        name=${field}
        type=${type}
        autocomplete=${autocomplete}
        inputmode=${ifDefined(field === 'totp' ? 'numeric' : undefined)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(described || undefined)}
        required
      />
      ${invalid ? html`<p class="error" id="${field}-error">${message}</p>` : nothing}
    </div>`;
  }

  private renderFormAlert() {
    return html`<div class="alert" part="alert" role="alert">
      ${this.formError ? html`<p>${this.errorText(this.formError)}</p>` : nothing}
    </div>`;
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

  private renderFlags(story: StaffStory) {
    const t = this.localize;
    const { flags, reports } = story;
    const items = [
      flags.personalDetails.length
        ? t.t(
            'adminPersonalDetails',
            new Intl.ListFormat(t.locale).format(
              flags.personalDetails.map((kind) => t.t('adminDetail', kind)),
            ),
          )
        : '',
      flags.links ? t.t('adminLinks', flags.links) : '',
      flags.repeat ? t.t('adminRepeat') : '',
      flags.spam.length ? t.t('adminSpam') : '',
      reports.count ? t.t('adminReports', reports.count) : '',
      story.status === 'hidden' ? t.t('adminStatusHidden') : '',
    ].filter(Boolean);
    if (!items.length) return nothing;
    return html`<ul class="flags" aria-label=${t.t('adminFlags')}>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>`;
  }

  private renderStory(story: StaffStory, index: number, total: number) {
    const t = this.localize;
    const crisis = story.flags.crisis;
    const rejecting = this.rejecting === story.id;
    const busy = this.acting === story.id;
    return html`<li>
      <article part="story" class="story crisis-${crisis}" aria-labelledby="story-${story.id}">
        <h3 id="story-${story.id}" tabindex="-1">${t.t('adminStoryHeading', index + 1, total)}</h3>
        ${crisis !== 'none' ? html`<p class="crisis"><strong>${t.t('adminCrisis', crisis)}</strong></p>` : nothing}
        ${this.renderFlags(story)}
        ${
          story.contentWarning
            ? html`<p class="meta">${t.t('adminContentNote', story.contentWarning)}</p>`
            : nothing
        }
        ${
          story.topics.length
            ? html`<p class="meta">
                ${t.t('adminTopics', new Intl.ListFormat(t.locale).format(story.topics))}
              </p>`
            : nothing
        }
        <p class="visually-hidden">${t.t('adminMaskedText')}</p>
        <blockquote class="body">
          ${story.masked.segments.map((segment) =>
            segment.kind ? html`<mark>${segment.text}</mark>` : segment.text,
          )}
        </blockquote>
        <div class="alert" role="alert">
          ${this.actionFailed?.id === story.id ? html`<p>${this.actionFailed.message}</p>` : nothing}
        </div>
        ${rejecting ? this.renderRejectForm(story, busy) : this.renderDecisions(story, busy)}
      </article>
    </li>`;
  }

  private renderDecisions(story: StaffStory, busy: boolean) {
    const t = this.localize.messages;
    return html`<div class="actions">
      <button
        type="button"
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => this.handleApprove(story)}
      >
        ${t.adminApprove}
      </button>
      <button
        type="button"
        class="secondary"
        id="reject-${story.id}"
        @click=${() => this.handleRejectStart(story)}
      >
        ${t.adminReject}
      </button>
    </div>`;
  }

  private renderRejectForm(story: StaffStory, busy: boolean) {
    const t = this.localize.messages;
    const id = `reason-${story.id}`;
    return html`<form
      class="reject"
      novalidate
      @submit=${(event: SubmitEvent) => this.handleRejectSubmit(event, story)}
      @keydown=${(event: KeyboardEvent) => this.handleRejectKeydown(event, story)}
    >
      <label for=${id}>${t.adminRejectReason}</label>
      <textarea
        id=${id}
        name="reason"
        rows="2"
        maxlength="500"
        aria-invalid=${this.reasonMissing ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.reasonMissing ? `${id}-error` : undefined)}
      ></textarea>
      ${
        this.reasonMissing
          ? html`<p class="error" id="${id}-error">${t.adminReasonNeeded}</p>`
          : nothing
      }
      <div class="actions">
        <button type="submit" class="danger" aria-disabled=${busy ? 'true' : 'false'}>
          ${t.adminRejectConfirm}
        </button>
        <button type="button" class="secondary" @click=${() => this.handleRejectCancel(story)}>
          ${t.adminCancel}
        </button>
      </div>
    </form>`;
  }

  private renderQueue() {
    const t = this.localize.messages;
    return html`<section aria-labelledby="queue-title">
      <h2 id="queue-title" tabindex="-1">${t.adminQueueTitle}</h2>
      ${this.queueTask.render({
        pending: () =>
          html`<p class="message loading" part="message" role="status">${t.adminQueueLoading}</p>`,
        error: () =>
          html`<div class="message error" part="message" role="alert">
            <p>${t.adminQueueError}</p>
            <button type="button" @click=${this.handleRetryQueue}>${t.adminRetry}</button>
          </div>`,
        complete: () => {
          const queue = this.queue;
          if (!queue.length) {
            return html`<p class="message empty" part="message">${t.adminQueueEmpty}</p>`;
          }
          return html`<p class="count">${this.localize.t('adminQueueCount', queue.length)}</p>
            <ol class="queue">
              ${queue.map((story, index) => this.renderStory(story, index, queue.length))}
            </ol>`;
        },
      })}
    </section>`;
  }

  private renderSignup(signup: StaffSignup) {
    const t = this.localize;
    const id = `status-${signup.id}`;
    const received = new Intl.DateTimeFormat(t.locale, { dateStyle: 'medium' }).format(
      new Date(signup.createdAt),
    );
    return html`<li class="signup" aria-labelledby="signup-${signup.id}">
      <h4 id="signup-${signup.id}">${signup.name}</h4>
      <p>
        <a href="mailto:${signup.email}">${signup.email}</a>${
          signup.phone ? html` · ${signup.phone}` : nothing
        }
      </p>
      <p class="meta">
        ${t.t('adminSignupStatus', signup.status)} · ${t.t('adminSignupReceived', received)}
      </p>
      <form
        class="actions"
        novalidate
        @submit=${(event: SubmitEvent) => this.handleStatusSubmit(event, signup)}
      >
        <label for=${id}>${t.t('adminStatusLabel')}</label>
        <select id=${id} name="status">
          ${STAFF_SIGNUP_STATUSES.map(
            (status) =>
              html`<option value=${status} ?selected=${status === signup.status}>
                ${t.t('adminSignupStatus', status)}
              </option>`,
          )}
        </select>
        <button type="submit" aria-disabled=${this.acting === signup.id ? 'true' : 'false'}>
          ${t.t('adminChangeStatus')}
        </button>
      </form>
      <div class="alert" role="alert">
        ${this.signupFailed?.id === signup.id ? html`<p>${this.signupFailed.message}</p>` : nothing}
      </div>
    </li>`;
  }

  private renderSignups() {
    const t = this.localize;
    return html`<section aria-labelledby="signups-title">
      <h2 id="signups-title" tabindex="-1">${t.t('adminSignupsTitle')}</h2>
      ${this.signupsTask.render({
        pending: () =>
          html`<p class="message loading" part="message" role="status">
            ${t.t('adminSignupsLoading')}
          </p>`,
        error: () =>
          html`<div class="message error" part="message" role="alert">
            <p>${t.t('adminSignupsError')}</p>
            <button type="button" @click=${this.handleRetrySignups}>${t.t('adminRetry')}</button>
          </div>`,
        complete: () => {
          const groups = this.signupsByGroup;
          if (!groups.length) {
            return html`<p class="message empty" part="message">${t.t('adminSignupsEmpty')}</p>`;
          }
          return groups.map(
            ([name, signups]) =>
              html`<section class="group" aria-label=${name}>
                <h3>
                  ${name} <span class="meta">(${t.t('adminSignupCount', signups.length)})</span>
                </h3>
                <ul class="queue">
                  ${signups.map((signup) => this.renderSignup(signup))}
                </ul>
              </section>`,
          );
        },
      })}
    </section>`;
  }

  private renderNav() {
    const t = this.localize;
    const views: [View, string][] = [
      ['stories', t.t('adminStoriesView')],
      ['signups', t.t('adminSignupsView')],
    ];
    return html`<nav aria-label=${t.t('adminViews')}>
      <ul class="actions nav">
        ${views.map(
          ([view, label]) =>
            html`<li>
              <button
                type="button"
                class=${this.view === view ? '' : 'secondary'}
                aria-pressed=${this.view === view ? 'true' : 'false'}
                @click=${() => this.handleView(view)}
              >
                ${label}
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
      ${this.renderNav()} ${this.view === 'stories' ? this.renderQueue() : this.renderSignups()}`;
  }

  private renderPhase() {
    const t = this.localize.messages;
    switch (this.phase) {
      case 'checking':
        return html`<p class="message loading" part="message" role="status">${t.adminChecking}</p>`;
      case 'check-failed':
        return html`<div class="message error" part="message" role="alert">
          <p>${t.adminNetwork}</p>
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
