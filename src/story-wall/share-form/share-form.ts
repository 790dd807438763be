/*
 * The story wall's share form: the fields, the counter, the note about contact details, the
 * crisis resources while typing, sending, and the thanks. Most visitors only read, so the wall
 * loads this module (`share-loader.ts`) when a visitor is about to open the form, not with the
 * wall. It renders into the wall's shadow root as a controller of the wall, so ids, focus and
 * styles are the wall's own; its parts are drawn by `fields.ts` and `outcome.ts`.
 */
import { adoptStyles, type ReactiveElement, type TemplateResult } from 'lit';
import type { HearthClient } from '../../api/client.js';
import type { Practice, StoryReceipt } from '../../api/contract/public.js';
import { STORY_FIELD_ERRORS, STORY_LIMITS, validateStory } from '../../api/rules/story.js';
import { HearthStorySharedEvent } from '../../events/story-shared.js';
import { HearthStorySubmitEvent } from '../../events/story-submit.js';
import { languageOf, loadCatalogue } from '../../i18n/catalogues.js';
import { LocalizeController, type LocalizeHost } from '../../i18n/localize-controller.js';
import { FormController } from '../../internal/form-controller.js';
import { shareFields, type CrisisList, type Draft, type StoryForm } from './fields.js';
import { thanks } from './outcome.js';
import { shareFormStyles } from './share-form.styles.js';
import { storyShareTexts, type ShareWords } from './texts.js';

/** What the form needs from the wall it is part of. */
export interface ShareContext {
  /** The wall: the form renders in its shadow root and updates with it. */
  readonly host: LocalizeHost;
  client(): HearthClient | undefined;
  practice(): Practice | undefined;
  /** The provider's locale, which the wall's words follow too. */
  locale(): string | undefined;
  renderCrisis: CrisisList;
  moveFocus: (selector: string) => void;
}

const emptyDraft = (): Draft => ({
  body: '',
  topics: [],
  contentWarning: '',
  consent: false,
  website: '',
});

/** The form as the wall's disclosure uses it. */
export interface ShareForm {
  /** After sending: the thanks replace the form until the visitor shares another story. */
  readonly receipt: StoryReceipt | undefined;
  handleInput(event: Event): void;
  handleBlur(event: FocusEvent): void;
  handleSubmit(event: Event): Promise<void> | undefined;
  renderFields(practice: Practice): TemplateResult;
  renderOutcome(receipt: StoryReceipt, practice: Practice): TemplateResult;
}

/**
 * Makes the form for a wall once its words are there in the wall's language, so the form never
 * shows in English first on a Spanish page.
 */
export async function createShareForm(context: ShareContext): Promise<ShareForm> {
  const { host, moveFocus, renderCrisis } = context;
  const locale = [host.lang, context.locale(), document.documentElement.lang].find(languageOf);
  const language = languageOf(locale);
  if (language) await loadCatalogue(storyShareTexts, language);
  const words: ShareWords = new LocalizeController(host, context.locale, storyShareTexts);
  /** The practice's limit, else the shared default. */
  const maxLength = () => context.practice()?.storyMaxLength ?? STORY_LIMITS.bodyMax;
  const form: StoryForm = new FormController(host, {
    fields: ['body', 'topics', 'contentWarning', 'consent'],
    empty: emptyDraft,
    // The rules leave the field for bots out of the story they build.
    validate: (draft) =>
      validateStory(draft, {
        maxLength: maxLength(),
        topicIds: context.practice()?.topics.map((topic) => topic.id),
      }),
    codes: STORY_FIELD_ERRORS,
    id: (field) => field,
    words: (field, code) => words.t('storyError', field, code, maxLength()),
    focus: moveFocus,
    errorFocus: 'field',
    alert: '#story-alert',
  });
  // The form's look arrives with it, after the wall's own styles (the only ones its root has).
  adoptStyles(host.shadowRoot!, [
    ...(host.constructor as typeof ReactiveElement).elementStyles,
    shareFormStyles,
  ]);
  /** After sending: the thanks replace the form until the visitor shares another story. */
  let receipt: StoryReceipt | undefined;
  const shareAnother = () => {
    receipt = undefined;
    form.reset();
    moveFocus('#story-body');
  };
  return {
    get receipt() {
      return receipt;
    },
    handleInput: (event) => {
      // Removing a focused, edited field after sending fires its last `change`: that text is sent.
      if (!receipt) form.handleInput(event);
    },
    handleBlur: (event) => {
      // Nor is a field removed after sending one the visitor left.
      if (!receipt) form.handleBlur(event);
    },
    handleSubmit: (event) => {
      event.preventDefault();
      const client = context.client();
      if (!client) return;
      return form.submit(
        (body, idempotencyKey, signal) => client.shareStory(body, { idempotencyKey, signal }),
        (answer) => {
          receipt = answer;
          form.values = emptyDraft();
          host.dispatchEvent(new HearthStorySharedEvent(answer.crisis === true));
          moveFocus('#story-outcome');
        },
        () => host.dispatchEvent(new HearthStorySubmitEvent()),
      );
    },
    renderFields: (practice) => shareFields(words, form, practice, maxLength(), renderCrisis),
    renderOutcome: (sent, practice) => thanks(words, sent, practice, renderCrisis, shareAnother),
  };
}
