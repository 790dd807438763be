// The stories view's forms: the careful approval of a crisis story with its safe-messaging guide,
// the edit form (text, content note, topics, beside the marked original) and the reason asked
// before a story is rejected or hidden. Every text is rendered as text.
import { html, noChange, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { StaffStory } from '../../api/contract/staff.js';
import type { Topic } from '../../api/contract/public.js';
import type { AdminLocalize } from '../kit/view.js';
import { needsCare, renderOriginal } from './story-card.js';

/** A problem of one field of the open form. */
export interface FormProblem {
  field: 'body' | 'contentWarning' | 'topics' | 'reason';
  message: string;
}

/** What staff typed in an edit form so far; a field not touched yet is undefined. */
export interface EditDraft {
  body?: string;
  contentWarning?: string;
  topics?: string[];
}

export interface FormHandlers {
  submit: (event: SubmitEvent) => void;
  keydown: (event: KeyboardEvent) => void;
  cancel: () => void;
  input: (event: Event) => void;
  /** "Publish with these details kept", after the server refused the text. */
  keepDetails: () => void;
}

export interface ConfirmHandlers {
  confirm: () => void;
  editFirst: () => void;
  cancel: () => void;
  keydown: (event: KeyboardEvent) => void;
}

/** The same limits as the server's (server/src/stories/repository.ts, story-schema.ts). */
const REASON_MAX = 300;
const EDITED_MAX = 5000;
export const CONTENT_NOTE_MAX = 80;
export const TOPICS_MAX = 5;

/** How to publish a story about suicide safely: beside the careful approval and the edit form. */
export function renderGuide(t: AdminLocalize, story: StaffStory, titled: boolean) {
  const id = `guide-${story.id}`;
  return html`<div class="guide">
    ${titled ? html`<p class="label" id=${id}>${t.t('adminGuideTitle')}</p>` : nothing}
    <ul aria-labelledby=${ifDefined(titled ? id : undefined)}>
      <li>${t.t('adminGuideHope')}</li>
      <li>${t.t('adminGuideMethods')}</li>
      <li>
        ${t.t('adminGuideNote')}
        ${story.contentWarning ? nothing : html`<strong>${t.t('adminGuideNoNote')}</strong>`}
      </li>
      <li>${t.t('adminGuideResources')}</li>
    </ul>
  </div>`;
}

/**
 * The second step of publishing a crisis story: the guide, then "Yes, publish", "Edit first"
 * or "Cancel". Nothing is published by the click that opened it.
 */
export function renderCareConfirm(
  t: AdminLocalize,
  story: StaffStory,
  busy: boolean,
  on: ConfirmHandlers,
) {
  const id = `confirm-${story.id}`;
  const restore = story.status === 'hidden';
  return html`<div class="confirm" role="group" aria-labelledby=${id} @keydown=${on.keydown}>
    <h4 id=${id} tabindex="-1">${t.t('adminConfirmTitle')}</h4>
    ${renderGuide(t, story, false)}
    <div class="actions">
      <button
        type="button"
        id="confirm-publish-${story.id}"
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${on.confirm}
      >
        ${t.t(restore ? 'adminConfirmRestore' : 'adminConfirmPublish')}
      </button>
      <button type="button" class="secondary" @click=${on.editFirst}>
        ${t.t('adminEditFirst')}
      </button>
      <button type="button" class="secondary" @click=${on.cancel}>${t.t('adminCancel')}</button>
    </div>
  </div>`;
}

const errorOf = (problem: FormProblem | undefined, field: FormProblem['field']) =>
  problem?.field === field ? problem.message : undefined;

/** What describes the control `id`: its hint (`<id>-hint`), if it has one, and its problem. */
const describedBy = (id: string, error: string | undefined, hint = false) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** A control's problem, below it. */
const errorLine = (id: string, error: string | undefined) =>
  error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing;

/**
 * A story form's text box and its problem; `value` keeps it in step with a draft (the reason
 * boxes are left alone: they are read when sent).
 */
const textBox = (
  id: string,
  name: string,
  rows: number,
  maxlength: number,
  error: string | undefined,
  hint: boolean,
  value: unknown = noChange,
) =>
  html`<textarea
      id=${id}
      name=${name}
      rows=${rows}
      maxlength=${maxlength}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(id, error, hint))}
      .value=${value}
    ></textarea>
    ${errorLine(id, error)}`;

/**
 * Edit the text (starting from what the wall would show), the content note and the topics, then
 * approve, put back or save in the same step. A crisis story has the guide beside it; a text the
 * server refused for its personal details offers to publish them as written, as its own action.
 */
export function renderEditForm(
  t: AdminLocalize,
  story: StaffStory,
  topics: readonly Topic[],
  form: {
    draft: EditDraft | undefined;
    problem: FormProblem | undefined;
    /** The server refused the text for its personal details. */
    refused: boolean;
    busy: boolean;
  },
  on: FormHandlers,
) {
  const { draft, problem, refused, busy } = form;
  const id = `edit-${story.id}`;
  const bodyError = errorOf(problem, 'body');
  const noteError = errorOf(problem, 'contentWarning');
  const topicsError = errorOf(problem, 'topics');
  const chosen = draft?.topics ?? story.topics;
  // The practice's topics, and any of the story's that the practice no longer lists.
  const choices = [
    ...topics,
    ...story.topics
      .filter((topic) => !topics.some((each) => each.id === topic))
      .map((topic) => ({ id: topic, label: topic })),
  ];
  const save =
    story.status === 'approved'
      ? 'adminSaveChanges'
      : story.status === 'hidden'
        ? 'adminSaveRestore'
        : 'adminSaveApprove';
  return html`<form
    class="edit"
    novalidate
    @submit=${on.submit}
    @keydown=${on.keydown}
    @input=${on.input}
    @change=${on.input}
  >
    <div class="edit-grid">
      <div class="fields">
        <div class="field">
          <label for=${id}>${t.t('adminEditLabel')}</label>
          <p class="hint" id="${id}-hint">${t.t('adminEditHint')}</p>
          ${textBox(id, 'body', 8, EDITED_MAX, bodyError, true, live(draft?.body ?? story.masked.masked))}
        </div>
        <div class="field">
          <label for="note-${story.id}">${t.t('adminContentNoteLabel')}</label>
          <p class="hint" id="note-${story.id}-hint">${t.t('adminContentNoteHint')}</p>
          <input
            id="note-${story.id}"
            name="contentWarning"
            maxlength=${CONTENT_NOTE_MAX}
            autocomplete="off"
            aria-invalid=${noteError ? 'true' : 'false'}
            aria-describedby=${ifDefined(describedBy(`note-${story.id}`, noteError, true))}
            .value=${live(draft?.contentWarning ?? story.contentWarning ?? '')}
          />
          ${errorLine(`note-${story.id}`, noteError)}
        </div>
        <fieldset
          class="topics"
          aria-invalid=${topicsError ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy(`topics-${story.id}`, topicsError))}
        >
          <legend>${t.t('adminTopicsLegend')}</legend>
          ${choices.map(
            (topic) =>
              html`<label class="select">
                <input
                  type="checkbox"
                  name="topic"
                  id="topic-${story.id}-${topic.id}"
                  value=${topic.id}
                  .checked=${live(chosen.includes(topic.id))}
                />
                ${topic.label}
              </label>`,
          )}
          ${errorLine(`topics-${story.id}`, topicsError)}
        </fieldset>
      </div>
      <div class="side">
        ${needsCare(story) ? renderGuide(t, story, true) : nothing}
        <div class="original">
          <p class="label">${t.t('adminOriginal')}</p>
          ${renderOriginal(t, story)}
        </div>
      </div>
    </div>
    <div class="actions">
      <button type="submit" aria-disabled=${busy ? 'true' : 'false'}>${t.t(save)}</button>
      ${
        refused
          ? html`<button
              type="button"
              class="secondary"
              id="keep-details-${story.id}"
              aria-disabled=${busy ? 'true' : 'false'}
              @click=${on.keepDetails}
            >
              ${t.t('adminKeepDetails')}
            </button>`
          : nothing
      }
      <button type="button" class="secondary" @click=${on.cancel}>${t.t('adminCancel')}</button>
    </div>
  </form>`;
}

/** A reason, asked before a story is rejected or hidden: the confirm step of both. */
export function renderReasonForm(
  t: AdminLocalize,
  story: StaffStory,
  kind: 'reject' | 'hide',
  problem: string | undefined,
  busy: boolean,
  on: Pick<FormHandlers, 'submit' | 'keydown' | 'cancel'>,
) {
  const id = `reason-${story.id}`;
  return html`<form class="reject" novalidate @submit=${on.submit} @keydown=${on.keydown}>
    <label for=${id}>${t.t(kind === 'hide' ? 'adminHideReason' : 'adminRejectReason')}</label>
    ${textBox(id, 'reason', 2, REASON_MAX, problem, false)}
    <div class="actions">
      <button type="submit" class="danger" aria-disabled=${busy ? 'true' : 'false'}>
        ${t.t(kind === 'hide' ? 'adminHideConfirm' : 'adminRejectConfirm')}
      </button>
      <button type="button" class="secondary" @click=${on.cancel}>${t.t('adminCancel')}</button>
    </div>
  </form>`;
}
