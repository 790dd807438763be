import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ApiError, isApiError } from '../api/errors.js';
import { newIdempotencyKey, type HearthClient } from '../api/client.js';
import type { StoryField, StoryFieldError } from '../api/story-schema.js';
import type * as shareRules from './share-rules.js';
import {
  REPORT_REASONS,
  type CrisisResource,
  type List,
  type Practice,
  type ReportReason,
  type Resonance,
  type Story,
  type StoryReceipt,
} from '../api/types.js';
import { HearthStorySharedEvent } from '../events/story-shared.js';
import { HearthStorySubmitEvent } from '../events/story-submit.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { storyTexts } from '../i18n/story-texts.js';
import { ConfigController } from '../internal/config-controller.js';
import { practiceTask } from '../internal/practice-task.js';
import { HearthElement } from '../internal/hearth-element.js';
import { tokens } from '../styles/tokens.styles.js';
import { storyWallStyles } from './story-wall.styles.js';
import { visitor } from './visitor.js';

/** The share form's fields, as the visitor left them. */
interface Draft {
  body: string;
  topics: string[];
  contentWarning: string;
  consent: boolean;
  website: string;
}

type ShareRules = typeof shareRules;

type FieldError = { code: StoryFieldError | 'unknown'; text?: string };
type Shown = Exclude<StoryField, 'website'>;

/** A story's report form: open, sending, sent or failed. */
interface ReportState {
  reason?: ReportReason;
  note: string;
  sending?: boolean;
  sent?: boolean;
  failed?: boolean;
  missing?: boolean;
}

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
const REPORT_NOTE_MAX = 300;

const dialable = (number: string) => number.replace(/[^\d+]/g, '');

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * @tagname hearth-story-wall
 * @summary Anonymous "you are not alone" stories, approved by the practice before they appear:
 * read them by topic, say "me too", report one, and share your own. Stories are always shown as
 * plain text, with the month and year only; a story with a content note stays folded until asked.
 *
 * "Me too" is one per browser: a random anonymous token (and the ids of the stories it answered)
 * is kept in `localStorage` under `hearth:story-wall`, never anything personal. What a visitor
 * writes never reaches URLs, browser storage, the console or events. The practice's crisis
 * resources are always at the foot of the wall, and appear at once in the share form when the text
 * suggests the writer may be in danger.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart filters - The topic filter.
 * @csspart card - One story.
 * @csspart body - A story's text.
 * @csspart content-note - A story's content note and its Show story button.
 * @csspart resonance - A story's "me too" button.
 * @csspart report - A story's report form.
 * @csspart more - The Load more button.
 * @csspart share - The Share your story button.
 * @csspart share-form - The form to share a story.
 * @csspart summary - The list of answers to check, after sending with errors.
 * @csspart alert - A story that could not be sent, in plain words (offline, busy, server trouble).
 * @csspart warning - The gentle note about contact details in a story being written.
 * @csspart crisis - The practice's crisis resources (the footer, and in the form when needed).
 * @csspart outcome - The thanks after sharing.
 * @csspart message - The box for the loading-failed, empty and not-configured states.
 *
 * @event {HearthStorySubmitEvent} hearth-story-submit - A visitor sent a valid story; fired before
 * the request. Cancelable: `preventDefault()` and nothing is sent. Carries no data.
 * @event {HearthStorySharedEvent} hearth-story-shared - The practice received a story for review.
 * Carries only `event.crisis` (the server found crisis language).
 *
 * @cssproperty --hearth-color-accent - Buttons, links, focus rings, the chosen topic.
 * @cssproperty --hearth-color-on-accent - Text on accent-coloured buttons.
 * @cssproperty --hearth-color-text - Body text.
 * @cssproperty --hearth-color-muted - Dates, hints and secondary text.
 * @cssproperty --hearth-color-surface - Card and field background.
 * @cssproperty --hearth-color-background - Background behind the wall (transparent in the light theme).
 * @cssproperty --hearth-color-border - Card and field borders.
 * @cssproperty --hearth-color-danger - Error text and accents.
 * @cssproperty --hearth-color-badge - Background of topics, the thanks and crisis resources.
 * @cssproperty --hearth-font-family - Font; inherits the page's by default.
 * @cssproperty --hearth-font-size - Base font size (1rem).
 * @cssproperty --hearth-radius - Corner radius of cards, fields and buttons.
 * @cssproperty --hearth-space - Base spacing unit.
 */
export class HearthStoryWall extends HearthElement {
  static override styles = [...HearthElement.styles, tokens, storyWallStyles];

  private readonly config = new ConfigController(this);
  private readonly localize = new LocalizeController(this, () => this.config.locale, storyTexts);

  private readonly practiceTask = practiceTask(this, this.config);

  /** The first page for the chosen topic; later pages are added by Load more. */
  private readonly storiesTask = new Task(this, {
    task: async (
      [client, topic, limit]: readonly [HearthClient | undefined, string, number],
      { signal },
    ) => {
      if (!client) return initialState;
      const page = await client.get<List<Story>>('v1/stories', {
        signal,
        query: { topic: topic || undefined, limit },
      });
      // A topic the visitor chose: say politely what it found (the list changes out of sight).
      if (this.announceFilter) {
        this.announceFilter = false;
        this.announcement = this.localize.t('storyFound', page.items.length, !!page.nextCursor);
      }
      return page;
    },
    args: () => [this.config.client, this.filter ?? this.topic ?? '', this.limit] as const,
  });

  /** The topic chosen in the filter; the `topic` attribute until the visitor chooses. */
  @state() private filter?: string;
  /** Stories from Load more, and the cursor after them, for the first page they follow. */
  @state() private more?: { after: List<Story>; items: Story[]; cursor: string | null };
  @state() private loadingMore = false;
  @state() private moreFailed = false;
  /** Counts and pressed states the server gave after a "me too" (the list is cached 60 s). */
  @state() private resonance = new Map<string, Resonance>();
  @state() private resonating = new Set<string>();
  @state() private expanded = new Set<string>();
  @state() private reports = new Map<string, ReportState>();
  @state() private announcement = '';

  @state() private sharing = false;
  /** The story rules and signals, loaded when the share form first opens. */
  @state() private rules?: ShareRules;
  @state() private rulesFailed = false;
  @state() private draft: Draft = emptyDraft();
  @state() private touched = new Set<Shown>();
  @state() private submitted = false;
  @state() private serverErrors: Partial<Record<Shown, FieldError>> = {};
  @state() private sending = false;
  @state() private failure?: ApiError;
  @state() private receipt?: StoryReceipt;

  /** The visitor chose a topic: announce what the next first page brings. */
  private announceFilter = false;
  /** One key per story sent; kept for retries of the same text, new once anything changes. */
  private idempotencyKey?: string;
  private sendController?: AbortController;
  private errors = new Map<Shown, FieldError>();

  /** Base URL of the Hearth API. Wins over an enclosing `<hearth-provider>`'s. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** `light`, `dark`, or `auto` (follows the visitor's system setting). Default: the provider's, else light. */
  @property() theme?: string;

  /** A topic id to show stories about at first; the visitor can change it. */
  @property() topic?: string;

  /** Hides the Share your story form: the wall only shows stories. */
  @property({ type: Boolean, attribute: 'without-share' }) withoutShare = false;

  /** How many stories each page brings, 1 to 50 (default 10). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** An API client to use instead of one made from `api-base` (custom `fetch`, tests). */
  @property({ attribute: false }) client?: HearthClient;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sendController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('topic')) this.filter = undefined;
    if (changed.has('pageSize') && !(this.pageSize >= 1 && this.pageSize <= 50)) {
      this.warn(
        `<hearth-story-wall> page-size="${this.pageSize}" is not a whole number from 1 to 50; using 10.`,
      );
    }
    this.errors = this.rules ? this.visibleErrors(this.rules) : new Map();
  }

  private get limit(): number {
    const size = Math.trunc(this.pageSize);
    return size >= 1 && size <= 50 ? size : 10;
  }

  /** Later pages count only after the first page they were loaded for: a new topic starts over. */
  private get morePages() {
    return this.more && this.more.after === this.storiesTask.value ? this.more : undefined;
  }

  private get stories(): Story[] {
    return [...(this.storiesTask.value?.items ?? []), ...(this.morePages?.items ?? [])];
  }

  private get nextCursor(): string | null {
    return this.morePages ? this.morePages.cursor : (this.storiesTask.value?.nextCursor ?? null);
  }

  /** The practice's limit, else the shared default (known once the share form's rules loaded). */
  private get maxLength(): number {
    return this.practiceTask.value?.storyMaxLength ?? this.rules?.STORY_LIMITS.bodyMax ?? 0;
  }

  private readonly handleFilter = (event: Event) => {
    this.filter = (event.target as HTMLInputElement).value;
    this.announcement = '';
    this.announceFilter = true;
  };

  private readonly handleShowAll = () => {
    this.filter = '';
    this.announceFilter = true;
    this.moveFocus('[part~="filters"] input');
  };

  private readonly handleRetryLoad = () => {
    if (this.practiceTask.status === TaskStatus.ERROR) void this.practiceTask.run();
    void this.storiesTask.run();
  };

  private readonly handleLoadMore = async () => {
    const client = this.config.client;
    const cursor = this.nextCursor;
    if (!client || !cursor || this.loadingMore) return;
    const first = this.storiesTask.value;
    const firstNew = this.stories.length;
    this.loadingMore = true;
    this.moreFailed = false;
    this.announcement = '';
    try {
      const topic = this.filter ?? this.topic ?? '';
      const page = await client.get<List<Story>>('v1/stories', {
        query: { topic: topic || undefined, limit: this.limit, cursor },
      });
      // The topic changed meanwhile: this page belongs to another list.
      if (!first || first !== this.storiesTask.value) return;
      const known = new Set(this.stories.map((story) => story.id));
      const fresh = page.items.filter((story) => !known.has(story.id));
      const items = [...(this.morePages?.items ?? []), ...fresh];
      this.more = { after: first, items, cursor: page.nextCursor };
      this.announcement = this.localize.t('storyArrived', fresh.length);
      if (fresh.length) this.moveFocus(`[data-index="${firstNew}"]`);
    } catch {
      this.moreFailed = true;
      this.announcement = this.localize.t('storyMoreFailed');
    } finally {
      this.loadingMore = false;
    }
  };

  private readonly handleToggleNote = (event: Event) => {
    const id = (event.currentTarget as HTMLElement).dataset['id']!;
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
  };

  private readonly handleMeToo = async (event: Event) => {
    const story = this.storyFor(event);
    const client = this.config.client;
    if (!story || !client || this.resonating.has(story.id)) return;
    const before = this.resonanceOf(story);
    const after = {
      resonated: !before.resonated,
      resonance: Math.max(0, before.resonance + (before.resonated ? -1 : 1)),
    };
    this.setResonance(story.id, after);
    this.resonating = new Set(this.resonating).add(story.id);
    this.announcement = '';
    try {
      const answer = await client.post<Resonance>(
        `v1/stories/${encodeURIComponent(story.id)}/resonance`,
        { token: visitor.token },
        { idempotencyKey: newIdempotencyKey() },
      );
      this.setResonance(story.id, answer);
    } catch {
      this.setResonance(story.id, before);
      this.announcement = this.localize.t('storyMeTooFailed');
    } finally {
      const resonating = new Set(this.resonating);
      resonating.delete(story.id);
      this.resonating = resonating;
    }
  };

  private readonly handleReportToggle = (event: Event) => {
    const id = (event.currentTarget as HTMLElement).dataset['id']!;
    const reports = new Map(this.reports);
    if (reports.has(id) && !reports.get(id)!.sent) {
      reports.delete(id);
    } else {
      reports.set(id, { note: '' });
      this.moveFocus(`#report-${CSS.escape(id)} input`);
    }
    this.reports = reports;
  };

  private readonly handleReportInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const id = (event.currentTarget as HTMLElement).dataset['id']!;
    const current = this.reports.get(id) ?? { note: '' };
    this.setReport(
      id,
      input.name === 'note'
        ? { ...current, note: input.value }
        : { ...current, reason: input.value as ReportReason, missing: false },
    );
  };

  private readonly handleReportSubmit = async (event: Event) => {
    event.preventDefault();
    const id = (event.currentTarget as HTMLElement).dataset['id']!;
    const report = this.reports.get(id);
    const client = this.config.client;
    if (!report || report.sending || !client) return;
    if (!report.reason) {
      this.setReport(id, { ...report, missing: true });
      this.moveFocus(`#report-${CSS.escape(id)} input`);
      return;
    }
    this.setReport(id, { ...report, sending: true, failed: false });
    const note = report.note.trim();
    try {
      await client.post(`v1/stories/${encodeURIComponent(id)}/reports`, {
        reason: report.reason,
        ...(note && { note }),
      });
      this.setReport(id, { ...report, sending: false, sent: true });
      this.moveFocus(`#report-${CSS.escape(id)}-thanks`);
    } catch {
      this.setReport(id, { ...report, sending: false, failed: true });
      this.moveFocus(`#report-${CSS.escape(id)}-failed`);
    }
  };

  private readonly handleReportCancel = (event: Event) => {
    const id = (event.currentTarget as HTMLElement).dataset['id']!;
    const reports = new Map(this.reports);
    reports.delete(id);
    this.reports = reports;
    this.moveFocus(`[data-report="${CSS.escape(id)}"]`);
  };

  private readonly handleShareToggle = () => {
    this.sharing = !this.sharing;
    if (this.sharing) void this.loadRules();
  };

  private readonly loadRules = async () => {
    this.rulesFailed = false;
    try {
      this.rules ??= await import('./share-rules.js');
      this.moveFocus('#story-body');
    } catch {
      // Offline since the page loaded: say so, and offer to try again.
      this.rulesFailed = true;
    }
  };

  private readonly handleInput = (event: Event) => {
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
  };

  private readonly handleBlur = (event: FocusEvent) => {
    // Nor is a field removed after sending one the visitor left.
    if (this.receipt) return;
    const field = (event.target as HTMLInputElement).name as Shown;
    if (FIELDS.includes(field) && !this.touched.has(field)) {
      this.touched = new Set(this.touched).add(field);
    }
  };

  private readonly handleSubmit = async (event: Event) => {
    event.preventDefault();
    const client = this.config.client;
    const rules = this.rules;
    if (this.sending || !client || !rules) return;
    this.submitted = true;
    this.serverErrors = {};
    this.failure = undefined;
    const checked = this.validate(rules);
    if (!checked.ok) {
      this.focusFirstInvalid();
      return;
    }
    if (!this.dispatchEvent(new HearthStorySubmitEvent())) return;

    const website = this.draft.website.trim();
    const body = website ? { ...checked.value, website } : checked.value;
    const key = (this.idempotencyKey ??= newIdempotencyKey());
    const request = (this.sendController = new AbortController());
    this.sending = true;
    try {
      const receipt = await client.post<StoryReceipt>('v1/stories', body, {
        idempotencyKey: key,
        signal: request.signal,
      });
      this.receipt = receipt;
      this.draft = emptyDraft();
      this.idempotencyKey = undefined;
      this.dispatchEvent(new HearthStorySharedEvent(receipt.crisis === true));
      this.moveFocus('#story-outcome');
    } catch (error) {
      if (request.signal.aborted) return;
      const apiError = isApiError(error) ? error : new ApiError('invalid_response', String(error));
      const mapped = this.fieldErrorsFrom(apiError, rules);
      if (mapped) {
        this.serverErrors = mapped;
        this.focusFirstInvalid();
        return;
      }
      // A key the server has seen with another text cannot be retried: the next send is new.
      if (apiError.status === 422) this.idempotencyKey = undefined;
      this.failure = apiError;
      this.moveFocus('#story-alert');
    } finally {
      if (this.sendController === request) this.sending = false;
    }
  };

  private readonly handleSummaryLink = (event: Event) => {
    // The link's href would change the page's URL; move focus to the field instead.
    event.preventDefault();
    const field = (event.currentTarget as HTMLElement).dataset['field']!;
    this.renderRoot.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
  };

  private readonly handleShareAnother = () => {
    this.receipt = undefined;
    this.submitted = false;
    this.touched = new Set();
    this.moveFocus('#story-body');
  };

  private storyFor(event: Event): Story | undefined {
    const id = (event.currentTarget as HTMLElement).dataset['id'];
    return this.stories.find((story) => story.id === id);
  }

  private resonanceOf(story: Story): Resonance {
    const known = this.resonance.get(story.id);
    if (known) return known;
    const resonated = visitor.resonated(story.id);
    // The list may be cached from before this browser's own "me too": count it at least.
    return { resonance: Math.max(story.resonance, resonated ? 1 : 0), resonated };
  }

  private setResonance(id: string, value: Resonance): void {
    this.resonance = new Map(this.resonance).set(id, value);
    visitor.remember(id, value.resonated);
  }

  private setReport(id: string, value: ReportState): void {
    this.reports = new Map(this.reports).set(id, value);
  }

  private validate(rules: ShareRules) {
    const practice = this.practiceTask.value;
    const { body, topics, contentWarning, consent } = this.draft;
    return rules.validateStory(
      { body, topics, contentWarning, consent },
      { maxLength: this.maxLength, topicIds: practice?.topics.map((topic) => topic.id) },
    );
  }

  /** The server's errors until the field changes, else ours once it was touched or sent. */
  private visibleErrors(rules: ShareRules): Map<Shown, FieldError> {
    const checked = this.validate(rules);
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

  private fieldErrorsFrom(
    error: ApiError,
    rules: ShareRules,
  ): Partial<Record<Shown, FieldError>> | undefined {
    if (error.kind !== 'validation' || !error.fields) return undefined;
    const codes = error.problem?.codes ?? {};
    const mapped: Partial<Record<Shown, FieldError>> = {};
    for (const [field, text] of Object.entries(error.fields)) {
      if (!FIELDS.includes(field as Shown)) continue;
      const code = codes[field] as StoryFieldError | undefined;
      mapped[field as Shown] =
        code && rules.STORY_FIELD_ERRORS.includes(code) ? { code } : { code: 'unknown', text };
    }
    return Object.keys(mapped).length ? mapped : undefined;
  }

  private focusFirstInvalid(): void {
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const first = FIELDS.find((field) => this.errors.has(field));
      if (first) this.renderRoot.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
    });
  }

  /**
   * Moves focus once `selector` is rendered: after the update, since the field focus leaves may
   * count as touched and render again.
   */
  private moveFocus(selector: string): void {
    this.requestUpdate();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
  }

  protected override render() {
    const practice = this.practiceTask.value;
    return html`
      <div
        part="base"
        class="base"
        data-theme=${this.config.theme}
        lang=${this.localize.lang}
        dir=${this.localize.dir}
      >
        ${this.renderState()}
        <p class="visually-hidden" role="status">${this.announcement}</p>
        ${
          practice || this.practiceTask.status === TaskStatus.ERROR
            ? html`<footer>
                ${this.renderCrisis(practice?.crisisResources, 'storyCrisisTitle')}
              </footer>`
            : nothing
        }
      </div>
    `;
  }

  private renderState() {
    const { messages } = this.localize;
    if (this.config.status === 'unconfigured') {
      return html`<p part="message" class="message unconfigured">${messages.notConfigured}</p>`;
    }
    const failed = [this.practiceTask, this.storiesTask].find(
      (task) => task.status === TaskStatus.ERROR,
    );
    if (failed) {
      const error = failed.error;
      const offline = isApiError(error) && (error.kind === 'network' || error.kind === 'timeout');
      return html`<div part="message" class="message error">
        <p><strong>${messages.storyErrorTitle}</strong></p>
        <p>${offline ? messages.errorNetwork : messages.errorGeneric}</p>
        <button class="button-primary" type="button" @click=${this.handleRetryLoad}>
          ${messages.tryAgain}
        </button>
      </div>`;
    }
    const practice = this.practiceTask.value;
    // Another topic keeps the filters and the stories on screen until the new ones arrive.
    if (!practice || !this.storiesTask.value) return this.renderLoading();
    return html`
      ${this.renderFilters(practice)} ${this.renderStories(practice)}
      ${this.withoutShare ? nothing : this.renderShare(practice)}
    `;
  }

  private renderLoading() {
    return html`
      <div class="loading" aria-busy="true">
        <p class="visually-hidden">${this.localize.messages.storyLoading}</p>
        ${[0, 1, 2].map(
          () => html`
            <div class="card skeleton" aria-hidden="true">
              <span class="skeleton-line"></span>
              <span class="skeleton-line"></span>
              <span class="skeleton-line short"></span>
            </div>
          `,
        )}
      </div>
    `;
  }

  private renderFilters(practice: Practice) {
    if (practice.topics.length === 0) return nothing;
    const { messages } = this.localize;
    const chosen = this.filter ?? this.topic ?? '';
    const option = (value: string, label: string) => html`
      <label class="chip">
        <input
          type="radio"
          name="filter"
          .value=${value}
          .checked=${chosen === value}
          @change=${this.handleFilter}
        />
        <span>${label}</span>
      </label>
    `;
    return html`
      <fieldset part="filters" class="filters">
        <legend>${messages.storyFilterLegend}</legend>
        ${option('', messages.storyAllTopics)}
        ${practice.topics.map((topic) => option(topic.id, topic.label))}
      </fieldset>
    `;
  }

  private renderStories(practice: Practice) {
    const { messages } = this.localize;
    const stories = this.stories;
    if (stories.length === 0) {
      const chosen = this.filter ?? this.topic ?? '';
      const topic = chosen && practice.topics.find((each) => each.id === chosen);
      return topic
        ? html`<div part="message" class="message empty-topic">
            <p>${this.localize.t('storyNoneForTopic', topic.label)}</p>
            <button class="button-secondary" type="button" @click=${this.handleShowAll}>
              ${messages.storyShowAll}
            </button>
          </div>`
        : html`<div part="message" class="message empty">
            <p><strong>${messages.storyEmptyTitle}</strong></p>
            ${this.withoutShare ? nothing : html`<p>${messages.storyEmptyBody}</p>`}
          </div>`;
    }
    return html`
      <ul
        class="cards"
        aria-busy=${this.storiesTask.status === TaskStatus.PENDING ? 'true' : 'false'}
      >
        ${stories.map((story, index) => this.renderCard(story, index, practice))}
      </ul>
      ${
        this.nextCursor
          ? html`<button
              part="more"
              class="button-secondary more"
              type="button"
              aria-busy=${this.loadingMore ? 'true' : 'false'}
              @click=${this.handleLoadMore}
            >
              ${this.loadingMore ? messages.storyLoadingMore : messages.storyLoadMore}
            </button>`
          : nothing
      }
      ${this.moreFailed ? html`<p class="error more-failed">${messages.storyMoreFailed}</p>` : nothing}
    `;
  }

  private renderCard(story: Story, index: number, practice: Practice) {
    const { messages } = this.localize;
    const id = story.id;
    const folded = story.contentWarning !== null && !this.expanded.has(id);
    const { resonance, resonated } = this.resonanceOf(story);
    const labels = story.topics
      .map((topic) => practice.topics.find((each) => each.id === topic)?.label)
      .filter(Boolean);
    const report = this.reports.get(id);
    return html`
      <li>
        <article
          part="card"
          class="card"
          tabindex="-1"
          data-index=${index}
          aria-labelledby="date-${id}"
        >
          <p class="date" id="date-${id}">${this.formatMonth(story.month)}</p>
          ${
            story.contentWarning === null
              ? nothing
              : html`<div part="content-note" class="content-note">
                  <p>${this.localize.t('storyContentNote', story.contentWarning)}</p>
                  <button
                    class="button-secondary"
                    type="button"
                    data-id=${id}
                    aria-expanded=${folded ? 'false' : 'true'}
                    aria-controls="body-${id}"
                    @click=${this.handleToggleNote}
                  >
                    ${folded ? messages.storyShow : messages.storyHide}
                  </button>
                </div>`
          }
          <p
            part="body"
            class="body"
            id="body-${id}"
            ?hidden=${folded}
            .textContent=${story.body}
          ></p>
          ${
            labels.length
              ? html`<ul class="topics" aria-label=${messages.storyTopics}>
                  ${labels.map((label) => html`<li>${label}</li>`)}
                </ul>`
              : nothing
          }
          <div class="actions">
            <button
              part="resonance"
              class="button-secondary resonance"
              type="button"
              data-id=${id}
              aria-pressed=${resonated ? 'true' : 'false'}
              aria-busy=${this.resonating.has(id) ? 'true' : 'false'}
              aria-describedby="felt-${id}"
              @click=${this.handleMeToo}
            >
              ${messages.storyMeToo}
            </button>
            <span class="felt" id="felt-${id}">${this.localize.t('storyFelt', resonance)}</span>
            <button
              class="link report-toggle"
              type="button"
              data-id=${id}
              data-report=${id}
              aria-expanded=${report && !report.sent ? 'true' : 'false'}
              @click=${this.handleReportToggle}
            >
              ${messages.storyReport}
            </button>
          </div>
          ${report ? this.renderReport(id, report) : nothing}
        </article>
      </li>
    `;
  }

  private renderReport(id: string, report: ReportState) {
    const { messages } = this.localize;
    if (report.sent) {
      return html`<p part="report" class="report-done" id="report-${id}-thanks" tabindex="-1">
        ${messages.storyReportThanks}
      </p>`;
    }
    return html`
      <form
        part="report"
        class="report"
        id="report-${id}"
        data-id=${id}
        novalidate
        @change=${this.handleReportInput}
        @input=${this.handleReportInput}
        @submit=${this.handleReportSubmit}
      >
        <fieldset
          aria-describedby=${ifDefined(report.missing ? `report-${id}-missing` : undefined)}
        >
          <legend>${messages.storyReportLegend}</legend>
          ${REPORT_REASONS.map(
            (reason) => html`
              <label class="check">
                <input
                  type="radio"
                  name="reason"
                  .value=${reason}
                  .checked=${report.reason === reason}
                />
                ${messages.storyReasons[reason]}
              </label>
            `,
          )}
        </fieldset>
        ${
          report.missing
            ? html`<p class="error" id="report-${id}-missing">${messages.storyReportChoose}</p>`
            : nothing
        }
        <label for="report-${id}-note">${messages.storyReportNote}</label>
        <textarea
          id="report-${id}-note"
          name="note"
          rows="2"
          maxlength=${REPORT_NOTE_MAX}
          .value=${report.note}
        ></textarea>
        ${
          report.failed
            ? html`<p class="error" id="report-${id}-failed" tabindex="-1">
                ${messages.storyReportFailed}
              </p>`
            : nothing
        }
        <div class="actions">
          <button
            class="button-primary"
            type="submit"
            aria-disabled=${report.sending ? 'true' : 'false'}
          >
            ${report.sending ? messages.storySending : messages.storyReportSend}
          </button>
          <button
            class="button-secondary"
            type="button"
            data-id=${id}
            @click=${this.handleReportCancel}
          >
            ${messages.storyReportCancel}
          </button>
        </div>
      </form>
    `;
  }

  private renderShare(practice: Practice) {
    const { messages } = this.localize;
    if (this.receipt) return this.renderOutcome(this.receipt, practice);
    return html`
      <div class="share">
        <button
          part="share"
          class="button-primary"
          type="button"
          aria-expanded=${this.sharing ? 'true' : 'false'}
          aria-controls="share-form"
          @click=${this.handleShareToggle}
        >
          ${messages.storyShare}
        </button>
        <form
          part="share-form"
          class="form"
          id="share-form"
          novalidate
          aria-label=${messages.storyShare}
          ?hidden=${!this.sharing}
          @input=${this.handleInput}
          @change=${this.handleInput}
          @focusout=${this.handleBlur}
          @submit=${this.handleSubmit}
        >
          ${
            !this.sharing
              ? nothing
              : this.rules
                ? this.renderFields(practice, this.rules)
                : this.rulesFailed
                  ? html`<div part="message" class="message error">
                      <p>${this.localize.messages.errorNetwork}</p>
                      <button class="button-primary" type="button" @click=${this.loadRules}>
                        ${this.localize.messages.tryAgain}
                      </button>
                    </div>`
                  : nothing
          }
        </form>
      </div>
    `;
  }

  private renderFields(practice: Practice, rules: ShareRules) {
    const { messages } = this.localize;
    const draft = this.draft;
    const length = draft.body.trim().length;
    const maxLength = this.maxLength;
    const left = maxLength - length;
    const details = rules.detectPersonalDetails(draft.body).kinds;
    const crisis = rules.detectCrisis(draft.body).tier !== 'none';
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
                  ${this.renderCrisis(practice.crisisResources)}
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
                ? this.localize.t('storyBusy', this.wait(error))
                : error.status === 413
                  ? messages.storyTooLarge
                  : messages.storyServer
          }
        </p>
      </div>
    `;
  }

  private renderOutcome(receipt: StoryReceipt, practice: Practice) {
    const { messages } = this.localize;
    return html`
      <div part="outcome" class="outcome">
        <h2 id="story-outcome" tabindex="-1">${messages.storySentTitle}</h2>
        ${
          receipt.crisis
            ? html`<div class="crisis-now prominent">
                <p><strong>${messages.storySentCrisis}</strong></p>
                ${this.renderCrisis(receipt.resources ?? practice.crisisResources)}
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

  /** The practice's crisis lines; before the practice has loaded, a worldwide directory. */
  private renderCrisis(
    resources: readonly CrisisResource[] | undefined,
    title?: 'storyCrisisTitle',
  ) {
    const { messages } = this.localize;
    const lang = this.practiceTask.value?.locale || undefined;
    const emergency = this.practiceTask.value?.texts['emergency'];
    return html`
      <div part="crisis" class="crisis">
        ${title ? html`<p class="crisis-title"><strong>${messages[title]}</strong></p>` : nothing}
        <ul>
          ${
            resources?.length
              ? resources.map(
                  (resource) =>
                    html`<li lang=${ifDefined(lang)}>
                      <strong>${resource.name}</strong>: ${resource.description}
                      ${
                        resource.phone
                          ? html`<a href="tel:${dialable(resource.phone)}"
                              >${this.localize.t('storyCall', resource.phone)}</a
                            >`
                          : nothing
                      }
                      ${
                        resource.sms
                          ? html`<a href="sms:${dialable(resource.sms)}"
                              >${this.localize.t('storyText', resource.sms)}</a
                            >`
                          : nothing
                      }
                      ${
                        resource.url && /^https?:/i.test(resource.url)
                          ? html`<a href=${resource.url} rel="noopener noreferrer"
                              >${resource.url}</a
                            >`
                          : nothing
                      }
                    </li>`,
                )
              : html`<li>
                  <a href="https://findahelpline.com" rel="noopener noreferrer"
                    >${messages.storyCrisisFallback}</a
                  >
                </li>`
          }
          ${emergency ? html`<li lang=${ifDefined(lang)}>${emergency}</li>` : nothing}
        </ul>
      </div>
    `;
  }

  /** "March 2026" from `2026-03`, in the visitor's language; no finer date exists. */
  private formatMonth(month: string): string {
    const [year = 1970, number = 1] = month.split('-').map(Number);
    const locale = this.localize.locale;
    // One formatter per language: making one per card was most of the time a long wall took.
    let format = monthFormats.get(locale);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' });
      monthFormats.set(locale, format);
    }
    return format.format(new Date(Date.UTC(year, number - 1, 1)));
  }

  /** "in 2 minutes", from the server's Retry-After. */
  private wait(error: ApiError): string {
    const seconds = error.retryAfter;
    if (seconds === undefined) return this.localize.t('storyBusySoon');
    const format = new Intl.RelativeTimeFormat(this.localize.locale, { numeric: 'auto' });
    return seconds < 60
      ? format.format(Math.max(1, Math.ceil(seconds)), 'second')
      : format.format(Math.ceil(seconds / 60), 'minute');
  }
}
