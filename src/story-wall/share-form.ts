/*
 * The story wall's share form: the fields, the counter, the note about contact details, the
 * crisis resources while typing, sending, and the thanks. Most visitors only read, so the wall
 * loads this module (`share-loader.ts`) when a visitor is about to open the form, not with the
 * wall. It renders into the wall's shadow root as a controller of the wall, so ids, focus and
 * styles are the wall's own.
 */
import {
  adoptStyles,
  html,
  nothing,
  supportsAdoptingStyleSheets,
  type ReactiveController,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ApiError, isApiError } from '../api/errors.js';
import { newIdempotencyKey, type HearthClient } from '../api/client.js';
import {
  STORY_FIELD_ERRORS,
  STORY_LIMITS,
  validateStory,
  type StoryField,
  type StoryFieldError,
} from '../api/story-schema.js';
import { detectCrisis, detectPersonalDetails } from '../api/safety/index.js';
import type { CrisisResource, Practice, StoryReceipt } from '../api/types.js';
import { HearthStorySharedEvent } from '../events/story-shared.js';
import { HearthStorySubmitEvent } from '../events/story-submit.js';
import { loadCatalogue, languageOf } from '../i18n/catalogues.js';
import { LocalizeController, type LocalizeHost } from '../i18n/localize-controller.js';
import { storyShareTexts } from '../i18n/story-share-texts.js';
import { waitWords } from '../internal/state-messages.js';
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
interface Draft {
  body: string;
  topics: string[];
  contentWarning: string;
  consent: boolean;
  website: string;
}

type FieldError = { code: StoryFieldError | 'unknown'; text?: string };
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

export class ShareForm implements ReactiveController {
  /** After sending: the thanks replace the form until the visitor shares another story. */
  receipt?: StoryReceipt;

  private readonly context: ShareContext;
  private readonly host: LocalizeHost;
  private readonly localize: LocalizeController<typeof storyShareTexts.en>;
  private draft: Draft = emptyDraft();
  private touched = new Set<Shown>();
  private submitted = false;
  private serverErrors: Partial<Record<Shown, FieldError>> = {};
  private sending = false;
  private failure?: ApiError;
  private errors = new Map<Shown, FieldError>();
  /** One key per story sent; kept for retries of the same text, new once anything changes. */
  private idempotencyKey?: string;
  private sendController?: AbortController;

  constructor(context: ShareContext) {
    this.context = context;
    this.host = context.host;
    this.localize = new LocalizeController(this.host, context.locale, storyShareTexts);
    this.host.addController(this);
    // The form's look arrives with it, after the wall's own styles.
    const root = this.host.shadowRoot!;
    if (supportsAdoptingStyleSheets) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, shareFormStyles.styleSheet!];
    } else {
      adoptStyles(root, [shareFormStyles]);
    }
  }

  hostUpdate(): void {
    this.errors = this.visibleErrors();
  }

  hostDisconnected(): void {
    this.sendController?.abort();
  }

  /** The practice's limit, else the shared default. */
  private get maxLength(): number {
    return this.context.practice()?.storyMaxLength ?? STORY_LIMITS.bodyMax;
  }

  readonly handleInput = (event: Event) => {
    // Removing a focused, edited field after sending fires its last `change`: that text is sent.
    if (this.receipt) return;
    const input = event.target as HTMLInputElement;
    const field = input.name as keyof Draft;
    if (!(field in this.draft)) return;
    let value: Draft[keyof Draft] = input.type === 'checkbox' ? input.checked : input.value;
    if (field === 'topics') {
      const others = this.draft.topics.filter((topic) => topic !== input.value);
      value = input.checked ? [...others, input.value] : others;
    }
    this.draft = { ...this.draft, [field]: value };
    // Another text is another request.
    this.idempotencyKey = undefined;
    if (field !== 'website' && this.serverErrors[field]) {
      this.serverErrors = { ...this.serverErrors, [field]: undefined };
    }
    this.host.requestUpdate();
  };

  readonly handleBlur = (event: FocusEvent) => {
    // Nor is a field removed after sending one the visitor left.
    if (this.receipt) return;
    const field = (event.target as HTMLInputElement).name as Shown;
    if (FIELDS.includes(field) && !this.touched.has(field)) {
      this.touched = new Set(this.touched).add(field);
      this.host.requestUpdate();
    }
  };

  readonly handleSubmit = async (event: Event) => {
    event.preventDefault();
    const client = this.context.client();
    if (this.sending || !client) return;
    this.submitted = true;
    this.serverErrors = {};
    this.failure = undefined;
    const checked = this.validate();
    if (!checked.ok) {
      this.focusFirstInvalid();
      return;
    }
    if (!this.host.dispatchEvent(new HearthStorySubmitEvent())) {
      this.host.requestUpdate();
      return;
    }

    const website = this.draft.website.trim();
    const body = website ? { ...checked.value, website } : checked.value;
    const key = (this.idempotencyKey ??= newIdempotencyKey());
    const request = (this.sendController = new AbortController());
    this.sending = true;
    this.host.requestUpdate();
    try {
      const receipt = await client.post<StoryReceipt>('v1/stories', body, {
        idempotencyKey: key,
        signal: request.signal,
      });
      this.receipt = receipt;
      this.draft = emptyDraft();
      this.idempotencyKey = undefined;
      this.host.dispatchEvent(new HearthStorySharedEvent(receipt.crisis === true));
      this.context.moveFocus('#story-outcome');
    } catch (error) {
      if (request.signal.aborted) return;
      const apiError = isApiError(error) ? error : new ApiError('invalid_response', String(error));
      const mapped = this.fieldErrorsFrom(apiError);
      if (mapped) {
        this.serverErrors = mapped;
        this.focusFirstInvalid();
        return;
      }
      // A key the server has seen with another text cannot be retried: the next send is new.
      if (apiError.status === 422) this.idempotencyKey = undefined;
      this.failure = apiError;
      this.context.moveFocus('#story-alert');
    } finally {
      if (this.sendController === request) {
        this.sending = false;
        this.host.requestUpdate();
      }
    }
  };

  private readonly handleSummaryLink = (event: Event) => {
    // The link's href would change the page's URL; move focus to the field instead.
    event.preventDefault();
    const field = (event.currentTarget as HTMLElement).dataset['field']!;
    this.host.shadowRoot?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
  };

  private readonly handleShareAnother = () => {
    this.receipt = undefined;
    this.submitted = false;
    this.touched = new Set();
    this.context.moveFocus('#story-body');
  };

  private validate() {
    const { body, topics, contentWarning, consent } = this.draft;
    return validateStory(
      { body, topics, contentWarning, consent },
      {
        maxLength: this.maxLength,
        topicIds: this.context.practice()?.topics.map((topic) => topic.id),
      },
    );
  }

  /** The server's errors until the field changes, else ours once it was touched or sent. */
  private visibleErrors(): Map<Shown, FieldError> {
    const checked = this.validate();
    const local = checked.ok ? {} : checked.fields;
    const shown = new Map<Shown, FieldError>();
    for (const field of FIELDS) {
      const server = this.serverErrors[field];
      const code = local[field];
      if (server) shown.set(field, server);
      else if (code && (this.submitted || this.touched.has(field))) shown.set(field, { code });
    }
    return shown;
  }

  private fieldErrorsFrom(error: ApiError): Partial<Record<Shown, FieldError>> | undefined {
    if (error.kind !== 'validation' || !error.fields) return undefined;
    const codes = error.problem?.codes ?? {};
    const mapped: Partial<Record<Shown, FieldError>> = {};
    for (const [field, text] of Object.entries(error.fields)) {
      if (!FIELDS.includes(field as Shown)) continue;
      const code = codes[field] as StoryFieldError | undefined;
      mapped[field as Shown] =
        code && STORY_FIELD_ERRORS.includes(code) ? { code } : { code: 'unknown', text };
    }
    return Object.keys(mapped).length ? mapped : undefined;
  }

  private focusFirstInvalid(): void {
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const first = FIELDS.find((field) => this.errors.has(field));
      if (first) this.host.shadowRoot?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
    });
  }

  /** The form's fields, inside the wall's `<form>`. */
  renderFields(practice: Practice) {
    const { messages } = this.localize;
    const draft = this.draft;
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
      ${this.submitted && this.errors.size ? this.renderSummary() : nothing}
      <div class="field">
        <label for="story-body">${messages.storyBody}</label>
        <p class="hint" id="story-body-hint">${messages.storyBodyHint}</p>
        <textarea
          id="story-body"
          name="body"
          rows="6"
          .value=${draft.body}
          aria-invalid=${this.errors.has('body') ? 'true' : 'false'}
          aria-describedby="story-body-hint story-body-count ${this.errors.has('body') ? 'body-error' : ''}"
        ></textarea>
        <p class="hint ${left < 0 ? 'over' : ''}" id="story-body-count">
          ${this.localize.t('storyCount', length, maxLength)}
        </p>
        <p class="visually-hidden" role="status">
          ${left <= NEAR_LIMIT ? this.localize.t('storyRemaining', left) : ''}
        </p>
        ${this.renderError('body')}
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
          aria-invalid=${this.errors.has('contentWarning') ? 'true' : 'false'}
          aria-describedby="story-note-hint ${this.errors.has('contentWarning') ? 'contentWarning-error' : ''}"
        />
        ${this.renderError('contentWarning')}
      </div>
      <div class="field">
        <div class="check">
          <input
            id="story-consent"
            type="checkbox"
            name="consent"
            required
            .checked=${draft.consent}
            aria-invalid=${this.errors.has('consent') ? 'true' : 'false'}
            aria-describedby=${ifDefined(this.errors.has('consent') ? 'consent-error' : undefined)}
          />
          <label for="story-consent">${messages.storyConsent}</label>
        </div>
        ${this.renderError('consent')}
      </div>
      <div class="honeypot" aria-hidden="true">
        <label>
          ${messages.storyWebsite}
          <input name="website" tabindex="-1" autocomplete="off" .value=${draft.website} />
        </label>
      </div>
      ${this.failure ? this.renderFailure(this.failure) : nothing}
      <button
        class="button-primary submit"
        type="submit"
        aria-disabled=${this.sending ? 'true' : 'false'}
        aria-busy=${this.sending ? 'true' : 'false'}
      >
        ${this.sending ? messages.storySending : messages.storySend}
      </button>
      <p class="visually-hidden" role="status">${this.sending ? messages.storySending : ''}</p>
    `;
  }

  private renderTopics(practice: Practice) {
    if (practice.topics.length === 0) return nothing;
    const { messages } = this.localize;
    const invalid = this.errors.has('topics');
    return html`
      <fieldset class="field" aria-describedby=${ifDefined(invalid ? 'topics-error' : undefined)}>
        <legend>${messages.storyTopicsLegend}</legend>
        <div class="topic-choices">
          ${practice.topics.map(
            (topic) => html`
              <label class="check">
                <input
                  type="checkbox"
                  name="topics"
                  .value=${topic.id}
                  .checked=${this.draft.topics.includes(topic.id)}
                  aria-invalid=${invalid ? 'true' : 'false'}
                />
                ${topic.label}
              </label>
            `,
          )}
        </div>
        ${this.renderError('topics')}
      </fieldset>
    `;
  }

  private renderSummary() {
    return html`
      <div part="summary" class="summary" role="group" aria-labelledby="summary-title">
        <p id="summary-title">
          <strong>${this.localize.t('storySummary', this.errors.size)}</strong>
        </p>
        <ul>
          ${[...this.errors].map(
            ([field, error]) =>
              html`<li>
                <a href="#${field}-error" data-field=${field} @click=${this.handleSummaryLink}>
                  ${this.errorText(field, error)}
                </a>
              </li>`,
          )}
        </ul>
      </div>
    `;
  }

  private renderError(field: Shown) {
    const error = this.errors.get(field);
    return error
      ? html`<p class="error" id="${field}-error">${this.errorText(field, error)}</p>`
      : nothing;
  }

  private errorText(field: Shown, error: FieldError): string {
    return error.code === 'unknown' && error.text
      ? error.text
      : this.localize.t('storyError', field, error.code, this.maxLength);
  }

  private renderFailure(error: ApiError) {
    const { messages } = this.localize;
    const kind = error.kind;
    return html`
      <div part="alert" class="alert">
        <p id="story-alert" tabindex="-1"><strong>${messages.storyFailedTitle}</strong></p>
        <p>
          ${
            kind === 'network' || kind === 'timeout'
              ? messages.storyOffline
              : kind === 'rate_limited'
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
