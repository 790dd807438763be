import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { STAFF_SIGNUP_STATUSES, type StaffSignup } from '../../api/contract/staff.js';
import { visitorText, wordsAround } from '../kit/visitor-text.js';
import { formatDate, renderAnswers, renderHistory, retentionText } from './signup-details.js';
import { alertOf, confirmBox } from '../kit/view.js';
import type { Action, SignupsView } from './signups-view.js';

/*
 * One sign-up request as staff see it in the list: the person's name, what they wrote when it
 * speaks of suicide or self-harm, where it stands, the status form, and behind "More" everything
 * they sent, its history, a note form and deletion after a confirmation. The view keeps the state
 * and handles what staff do.
 */

function renderFailure(view: SignupsView, signup: StaffSignup, actions: Action[]) {
  const failed = view.failed?.id === signup.id && actions.includes(view.failed.action);
  return alertOf(failed ? view.failed!.message : undefined);
}

function renderStatusForm(view: SignupsView, signup: StaffSignup) {
  const t = view.t;
  const id = `status-${signup.id}`;
  return html`<form
    class="actions"
    novalidate
    @submit=${(event: SubmitEvent) => view.handleStatusSubmit(event, signup)}
  >
    <label for=${id}>${t.t('adminStatusLabel')}</label>
    <select id=${id} name="status">
      ${STAFF_SIGNUP_STATUSES.map(
        (status) =>
          html`<option value=${status} ?selected=${status === signup.status}>
            ${t.messages.adminSignupStatuses[status]}
          </option>`,
      )}
    </select>
    <button type="submit" aria-disabled=${view.acting === signup.id ? 'true' : 'false'}>
      ${t.t('adminChangeStatus')}
    </button>
    ${
      signup.status === 'waitlisted'
        ? html`<button
            type="button"
            class="secondary"
            aria-disabled=${view.acting === signup.id ? 'true' : 'false'}
            @click=${() => view.handlePromote(signup)}
          >
            ${t.t('adminSignupPromote')}
          </button>`
        : nothing
    }
  </form>`;
}

function renderNoteForm(view: SignupsView, signup: StaffSignup) {
  const t = view.t;
  const id = `note-${signup.id}`;
  const missing = view.noteMissing === signup.id;
  return html`<form
    class="note-form"
    novalidate
    @submit=${(event: SubmitEvent) => view.handleNoteSubmit(event, signup)}
  >
    <label for=${id}>${t.t('adminSignupNoteLabel')}</label>
    <textarea
      id=${id}
      name="note"
      rows="2"
      maxlength="2000"
      aria-invalid=${missing ? 'true' : 'false'}
      aria-describedby=${ifDefined(missing ? `${id}-error` : undefined)}
    ></textarea>
    ${missing ? html`<p class="error" id="${id}-error">${t.t('adminSignupNoteNeeded')}</p>` : nothing}
    ${renderFailure(view, signup, ['note'])}
    <div class="actions">
      <button type="submit" aria-disabled=${view.acting === signup.id ? 'true' : 'false'}>
        ${t.t('adminSignupNoteAdd')}
      </button>
    </div>
  </form>`;
}

function renderDelete(view: SignupsView, signup: StaffSignup) {
  const t = view.t;
  if (view.confirmingDelete !== signup.id) {
    return html`<div class="actions">
      <button
        type="button"
        class="secondary danger-outline"
        id="delete-${signup.id}"
        @click=${() => view.handleDeleteStart(signup)}
      >
        ${t.t('adminSignupDelete')}
      </button>
    </div>`;
  }
  return confirmBox(t, {
    id: `delete-question-${signup.id}`,
    question: wordsAround((name) => t.t('adminSignupDeleteQuestion', name), signup.name),
    more: renderFailure(view, signup, ['delete']),
    action: wordsAround((name) => t.t('adminSignupDeleteConfirm', name), signup.name),
    busy: view.acting === signup.id,
    confirm: () => view.handleDelete(signup),
    cancel: () => view.handleDeleteCancel(signup),
  });
}

/** What the person wrote, in view, when it speaks of suicide or self-harm. */
function renderCrisisMessage(view: SignupsView, signup: StaffSignup) {
  const t = view.t;
  return html`<div class="crisis-message">
    <p class="risk">
      ${
        signup.readFirst
          ? html`<strong class="read-first" part="read-first"
              >${t.t('adminSignupReadFirst')}</strong
            >`
          : nothing
      }
      <span>${t.t('adminSignupRisk', signup.crisis)}</span>
    </p>
    ${
      signup.message
        ? html`<p class="said">
            <span class="label">${t.t('adminSignupMessage')}:</span>
            <q>${visitorText(signup.message)}</q>
          </p>`
        : nothing
    }
    ${
      signup.bestTimes
        ? html`<p class="said">
            <span class="label">${t.t('adminSignupBestTimes')}:</span>
            <q>${visitorText(signup.bestTimes)}</q>
          </p>`
        : nothing
    }
  </div>`;
}

export function renderSignup(view: SignupsView, signup: StaffSignup, withGroup = false) {
  const t = view.t;
  const crisis = signup.crisis === 'high' || signup.crisis === 'medium';
  const meta = [
    withGroup ? signup.groupName : '',
    t.messages.adminSignupStatuses[signup.status],
    signup.waitlistPosition ? t.t('adminSignupWaitlistPosition', signup.waitlistPosition) : '',
    t.t('adminSignupReceived', formatDate(t, signup.createdAt, 'medium')),
    retentionText(t, signup),
  ].filter(Boolean);
  return html`<li
    class="signup ${crisis ? `crisis-${signup.crisis}` : ''}"
    part="signup"
    aria-labelledby="signup-${signup.id}"
  >
    <h4 id="signup-${signup.id}" tabindex="-1">${visitorText(signup.name)}</h4>
    ${crisis ? renderCrisisMessage(view, signup) : nothing}
    <p class="meta">${meta.join(' · ')}</p>
    <p class="contact">
      <a href="mailto:${signup.email}">${visitorText(signup.email)}</a>${
        signup.phone ? html` · ${visitorText(signup.phone)}` : nothing
      }
    </p>
    ${renderStatusForm(view, signup)} ${renderFailure(view, signup, ['status', 'promote'])}
    <details class="more">
      <summary>${t.t('adminSignupMore')}</summary>
      <div class="more-body">
        ${renderAnswers(t, signup)} ${renderHistory(t, signup)} ${renderNoteForm(view, signup)}
        ${renderDelete(view, signup)}
      </div>
    </details>
  </li>`;
}
