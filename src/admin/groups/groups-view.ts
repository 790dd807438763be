import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import type { GroupInput, PracticeSettings, StaffGroup } from '../../api/admin-types.js';
import {
  ENROLLMENTS,
  FREQUENCIES,
  GROUP_FORMATS,
  GROUP_KINDS,
  type Frequency,
  type Group,
} from '../../api/types.js';
import { isAdminError, type AdminClient } from '../kit/client.js';
import {
  fieldOfProblem,
  problemsInOrder,
  FormFields,
  setPath,
  timeZones,
  type FieldProblems,
} from '../kit/form-fields.js';
import {
  checkGroup,
  draftOf,
  groupFieldPaths,
  newDraft,
  seatsFor,
  slugOf,
  type GroupDraft,
} from './group-draft.js';
import { AdminView, problemWords, type AdminHost } from '../kit/view.js';

interface Loaded {
  groups: StaffGroup[];
  practice: PracticeSettings | undefined;
}

/** The form for a new group (`editing` undefined) or an existing one, with what was typed. */
interface GroupForm {
  editing: StaffGroup | undefined;
  draft: GroupDraft;
  /** The short name follows the name until someone types one. */
  idTouched: boolean;
  submitted: boolean;
  /** The server's `fields`, by its keys, in its words. */
  server: ReadonlyMap<string, string>;
  failure?: string;
  saving: boolean;
}

const FORM = 'group';
const SUNDAY = Date.UTC(2023, 0, 1);

/**
 * Every group of the practice, those visitors see and the archived ones: create, edit (with the
 * API's own rules and the seats already taken), archive after a confirmation, restore.
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

  private get practice(): PracticeSettings | undefined {
    return this.groupsTask.value?.practice;
  }

  private keep(group: StaffGroup): void {
    this.changes = new Map([...this.changes, [group.group.id, group]]);
  }

  private handleRetry(): void {
    void this.groupsTask.run().then(() => this.host.focusAfterUpdate('#groups-title'));
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

  private close(focus: string): void {
    this.form = undefined;
    this.changed();
    void this.host.focusAfterUpdate(focus);
  }

  /** Every control of the form is named by its path in the API body. */
  private handleInput(event: Event): void {
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

  private handleAddFacilitator(): void {
    const form = this.form!;
    const facilitators = [...form.draft.facilitators, { name: '', credentials: '' }];
    this.form = { ...form, draft: { ...form.draft, facilitators } };
    this.changed();
    void this.host.focusAfterUpdate(`#${FORM}-facilitators-${facilitators.length - 1}-name`);
  }

  private handleRemoveFacilitator(index: number): void {
    const form = this.form!;
    const facilitators = form.draft.facilitators.filter((_, each) => each !== index);
    this.form = { ...form, draft: { ...form.draft, facilitators }, server: new Map() };
    this.host.announce(this.t.t('adminGroupFacilitatorRemoved', index + 1));
    this.changed();
    void this.host.focusAfterUpdate(`#${FORM}-facilitator-add`);
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = this.form;
    if (!form || form.saving) return;
    const checked = checkGroup(form.draft);
    if (!checked.ok) {
      this.form = { ...form, submitted: true, failure: undefined, server: new Map() };
      this.changed();
      void this.host.focusAfterUpdate(`#${FORM}-problems`);
      return;
    }
    this.form = { ...form, submitted: true, failure: undefined, server: new Map(), saving: true };
    this.changed();
    try {
      const saved = await this.save(form.editing, checked.input);
      this.keep(saved);
      const name = saved.group.name;
      this.notice = this.t.t(form.editing ? 'adminGroupSaved' : 'adminGroupCreated', name);
      this.host.announce(this.notice);
      this.close(`#group-${saved.group.id}`);
    } catch (error) {
      if (this.host.handleSessionLoss(error)) return;
      this.failedSave(error);
    }
  }

  private save(editing: StaffGroup | undefined, input: GroupInput): Promise<StaffGroup> {
    const client = this.host.client!;
    return editing
      ? client.request<StaffGroup>('PUT', `v1/admin/groups/${encodeURIComponent(input.id)}`, {
          body: input,
        })
      : client.request<StaffGroup>('POST', 'v1/admin/groups', { body: input });
  }

  /** Keeps everything typed; says what went wrong on the fields or above the form. */
  private failedSave(error: unknown): void {
    const form = this.form!;
    const t = this.t;
    let server: ReadonlyMap<string, string> = new Map();
    let failure: string | undefined;
    if (isAdminError(error) && error.kind === 'invalid' && Object.keys(error.fields).length) {
      server = problemWords(t, error);
    } else if (isAdminError(error) && error.kind === 'conflict') {
      if (form.editing) failure = t.t('adminGroupGone');
      else server = new Map([['id', t.t('adminGroupIdTaken')]]);
    } else if (isAdminError(error) && error.kind === 'forbidden') {
      failure = t.t('adminGroupForbidden');
    } else {
      failure = t.t('adminGroupSaveFailed');
    }
    this.form = { ...form, saving: false, server, failure };
    this.changed();
    void this.host.focusAfterUpdate(failure ? `#${FORM}-alert` : `#${FORM}-problems`);
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

  private handleConfirmKeydown(event: KeyboardEvent, group: StaffGroup): void {
    if (event.key === 'Escape') this.handleArchiveCancel(group);
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
      this.failed = { id, message: this.t.t(gone ? 'adminGroupGone' : 'adminActionFailed') };
    } finally {
      this.acting = undefined;
      this.changed();
    }
  }

  private weekday(day: number): string {
    return new Intl.DateTimeFormat(this.t.locale, { weekday: 'long', timeZone: 'UTC' }).format(
      SUNDAY + day * 86_400_000,
    );
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
      t.t('adminGroupFrequencyName', group.schedule.frequency),
      this.weekday(group.schedule.weekday),
      time,
      t.t('adminGroupFormatName', group.format),
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
          ${group.archived ? t.t('adminGroupArchivedMark') : t.t('adminGroupStatus', group.group.status)}
        </strong>
      </p>
      ${this.seatsText(group)}
      <p class="meta">${this.scheduleText(group.group)}</p>
      <div class="alert" role="alert">
        ${this.failed?.id === id ? html`<p>${this.failed.message}</p>` : nothing}
      </div>
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
    return html`<div
      class="confirm"
      role="group"
      aria-labelledby="archive-question-${id}"
      @keydown=${(event: KeyboardEvent) => this.handleConfirmKeydown(event, group)}
    >
      <p id="archive-question-${id}">
        <strong>${t.t('adminGroupArchiveQuestion', group.group.name)}</strong>
      </p>
      <p>${t.t('adminGroupArchiveExplain')}</p>
      <div class="actions">
        <button
          type="button"
          class="danger"
          id="archive-confirm-${id}"
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => this.handleArchived(group, true)}
        >
          ${t.t('adminGroupArchiveConfirm')}
        </button>
        <button type="button" class="secondary" @click=${() => this.handleArchiveCancel(group)}>
          ${t.t('adminCancel')}
        </button>
      </div>
    </div>`;
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

  /** The problems to show: the form's own checks (after a first save) and the server's. */
  private problemsOf(form: GroupForm): FieldProblems {
    const checked = form.submitted ? checkGroup(form.draft) : undefined;
    const own = checked && !checked.ok ? checked.problems : [];
    return problemsInOrder(
      groupFieldPaths(form.draft),
      [...own].map(([path, problem]) => [path, this.t.t('adminGroupProblem', problem)] as const),
      form.server,
    );
  }

  private renderForm(form: GroupForm) {
    const t = this.t;
    const draft = form.draft;
    const problems = this.problemsOf(form);
    const fields = new FormFields(FORM, problems, (label) => t.t('adminOptional', label));
    const sections = html`
      ${this.renderAbout(fields, form)} ${this.renderWho(fields, draft)}
      ${this.renderWhere(fields, draft)} ${this.renderWhen(fields, draft)}
      ${this.renderFacilitators(fields, draft)} ${this.renderFee(fields, draft)}
      ${this.renderSeats(fields, form)}
    `;
    const title = form.editing
      ? t.t('adminGroupFormEdit', form.editing.group.name)
      : t.t('adminGroupFormNew');
    return html`<form
      class="group-form"
      novalidate
      aria-labelledby="${FORM}-form-title"
      @submit=${(event: SubmitEvent) => this.handleSubmit(event)}
      @input=${(event: Event) => this.handleInput(event)}
      @change=${(event: Event) => this.handleInput(event)}
    >
      <h3 id="${FORM}-form-title" tabindex="-1">${title}</h3>
      ${fields.top(t.t('adminProblemsTitle', problems.size), form.failure, this.host.shadowRoot!)}
      ${sections}
      <div class="actions">
        ${fields.submit(
          t.t(form.editing ? 'adminGroupSave' : 'adminGroupCreate'),
          t.t('adminSaving'),
          form.saving,
        )}
        <button
          type="button"
          class="secondary"
          @click=${() => this.close(form.editing ? `#edit-${form.editing.group.id}` : '#group-new')}
        >
          ${t.t('adminCancel')}
        </button>
      </div>
    </form>`;
  }

  private renderAbout(fields: FormFields, form: GroupForm) {
    const t = this.t;
    const draft = form.draft;
    const topics = this.practice?.topics ?? [];
    return html`<fieldset>
      <legend>${t.t('adminGroupAbout')}</legend>
      ${fields.text('name', t.t('adminGroupName'), draft.name)}
      ${
        form.editing
          ? nothing
          : fields.text('id', t.t('adminGroupId'), draft.id, { hint: t.t('adminGroupIdHint') })
      }
      ${fields.text('summary', t.t('adminGroupSummary'), draft.summary, {
        hint: t.t('adminGroupSummaryHint'),
      })}
      ${fields.text('description', t.t('adminGroupDescription'), draft.description, { rows: 5 })}
      ${fields.select(
        'kind',
        t.t('adminGroupKind'),
        draft.kind,
        GROUP_KINDS.map((kind) => [kind, t.t('adminGroupKindName', kind)] as const),
      )}
      ${
        topics.length
          ? fields.choices(
              'topics',
              t.t('adminGroupTopics'),
              draft.topics,
              topics.map((topic) => [topic.id, topic.label] as const),
              { many: true, hint: t.t('adminGroupTopicsHint') },
            )
          : html`<p class="meta">${t.t('adminGroupNoTopics')}</p>`
      }
      ${fields.text('language', t.t('adminGroupLanguage'), draft.language, {
        hint: t.t('adminGroupLanguageHint'),
      })}
    </fieldset>`;
  }

  private renderWho(fields: FormFields, draft: GroupDraft) {
    const t = this.t;
    return html`<fieldset>
      <legend>${t.t('adminGroupWho')}</legend>
      ${fields.text('audience', t.t('adminGroupAudience'), draft.audience, {
        hint: t.t('adminGroupAudienceHint'),
      })}
      <div class="pair">
        ${fields.text('ageMin', t.t('adminGroupAgeMin'), draft.ageMin, {
          optional: true,
          inputmode: 'numeric',
          describedBy: `${FORM}-age-hint`,
        })}
        ${fields.text('ageMax', t.t('adminGroupAgeMax'), draft.ageMax, {
          optional: true,
          inputmode: 'numeric',
          describedBy: `${FORM}-age-hint`,
        })}
      </div>
      <p class="hint" id="${FORM}-age-hint">${t.t('adminGroupAgeHint')}</p>
    </fieldset>`;
  }

  private renderWhere(fields: FormFields, draft: GroupDraft) {
    const t = this.t;
    return html`<fieldset>
      <legend>${t.t('adminGroupWhere')}</legend>
      ${fields.choices(
        'format',
        t.t('adminGroupFormat'),
        draft.format,
        GROUP_FORMATS.map((format) => [format, t.t('adminGroupFormatName', format)] as const),
      )}
      ${
        draft.format === 'online'
          ? nothing
          : html`${fields.text('location.name', t.t('adminGroupPlace'), draft.location.name)}
            ${fields.text('location.address', t.t('adminGroupAddress'), draft.location.address, {
              autocomplete: 'street-address',
            })}
            ${fields.text('location.city', t.t('adminGroupCity'), draft.location.city)}
            ${fields.text(
              'location.accessibility',
              t.t('adminGroupAccessibility'),
              draft.location.accessibility,
              { optional: true, hint: t.t('adminGroupAccessibilityHint'), rows: 2 },
            )}`
      }
    </fieldset>`;
  }

  private renderWhen(fields: FormFields, draft: GroupDraft) {
    const t = this.t;
    const weekdays = [0, 1, 2, 3, 4, 5, 6].map((day) => [String(day), this.weekday(day)] as const);
    return html`<fieldset>
      <legend>${t.t('adminGroupWhen')}</legend>
      ${fields.select(
        'schedule.frequency',
        t.t('adminGroupFrequency'),
        draft.schedule.frequency,
        FREQUENCIES.map(
          (frequency: Frequency) => [frequency, t.t('adminGroupFrequencyName', frequency)] as const,
        ),
      )}
      ${fields.select('schedule.weekday', t.t('adminGroupWeekday'), draft.schedule.weekday, weekdays)}
      <div class="pair">
        ${fields.text('schedule.startTime', t.t('adminGroupStartTime'), draft.schedule.startTime, {
          type: 'time',
          hint: t.t('adminGroupStartTimeHint'),
        })}
        ${fields.text(
          'schedule.durationMinutes',
          t.t('adminGroupDuration'),
          draft.schedule.durationMinutes,
          { inputmode: 'numeric' },
        )}
      </div>
      ${fields.text('schedule.timeZone', t.t('adminGroupTimeZone'), draft.schedule.timeZone, {
        hint: t.t('adminGroupTimeZoneHint'),
        list: `${FORM}-time-zones`,
      })}
      <datalist id="${FORM}-time-zones">
        ${timeZones().map((zone) => html`<option value=${zone}></option>`)}
      </datalist>
      ${fields.choices(
        'enrollment',
        t.t('adminGroupEnrollment'),
        draft.enrollment,
        ENROLLMENTS.map(
          (enrollment) => [enrollment, t.t('adminGroupEnrollmentName', enrollment)] as const,
        ),
      )}
      ${
        draft.enrollment === 'cohort'
          ? html`<div class="pair">
              ${fields.text('startsOn', t.t('adminGroupStartsOn'), draft.startsOn, { type: 'date' })}
              ${fields.text('sessionCount', t.t('adminGroupSessionCount'), draft.sessionCount, {
                optional: true,
                inputmode: 'numeric',
              })}
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  private renderFacilitators(fields: FormFields, draft: GroupDraft) {
    const t = this.t;
    return html`<fieldset>
      <legend>${t.t('adminGroupPeople')}</legend>
      ${
        draft.facilitators.length
          ? draft.facilitators.map(
              (person, index) =>
                html`<div class="row" role="group" aria-labelledby="${FORM}-facilitator-${index}">
                  <h4 id="${FORM}-facilitator-${index}">
                    ${t.t('adminGroupFacilitator', index + 1)}
                  </h4>
                  ${fields.text(
                    `facilitators.${index}.name`,
                    t.t('adminGroupFacilitatorName'),
                    person.name,
                  )}
                  ${fields.text(
                    `facilitators.${index}.credentials`,
                    t.t('adminGroupFacilitatorCredentials'),
                    person.credentials,
                    { optional: true, hint: t.t('adminGroupFacilitatorCredentialsHint') },
                  )}
                  ${fields.listButton(t.t('adminGroupFacilitatorRemove', index + 1), () =>
                    this.handleRemoveFacilitator(index),
                  )}
                </div>`,
            )
          : html`<p class="meta">${t.t('adminGroupNoFacilitators')}</p>`
      }
      ${fields.listButton(
        t.t('adminGroupFacilitatorAdd'),
        () => this.handleAddFacilitator(),
        `${FORM}-facilitator-add`,
      )}
    </fieldset>`;
  }

  private renderFee(fields: FormFields, draft: GroupDraft) {
    const t = this.t;
    return html`<fieldset>
      <legend>${t.t('adminGroupCost')}</legend>
      <div class="pair">
        ${fields.text('fee.amount', t.t('adminGroupAmount'), draft.fee.amount, {
          optional: true,
          inputmode: 'decimal',
          hint: t.t('adminGroupAmountHint'),
        })}
        ${fields.text('fee.currency', t.t('adminGroupCurrency'), draft.fee.currency, {
          hint: t.t('adminGroupCurrencyHint'),
        })}
      </div>
      ${fields.select(
        'fee.per',
        t.t('adminGroupPer'),
        draft.fee.per,
        (['session', 'series'] as const).map(
          (per) => [per, t.t('adminGroupPerName', per)] as const,
        ),
      )}
      ${fields.checkbox('fee.slidingScale', t.t('adminGroupSliding'), draft.fee.slidingScale)}
      ${fields.text('fee.insurance', t.t('adminGroupInsurance'), draft.fee.insurance, {
        optional: true,
        rows: 3,
        hint: t.t('adminGroupInsuranceHint'),
      })}
    </fieldset>`;
  }

  private renderSeats(fields: FormFields, form: GroupForm) {
    const t = this.t;
    const draft = form.draft;
    const seats = seatsFor(draft, form.editing);
    return html`<fieldset>
      <legend>${t.t('adminGroupSeatsTitle')}</legend>
      ${fields.text('capacity', t.t('adminGroupCapacity'), draft.capacity, {
        inputmode: 'numeric',
        describedBy: `${FORM}-seats`,
      })}
      <div id="${FORM}-seats" class="seats">
        ${
          seats
            ? html`<p>${t.t('adminGroupSeats', seats.capacity, seats.taken, seats.free)}</p>
                ${
                  seats.over > 0
                    ? html`<p class="warning">
                        ${t.t('adminGroupOver', seats.capacity, seats.taken, seats.over)}
                      </p>`
                    : nothing
                }`
            : nothing
        }
        <p class="hint">${t.t('adminGroupSeatsNote')}</p>
      </div>
      ${fields.text('externalEnrolled', t.t('adminGroupExternal'), draft.externalEnrolled, {
        optional: true,
        inputmode: 'numeric',
        hint: t.t('adminGroupExternalHint'),
      })}
      ${fields.checkbox('closed', t.t('adminGroupClosed'), draft.closed, {
        hint: t.t('adminGroupClosedHint'),
      })}
      ${fields.checkbox('screening.required', t.t('adminGroupScreening'), draft.screening.required)}
      ${fields.text('screening.note', t.t('adminGroupScreeningNote'), draft.screening.note, {
        optional: true,
        rows: 2,
        hint: t.t('adminGroupScreeningNoteHint'),
      })}
    </fieldset>`;
  }

  render() {
    const t = this.t;
    return html`<section class="groups" aria-labelledby="groups-title">
      <h2 id="groups-title" tabindex="-1">${t.t('adminGroupsTitle')}</h2>
      ${this.groupsTask.render({
        pending: () => this.loadingMessage(t.t('adminGroupsLoading')),
        error: () => this.loadFailedMessage(t.t('adminGroupsError'), () => this.handleRetry()),
        complete: () => (this.form ? this.renderForm(this.form) : this.renderList()),
      })}
    </section>`;
  }
}
