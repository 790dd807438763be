// The pieces of the stories view that only show a story or a form: its details (crisis, flags,
// reports, the masked text) and the edit and reason forms. Every text is rendered as text.
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HighlightKind, ReportReasonCode, StaffStory } from '../api/admin-types.js';
import type { AdminLocalize } from './admin-view.js';

export const LISTS = ['review', 'reported', 'published', 'hidden'] as const;
export type ListName = (typeof LISTS)[number];

/** The one form open in the view: edit (redact) then approve, or a reason to reject or hide. */
export interface StoryForm {
  id: string;
  kind: 'edit' | 'reject' | 'hide';
}

export interface FormHandlers {
  submit: (event: SubmitEvent) => void;
  keydown: (event: KeyboardEvent) => void;
  cancel: () => void;
  input: (event: Event) => void;
}

/** The same limits as the server's (story-store.ts). */
const REASON_MAX = 300;
const EDITED_MAX = 5000;
const EXCERPT = 60;

/** The button that opens a story's form, where focus returns when it closes. */
export const formStartId = (kind: StoryForm['kind'], id: string) =>
  kind === 'reject' ? `reject-${id}` : `${kind}-start-${id}`;

/**
 * The text an approval publishes when it is not the text as written: the masked one, so that
 * what staff read in the console is what the wall shows. Undefined when nothing was masked.
 */
export const publishedText = (story: StaffStory): string | undefined =>
  story.masked.masked === story.body ? undefined : story.masked.masked;

/**
 * Only calm stories with nothing masked may be approved together; the others are read one by one.
 */
export const bulkApprovable = (story: StaffStory): boolean =>
  story.status === 'pending' &&
  publishedText(story) === undefined &&
  (story.flags.crisis === 'none' || story.flags.crisis === 'low');

/** The first words of a story's masked text, to name it in a list of results. */
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
              ${reports.notes.map((note) => html`<li>${note}</li>`)}
            </ul>`
        : nothing
    }
  </div>`;
}

/** A mark that also says, to a screen reader, what it marks. */
const marked = (t: AdminLocalize, text: string, kind: HighlightKind) =>
  html`<mark>${text}</mark><span class="visually-hidden"> ${t.t('adminHighlight', kind)}</span>`;

function renderMaskedText(t: AdminLocalize, story: StaffStory) {
  return html`<p class="visually-hidden">${t.t('adminMaskedText')}</p>
    <blockquote class="body">
      ${story.masked.segments.map((segment) =>
        segment.kind === 'name'
          ? marked(t, segment.text, 'name')
          : segment.kind
            ? html`<mark>${segment.text}</mark>`
            : segment.text,
      )}
    </blockquote>`;
}

/** The full text, with each personal detail and likely name highlighted where it stands. */
function renderOriginal(t: AdminLocalize, story: StaffStory) {
  const { body } = story;
  const ranges = [...story.masked.ranges].sort((a, b) => a.start - b.start);
  const pieces = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start < at) continue;
    if (range.start > at) pieces.push(body.slice(at, range.start));
    pieces.push(marked(t, body.slice(range.start, range.end), range.kind));
    at = range.end;
  }
  if (at < body.length) pieces.push(body.slice(at));
  return html`<blockquote class="body">${pieces}</blockquote>`;
}

/** Everything staff need to decide on a story: crisis risk, flags, reports and its text. */
export function renderStoryDetails(t: AdminLocalize, story: StaffStory, list: ListName) {
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
  ${renderReports(t, story)} ${renderMaskedText(t, story)}
  ${
    publishable && publishedText(story) !== undefined
      ? html`<p class="hint">${t.t('adminApproveMasked')}</p>`
      : nothing
  }`;
}

/** Edit (redact) the text, then approve it in the same step. Starts from the masked text. */
export function renderEditForm(
  t: AdminLocalize,
  story: StaffStory,
  draft: string | undefined,
  problem: string | undefined,
  busy: boolean,
  on: FormHandlers,
) {
  const id = `edit-${story.id}`;
  const restore = story.status === 'hidden';
  return html`<form class="edit" novalidate @submit=${on.submit} @keydown=${on.keydown}>
    <div class="edit-grid">
      <div class="field">
        <label for=${id}>${t.t('adminEditLabel')}</label>
        <p class="hint" id="${id}-hint">${t.t('adminEditHint')}</p>
        <textarea
          id=${id}
          name="body"
          rows="8"
          maxlength=${EDITED_MAX}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby="${id}-hint${problem ? ` ${id}-error` : ''}"
          .value=${draft ?? story.masked.masked}
          @input=${on.input}
        ></textarea>
        ${problem ? html`<p class="error" id="${id}-error">${problem}</p>` : nothing}
      </div>
      <div class="original">
        <p class="label">${t.t('adminOriginal')}</p>
        ${renderOriginal(t, story)}
      </div>
    </div>
    <div class="actions">
      <button type="submit" aria-disabled=${busy ? 'true' : 'false'}>
        ${t.t(restore ? 'adminSaveRestore' : 'adminSaveApprove')}
      </button>
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
  on: FormHandlers,
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
