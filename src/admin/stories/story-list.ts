import { TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import type { StaffStory } from '../../api/contract/staff.js';
import { alertOf, onEscape } from '../kit/view.js';
import type { Done, StoriesView } from './stories-view.js';
import {
  bulkApprovable,
  formStartId,
  LISTS,
  needsCare,
  renderStoryDetails,
  type ListName,
  type StoryForm,
} from './story-card.js';
import { handleDraft, handleFormSubmit, handleKeepDetails } from './story-edit.js';
import { renderCareConfirm, renderEditForm, renderReasonForm } from './story-forms.js';

/*
 * The stories view's lists as staff see them: the list switcher with counts, the bar and results
 * of approving together, each story with its details and the decisions it allows (or its open
 * form), and "Show more". The view keeps the state and handles what staff do.
 */

const TAB_LABELS = {
  review: 'adminListReview',
  reported: 'adminListReported',
  published: 'adminListPublished',
  hidden: 'adminListHidden',
} as const;

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

export function renderTabs(view: StoriesView) {
  const t = view.t;
  return html`<div class="actions story-lists" role="group" aria-label=${t.t('adminStoryLists')}>
    ${LISTS.map((list) => {
      const task = view.tasks[list];
      // A count only once the list has loaded (or while it quietly reloads).
      const known =
        task.status === TaskStatus.COMPLETE ||
        (task.status === TaskStatus.PENDING && view.refreshing.has(list));
      const size = known ? view.stories(list).length : undefined;
      const current = list === view.list;
      return html`<button
        type="button"
        id="list-${list}"
        class=${current ? '' : 'secondary'}
        aria-pressed=${current ? 'true' : 'false'}
        @click=${() => view.handleList(list)}
      >
        ${t.t(TAB_LABELS[list], size, view.nextCursor(list) !== null)}
      </button>`;
    })}
  </div>`;
}

function renderBulkBar(view: StoriesView, stories: StaffStory[]) {
  if (!stories.some(bulkApprovable)) return nothing;
  const t = view.t;
  return html`<div class="bulk">
    <p class="hint">${t.t('adminBulkHint')}</p>
    <div class="actions">
      <button
        type="button"
        id="bulk-approve"
        aria-disabled=${view.acting === 'bulk' ? 'true' : 'false'}
        @click=${() => view.handleBulkApprove()}
      >
        ${t.t('adminApproveSelected', stories.filter((story) => view.selected.has(story.id)).length)}
      </button>
    </div>
  </div>`;
}

function renderBulkResults(view: StoriesView) {
  const t = view.t;
  return html`<div
    id="bulk-results"
    class="bulk-results"
    tabindex="-1"
    ?hidden=${!view.bulkMessage}
  >
    <p>${view.bulkMessage}</p>
    ${
      view.bulkResults.length
        ? html`<ul aria-label=${t.t('adminBulkResults')}>
            ${view.bulkResults.map(
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

function renderStory(view: StoriesView, story: StaffStory, index: number, total: number) {
  const t = view.t;
  const form = view.form?.id === story.id ? view.form : undefined;
  const busy = view.acting === story.id;
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
          view.list === 'review' && bulkApprovable(story)
            ? html`<label class="select">
                <input
                  type="checkbox"
                  id="select-${story.id}"
                  .checked=${view.selected.has(story.id)}
                  @change=${(event: Event) => view.handleSelect(story, event)}
                />
                ${t.t('adminSelectStory', index + 1)}
              </label>`
            : nothing
        }
      </div>
      ${renderStoryDetails(t, story, view.list, view.topics, form?.kind === 'edit')}
      ${alertOf(view.actionFailed?.id === story.id ? view.actionFailed.message : undefined)}
      ${
        form
          ? renderForm(view, story, form, busy)
          : view.confirming === story.id
            ? renderConfirm(view, story, busy)
            : renderDecisions(view, story, busy)
      }
    </article>
  </li>`;
}

function renderForm(view: StoriesView, story: StaffStory, form: StoryForm, busy: boolean) {
  const handlers = {
    submit: (event: SubmitEvent) => handleFormSubmit(view, event, story),
    keydown: (event: KeyboardEvent) => view.handleFormKeydown(event, story),
    cancel: () => view.handleFormCancel(story),
    input: (event: Event) => handleDraft(view, story, event),
    keepDetails: () => handleKeepDetails(view, story),
  };
  if (form.kind !== 'edit') {
    return renderReasonForm(view.t, story, form.kind, view.formProblem?.message, busy, handlers);
  }
  return renderEditForm(
    view.t,
    story,
    view.topics,
    {
      draft: view.drafts.get(story.id),
      problem: view.formProblem,
      refused: view.refused?.id === story.id,
      busy,
    },
    handlers,
  );
}

function renderConfirm(view: StoriesView, story: StaffStory, busy: boolean) {
  const done = story.status === 'hidden' ? 'adminRestored' : 'adminApproved';
  return renderCareConfirm(view.t, story, busy, {
    confirm: () => view.handleApprove(story, done),
    editFirst: () => view.handleFormStart(story, 'edit'),
    cancel: () => view.handleConfirmCancel(story),
    keydown: onEscape(() => view.handleConfirmCancel(story)),
  });
}

function renderDecisions(view: StoriesView, story: StaffStory, busy: boolean) {
  const t = view.t.messages;
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
    button(label, () => view.handleFormStart(story, kind), formStartId(kind, story.id));
  const edit = (label: string) => open(label, 'edit');
  const reject = (label: string) => open(label, 'reject');
  const hide = () => open(t.adminHide, 'hide');
  // A crisis story's approval opens its second step: no filled button publishes it at once.
  const careful = needsCare(story);
  const publish = (label: string, carefulLabel: string, done: Done) =>
    button(
      careful ? carefulLabel : label,
      () => view.handleApprove(story, done),
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
  } else if (view.list === 'reported') {
    buttons = [button(t.adminKeep, () => view.handleKeep(story), undefined, ''), hide()];
  } else {
    buttons = [edit(t.adminEditPublished), hide()];
  }
  return html`<div class="actions">${buttons}</div>`;
}

function renderMore(view: StoriesView, list: ListName) {
  if (!view.nextCursor(list)) return nothing;
  const t = view.t;
  const busy = view.loadingMore === list;
  return html`<div class="more">
    ${alertOf(view.moreFailed === list ? t.t('adminMoreError') : undefined)}
    <button
      type="button"
      class="secondary"
      id="more-${list}"
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => view.handleMore(list)}
    >
      ${t.t(busy ? 'adminLoadingMore' : 'adminShowMore')}
    </button>
  </div>`;
}

/** A loaded list. The results of approving together come first, always in the same place. */
function renderLoaded(view: StoriesView, list: ListName) {
  const t = view.t;
  const stories = view.stories(list);
  return html`${list === 'review' ? renderBulkResults(view) : nothing}
  ${
    stories.length
      ? html`<p class="count">
            ${t.t(COUNTS[list], stories.length)}
            ${view.nextCursor(list) ? t.t('adminListCapped', stories.length) : nothing}
          </p>
          ${list === 'review' ? renderBulkBar(view, stories) : nothing}
          <ol class="queue">
            ${stories.map((story, index) => renderStory(view, story, index, stories.length))}
          </ol>
          ${renderMore(view, list)}`
      : view.emptyMessage(t.t(EMPTY[list]))
  }`;
}

export function renderList(view: StoriesView, list: ListName) {
  const t = view.t;
  const task = view.tasks[list];
  if (task.status === TaskStatus.PENDING && view.refreshing.has(list)) {
    return renderLoaded(view, list);
  }
  return task.render({
    pending: () =>
      view.loadingMessage(t.t(list === 'review' ? 'adminQueueLoading' : 'adminListLoading')),
    error: () =>
      view.loadFailedMessage(t.t(list === 'review' ? 'adminQueueError' : 'adminListError'), () =>
        view.reload(view.tasks[view.list]),
      ),
    complete: () => renderLoaded(view, list),
  });
}
