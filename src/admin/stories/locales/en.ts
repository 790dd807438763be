/** The staff console's English words for its stories view (keys start with `admin`). */
import type { CrisisTier, DetailKind, ReportReasonCode } from '../../../api/contract/staff.js';
import { counting } from '../../kit/counting.js';

const { number, count } = counting('en');
/** A tab's name, with how many stories it holds once that is known ("Reported (2)"). */
const tab = (name: string, value?: number, more = false) =>
  value === undefined ? name : `${name} (${number.format(value)}${more ? '+' : ''})`;

/** What a mark in a story's original text is, said to screen readers after it. */
const enAdminStoriesKinds: Record<DetailKind, string> = {
  email: '(e-mail address',
  phone: '(phone number',
  url: '(web address',
  handle: '(social media handle',
  name: '(a name',
  address: '(street address',
};

export const enAdminStories = {
  adminStoryLists: 'Which stories',
  adminListReview: (value?: number, more?: boolean) => tab('To review', value, more),
  adminListReported: (value?: number, more?: boolean) => tab('Reported', value, more),
  adminListPublished: (value?: number, more?: boolean) => tab('Published', value, more),
  adminListHidden: (value?: number, more?: boolean) => tab('Hidden', value, more),

  adminReportedTitle: 'Reported stories',
  adminPublishedTitle: 'Published stories',
  adminHiddenTitle: 'Hidden stories',
  adminListLoading: 'Loading stories…',
  adminListError: "We couldn't load these stories.",
  adminReportedEmpty: 'No stories have open reports.',
  adminPublishedEmpty: 'No stories are on the wall yet.',
  adminHiddenEmpty: 'No stories are hidden.',
  adminReportedCount: (value: number) => `${count(value, 'reported story', 'reported stories')}.`,
  adminPublishedCount: (value: number) => `${count(value, 'story', 'stories')} on the wall.`,
  adminHiddenCount: (value: number) => `${count(value, 'hidden story', 'hidden stories')}.`,
  adminListCapped: (value: number) => `Showing the newest ${number.format(value)}.`,

  adminShowMore: 'Show more stories',
  adminLoadingMore: 'Loading more stories…',
  adminMoreError: "We couldn't load more stories. Please try again.",
  adminMoreShown: (value: number) => `${count(value, 'more story', 'more stories')} shown.`,
  adminOnWall: 'On the wall',
  adminHiddenByReports: 'Hidden automatically after reports',
  adminHiddenBecause: (reason: string) => `Hidden by staff: ${reason}`,
  adminReportReason: (reason: ReportReasonCode, value: number): string =>
    `${
      {
        identifies_someone: 'identifies someone',
        harmful: 'harmful or upsetting',
        spam: 'spam or advertising',
        other: 'something else',
      }[reason]
    } (${number.format(value)})`,
  adminReportReasons: (reasons: string) => `Readers said: ${reasons}.`,
  adminReportNotes: 'Notes from readers',
  adminHighlight: (kind: DetailKind): string => `${enAdminStoriesKinds[kind]})`,
  adminHighlightKept: (kind: DetailKind): string =>
    `${enAdminStoriesKinds[kind]}, shown on the wall as written)`,
  adminApproveMasked:
    'Approving publishes the text as the wall will show it, with the personal details replaced.',
  adminWallPreview: 'What the wall will show',
  adminWallShows: 'What the wall shows',
  adminOriginalMarked: 'Original, only staff see it (personal details marked)',
  adminStoryText: 'Text',
  adminDetailsKept: 'Staff chose to show the personal details of this story as written.',
  adminTopicNames: (names: string) => `Topics: ${names}`,

  adminApproveCareful: 'Approve…',
  adminRestoreCareful: 'Put back on the wall…',
  adminConfirmTitle: 'Before you publish a story about suicide or self-harm',
  adminGuideTitle: 'Publishing a story about suicide safely',
  adminGuideHope:
    'Stories like this can help readers when they include hope, coping, or reaching out for help.',
  adminGuideMethods:
    'Do not publish a story that describes a method or the means (how, with what, where). Edit it out first.',
  adminGuideNote: 'Add a content note, for example “Mentions suicide”.',
  adminGuideNoNote: 'This story has no content note yet.',
  adminGuideResources: 'When they shared it, the writer was shown the crisis lines.',
  adminConfirmPublish: 'Yes, publish',
  adminConfirmRestore: 'Yes, put it back',
  adminEditFirst: 'Edit first',

  adminEditApprove: 'Edit, then approve',
  adminEditRestore: 'Edit, then put back',
  adminEditPublished: 'Edit',
  adminEditLabel: 'Text to publish',
  adminEditHint:
    'Personal details are already replaced by placeholders such as [name] or [phone]. Remove anything else that could identify someone, such as places or dates.',
  adminOriginal: 'Original text, only staff see it (personal details marked)',
  adminEditEmpty: 'The text cannot be empty.',
  adminEditInvalid: 'The text cannot be empty and can have at most 5,000 characters.',
  adminContentNoteLabel: 'Content note (optional)',
  adminContentNoteHint:
    'Readers see it first; the story stays folded until they choose to read it. At most 80 characters.',
  adminTopicsLegend: 'Topics (up to 5)',
  adminTopicsTooMany: 'Choose at most 5 topics.',
  adminDetailsRefused: (details: string) =>
    `The text still holds personal details: ${details}. Take them out, or publish with these details kept.`,
  adminDetailFound: (kind: string, text: string) => `${kind} (“${text}”)`,
  adminKeepDetails: 'Publish with these details kept',
  adminSaveApprove: 'Save and approve',
  adminSaveRestore: 'Save and put back',
  adminSaveChanges: 'Save changes',
  adminEditedApproved: 'Edited story approved. It is on the wall now.',
  adminEditedSaved: 'Changes saved. The wall shows them now.',
  adminKeptDetailsDone: 'Story published with its details as written.',

  adminKeep: 'Keep on the wall',
  adminKept: 'Story kept on the wall. Its reports are closed.',
  adminHide: 'Hide from the wall',
  adminHideReason: 'Reason for hiding (only staff see it)',
  adminHideConfirm: 'Hide story',
  adminHiddenDone: 'Story hidden from the wall.',
  adminRestore: 'Put back on the wall',
  adminRestored: 'Story is back on the wall.',
  adminRemove: 'Reject for good',

  adminBulkHint:
    'Tick stories to approve them together. Stories with personal details or a crisis risk are reviewed one at a time.',
  adminSelectStory: (position: number) => `Approve story ${number.format(position)} together`,
  adminApproveSelected: (value: number) => `Approve selected (${number.format(value)})`,
  adminSelectNone: 'Tick at least one story first.',
  adminBulkDone: (approved: number, handled: number) =>
    `${count(approved, 'story', 'stories')} approved.${
      handled ? ` ${count(handled, 'was', 'were')} already handled by someone else.` : ''
    }`,
  adminBulkResults: 'Results of approving together',
  adminBulkApproved: (excerpt: string) => `“${excerpt}”: approved`,
  adminBulkHandled: (excerpt: string) => `“${excerpt}”: already handled`,

  adminQueueTitle: 'Stories to review',
  adminQueueLoading: 'Loading stories to review…',
  adminQueueEmpty: 'No stories are waiting for review.',
  adminQueueError: "We couldn't load the stories to review.",
  adminQueueCount: (value: number) => `${count(value, 'story', 'stories')} to review.`,
  adminStoryHeading: (position: number, total: number) => `Story ${position} of ${total}`,
  adminCrisis: (tier: CrisisTier): string =>
    tier === 'high'
      ? 'Crisis risk: high. Read this first.'
      : tier === 'medium'
        ? 'Crisis risk: medium.'
        : tier === 'low'
          ? 'Crisis risk: low.'
          : '',
  adminStatusHidden: 'Hidden from the wall',
  adminFlags: 'Flags',
  adminDetails: {
    name: 'a name',
    address: 'a street address',
    email: 'an e-mail address',
    phone: 'a phone number',
    url: 'a web address',
    handle: 'a social media handle',
  } satisfies Record<DetailKind, string>,
  adminPersonalDetails: (kinds: string) => `Personal details: ${kinds} (masked below)`,
  adminLinks: (value: number) => count(value, 'link', 'links'),
  adminRepeat: 'Sent before',
  adminSpam: 'Looks like spam',
  adminReports: (value: number) => `Reported ${count(value, 'time', 'times')}`,
  adminContentNote: (note: string) => `Content note: ${note}`,
  adminApprove: 'Approve',
  adminReject: 'Reject',
  adminRejectReason: 'Reason for rejecting (only staff see it)',
  adminRejectConfirm: 'Reject story',
  adminReasonNeeded: 'Please give a reason.',
  adminApproved: 'Story approved. It is on the wall now.',
  adminRejected: 'Story rejected.',
  adminStoriesView: 'Stories',
  adminAlreadyHandled: 'Someone already handled this story; the list has been refreshed.',
};

export type AdminStoriesCatalogue = typeof enAdminStories;
