import { html, render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Group } from '../api/index.js';
import type { FocusController } from '../internal/focus-controller.js';
import { nextTask } from './warm-up.js';

/*
 * The finder's list of cards as a controller. Each group's card is a list item made once for a
 * locale, a practice and a visitor's time zone, then only moved in and out of the list as filters
 * change: a keystroke makes no card it has made before. New cards come a few per task, so no task
 * holds the page for long; "Show more" adds a page of them and moves focus to the first.
 */

/**
 * New cards made in one task: at most a phone's screenful, and no more once this task has spent
 * `CARDS_BUDGET` ms on them (one at least). The rest follow in the next tasks, so no task holds
 * the page for long; cards made before are only moved, any number at once.
 */
const NEW_CARDS_PER_TASK = 4;
const CARDS_BUDGET = 8;
/** Cards rendered at first, and added by each "Show more": a screenful or two, never a thousand. */
export const PAGE_SIZE = 24;

export interface CardListHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class CardList implements ReactiveController {
  /** How many of the groups the filters let through are shown: a page more per "Show more". */
  shownCount = PAGE_SIZE;

  private readonly host: CardListHost;
  private readonly card: (group: Group) => unknown;
  private readonly focusing: FocusController;
  /** True while the cards must wait (the filter choices are still coming, one set per task). */
  private readonly waiting: () => boolean;
  private cards = new WeakMap<Group, Element>();
  /** The groups whose cards the list shows, in order, once rendered. */
  private shownGroups: readonly Group[] = [];
  private cardsFor: readonly unknown[] = [];
  /** A task that puts the next cards in the list is on its way. */
  private placing = false;
  /** No card has been made for the current locale and practice: the first costs the most. */
  private firstCardMade = false;

  /** `card(group)` is the template of one card; the list is the host's `ul[data-cards]`. */
  constructor(
    host: CardListHost,
    card: (group: Group) => unknown,
    focusing: FocusController,
    waiting: () => boolean,
  ) {
    this.host = host;
    this.card = card;
    this.focusing = focusing;
    this.waiting = waiting;
    host.addController(this);
  }

  /**
   * After each update: the list first appears with its filters' choices (see `waiting`), then
   * the first card (its templates prepared, its formatters' first use) in a task of its own, then
   * the others: the page never waits for all of it in one piece. The choices come before the
   * cards, so nothing moves under a card once it is on screen.
   */
  hostUpdated(): void {
    this.place(this.waiting() ? 'not-yet' : this.firstCardMade ? 'now' : 'next-task');
  }

  readonly handleShowMore = () => {
    const firstNew = this.shownCount;
    this.shownCount += PAGE_SIZE;
    // To the first card that appeared, rather than leaving keyboard users below them all.
    this.focusing.focus(`[data-cards] > :nth-child(${firstNew + 1}) [data-group-id]`);
  };

  /**
   * The groups to list (those the filters let through) and what their cards are made with
   * (locale, words, practice, time zone): cards made with other ones are made again. Returns how
   * many groups "Show more" has yet to show.
   */
  show(groups: readonly Group[], madeWith: readonly unknown[]): number {
    this.shownGroups = groups.slice(0, this.shownCount);
    if (madeWith.some((each, index) => each !== this.cardsFor[index])) {
      this.cardsFor = madeWith;
      this.cards = new WeakMap();
      this.firstCardMade = false;
    }
    return groups.length - this.shownCount;
  }

  /** Back to the first page of cards (the filters changed). */
  reset(): void {
    this.shownCount = PAGE_SIZE;
  }

  private cardOf(group: Group): Element {
    let card = this.cards.get(group);
    if (!card) {
      const holder = document.createDocumentFragment();
      render(html`<li class="item">${this.card(group)}</li>`, holder, { host: this.host });
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
  private place(make: 'now' | 'next-task' | 'not-yet' = 'now'): void {
    const list = this.host.renderRoot.querySelector('ul[data-cards]');
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
            this.place();
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
}
