/*
 * The choice of group, when none is given: one radio per open group with its seats in words, and
 * "Not sure", which shows the practice's contact details so it can help the visitor choose.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Group, Practice } from '../api/contract/public.js';
import { formatStatus } from '../i18n/format.js';
import { contactList } from '../internal/contact-list.js';
import type { SignupWords } from './texts.js';

/** The picker's value for "Not sure — help me choose". */
export const NOT_SURE = '';

/** `picked` is a group id, `NOT_SURE`, or undefined before a choice. */
export function groupPicker(
  words: SignupWords,
  open: readonly Group[],
  picked: string | undefined,
  onPick: (event: Event) => void,
) {
  const messages = words.messages;
  const option = (value: string, label: unknown, lang?: string) => html`
    <label class="check">
      <input
        type="radio"
        name="group"
        .value=${value}
        .checked=${picked === value}
        @change=${onPick}
      />
      <span lang=${ifDefined(lang)}>${label}</span>
    </label>
  `;
  return html`
    <fieldset part="picker" class="picker">
      <legend>${messages.signupPickLegend}</legend>
      ${open.map((group) =>
        option(
          group.id,
          html`${group.name} <span class="muted">(${formatStatus(group, messages)})</span>`,
          group.language || undefined,
        ),
      )}
      ${option(NOT_SURE, messages.signupNotSure)}
    </fieldset>
  `;
}

/** After "Not sure": the practice can help choose. */
export const choosingHelp = (words: SignupWords, practice: Practice) => html`
  <div class="help">
    <h2>${words.t('signupHelpTitle')}</h2>
    <p>${words.t('signupHelpBody')}</p>
    ${contactList(practice.contact, words.messages)}
  </div>
`;
