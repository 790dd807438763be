/**
 * The share form's English words: loaded with the form's code (`../texts.ts`), so
 * visitors who only read never download them. Keys start with `story`, like the wall's.
 */
import type { StoryField, StoryFieldError } from '../../../api/rules/story.js';
import type { PersonalDetailKind } from '../../../api/rules/safety/index.js';
import { formatList, formatNumber } from '../../../i18n/format.js';

const number = (value: number) => formatNumber(value, 'en');
const list = (items: readonly string[]) => formatList(items, 'en');

export const enStoryShare = {
  storyShareIntro: 'Before you share:',
  storyShareRules: (practice: string) => [
    `Someone at ${practice} reads every story before it appears here.`,
    'Your story is published without your name.',
    'Details that could identify you or anyone else may be removed.',
  ],
  storyBody: 'Your story',
  storyBodyHint: 'Write in your own words. Leave out names, places and contact details.',
  storyCount: (used: number, limit: number) => `${number(used)} of ${number(limit)} characters`,
  storyRemaining: (left: number) =>
    left < 0 ? `${number(-left)} characters over the limit` : `${number(left)} characters left`,
  storyDetails: (kinds: PersonalDetailKind[]) =>
    `Your story seems to include ${list(kinds.map((kind) => enStoryShare.storyDetailKinds[kind]))}. Please take out anything that could identify you or someone else.`,
  storyDetailKinds: {
    name: 'a name',
    address: 'a street address',
    email: 'an e-mail address',
    phone: 'a phone number',
    url: 'a link',
    handle: 'an @handle',
  } satisfies Record<PersonalDetailKind, string>,
  storyCrisisNow:
    'It sounds like you may be carrying something very heavy right now. You don’t have to wait for your story to be read: you can talk to someone now.',
  storyTopicsLegend: 'Topics (optional, up to 5)',
  storyNote: 'Content note (optional)',
  storyNoteHint: 'For example “self-harm” or “loss of a child”. Readers see it before your story.',
  storyConsent: 'I agree that my story may be published here without my name, after review.',
  storyWebsite: 'Leave this empty',
  storySend: 'Send my story',
  storySummary: (count: number) =>
    count === 1 ? 'Please check 1 thing' : `Please check ${number(count)} things`,
  storyError: (field: StoryField, code: StoryFieldError | 'unknown', limit: number): string => {
    if (field === 'consent') return 'Please agree, so the practice may publish your story.';
    if (field === 'topics') {
      return code === 'too_many' ? 'Please choose at most 5 topics.' : 'Please choose again.';
    }
    if (field === 'contentWarning') return 'Please keep the content note short (80 characters).';
    if (code === 'required') return 'Please write your story.';
    if (code === 'too_short') return 'Please write a little more (at least 20 characters).';
    if (code === 'too_long') return `Please shorten your story to ${number(limit)} characters.`;
    return 'This contains characters we can’t take. Please check it.';
  },
  storyFailedTitle: 'Your story has not been sent yet',
  storyOffline:
    'We couldn’t reach the practice. Everything you wrote is still here: please try again.',
  storyBusy: (wait: string) => `A lot of stories are arriving. Please try again ${wait}.`,
  storyBusySoon: 'in a few minutes',
  storyTooLarge: 'Your story is longer than the practice can take. Please shorten it.',
  storyServer:
    'Something went wrong on the practice’s side. Everything you wrote is still here: please try again.',
  storySentTitle: 'Thank you for sharing',
  storySentBody: (practice: string) =>
    `Someone at ${practice} will read your story. If it is approved, it will appear here without your name. Nothing is published without a person reading it first.`,
  storySentCrisis:
    'You wrote about something painful. If you are thinking about suicide or hurting yourself, please reach out now. You deserve support, today:',
  storyShareAnother: 'Share another story',
};
