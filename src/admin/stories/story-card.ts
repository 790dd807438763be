// The pieces of the stories view that show a story: its details (crisis, flags, reports, what the
// wall shows beside the marked original) and what decides which list it is in and how it may be
// approved. Every text is rendered as text.
import { html, nothing } from 'lit';
import type { ReportReasonCode, StaffStory } from '../../api/contract/staff.js';
import type { Topic } from '../../api/contract/public.js';
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
            flags.personalDetails.map((kind) => t.messages.adminDetails[kind]),
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
export function renderOriginal(t: AdminLocalize, story: StaffStory) {
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
