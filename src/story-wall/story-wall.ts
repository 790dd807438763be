import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { HearthClient } from '../api/client.js';
import type { CrisisResource, Practice, Story } from '../api/contract/public.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { ConfigController } from '../internal/config-controller.js';
import { crisisResourceList } from '../internal/crisis-resources.js';
import { FocusController } from '../internal/focus-controller.js';
import { formStyles } from '../internal/form.styles.js';
import { HearthElement } from '../internal/hearth-element.js';
import { PagingController } from '../internal/paging-controller.js';
import { practiceTask } from '../internal/practice-task.js';
import {
  errorMessage,
  loadingState,
  notConfiguredMessage,
  skeletonLines,
  stateMessage,
} from '../internal/state-messages.js';
import { stateMessageStyles } from '../internal/state-messages.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import type { WallContext } from './context.js';
import { ShareDisclosure } from './share-disclosure.js';
import { StoryCards, storyCards } from './story-card.js';
import { storyWallStyles } from './story-wall.styles.js';
import { storyTexts } from './texts.js';
import { topicFilter } from './topic-filter.js';
import { frame } from '../internal/frame.js';

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
 * @cssproperty --hearth-font-size - Base font size: by default the size of the text around the element, at least 14px.
 * @cssproperty --hearth-radius - Corner radius of cards, fields and buttons.
 * @cssproperty --hearth-space - Base spacing unit.
 */
export class HearthStoryWall extends HearthElement {
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    theme: {},
    topic: {},
    withoutShare: { type: Boolean, attribute: 'without-share' },
    pageSize: { type: Number, attribute: 'page-size' },
    client: { attribute: false },
    filter: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

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

  /** The first page for the chosen topic; it starts `pages` over. */
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
      if (!signal.aborted) this.pages.start(page);
      return page;
    },
    args: () => [this.config.client, this.chosen, this.limit] as const,
  });

  /** The stories so far: the first page, then the ones Load more brought. */
  private readonly pages = new PagingController<Story>(this, (cursor, signal) =>
    this.config.client!.listStories({ topic: this.chosen }, { limit: this.limit, cursor, signal }),
  );

  /** What the cards, the report forms and the share form use of the wall. */
  private readonly wall: WallContext = {
    host: this,
    localize: this.localize,
    client: () => this.config.client,
    practice: () => this.practiceTask.value,
    locale: () => this.config.locale,
    renderCrisis: (resources) => this.renderCrisis(resources),
    moveFocus: (selector) => this.focusing.focus(selector),
    announce: (words) => (this.announcement = words),
  };

  private readonly cards = new StoryCards(this.wall);
  private readonly share = new ShareDisclosure(this.wall);

  /** The topic chosen in the filter; the `topic` attribute until the visitor chooses. */
  private filter?: string;
  private announcement = '';

  /** The visitor chose a topic: announce what the next first page brings. */
  private announceFilter = false;

  /** Base URL of the Hearth API. Wins over an enclosing `<hearth-provider>`'s. */
  apiBase?: string;

  /** `light`, `dark`, or `auto` (follows the visitor's system setting). Default: the provider's, else light. */
  theme?: string;

  /** A topic id to show stories about at first; the visitor can change it. */
  topic?: string;

  /** Hides the Share your story form: the wall only shows stories. */
  withoutShare = false;

  /** How many stories each page brings, 1 to 50 (default 10). */
  pageSize = 10;

  /** An API client to use instead of one made from `api-base` (custom `fetch`, tests). */
  client?: HearthClient;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('topic')) this.filter = undefined;
    if (changed.has('pageSize') && !(this.pageSize >= 1 && this.pageSize <= 50)) {
      this.warn(
        `<hearth-story-wall> page-size="${this.pageSize}" is not a whole number from 1 to 50; using 10.`,
      );
    }
  }

  private get limit(): number {
    const size = Math.trunc(this.pageSize);
    return size >= 1 && size <= 50 ? size : 10;
  }

  /** The topic whose stories are shown; `''` for all of them. */
  private get chosen(): string {
    return this.filter ?? this.topic ?? '';
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
    this.announcement = '';
    const fresh = await this.pages.more();
    if (this.pages.error) {
      this.announcement = this.localize.t('storyMoreFailed');
    } else if (fresh !== undefined) {
      this.announcement = this.localize.t('storyArrived', fresh);
      if (fresh) this.focusing.focus(`[data-index="${this.pages.firstNew}"]`);
    }
  };

  protected override render() {
    const practice = this.practiceTask.value;
    return frame(
      this.config.theme,
      this.localize,
      html`
        ${this.renderState()}
        <p class="visually-hidden" role="status">${this.announcement}</p>
        ${
          practice || this.practiceTask.status === TaskStatus.ERROR
            ? html`<footer>
                ${this.renderCrisis(practice?.crisisResources, 'storyCrisisTitle')}
              </footer>`
            : nothing
        }
      `,
    );
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
      ${topicFilter(this.localize, practice.topics, this.chosen, this.handleFilter)}
      ${this.renderStories(practice)}
      ${this.withoutShare ? nothing : this.share.render(this.localize, practice)}
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

  private renderStories(practice: Practice) {
    const { messages } = this.localize;
    const { items, cursor, loading, error } = this.pages;
    if (items.length === 0) {
      const topic = this.chosen && practice.topics.find((each) => each.id === this.chosen);
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
      ${storyCards(
        this.localize,
        items,
        practice,
        this.storiesTask.status === TaskStatus.PENDING,
        this.cards,
      )}
      ${
        cursor
          ? html`<button
              part="more"
              class="button-secondary more"
              type="button"
              aria-busy=${loading}
              @click=${this.handleLoadMore}
            >
              ${loading ? messages.storyLoadingMore : messages.storyLoadMore}
            </button>`
          : nothing
      }
      ${error ? html`<p class="error more-failed">${messages.storyMoreFailed}</p>` : nothing}
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
}
