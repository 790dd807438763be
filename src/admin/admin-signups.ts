import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { STAFF_SIGNUP_STATUSES, type StaffSignup } from '../api/admin-types.js';
import { isAdminError, type AdminClient } from './admin-client.js';
import { AdminView, fieldsOf, type AdminHost } from './admin-view.js';

/** The sign-up requests by group, each with its status in words and a way to change it. */
export class SignupsView extends AdminView {
  readonly name = 'signups';
  readonly titleSelector = '#signups-title';

  private readonly signupsTask: Task<readonly [AdminClient | undefined, boolean], StaffSignup[]>;
  /** Sign-ups changed in this session, over the loaded list. */
  private updated: ReadonlyMap<string, StaffSignup> = new Map();
  private failed?: { id: string; message: string };
  private acting?: string;

  constructor(host: AdminHost) {
    super(host);
    this.signupsTask = new Task(host, {
      task: async ([client, shown], { signal }) => {
        if (!client || !shown) return [];
        try {
          return (await client.signups(signal)).items;
        } catch (error) {
          this.host.handleSessionLoss(error);
          throw error;
        }
      },
      args: () => [this.host.client, this.shown] as const,
    });
  }

  label(): string {
    return this.t.t('adminSignupsView');
  }

  override reset(): void {
    this.updated = new Map();
    this.failed = undefined;
  }

  /** The sign-ups, with this session's changes, by group name. */
  private get byGroup(): [string, StaffSignup[]][] {
    const groups = new Map<string, StaffSignup[]>();
    for (const loaded of this.signupsTask.value ?? []) {
      const signup = this.updated.get(loaded.id) ?? loaded;
      groups.set(signup.groupName, [...(groups.get(signup.groupName) ?? []), signup]);
    }
    return [...groups];
  }

  private async handleStatusSubmit(event: SubmitEvent, signup: StaffSignup): Promise<void> {
    event.preventDefault();
    const status = fieldsOf(event.target as HTMLFormElement)['status'] as
      StaffSignup['status'] | undefined;
    if (!status || status === signup.status || this.acting) return;
    this.acting = signup.id;
    this.failed = undefined;
    this.changed();
    try {
      const updated = await this.host.client!.changeSignupStatus(signup.id, status);
      this.updated = new Map([...this.updated, [signup.id, updated]]);
      this.host.announce(
        this.t.t('adminStatusChanged', signup.name, this.t.t('adminSignupStatus', updated.status)),
      );
    } catch (error) {
      if (this.host.handleSessionLoss(error)) return;
      const conflict = isAdminError(error) && error.kind === 'conflict';
      this.failed = {
        id: signup.id,
        message: this.t.t(conflict ? 'adminNoSeat' : 'adminActionFailed'),
      };
    } finally {
      this.acting = undefined;
      this.changed();
    }
  }

  private handleRetry(): void {
    void this.signupsTask.run().then(() => this.host.focusAfterUpdate('#signups-title'));
  }

  private renderSignup(signup: StaffSignup) {
    const t = this.t;
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
        ${this.failed?.id === signup.id ? html`<p>${this.failed.message}</p>` : nothing}
      </div>
    </li>`;
  }

  render() {
    const t = this.t;
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
            <button type="button" @click=${() => this.handleRetry()}>${t.t('adminRetry')}</button>
          </div>`,
        complete: () => {
          const groups = this.byGroup;
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
}
