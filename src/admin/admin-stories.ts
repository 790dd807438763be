import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { StaffStory } from '../api/admin-types.js';
import { isAdminError, type AdminClient } from './admin-client.js';
import { AdminView, fieldsOf, type AdminHost } from './admin-view.js';

const CRISIS_ORDER = { high: 0, medium: 1, low: 2, none: 3 } as const;

/** The stories waiting for review, crisis-high first: approve, or reject with a reason. */
export class StoriesView extends AdminView {
  readonly name = 'stories';
  readonly titleSelector = '#queue-title';

  private readonly queueTask: Task<readonly [AdminClient | undefined, boolean], StaffStory[]>;
  private handled: ReadonlySet<string> = new Set();
  private rejecting?: string;
  private reasonMissing = false;
  private actionFailed?: { id: string; message: string };
  private acting?: string;

  constructor(host: AdminHost) {
    super(host);
    this.queueTask = new Task(host, {
      task: async ([client, shown], { signal }) => {
        if (!client || !shown) return [];
        try {
          const { items } = await client.storyQueue(signal);
          return [...items].sort(
            (a, b) => CRISIS_ORDER[a.flags.crisis] - CRISIS_ORDER[b.flags.crisis],
          );
        } catch (error) {
          this.host.handleSessionLoss(error);
          throw error;
        }
      },
      args: () => [this.host.client, this.shown] as const,
    });
  }

  label(): string {
    return this.t.t('adminStoriesView');
  }

  override reset(): void {
    this.handled = new Set();
    this.rejecting = undefined;
    this.actionFailed = undefined;
  }

  private get queue(): StaffStory[] {
    const stories = this.queueTask.value ?? [];
    return stories.filter((story) => !this.handled.has(story.id));
  }

  private async handleApprove(story: StaffStory): Promise<void> {
    await this.act(story, () => this.host.client!.approveStory(story.id), 'adminApproved');
  }

  private handleRejectStart(story: StaffStory): void {
    this.rejecting = story.id;
    this.reasonMissing = false;
    this.actionFailed = undefined;
    this.changed();
    void this.host.focusAfterUpdate(`#reason-${story.id}`);
  }

  private handleRejectCancel(story: StaffStory): void {
    this.rejecting = undefined;
    this.reasonMissing = false;
    this.changed();
    void this.host.focusAfterUpdate(`#reject-${story.id}`);
  }

  private handleRejectKeydown(event: KeyboardEvent, story: StaffStory): void {
    if (event.key === 'Escape') this.handleRejectCancel(story);
  }

  private async handleRejectSubmit(event: SubmitEvent, story: StaffStory): Promise<void> {
    event.preventDefault();
    const reason = fieldsOf(event.target as HTMLFormElement)['reason']?.trim() ?? '';
    if (!reason) {
      this.reasonMissing = true;
      this.changed();
      void this.host.focusAfterUpdate(`#reason-${story.id}`);
      return;
    }
    await this.act(story, () => this.host.client!.rejectStory(story.id, reason), 'adminRejected');
  }

  /** Sends one decision; on success the story leaves the list and focus moves to the next. */
  private async act(
    story: StaffStory,
    send: () => Promise<unknown>,
    done: 'adminApproved' | 'adminRejected',
  ): Promise<void> {
    if (this.acting) return;
    this.acting = story.id;
    this.actionFailed = undefined;
    this.changed();
    const before = this.queue;
    const next = before[before.indexOf(story) + 1] ?? before[before.indexOf(story) - 1];
    try {
      await send();
      this.handled = new Set([...this.handled, story.id]);
      this.rejecting = undefined;
      this.host.announce(this.t.t(done));
      void this.host.focusAfterUpdate(next ? `#story-${next.id}` : '#queue-title');
    } catch (error) {
      if (this.host.handleSessionLoss(error)) return;
      if (isAdminError(error) && error.kind === 'conflict') {
        this.host.announce(this.t.t('adminAlreadyHandled'));
        this.rejecting = undefined;
        void this.queueTask.run().then(() => this.host.focusAfterUpdate('#queue-title'));
        return;
      }
      this.actionFailed = { id: story.id, message: this.t.t('adminActionFailed') };
    } finally {
      this.acting = undefined;
      this.changed();
    }
  }

  private handleRetry(): void {
    void this.queueTask.run().then(() => this.host.focusAfterUpdate('#queue-title'));
  }

  private renderFlags(story: StaffStory) {
    const t = this.t;
    const { flags, reports } = story;
    const items = [
      flags.personalDetails.length
        ? t.t(
            'adminPersonalDetails',
            new Intl.ListFormat(t.locale).format(
              flags.personalDetails.map((kind) => t.t('adminDetail', kind)),
            ),
          )
        : '',
      flags.links ? t.t('adminLinks', flags.links) : '',
      flags.repeat ? t.t('adminRepeat') : '',
      flags.spam.length ? t.t('adminSpam') : '',
      reports.count ? t.t('adminReports', reports.count) : '',
      story.status === 'hidden' ? t.t('adminStatusHidden') : '',
    ].filter(Boolean);
    if (!items.length) return nothing;
    return html`<ul class="flags" aria-label=${t.t('adminFlags')}>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>`;
  }

  private renderStory(story: StaffStory, index: number, total: number) {
    const t = this.t;
    const crisis = story.flags.crisis;
    const rejecting = this.rejecting === story.id;
    const busy = this.acting === story.id;
    return html`<li>
      <article part="story" class="story crisis-${crisis}" aria-labelledby="story-${story.id}">
        <h3 id="story-${story.id}" tabindex="-1">${t.t('adminStoryHeading', index + 1, total)}</h3>
        ${crisis !== 'none' ? html`<p class="crisis"><strong>${t.t('adminCrisis', crisis)}</strong></p>` : nothing}
        ${this.renderFlags(story)}
        ${
          story.contentWarning
            ? html`<p class="meta">${t.t('adminContentNote', story.contentWarning)}</p>`
            : nothing
        }
        ${
          story.topics.length
            ? html`<p class="meta">
                ${t.t('adminTopics', new Intl.ListFormat(t.locale).format(story.topics))}
              </p>`
            : nothing
        }
        <p class="visually-hidden">${t.t('adminMaskedText')}</p>
        <blockquote class="body">
          ${story.masked.segments.map((segment) =>
            segment.kind ? html`<mark>${segment.text}</mark>` : segment.text,
          )}
        </blockquote>
        <div class="alert" role="alert">
          ${this.actionFailed?.id === story.id ? html`<p>${this.actionFailed.message}</p>` : nothing}
        </div>
        ${rejecting ? this.renderRejectForm(story, busy) : this.renderDecisions(story, busy)}
      </article>
    </li>`;
  }

  private renderDecisions(story: StaffStory, busy: boolean) {
    const t = this.t.messages;
    return html`<div class="actions">
      <button
        type="button"
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => this.handleApprove(story)}
      >
        ${t.adminApprove}
      </button>
      <button
        type="button"
        class="secondary"
        id="reject-${story.id}"
        @click=${() => this.handleRejectStart(story)}
      >
        ${t.adminReject}
      </button>
    </div>`;
  }

  private renderRejectForm(story: StaffStory, busy: boolean) {
    const t = this.t.messages;
    const id = `reason-${story.id}`;
    return html`<form
      class="reject"
      novalidate
      @submit=${(event: SubmitEvent) => this.handleRejectSubmit(event, story)}
      @keydown=${(event: KeyboardEvent) => this.handleRejectKeydown(event, story)}
    >
      <label for=${id}>${t.adminRejectReason}</label>
      <textarea
        id=${id}
        name="reason"
        rows="2"
        maxlength="500"
        aria-invalid=${this.reasonMissing ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.reasonMissing ? `${id}-error` : undefined)}
      ></textarea>
      ${
        this.reasonMissing
          ? html`<p class="error" id="${id}-error">${t.adminReasonNeeded}</p>`
          : nothing
      }
      <div class="actions">
        <button type="submit" class="danger" aria-disabled=${busy ? 'true' : 'false'}>
          ${t.adminRejectConfirm}
        </button>
        <button type="button" class="secondary" @click=${() => this.handleRejectCancel(story)}>
          ${t.adminCancel}
        </button>
      </div>
    </form>`;
  }

  render() {
    const t = this.t.messages;
    return html`<section aria-labelledby="queue-title">
      <h2 id="queue-title" tabindex="-1">${t.adminQueueTitle}</h2>
      ${this.queueTask.render({
        pending: () =>
          html`<p class="message loading" part="message" role="status">${t.adminQueueLoading}</p>`,
        error: () =>
          html`<div class="message error" part="message" role="alert">
            <p>${t.adminQueueError}</p>
            <button type="button" @click=${() => this.handleRetry()}>${t.adminRetry}</button>
          </div>`,
        complete: () => {
          const queue = this.queue;
          if (!queue.length) {
            return html`<p class="message empty" part="message">${t.adminQueueEmpty}</p>`;
          }
          return html`<p class="count">${this.t.t('adminQueueCount', queue.length)}</p>
            <ol class="queue">
              ${queue.map((story, index) => this.renderStory(story, index, queue.length))}
            </ol>`;
        },
      })}
    </section>`;
  }
}
