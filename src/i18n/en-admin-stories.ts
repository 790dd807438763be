/** The staff console's English words for its stories view (keys start with `admin`). */
import type { HighlightKind, ReportReasonCode } from '../api/admin-types.js';
import { formatNumber, pluralOf } from './format.js';

const number = { format: (value: number) => formatNumber(value, 'en') };
const plural = { select: (count: number) => pluralOf(count, 'en') };
const count = (value: number, one: string, other: string) =>
  `${number.format(value)} ${plural.select(value) === 'one' ? one : other}`;
/** A tab's name, with how many stories it holds once that is known ("Reported (2)"). */
const tab = (name: string, value?: number, more = false) =>
  value === undefined ? name : `${name} (${number.format(value)}${more ? '+' : ''})`;

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
  adminHighlight: (kind: HighlightKind): string =>
    ({
      email: '(e-mail address)',
      phone: '(phone number)',
      url: '(web address)',
      handle: '(social media handle)',
      name: '(a name)',
      address: '(street address)',
    })[kind],
  adminApproveMasked:
    'Approving publishes the text as shown here, with the personal details replaced.',

  adminEditApprove: 'Edit, then approve',
  adminEditRestore: 'Edit, then put back',
  adminEditLabel: 'Text to publish',
  adminEditHint:
    'E-mail addresses, phone numbers, links and handles are already replaced. Remove anything else that could identify someone, such as names or places.',
  adminOriginal: 'Original text, only staff see it (personal details highlighted)',
  adminEditEmpty: 'The text cannot be empty.',
  adminEditInvalid: 'The text cannot be empty and can have at most 5,000 characters.',
  adminSaveApprove: 'Save and approve',
  adminSaveRestore: 'Save and put back',
  adminEditedApproved: 'Edited story approved. It is on the wall now.',

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
};

export type AdminStoriesCatalogue = typeof enAdminStories;
