// The pieces of the stories view that only show a story or a form: its details (crisis, flags,
// reports, what the wall shows beside the marked original), the careful approval of a crisis
// story with its safe-messaging guide, and the edit and reason forms. Every text is rendered as
// text.
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ReportReasonCode, StaffStory } from '../../api/admin-types.js';
import type { Topic } from '../../api/types.js';
import type { AdminLocalize } from '../kit/view.js';
import { plainText, visitorText, wordsAround } from '../kit/visitor-text.js';

type TextPiece = StaffStory['masked']['segments'][number];

export const LISTS = ['review', 'reported', 'published', 'hidden'] as const;
export type ListName = (typeof LISTS)[number];

/** The one form open in the view: edit (redact) then approve, or a reason to reject or hide. */
export interface StoryForm {
  id: string;
  kind: 'edit' | 'reject' | 'hide';
}

/** What staff typed in an edit form so far; a field not touched yet is undefined. */
export interface EditDraft {
  body?: string;
  contentWarning?: string;
  topics?: string[];
}

/** A problem of one field of the open form. */
export interface FormProblem {
  field: 'body' | 'contentWarning' | 'topics' | 'reason';
  message: string;
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
const EXCERPT = 60;

/** The button that opens a story's form, where focus returns when it closes. */
export const formStartId = (kind: StoryForm['kind'], id: string) =>
  kind === 'reject' ? `reject-${id}` : `${kind}-start-${id}`;

/** Stories that speak of suicide or self-harm: publishing them is a deliberate second step. */
export const needsCare = (story: StaffStory): boolean =>
  story.flags.crisis === 'high' || story.flags.crisis === 'medium';

/** The wall shows this story with something replaced: staff read both versions. */
export const hasMaskedDetails = (story: StaffStory): boolean =>
  story.masked.segments.some((segment) => segment.kind && segment.placeholder);

/**
 * Only calm stories with nothing masked may be approved together; the others are read one by one.
 */
export const bulkApprovable = (story: StaffStory): boolean =>
  story.status === 'pending' && !hasMaskedDetails(story) && !needsCare(story);

/** The first words of the story as the wall shows it, to name it in a list of results. */
export function excerpt(story: StaffStory): string {
  const text = story.masked.masked.replace(/\s+/g, ' ').trim();
  return text.length <= EXCERPT ? text : `${text.slice(0, EXCERPT - 1).trimEnd()}…`;
}

function renderFlags(t: AdminLocalize, story: StaffStory) {
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

/** Why a story is off the wall, or that it is on it (in the reported list, where both are). */
function renderStatus(t: AdminLocalize, story: StaffStory, list: ListName) {
  if (story.status === 'hidden' && story.statusReason) {
    return html`<p class="meta">
      ${
        story.statusReason === 'reports'
          ? t.t('adminHiddenByReports')
          : t.t('adminHiddenBecause', story.statusReason)
      }
    </p>`;
  }
  if (story.status === 'approved' && list === 'reported') {
    return html`<p class="meta">${t.t('adminOnWall')}</p>`;
  }
  return nothing;
}

function renderReports(t: AdminLocalize, story: StaffStory) {
  const { reports } = story;
  if (!reports.count) return nothing;
  const reasons = (Object.entries(reports.reasons) as [ReportReasonCode, number][]).map(
    ([reason, value]) => t.t('adminReportReason', reason, value),
  );
  return html`<div class="reports">
    ${
      reasons.length
        ? html`<p>${t.t('adminReportReasons', new Intl.ListFormat(t.locale).format(reasons))}</p>`
        : nothing
    }
    ${
      reports.notes.length
        ? html`<p class="label" id="notes-${story.id}">${t.t('adminReportNotes')}</p>
            <ul class="notes" aria-labelledby="notes-${story.id}">
              ${reports.notes.map((note) => html`<li>${visitorText(note)}</li>`)}
            </ul>`
        : nothing
    }
  </div>`;
}

/** A detail in the original text, marked and named for a screen reader. */
function marked(t: AdminLocalize, segment: TextPiece) {
  const kept = !segment.placeholder;
  const name = t.t(kept ? 'adminHighlightKept' : 'adminHighlight', segment.kind!);
  return html`<mark class=${kept ? 'kept' : ''}>${plainText(segment.text)}</mark
    ><span class="visually-hidden"> ${name}</span>`;
}

/**
 * The original text with each personal detail marked and, for a screen reader, named; a detail
 * staff kept says that the wall shows it as written.
 */
function renderOriginal(t: AdminLocalize, story: StaffStory) {
  const pieces = story.masked.segments.map((segment) =>
    segment.kind ? marked(t, segment) : plainText(segment.text),
  );
  return html`<blockquote class="body">${pieces}</blockquote>`;
}

/**
 * The story's text. With details replaced, staff see exactly what the wall shows beside the
 * original with each detail marked; otherwise the one text.
 */
function renderTexts(t: AdminLocalize, story: StaffStory) {
  if (!story.masked.segments.some((segment) => segment.kind)) {
    return html`<p class="visually-hidden">${t.t('adminStoryText')}</p>
      <blockquote class="body">${plainText(story.body)}</blockquote>`;
  }
  const published = story.status === 'approved';
  return html`<div class="texts">
    <div class="text-pane wall">
      <p class="label">${t.t(published ? 'adminWallShows' : 'adminWallPreview')}</p>
      <blockquote class="body">${plainText(story.masked.masked)}</blockquote>
    </div>
    <div class="text-pane original">
      <p class="label">${t.t('adminOriginalMarked')}</p>
      ${renderOriginal(t, story)}
    </div>
  </div>`;
}

/** Topic names for ids, in the console's words when the practice's topics are known. */
export const topicLabels = (topics: readonly Topic[], ids: readonly string[]) =>
  ids.map((id) => topics.find((topic) => topic.id === id)?.label ?? id);

/**
 * Everything staff need to decide on a story: crisis risk, flags, reports and its text (left
 * out while it is being edited: the edit form shows it).
 */
export function renderStoryDetails(
  t: AdminLocalize,
  story: StaffStory,
  list: ListName,
  topics: readonly Topic[],
  editing: boolean,
) {
  const crisis = story.flags.crisis;
  const publishable = story.status === 'pending' || story.status === 'hidden';
  return html`${
    crisis !== 'none'
      ? html`<p class="crisis"><strong>${t.t('adminCrisis', crisis)}</strong></p>`
      : nothing
  }
  ${renderFlags(t, story)} ${renderStatus(t, story, list)}
  ${
    story.contentWarning
      ? html`<p class="meta">
          ${wordsAround((note) => t.t('adminContentNote', note), story.contentWarning)}
        </p>`
      : nothing
  }
  ${
    story.topics.length
      ? html`<p class="meta">
          ${t.t(
            'adminTopicNames',
            new Intl.ListFormat(t.locale).format(topicLabels(topics, story.topics)),
          )}
        </p>`
      : nothing
  }
  ${renderReports(t, story)} ${editing ? nothing : renderTexts(t, story)}
  ${story.detailsKept ? html`<p class="meta">${t.t('adminDetailsKept')}</p>` : nothing}
  ${
    publishable && !editing && hasMaskedDetails(story)
      ? html`<p class="hint">${t.t('adminApproveMasked')}</p>`
      : nothing
  }`;
}

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
  const describedBy = (hint: string, error: string | undefined, errorId: string) =>
    `${hint}${error ? ` ${errorId}` : ''}`;
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
          <textarea
            id=${id}
            name="body"
            rows="8"
            maxlength=${EDITED_MAX}
            aria-invalid=${bodyError ? 'true' : 'false'}
            aria-describedby=${describedBy(`${id}-hint`, bodyError, `${id}-error`)}
            .value=${live(draft?.body ?? story.masked.masked)}
          ></textarea>
          ${bodyError ? html`<p class="error" id="${id}-error">${bodyError}</p>` : nothing}
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
            aria-describedby=${describedBy(
              `note-${story.id}-hint`,
              noteError,
              `note-${story.id}-error`,
            )}
            .value=${live(draft?.contentWarning ?? story.contentWarning ?? '')}
          />
          ${noteError ? html`<p class="error" id="note-${story.id}-error">${noteError}</p>` : nothing}
        </div>
        <fieldset
          class="topics"
          aria-invalid=${topicsError ? 'true' : 'false'}
          aria-describedby=${ifDefined(topicsError ? `topics-${story.id}-error` : undefined)}
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
          ${
            topicsError
              ? html`<p class="error" id="topics-${story.id}-error">${topicsError}</p>`
              : nothing
          }
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
    <textarea
      id=${id}
      name="reason"
      rows="2"
      maxlength=${REASON_MAX}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${ifDefined(problem ? `${id}-error` : undefined)}
    ></textarea>
    ${problem ? html`<p class="error" id="${id}-error">${problem}</p>` : nothing}
    <div class="actions">
      <button type="submit" class="danger" aria-disabled=${busy ? 'true' : 'false'}>
        ${t.t(kind === 'hide' ? 'adminHideConfirm' : 'adminRejectConfirm')}
      </button>
      <button type="button" class="secondary" @click=${on.cancel}>${t.t('adminCancel')}</button>
    </div>
  </form>`;
}
