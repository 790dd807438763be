/* eslint-disable lit-a11y/no-redundant-role -- Safari/VoiceOver drop the list semantics of a
   <ul> styled with list-style: none; role="list" restores them. */
import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, render, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { GROUP_FORMATS, type Group, type HearthClient, type Practice } from '../api/index.js';
import { HearthGroupSelectEvent } from '../events/group-select.js';
import { HearthSignupRequestEvent } from '../events/signup-request.js';
import { finderTexts } from './texts.js';
import { formatDate, formatStatus } from '../i18n/format.js';
import {
  formatCalendarDate,
  formatFee,
  formatSchedule,
  formatWeekday,
  formatZoneName,
  visitorTimeZone,
} from './format-groups.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { ConfigController } from '../internal/config-controller.js';
import { contactList } from '../internal/contact-list.js';
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
import { stateMessageStyles } from '../internal/state-messages.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import {
  DAYS,
  LIST_FILTERS,
  MAX_QUERY_LENGTH,
  TIMES_OF_DAY,
  activeCount,
  deserialize,
  fold,
  isAllowed,
  matcher,
  noFilters,
  readHash,
  serialize,
  splitList,
  writeHash,
  type Filters,
  type ListFilter,
} from './filters.js';
import { groupFinderStyles } from './group-finder.styles.js';
import { GroupPages } from './groups-pages.js';
import { formatterSteps, nextTask, runSliced } from './warm-up.js';

export const LAYOUTS = ['grid', 'list'] as const;
export type Layout = (typeof LAYOUTS)[number];

const SKELETON_CARDS = 3;
/**
 * New cards made in one task: at most a phone's screenful, and no more once this task has spent
 * `CARDS_BUDGET` ms on them (one at least). The rest follow in the next tasks, so no task holds
 * the page for long; cards made before are only moved, any number at once.
 */
const NEW_CARDS_PER_TASK = 4;
const CARDS_BUDGET = 8;
/** Cards rendered at first, and added by each "Show more": a screenful or two, never a thousand. */
const PAGE_SIZE = 24;
/** Groups asked for after the first page, per request: each answer a short task to parse. */
const LATER_PAGE_SIZE = 100;
/** Topics, formats, days, times. */
const CHOICE_SETS = 4;
/** The list carries this many upcoming dates; `GET /v1/groups/{id}` has more. */
const LIST_SESSIONS = 4;
const HASH_KEY = 'hearth-groups';
/** A pause in typing after which the next keystroke starts a new history entry. */
const TYPING_PAUSE = 1000;

/**
 * @tagname hearth-group-finder
 * @summary Lists a practice's therapy groups as cards a visitor can read at a glance — topics,
 * format and place, schedule in words, seats, fee — filter them, and open one to ask for a spot.
 *
 * Filters apply in the browser to the list loaded once. Topic, format, day and time of day each
 * match any of the chosen values; a hybrid group matches "in person" and "online" alike; times
 * of day follow the group's own clock (morning before 12:00, afternoon until 17:00, evening
 * after). With `sync-url`, the filters live in the page's hash as
 * `#hearth-groups=topic:grief,anxiety;format:online;day:2;time:evening;q:circle` (beside the
 * page's own fragment, separated by `&`), so a filtered view can be shared and the back button
 * restores the previous filters.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart filters - The search field and filter controls.
 * @csspart count - The live result count ("4 of 10 groups").
 * @csspart card - One group's card.
 * @csspart badge - A card's seats status ("3 spots left", "Waitlist open", "Full").
 * @csspart dialog - The detail view of one group (a modal `<dialog>`).
 * @csspart action - The detail view's "Request a spot" / "Join the waitlist" button.
 * @csspart message - The box for the not-configured, empty, no-results and error states.
 *
 * @event {HearthGroupSelectEvent} hearth-group-select - A visitor opened a group. `event.groupId`
 * is its id; nothing else is carried.
 * @event {HearthSignupRequestEvent} hearth-signup-request - A visitor pressed "Request a spot" or
 * "Join the waitlist". Cancelable: `preventDefault()` stops the widget's own next step (for now,
 * showing the practice's phone and e-mail). Carries only `event.groupId`.
 *
 * @cssproperty --hearth-color-accent - Buttons, links, focus rings, chosen filters.
 * @cssproperty --hearth-color-on-accent - Text on accent-coloured buttons.
 * @cssproperty --hearth-color-text - Body text.
 * @cssproperty --hearth-color-muted - Secondary text.
 * @cssproperty --hearth-color-surface - Card, dialog and field background.
 * @cssproperty --hearth-color-background - Background behind the cards (transparent in the light theme).
 * @cssproperty --hearth-color-border - Card and control borders.
 * @cssproperty --hearth-color-danger - Error accents.
 * @cssproperty --hearth-color-badge - Status badge background.
 * @cssproperty --hearth-font-family - Font; inherits the page's by default.
 * @cssproperty --hearth-font-size - Base font size (1rem).
 * @cssproperty --hearth-radius - Corner radius of cards and buttons.
 * @cssproperty --hearth-space - Base spacing unit.
 */
export class HearthGroupFinder extends HearthElement {
  static override styles = [...HearthElement.styles, tokens, stateMessageStyles, groupFinderStyles];

  private readonly config = new ConfigController(this);
  private readonly localize = new LocalizeController(this, () => this.config.locale, finderTexts);
  private readonly focusing = new FocusController(this);

  private readonly practiceTask = practiceTask(this, this.config);

  private readonly pages = new GroupPages(this, LATER_PAGE_SIZE);

  /** The first page of groups (a screenful); the rest follow through `pages`. */
  private readonly groupsTask = new Task(this, {
    task: async ([client]: readonly [HearthClient | undefined], { signal }) => {
      if (!client) return initialState;
      // Asked for in a task of its own, apart from the first update that draws the outline.
      await nextTask();
      if (signal.aborted) return initialState;
      // While the list is on its way, the formatters the cards need are made, one per task.
      const early = nextTask().then(() => this.prepareFormatters([]));
      const items = await this.pages.first(client, PAGE_SIZE, signal);
      // Rendering waits for a task of its own, and for the first cards' own formatters (their
      // time zones, currencies), a few per task.
      await nextTask();
      await early;
      await this.prepareFormatters(items);
      // The next pages are asked for a task later, apart from drawing these (and not at all by a
      // run superseded meanwhile: the newer one has its own).
      void nextTask().then(() => {
        if (!signal.aborted) this.pages.continue();
      });
      return items;
    },
    args: () => [this.config.client] as const,
  });

  @query('dialog') private readonly dialog!: HTMLDialogElement;

  @state() private filters: Filters = noFilters();
  @state() private filtersOpen = false;
  @state() private shownCount = PAGE_SIZE;
  /** The group in the detail view: the list's copy, then the fuller one from `getGroup`. */
  @state() private openGroup?: Group;
  @state() private signupShown = false;
  @state() private signupForm: 'ready' | 'unavailable' = 'unavailable';
  /** Sets of filter choices (topics, formats, days, times) drawn so far: one more per task. */
  @state() private choiceSetsShown = 0;

  /** Searchable text per group, folded once. */
  private searchText = new WeakMap<Group, string>();
  private searchTextFor?: Practice;
  private filtered?: { groups: readonly Group[]; filters: Filters; result: Group[] };
  /**
   * Each group's card as a list item, made once for a locale, a practice and a visitor's time
   * zone, then only moved in and out of the list as filters change: a keystroke makes no card
   * it has made before.
   */
  private cards = new WeakMap<Group, Element>();
  /** The groups whose cards the list shows, in order, once rendered. */
  private shownGroups: readonly Group[] = [];
  private cardsFor: unknown[] = [];
  private detailsRequest?: AbortController;
  private topicsOf?: { groups: readonly Group[]; used: ReadonlySet<string> };
  /** A task that puts the next cards in the list is on its way. */
  private placing = false;
  /** No card has been made for the current locale and practice: the first costs the most. */
  private firstCardMade = false;
  /** A task that shows the next set of filter choices is on its way. */
  private showingChoices = false;
  private typingUntil = 0;

  /** Base URL of the Hearth API. Wins over an enclosing `<hearth-provider>`'s. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** `light`, `dark`, or `auto` (follows the visitor's system setting). Default: the provider's, else light. */
  @property() theme?: string;

  /** `grid` (cards side by side where there is room) or `list` (one card per row). */
  @property() layout: Layout = 'grid';

  /** Topic ids to filter by at first, space- or comma-separated (`topics="grief anxiety"`). */
  @property() topics?: string;

  /** Formats to filter by at first: `in_person`, `online`, `hybrid`, space- or comma-separated. */
  @property() format?: string;

  /** Hides the search field and filters (presets from `topics` and `format` still apply). */
  @property({ type: Boolean, attribute: 'without-filters' }) withoutFilters = false;

  /** Mirrors the filters in the page's URL hash, so a filtered view can be shared. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** An API client to use instead of one made from `api-base` (custom `fetch`, tests). */
  @property({ attribute: false }) client?: HearthClient;

  /** The visitor's IANA time zone; by default the browser's. */
  @property({ attribute: false }) visitorTimeZone?: string;

  /**
   * The first update (the loading outline, and the requests) waits for a task of its own, so it
   * does not add up with running this element's code, which the page has just downloaded.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await nextTask();
    super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.handleHistory);
    window.addEventListener('hashchange', this.handleHistory);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handleHistory);
    window.removeEventListener('hashchange', this.handleHistory);
    this.detailsRequest?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('layout') && !LAYOUTS.includes(this.layout)) {
      this.warn(
        `<hearth-group-finder> layout="${String(this.layout)}" is not grid or list; using grid.`,
      );
    }
    if (changed.has('topics') || changed.has('format')) this.filters = this.presets();
    if (changed.has('syncUrl') && this.syncUrl) this.readUrl();
    const practice = this.practice;
    if (practice && practice !== this.searchTextFor) this.practiceArrived(practice);
  }

  protected override updated(): void {
    // The list first appears with its filters' choices coming one set per task, then the first
    // card (its templates prepared, its formatters' first use) in a task of its own, then the
    // others: the page never waits for all of it in one piece. The choices come before the
    // cards, so nothing moves under a card once it is on screen.
    if (this.choiceSetsShown < CHOICE_SETS && this.renderRoot.querySelector('#filter-panel')) {
      if (!this.showingChoices) {
        this.showingChoices = true;
        void nextTask().then(() => {
          this.showingChoices = false;
          this.choiceSetsShown++;
        });
      }
      this.placeCards('not-yet');
      return;
    }
    this.placeCards(this.firstCardMade ? 'now' : 'next-task');
  }

  private readonly handleHistory = () => {
    if (this.syncUrl) this.readUrl();
  };

  private readonly handleRetry = () => {
    if (this.practiceTask.status === TaskStatus.ERROR) void this.practiceTask.run();
    void this.groupsTask.run();
  };

  private readonly handleRetryMore = () => {
    this.pages.retry();
  };

  private readonly handleChoice = (event: Event) => {
    const { name, value, checked } = event.target as HTMLInputElement;
    const filter = name as ListFilter;
    const chosen = this.filters[filter].filter((each) => each !== value);
    if (checked) chosen.push(value);
    this.setFilters({ ...this.filters, [filter]: chosen }, true);
  };

  private readonly handleSearch = (event: Event) => {
    const q = (event.target as HTMLInputElement).value.slice(0, MAX_QUERY_LENGTH);
    // The first keystroke after a pause is a new step back; the ones that follow refine it.
    const push = performance.now() > this.typingUntil;
    this.typingUntil = performance.now() + TYPING_PAUSE;
    this.setFilters({ ...this.filters, q }, push);
  };

  private readonly handleClear = () => {
    this.setFilters(noFilters(), true);
    this.focusing.focus('input[type="search"]');
  };

  private readonly handleToggle = () => {
    this.filtersOpen = !this.filtersOpen;
  };

  private readonly handleShowMore = () => {
    const firstNew = this.shownCount;
    this.shownCount += PAGE_SIZE;
    // To the first card that appeared, rather than leaving keyboard users below them all.
    this.focusing.focus(`[data-cards] > :nth-child(${firstNew + 1}) [data-group-id]`);
  };

  private readonly handleSelect = async (event: Event) => {
    const id = (event.currentTarget as HTMLElement).dataset['groupId'];
    const group = this.pages.groups.find((each) => each.id === id);
    if (!group) return;
    this.openGroup = group;
    this.signupShown = false;
    this.dispatchEvent(new HearthGroupSelectEvent(group.id));
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    if (group.nextSessions.length >= LIST_SESSIONS) void this.loadDetails(group.id);
  };

  private readonly handleClose = () => {
    this.dialog.close();
  };

  private readonly handleDialogClosed = () => {
    this.detailsRequest?.abort();
    const id = this.openGroup?.id;
    this.openGroup = undefined;
    // Back to the button that opened it, so a keyboard or screen-reader user keeps their place.
    if (id)
      this.renderRoot.querySelector<HTMLElement>(`[data-group-id="${CSS.escape(id)}"]`)?.focus();
  };

  private readonly handleAction = () => {
    const id = this.openGroup?.id;
    if (id && this.dispatchEvent(new HearthSignupRequestEvent(id))) this.showSignup(id);
  };

  /**
   * The default action of "Request a spot", unless the host prevented `hearth-signup-request`:
   * the sign-up form for this group in the open dialog. Its code loads now (it lives in this
   * element's shadow root, where the page-level autoloader cannot see it); should that fail,
   * the practice's phone and e-mail are shown instead.
   */
  protected async showSignup(_groupId: string): Promise<void> {
    try {
      await import('../define/session-signup.js');
      this.signupForm = 'ready';
    } catch {
      this.signupForm = 'unavailable';
    }
    this.signupShown = true;
    this.focusing.focus('hearth-session-signup');
  }

  protected override render() {
    return html`
      <div
        part="base"
        class="base"
        data-theme=${this.config.theme}
        lang=${this.localize.lang}
        dir=${this.localize.dir}
      >
        ${this.renderState()}
        <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.handleDialogClosed}>
          ${this.openGroup ? this.renderDetails(this.openGroup) : nothing}
        </dialog>
      </div>
    `;
  }

  private renderState() {
    if (this.config.status === 'pending') return this.renderLoading();
    if (this.config.status === 'unconfigured') return notConfiguredMessage(this.localize.messages);
    return this.groupsTask.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: () => {
        // Topic labels and contact details come with the practice: wait for it, unless it failed.
        if (this.practiceTask.status === TaskStatus.PENDING) return this.renderLoading();
        const { groups } = this.pages;
        if (groups.length === 0 && this.pages.state === 'complete') {
          return html`${this.renderCount(this.localize.t('groupCount', 0))}
          ${stateMessage(
            'empty',
            this.localize.t('emptyTitle'),
            html`<p>${this.localize.t('emptyBody')}</p>
              ${this.renderContact()}`,
          )}`;
        }
        return this.renderGroups(groups);
      },
      error: (error) => this.renderError(error),
    });
  }

  private renderLoading() {
    // The same outline as what is coming: a filter bar and cards with the cards' minimum height.
    return loadingState(
      this.localize.t('loading'),
      html`<div aria-hidden="true">
        ${this.withoutFilters ? nothing : html`<div class="filters skeleton-bar"></div>`}
        <div class=${this.cardsClass}>
          ${Array.from(
            { length: SKELETON_CARDS },
            () =>
              html`<div class="card skeleton">${skeletonLines(['heading', '', '', 'short'])}</div>`,
          )}
        </div>
      </div>`,
    );
  }

  private renderError(error: unknown) {
    const title = this.localize.t('errorTitle');
    return html`
      ${this.renderCount(title)}
      ${errorMessage(this.localize.messages, error, this.handleRetry, title, this.renderContact())}
    `;
  }

  /** The polite live region: the result count once loaded, the outcome otherwise. */
  private renderCount(words: string, visible = false) {
    return html`<p part="count" class=${visible ? 'count' : 'visually-hidden'} role="status">
      ${words}
    </p>`;
  }

  private renderContact() {
    return contactList(this.practice?.contact, this.localize.messages);
  }

  private renderGroups(groups: readonly Group[]) {
    const shown = this.filter(groups);
    const filtered = activeCount(this.filters) > 0;
    const { state } = this.pages;
    const { messages, locale } = this.localize;
    // While pages are coming, no count: it would be wrong a moment later, and announced each time.
    const count =
      state === 'more'
        ? messages.loadingMore
        : filtered
          ? this.localize.t('resultCount', shown.length, groups.length)
          : this.localize.t('groupCount', groups.length);
    const more = shown.length - this.shownCount;
    this.shownGroups = shown.slice(0, this.shownCount);
    const cardsFor = [messages, locale, this.practice, this.visitorTimeZone];
    if (cardsFor.some((each, index) => each !== this.cardsFor[index])) {
      this.cardsFor = cardsFor;
      this.cards = new WeakMap();
      this.firstCardMade = false;
    }
    return html`
      ${this.withoutFilters ? nothing : this.renderFilters(groups)}
      ${this.renderCount(state === 'error' ? `${count} ${messages.moreFailed}` : count, true)}
      ${
        shown.length === 0 && state === 'more'
          ? nothing
          : shown.length === 0
            ? stateMessage(
                'no-results',
                this.localize.t('noResultsTitle'),
                html`<p>${this.localize.t('noResultsBody')}</p>
                  <button class="button-primary" type="button" @click=${this.handleClear}>
                    ${this.localize.t('clearFilters')}
                  </button>`,
              )
            : html`<ul
                class=${this.cardsClass}
                role="list"
                aria-label=${this.localize.t('groupsLabel')}
                data-cards
              ></ul>`
      }
      ${
        more > 0
          ? html`<button class="button-secondary more" type="button" @click=${this.handleShowMore}>
              ${this.localize.t('showMore', Math.min(more, PAGE_SIZE))}
            </button>`
          : nothing
      }
      ${
        state === 'error'
          ? stateMessage(
              'error',
              undefined,
              html`<p>${messages.moreFailed}</p>
                <button class="button-primary" type="button" @click=${this.handleRetryMore}>
                  ${messages.tryAgain}
                </button>`,
            )
          : nothing
      }
    `;
  }

  private renderFilters(groups: readonly Group[]) {
    const { messages, locale } = this.localize;
    const chosen = this.filters;
    const topics = (this.practice?.topics ?? []).filter(
      (topic) => this.usedTopics(groups).has(topic.id) || chosen.topic.includes(topic.id),
    );
    const listed = activeCount(chosen) - (chosen.q.trim() ? 1 : 0);
    return html`
      <div part="filters" class="filters" role="search">
        <label class="search">
          ${messages.search}
          <input
            type="search"
            maxlength=${MAX_QUERY_LENGTH}
            .value=${chosen.q}
            @input=${this.handleSearch}
          />
        </label>
        <button
          class="button-secondary toggle"
          type="button"
          aria-expanded=${this.filtersOpen}
          aria-controls="filter-panel"
          @click=${this.handleToggle}
        >
          ${this.localize.t('filterGroups', listed)}
        </button>
        <div id="filter-panel" class="panel ${this.filtersOpen ? 'open' : ''}">
          ${this.renderChoices('topic', messages.topics, () =>
            topics.map((topic) => [topic.id, topic.label]),
          )}
          ${this.renderChoices('format', messages.formatLegend, () =>
            GROUP_FORMATS.map((format) => [format, messages.formats[format]]),
          )}
          ${this.renderChoices('day', messages.dayLegend, () =>
            DAYS.map((day) => [day, formatWeekday(Number(day), locale)]),
          )}
          ${this.renderChoices('time', messages.timeLegend, () =>
            TIMES_OF_DAY.map((time) => [time, messages.times[time]]),
          )}
        </div>
        ${
          activeCount(chosen) > 0
            ? html`<button class="button-secondary" type="button" @click=${this.handleClear}>
                ${messages.clearFilters}
              </button>`
            : nothing
        }
      </div>
    `;
  }

  private renderChoices(filter: ListFilter, legend: string, choices: () => [string, string][]) {
    // Drawn one set per task when the list first appears (see `updated`).
    if (LIST_FILTERS.indexOf(filter) >= this.choiceSetsShown) return nothing;
    const options = choices();
    if (options.length === 0) return nothing;
    return html`
      <fieldset>
        <legend>${legend}</legend>
        ${options.map(
          ([value, label]) => html`
            <label class="chip">
              <input
                type="checkbox"
                name=${filter}
                .value=${value}
                .checked=${this.filters[filter].includes(value)}
                @change=${this.handleChoice}
              />
              ${label}
            </label>
          `,
        )}
      </fieldset>
    `;
  }

  private cardOf(group: Group): Element {
    let card = this.cards.get(group);
    if (!card) {
      const holder = document.createDocumentFragment();
      render(html`<li class="item">${this.renderCard(group)}</li>`, holder, { host: this });
      card = holder.firstElementChild!;
      this.cards.set(group, card);
      this.firstCardMade = true;
    }
    return card;
  }

  /**
   * Puts the shown groups' cards in the list, in order: those already in place stay, others move
   * in, and new ones are made: `now`, for `CARDS_BUDGET` ms at most (at least one), the list then
   * going on in the next task; from the `next-task` on; or `not-yet`, until asked again.
   */
  private placeCards(make: 'now' | 'next-task' | 'not-yet' = 'now'): void {
    const list = this.renderRoot.querySelector('ul[data-cards]');
    if (!list) return;
    let current = list.firstElementChild;
    const start = performance.now();
    let made = 0;
    for (const group of this.shownGroups) {
      if (
        !this.cards.has(group) &&
        (make !== 'now' ||
          made === NEW_CARDS_PER_TASK ||
          (made > 0 && performance.now() - start > CARDS_BUDGET))
      ) {
        if (!this.placing && make !== 'not-yet') {
          this.placing = true;
          void nextTask().then(() => {
            this.placing = false;
            this.placeCards();
          });
        }
        // Cards made for another locale or zone stay until their new ones replace them.
        if (make !== 'now') return;
        break;
      }
      if (!this.cards.has(group)) made++;
      const card = this.cardOf(group);
      if (card === current) current = current.nextElementSibling;
      else list.insertBefore(card, current);
    }
    while (current) {
      const next = current.nextElementSibling;
      current.remove();
      current = next;
    }
  }

  private renderCard(group: Group) {
    const lang = group.language || undefined;
    return html`
      <article part="card" class="card" aria-labelledby="group-${group.id}">
        <div class="card-header">
          <h3 class="name" id="group-${group.id}" lang=${ifDefined(lang)}>${group.name}</h3>
          <span part="badge" class="badge ${group.status}">
            ${formatStatus(group, this.localize.messages)}
          </span>
        </div>
        <p lang=${ifDefined(lang)}>${group.summary}</p>
        ${this.renderTopics(group)} ${this.renderFacts(group)}
        <div class="card-actions">
          <button
            class="button-secondary"
            type="button"
            data-group-id=${group.id}
            @click=${this.handleSelect}
          >
            ${this.localize.t('viewDetails')}<span class="visually-hidden">: ${group.name}</span>
          </button>
        </div>
      </article>
    `;
  }

  private renderDetails(group: Group) {
    if (this.signupShown && this.signupForm === 'ready') return this.renderSignup(group);
    const { locale, messages } = this.localize;
    const zone = group.schedule.timeZone;
    const lang = group.language || undefined;
    return html`
      <div class="dialog-header">
        <h2 class="name" id="dialog-title" lang=${ifDefined(lang)}>${group.name}</h2>
        <button class="button-secondary" type="button" @click=${this.handleClose}>
          ${messages.close}
        </button>
      </div>
      <p lang=${ifDefined(lang)}>${group.description}</p>
      ${this.renderTopics(group)} ${this.renderFacts(group)}
      ${
        group.nextSessions.length
          ? html`<h3>${this.localize.t('upcoming', formatZoneName(zone, locale))}</h3>
              <ul class="plain" role="list">
                ${group.nextSessions.map((at) => html`<li>${formatDate(at, locale, zone)}</li>`)}
              </ul>`
          : nothing
      }
      <div class="actions">
        <span part="badge" class="badge ${group.status}">${formatStatus(group, messages)}</span>
        ${
          group.status === 'closed'
            ? nothing
            : html`<button
                part="action"
                class="button-primary"
                type="button"
                @click=${this.handleAction}
              >
                ${group.status === 'waitlist' ? messages.joinWaitlist : messages.requestSpot}
              </button>`
        }
      </div>
      ${
        group.status === 'closed'
          ? html`<p>${messages.closedNote}</p>
              ${this.renderContact()}`
          : html`<div role="status">
              ${
                this.signupShown
                  ? html`<p>${messages.signupContact}</p>
                      ${this.renderContact()}`
                  : nothing
              }
            </div>`
      }
    `;
  }

  private renderSignup(group: Group) {
    return html`
      <div class="dialog-header">
        <h2
          class="visually-hidden"
          id="dialog-title"
          lang=${ifDefined(group.language || undefined)}
        >
          ${group.name}
        </h2>
        <button class="button-secondary" type="button" @click=${this.handleClose}>
          ${this.localize.messages.close}
        </button>
      </div>
      <hearth-session-signup
        group-id=${group.id}
        .client=${this.config.client}
        theme=${ifDefined(this.config.theme)}
        lang=${this.localize.lang}
      ></hearth-session-signup>
    `;
  }

  private renderTopics(group: Group) {
    if (group.topics.length === 0) return nothing;
    const labels = new Map(this.practice?.topics.map((topic) => [topic.id, topic.label]));
    return html`
      <ul class="topics" role="list" aria-label=${this.localize.t('topics')}>
        ${group.topics.map((id) => html`<li class="topic">${labels.get(id) ?? id}</li>`)}
      </ul>
    `;
  }

  /** What a visitor weighs: who, what kind, where, when, how long, with whom, cost, first step. */
  private renderFacts(group: Group) {
    const { locale, messages } = this.localize;
    const lang = group.language || undefined;
    const next = group.nextSessions[0];
    const schedule = formatSchedule(
      group.schedule,
      locale,
      this.visitorTimeZone ?? visitorTimeZone(),
      messages,
      next,
    );
    const place = group.location && `${group.location.name}, ${group.location.city}`;
    const facilitators = group.facilitators.map(({ name, credentials }) =>
      credentials ? `${name}, ${credentials}` : name,
    );
    const ages =
      group.ageMin !== undefined || group.ageMax !== undefined
        ? this.localize.t('ages', group.ageMin, group.ageMax)
        : '';
    return html`
      <ul class="facts plain" role="list">
        ${
          group.audience || ages
            ? html`<li lang=${ifDefined(lang)}>
                ${[group.audience, ages].filter(Boolean).join(' · ')}
              </li>`
            : nothing
        }
        <li>${messages.kinds[group.kind]}</li>
        <li>
          ${
            group.format === 'online'
              ? messages.formatOnline
              : group.format === 'hybrid'
                ? messages.formatHybrid(place)
                : messages.formatInPerson(place)
          }${
            group.format !== 'online' && group.location?.accessibility
              ? html`<br /><span class="muted" lang=${ifDefined(lang)}
                    >${messages.accessibility(group.location.accessibility)}</span
                  >`
              : nothing
          }
        </li>
        <li>
          ${schedule.text}
          ${
            schedule.visitorText
              ? html`<br /><span class="muted">${messages.yourTime(schedule.visitorText)}</span>`
              : nothing
          }
        </li>
        ${
          next
            ? html`<li>
                ${messages.nextSession(formatDate(next, locale, group.schedule.timeZone))}
              </li>`
            : nothing
        }
        <li>${this.enrollmentText(group)}</li>
        ${
          facilitators.length
            ? html`<li>${messages.facilitators(facilitators.join('; '))}</li>`
            : nothing
        }
        <li>${formatFee(group.fee, locale, messages).join(' · ')}</li>
        ${
          group.screening.required
            ? html`<li>
                ${messages.screeningRequired}${
                  group.screening.note
                    ? html`. <span lang=${ifDefined(lang)}>${group.screening.note}</span>`
                    : nothing
                }
              </li>`
            : nothing
        }
      </ul>
    `;
  }

  /** The topics the groups have, gathered once per list (not on every keystroke). */
  private usedTopics(groups: readonly Group[]): ReadonlySet<string> {
    if (this.topicsOf?.groups !== groups) {
      this.topicsOf = { groups, used: new Set(groups.flatMap((group) => group.topics)) };
    }
    return this.topicsOf.used;
  }

  private get cardsClass(): string {
    return this.layout === 'list' ? 'cards list' : 'cards grid';
  }

  private get practice(): Practice | undefined {
    return this.practiceTask.value;
  }

  /** The groups the filters let through, remembered until the list or the filters change. */
  private filter(groups: readonly Group[]): Group[] {
    const { filtered, filters } = this;
    if (filtered?.groups === groups && filtered.filters === filters) return filtered.result;
    const labels = new Map(this.practice?.topics.map((topic) => [topic.id, topic.label]));
    const text = (group: Group) => {
      let folded = this.searchText.get(group);
      if (folded === undefined) {
        const topics = group.topics.map((id) => labels.get(id) ?? id);
        folded = fold([group.name, group.summary, group.description, ...topics].join(' '));
        this.searchText.set(group, folded);
      }
      return folded;
    };
    // Typing on narrows the last result: only its groups need a look.
    const narrower =
      filtered?.groups === groups &&
      LIST_FILTERS.every((each) => filtered.filters[each] === filters[each]) &&
      fold(filters.q).startsWith(fold(filtered.filters.q));
    const result = (narrower ? filtered.result : groups).filter(matcher(filters, text));
    this.filtered = { groups, filters, result };
    return result;
  }

  private setFilters(filters: Filters, push: boolean): void {
    this.filters = filters;
    this.shownCount = PAGE_SIZE;
    if (!this.syncUrl) return;
    const hash = writeHash(location.hash, HASH_KEY, serialize(filters));
    if (hash === location.hash.replace(/^#/, '')) return;
    const url = hash ? `#${hash}` : location.pathname + location.search;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  /** Filters from the URL hash, or the presets when it has none of ours. */
  private readUrl(): void {
    const value = readHash(location.hash, HASH_KEY);
    const filters = value === undefined ? this.presets() : deserialize(value);
    if (serialize(filters) !== serialize(this.filters)) {
      this.filters = filters;
      this.shownCount = PAGE_SIZE;
    }
  }

  /** The `topics` and `format` attributes as filters; a bad format warns and is skipped. */
  private presets(): Filters {
    const formats = splitList(this.format);
    const unknown = formats.filter((format) => !isAllowed('format', format));
    if (unknown.length) {
      this.warn(
        `<hearth-group-finder> format="${this.format}": ${unknown.join(', ')} is not one of ${GROUP_FORMATS.join(', ')}; ignored.`,
      );
    }
    return {
      ...noFilters(),
      topic: splitList(this.topics),
      format: formats.filter((format) => !unknown.includes(format)),
    };
  }

  /** Topic labels are known now: search them too, and drop preset topics the practice lacks. */
  private practiceArrived(practice: Practice): void {
    this.searchTextFor = practice;
    this.searchText = new WeakMap();
    this.filtered = undefined;
    const known = new Set(practice.topics.map((topic) => topic.id));
    const unknown = splitList(this.topics).filter((id) => !known.has(id));
    if (unknown.length) {
      this.warn(
        `<hearth-group-finder> topics="${this.topics}": ${unknown.join(', ')} is not a topic of this practice; ignored.`,
      );
    }
    if (this.filters.topic.some((id) => !known.has(id))) {
      this.filters = { ...this.filters, topic: this.filters.topic.filter((id) => known.has(id)) };
    }
  }

  /**
   * Makes the `Intl` formatters the first cards use before they render, one per task: the first
   * formatter of a kind is costly, and the render would otherwise pay for all of them at once.
   */
  private async prepareFormatters(groups: readonly Group[]): Promise<void> {
    visitorTimeZone(); // the first formatter of a page: it may have loaded the locale data
    await nextTask();
    const zones = groups.map((group) => group.schedule.timeZone);
    zones.push(this.visitorTimeZone ?? visitorTimeZone());
    const currencies = new Set(groups.map((group) => group.fee.currency));
    await runSliced(formatterSteps(this.localize.locale, zones, currencies));
  }

  private async loadDetails(id: string): Promise<void> {
    this.detailsRequest?.abort();
    const request = (this.detailsRequest = new AbortController());
    try {
      const group = await this.config.client?.getGroup(id, { signal: request.signal });
      if (group && this.openGroup?.id === id) this.openGroup = group;
    } catch {
      // The list's copy of the group is already on screen: fewer dates is no failure.
    }
  }

  private enrollmentText(group: Group): string {
    if (group.enrollment === 'ongoing') return this.localize.t('ongoing');
    const start = group.startsOn
      ? formatCalendarDate(group.startsOn, this.localize.locale)
      : undefined;
    const unit = group.schedule.frequency === 'weekly' ? 'weeks' : 'sessions';
    return this.localize.t('cohort', group.sessionCount, unit, start);
  }
}
