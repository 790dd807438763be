import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import type {
  StaffList,
  StaffSession,
  StaffToken,
  StaffTokenCreated,
  TotpSetup,
} from '../../api/contract/staff.js';
import { isAdminError, type AdminClient } from '../kit/client.js';
import { renderField } from '../kit/field.js';
import { SecretCopy } from '../kit/secret-copy.js';
import { FIELD_IDS, type Field, type Section } from './account-fields.js';
import { renderTokens } from './tokens-section.js';
import { renderTotp } from './totp-section.js';
import { alertOf, fieldsOf, SecretsView, type AdminHost } from '../kit/view.js';

const NEW_PASSWORD_MIN = 12;

/**
 * The signed-in person's own account: change the password, set up or turn off two-step sign-in
 * (TOTP), and create or revoke access tokens for scripts. Secrets shown once (the TOTP setup key,
 * a new token) live only in this view's memory and are forgotten when staff leave the view.
 * Its two-step sign-in and token parts are drawn by `totp-section.ts` and `tokens-section.ts`,
 * which read the members left without `private`.
 */
export class AccountView extends SecretsView {
  readonly name = 'account';
  readonly titleSelector = '#account-title';

  readonly tokensTask: Task<readonly [AdminClient | undefined, boolean], StaffToken[]>;
  readonly secrets = new SecretCopy(this.host, () => this.changed());
  errors: Partial<Record<Field, string>> = {};
  private alerts: Partial<Record<Section, string>> = {};
  busy?: string;
  private passwordDone = false;
  /** Two-step sign-in as changed here; the session's value until then. */
  private totpOn?: boolean;
  setup?: TotpSetup;
  turningOff = false;
  created?: StaffTokenCreated;
  private addedTokens: StaffToken[] = [];
  private revokedTokens: ReadonlySet<string> = new Set();
  revoking?: string;
  revokeFailed?: { id: string; message: string };

  constructor(host: AdminHost) {
    super(host);
    this.tokensTask = new Task(host, {
      task: async ([client, shown], { signal }) => {
        if (!client || !shown) return [];
        const list = await this.signedIn(
          client.request<StaffList<StaffToken>>('GET', 'v1/admin/account/tokens', { signal }),
        );
        return list.items;
      },
      args: () => [this.host.client, this.shown] as const,
    });
  }

  label(): string {
    return this.t.t('adminAccountView');
  }

  override reset(): void {
    super.reset();
    this.totpOn = undefined;
  }

  protected forget(): void {
    this.setup = undefined;
    this.created = undefined;
    this.secrets.forget();
    this.turningOff = false;
    this.revoking = undefined;
    this.revokeFailed = undefined;
    this.errors = {};
    this.alerts = {};
    this.passwordDone = false;
    this.addedTokens = [];
    this.revokedTokens = new Set();
  }

  get totpEnabled(): boolean {
    return this.totpOn ?? this.host.staff?.totpEnabled ?? false;
  }

  get tokens(): StaffToken[] {
    return [...(this.tokensTask.value ?? []), ...this.addedTokens].filter(
      (token) => !this.revokedTokens.has(token.id),
    );
  }

  /** Shows these field problems, focusing the first; true when there are any. */
  private invalid(errors: Partial<Record<Field, string>>): boolean {
    this.errors = errors;
    this.changed();
    const first = (Object.keys(FIELD_IDS) as Field[]).find((field) => errors[field]);
    if (first) void this.host.focusAfterUpdate(`#${FIELD_IDS[first]}`);
    return first !== undefined;
  }

  /**
   * Sends one change. `explain` turns a failure into field problems or a message of its own
   * (return true when it did); otherwise the section's alert says what went wrong. What staff
   * typed stays in the form.
   */
  private async send(
    busy: string,
    section: Section,
    action: () => Promise<void>,
    explain: (error: unknown) => boolean = () => false,
  ): Promise<void> {
    if (this.busy) return;
    this.busy = busy;
    this.alerts = { ...this.alerts, [section]: undefined };
    this.changed();
    try {
      await action();
    } catch (error) {
      if (this.host.handleSessionLoss(error)) return;
      if (!explain(error)) this.alerts = { ...this.alerts, [section]: this.failureText(error) };
    } finally {
      this.busy = undefined;
      this.changed();
    }
  }

  private async handlePassword(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = fieldsOf(form);
    const current = values['currentPassword'] ?? '';
    const next = values['newPassword'] ?? '';
    const t = this.t;
    this.passwordDone = false;
    const errors: Partial<Record<Field, string>> = {};
    if (!current) errors.current = t.t('adminRequired');
    if (!next) errors.new = t.t('adminRequired');
    else if (next.length < NEW_PASSWORD_MIN) errors.new = t.t('adminNewPasswordShort');
    else if (next === current) errors.new = t.t('adminPasswordSame');
    if (this.invalid(errors)) return;
    await this.send(
      'password',
      'password',
      async () => {
        await this.host.client!.changePassword(current, next);
        form.reset();
        this.passwordDone = true;
        this.host.announce(t.t('adminPasswordChanged'));
      },
      (error) =>
        isAdminError(error) &&
        error.kind === 'validation' &&
        this.invalid({
          ...(error.fields['currentPassword'] && { current: t.t('adminPasswordWrong') }),
          ...(error.fields['newPassword'] && { new: t.t('adminPasswordRejected') }),
        }),
    );
  }

  async handleTotpStart(): Promise<void> {
    await this.send(
      'totp-start',
      'totp',
      async () => {
        const setup = await this.host.client!.request<TotpSetup>('POST', 'v1/admin/account/totp', {
          body: {},
        });
        // Staff left while it was on its way: a key nobody sees is not kept.
        if (!this.shown) return;
        this.setup = setup;
        this.errors = {};
        this.host.announce(this.t.t('adminTotpSetupTitle'));
        void this.host.focusAfterUpdate('#totp-setup-title');
      },
      (error) => this.totpConflict(error, 'adminTotpAlreadyOn', true),
    );
  }

  /** A `409`: the server's state is not what this view showed; say so and follow it. */
  private totpConflict(
    error: unknown,
    words: 'adminTotpAlreadyOn' | 'adminTotpSetupLost',
    on: boolean,
  ) {
    if (!isAdminError(error) || error.kind !== 'conflict') return false;
    this.alerts = { ...this.alerts, totp: this.t.t(words) };
    this.setup = undefined;
    this.totpOn = on;
    void this.host.focusAfterUpdate('#totp-title');
    return true;
  }

  async handleTotpConfirm(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const code = (fieldsOf(event.target as HTMLFormElement)['code'] ?? '').replace(/\s+/g, '');
    if (!code) return void this.invalid({ code: this.t.t('adminRequired') });
    if (!/^\d{6}$/.test(code)) return void this.invalid({ code: this.t.t('adminTotpCodeFormat') });
    this.errors = {};
    await this.send(
      'totp-confirm',
      'totp',
      async () => {
        const session = await this.host.client!.request<StaffSession>(
          'POST',
          'v1/admin/account/totp/confirm',
          { body: { code } },
        );
        this.totpOn = session.staff.totpEnabled;
        this.setup = undefined;
        this.secrets.forget();
        this.host.announce(this.t.t('adminTotpEnabled'));
        void this.host.focusAfterUpdate('#totp-title');
      },
      (error) =>
        (isAdminError(error) &&
          error.kind === 'validation' &&
          this.invalid({ code: this.t.t('adminTotpCodeWrong') })) ||
        this.totpConflict(error, 'adminTotpSetupLost', false),
    );
  }

  handleTotpCancel(): void {
    this.setup = undefined;
    this.secrets.forget();
    this.errors = {};
    this.alerts = { ...this.alerts, totp: undefined };
    this.host.announce(this.t.t('adminTotpSetupCancelled'));
    this.changed();
    void this.host.focusAfterUpdate('#totp-start');
  }

  handleTurnOffStart(): void {
    this.turningOff = true;
    this.alerts = { ...this.alerts, totp: undefined };
    this.changed();
    void this.host.focusAfterUpdate('#totp-off-password');
  }

  handleTurnOffCancel(): void {
    this.turningOff = false;
    this.errors = {};
    this.alerts = { ...this.alerts, totp: undefined };
    this.changed();
    void this.host.focusAfterUpdate('#totp-off');
  }

  async handleTurnOff(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const password = fieldsOf(event.target as HTMLFormElement)['password'] ?? '';
    if (!password) return void this.invalid({ offPassword: this.t.t('adminRequired') });
    this.errors = {};
    await this.send(
      'totp-off',
      'totp',
      async () => {
        const session = await this.host.client!.request<StaffSession>(
          'DELETE',
          'v1/admin/account/totp',
          { body: { password } },
        );
        this.totpOn = session.staff.totpEnabled;
        this.turningOff = false;
        this.host.announce(this.t.t('adminTotpDisabled'));
        void this.host.focusAfterUpdate('#totp-start');
      },
      (error) =>
        isAdminError(error) &&
        error.kind === 'validation' &&
        this.invalid({ offPassword: this.t.t('adminPasswordWrong') }),
    );
  }

  async handleTokenCreate(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const name = (fieldsOf(form)['name'] ?? '').trim();
    if (!name) return void this.invalid({ tokenName: this.t.t('adminRequired') });
    this.errors = {};
    await this.send('token-create', 'tokens', async () => {
      const created = await this.host.client!.request<StaffTokenCreated>(
        'POST',
        'v1/admin/account/tokens',
        { body: { name } },
      );
      const { id, createdAt, lastUsedAt } = created;
      this.addedTokens = [...this.addedTokens, { id, name: created.name, createdAt, lastUsedAt }];
      form.reset();
      if (!this.shown) return;
      this.created = created;
      this.host.announce(this.t.t('adminTokenCreatedSaid'));
      void this.host.focusAfterUpdate('#token-created-title');
    });
  }

  handleTokenDone(): void {
    this.created = undefined;
    this.secrets.forget();
    this.changed();
    void this.host.focusAfterUpdate('#token-name');
  }

  handleRevokeStart(token: StaffToken): void {
    this.revoking = token.id;
    this.revokeFailed = undefined;
    this.changed();
    void this.host.focusAfterUpdate(`#revoke-question-${token.id}`);
  }

  handleRevokeCancel(token: StaffToken): void {
    this.revoking = undefined;
    this.changed();
    void this.host.focusAfterUpdate(`#revoke-${token.id}`);
  }

  async handleRevoke(token: StaffToken): Promise<void> {
    if (this.busy) return;
    this.busy = `revoke:${token.id}`;
    this.revokeFailed = undefined;
    this.changed();
    try {
      await this.host.client!.request<void>(
        'DELETE',
        `v1/admin/account/tokens/${encodeURIComponent(token.id)}`,
      );
      this.host.announce(this.t.t('adminTokenRevoked', token.name));
      this.dropToken(token);
    } catch (error) {
      if (this.host.handleSessionLoss(error)) return;
      if (isAdminError(error) && error.kind === 'conflict') {
        this.host.announce(this.t.t('adminTokenGone'));
        this.dropToken(token);
      } else {
        this.revokeFailed = { id: token.id, message: this.failureText(error) };
      }
    } finally {
      this.busy = undefined;
      this.changed();
    }
  }

  private dropToken(token: StaffToken): void {
    this.revokedTokens = new Set([...this.revokedTokens, token.id]);
    this.revoking = undefined;
    if (this.created?.id === token.id) this.created = undefined;
    void this.host.focusAfterUpdate('#tokens-title');
  }

  renderAlert(section: Section) {
    const text = this.alerts[section];
    return alertOf(text, 'alert');
  }

  renderSubmit(busy: string, idle: string, working: string, danger = false) {
    const on = this.busy === busy;
    return html`<button
      type="submit"
      class=${danger ? 'danger' : ''}
      aria-disabled=${on ? 'true' : 'false'}
    >
      ${on ? working : idle}
    </button>`;
  }

  private renderPassword() {
    const t = this.t;
    return html`<section class="account-part" aria-labelledby="password-title">
      <h3 id="password-title" tabindex="-1">${t.t('adminPasswordTitle')}</h3>
      <p class="hint">${t.t('adminPasswordIntro')}</p>
      <form part="form" novalidate @submit=${(event: SubmitEvent) => this.handlePassword(event)}>
        ${this.renderAlert('password')}
        ${renderField({
          id: FIELD_IDS.current,
          name: 'currentPassword',
          label: t.t('adminCurrentPassword'),
          type: 'password',
          autocomplete: 'current-password',
          error: this.errors.current,
        })}
        ${renderField({
          id: FIELD_IDS.new,
          name: 'newPassword',
          label: t.t('adminNewPassword'),
          type: 'password',
          autocomplete: 'new-password',
          hint: t.t('adminNewPasswordHint'),
          error: this.errors.new,
        })}
        <div class="actions">
          ${this.renderSubmit('password', t.t('adminChangePassword'), t.t('adminSaving'))}
        </div>
        ${this.passwordDone ? html`<p class="done">${t.t('adminPasswordChanged')}</p>` : nothing}
      </form>
    </section>`;
  }

  render() {
    const t = this.t;
    const staff = this.host.staff;
    return html`<section class="account" aria-labelledby="account-title">
      <h2 id="account-title" tabindex="-1">${t.t('adminAccountTitle')}</h2>
      ${staff ? html`<p class="meta">${t.t('adminAccountWho', staff.email, staff.role)}</p>` : nothing}
      ${this.renderPassword()} ${renderTotp(this)} ${renderTokens(this)}
    </section>`;
  }
}
