import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Group, HearthClient } from '../api/index.js';
import { PagingController } from '../internal/paging-controller.js';
import { nextTask } from './warm-up.js';

/*
 * The finder's list, a page at a time, on the kit's paging controller (which the story wall's
 * "Load more" uses too): a first page the size of the first screen, then the rest one page after
 * another in the background, each answer parsed in its own task and merged in the next. A
 * thousand groups in one answer is a megabyte parsed in one piece; a hundred is a short task.
 * Servers that ignore `limit` answer everything with `nextCursor: null`, and that is fine.
 */

export type PagesState = 'more' | 'complete' | 'error';

/**
 * `first()` is the finder's task (its loading and error states are the task's); `continue()`
 * then brings the other pages. Stops when the host leaves the page and goes on from where it was
 * when it comes back.
 */
export class GroupPages implements ReactiveController {
  readonly #pages: PagingController<Group>;
  #client?: HearthClient;

  constructor(host: ReactiveControllerHost, pageSize: number) {
    this.#pages = new PagingController(host, async (cursor, signal) => {
      const page = await this.#client!.listGroups({}, { limit: pageSize, cursor, signal });
      // The answer was parsed in the task it arrived in; merging and rendering get their own.
      await nextTask();
      return page;
    });
    host.addController(this);
  }

  /** Every group so far, in the server's order; a new array after each page. */
  get groups(): readonly Group[] {
    return this.#pages.items;
  }

  get state(): PagesState {
    return this.#pages.error ? 'error' : this.#pages.cursor === null ? 'complete' : 'more';
  }

  hostConnected(): void {
    if (this.state === 'more') void this.continue();
  }

  /** The first `limit` groups, from the start: anything fetched before is forgotten. */
  async first(client: HearthClient, limit: number, signal: AbortSignal): Promise<readonly Group[]> {
    this.#pages.stop();
    const page = await client.listGroups({}, { limit, signal });
    this.#client = client;
    this.#pages.start(page);
    return this.groups;
  }

  /** Fetches the pages after the ones already here, one after another, until one fails. */
  async continue(): Promise<void> {
    if (this.#client) while ((await this.#pages.more()) !== undefined);
  }

  /** After a failed page: that page again, and the rest after it. */
  retry(): void {
    if (this.state === 'error') void this.continue();
  }
}
