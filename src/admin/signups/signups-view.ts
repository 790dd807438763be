import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import {
  STAFF_SIGNUP_STATUSES,
  type StaffGroup,
  type StaffList,
  type StaffSignup,
  type StaffSignupStatus,
} from '../../api/contract/staff.js';
import { isAdminError, type AdminClient } from '../kit/client.js';
import { errorWords } from '../../internal/state-messages.js';
import { renderSignup } from './signup-card.js';
import { AdminView, fieldsOf, type AdminHost } from '../kit/view.js';
import { plainText } from '../kit/visitor-text.js';

/** Which requests are listed: a group id and a status, or '' for all. Not personal data. */
interface SignupFilter {
  readonly group: string;
  readonly status: '' | StaffSignupStatus;
}

export type Action = 'status' | 'promote' | 'note' | 'delete';

const NO_FILTER: SignupFilter = { group: '', status: '' };

/**
 * The sign-up requests by group and status: each with what the person sent, where it is in the
 * workflow, its history and staff notes, when it is deleted automatically; promotion from the
 * waitlist, CSV export of what is shown, and deletion of a person's data on request. Each
 * request is drawn by `signup-card.ts`, which reads the members left without `private`.
 */
export class SignupsView extends AdminView {
  readonly name = 'signups';
  readonly titleSelector = '#signups-title';

  private readonly signupsTask: Task<
    readonly [AdminClient | undefined, boolean, SignupFilter],
    StaffSignup[]
  >;
  /** Groups for the filter and their free seats; undefined when they could not be loaded. */
  private readonly groupsTask: Task<
    readonly [AdminClient | undefined, boolean],
    StaffGroup[] | undefined
  >;
  private filter: SignupFilter = NO_FILTER;
  /** The loaded list with this session's changes, while it is the list on screen. */
  private local?: { source: StaffSignup[]; items: StaffSignup[] };
  /** Every group seen in a list, so the filter works even without the groups list. */
  private seenGroups: ReadonlyMap<string, string> = new Map();
  failed?: { id: string; action: Action; message: string };
  acting?: string;
  confirmingDelete?: string;
  noteMissing?: string;

  constructor(host: AdminHost) {
    super(host);
    this.signupsTask = new Task(host, {
      task: async ([client, shown, filter], { signal }) => {
        if (!client || !shown) return [];
        const query = new URLSearchParams();
        if (filter.group) query.set('group', filter.group);
        if (filter.status) query.set('status', filter.status);
        const search = query.size ? `?${query}` : '';
        const { items } = await this.signedIn(
          client.request<StaffList<StaffSignup>>('GET', `v1/admin/signups${search}`, { signal }),
        );
        this.rememberGroups(items);
        return items;
      },
      args: () => [this.host.client, this.shown, this.filter] as const,
    });
    this.groupsTask = new Task(host, {
      task: async ([client, shown], { signal }) => {
        if (!client || !shown) return undefined;
        try {
          return (await client.request<StaffList<StaffGroup>>('GET', 'v1/admin/groups', { signal }))
            .items;
        } catch (error) {
          if (signal.aborted) throw error;
          // The filter falls back to the groups seen in the lists; a 401 still signs out.
          this.host.handleSessionLoss(error);
          return undefined;
        }
      },
      args: () => [this.host.client, this.shown] as const,
    });
  }

  label(): string {
    return this.t.t('adminSignupsView');
  }

  override reset(): void {
    this.local = undefined;
    this.failed = undefined;
    this.confirmingDelete = undefined;
    this.noteMissing = undefined;
    this.filter = NO_FILTER;
  }

  /** The requests on screen: the loaded list with this session's changes. */
  private get items(): StaffSignup[] {
    const loaded = this.signupsTask.value ?? [];
    return this.local?.source === loaded ? this.local.items : loaded;
  }

  private set items(items: StaffSignup[]) {
    this.local = { source: this.signupsTask.value ?? [], items };
  }

  /**
   * Requests whose message speaks of suicide or self-harm that no one has acted on yet: the
   * server lists them first, high then medium (`readFirst`), and they are shown apart, on top.
   */
  private get readFirst(): StaffSignup[] {
    return this.items.filter((signup) => signup.readFirst);
  }

  /** The other requests by group, in the order their groups first appear. */
  private get byGroup(): [string, StaffSignup[]][] {
    const groups = new Map<string, StaffSignup[]>();
    for (const signup of this.items) {
      if (signup.readFirst) continue;
      groups.set(signup.groupId, [...(groups.get(signup.groupId) ?? []), signup]);
    }
    return [...groups];
  }

  /** Group choices for the filter: the practice's groups, or those seen so far. */
  private get groupOptions(): { id: string; name: string }[] {
    const groups = this.groupsTask.value;
    if (groups?.length) {
      return groups.map(({ group, archived }) => ({
        id: group.id,
        name: archived ? this.t.t('adminSignupsArchivedGroup', group.name) : group.name,
      }));
    }
    return [...this.seenGroups].map(([id, name]) => ({ id, name }));
  }

  private get exportHref(): string {
    const url = this.host.client!.url('v1/admin/signups/export.csv');
    if (this.filter.group) url.searchParams.set('group', this.filter.group);
    if (this.filter.status) url.searchParams.set('status', this.filter.status);
    return url.href;
  }

  private rememberGroups(items: StaffSignup[]): void {
    const seen = new Map(this.seenGroups);
    for (const signup of items) seen.set(signup.groupId, signup.groupName);
    this.seenGroups = seen;
  }

  /** Puts a changed request in the list; when one leaves the waitlist, those after it move up. */
  private replace(updated: StaffSignup): void {
    const before = this.items.find((signup) => signup.id === updated.id);
    let items = this.items.map((signup) => (signup.id === updated.id ? updated : signup));
    if (before?.status === 'waitlisted' && updated.status !== 'waitlisted') {
      items = closeWaitlistGap(items, before);
    }
    this.items = items;
  }

  private errorMessage(error: unknown, conflict: string): string {
    if (isAdminError(error) && error.kind === 'conflict') return conflict;
    // Besides the connection, any failure of a change here is worded as one that did not work.
    const words = errorWords(error);
    return this.t.t(words === 'errorNetwork' ? words : 'errorGeneric');
  }

  /**
   * Runs one change of one request: one at a time, failures shown beside it, a `401` back to
   * sign-in. Resolves to the failure, if any.
   */
  private async act(
    signup: StaffSignup,
    action: Action,
    send: () => Promise<void>,
    conflict: string,
  ): Promise<unknown> {
    if (this.acting) return undefined;
    this.acting = signup.id;
    this.failed = undefined;
    this.changed();
    try {
      await send();
      // Seats may have freed or filled: refresh the groups' figures quietly.
      void this.groupsTask.run();
      return undefined;
    } catch (error) {
      if (!this.host.handleSessionLoss(error)) {
        this.failed = { id: signup.id, action, message: this.errorMessage(error, conflict) };
      }
      return error;
    } finally {
      this.acting = undefined;
      this.changed();
    }
  }

  private handleFilterSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const values = fieldsOf(event.target as HTMLFormElement);
    const status = values['status'] ?? '';
    this.applyFilter({
      group: values['group'] ?? '',
      status: (STAFF_SIGNUP_STATUSES as readonly string[]).includes(status)
        ? (status as StaffSignupStatus)
        : '',
    });
  }

  private handleShowAll(): void {
    this.host.shadowRoot?.querySelector<HTMLFormElement>('form.filters')?.reset();
    this.applyFilter(NO_FILTER);
    void this.host.focusAfterUpdate('#signups-group-filter');
  }

  /** Lists the requests that fit, and says how many there are. */
  private applyFilter(filter: SignupFilter): void {
    this.filter = filter;
    this.local = undefined;
    this.failed = undefined;
    this.confirmingDelete = undefined;
    this.changed();
    void this.host.updateComplete.then(() =>
      this.signupsTask.taskComplete.then(
        (items) => this.host.announce(this.t.t('adminSignupsShown', items.length)),
        () => undefined,
      ),
    );
  }

  async handleStatusSubmit(event: SubmitEvent, signup: StaffSignup): Promise<void> {
    event.preventDefault();
    const status = fieldsOf(event.target as HTMLFormElement)['status'] as
      StaffSignupStatus | undefined;
    if (!status || status === signup.status) return;
    await this.act(
      signup,
      'status',
      async () => {
        const updated = await this.host.client!.changeSignupStatus(signup.id, status);
        this.replace(updated);
        // Acted on, it leaves "Read first" for its group's list: focus follows it there.
        if (updated.readFirst !== signup.readFirst) {
          this.changed();
          void this.host.focusAfterUpdate(`#signup-${signup.id}`);
        }
        this.host.announce(
          this.t.t(
            'adminStatusChanged',
            plainText(signup.name),
            this.t.messages.adminSignupStatuses[updated.status],
          ),
        );
      },
      this.t.t('adminNoSeat'),
    );
  }

  async handlePromote(signup: StaffSignup): Promise<void> {
    const failure = await this.act(
      signup,
      'promote',
      async () => {
        const updated = await this.host.client!.request<StaffSignup>(
          'POST',
          `v1/admin/signups/${encodeURIComponent(signup.id)}/promote`,
          { body: {} },
        );
        this.replace(updated);
        this.host.announce(this.t.t('adminSignupPromoted', plainText(signup.name)));
      },
      this.t.t('adminSignupNoSeatFree', signup.groupName),
    );
    // The button is gone once promoted: focus goes back to the request's name.
    if (!failure) void this.host.focusAfterUpdate(`#signup-${signup.id}`);
  }

  async handleNoteSubmit(event: SubmitEvent, signup: StaffSignup): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const note = fieldsOf(form)['note']?.trim() ?? '';
    if (!note) {
      this.noteMissing = signup.id;
      this.changed();
      void this.host.focusAfterUpdate(`#note-${signup.id}`);
      return;
    }
    this.noteMissing = undefined;
    await this.act(
      signup,
      'note',
      async () => {
        const updated = await this.host.client!.request<StaffSignup>(
          'POST',
          `v1/admin/signups/${encodeURIComponent(signup.id)}/notes`,
          { body: { note } },
        );
        this.replace(updated);
        form.reset();
        this.host.announce(this.t.t('adminSignupNoteAdded', plainText(signup.name)));
      },
      this.t.t('adminSignupGone'),
    );
  }

  handleDeleteStart(signup: StaffSignup): void {
    this.confirmingDelete = signup.id;
    this.failed = undefined;
    this.changed();
    void this.host.focusAfterUpdate(`#delete-question-${signup.id}`);
  }

  handleDeleteCancel(signup: StaffSignup): void {
    this.confirmingDelete = undefined;
    if (this.failed?.action === 'delete') this.failed = undefined;
    this.changed();
    void this.host.focusAfterUpdate(`#delete-${signup.id}`);
  }

  async handleDelete(signup: StaffSignup): Promise<void> {
    const before = this.items;
    const index = before.findIndex((each) => each.id === signup.id);
    const next = before[index + 1] ?? before[index - 1];
    const remove = () => {
      this.items = closeWaitlistGap(
        this.items.filter((each) => each.id !== signup.id),
        signup,
      );
      this.confirmingDelete = undefined;
      this.host.announce(this.t.t('adminSignupDeleted', plainText(signup.name)));
      void this.host.focusAfterUpdate(next ? `#signup-${next.id}` : '#signups-title');
    };
    const failure = await this.act(
      signup,
      'delete',
      async () => {
        await this.host.client!.request<void>(
          'DELETE',
          `v1/admin/signups/${encodeURIComponent(signup.id)}`,
        );
        remove();
      },
      '',
    );
    // Already deleted (by someone else): what was asked for is done.
    if (isAdminError(failure) && failure.kind === 'conflict') {
      this.failed = undefined;
      remove();
      this.changed();
    }
  }

  private renderFilters() {
    const t = this.t;
    return html`<form
      class="filters"
      aria-label=${t.t('adminSignupsFilters')}
      novalidate
      @submit=${(event: SubmitEvent) => this.handleFilterSubmit(event)}
    >
      <div class="field">
        <label for="signups-group-filter">${t.t('adminSignupsGroupFilter')}</label>
        <select id="signups-group-filter" name="group">
          <option value="" ?selected=${!this.filter.group}>${t.t('adminSignupsAllGroups')}</option>
          ${this.groupOptions.map(
            (group) =>
              html`<option value=${group.id} ?selected=${group.id === this.filter.group}>
                ${group.name}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="signups-status-filter">${t.t('adminSignupsStatusFilter')}</label>
        <select id="signups-status-filter" name="status">
          <option value="" ?selected=${!this.filter.status}>
            ${t.t('adminSignupsAllStatuses')}
          </option>
          ${STAFF_SIGNUP_STATUSES.map(
            (status) =>
              html`<option value=${status} ?selected=${status === this.filter.status}>
                ${t.messages.adminSignupStatuses[status]}
              </option>`,
          )}
        </select>
      </div>
      <button type="submit" class="secondary">${t.t('adminSignupsApply')}</button>
    </form>`;
  }

  private renderExport() {
    const t = this.t;
    const { group, status } = this.filter;
    const which = [
      group ? (this.groupOptions.find((each) => each.id === group)?.name ?? group) : '',
      status ? t.messages.adminSignupStatuses[status] : '',
    ].filter(Boolean);
    return html`<div class="export">
      <a href=${this.exportHref} download aria-describedby="signups-export-hint" part="export">
        ${t.t('adminSignupsExport')}
      </a>
      <p class="hint" id="signups-export-hint">
        ${
          which.length
            ? t.t('adminSignupsExportSome', new Intl.ListFormat(t.locale).format(which))
            : t.t('adminSignupsExportAll')
        }
      </p>
    </div>`;
  }

  private renderSeats(groupId: string) {
    const group = this.groupsTask.value?.find((each) => each.group.id === groupId);
    if (!group) return nothing;
    return html`<p class="meta seats">${this.t.t('adminSignupSeatsLeft', group.seats.left)}</p>`;
  }

  private renderReadFirst(signups: StaffSignup[]) {
    if (!signups.length) return nothing;
    const t = this.t;
    return html`<section class="group read-first-list" aria-labelledby="signups-read-first">
      <h3 id="signups-read-first">
        ${t.t('adminSignupsReadFirstTitle')}
        <span class="meta">(${t.t('adminSignupCount', signups.length)})</span>
      </h3>
      <p class="hint">${t.t('adminSignupsReadFirstHint')}</p>
      <ul class="queue">
        ${signups.map((signup) => renderSignup(this, signup, true))}
      </ul>
    </section>`;
  }

  private renderList() {
    const t = this.t;
    const groups = this.byGroup;
    const readFirst = this.readFirst;
    if (!groups.length && !readFirst.length) {
      const filtered = this.filter.group || this.filter.status;
      return filtered
        ? html`<div class="message empty" part="message">
            <p>${t.t('adminSignupsNoMatch')}</p>
            <button type="button" class="secondary" @click=${() => this.handleShowAll()}>
              ${t.t('adminSignupsShowAll')}
            </button>
          </div>`
        : this.emptyMessage(t.t('adminSignupsEmpty'));
    }
    return html`${this.renderExport()} ${this.renderReadFirst(readFirst)}
    ${groups.map(
      ([groupId, signups]) =>
        html`<section class="group" aria-label=${signups[0]!.groupName}>
          <h3>
            ${signups[0]!.groupName}
            <span class="meta">(${t.t('adminSignupCount', signups.length)})</span>
          </h3>
          ${this.renderSeats(groupId)}
          <ul class="queue">
            ${signups.map((signup) => renderSignup(this, signup))}
          </ul>
        </section>`,
    )}`;
  }

  render() {
    const t = this.t;
    return html`<section aria-labelledby="signups-title" class="signups">
      <h2 id="signups-title" tabindex="-1">${t.t('adminSignupsTitle')}</h2>
      ${this.renderFilters()}
      ${this.signupsTask.render({
        pending: () => this.loadingMessage(t.t('adminSignupsLoading')),
        error: () =>
          this.loadFailedMessage(t.t('adminSignupsError'), () => this.reload(this.signupsTask)),
        complete: () => this.renderList(),
      })}
    </section>`;
  }
}

/** The waitlist after `left` is no longer on it: those behind it move up one place. */
function closeWaitlistGap(items: StaffSignup[], left: StaffSignup): StaffSignup[] {
  const position = left.waitlistPosition;
  if (left.status !== 'waitlisted' || position === null) return items;
  return items.map((signup) =>
    signup.groupId === left.groupId &&
    signup.status === 'waitlisted' &&
    signup.waitlistPosition !== null &&
    signup.waitlistPosition > position
      ? { ...signup, waitlistPosition: signup.waitlistPosition - 1 }
      : signup,
  );
}
