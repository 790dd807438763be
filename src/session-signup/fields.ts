/*
 * The sign-up form itself: contact details and how to be reached, best times and the message
 * (with the crisis-help panel beside the one that speaks of suicide, self-harm or a loss), the age
 * and consent boxes, the field for bots, a failed send in words, and the send button. What the
 * visitor typed is kept by the element's `FormController`; these functions only draw it.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  SIGNUP_LIMITS,
  validateSignup,
  type SignupField,
  type SignupFieldError,
  type SignupValidation,
} from '../api/rules/signup.js';
import {
  CONTACT_METHODS,
  type Group,
  type Practice,
  type SignupRequest,
} from '../api/contract/public.js';
import type { FormController } from '../internal/form-controller.js';
import type { CrisisHelp } from './crisis-watch.js';
import { sendFailure } from './outcome.js';
import type { SignupWords } from './texts.js';
import { helpPanel } from './urgent-help.js';

/** What the visitor has typed and ticked, keyed like the API's `fields` map. */
export type Values = Record<SignupField, string | boolean>;

export const emptyValues = (): Values => ({
  name: '',
  email: '',
  phone: '',
  contactMethod: 'email',
  okToLeaveMessage: false,
  bestTimes: '',
  message: '',
  ageConfirmed: false,
  'consent.contact': false,
  'consent.privacy': false,
  website: '',
});

/** The fields that show errors: all but the one for bots. */
export type Shown = Exclude<SignupField, 'website'>;
export const FIELDS = Object.keys(emptyValues()).filter((field) => field !== 'website') as Shown[];

/** Element ids may not contain the dot of `consent.contact` in a CSS selector without escaping. */
export const idOf = (field: string) => `f-${field.replace('.', '-')}`;

export type SignupForm = FormController<Values, Shown, SignupFieldError, SignupRequest>;

/** What the form's controls call. */
export interface FormHandlers {
  input(event: Event): void;
  submit(event: Event): void;
  chooseAnother(): void;
}

/** The group asks its members to confirm an age range. */
const hasAgeRange = (group: Group | undefined): boolean =>
  group?.ageMin !== undefined || group?.ageMax !== undefined;

/**
 * The client rules (shared with the server) on what the visitor typed, for this group: the phone
 * box counts only for calls and texts, the age box only for a group with an age range. The rules
 * build the body to send from the fields they know.
 */
export function validate(values: Values, group: Group | undefined): SignupValidation {
  const ageRange = hasAgeRange(group);
  return validateSignup(
    {
      ...values,
      okToLeaveMessage: values.contactMethod !== 'email' ? values.okToLeaveMessage : undefined,
      ageConfirmed: ageRange ? values.ageConfirmed : undefined,
      consent: { contact: values['consent.contact'], privacy: values['consent.privacy'] },
    },
    { ageRange },
  );
}

export function signupForm(
  words: SignupWords,
  form: SignupForm,
  group: Group,
  practice: Practice,
  help: CrisisHelp | undefined,
  on: FormHandlers,
) {
  const { messages } = words;
  const { values, sending } = form;
  const phoneContact = values.contactMethod !== 'email';
  const ages = hasAgeRange(group) ? words.t('ages', group.ageMin, group.ageMax) : '';
  const title = group.status === 'waitlist' ? 'signupWaitlistTitle' : 'signupTitle';
  const helpBeside = (field: Shown) =>
    help?.field === field ? helpPanel(words, help, practice) : nothing;
  return html`
    <form
      part="form"
      class="form"
      novalidate
      aria-labelledby="form-title"
      @input=${on.input}
      @change=${on.input}
      @focusout=${form.handleBlur}
      @submit=${on.submit}
    >
      <h2 id="form-title">${words.t(title, group.name)}</h2>
      <p>${messages.signupIntro}</p>
      ${form.renderSummary((count) => words.t('signupSummary', count))}
      ${textField(form, 'name', messages.signupName, 'text', 'name', messages.signupNameHint)}
      ${textField(form, 'email', messages.signupEmail, 'email', 'email')}
      <fieldset class="field" aria-describedby=${ifDefined(form.errorId('contactMethod'))}>
        <legend>${messages.signupMethod}</legend>
        ${CONTACT_METHODS.map(
          (method) => html`
            <label class="check">
              <input
                type="radio"
                name="contactMethod"
                .value=${method}
                .checked=${values.contactMethod === method}
              />
              ${messages.signupMethods[method]}
            </label>
          `,
        )}
        ${form.renderError('contactMethod')}
      </fieldset>
      ${textField(
        form,
        'phone',
        phoneContact ? messages.signupPhoneNeeded : messages.signupPhone,
        'tel',
        'tel',
        undefined,
        phoneContact,
      )}
      ${phoneContact ? checkField(form, 'okToLeaveMessage', messages.signupLeaveMessage) : nothing}
      ${textField(form, 'bestTimes', messages.signupBestTimes, 'text', 'off', undefined, false)}
      ${helpBeside('bestTimes')}
      ${textField(form, 'message', messages.signupMessage, 'textarea', 'off', [
        messages.signupMessageNote,
        words.t('signupCount', String(values.message).length, SIGNUP_LIMITS.message),
      ])}
      ${helpBeside('message')}
      ${ages ? checkField(form, 'ageConfirmed', words.t('signupAge', ages)) : nothing}
      ${checkField(form, 'consent.contact', words.t('signupConsentContact', practice.name))}
      ${checkField(form, 'consent.privacy', messages.signupConsentPrivacy)}
      <p class="privacy">
        <a href=${practice.privacyPolicyUrl} target="_blank" rel="noopener noreferrer">
          ${messages.signupPrivacyLink}
        </a>
      </p>
      <div class="honeypot" aria-hidden="true">
        <label>
          ${messages.signupWebsite}
          <input name="website" tabindex="-1" autocomplete="off" .value=${String(values.website)} />
        </label>
      </div>
      ${form.failure ? sendFailure(words, form.failure, practice, on.chooseAnother) : nothing}
      <button
        part="submit"
        class="button-primary submit"
        type="submit"
        aria-disabled=${sending}
        aria-busy=${sending}
      >
        ${sending ? messages.signupSending : messages.signupSend}
      </button>
    </form>
  `;
}

/** A text field or, for `textarea`, a multi-line one; `hints` are read with the label. */
function textField(
  form: SignupForm,
  field: Shown,
  label: string,
  type: string,
  autocomplete: string,
  hints?: string | string[],
  required = field === 'name' || field === 'email',
) {
  const id = idOf(field);
  const hintList = hints === undefined ? [] : [hints].flat();
  const describedBy = [...hintList.map((_, index) => `${id}-hint${index}`), form.errorId(field)]
    .filter(Boolean)
    .join(' ');
  const invalid = !!form.errorId(field);
  const value = String(form.values[field]);
  return html`
    <div class="field">
      <label for=${id}>${label}</label>
      ${hintList.map((hint, index) => html`<p class="hint" id="${id}-hint${index}">${hint}</p>`)}
      ${
        type === 'textarea'
          ? html`<textarea
              id=${id}
              name=${field}
              rows="4"
              .value=${value}
              aria-invalid=${invalid}
              aria-describedby=${ifDefined(describedBy || undefined)}
            ></textarea>`
          : html`<input
              id=${id}
              name=${field}
              type=${type}
              autocomplete=${autocomplete}
              ?required=${required}
              .value=${value}
              aria-invalid=${invalid}
              aria-describedby=${ifDefined(describedBy || undefined)}
            />`
      }
      ${form.renderError(field)}
    </div>
  `;
}

function checkField(form: SignupForm, field: Shown, label: string) {
  const id = idOf(field);
  return html`
    <div class="field">
      <div class="check">
        <input
          id=${id}
          type="checkbox"
          name=${field}
          ?required=${field !== 'okToLeaveMessage'}
          .checked=${form.values[field] === true}
          aria-invalid=${!!form.errorId(field)}
          aria-describedby=${ifDefined(form.errorId(field))}
        />
        <label for=${id}>${label}</label>
      </div>
      ${form.renderError(field)}
    </div>
  `;
}
