import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import type { StaffChange, StaffList, StaffMember, StaffRole } from '../../api/contract/staff.js';
import { isAdminError, type AdminClient } from '../kit/client.js';
import { renderField } from '../kit/field.js';
import { SecretCopy } from '../kit/secret-copy.js';
import { alertOf, confirmBox, fieldsOf, SecretsView, type AdminHost } from '../kit/view.js';

const ROLES = ['staff', 'owner'] as const satisfies readonly StaffRole[];
/** A light check before the server's own: something@something.something. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Confirmable = 'disable' | 'reset';

/**
 * The practice's staff accounts, for owners: add someone (their one-time password is shown once),
 * disable or enable an account, reset a password. Nobody can do these to their own account.
 */
export class StaffView extends SecretsView {
  readonly name = 'staff';
  readonly titleSelector = '#staff-title';

  private readonly staffTask: Task<readonly [AdminClient | undefined, boolean], StaffMember[]>;
  private readonly secrets = new SecretCopy(this.host, () => this.changed());
  private emailError?: string;
  private addFailed?: string;
  private busy?: string;
  private added: StaffMember[] = [];
  private updated: ReadonlyMap<string, StaffMember> = new Map();
  private confirming?: { id: string; action: Confirmable };
  private failed?: { id: string; message: string };
  /** Shown once, then forgotten: when staff dismiss it or leave the view. */
  private oneTime?: { email: string; password: string; reset: boolean };

  constructor(host: AdminHost) {
    super(host);
    this.staffTask = new Task(host, {
      task: async ([client, load], { signal }) => {
        if (!client || !load) return [];
        const list = await this.signedIn(
          client.request<StaffList<StaffMember>>('GET', 'v1/admin/staff', { signal }),
        );
        return list.items;
      },
      args: () => [this.host.client, this.shown && this.available()] as const,
    });
  }

  label(): string {
    return this.t.t('adminStaffView');
  }

  /** Only owners manage staff: the console may leave this view out of everyone else's menu. */
  override available(): boolean {
    return this.host.staff?.role === 'owner';
  }

  protected forget(): void {
    this.oneTime = undefined;
    this.secrets.forget();
    this.confirming = undefined;
    this.failed = undefined;
    this.emailError = undefined;
    this.addFailed = undefined;
    this.added = [];
    this.updated = new Map();
  }

  private get members(): StaffMember[] {
    return [...(this.staffTask.value ?? []), ...this.added].map(
      (member) => this.updated.get(member.id) ?? member,
    );
  }

  private showEmailError(text: string): void {
    this.emailError = text;
    this.changed();
    void this.host.focusAfterUpdate('#staff-email');
  }

  private async handleAdd(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = event.target as HTMLFormElement;
    const values = fieldsOf(form);
    const email = (values['email'] ?? '').trim();
    const role = (values['role'] === 'owner' ? 'owner' : 'staff') satisfies StaffRole;
    if (!email) return this.showEmailError(this.t.t('adminRequired'));
    if (!EMAIL.test(email)) return this.showEmailError(this.t.t('adminStaffEmailInvalid'));
    this.emailError = undefined;
    this.addFailed = undefined;
    this.busy = 'add';
    this.changed();
    try {
      const change = await this.host.client!.request<StaffChange>('POST', 'v1/admin/staff', {
        body: { email, role },
      });
      this.added = [...this.added, change.staff];
      form.reset();
      this.showOneTime(change, false);
    } catch (error) {
      if (this.host.handleSessionLoss(error)) return;
      if (isAdminError(error) && error.kind === 'conflict') {
        this.showEmailError(this.t.t('adminStaffExists'));
      } else if (isAdminError(error) && error.kind === 'validation' && error.fields['email']) {
        this.showEmailError(this.t.t('adminStaffEmailInvalid'));
      } else {
        this.addFailed = this.failureText(error);
      }
    } finally {
      this.busy = undefined;
      this.changed();
    }
  }

  private showOneTime(change: StaffChange, reset: boolean): void {
    const email = change.staff.email;
    this.host.announce(
      this.t.t(reset ? 'adminOneTimeReset' : 'adminOneTimeCreated', email) +
        ' ' +
        this.t.t('adminOneTimeSaid'),
    );
    // Staff left while it was on its way: a password nobody sees is not kept.
    if (!change.oneTimePassword || !this.shown) return;
    this.secrets.forget();
    this.oneTime = { email, password: change.oneTimePassword, reset };
    void this.host.focusAfterUpdate('#one-time-title');
  }

  private handleOneTimeDone(): void {
    this.oneTime = undefined;
    this.secrets.forget();
    this.changed();
    void this.host.focusAfterUpdate('#staff-title');
  }

  private handleConfirmStart(member: StaffMember, action: Confirmable): void {
    this.confirming = { id: member.id, action };
    this.failed = undefined;
    this.changed();
    void this.host.focusAfterUpdate(`#staff-question-${member.id}`);
  }

  private handleConfirmCancel(member: StaffMember): void {
    const action = this.confirming?.action;
    this.confirming = undefined;
    this.changed();
    void this.host.focusAfterUpdate(`#${action === 'reset' ? 'reset' : 'toggle'}-${member.id}`);
  }

  /** Disable, enable or reset one account; the server refuses these on one's own. */
  private async act(member: StaffMember, action: 'disable' | 'enable' | 'reset-password') {
    if (this.busy) return;
    this.busy = `${action}:${member.id}`;
    this.failed = undefined;
    this.changed();
    try {
      const change = await this.host.client!.request<StaffChange>(
        'POST',
        `v1/admin/staff/${encodeURIComponent(member.id)}/${action}`,
        { body: {} },
      );
      this.updated = new Map([...this.updated, [member.id, change.staff]]);
      this.confirming = undefined;
      if (action === 'reset-password') {
        this.showOneTime(change, true);
      } else {
        const email = change.staff.email;
        this.host.announce(
          this.t.t(action === 'disable' ? 'adminStaffDisabled' : 'adminStaffEnabled', email),
        );
        void this.host.focusAfterUpdate(`#toggle-${member.id}`);
      }
    } catch (error) {
      if (this.host.handleSessionLoss(error)) return;
      if (isAdminError(error) && error.kind === 'conflict') {
        if (member.id === this.host.staff?.id) {
          this.failed = { id: member.id, message: this.t.t('adminStaffNotSelf') };
        } else {
          this.confirming = undefined;
          this.host.announce(this.t.t('adminStaffChanged'));
          this.updated = new Map();
          this.added = [];
          this.reload(this.staffTask);
        }
      } else {
        this.failed = { id: member.id, message: this.failureText(error) };
      }
    } finally {
      this.busy = undefined;
      this.changed();
    }
  }

  private renderOneTime(oneTime: NonNullable<StaffView['oneTime']>) {
    const t = this.t;
    return html`<div class="one-time">
      <h3 id="one-time-title" tabindex="-1">${t.t('adminOneTimeTitle', oneTime.email)}</h3>
      <p>
        ${t.t(oneTime.reset ? 'adminOneTimeReset' : 'adminOneTimeCreated', oneTime.email)}
        <strong>${t.t('adminOneTimeNote')}</strong>
      </p>
      ${this.secrets.render('one-time-password', t.t('adminOneTimeLabel'), oneTime.password)}
      <div class="actions">
        <button type="button" class="secondary" @click=${() => this.handleOneTimeDone()}>
          ${t.t('adminOneTimeDone')}
        </button>
      </div>
    </div>`;
  }

  private renderAdd() {
    const t = this.t;
    const busy = this.busy === 'add';
    return html`<form
      part="form"
      class="staff-add"
      novalidate
      aria-labelledby="staff-add-title"
      @submit=${(event: SubmitEvent) => this.handleAdd(event)}
    >
      <h3 id="staff-add-title">${t.t('adminStaffAddTitle')}</h3>
      ${alertOf(this.addFailed, 'alert')}
      ${renderField({
        id: 'staff-email',
        name: 'email',
        label: t.t('adminStaffEmail'),
        type: 'email',
        autocomplete: 'off',
        maxlength: 254,
        error: this.emailError,
      })}
      <div class="field">
        <label for="staff-role">${t.t('adminStaffRole')}</label>
        <p class="hint" id="staff-role-hint">${t.t('adminStaffRoleHint')}</p>
        <select id="staff-role" name="role" aria-describedby="staff-role-hint">
          ${ROLES.map((role) => html`<option value=${role}>${t.t('adminStaffRoleName', role)}</option>`)}
        </select>
      </div>
      <div class="actions">
        <button type="submit" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? t.t('adminStaffAdding') : t.t('adminStaffAdd')}
        </button>
      </div>
    </form>`;
  }

  private renderConfirm(member: StaffMember, action: Confirmable) {
    const t = this.t;
    const busy = this.busy === `${action === 'reset' ? 'reset-password' : 'disable'}:${member.id}`;
    return confirmBox(t, {
      id: `staff-question-${member.id}`,
      question: t.t(
        action === 'reset' ? 'adminStaffResetConfirm' : 'adminStaffDisableConfirm',
        member.email,
      ),
      action: t.t(action === 'reset' ? 'adminStaffResetButton' : 'adminStaffDisableButton'),
      busy,
      confirm: () => this.act(member, action === 'reset' ? 'reset-password' : 'disable'),
      cancel: () => this.handleConfirmCancel(member),
    });
  }

  private renderActions(member: StaffMember) {
    const t = this.t;
    if (member.id === this.host.staff?.id) {
      return html`<p class="hint">${t.t('adminStaffSelfNote')}</p>`;
    }
    if (this.confirming?.id === member.id) {
      return this.renderConfirm(member, this.confirming.action);
    }
    const enabling = this.busy === `enable:${member.id}`;
    return html`<div class="actions">
      ${
        member.disabled
          ? html`<button
              type="button"
              id="toggle-${member.id}"
              aria-disabled=${enabling ? 'true' : 'false'}
              @click=${() => this.act(member, 'enable')}
            >
              ${t.t('adminStaffEnable')}<span class="visually-hidden"> ${member.email}</span>
            </button>`
          : html`<button
              type="button"
              class="secondary"
              id="toggle-${member.id}"
              @click=${() => this.handleConfirmStart(member, 'disable')}
            >
              ${t.t('adminStaffDisable')}<span class="visually-hidden"> ${member.email}</span>
            </button>`
      }
      <button
        type="button"
        class="secondary"
        id="reset-${member.id}"
        @click=${() => this.handleConfirmStart(member, 'reset')}
      >
        ${t.t('adminStaffReset')}<span class="visually-hidden"> ${member.email}</span>
      </button>
    </div>`;
  }

  private renderMember(member: StaffMember) {
    const t = this.t;
    const self = member.id === this.host.staff?.id;
    const facts = [
      t.t('adminStaffRoleName', member.role),
      t.t('adminStaffTotp', member.totpEnabled),
      t.t('adminStaffState', member.disabled),
      ...(member.mustChangePassword ? [t.t('adminStaffMustChange')] : []),
    ];
    return html`<li
      class="member ${member.disabled ? 'disabled' : ''}"
      aria-labelledby="member-${member.id}"
    >
      <h3 id="member-${member.id}">${self ? t.t('adminStaffYou', member.email) : member.email}</h3>
      <ul class="flags">
        ${facts.map((fact) => html`<li>${fact}</li>`)}
      </ul>
      ${alertOf(this.failed?.id === member.id ? this.failed.message : undefined)}
      ${this.renderActions(member)}
    </li>`;
  }

  private renderList() {
    const t = this.t;
    return this.staffTask.render({
      pending: () => this.loadingMessage(t.t('adminStaffLoading')),
      error: () =>
        this.loadFailedMessage(t.t('adminStaffError'), () => this.reload(this.staffTask)),
      complete: () => {
        const members = this.members;
        if (!members.length) {
          return this.emptyMessage(t.t('adminStaffEmpty'));
        }
        return html`<ul class="members">
          ${members.map((member) => this.renderMember(member))}
        </ul>`;
      },
    });
  }

  render() {
    const t = this.t;
    if (!this.available()) {
      return html`<section aria-labelledby="staff-title">
        <h2 id="staff-title" tabindex="-1">${t.t('adminStaffTitle')}</h2>
        <p class="message" part="message">${t.t('adminStaffOwnersOnly')}</p>
      </section>`;
    }
    return html`<section class="staff" aria-labelledby="staff-title">
      <h2 id="staff-title" tabindex="-1">${t.t('adminStaffTitle')}</h2>
      ${this.oneTime ? this.renderOneTime(this.oneTime) : nothing} ${this.renderList()}
      ${this.renderAdd()}
    </section>`;
  }
}
