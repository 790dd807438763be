import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HearthClient } from '../api/client.js';
import {
  REPORT_REASONS,
  type CrisisResource,
  type List,
  type Practice,
  type ReportReason,
  type Resonance,
  type Story,
} from '../api/contract/public.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { storyTexts } from './texts.js';
import { ConfigController } from '../internal/config-controller.js';
import { crisisResourceList } from '../internal/crisis-resources.js';
import { FocusController } from '../internal/focus-controller.js';
import { practiceTask } from '../internal/practice-task.js';
import { HearthElement } from '../internal/hearth-element.js';
import {
  errorMessage,
  loadingState,
  notConfiguredMessage,
  skeletonLines,
  stateMessage,
} from '../internal/state-messages.js';
import { formStyles } from '../internal/form.styles.js';
import { stateMessageStyles } from '../internal/state-messages.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import type { ShareContext, ShareForm } from './share-form/share-form.js';
import { shareLoader } from './share-loader.js';
import { storyWallStyles } from './story-wall.styles.js';
import { visitor } from './visitor.js';

/** A story's report form: open, sending, sent or failed. */
interface ReportState {
  reason?: ReportReason;
  note: string;
  sending?: boolean;
  sent?: boolean;
  failed?: boolean;
  missing?: boolean;
}

const REPORT_NOTE_MAX = 300;

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
 * suggests the writer may be in danger. The share form's code is a file of its own, fetched from
 * beside the wall's when Share your story comes near the screen or is used.
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
  static override styles = [
    ...HearthElement.styles,
    tokens,
    stateMessageStyles,
    formStyles,
    storyWallStyles,
  ];

  private readonly config = new ConfigController(this);
  private readonly localize = new LocalizeController(this, () => this.config.locale, storyTexts);
  private readonly focusing = new FocusController(this);

  private readonly practiceTask = practiceTask(this, this.config);

  /** The first page for the chosen topic; later pages are added by Load more. */
  private readonly storiesTask = new Task(this, {
    task: async (
      [client, topic, limit]: readonly [HearthClient | undefined, string, number],
      { signal },
    ) => {
      if (!client) return initialState;
      const page = await client.listStories({ topic }, { signal, limit });
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
  /** The share form, once its code has arrived (see `prepareShare`). */
  @state() private share?: ShareForm;
  @state() private shareFailed = false;

  /** The visitor chose a topic: announce what the next first page brings. */
  private announceFilter = false;
  /** The share form's code on its way, for this wall; forgotten if it fails. */
  private sharePending?: Promise<ShareForm>;
  /** Watches for Share your story coming near the screen, to fetch the form's code. */
  private shareWatch?: IntersectionObserver;
  private readonly shareContext: ShareContext = {
    host: this,
    client: () => this.config.client,
    practice: () => this.practiceTask.value,
    locale: () => this.config.locale,
    renderCrisis: (resources) => this.renderCrisis(resources),
    moveFocus: (selector) => this.focusing.focus(selector),
  };

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
    this.shareWatch?.disconnect();
    this.shareWatch = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('topic')) this.filter = undefined;
    if (changed.has('pageSize') && !(this.pageSize >= 1 && this.pageSize <= 50)) {
      this.warn(
        `<hearth-story-wall> page-size="${this.pageSize}" is not a whole number from 1 to 50; using 10.`,
      );
    }
  }

  protected override updated(): void {
    // Most visitors only read, so the share form's code is not part of the wall. It is fetched
    // when Share your story comes near the screen (once the browser is idle), so opening the
    // form is instant; with Save-Data on, only when the visitor points at, touches or focuses it.
    const button = this.renderRoot.querySelector('[part~="share"]');
    if (this.shareWatch || !button) return;
    this.shareWatch = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.shareWatch?.disconnect();
        if ('requestIdleCallback' in globalThis) {
          requestIdleCallback(this.handleShareIntent, { timeout: 2000 });
        } else {
          setTimeout(this.handleShareIntent, 200);
        }
      },
      { rootMargin: '400px' },
    );
    const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
    if (!connection?.saveData) this.shareWatch.observe(button);
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

  private readonly handleFilter = (event: Event) => {
    this.filter = (event.target as HTMLInputElement).value;
    this.announcement = '';
    this.announceFilter = true;
  };

  private readonly handleShowAll = () => {
    this.filter = '';
    this.announceFilter = true;
    this.focusing.focus('[part~="filters"] input');
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
      const page = await client.listStories({ topic }, { limit: this.limit, cursor });
      // The topic changed meanwhile: this page belongs to another list.
      if (!first || first !== this.storiesTask.value) return;
      const known = new Set(this.stories.map((story) => story.id));
      const fresh = page.items.filter((story) => !known.has(story.id));
      const items = [...(this.morePages?.items ?? []), ...fresh];
      this.more = { after: first, items, cursor: page.nextCursor };
      this.announcement = this.localize.t('storyArrived', fresh.length);
      if (fresh.length) this.focusing.focus(`[data-index="${firstNew}"]`);
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
      const answer = await client.toggleMeToo(story.id, { token: visitor.token });
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
      this.focusing.focus(`#report-${CSS.escape(id)} input`);
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
      this.focusing.focus(`#report-${CSS.escape(id)} input`);
      return;
    }
    this.setReport(id, { ...report, sending: true, failed: false });
    const note = report.note.trim();
    try {
      await client.reportStory(id, { reason: report.reason, ...(note && { note }) });
      this.setReport(id, { ...report, sending: false, sent: true });
      this.focusing.focus(`#report-${CSS.escape(id)}-thanks`);
    } catch {
      this.setReport(id, { ...report, sending: false, failed: true });
      this.focusing.focus(`#report-${CSS.escape(id)}-failed`);
    }
  };

  private readonly handleReportCancel = (event: Event) => {
    const id = (event.currentTarget as HTMLElement).dataset['id']!;
    const reports = new Map(this.reports);
    reports.delete(id);
    this.reports = reports;
    this.focusing.focus(`[data-report="${CSS.escape(id)}"]`);
  };

  private readonly handleShareToggle = () => {
    this.sharing = !this.sharing;
    if (!this.sharing) return;
    // Usually the code is here already: the form opens in this very update.
    if (this.share) this.focusing.focus('#story-body');
    else void this.openShare();
  };

  /** The visitor is likely to open the form (or the browser is idle): fetch its code now. */
  private readonly handleShareIntent = () => {
    this.prepareShare().catch(() => {
      // Offline for now: opening the form tries again, and says so if it fails.
    });
  };

  private readonly handleRetryShare = () => {
    // The Try again button goes away while the form loads: keep focus on the open disclosure.
    this.renderRoot.querySelector<HTMLElement>('[part~="share"]')?.focus();
    void this.openShare();
  };

  /** The form's events, for the form's code once it is here. */
  private readonly handleShareEvent = (event: Event) => {
    const form = this.sharing ? this.share : undefined;
    // A closed form's fields leave the page, and a focused one reports it: nothing changed.
    if (!form) {
      if (event.type === 'submit') event.preventDefault();
    } else if (event.type === 'submit') {
      void form.handleSubmit(event);
    } else if (event.type === 'focusout') {
      form.handleBlur(event as FocusEvent);
    } else {
      form.handleInput(event);
    }
  };

  /** Opens the form: at once if its code is here, else after a calm loading state. */
  private readonly openShare = async () => {
    this.shareFailed = false;
    try {
      await this.prepareShare();
      if (this.sharing) this.focusing.focus('#story-body');
    } catch {
      // Offline since the page loaded: say so, and offer to try again.
      if (!this.sharing) return;
      this.shareFailed = true;
      this.focusing.focus('#share-failed');
    }
  };

  private prepareShare(): Promise<ShareForm> {
    this.sharePending ??= shareLoader
      .load()
      .then((module) => module.createShareForm(this.shareContext))
      .then(
        (form) => (this.share = form),
        (error: unknown) => {
          this.sharePending = undefined;
          throw error;
        },
      );
    return this.sharePending;
  }

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
    if (this.config.status === 'unconfigured') return notConfiguredMessage(messages);
    const failed = [this.practiceTask, this.storiesTask].find(
      (task) => task.status === TaskStatus.ERROR,
    );
    if (failed) {
      return errorMessage(messages, failed.error, this.handleRetryLoad, messages.storyErrorTitle);
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
    return loadingState(
      this.localize.messages.storyLoading,
      html`${[0, 1, 2].map(
        () =>
          html`<div class="card skeleton" aria-hidden="true">
            ${skeletonLines(['', '', 'short'])}
          </div>`,
      )}`,
    );
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
        ? stateMessage(
            'empty-topic',
            undefined,
            html`<p>${this.localize.t('storyNoneForTopic', topic.label)}</p>
              <button class="button-secondary" type="button" @click=${this.handleShowAll}>
                ${messages.storyShowAll}
              </button>`,
          )
        : stateMessage(
            'empty',
            messages.storyEmptyTitle,
            this.withoutShare ? nothing : html`<p>${messages.storyEmptyBody}</p>`,
          );
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
    const form = this.share;
    if (form?.receipt) return form.renderOutcome(form.receipt, practice);
    return html`
      <div class="share">
        <button
          part="share"
          class="button-primary"
          type="button"
          aria-expanded=${this.sharing ? 'true' : 'false'}
          aria-controls="share-form"
          @click=${this.handleShareToggle}
          @pointerenter=${this.handleShareIntent}
          @touchstart=${this.handleShareIntent}
          @focus=${this.handleShareIntent}
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
          @input=${this.handleShareEvent}
          @change=${this.handleShareEvent}
          @focusout=${this.handleShareEvent}
          @submit=${this.handleShareEvent}
        >
          ${
            !this.sharing
              ? nothing
              : form
                ? form.renderFields(practice)
                : this.shareFailed
                  ? this.renderShareFailed()
                  : this.renderShareLoading()
          }
        </form>
      </div>
    `;
  }

  /** Shown only if the form's code takes a moment: it fades in late, in the form's place. */
  private renderShareLoading() {
    return html`
      <div class="share-loading" aria-busy="true">
        <p class="visually-hidden" role="status">${this.localize.messages.storyShareLoading}</p>
        <span class="skeleton-line"></span>
        <span class="skeleton-line short"></span>
        <span class="skeleton-box"></span>
      </div>
    `;
  }

  private renderShareFailed() {
    const { messages } = this.localize;
    return stateMessage(
      'error',
      undefined,
      html`<p id="share-failed" class="message-title" tabindex="-1">${messages.storyShareFailed}</p>
        <p>${messages.errorNetwork}</p>
        <button class="button-primary" type="button" @click=${this.handleRetryShare}>
          ${messages.tryAgain}
        </button>`,
    );
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
        ${crisisResourceList(
          resources,
          {
            call: (number) => this.localize.t('storyCall', number),
            text: (number) => this.localize.t('storyText', number),
            fallback: messages.storyCrisisFallback,
          },
          { lang, emergency },
        )}
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
}
