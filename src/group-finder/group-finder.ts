import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Group, HearthClient, Practice } from '../api/index.js';
import { HearthGroupSelectEvent } from '../events/group-select.js';
import { HearthSignupRequestEvent } from '../events/signup-request.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { ConfigController } from '../internal/config-controller.js';
import { contactList } from '../internal/contact-list.js';
import { FocusController } from '../internal/focus-controller.js';
import { HearthElement } from '../internal/hearth-element.js';
import { practiceTask } from '../internal/practice-task.js';
import { errorMessage, notConfiguredMessage, stateMessage } from '../internal/state-messages.js';
import { stateMessageStyles } from '../internal/state-messages.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { renderCard } from './card.js';
import { CardList, PAGE_SIZE } from './card-list.js';
import { renderCount, renderGroups, renderLoading } from './list.js';
import { renderDetails } from './details.js';
import { FilterState } from './filter-state.js';
import { noFilters } from './filters.js';
import { visitorTimeZone } from './format-groups.js';
import { groupFinderStyles } from './group-finder.styles.js';
import { GroupPages } from './groups-pages.js';
import { finderTexts } from './texts.js';
import { nextTask, prepareFormatters } from './warm-up.js';
import { frame } from '../internal/frame.js';

/*
 * The group finder's element: its properties, tasks, lifecycle and events. The cards, the detail
 * view and the filter panel are templates beside it (`card.ts`, `details.ts`, `filters-panel.ts`);
 * the filters and the list of cards are controllers (`filter-state.ts`, `card-list.ts`). The
 * templates take the element: what they read is marked `@internal`, not part of its API.
 */

export const LAYOUTS = ['grid', 'list'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Groups asked for after the first page, per request: each answer a short task to parse. */
const LATER_PAGE_SIZE = 100;
/** The list carries this many upcoming dates; `GET /v1/groups/{id}` has more. */
const LIST_SESSIONS = 4;

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
 * @cssproperty --hearth-font-size - Base font size: by default the size of the text around the element, at least 14px.
 * @cssproperty --hearth-radius - Corner radius of cards and buttons.
 * @cssproperty --hearth-space - Base spacing unit.
 */
export class HearthGroupFinder extends HearthElement {
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    theme: {},
    layout: {},
    topics: {},
    format: {},
    withoutFilters: { type: Boolean, attribute: 'without-filters' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    client: { attribute: false },
    visitorTimeZone: { attribute: false },
    openGroup: { state: true, attribute: false },
  };

  static override styles = [...HearthElement.styles, tokens, stateMessageStyles, groupFinderStyles];

  /** @internal */
  readonly config = new ConfigController(this);
  /** @internal */
  readonly localize = new LocalizeController(this, () => this.config.locale, finderTexts);
  private readonly focusing = new FocusController(this);

  private readonly practiceTask = practiceTask(this, this.config);

  /** @internal */
  readonly pages = new GroupPages(this, LATER_PAGE_SIZE);

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
        if (!signal.aborted) void this.pages.continue();
      });
      return items;
    },
    args: () => [this.config.client] as const,
  });

  /** @internal */
  readonly filterState = new FilterState(
    this,
    (message) => this.warn(message),
    () => this.cardList.reset(),
  );

  /** @internal */
  readonly cardList = new CardList(
    this,
    (group) => renderCard(this, group),
    this.focusing,
    () => this.filterState.showChoices(this.renderRoot),
  );

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  /** The group in the detail view: the list's copy, then the fuller one from `getGroup`. */
  private openGroup?: Group;
  /** @internal Whether the dialog shows the sign-up step; changed with `requestUpdate()`. */
  signupShown = false;
  /** @internal */
  signupForm: 'ready' | 'unavailable' = 'unavailable';

  private detailsRequest?: AbortController;

  /** Base URL of the Hearth API. Wins over an enclosing `<hearth-provider>`'s. */
  apiBase?: string;

  /** `light`, `dark`, or `auto` (follows the visitor's system setting). Default: the provider's, else light. */
  theme?: string;

  /** `grid` (cards side by side where there is room) or `list` (one card per row). */
  layout: Layout = 'grid';

  /** Topic ids to filter by at first, space- or comma-separated (`topics="grief anxiety"`). */
  topics?: string;

  /** Formats to filter by at first: `in_person`, `online`, `hybrid`, space- or comma-separated. */
  format?: string;

  /** Hides the search field and filters (presets from `topics` and `format` still apply). */
  withoutFilters = false;

  /** Mirrors the filters in the page's URL hash, so a filtered view can be shared. */
  syncUrl = false;

  /** An API client to use instead of one made from `api-base` (custom `fetch`, tests). */
  client?: HearthClient;

  /** The visitor's IANA time zone; by default the browser's. */
  visitorTimeZone?: string;

  /**
   * The first update (the loading outline, and the requests) waits for a task of its own, so it
   * does not add up with running this element's code, which the page has just downloaded.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await nextTask();
    super.scheduleUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detailsRequest?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('layout') && !LAYOUTS.includes(this.layout)) {
      this.warn(
        `<hearth-group-finder> layout="${String(this.layout)}" is not grid or list; using grid.`,
      );
    }
    if (changed.has('topics') || changed.has('format')) this.filterState.usePresets();
    if (changed.has('syncUrl') && this.syncUrl) this.filterState.readUrl();
    const practice = this.practice;
    if (practice) this.filterState.practiceArrived(practice);
  }

  private readonly handleRetry = () => {
    if (this.practiceTask.status === TaskStatus.ERROR) void this.practiceTask.run();
    void this.groupsTask.run();
  };

  /** @internal */
  readonly handleRetryMore = () => {
    this.pages.retry();
  };

  /** @internal */
  readonly handleClear = () => {
    this.filterState.set(noFilters(), true);
    this.focusing.focus('input[type="search"]');
  };

  /** @internal */
  readonly handleSelect = async (event: Event) => {
    const id = (event.currentTarget as HTMLElement).dataset['groupId'];
    const group = this.pages.groups.find((each) => each.id === id);
    if (!group) return;
    this.openGroup = group;
    this.signupShown = false;
    this.requestUpdate();
    this.dispatchEvent(new HearthGroupSelectEvent(group.id));
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    if (group.nextSessions.length >= LIST_SESSIONS) void this.loadDetails(group.id);
  };

  /** @internal */
  readonly handleClose = () => {
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

  /** @internal */
  readonly handleAction = () => {
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
    this.requestUpdate();
    this.focusing.focus('hearth-session-signup');
  }

  protected override render() {
    return frame(
      this.config.theme,
      this.localize,
      html`
        ${this.renderState()}
        <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.handleDialogClosed}>
          ${this.openGroup ? renderDetails(this, this.openGroup) : nothing}
        </dialog>
      `,
    );
  }

  private renderState() {
    if (this.config.status === 'pending') return renderLoading(this);
    if (this.config.status === 'unconfigured') return notConfiguredMessage(this.localize.messages);
    return this.groupsTask.render({
      initial: () => renderLoading(this),
      pending: () => renderLoading(this),
      complete: () => {
        // Topic labels and contact details come with the practice: wait for it, unless it failed.
        if (this.practiceTask.status === TaskStatus.PENDING) return renderLoading(this);
        const { groups } = this.pages;
        if (groups.length === 0 && this.pages.state === 'complete') {
          return html`${renderCount(this.localize.t('groupCount', 0))}
          ${stateMessage(
            'empty',
            this.localize.t('emptyTitle'),
            html`<p>${this.localize.t('emptyBody')}</p>
              ${this.renderContact()}`,
          )}`;
        }
        return renderGroups(this, groups);
      },
      error: (error) => this.renderError(error),
    });
  }

  private renderError(error: unknown) {
    const title = this.localize.t('errorTitle');
    return html`
      ${renderCount(title)}
      ${errorMessage(this.localize.messages, error, this.handleRetry, title, this.renderContact())}
    `;
  }

  /** @internal */
  renderContact() {
    return contactList(this.practice?.contact, this.localize.messages);
  }

  /** @internal */
  get cardsClass(): string {
    return this.layout === 'list' ? 'cards list' : 'cards grid';
  }

  /** @internal */
  get practice(): Practice | undefined {
    return this.practiceTask.value;
  }

  /** The visitor's time zone: the property's, else the browser's. */
  /** @internal */
  get zone(): string {
    return this.visitorTimeZone ?? visitorTimeZone();
  }

  private prepareFormatters(groups: readonly Group[]): Promise<void> {
    return prepareFormatters(this.localize, groups, () => this.zone);
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
}
