import { html, nothing } from 'lit';
import type { StaffGroup } from '../../api/contract/staff.js';
import { ENROLLMENTS, FREQUENCIES, GROUP_FORMATS, GROUP_KINDS } from '../../api/contract/public.js';
import {
  choicesOf,
  FormFields,
  problemsInOrder,
  timeZones,
  type FieldProblems,
  type SaveState,
} from '../kit/form-fields.js';
import type { AdminLocalize } from '../kit/view.js';
import type { GroupsView } from './groups-view.js';
import { checkGroup, groupFieldPaths, seatsFor, type GroupDraft } from './group-draft.js';

/*
 * The form that creates or edits a group: its sections (about, who, where, when, facilitators,
 * cost, seats), each control named by its path in the API body, and the summary of problems.
 * The groups view keeps the form's state and handles what staff do.
 */

export const FORM = 'group';
export const SUNDAY = Date.UTC(2023, 0, 1);

/** The form for a new group (`editing` undefined) or an existing one, with what was typed. */
export interface GroupForm extends SaveState {
  editing: StaffGroup | undefined;
  draft: GroupDraft;
  /** The short name follows the name until someone types one. */
  idTouched: boolean;
}

/** A weekday's name in the console's language (0 is Sunday). */
export function weekdayName(t: AdminLocalize, day: number): string {
  return new Intl.DateTimeFormat(t.locale, { weekday: 'long', timeZone: 'UTC' }).format(
    SUNDAY + day * 86_400_000,
  );
}

/** The problems to show: the form's own checks (after a first save) and the server's. */
function problemsOf(t: AdminLocalize, form: GroupForm): FieldProblems {
  const checked = form.submitted ? checkGroup(form.draft) : undefined;
  const own = checked && !checked.ok ? checked.problems : [];
  return problemsInOrder(
    groupFieldPaths(form.draft),
    [...own].map(([path, problem]) => [path, t.messages.adminGroupProblems[problem]] as const),
    form.server,
  );
}

export function renderGroupForm(view: GroupsView, form: GroupForm) {
  const t = view.t;
  const draft = form.draft;
  const problems = problemsOf(view.t, form);
  const fields = new FormFields(FORM, problems, (label) => t.t('adminOptional', label));
  const sections = html`
    ${renderAbout(view, fields, form)} ${renderWho(view, fields, draft)}
    ${renderWhere(view, fields, draft)} ${renderWhen(view, fields, draft)}
    ${renderFacilitators(view, fields, draft)} ${renderFee(view, fields, draft)}
    ${renderSeats(view, fields, form)}
  `;
  const title = form.editing
    ? t.t('adminGroupFormEdit', form.editing.group.name)
    : t.t('adminGroupFormNew');
  return html`<form
    class="group-form"
    novalidate
    aria-labelledby="${FORM}-form-title"
    @submit=${(event: SubmitEvent) => view.handleSubmit(event)}
    @input=${(event: Event) => view.handleInput(event)}
    @change=${(event: Event) => view.handleInput(event)}
  >
    <h3 id="${FORM}-form-title" tabindex="-1">${title}</h3>
    ${fields.top(t.t('adminProblemsTitle', problems.size), form.failure, view.host.shadowRoot!)}
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
        @click=${() => view.close(form.editing ? `#edit-${form.editing.group.id}` : '#group-new')}
      >
        ${t.t('adminCancel')}
      </button>
    </div>
  </form>`;
}

function renderAbout(view: GroupsView, fields: FormFields, form: GroupForm) {
  const t = view.t;
  const draft = form.draft;
  const topics = view.practice?.topics ?? [];
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
      choicesOf(GROUP_KINDS, t.messages.adminGroupKinds),
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

function renderWho(view: GroupsView, fields: FormFields, draft: GroupDraft) {
  const t = view.t;
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

function renderWhere(view: GroupsView, fields: FormFields, draft: GroupDraft) {
  const t = view.t;
  return html`<fieldset>
    <legend>${t.t('adminGroupWhere')}</legend>
    ${fields.choices(
      'format',
      t.t('adminGroupFormat'),
      draft.format,
      choicesOf(GROUP_FORMATS, t.messages.adminGroupFormats),
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

function renderWhen(view: GroupsView, fields: FormFields, draft: GroupDraft) {
  const t = view.t;
  const weekdays = [0, 1, 2, 3, 4, 5, 6].map(
    (day) => [String(day), weekdayName(view.t, day)] as const,
  );
  return html`<fieldset>
    <legend>${t.t('adminGroupWhen')}</legend>
    ${fields.select(
      'schedule.frequency',
      t.t('adminGroupFrequency'),
      draft.schedule.frequency,
      choicesOf(FREQUENCIES, t.messages.adminGroupFrequencies),
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
      choicesOf(ENROLLMENTS, t.messages.adminGroupEnrollments),
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

function renderFacilitators(view: GroupsView, fields: FormFields, draft: GroupDraft) {
  const t = view.t;
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
                  view.handleRemoveFacilitator(index),
                )}
              </div>`,
          )
        : html`<p class="meta">${t.t('adminGroupNoFacilitators')}</p>`
    }
    ${fields.listButton(
      t.t('adminGroupFacilitatorAdd'),
      () => view.handleAddFacilitator(),
      `${FORM}-facilitator-add`,
    )}
  </fieldset>`;
}

function renderFee(view: GroupsView, fields: FormFields, draft: GroupDraft) {
  const t = view.t;
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
      choicesOf(['session', 'series'], t.messages.adminGroupFeePer),
    )}
    ${fields.checkbox('fee.slidingScale', t.t('adminGroupSliding'), draft.fee.slidingScale)}
    ${fields.text('fee.insurance', t.t('adminGroupInsurance'), draft.fee.insurance, {
      optional: true,
      rows: 3,
      hint: t.t('adminGroupInsuranceHint'),
    })}
  </fieldset>`;
}

function renderSeats(view: GroupsView, fields: FormFields, form: GroupForm) {
  const t = view.t;
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
