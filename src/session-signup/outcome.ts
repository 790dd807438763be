/*
 * What came of a send: the confirmation (requested or waitlisted, with the practice's own "what
 * happens next"), the confirmation of a request that spoke of suicide or self-harm (the crisis
 * lines first), or a failure in plain words with everything typed kept (offline, busy, closed).
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ApiError } from '../api/errors.js';
import type { Group, Practice, SignupResult } from '../api/contract/public.js';
import { contactList } from '../internal/contact-list.js';
import { waitWords } from '../internal/form-controller.js';
import { errorWords } from '../internal/state-messages.js';
import type { SignupWords } from './texts.js';
import { crisisList, sentCrisisLead } from './urgent-help.js';

const position = (words: SignupWords, outcome: SignupResult) =>
  outcome.status === 'waitlisted' && outcome.waitlistPosition
    ? html`<p>${words.t('signupPosition', outcome.waitlistPosition)}</p>`
    : nothing;

/**
 * The confirmation. `statusShown` is the group's status when the form was shown, to tell "it
 * just filled" from "it was full".
 */
export function outcomeMessage(
  words: SignupWords,
  outcome: SignupResult,
  practice: Practice,
  group: Group | undefined,
  statusShown: Group['status'] | undefined,
) {
  if (outcome.crisis === true) return crisisOutcome(words, outcome, practice);
  const { messages } = words;
  const texts = practice.texts;
  const lang = practice.locale || undefined;
  const waitlisted = outcome.status === 'waitlisted';
  const next = waitlisted ? texts['waitlistNext'] : texts['signupNext'];
  const screening = group?.screening.required
    ? (texts['screeningNote'] ?? messages.signupScreening)
    : undefined;
  const fromPractice = (text: string) => html`<p lang=${ifDefined(lang)}>${text}</p>`;
  return html`
    <div part="outcome" class="outcome">
      <h2 id="outcome" tabindex="-1">
        ${waitlisted ? messages.signupWaitlistedTitle : messages.signupRequestedTitle}
      </h2>
      ${waitlisted && statusShown !== 'waitlist' ? html`<p>${messages.signupJustFilled}</p>` : nothing}
      ${position(words, outcome)}
      ${
        next
          ? fromPractice(next)
          : html`<p>
              ${waitlisted ? messages.signupWaitlistedBody : messages.signupRequestedBody}
            </p>`
      }
      ${screening && !waitlisted ? fromPractice(screening) : nothing}
    </div>
  `;
}

/**
 * The request spoke of suicide or self-harm now (`crisis`): the crisis lines come first, then
 * that the practice has the request too. The practice's usual "what happens next" (often "within
 * two business days") would read as "wait", so it is left out.
 */
function crisisOutcome(words: SignupWords, outcome: SignupResult, practice: Practice) {
  const resources = outcome.resources?.length ? outcome.resources : practice.crisisResources;
  return html`
    <div part="outcome crisis-help" class="outcome crisis-help">
      <h2 id="outcome" tabindex="-1">${sentCrisisLead(words, resources)}</h2>
      ${crisisList(words, resources, practice)}
      <p>${words.messages.signupSentCrisisBody}</p>
      ${position(words, outcome)}
    </div>
  `;
}

/** The group is closed to requests: say so, and offer the other groups and the practice. */
export function closedAlert(words: SignupWords, practice: Practice, onChooseAnother: () => void) {
  const { messages } = words;
  return html`<div part="alert" class="alert">
    <h3 id="alert" tabindex="-1">${messages.signupClosedTitle}</h3>
    <p>${messages.signupClosed}</p>
    <button class="button-secondary" type="button" @click=${onChooseAnother}>
      ${messages.signupOtherGroups}
    </button>
    ${contactList(practice.contact, messages)}
  </div>`;
}

/** A send that failed other than on a field. */
export function sendFailure(
  words: SignupWords,
  error: ApiError,
  practice: Practice,
  onChooseAnother: () => void,
) {
  const { messages } = words;
  const { kind } = error;
  if (kind === 'conflict' || kind === 'not_found') {
    return closedAlert(words, practice, onChooseAnother);
  }
  const failure = errorWords(error);
  return html`
    <div part="alert" class="alert">
      <h3 id="alert" tabindex="-1">${messages.signupOfflineTitle}</h3>
      <p>
        ${
          failure === 'errorNetwork'
            ? messages.signupOffline
            : failure === 'errorRateLimited'
              ? words.t(
                  'signupBusy',
                  waitWords(error.retryAfter, words.locale, messages.signupBusySoon),
                )
              : messages.signupServer
        }
      </p>
    </div>
  `;
}
