import { html, nothing } from 'lit';
import type { StaffSignup } from '../../api/contract/staff.js';
import { formatDateTime, type AdminLocalize } from '../kit/view.js';
import { plainText, visitorText } from '../kit/visitor-text.js';

/** Dates and times as the staff member's locale writes them. */
export function formatDate(t: AdminLocalize, iso: string, style: 'medium' | 'long'): string {
  return new Intl.DateTimeFormat(t.locale, { dateStyle: style }).format(new Date(iso));
}

/** When the request is deleted automatically, in the words staff scan the list with. */
export function retentionText(t: AdminLocalize, signup: StaffSignup): string {
  return signup.retainUntil
    ? t.t('adminSignupKeptUntil', formatDate(t, signup.retainUntil, 'long'))
    : t.t('adminSignupKeptWhileEnrolled');
}

/** Everything the visitor sent, each value as text. */
export function renderAnswers(t: AdminLocalize, signup: StaffSignup) {
  const notGiven = t.t('adminSignupNotGiven');
  const rows: [string, unknown][] = [
    [
      t.t('adminSignupEmail'),
      html`<a href="mailto:${signup.email}">${visitorText(signup.email)}</a>`,
    ],
    [t.t('adminSignupPhone'), signup.phone ? visitorText(signup.phone) : notGiven],
    [t.t('adminSignupContactBy'), t.messages.adminSignupContactMethods[signup.contactMethod]],
    [t.t('adminSignupLeaveMessage'), t.t('adminSignupYesNo', signup.okToLeaveMessage)],
    [t.t('adminSignupBestTimes'), signup.bestTimes ? visitorText(signup.bestTimes) : notGiven],
    [t.t('adminSignupMessage'), signup.message ? visitorText(signup.message) : notGiven],
    ...(signup.ageConfirmed === null
      ? []
      : [
          [t.t('adminSignupAge'), t.t('adminSignupYesNo', signup.ageConfirmed)] as [string, string],
        ]),
    [t.t('adminSignupReceivedOn'), formatDateTime(t, signup.createdAt)],
    [
      t.t('adminSignupConsent'),
      t.t(
        'adminSignupConsentGiven',
        formatDate(t, signup.consentedAt, 'long'),
        signup.consentVersion,
      ),
    ],
    [
      t.t('adminSignupRetention'),
      signup.retainUntil
        ? t.t('adminSignupRetainUntil', formatDate(t, signup.retainUntil, 'long'))
        : t.t('adminSignupRetainEnrolled'),
    ],
  ];
  return html`<dl class="answers" aria-label=${t.t('adminSignupAbout', plainText(signup.name))}>
    ${rows.map(
      ([term, value]) =>
        html`<div>
          <dt>${term}</dt>
          <dd>${value}</dd>
        </div>`,
    )}
  </dl>`;
}

/** Every status change and note, oldest first, after the request itself. */
export function renderHistory(t: AdminLocalize, signup: StaffSignup) {
  const statuses = t.messages.adminSignupStatuses;
  const who = (actor: StaffSignup['history'][number]['actor']) =>
    t.t(
      'adminSignupHistoryBy',
      actor
        ? (actor.email ?? t.t('adminSignupHistoryFormerStaff'))
        : t.t('adminSignupHistorySystem'),
    );
  return html`<h5 id="history-${signup.id}">${t.t('adminSignupHistory')}</h5>
    <ol class="history" aria-labelledby="history-${signup.id}">
      <li>
        <time datetime=${signup.createdAt}>${formatDateTime(t, signup.createdAt)}</time>
        <span>${t.t('adminSignupHistorySent')}</span>
      </li>
      ${signup.history.map(
        (entry) =>
          html`<li>
            <time datetime=${entry.at}>${formatDateTime(t, entry.at)}</time>
            <span>
              ${
                entry.to
                  ? `${entry.from ? `${statuses[entry.from]} → ` : ''}${statuses[entry.to]}`
                  : t.t('adminSignupHistoryNote')
              }
              <span class="meta">${who(entry.actor)}</span>
            </span>
            ${entry.note ? html`<p class="note">${entry.note}</p>` : nothing}
          </li>`,
      )}
    </ol>`;
}
