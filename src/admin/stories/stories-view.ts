import { Task, TaskStatus } from '@lit/task';
import { html } from 'lit';
import type {
  BulkApproveResult,
  StaffList,
  StaffStory,
  StoryDecision,
} from '../../api/contract/staff.js';
import type { Practice, Topic } from '../../api/contract/public.js';
import { isAdminError, type AdminClient } from '../kit/client.js';
import { AdminView, type AdminHost } from '../kit/view.js';
import { showRefusal } from './story-edit.js';
import {
  excerpt,
  formStartId,
  LISTS,
  needsCare,
  type ListName,
  type StoryForm,
} from './story-card.js';
import type { EditDraft, FormProblem } from './story-forms.js';
import { renderList, renderTabs } from './story-list.js';

const CRISIS_ORDER = { high: 0, medium: 1, low: 2, none: 3 } as const;
/** Stories per page of the staff lists; the newest come first, older ones on request. */
const PAGE_SIZE = 50;

interface Loaded {
  items: StaffStory[];
  /** The list's query, to ask for the next page. */
  query: string;
  /** Where the next page starts; null when there is none. */
  nextCursor: string | null;
}

type ListTask = Task<readonly [AdminClient | undefined, boolean], Loaded>;
export type Done =
  | 'adminApproved'
  | 'adminRejected'
  | 'adminEditedApproved'
  | 'adminEditedSaved'
  | 'adminKeptDetailsDone'
  | 'adminKept'
  | 'adminHiddenDone'
  | 'adminRestored';

/** An edit the server refused for the personal details still in its text. */
export interface Refused {
  id: string;
  step: 'approve' | 'edit';
  request: StoryDecision;
  done: Done;
}

/** Which list a story belongs in, by its current state. */
const BELONGS: Record<ListName, (story: StaffStory) => boolean> = {
  review: (story) => story.status === 'pending',
  reported: (story) =>
    (story.status === 'approved' || story.status === 'hidden') && story.reports.count > 0,
  published: (story) => story.status === 'approved',
  hidden: (story) => story.status === 'hidden',
};

const TITLES = {
  review: 'adminQueueTitle',
  reported: 'adminReportedTitle',
  published: 'adminPublishedTitle',
  hidden: 'adminHiddenTitle',
} as const;

/**
 * The stories, in four lists: to review (crisis-high first; approve, edit then approve, reject,
 * or approve several together), reported (keep, hide, put back, reject), published (edit, hide)
 * and hidden (put back). Every story is shown as text: what the wall shows beside the original
 * with each personal detail marked. A crisis story is published only after a second, deliberate
 * step beside a safe-messaging guide. The lists are drawn by `story-list.ts` and the forms handled
 * by `story-edit.ts`, which read the members left without `private`.
 */
export class StoriesView extends AdminView {
  readonly name = 'stories';
  readonly titleSelector = '#queue-title';

  readonly tasks: Record<ListName, ListTask>;
  list: ListName = 'review';
  /** When each list's stories were asked for. */
  private readonly loadedAt: Record<ListName, number> = {
    review: 0,
    reported: 0,
    published: 0,
    hidden: 0,
  };
  /** Lists reloading in the background, which keep showing what they had meanwhile. */
  refreshing: ReadonlySet<ListName> = new Set();
  /** Stories changed in this console, and when: newer than a list's load, they win. */
  private updated: ReadonlyMap<string, { story: StaffStory; at: number }> = new Map();
  /** The practice's topics, to name a story's topics and offer them when editing. */
  private readonly topicsTask: Task<readonly [AdminClient | undefined, boolean], Topic[]>;
  form?: StoryForm;
  formProblem?: FormProblem;
  drafts = new Map<string, EditDraft>();
  /** The crisis story whose approval waits for "Yes, publish". */
  confirming?: string;
  refused?: Refused;
  selected: ReadonlySet<string> = new Set();
  bulkMessage?: string;
  bulkResults: { excerpt: string; approved: boolean }[] = [];
  actionFailed?: { id: string; message: string };
  acting?: string;
  /** Older pages of each list, loaded on request. */
  private pages: Partial<Record<ListName, { items: StaffStory[]; nextCursor: string | null }>> = {};
  loadingMore?: ListName;
  moreFailed?: ListName;

  constructor(host: AdminHost) {
    super(host);
    this.tasks = {
      review: this.listTask('review', async (client, signal) => {
        const { items } = await client.storyQueue(signal);
        const pending = items.filter(BELONGS.review);
        pending.sort((a, b) => CRISIS_ORDER[a.flags.crisis] - CRISIS_ORDER[b.flags.crisis]);
        return { items: pending, query: '', nextCursor: null };
      }),
      reported: this.listTask('reported', (client, signal) =>
        this.fetchList(client, 'status=approved,hidden&reported=true', signal),
      ),
      published: this.listTask('published', (client, signal) =>
        this.fetchList(client, 'status=approved', signal),
      ),
      hidden: this.listTask('hidden', (client, signal) =>
        this.fetchList(client, 'status=hidden', signal),
      ),
    };
    this.topicsTask = new Task(this.host, {
      task: async ([client, shown], { signal }) => {
        if (!client || !shown) return [];
        // The topics as visitors see them on the wall (the public answer, which the server keeps
        // ready). Without them, ids stand in for the names: nothing else depends on this answer.
        try {
          const practice = await client.request<Practice>('GET', 'v1/practice', { signal });
          return practice.topics;
        } catch {
          return [];
        }
      },
      args: () => [this.host.client, this.shown] as const,
    });
  }

  get topics(): Topic[] {
    return this.topicsTask.value ?? [];
  }

  label(): string {
    return this.t.t('adminStoriesView');
  }

  override reset(): void {
    this.list = 'review';
    this.updated = new Map();
    this.form = undefined;
    this.formProblem = undefined;
    this.drafts = new Map();
    this.confirming = undefined;
    this.refused = undefined;
    this.selected = new Set();
    this.bulkMessage = undefined;
    this.bulkResults = [];
    this.actionFailed = undefined;
    this.pages = {};
    this.moreFailed = undefined;
  }

  private listTask(
    list: ListName,
    load: (client: AdminClient, signal: AbortSignal) => Promise<Loaded>,
  ): ListTask {
    return new Task(this.host, {
      task: async ([client, shown], { signal }) => {
        if (!client || !shown) return { items: [], query: '', nextCursor: null };
        const started = performance.now();
        const loaded = await this.signedIn(load(client, signal));
        this.loadedAt[list] = started;
        this.pages = { ...this.pages, [list]: undefined };
        return loaded;
      },
      args: () => [this.host.client, this.shown] as const,
    });
  }

  private async fetchList(
    client: AdminClient,
    query: string,
    signal?: AbortSignal,
    cursor?: string,
  ): Promise<Loaded> {
    const page = await client.request<StaffList<StaffStory>>(
      'GET',
      `v1/admin/stories?${query}&limit=${PAGE_SIZE}${cursor ? `&cursor=${cursor}` : ''}`,
      { signal },
    );
    return { items: page.items, query, nextCursor: page.nextCursor ?? null };
  }

  /** Where a list's next page starts, if it has one. */
  nextCursor(list: ListName): string | null {
    const more = this.pages[list];
    return more ? more.nextCursor : (this.tasks[list].value?.nextCursor ?? null);
  }

  /** A list as it is now: as loaded, with this console's own changes made since. */
  stories(list: ListName): StaffStory[] {
    const loadedAt = this.loadedAt[list];
    const first = this.tasks[list].value?.items ?? [];
    const ids = new Set(first.map((story) => story.id));
    const later = (this.pages[list]?.items ?? []).filter((story) => !ids.has(story.id));
    return [...first, ...later]
      .map((story) => {
        const change = this.updated.get(story.id);
        return change && change.at > loadedAt ? change.story : story;
      })
      .filter(BELONGS[list]);
  }

  private remember(story: StaffStory): void {
    this.updated = new Map([...this.updated, [story.id, { story, at: performance.now() }]]);
  }

  /** Reloads the other lists a changed story now belongs in. */
  private refreshListsOf(stories: StaffStory[]): void {
    for (const list of LISTS) {
      if (list !== this.list && stories.some(BELONGS[list])) void this.refresh(list);
    }
  }

  /** Reloads a list without replacing it by "Loading…" meanwhile. */
  private async refresh(list: ListName): Promise<void> {
    this.refreshing = new Set([...this.refreshing, list]);
    try {
      await this.tasks[list].run();
    } finally {
      this.refreshing = new Set([...this.refreshing].filter((each) => each !== list));
      this.changed();
    }
  }

  async handleMore(list: ListName): Promise<void> {
    const cursor = this.nextCursor(list);
    const query = this.tasks[list].value?.query;
    if (this.loadingMore || !cursor || !query) return;
    this.loadingMore = list;
    this.moreFailed = undefined;
    this.changed();
    try {
      const page = await this.fetchList(this.host.client!, query, undefined, cursor);
      const earlier = this.pages[list]?.items ?? [];
      this.pages = {
        ...this.pages,
        [list]: { items: [...earlier, ...page.items], nextCursor: page.nextCursor },
      };
      this.host.announce(this.t.t('adminMoreShown', page.items.length));
      const firstNew = page.items.find(BELONGS[list]);
      if (firstNew) void this.host.focusAfterUpdate(`#story-${firstNew.id}`);
    } catch (error) {
      if (this.host.handleSessionLoss(error)) return;
      this.moreFailed = list;
    } finally {
      this.loadingMore = undefined;
      this.changed();
    }
  }

  handleList(list: ListName): void {
    if (list === this.list) return;
    this.list = list;
    this.form = undefined;
    this.confirming = undefined;
    this.actionFailed = undefined;
    this.bulkMessage = undefined;
    this.bulkResults = [];
    this.changed();
    // A list loaded a while ago is shown at once and brought up to date behind it (readers may
    // have reported a story since).
    if (this.tasks[list].status === TaskStatus.COMPLETE) void this.refresh(list);
    void this.host.focusAfterUpdate('#queue-title');
  }

  /**
   * Approve (or put back) as the story stands: the server masks its personal details. A crisis
   * story first opens the careful step instead.
   */
  handleApprove(story: StaffStory, done: Done): void {
    if (needsCare(story) && this.confirming !== story.id) {
      this.confirming = story.id;
      this.form = undefined;
      this.actionFailed = undefined;
      this.changed();
      void this.host.focusAfterUpdate(`#confirm-${story.id}`);
      return;
    }
    void this.act(story, () => this.send(story, 'approve', {}), done);
  }

  handleConfirmCancel(story: StaffStory): void {
    this.confirming = undefined;
    this.changed();
    void this.host.focusAfterUpdate(`#approve-start-${story.id}`);
  }

  handleKeep(story: StaffStory): void {
    void this.act(story, () => this.send(story, 'keep'), 'adminKept');
  }

  handleFormStart(story: StaffStory, kind: StoryForm['kind']): void {
    this.form = { id: story.id, kind };
    this.formProblem = undefined;
    this.refused = undefined;
    this.confirming = undefined;
    this.actionFailed = undefined;
    this.changed();
    void this.host.focusAfterUpdate(kind === 'edit' ? `#edit-${story.id}` : `#reason-${story.id}`);
  }

  handleFormCancel(story: StaffStory): void {
    const kind = this.form?.kind ?? 'reject';
    this.form = undefined;
    this.formProblem = undefined;
    this.refused = undefined;
    this.changed();
    void this.host.focusAfterUpdate(`#${formStartId(kind, story.id)}`);
  }

  showFormProblem(selector: string, problem: FormProblem) {
    this.formProblem = problem;
    this.changed();
    void this.host.focusAfterUpdate(selector);
  }

  handleFormKeydown(event: KeyboardEvent, story: StaffStory): void {
    // Escape closes a reason form; an edit stays open, so a long redaction is not lost by a key.
    if (event.key === 'Escape' && this.form?.kind !== 'edit') this.handleFormCancel(story);
  }

  send(story: StaffStory, step: string, body?: object): Promise<StaffStory> {
    return this.host.client!.request<StaffStory>(
      'POST',
      `v1/admin/stories/${encodeURIComponent(story.id)}/${step}`,
      { body },
    );
  }

  /**
   * Sends one decision; on success the story leaves this list and focus moves to the next. An
   * edit (`edit`) that the server refuses is shown on its form.
   */
  async act(
    story: StaffStory,
    send: () => Promise<StaffStory>,
    done: Done,
    edit?: Omit<Refused, 'id'>,
  ) {
    if (this.acting) return;
    this.acting = story.id;
    this.actionFailed = undefined;
    this.changed();
    const before = this.stories(this.list);
    const at = before.findIndex((each) => each.id === story.id);
    const next = before[at + 1] ?? before[at - 1];
    try {
      const result = await send();
      this.remember(result);
      this.refreshListsOf([result]);
      this.form = undefined;
      this.formProblem = undefined;
      this.confirming = undefined;
      this.refused = undefined;
      this.drafts.delete(story.id);
      this.selected = new Set([...this.selected].filter((id) => id !== story.id));
      this.host.announce(this.t.t(done));
      const stays = BELONGS[this.list](result);
      void this.host.focusAfterUpdate(
        stays ? `#story-${story.id}` : next ? `#story-${next.id}` : '#queue-title',
      );
    } catch (error) {
      if (this.host.handleSessionLoss(error)) return;
      if (isAdminError(error) && error.kind === 'conflict') {
        this.host.announce(this.t.t('adminAlreadyHandled'));
        this.form = undefined;
        this.reload(this.tasks[this.list]);
        return;
      }
      if (isAdminError(error) && error.kind === 'validation' && this.form?.kind === 'edit') {
        if (edit && (await showRefusal(this, story, error, edit))) return;
        this.actionFailed = { id: story.id, message: this.t.t('adminEditInvalid') };
        return;
      }
      this.actionFailed = { id: story.id, message: this.t.t('errorGeneric') };
    } finally {
      this.acting = undefined;
      this.changed();
    }
  }

  handleSelect(story: StaffStory, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const selected = new Set(this.selected);
    if (checked) selected.add(story.id);
    else selected.delete(story.id);
    this.selected = selected;
    this.bulkMessage = undefined;
    this.changed();
  }

  async handleBulkApprove(): Promise<void> {
    if (this.acting) return;
    const stories = this.stories('review').filter((story) => this.selected.has(story.id));
    if (!stories.length) {
      this.bulkMessage = this.t.t('adminSelectNone');
      this.bulkResults = [];
      this.host.announce(this.bulkMessage);
      this.changed();
      return;
    }
    this.acting = 'bulk';
    this.bulkMessage = undefined;
    this.bulkResults = [];
    this.changed();
    try {
      const { results } = await this.host.client!.request<BulkApproveResult>(
        'POST',
        'v1/admin/stories/approve',
        { body: { ids: stories.map((story) => story.id) } },
      );
      const approved = new Set(
        results.filter((each) => each.result === 'approved').map((each) => each.id),
      );
      const now = new Date().toISOString();
      for (const story of stories) {
        if (approved.has(story.id))
          this.remember({ ...story, status: 'approved', approvedAt: now });
      }
      this.selected = new Set();
      this.bulkResults = stories.map((story) => ({
        excerpt: excerpt(story),
        approved: approved.has(story.id),
      }));
      this.bulkMessage = this.t.t('adminBulkDone', approved.size, stories.length - approved.size);
      this.host.announce(this.bulkMessage);
      void this.refresh('published');
      // Someone else handled some: the list is refreshed to show what is really left.
      if (approved.size < stories.length) void this.refresh('review');
      void this.host.focusAfterUpdate('#bulk-results');
    } catch (error) {
      if (this.host.handleSessionLoss(error)) return;
      this.bulkMessage = this.t.t('errorGeneric');
    } finally {
      this.acting = undefined;
      this.changed();
    }
  }

  render() {
    const t = this.t;
    return html`<section aria-labelledby="queue-title">
      ${renderTabs(this)}
      <h2 id="queue-title" tabindex="-1">${t.t(TITLES[this.list])}</h2>
      ${renderList(this, this.list)}
    </section>`;
  }
}
