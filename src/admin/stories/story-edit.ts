import type { StaffStory, StoryDecision } from '../../api/contract/staff.js';
import type { AdminError, ProblemDetail } from '../kit/client.js';
import { fieldsOf, problemWords } from '../kit/view.js';
import { plainText } from '../kit/visitor-text.js';
import type { Done, Refused, StoriesView } from './stories-view.js';
import { TOPICS_MAX } from './story-forms.js';

/*
 * What staff do in a story's forms: a reason to reject or hide, and the edit form, whose draft is
 * kept while they type, which sends only what changed, and whose refusal for personal details is
 * explained in the console's words with the offer to keep them. The view keeps the state.
 */

/** Keeps what staff typed in an edit form, so a failed save or Cancel loses nothing. */
export function handleDraft(view: StoriesView, story: StaffStory, event: Event): void {
  const form = (event.target as HTMLElement).closest('form');
  if (!form) return;
  const data = new FormData(form);
  view.drafts.set(story.id, {
    body: String(data.get('body') ?? ''),
    contentWarning: String(data.get('contentWarning') ?? ''),
    topics: data.getAll('topic').map(String),
  });
  // A changed text is a new request: the offer to keep the refused details no longer fits it.
  // (`change` also comes when the field is left, which is no new text.)
  const typed = event.type === 'input' && (event.target as HTMLElement).id === `edit-${story.id}`;
  if (view.refused?.id === story.id && typed) {
    view.refused = undefined;
    view.changed();
  }
}

export async function handleFormSubmit(
  view: StoriesView,
  event: SubmitEvent,
  story: StaffStory,
): Promise<void> {
  event.preventDefault();
  const form = view.form;
  if (!form) return;
  if (form.kind === 'edit') return submitEdit(view, story, event.target as HTMLFormElement);
  const values = fieldsOf(event.target as HTMLFormElement);
  const reason = values['reason']?.trim() ?? '';
  if (!reason) {
    return view.showFormProblem(`#reason-${story.id}`, {
      field: 'reason',
      message: view.t.t('adminReasonNeeded'),
    });
  }
  const done = form.kind === 'hide' ? 'adminHiddenDone' : 'adminRejected';
  await view.act(story, () => view.send(story, form.kind, { reason }), done);
}

/**
 * Sends what changed: the text only when staff changed what the wall would show (so the
 * original stays for staff and is masked as the wall reads it), the note, the topics.
 */
async function submitEdit(
  view: StoriesView,
  story: StaffStory,
  form: HTMLFormElement,
): Promise<void> {
  const data = new FormData(form);
  const body = String(data.get('body') ?? '').trim();
  const note = String(data.get('contentWarning') ?? '').trim();
  const topics = data.getAll('topic').map(String);
  if (!body) {
    return view.showFormProblem(`#edit-${story.id}`, {
      field: 'body',
      message: view.t.t('adminEditEmpty'),
    });
  }
  if (topics.length > TOPICS_MAX) {
    return view.showFormProblem(`#topic-${story.id}-${topics[0]}`, {
      field: 'topics',
      message: view.t.t('adminTopicsTooMany'),
    });
  }
  const request: StoryDecision = {};
  if (body !== story.masked.masked.trim()) request.body = body;
  if (note !== (story.contentWarning ?? '')) request.contentWarning = note || null;
  if (topics.join() !== story.topics.join()) request.topics = topics;
  const step = story.status === 'approved' ? 'edit' : 'approve';
  if (step === 'edit' && Object.keys(request).length === 0) return view.handleFormCancel(story);
  const done: Done =
    step === 'edit'
      ? 'adminEditedSaved'
      : story.status === 'hidden'
        ? 'adminRestored'
        : 'adminEditedApproved';
  view.refused = undefined;
  await view.act(story, () => view.send(story, step, request), done, { step, request, done });
}

/** Sends the refused edit again, saying that staff keep its personal details as written. */
export function handleKeepDetails(view: StoriesView, story: StaffStory): void {
  const refused = view.refused;
  if (refused?.id !== story.id) return;
  void view.act(
    story,
    () => view.send(story, refused.step, { ...refused.request, keepDetails: true }),
    refused.step === 'approve' ? 'adminKeptDetailsDone' : 'adminEditedSaved',
  );
}

/**
 * The personal details the shared detector finds in a text. It is most of the console's weight
 * and only a server that does not name what it found needs it, so it is fetched then; when it
 * cannot be, the server's own words say why the text was refused.
 */
async function detailsIn(text: string): Promise<readonly ProblemDetail[]> {
  try {
    const { maskPersonalDetails } = await import('../../api/rules/safety/details.js');
    return maskPersonalDetails(text)
      .segments.filter((segment) => segment.kind)
      .map((segment) => ({ kind: segment.kind!, text: segment.text }));
  } catch {
    return [];
  }
}

/**
 * The server refused an edit: for its personal details (each named, in the console's words
 * where the shared detector finds them too), or for another field's value.
 */
export async function showRefusal(
  view: StoriesView,
  story: StaffStory,
  error: AdminError,
  edit: Omit<Refused, 'id'>,
): Promise<boolean> {
  const { body, contentWarning, topics } = error.fields;
  if (body && edit.request.body) {
    // The server names what it found (its dictionary of names included); the shared detector
    // is the fallback for a server that does not.
    const found = error.details.length ? error.details : await detailsIn(edit.request.body);
    const named = new Intl.ListFormat(view.t.locale).format(
      found.map((detail) =>
        view.t.t(
          'adminDetailFound',
          view.t.messages.adminDetails[detail.kind],
          plainText(detail.text),
        ),
      ),
    );
    view.refused = { id: story.id, ...edit };
    view.showFormProblem(`#edit-${story.id}`, {
      field: 'body',
      message: found.length ? view.t.t('adminDetailsRefused', named) : body,
    });
    return true;
  }
  const field = contentWarning ? 'contentWarning' : topics ? 'topics' : undefined;
  if (!field) return false;
  view.showFormProblem(field === 'topics' ? `#edit-${story.id}` : `#note-${story.id}`, {
    field,
    message: problemWords(view.t, error).get(field)!,
  });
  return true;
}
