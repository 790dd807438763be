/**
 * The story wall's English words for reading (added to the shared words by `../texts.ts`).
 * The share form's own words are in `share-form/locales/` and travel with its code. Keys start
 * with `story` so they never collide with another widget's.
 */
import type { ReportReason } from '../../api/contract/public.js';
import { formatNumber, pluralOf } from '../../i18n/format.js';

const plural = (count: number) => pluralOf(count, 'en');
const number = (value: number) => formatNumber(value, 'en');
const stories = (count: number) =>
  `${number(count)} ${plural(count) === 'one' ? 'story' : 'stories'}`;

export const enStory = {
  storyLoading: 'Loading stories…',
  storyFilterLegend: 'Show stories about',
  storyAllTopics: 'All topics',
  storyEmptyTitle: 'No stories have been shared here yet.',
  storyEmptyBody:
    'If you would like to, yours could be the first: it may help someone feel less alone.',
  storyNoneForTopic: (topic: string) => `No stories about ${topic.toLowerCase()} yet.`,
  storyShowAll: 'Show all stories',
  storyErrorTitle: "We couldn't load the stories.",
  storyFound: (count: number, more: boolean) =>
    count === 0
      ? 'No stories about this yet.'
      : `${more ? 'Showing ' : ''}${stories(count)}${more ? ', and more to load' : ''}.`,
  storyLoadMore: 'Load more stories',
  storyLoadingMore: 'Loading more…',
  storyArrived: (count: number) => (count === 0 ? 'No more stories.' : `${stories(count)} loaded.`),
  storyMoreFailed: "More stories couldn't be loaded. Please try again.",

  storyContentNote: (note: string) => `Content note: ${note}`,
  storyShow: 'Show story',
  storyHide: 'Hide story',
  storyMeToo: 'Me too',
  storyFelt: (count: number) =>
    count === 0
      ? 'Be the first to say you felt this too'
      : `${number(count)} ${plural(count) === 'one' ? 'person' : 'people'} felt this too`,
  storyMeTooFailed: "Your “me too” couldn't be saved. Please try again in a moment.",

  storyReport: 'Report',
  storyReportLegend: 'Why are you reporting this story?',
  storyReasons: {
    identifies_someone: 'It could identify someone',
    harmful: 'It could hurt someone who reads it',
    spam: 'It is an advertisement or spam',
    other: 'Something else',
  } satisfies Record<ReportReason, string>,
  storyReportNote: 'Anything the practice should know? (optional)',
  storyReportSend: 'Send report',
  storyReportCancel: 'Cancel',
  storyReportChoose: 'Please choose a reason.',
  storyReportThanks: 'Thank you. Someone at the practice will look at this story.',
  storyReportFailed: "Your report couldn't be sent. Please try again.",

  storyShare: 'Share your story',
  storyShareLoading: 'Opening the form…',
  storyShareFailed: 'The form to share your story could not be opened.',
  storySending: 'Sending…',

  storyCrisisTitle: 'If you need to talk to someone now',
  storyCall: (number: string) => `Call ${number}`,
  storyText: (number: string) => `Text ${number}`,
  storyCrisisFallback: 'Find a free, confidential helpline near you',
};
