import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import type { GroupInput, PracticeSettings, StaffGroup } from '../../api/contract/staff.js';
import type { Group } from '../../api/contract/public.js';
import { isAdminError, type AdminClient } from '../kit/client.js';
import { fieldOfProblem, saveForm, setPath } from '../kit/form-fields.js';
import { checkGroup, draftOf, groupFieldPaths, newDraft, slugOf } from './group-draft.js';
import { FORM, renderGroupForm, SUNDAY, weekdayName, type GroupForm } from './group-form.js';
import { AdminView, alertOf, confirmBox, type AdminHost } from '../kit/view.js';

interface Loaded {
  groups: StaffGroup[];
  practice: PracticeSettings | undefined;
}

/**
 * Every group of the practice, those visitors see and the archived ones: create, edit (with the
 * API's own rules and the seats already taken), archive after a confirmation, restore. The form is
 * drawn by `group-form.ts`, which reads the members left without `private`.
 */
export class GroupsView extends AdminView {
  readonly name = 'groups';
  readonly titleSelector = '#groups-title';

  private readonly groupsTask: Task<readonly [AdminClient | undefined, boolean], Loaded>;
  /** Groups created or changed here since the list was loaded, by id. */
  private changes: ReadonlyMap<string, StaffGroup> = new Map();
  private form?: GroupForm;
  private confirming?: string;
  private acting?: string;
  private failed?: { id: string; message: string };
  /** What was last done, shown above the list (screen readers hear it through `announce`). */
  private notice = '';

  constructor(host: AdminHost) {
    super(host);
    this.groupsTask = new Task(host, {
      task: async ([client, shown], { signal }) => {
        if (!client || !shown) return { groups: [], practice: undefined };
        const [groups, practice] = await this.signedIn(
          Promise.all([
            client.request<{ items: StaffGroup[] }>('GET', 'v1/admin/groups', { signal }),
            client.request<PracticeSettings>('GET', 'v1/admin/practice', { signal }),
          ]),
        );
        this.changes = new Map();
        return { groups: groups.items, practice };
      },
      args: () => [this.host.client, this.shown] as const,
    });
  }

  label(): string {
    return this.t.t('adminGroupsView');
  }

  override reset(): void {
    this.changes = new Map();
    this.form = undefined;
    this.confirming = undefined;
    this.failed = undefined;
    this.notice = '';
  }

  private get groups(): StaffGroup[] {
    const loaded = this.groupsTask.value?.groups ?? [];
    const ids = new Set(loaded.map((each) => each.group.id));
    return [
      ...loaded.map((each) => this.changes.get(each.group.id) ?? each),
      ...[...this.changes.values()].filter((each) => !ids.has(each.group.id)),
    ];
  }

  get practice(): PracticeSettings | undefined {
    return this.groupsTask.value?.practice;
  }

  private keep(group: StaffGroup): void {
    this.changes = new Map([...this.changes, [group.group.id, group]]);
  }

  private open(editing: StaffGroup | undefined): void {
    this.form = {
      editing,
      draft: editing ? draftOf(editing) : newDraft(this.practice),
      idTouched: editing !== undefined,
      submitted: false,
      server: new Map(),
      saving: false,
    };
    this.notice = '';
    this.confirming = undefined;
    this.changed();
    void this.host.focusAfterUpdate(`#${FORM}-form-title`);
  }

  close(focus: string): void {
    this.form = undefined;
    this.changed();
    void this.host.focusAfterUpdate(focus);
  }

  /** Every control of the form is named by its path in the API body. */
  handleInput(event: Event): void {
    const form = this.form;
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    if (!form || !target.name) return;
    const path = target.name;
    let draft = form.draft;
    if (path === 'topics') {
      const input = target as HTMLInputElement;
      const others = draft.topics.filter((topic) => topic !== input.value);
      draft = { ...draft, topics: input.checked ? [...others, input.value] : others };
    } else if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      draft = setPath(draft, path, target.checked);
    } else {
      draft = setPath(draft, path, target.value);
    }
    const idTouched = form.idTouched || path === 'id';
    if (path === 'name' && !idTouched) draft = { ...draft, id: slugOf(target.value) };
    const server = new Map(form.server);
    for (const key of server.keys()) {
      if (fieldOfProblem(key, new Set(groupFieldPaths(draft))) === path) server.delete(key);
    }
    this.form = { ...form, draft, idTouched, server };
    this.changed();
  }

  handleAddFacilitator(): void {
    const form = this.form!;
    const facilitators = [...form.draft.facilitators, { name: '', credentials: '' }];
    this.form = { ...form, draft: { ...form.draft, facilitators } };
    this.changed();
    void this.host.focusAfterUpdate(`#${FORM}-facilitators-${facilitators.length - 1}-name`);
  }

  handleRemoveFacilitator(index: number): void {
    const form = this.form!;
    const facilitators = form.draft.facilitators.filter((_, each) => each !== index);
    this.form = { ...form, draft: { ...form.draft, facilitators }, server: new Map() };
    this.host.announce(this.t.t('adminGroupFacilitatorRemoved', index + 1));
    this.changed();
    void this.host.focusAfterUpdate(`#${FORM}-facilitator-add`);
  }

  async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = this.form;
    if (!form || form.saving) return;
    const checked = checkGroup(form.draft);
    const t = this.t;
    await saveForm(
      this,
      FORM,
      (state) => (this.form = { ...this.form!, ...state }),
      checked.ok ? () => this.save(form.editing, checked.input) : undefined,
      (saved) => {
        this.keep(saved);
        this.notice = t.t(form.editing ? 'adminGroupSaved' : 'adminGroupCreated', saved.group.name);
        this.host.announce(this.notice);
        this.close(`#group-${saved.group.id}`);
      },
      (error) =>
        isAdminError(error) && error.kind === 'conflict'
          ? form.editing
            ? t.t('adminGroupGone')
            : new Map([['id', t.t('adminGroupIdTaken')]])
          : t.t(
              isAdminError(error) && error.staff === 'forbidden'
                ? 'adminGroupForbidden'
                : 'adminGroupSaveFailed',
            ),
    );
  }

  private save(editing: StaffGroup | undefined, input: GroupInput): Promise<StaffGroup> {
    const client = this.host.client!;
    return editing
      ? client.request<StaffGroup>('PUT', `v1/admin/groups/${encodeURIComponent(input.id)}`, {
          body: input,
        })
      : client.request<StaffGroup>('POST', 'v1/admin/groups', { body: input });
  }

  private handleArchiveStart(group: StaffGroup): void {
    this.confirming = group.group.id;
    this.failed = undefined;
    this.notice = '';
    this.changed();
    void this.host.focusAfterUpdate(`#archive-confirm-${group.group.id}`);
  }

  private handleArchiveCancel(group: StaffGroup): void {
    this.confirming = undefined;
    this.changed();
    void this.host.focusAfterUpdate(`#archive-${group.group.id}`);
  }

  /** Archives or restores; the group moves to its list and keeps focus there. */
  private async handleArchived(group: StaffGroup, archive: boolean): Promise<void> {
    if (this.acting) return;
    const id = group.group.id;
    this.acting = id;
    this.failed = undefined;
    this.notice = '';
    this.changed();
    try {
      const action = archive ? 'archive' : 'restore';
      const changed = await this.host.client!.request<StaffGroup>(
        'POST',
        `v1/admin/groups/${encodeURIComponent(id)}/${action}`,
      );
      this.keep(changed);
      this.confirming = undefined;
      this.notice = this.t.t(
        archive ? 'adminGroupArchived' : 'adminGroupRestored',
        changed.group.name,
      );
      this.host.announce(this.notice);
      void this.host.focusAfterUpdate(`#group-${id}`);
    } catch (error) {
      if (this.host.handleSessionLoss(error)) return;
      const gone = isAdminError(error) && error.kind === 'conflict';
      this.failed = { id, message: this.t.t(gone ? 'adminGroupGone' : 'errorGeneric') };
    } finally {
      this.acting = undefined;
      this.changed();
    }
  }

  private scheduleText(group: Group): string {
    const t = this.t;
    const [hours, minutes] = group.schedule.startTime.split(':').map(Number);
    const time = new Intl.DateTimeFormat(t.locale, {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'UTC',
    }).format(SUNDAY + ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000);
    return [
      t.messages.adminGroupFrequencies[group.schedule.frequency],
      weekdayName(this.t, group.schedule.weekday),
      time,
      t.messages.adminGroupFormats[group.format],
    ].join(' · ');
  }

  private seatsText(group: StaffGroup) {
    const { capacity, held, externalEnrolled, over } = group.seats;
    const taken = held + externalEnrolled;
    return html`<p>
        ${this.t.t('adminGroupSeats', capacity, taken, Math.max(0, capacity - taken))}
      </p>
      ${over > 0 ? html`<p class="warning">${this.t.t('adminGroupOver', capacity, taken, over)}</p>` : nothing}`;
  }

  private renderGroup(group: StaffGroup) {
    const t = this.t;
    const id = group.group.id;
    const name = group.group.name;
    const busy = this.acting === id;
    return html`<li class="group-card ${group.archived ? 'archived' : ''}">
      <h4 id="group-${id}" tabindex="-1">${name}</h4>
      <p class="status">
        <strong>
          ${group.archived ? t.t('adminGroupArchivedMark') : t.messages.adminGroupStatuses[group.group.status]}
        </strong>
      </p>
      ${this.seatsText(group)}
      <p class="meta">${this.scheduleText(group.group)}</p>
      ${alertOf(this.failed?.id === id ? this.failed.message : undefined)}
      ${
        this.confirming === id
          ? this.renderArchiveConfirm(group, busy)
          : html`<div class="actions">
              <button type="button" id="edit-${id}" @click=${() => this.open(group)}>
                ${t.t('adminGroupEdit')}<span class="visually-hidden"> ${name}</span>
              </button>
              ${
                group.archived
                  ? html`<button
                      type="button"
                      class="secondary"
                      id="restore-${id}"
                      aria-disabled=${busy ? 'true' : 'false'}
                      @click=${() => this.handleArchived(group, false)}
                    >
                      ${t.t('adminGroupRestore')}<span class="visually-hidden"> ${name}</span>
                    </button>`
                  : html`<button
                      type="button"
                      class="secondary"
                      id="archive-${id}"
                      @click=${() => this.handleArchiveStart(group)}
                    >
                      ${t.t('adminGroupArchive')}<span class="visually-hidden"> ${name}</span>
                    </button>`
              }
            </div>`
      }
    </li>`;
  }

  private renderArchiveConfirm(group: StaffGroup, busy: boolean) {
    const t = this.t;
    const id = group.group.id;
    return confirmBox(t, {
      id: `archive-question-${id}`,
      question: html`<strong>${t.t('adminGroupArchiveQuestion', group.group.name)}</strong>`,
      more: html`<p>${t.t('adminGroupArchiveExplain')}</p>`,
      action: t.t('adminGroupArchiveConfirm'),
      actionId: `archive-confirm-${id}`,
      busy,
      confirm: () => this.handleArchived(group, true),
      cancel: () => this.handleArchiveCancel(group),
    });
  }

  private renderList() {
    const t = this.t;
    const groups = this.groups;
    const active = groups.filter((group) => !group.archived);
    const archived = groups.filter((group) => group.archived);
    return html`${this.notice ? html`<p class="saved">${this.notice}</p>` : nothing}
      <div class="actions">
        <button type="button" id="group-new" @click=${() => this.open(undefined)}>
          ${t.t('adminGroupNew')}
        </button>
      </div>
      ${
        groups.length === 0
          ? this.emptyMessage(t.t('adminGroupsEmpty'))
          : html`<section aria-labelledby="groups-active">
                <h3 id="groups-active">${t.t('adminGroupsActive')}</h3>
                ${
                  active.length
                    ? html`<ul class="queue">
                        ${active.map((group) => this.renderGroup(group))}
                      </ul>`
                    : html`<p class="meta">${t.t('adminGroupsNoneActive')}</p>`
                }
              </section>
              ${
                archived.length
                  ? html`<section aria-labelledby="groups-archived">
                      <h3 id="groups-archived">${t.t('adminGroupsArchived')}</h3>
                      <p class="meta">${t.t('adminGroupsArchivedIntro')}</p>
                      <ul class="queue">
                        ${archived.map((group) => this.renderGroup(group))}
                      </ul>
                    </section>`
                  : nothing
              }`
      }`;
  }

  render() {
    const t = this.t;
    return html`<section class="groups" aria-labelledby="groups-title">
      <h2 id="groups-title" tabindex="-1">${t.t('adminGroupsTitle')}</h2>
      ${this.groupsTask.render({
        pending: () => this.loadingMessage(t.t('adminGroupsLoading')),
        error: () =>
          this.loadFailedMessage(t.t('adminGroupsError'), () => this.reload(this.groupsTask)),
        complete: () => (this.form ? renderGroupForm(this, this.form) : this.renderList()),
      })}
    </section>`;
  }
}
