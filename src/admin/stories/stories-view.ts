import { Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import type {
  BulkApproveResult,
  DetailKind,
  StaffList,
  StaffStory,
  StoryDecision,
} from '../../api/admin-types.js';
import { maskPersonalDetails } from '../../api/safety/details.js';
import type { Practice, Topic } from '../../api/types.js';
import { isAdminError, type AdminClient, type AdminError } from '../kit/client.js';
import {
  bulkApprovable,
  excerpt,
  formStartId,
  LISTS,
  needsCare,
  renderCareConfirm,
  renderEditForm,
  renderReasonForm,
  renderStoryDetails,
  TOPICS_MAX,
  type EditDraft,
  type FormProblem,
  type ListName,
  type StoryForm,
} from './story-card.js';
import { AdminView, fieldsOf, problemWords, type AdminHost } from '../kit/view.js';
import { plainText } from '../kit/visitor-text.js';

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
type Done =
  | 'adminApproved'
  | 'adminRejected'
  | 'adminEditedApproved'
  | 'adminEditedSaved'
  | 'adminKeptDetailsDone'
  | 'adminKept'
  | 'adminHiddenDone'
  | 'adminRestored';

/** An edit the server refused for the personal details still in its text. */
interface Refused {
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

const TAB_LABELS = {
  review: 'adminListReview',
  reported: 'adminListReported',
  published: 'adminListPublished',
  hidden: 'adminListHidden',
} as const;

/**
 * The stories, in four lists: to review (crisis-high first; approve, edit then approve, reject,
 * or approve several together), reported (keep, hide, put back, reject), published (edit, hide)
 * and hidden (put back). Every story is shown as text: what the wall shows beside the original
 * with each personal detail marked. A crisis story is published only after a second, deliberate
 * step beside a safe-messaging guide.
 */
export class StoriesView extends AdminView {
  readonly name = 'stories';
  readonly titleSelector = '#queue-title';

  private readonly tasks: Record<ListName, ListTask>;
  private list: ListName = 'review';
  /** When each list's stories were asked for. */
  private readonly loadedAt: Record<ListName, number> = {
    review: 0,
    reported: 0,
    published: 0,
    hidden: 0,
  };
  /** Lists reloading in the background, which keep showing what they had meanwhile. */
  private refreshing: ReadonlySet<ListName> = new Set();
  /** Stories changed in this console, and when: newer than a list's load, they win. */
  private updated: ReadonlyMap<string, { story: StaffStory; at: number }> = new Map();
  /** The practice's topics, to name a story's topics and offer them when editing. */
  private readonly topicsTask: Task<readonly [AdminClient | undefined, boolean], Topic[]>;
  private form?: StoryForm;
  private formProblem?: FormProblem;
  private drafts = new Map<string, EditDraft>();
  /** The crisis story whose approval waits for "Yes, publish". */
  private confirming?: string;
  private refused?: Refused;
  private selected: ReadonlySet<string> = new Set();
  private bulkMessage?: string;
  private bulkResults: { excerpt: string; approved: boolean }[] = [];
  private actionFailed?: { id: string; message: string };
  private acting?: string;
  /** Older pages of each list, loaded on request. */
  private pages: Partial<Record<ListName, { items: StaffStory[]; nextCursor: string | null }>> = {};
  private loadingMore?: ListName;
  private moreFailed?: ListName;

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

  private get topics(): Topic[] {
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
  private nextCursor(list: ListName): string | null {
    const more = this.pages[list];
    return more ? more.nextCursor : (this.tasks[list].value?.nextCursor ?? null);
  }

  /** A list as it is now: as loaded, with this console's own changes made since. */
  private stories(list: ListName): StaffStory[] {
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

  private async handleMore(list: ListName): Promise<void> {
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

  private handleList(list: ListName): void {
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
  private handleApprove(story: StaffStory, done: Done): void {
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

  private handleConfirmCancel(story: StaffStory): void {
    this.confirming = undefined;
    this.changed();
    void this.host.focusAfterUpdate(`#approve-start-${story.id}`);
  }

  private handleConfirmKeydown(event: KeyboardEvent, story: StaffStory): void {
    if (event.key === 'Escape') this.handleConfirmCancel(story);
  }

  private handleKeep(story: StaffStory): void {
    void this.act(story, () => this.send(story, 'keep'), 'adminKept');
  }

  private handleFormStart(story: StaffStory, kind: StoryForm['kind']): void {
    this.form = { id: story.id, kind };
    this.formProblem = undefined;
    this.refused = undefined;
    this.confirming = undefined;
    this.actionFailed = undefined;
    this.changed();
    void this.host.focusAfterUpdate(kind === 'edit' ? `#edit-${story.id}` : `#reason-${story.id}`);
  }

  private handleFormCancel(story: StaffStory): void {
    const kind = this.form?.kind ?? 'reject';
    this.form = undefined;
    this.formProblem = undefined;
    this.refused = undefined;
    this.changed();
    void this.host.focusAfterUpdate(`#${formStartId(kind, story.id)}`);
  }

  /** Keeps what staff typed in an edit form, so a failed save or Cancel loses nothing. */
  private handleDraft(story: StaffStory, event: Event): void {
    const form = (event.target as HTMLElement).closest('form');
    if (!form) return;
    const data = new FormData(form);
    this.drafts.set(story.id, {
      body: String(data.get('body') ?? ''),
      contentWarning: String(data.get('contentWarning') ?? ''),
      topics: data.getAll('topic').map(String),
    });
    // A changed text is a new request: the offer to keep the refused details no longer fits it.
    // (`change` also comes when the field is left, which is no new text.)
    const typed = event.type === 'input' && (event.target as HTMLElement).id === `edit-${story.id}`;
    if (this.refused?.id === story.id && typed) {
      this.refused = undefined;
      this.changed();
    }
  }

  private async handleFormSubmit(event: SubmitEvent, story: StaffStory): Promise<void> {
    event.preventDefault();
    const form = this.form;
    if (!form) return;
    if (form.kind === 'edit') return this.submitEdit(story, event.target as HTMLFormElement);
    const values = fieldsOf(event.target as HTMLFormElement);
    const reason = values['reason']?.trim() ?? '';
    if (!reason) {
      return this.showFormProblem(`#reason-${story.id}`, {
        field: 'reason',
        message: this.t.t('adminReasonNeeded'),
      });
    }
    const done = form.kind === 'hide' ? 'adminHiddenDone' : 'adminRejected';
    await this.act(story, () => this.send(story, form.kind, { reason }), done);
  }

  /**
   * Sends what changed: the text only when staff changed what the wall would show (so the
   * original stays for staff and is masked as the wall reads it), the note, the topics.
   */
  private async submitEdit(story: StaffStory, form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const body = String(data.get('body') ?? '').trim();
    const note = String(data.get('contentWarning') ?? '').trim();
    const topics = data.getAll('topic').map(String);
    if (!body) {
      return this.showFormProblem(`#edit-${story.id}`, {
        field: 'body',
        message: this.t.t('adminEditEmpty'),
      });
    }
    if (topics.length > TOPICS_MAX) {
      return this.showFormProblem(`#topic-${story.id}-${topics[0]}`, {
        field: 'topics',
        message: this.t.t('adminTopicsTooMany'),
      });
    }
    const request: StoryDecision = {};
    if (body !== story.masked.masked.trim()) request.body = body;
    if (note !== (story.contentWarning ?? '')) request.contentWarning = note || null;
    if (topics.join() !== story.topics.join()) request.topics = topics;
    const step = story.status === 'approved' ? 'edit' : 'approve';
    if (step === 'edit' && Object.keys(request).length === 0) return this.handleFormCancel(story);
    const done: Done =
      step === 'edit'
        ? 'adminEditedSaved'
        : story.status === 'hidden'
          ? 'adminRestored'
          : 'adminEditedApproved';
    this.refused = undefined;
    await this.act(story, () => this.send(story, step, request), done, { step, request, done });
  }

  /** Sends the refused edit again, saying that staff keep its personal details as written. */
  private handleKeepDetails(story: StaffStory): void {
    const refused = this.refused;
    if (refused?.id !== story.id) return;
    void this.act(
      story,
      () => this.send(story, refused.step, { ...refused.request, keepDetails: true }),
      refused.step === 'approve' ? 'adminKeptDetailsDone' : 'adminEditedSaved',
    );
  }

  private showFormProblem(selector: string, problem: FormProblem) {
    this.formProblem = problem;
    this.changed();
    void this.host.focusAfterUpdate(selector);
  }

  /**
   * The server refused an edit: for its personal details (each named, in the console's words
   * where the shared detector finds them too), or for another field's value.
   */
  private showRefusal(story: StaffStory, error: AdminError, edit: Omit<Refused, 'id'>): boolean {
    const { body, contentWarning, topics } = error.fields;
    if (body && edit.request.body) {
      // The server names what it found (its dictionary of names included); the shared detector
      // is the fallback for a server that does not.
      const found: readonly { kind: DetailKind; text: string }[] = error.details.length
        ? error.details
        : maskPersonalDetails(edit.request.body)
            .segments.filter((segment) => segment.kind)
            .map((segment) => ({ kind: segment.kind!, text: segment.text }));
      const named = new Intl.ListFormat(this.t.locale).format(
        found.map((detail) =>
          this.t.t(
            'adminDetailFound',
            this.t.t('adminDetail', detail.kind),
            plainText(detail.text),
          ),
        ),
      );
      this.refused = { id: story.id, ...edit };
      this.showFormProblem(`#edit-${story.id}`, {
        field: 'body',
        message: found.length ? this.t.t('adminDetailsRefused', named) : body,
      });
      return true;
    }
    const field = contentWarning ? 'contentWarning' : topics ? 'topics' : undefined;
    if (!field) return false;
    this.showFormProblem(field === 'topics' ? `#edit-${story.id}` : `#note-${story.id}`, {
      field,
      message: problemWords(this.t, error).get(field)!,
    });
    return true;
  }

  private handleFormKeydown(event: KeyboardEvent, story: StaffStory): void {
    // Escape closes a reason form; an edit stays open, so a long redaction is not lost by a key.
    if (event.key === 'Escape' && this.form?.kind !== 'edit') this.handleFormCancel(story);
  }

  private send(story: StaffStory, step: string, body?: object): Promise<StaffStory> {
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
  private async act(
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
        void this.tasks[this.list].run().then(() => this.host.focusAfterUpdate('#queue-title'));
        return;
      }
      if (isAdminError(error) && error.kind === 'invalid' && this.form?.kind === 'edit') {
        if (edit && this.showRefusal(story, error, edit)) return;
        this.actionFailed = { id: story.id, message: this.t.t('adminEditInvalid') };
        return;
      }
      this.actionFailed = { id: story.id, message: this.t.t('adminActionFailed') };
    } finally {
      this.acting = undefined;
      this.changed();
    }
  }

  private handleSelect(story: StaffStory, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const selected = new Set(this.selected);
    if (checked) selected.add(story.id);
    else selected.delete(story.id);
    this.selected = selected;
    this.bulkMessage = undefined;
    this.changed();
  }

  private async handleBulkApprove(): Promise<void> {
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
      this.bulkMessage = this.t.t('adminActionFailed');
    } finally {
      this.acting = undefined;
      this.changed();
    }
  }

  private handleRetry(): void {
    void this.tasks[this.list].run().then(() => this.host.focusAfterUpdate('#queue-title'));
  }

  private renderTabs() {
    const t = this.t;
    return html`<div class="actions story-lists" role="group" aria-label=${t.t('adminStoryLists')}>
      ${LISTS.map((list) => {
        const task = this.tasks[list];
        // A count only once the list has loaded (or while it quietly reloads).
        const known =
          task.status === TaskStatus.COMPLETE ||
          (task.status === TaskStatus.PENDING && this.refreshing.has(list));
        const size = known ? this.stories(list).length : undefined;
        const current = list === this.list;
        return html`<button
          type="button"
          id="list-${list}"
          class=${current ? '' : 'secondary'}
          aria-pressed=${current ? 'true' : 'false'}
          @click=${() => this.handleList(list)}
        >
          ${t.t(TAB_LABELS[list], size, this.nextCursor(list) !== null)}
        </button>`;
      })}
    </div>`;
  }

  private renderBulkBar(stories: StaffStory[]) {
    if (!stories.some(bulkApprovable)) return nothing;
    const t = this.t;
    return html`<div class="bulk">
      <p class="hint">${t.t('adminBulkHint')}</p>
      <div class="actions">
        <button
          type="button"
          id="bulk-approve"
          aria-disabled=${this.acting === 'bulk' ? 'true' : 'false'}
          @click=${() => this.handleBulkApprove()}
        >
          ${t.t('adminApproveSelected', stories.filter((story) => this.selected.has(story.id)).length)}
        </button>
      </div>
    </div>`;
  }

  private renderBulkResults() {
    const t = this.t;
    return html`<div
      id="bulk-results"
      class="bulk-results"
      tabindex="-1"
      ?hidden=${!this.bulkMessage}
    >
      <p>${this.bulkMessage}</p>
      ${
        this.bulkResults.length
          ? html`<ul aria-label=${t.t('adminBulkResults')}>
              ${this.bulkResults.map(
                (result) =>
                  html`<li>
                    ${t.t(result.approved ? 'adminBulkApproved' : 'adminBulkHandled', result.excerpt)}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderStory(story: StaffStory, index: number, total: number) {
    const t = this.t;
    const form = this.form?.id === story.id ? this.form : undefined;
    const busy = this.acting === story.id;
    const heading = t.t('adminStoryHeading', index + 1, total);
    return html`<li>
      <article
        part="story"
        class="story crisis-${story.flags.crisis}"
        aria-labelledby="story-${story.id}"
      >
        <div class="story-heading">
          <h3 id="story-${story.id}" tabindex="-1">${heading}</h3>
          ${
            this.list === 'review' && bulkApprovable(story)
              ? html`<label class="select">
                  <input
                    type="checkbox"
                    id="select-${story.id}"
                    .checked=${this.selected.has(story.id)}
                    @change=${(event: Event) => this.handleSelect(story, event)}
                  />
                  ${t.t('adminSelectStory', index + 1)}
                </label>`
              : nothing
          }
        </div>
        ${renderStoryDetails(t, story, this.list, this.topics, form?.kind === 'edit')}
        <div class="alert" role="alert">
          ${this.actionFailed?.id === story.id ? html`<p>${this.actionFailed.message}</p>` : nothing}
        </div>
        ${
          form
            ? this.renderForm(story, form, busy)
            : this.confirming === story.id
              ? this.renderConfirm(story, busy)
              : this.renderDecisions(story, busy)
        }
      </article>
    </li>`;
  }

  private renderForm(story: StaffStory, form: StoryForm, busy: boolean) {
    const handlers = {
      submit: (event: SubmitEvent) => this.handleFormSubmit(event, story),
      keydown: (event: KeyboardEvent) => this.handleFormKeydown(event, story),
      cancel: () => this.handleFormCancel(story),
      input: (event: Event) => this.handleDraft(story, event),
      keepDetails: () => this.handleKeepDetails(story),
    };
    if (form.kind !== 'edit') {
      return renderReasonForm(this.t, story, form.kind, this.formProblem?.message, busy, handlers);
    }
    return renderEditForm(
      this.t,
      story,
      this.topics,
      {
        draft: this.drafts.get(story.id),
        problem: this.formProblem,
        refused: this.refused?.id === story.id,
        busy,
      },
      handlers,
    );
  }

  private renderConfirm(story: StaffStory, busy: boolean) {
    const done = story.status === 'hidden' ? 'adminRestored' : 'adminApproved';
    return renderCareConfirm(this.t, story, busy, {
      confirm: () => this.handleApprove(story, done),
      editFirst: () => this.handleFormStart(story, 'edit'),
      cancel: () => this.handleConfirmCancel(story),
      keydown: (event: KeyboardEvent) => this.handleConfirmKeydown(event, story),
    });
  }

  private renderDecisions(story: StaffStory, busy: boolean) {
    const t = this.t.messages;
    const disabled = busy ? 'true' : 'false';
    const button = (label: string, onClick: () => void, id?: string, kind = 'secondary') =>
      html`<button
        type="button"
        id=${id ?? nothing}
        class=${kind}
        aria-disabled=${disabled}
        @click=${onClick}
      >
        ${label}
      </button>`;
    const open = (label: string, kind: StoryForm['kind']) =>
      button(label, () => this.handleFormStart(story, kind), formStartId(kind, story.id));
    const edit = (label: string) => open(label, 'edit');
    const reject = (label: string) => open(label, 'reject');
    const hide = () => open(t.adminHide, 'hide');
    // A crisis story's approval opens its second step: no filled button publishes it at once.
    const careful = needsCare(story);
    const publish = (label: string, carefulLabel: string, done: Done) =>
      button(
        careful ? carefulLabel : label,
        () => this.handleApprove(story, done),
        `approve-start-${story.id}`,
        careful ? 'secondary' : '',
      );
    let buttons;
    if (story.status === 'pending') {
      buttons = [
        publish(t.adminApprove, t.adminApproveCareful, 'adminApproved'),
        edit(t.adminEditApprove),
        reject(t.adminReject),
      ];
    } else if (story.status === 'hidden') {
      buttons = [
        publish(t.adminRestore, t.adminRestoreCareful, 'adminRestored'),
        edit(t.adminEditRestore),
        reject(t.adminRemove),
      ];
    } else if (this.list === 'reported') {
      buttons = [button(t.adminKeep, () => this.handleKeep(story), undefined, ''), hide()];
    } else {
      buttons = [edit(t.adminEditPublished), hide()];
    }
    return html`<div class="actions">${buttons}</div>`;
  }

  private renderMore(list: ListName) {
    if (!this.nextCursor(list)) return nothing;
    const t = this.t;
    const busy = this.loadingMore === list;
    return html`<div class="more">
      <div class="alert" role="alert">
        ${this.moreFailed === list ? html`<p>${t.t('adminMoreError')}</p>` : nothing}
      </div>
      <button
        type="button"
        class="secondary"
        id="more-${list}"
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => this.handleMore(list)}
      >
        ${t.t(busy ? 'adminLoadingMore' : 'adminShowMore')}
      </button>
    </div>`;
  }

  /** A loaded list. The results of approving together come first, always in the same place. */
  private renderLoaded(list: ListName) {
    const t = this.t;
    const stories = this.stories(list);
    return html`${list === 'review' ? this.renderBulkResults() : nothing}
    ${
      stories.length
        ? html`<p class="count">
              ${t.t(COUNTS[list], stories.length)}
              ${this.nextCursor(list) ? t.t('adminListCapped', stories.length) : nothing}
            </p>
            ${list === 'review' ? this.renderBulkBar(stories) : nothing}
            <ol class="queue">
              ${stories.map((story, index) => this.renderStory(story, index, stories.length))}
            </ol>
            ${this.renderMore(list)}`
        : this.emptyMessage(t.t(EMPTY[list]))
    }`;
  }

  private renderList(list: ListName) {
    const t = this.t;
    const task = this.tasks[list];
    if (task.status === TaskStatus.PENDING && this.refreshing.has(list)) {
      return this.renderLoaded(list);
    }
    return task.render({
      pending: () =>
        this.loadingMessage(t.t(list === 'review' ? 'adminQueueLoading' : 'adminListLoading')),
      error: () =>
        this.loadFailedMessage(t.t(list === 'review' ? 'adminQueueError' : 'adminListError'), () =>
          this.handleRetry(),
        ),
      complete: () => this.renderLoaded(list),
    });
  }

  render() {
    const t = this.t;
    return html`<section aria-labelledby="queue-title">
      ${this.renderTabs()}
      <h2 id="queue-title" tabindex="-1">${t.t(TITLES[this.list])}</h2>
      ${this.renderList(this.list)}
    </section>`;
  }
}

const EMPTY = {
  review: 'adminQueueEmpty',
  reported: 'adminReportedEmpty',
  published: 'adminPublishedEmpty',
  hidden: 'adminHiddenEmpty',
} as const;

const COUNTS = {
  review: 'adminQueueCount',
  reported: 'adminReportedCount',
  published: 'adminPublishedCount',
  hidden: 'adminHiddenCount',
} as const;
