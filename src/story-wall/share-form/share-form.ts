/*
 * The story wall's share form: the fields, the counter, the note about contact details, the
 * crisis resources while typing, sending, and the thanks. Most visitors only read, so the wall
 * loads this module (`share-loader.ts`) when a visitor is about to open the form, not with the
 * wall. It renders into the wall's shadow root as a controller of the wall, so ids, focus and
 * styles are the wall's own.
 */
import { adoptStyles, html, nothing, supportsAdoptingStyleSheets, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ApiError } from '../../api/errors.js';
import type { HearthClient } from '../../api/client.js';
import {
  STORY_FIELD_ERRORS,
  STORY_LIMITS,
  validateStory,
  type StoryField,
  type StoryFieldError,
} from '../../api/rules/story.js';
import { detectCrisis, detectPersonalDetails } from '../../api/rules/safety/index.js';
import type {
  CrisisResource,
  Practice,
  StoryReceipt,
  StorySubmission,
} from '../../api/contract/public.js';
import { HearthStorySharedEvent } from '../../events/story-shared.js';
import { HearthStorySubmitEvent } from '../../events/story-submit.js';
import { loadCatalogue, languageOf } from '../../i18n/catalogues.js';
import { LocalizeController, type LocalizeHost } from '../../i18n/localize-controller.js';
import { storyShareTexts } from './texts.js';
import { FormController, waitWords } from '../../internal/form-controller.js';
import { errorWords } from '../../internal/state-messages.js';
import { shareFormStyles } from './share-form.styles.js';

/** What the form needs from the wall it is part of. */
export interface ShareContext {
  /** The wall: the form renders in its shadow root and updates with it. */
  readonly host: LocalizeHost;
  client(): HearthClient | undefined;
  practice(): Practice | undefined;
  /** The provider's locale, which the wall's words follow too. */
  locale(): string | undefined;
  /** The wall's own list of crisis lines. */
  renderCrisis(resources: readonly CrisisResource[] | undefined): TemplateResult;
  moveFocus(selector: string): void;
}

/** The share form's fields, as the visitor left them. */
type Draft = {
  body: string;
  topics: readonly string[];
  contentWarning: string;
  consent: boolean;
  website: string;
};

type Shown = Exclude<StoryField, 'website'>;

const emptyDraft = (): Draft => ({
  body: '',
  topics: [],
  contentWarning: '',
  consent: false,
  website: '',
});

const FIELDS: readonly Shown[] = ['body', 'topics', 'contentWarning', 'consent'];
/** The counter speaks up only this close to the limit. */
const NEAR_LIMIT = 50;

/**
 * Makes the form for a wall once its words are there in the wall's language, so the form never
 * shows in English first on a Spanish page.
 */
export async function createShareForm(context: ShareContext): Promise<ShareForm> {
  const { host } = context;
  const locale = [host.lang, context.locale(), document.documentElement.lang].find(languageOf);
  const language = languageOf(locale);
  if (language) await loadCatalogue(storyShareTexts, language);
  return new ShareForm(context);
}

export class ShareForm {
  /** After sending: the thanks replace the form until the visitor shares another story. */
  receipt?: StoryReceipt;

  private readonly context: ShareContext;
  private readonly host: LocalizeHost;
  private readonly localize: LocalizeController<typeof storyShareTexts.en>;
  private readonly form: FormController<Draft, Shown, StoryFieldError, StorySubmission>;

  constructor(context: ShareContext) {
    this.context = context;
    this.host = context.host;
    this.localize = new LocalizeController(this.host, context.locale, storyShareTexts);
    this.form = new FormController(this.host, {
      fields: FIELDS,
      empty: emptyDraft,
      validate: (draft) => this.validate(draft),
      codes: STORY_FIELD_ERRORS,
      id: (field) => field,
      words: (field, code) => this.localize.t('storyError', field, code, this.maxLength),
      focus: context.moveFocus,
      errorFocus: 'field',
      alert: '#story-alert',
    });
    // The form's look arrives with it, after the wall's own styles.
    const root = this.host.shadowRoot!;
    if (supportsAdoptingStyleSheets) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, shareFormStyles.styleSheet!];
    } else {
      adoptStyles(root, [shareFormStyles]);
    }
  }

  /** The practice's limit, else the shared default. */
  private get maxLength(): number {
    return this.context.practice()?.storyMaxLength ?? STORY_LIMITS.bodyMax;
  }

  readonly handleInput = (event: Event) => {
    // Removing a focused, edited field after sending fires its last `change`: that text is sent.
    if (!this.receipt) this.form.handleInput(event);
  };

  readonly handleBlur = (event: FocusEvent) => {
    // Nor is a field removed after sending one the visitor left.
    if (!this.receipt) this.form.handleBlur(event);
  };

  readonly handleSubmit = (event: Event) => {
    event.preventDefault();
    const client = this.context.client();
    if (!client) return;
    return this.form.submit(
      (body, idempotencyKey, signal) => client.shareStory(body, { idempotencyKey, signal }),
      (receipt) => {
        this.receipt = receipt;
        this.form.values = emptyDraft();
        this.host.dispatchEvent(new HearthStorySharedEvent(receipt.crisis === true));
        this.context.moveFocus('#story-outcome');
      },
      () => this.host.dispatchEvent(new HearthStorySubmitEvent()),
    );
  };

  private readonly handleShareAnother = () => {
    this.receipt = undefined;
    this.form.reset();
    this.context.moveFocus('#story-body');
  };

  private validate({ body, topics, contentWarning, consent }: Draft) {
    return validateStory(
      { body, topics, contentWarning, consent },
      {
        maxLength: this.maxLength,
        topicIds: this.context.practice()?.topics.map((topic) => topic.id),
      },
    );
  }

  /** The form's fields, inside the wall's `<form>`. */
  renderFields(practice: Practice) {
    const { messages } = this.localize;
    const { form } = this;
    const draft = form.values;
    const length = draft.body.trim().length;
    const maxLength = this.maxLength;
    const left = maxLength - length;
    const details = detectPersonalDetails(draft.body).kinds;
    const crisis = detectCrisis(draft.body).tier !== 'none';
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
      ${form.renderSummary((count) => this.localize.t('storySummary', count))}
      <div class="field">
        <label for="story-body">${messages.storyBody}</label>
        <p class="hint" id="story-body-hint">${messages.storyBodyHint}</p>
        <textarea
          id="story-body"
          name="body"
          rows="6"
          .value=${draft.body}
          aria-invalid=${form.invalid('body')}
          aria-describedby="story-body-hint story-body-count ${form.errorId('body') ?? ''}"
        ></textarea>
        <p class="hint ${left < 0 ? 'over' : ''}" id="story-body-count">
          ${this.localize.t('storyCount', length, maxLength)}
        </p>
        <p class="visually-hidden" role="status">
          ${left <= NEAR_LIMIT ? this.localize.t('storyRemaining', left) : ''}
        </p>
        ${this.form.renderError('body')}
        <div role="status">
          ${
            details.length
              ? html`<p part="warning" class="warning">
                  ${this.localize.t('storyDetails', details)}
                </p>`
              : nothing
          }
        </div>
        <div role="status">
          ${
            crisis
              ? html`<div class="crisis-now">
                  <p>${messages.storyCrisisNow}</p>
                  ${this.context.renderCrisis(practice.crisisResources)}
                </div>`
              : nothing
          }
        </div>
      </div>
      ${this.renderTopics(practice)}
      <div class="field">
        <label for="story-note">${messages.storyNote}</label>
        <p class="hint" id="story-note-hint">${messages.storyNoteHint}</p>
        <input
          id="story-note"
          name="contentWarning"
          autocomplete="off"
          .value=${draft.contentWarning}
          aria-invalid=${form.invalid('contentWarning')}
          aria-describedby="story-note-hint ${form.errorId('contentWarning') ?? ''}"
        />
        ${this.form.renderError('contentWarning')}
      </div>
      <div class="field">
        <div class="check">
          <input
            id="story-consent"
            type="checkbox"
            name="consent"
            required
            .checked=${draft.consent}
            aria-invalid=${form.invalid('consent')}
            aria-describedby=${ifDefined(form.errorId('consent'))}
          />
          <label for="story-consent">${messages.storyConsent}</label>
        </div>
        ${this.form.renderError('consent')}
      </div>
      <div class="honeypot" aria-hidden="true">
        <label>
          ${messages.storyWebsite}
          <input name="website" tabindex="-1" autocomplete="off" .value=${draft.website} />
        </label>
      </div>
      ${form.failure ? this.renderFailure(form.failure) : nothing}
      <button
        class="button-primary submit"
        type="submit"
        aria-disabled=${form.sending ? 'true' : 'false'}
        aria-busy=${form.sending ? 'true' : 'false'}
      >
        ${form.sending ? messages.storySending : messages.storySend}
      </button>
      <p class="visually-hidden" role="status">${form.sending ? messages.storySending : ''}</p>
    `;
  }

  private renderTopics(practice: Practice) {
    if (practice.topics.length === 0) return nothing;
    const { messages } = this.localize;
    const { form } = this;
    return html`
      <fieldset class="field" aria-describedby=${ifDefined(form.errorId('topics'))}>
        <legend>${messages.storyTopicsLegend}</legend>
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
        ${this.form.renderError('topics')}
      </fieldset>
    `;
  }

  private renderFailure(error: ApiError) {
    const { messages } = this.localize;
    const words = errorWords(error);
    return html`
      <div part="alert" class="alert">
        <p id="story-alert" tabindex="-1"><strong>${messages.storyFailedTitle}</strong></p>
        <p>
          ${
            words === 'errorNetwork'
              ? messages.storyOffline
              : words === 'errorRateLimited'
                ? this.localize.t(
                    'storyBusy',
                    waitWords(error.retryAfter, this.localize.locale, messages.storyBusySoon),
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
  renderOutcome(receipt: StoryReceipt, practice: Practice) {
    const { messages } = this.localize;
    return html`
      <div part="outcome" class="outcome">
        <h2 id="story-outcome" tabindex="-1">${messages.storySentTitle}</h2>
        ${
          receipt.crisis
            ? html`<div class="crisis-now prominent">
                <p><strong>${messages.storySentCrisis}</strong></p>
                ${this.context.renderCrisis(receipt.resources ?? practice.crisisResources)}
              </div>`
            : nothing
        }
        <p>${this.localize.t('storySentBody', practice.name)}</p>
        <button class="button-secondary" type="button" @click=${this.handleShareAnother}>
          ${messages.storyShareAnother}
        </button>
      </div>
    `;
  }
}
