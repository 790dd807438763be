/*
 * What came of a send: the thanks (with the crisis lines first when the server found crisis
 * language), or a failure in plain words with everything typed kept (offline, busy, too long,
 * the practice's trouble).
 */
import { html, nothing } from 'lit';
import type { Practice, StoryReceipt } from '../../api/contract/public.js';
import type { ApiError } from '../../api/errors.js';
import { waitWords } from '../../internal/form-controller.js';
import { errorWords } from '../../internal/state-messages.js';
import type { CrisisList } from './fields.js';
import type { ShareWords } from './texts.js';

export function sendFailure(words: ShareWords, error: ApiError) {
  const { messages } = words;
  const kind = errorWords(error);
  return html`
    <div part="alert" class="alert">
      <p id="story-alert" tabindex="-1"><strong>${messages.storyFailedTitle}</strong></p>
      <p>
        ${
          kind === 'errorNetwork'
            ? messages.storyOffline
            : kind === 'errorRateLimited'
              ? words.t(
                  'storyBusy',
                  waitWords(error.retryAfter, words.locale, messages.storyBusySoon),
                )
              : error.status === 413
                ? messages.storyTooLarge
                : messages.storyServer
        }
      </p>
    </div>
  `;
}

/** The thanks, in place of the Share button and the form. */
export function thanks(
  words: ShareWords,
  receipt: StoryReceipt,
  practice: Practice,
  crisis: CrisisList,
  shareAnother: () => void,
) {
  const { messages } = words;
  return html`
    <div part="outcome" class="outcome">
      <h2 id="story-outcome" tabindex="-1">${messages.storySentTitle}</h2>
      ${
        receipt.crisis
          ? html`<div class="crisis-now prominent">
              <p><strong>${messages.storySentCrisis}</strong></p>
              ${crisis(receipt.resources ?? practice.crisisResources)}
            </div>`
          : nothing
      }
      <p>${words.t('storySentBody', practice.name)}</p>
      <button class="button-secondary" type="button" @click=${shareAnother}>
        ${messages.storyShareAnother}
      </button>
    </div>
  `;
}
