import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { List } from '../api/contract/public.js';

/*
 * A list read a page at a time with the server's cursors (`List<T>`): the items so far, the
 * cursor of the page after them, and whether that page is on its way or failed. The first page
 * usually comes from the element's task (its loading and error states are the task's) and is
 * handed over with `start()`; `more()` fetches each page after it, for a "Load more" button or
 * a loop that brings the rest in the background. An item already listed is skipped (it moved in
 * the list between pages). Starting over, or the element leaving the page, aborts a page on its
 * way; its items never land in another list.
 */

/** Fetches the page after `cursor`; aborted with `signal` when that page is no longer wanted. */
export type PageLoader<T> = (cursor: string, signal: AbortSignal) => Promise<List<T>>;

export class PagingController<T extends { readonly id: string }> implements ReactiveController {
  /** Every item so far, in the server's order; a new array after each page. */
  items: readonly T[] = [];
  /** The cursor of the page after these; `null` once the list is complete. */
  cursor: string | null = null;
  /** Why the last page failed; cleared when it is asked for again or the list starts over. */
  error?: unknown;
  /** Where the last page's items begin in `items`: the first new item, to move focus to. */
  firstNew = 0;

  readonly #host: ReactiveControllerHost;
  readonly #load: PageLoader<T>;
  #ids = new Set<string>();
  #pending?: AbortController;

  constructor(host: ReactiveControllerHost, load: PageLoader<T>) {
    this.#host = host;
    this.#load = load;
    host.addController(this);
  }

  /** A page after the first is on its way. */
  get loading(): boolean {
    return !!this.#pending;
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Starts over with a first page: what was listed, and a page on its way, are forgotten. */
  start(page: List<T>): void {
    this.stop();
    this.items = [];
    this.#ids = new Set();
    this.error = undefined;
    this.#add(page);
    this.#host.requestUpdate();
  }

  /**
   * Fetches the next page and appends what it brings. Resolves to how many new items arrived;
   * to `undefined` when nothing was fetched (no next page, one already on its way), when it was
   * aborted, or when it failed (then `error` says why, and the same page may be asked for again).
   */
  async more(): Promise<number | undefined> {
    const { cursor } = this;
    if (cursor === null || this.#pending) return;
    const pending = (this.#pending = new AbortController());
    this.error = undefined;
    this.#host.requestUpdate();
    try {
      const page = await this.#load(cursor, pending.signal);
      if (!pending.signal.aborted) return this.#add(page);
    } catch (error) {
      if (!pending.signal.aborted) this.error = error;
    } finally {
      if (this.#pending === pending) {
        this.#pending = undefined;
        this.#host.requestUpdate();
      }
    }
    return undefined;
  }

  /** Aborts the page on its way, if any; the items and the cursor stay. */
  stop(): void {
    this.#pending?.abort();
    this.#pending = undefined;
  }

  /** Appends a page's new items and keeps its cursor; returns how many were new. */
  #add(page: List<T>): number {
    const fresh = page.items.filter((item) => !this.#ids.has(item.id));
    for (const item of fresh) this.#ids.add(item.id);
    this.firstNew = this.items.length;
    this.items = [...this.items, ...fresh];
    this.cursor = page.nextCursor;
    return fresh.length;
  }
}
