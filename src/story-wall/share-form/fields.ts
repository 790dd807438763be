/*
 * The share form's fields: what the practice does with a story, the story with its counter, the
 * note about contact details and the crisis lines while typing, topics, a content note, consent,
 * the field for bots, a failed send in words, and the send button. What the visitor typed is kept
 * by the share form's `FormController`; these functions only draw it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CrisisResource, Practice, StorySubmission } from '../../api/contract/public.js';
import { detectCrisis, detectPersonalDetails } from '../../api/rules/safety/index.js';
import type { StoryField, StoryFieldError } from '../../api/rules/story.js';
import type { FormController } from '../../internal/form-controller.js';
import { sendFailure } from './outcome.js';
import type { ShareWords } from './texts.js';

/** The share form's fields, as the visitor left them. */
export type Draft = {
  body: string;
  topics: readonly string[];
  contentWarning: string;
  consent: boolean;
  website: string;
};

/** The fields that show errors: all but the one for bots. */
export type Shown = Exclude<StoryField, 'website'>;

export type StoryForm = FormController<Draft, Shown, StoryFieldError, StorySubmission>;

/** The wall's own list of crisis lines. */
export type CrisisList = (resources: readonly CrisisResource[] | undefined) => TemplateResult;

/** The counter speaks up only this close to the limit. */
const NEAR_LIMIT = 50;

/**
 * The story (a `textarea`) or its content note: label, hint, the box, then `more` (the story's
 * counter, which describes the box too), the box's error, and `after`.
 */
function textField(
  form: StoryForm,
  field: 'body' | 'contentWarning',
  label: string,
  hint: string,
  more: unknown = nothing,
  after: unknown = nothing,
) {
  const id = field === 'body' ? 'story-body' : 'story-note';
  const describedBy = `${id}-hint ${more === nothing ? '' : `${id}-count `}${form.errorId(field) ?? ''}`;
  const value = form.values[field];
  const invalid = form.invalid(field);
  return html`
    <div class="field">
      <label for=${id}>${label}</label>
      <p class="hint" id="${id}-hint">${hint}</p>
      ${
        field === 'body'
          ? html`<textarea
              id=${id}
              name=${field}
              rows="6"
              .value=${value}
              aria-invalid=${invalid}
              aria-describedby=${describedBy}
            ></textarea>`
          : html`<input
              id=${id}
              name=${field}
              autocomplete="off"
              .value=${value}
              aria-invalid=${invalid}
              aria-describedby=${describedBy}
            />`
      }
      ${more} ${form.renderError(field)} ${after}
    </div>
  `;
}

/** The fields inside the wall's `<form>`; `maxLength` is the practice's, else the shared one. */
export function shareFields(
  words: ShareWords,
  form: StoryForm,
  practice: Practice,
  maxLength: number,
  crisis: CrisisList,
) {
  const { messages } = words;
  const { values, sending } = form;
  const length = values.body.trim().length;
  const left = maxLength - length;
  const details = detectPersonalDetails(values.body).kinds;
  return html`
    <div class="rules">
      <p><strong>${messages.storyShareIntro}</strong></p>
      <ul>
        ${messages.storyShareRules(practice.name).map((rule) => html`<li>${rule}</li>`)}
      </ul>
      ${
        practice.texts['storyReview']
          ? html`<p lang=${ifDefined(practice.locale || undefined)}>
              ${practice.texts['storyReview']}
            </p>`
          : nothing
      }
    </div>
    ${form.renderSummary((count) => words.t('storySummary', count))}
    ${textField(
      form,
      'body',
      messages.storyBody,
      messages.storyBodyHint,
      html`<p class="hint ${left < 0 ? 'over' : ''}" id="story-body-count">
          ${words.t('storyCount', length, maxLength)}
        </p>
        <p class="visually-hidden" role="status">
          ${left <= NEAR_LIMIT ? words.t('storyRemaining', left) : ''}
        </p>`,
      html`<div role="status">
          ${
            details.length
              ? html`<p part="warning" class="warning">${words.t('storyDetails', details)}</p>`
              : nothing
          }
        </div>
        <div role="status">
          ${
            detectCrisis(values.body).tier !== 'none'
              ? html`<div class="crisis-now">
                  <p>${messages.storyCrisisNow}</p>
                  ${crisis(practice.crisisResources)}
                </div>`
              : nothing
          }
        </div>`,
    )}
    ${topicChoices(words, form, practice)}
    ${textField(form, 'contentWarning', messages.storyNote, messages.storyNoteHint)}
    <div class="field">
      <div class="check">
        <input
          id="story-consent"
          type="checkbox"
          name="consent"
          required
          .checked=${values.consent}
          aria-invalid=${form.invalid('consent')}
          aria-describedby=${ifDefined(form.errorId('consent'))}
        />
        <label for="story-consent">${messages.storyConsent}</label>
      </div>
      ${form.renderError('consent')}
    </div>
    <div class="honeypot" aria-hidden="true">
      <label>
        ${messages.storyWebsite}
        <input name="website" tabindex="-1" autocomplete="off" .value=${values.website} />
      </label>
    </div>
    ${form.failure ? sendFailure(words, form.failure) : nothing}
    <button
      class="button-primary submit"
      type="submit"
      aria-disabled=${sending}
      aria-busy=${sending}
    >
      ${sending ? messages.storySending : messages.storySend}
    </button>
    <p class="visually-hidden" role="status">${sending ? messages.storySending : ''}</p>
  `;
}

function topicChoices(words: ShareWords, form: StoryForm, practice: Practice) {
  if (practice.topics.length === 0) return nothing;
  return html`
    <fieldset class="field" aria-describedby=${ifDefined(form.errorId('topics'))}>
      <legend>${words.messages.storyTopicsLegend}</legend>
      <div class="topic-choices">
        ${practice.topics.map(
          (topic) => html`
            <label class="check">
              <input
                type="checkbox"
                name="topics"
                .value=${topic.id}
                .checked=${form.values.topics.includes(topic.id)}
                aria-invalid=${form.invalid('topics')}
              />
              ${topic.label}
            </label>
          `,
        )}
      </div>
      ${form.renderError('topics')}
    </fieldset>
  `;
}
