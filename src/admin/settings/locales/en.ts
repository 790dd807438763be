/** The staff console's English words for its practice settings view (keys start with `admin`). */
import type { SettingsProblem, VisitorText } from '../settings-draft.js';
import { counting } from '../../kit/counting.js';

const { number } = counting('en');

export const enAdminSettings = {
  adminSettingsView: 'Practice settings',
  adminSettingsTitle: 'Practice settings',
  adminSettingsLoading: 'Loading the practice settings…',
  adminSettingsError: "We couldn't load the practice settings.",
  adminSettingsOwnersOnly:
    'Only an owner of the practice can change these settings. Ask an owner if something here needs to change.',
  adminSettingsPractice: 'The practice',
  adminSettingsName: 'Name of the practice',
  adminSettingsPhone: 'Phone',
  adminSettingsEmail: 'E-mail',
  adminSettingsAddress: 'Address',
  adminSettingsPrivacy: 'Privacy policy (web address)',
  adminSettingsPrivacyHint: 'Visitors see this link before they ask for a spot.',
  adminSettingsPlaceAndLanguage: 'Time and language',
  adminSettingsTimeZone: 'Time zone',
  adminSettingsTimeZoneHint: 'Where the practice is, e.g. America/Chicago.',
  adminSettingsLocale: 'Language of the practice’s texts',
  adminSettingsLocaleHint: 'A language code, e.g. en-US or es.',
  adminSettingsTopics: 'Topics',
  adminSettingsTopicsHint:
    'Visitors filter groups and stories by these. A topic a group or story still uses cannot be removed.',
  adminSettingsTopic: (position: number) => `Topic ${position}`,
  adminSettingsTopicId: (id: string) => `Used in links as “${id}”.`,
  adminSettingsTopicAdd: 'Add a topic',
  adminSettingsTopicRemove: (position: number) => `Remove topic ${position}`,
  adminSettingsTopicRemoved: (label: string) =>
    `Topic “${label}” removed. Save to keep the change.`,
  adminSettingsResources: 'Crisis resources',
  adminSettingsResourcesHint:
    'Shown to visitors whose words suggest they may be in crisis, and beside the forms.',
  adminSettingsResource: (position: number) => `Crisis line ${position}`,
  adminSettingsResourceName: 'Name',
  adminSettingsResourceDescription: 'What it offers',
  adminSettingsResourcePhone: 'Phone number',
  adminSettingsResourceSms: 'Text number',
  adminSettingsResourceUrl: 'Web address',
  adminSettingsResourceAdd: 'Add a crisis line',
  adminSettingsResourceRemove: (position: number) => `Remove crisis line ${position}`,
  adminSettingsResourceRemoved: (position: number) =>
    `Crisis line ${position} removed. Save to keep the change.`,
  adminSettingsTexts: 'Texts visitors read',
  adminSettingsTextsHint: 'Leave a text empty to show Hearth’s own words instead.',
  adminSettingsTextNames: {
    signupNext: 'After a request for a spot',
    waitlistNext: 'After joining a waitlist',
    screeningNote: 'About the screening call',
    storyReview: 'Introduction to sharing a story',
    emergency: 'In an emergency',
  } satisfies Record<VisitorText, string>,
  adminSettingsTextHints: {
    signupNext: 'What happens next, shown when someone has asked for a spot.',
    waitlistNext: 'Shown when a group is full and someone joined its waitlist.',
    screeningNote: 'Shown when a group starts with a screening call.',
    storyReview: 'Shown on the story wall above the form to share a story.',
    emergency: 'Shown with the crisis resources, e.g. “call 911”.',
  } satisfies Record<VisitorText, string>,
  adminSettingsTextOther: (key: string) => `Text “${key}”`,
  adminSettingsStories: 'Stories',
  adminSettingsStoryLength: 'Longest story, in characters',
  adminSettingsStoryLengthHint: (min: number, max: number, standard: number) =>
    `From ${number.format(min)} to ${number.format(max)}. Empty means ${number.format(standard)}.`,
  adminSettingsSave: 'Save settings',
  adminSettingsSaved: 'Practice settings saved. Visitors see the changes now.',
  adminSettingsSaveFailed:
    "We couldn't save the settings. What you typed is still here: try again.",
  adminSettingsProblems: {
    required: 'Please fill in this field.',
    email: 'Enter an e-mail address like name@example.org.',
    url: 'Enter a full web address, starting with https://.',
    timeZone: 'Enter a time zone like America/Chicago.',
    storyLength: 'Enter a whole number in the range above.',
    topicName: 'Use some letters or numbers in the name.',
    topicTaken: 'Another topic already has this name.',
  } satisfies Record<SettingsProblem, string>,
};

export type AdminSettingsCatalogue = typeof enAdminSettings;
