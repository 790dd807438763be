import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Group, HearthClient, List } from '../api/index.js';
import { nextTask } from './warm-up.js';

/*
 * The finder's list, a page at a time: a first page the size of the first screen, then the rest
 * one page after another in the background, each answer parsed in its own task and merged in the
 * next. A thousand groups in one answer is a megabyte parsed in one piece; a hundred is a short
 * task. Servers that ignore `limit` answer everything with `nextCursor: null`, and that is fine.
 */

export interface PageRequest {
  limit: number;
  cursor?: string;
  signal?: AbortSignal;
}

/** One page of `GET /v1/groups`, every group in it checked for the fields the cards read. */
export function fetchGroupsPage(
  client: HearthClient,
  { limit, cursor, signal }: PageRequest,
): Promise<List<Group>> {
  return client.listGroups({}, { limit, cursor, ...(signal && { signal }) });
}

export type PagesState = 'more' | 'complete' | 'error';

/**
 * Holds the groups that have arrived and fetches the rest. `first()` is the finder's task (its
 * loading and error states are the task's); `continue()` then brings the other pages. Stops
 * when the host leaves the page and goes on from where it was when it comes back.
 */
export class GroupPages implements ReactiveController {
  /** Every group so far, in the server's order; a new array after each page. */
  groups: readonly Group[] = [];
  state: PagesState = 'complete';
  error?: unknown;

  private readonly host: ReactiveControllerHost;
  private readonly pageSize: number;
  private client?: HearthClient;
  private cursor: string | null = null;
  private ids = new Set<string>();
  private loading?: AbortController;

  constructor(host: ReactiveControllerHost, pageSize: number) {
    this.host = host;
    this.pageSize = pageSize;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.state === 'more') this.continue();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** The first `limit` groups, from the start: anything fetched before is forgotten. */
  async first(client: HearthClient, limit: number, signal: AbortSignal): Promise<readonly Group[]> {
    this.stop();
    const page = await fetchGroupsPage(client, { limit, signal });
    this.client = client;
    this.groups = [];
    this.ids = new Set();
    this.add(page.items);
    this.cursor = page.nextCursor;
    this.state = page.nextCursor === null ? 'complete' : 'more';
    this.error = undefined;
    return this.groups;
  }

  /** Fetches the pages after the ones already here, one after another. */
  continue(): void {
    if (this.loading || this.cursor === null || !this.client) return;
    void this.load(this.client, (this.loading = new AbortController()));
  }

  /** After a failed page: that page again, and the rest after it. */
  retry(): void {
    if (this.state !== 'error') return;
    this.state = 'more';
    this.error = undefined;
    this.host.requestUpdate();
    this.continue();
  }

  private stop(): void {
    this.loading?.abort();
    this.loading = undefined;
  }

  private async load(client: HearthClient, controller: AbortController): Promise<void> {
    const { signal } = controller;
    try {
      while (this.cursor !== null) {
        const page = await fetchGroupsPage(client, {
          limit: this.pageSize,
          cursor: this.cursor,
          signal,
        });
        // The answer was parsed in the task it arrived in; merging and rendering get their own.
        await nextTask();
        if (signal.aborted) return;
        this.add(page.items);
        this.cursor = page.nextCursor;
        if (this.cursor === null) this.state = 'complete';
        this.host.requestUpdate();
      }
    } catch (error) {
      if (signal.aborted) return;
      this.state = 'error';
      this.error = error;
      this.host.requestUpdate();
    } finally {
      if (this.loading === controller) this.loading = undefined;
    }
  }

  /** Appends a page, skipping a group already listed (one moved in the list between pages). */
  private add(items: readonly Group[]): void {
    const fresh = items.filter((group) => !this.ids.has(group.id));
    for (const group of fresh) this.ids.add(group.id);
    this.groups = this.groups.length === 0 ? fresh : [...this.groups, ...fresh];
  }
}
