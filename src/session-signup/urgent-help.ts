/*
 * The practice's crisis lines as the sign-up form shows them: the note that the form is not
 * monitored, the calm panel beside a message that speaks of suicide, self-harm or a loss, and the
 * words that lead with "call or text 988 now" (the crisis confirmation in `outcome.ts` uses them).
 */
import { html } from 'lit';
import type { CrisisResource, Practice } from '../api/contract/public.js';
import { crisisResourceList, firstLine } from '../internal/crisis-resources.js';
import type { CrisisHelp } from './crisis-watch.js';
import type { SignupWords } from './texts.js';

export const crisisList = (
  words: SignupWords,
  resources: readonly CrisisResource[],
  practice: Practice,
) =>
  crisisResourceList(
    resources,
    {
      call: (number) => words.t('signupCall', number),
      text: (number) => words.t('signupText', number),
      fallback: words.t('signupCrisisFallback'),
    },
    { lang: practice.locale || undefined, emergency: practice.texts['emergency'] },
  );

/** "call or text 988", from the practice's first line with a number. */
function reach(words: SignupWords, resources: readonly CrisisResource[]): string | undefined {
  const line = firstLine(resources);
  return line && words.t('signupReach', line.phone, line.sms);
}

/** The first words of the help beside a message: gentle for a loss, "… now" for a crisis. */
export const helpLead = (words: SignupWords, help: CrisisHelp, practice: Practice): string =>
  help.tier === 'low'
    ? words.t('signupHelpGentle')
    : words.t('signupHelpNow', reach(words, practice.crisisResources));

/** The heading of the confirmation of a request that spoke of suicide or self-harm now. */
export const sentCrisisLead = (words: SignupWords, resources: readonly CrisisResource[]): string =>
  words.t('signupSentCrisis', reach(words, resources));

/**
 * A note, not a region: a page can hold two forms (one in the group finder's dialog), and two
 * regions with one name are two landmarks a screen reader cannot tell apart.
 */
export const crisisNote = (words: SignupWords, practice: Practice) => html`
  <div part="crisis" class="crisis" role="note" aria-labelledby="crisis-title">
    <p id="crisis-title">${words.t('signupCrisis')}</p>
    ${crisisList(words, practice.crisisResources, practice)}
  </div>
`;

/**
 * Beside the field the visitor is writing in, while it speaks of suicide, self-harm or a loss:
 * a calm panel with the crisis lines, not an alarm. Not a live region (it would be read on
 * every keystroke); the element says it once.
 */
export const helpPanel = (words: SignupWords, help: CrisisHelp, practice: Practice) => html`
  <div part="crisis-help" class="crisis-help" id="crisis-help">
    <p><strong>${helpLead(words, help, practice)}</strong></p>
    ${crisisList(words, practice.crisisResources, practice)}
    <p>${words.t('signupHelpStill')}</p>
  </div>
`;
