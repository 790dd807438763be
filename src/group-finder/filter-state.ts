import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GROUP_FORMATS, type Group, type Practice } from '../api/index.js';
import {
  LIST_FILTERS,
  MAX_QUERY_LENGTH,
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
import { nextTask } from './warm-up.js';

/*
 * The finder's filters as a controller: what is chosen, the presets from the `topics` and
 * `format` attributes, the page's hash with `sync-url` (and the back button), and the groups
 * the filters let through, remembered between updates.
 */

const HASH_KEY = 'hearth-groups';
/** A pause in typing after which the next keystroke starts a new history entry. */
const TYPING_PAUSE = 1000;

/** What the filters read from their element. */
export interface FilterHost extends ReactiveControllerHost {
  syncUrl: boolean;
  topics?: string;
  format?: string;
}

export class FilterState implements ReactiveController {
  /** What is chosen now. */
  filters: Filters = noFilters();
  /** The filter panel is open (on narrow screens it folds away). */
  open = false;
  /** Sets of filter choices (topics, formats, days, times) drawn so far: one more per task. */
  choiceSets = 0;

  private readonly host: FilterHost;
  private readonly warn: (message: string) => void;
  private readonly changed: () => void;
  /** Searchable text per group, folded once. */
  private searchText = new WeakMap<Group, string>();
  private searchTextFor?: Practice;
  private filtered?: { groups: readonly Group[]; filters: Filters; result: Group[] };
  private topicsOf?: { groups: readonly Group[]; used: ReadonlySet<string> };
  /** A task that shows the next set of filter choices is on its way. */
  private showingChoices = false;
  private typingUntil = 0;

  /** `changed` runs when a visitor or the URL changes the filters (not the presets). */
  constructor(host: FilterHost, warn: (message: string) => void, changed: () => void) {
    this.host = host;
    this.warn = warn;
    this.changed = changed;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.handleHistory);
    window.addEventListener('hashchange', this.handleHistory);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.handleHistory);
    window.removeEventListener('hashchange', this.handleHistory);
  }

  readonly handleChoice = (event: Event) => {
    const { name, value, checked } = event.target as HTMLInputElement;
    const filter = name as ListFilter;
    const chosen = this.filters[filter].filter((each) => each !== value);
    if (checked) chosen.push(value);
    this.set({ ...this.filters, [filter]: chosen }, true);
  };

  readonly handleSearch = (event: Event) => {
    const q = (event.target as HTMLInputElement).value.slice(0, MAX_QUERY_LENGTH);
    // The first keystroke after a pause is a new step back; the ones that follow refine it.
    const push = performance.now() > this.typingUntil;
    this.typingUntil = performance.now() + TYPING_PAUSE;
    this.set({ ...this.filters, q }, push);
  };

  readonly handleToggle = () => {
    this.open = !this.open;
    this.host.requestUpdate();
  };

  private readonly handleHistory = () => {
    if (this.host.syncUrl) this.readUrl();
  };

  /**
   * Draws the next set of filter choices a task from now, while sets remain and the panel is in
   * `root`: the list first appears with them coming one per task. True while some are to come.
   */
  showChoices(root: ParentNode): boolean {
    if (this.choiceSets >= LIST_FILTERS.length || !root.querySelector('#filter-panel'))
      return false;
    if (!this.showingChoices) {
      this.showingChoices = true;
      void nextTask().then(() => {
        this.showingChoices = false;
        this.choiceSets++;
        this.host.requestUpdate();
      });
    }
    return true;
  }

  /** New filters from the visitor: a step back in history (`push`) or a refinement of the last. */
  set(filters: Filters, push: boolean): void {
    this.filters = filters;
    this.changed();
    this.host.requestUpdate();
    if (!this.host.syncUrl) return;
    const hash = writeHash(location.hash, HASH_KEY, serialize(filters));
    if (hash === location.hash.replace(/^#/, '')) return;
    const url = hash ? `#${hash}` : location.pathname + location.search;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  /** Filters from the URL hash, or the presets when it has none of ours. */
  readUrl(): void {
    const value = readHash(location.hash, HASH_KEY);
    const filters = value === undefined ? this.presets() : deserialize(value);
    if (serialize(filters) !== serialize(this.filters)) {
      this.filters = filters;
      this.changed();
      this.host.requestUpdate();
    }
  }

  /** Back to the presets, when the attributes change. */
  usePresets(): void {
    this.filters = this.presets();
  }

  /** The `topics` and `format` attributes as filters; a bad format warns and is skipped. */
  private presets(): Filters {
    const { format, topics } = this.host;
    const formats = splitList(format);
    const unknown = formats.filter((each) => !isAllowed('format', each));
    if (unknown.length) {
      this.warn(
        `<hearth-group-finder> format="${format}": ${unknown.join(', ')} is not one of ${GROUP_FORMATS.join(', ')}; ignored.`,
      );
    }
    return {
      ...noFilters(),
      topic: splitList(topics),
      format: formats.filter((each) => !unknown.includes(each)),
    };
  }

  /** Topic labels are known now: search them too, and drop preset topics the practice lacks. */
  practiceArrived(practice: Practice): void {
    if (practice === this.searchTextFor) return;
    this.searchTextFor = practice;
    this.searchText = new WeakMap();
    this.filtered = undefined;
    const known = new Set(practice.topics.map((topic) => topic.id));
    const { topics } = this.host;
    const unknown = splitList(topics).filter((id) => !known.has(id));
    if (unknown.length) {
      this.warn(
        `<hearth-group-finder> topics="${topics}": ${unknown.join(', ')} is not a topic of this practice; ignored.`,
      );
    }
    if (this.filters.topic.some((id) => !known.has(id))) {
      this.filters = { ...this.filters, topic: this.filters.topic.filter((id) => known.has(id)) };
    }
  }

  /** The groups the filters let through, remembered until the list or the filters change. */
  filter(groups: readonly Group[], practice: Practice | undefined): Group[] {
    const { filtered, filters } = this;
    if (filtered?.groups === groups && filtered.filters === filters) return filtered.result;
    const labels = new Map(practice?.topics.map((topic) => [topic.id, topic.label]));
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

  /** The topics the groups have, gathered once per list (not on every keystroke). */
  usedTopics(groups: readonly Group[]): ReadonlySet<string> {
    if (this.topicsOf?.groups !== groups) {
      this.topicsOf = { groups, used: new Set(groups.flatMap((group) => group.topics)) };
    }
    return this.topicsOf.used;
  }
}
