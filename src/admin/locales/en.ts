/**
 * The staff console's English words. Keys start with `admin` so they never collide with a
 * widget's. Only the console's bundle carries them.
 */
import type { CrisisTier, DetailKind, StaffSignupStatus } from '../../api/admin-types.js';
import { formatNumber, pluralOf } from '../../i18n/format.js';

const number = { format: (value: number) => formatNumber(value, 'en') };
const plural = { select: (count: number) => pluralOf(count, 'en') };
const count = (value: number, one: string, other: string) =>
  `${number.format(value)} ${plural.select(value) === 'one' ? one : other}`;

/** A wait in words: "45 seconds", "2 minutes". */
const wait = (seconds: number) =>
  seconds < 60
    ? count(seconds, 'second', 'seconds')
    : count(Math.ceil(seconds / 60), 'minute', 'minutes');

export const enAdmin = {
  adminTitle: 'Staff console',
  adminChecking: 'Checking your session…',
  adminSignInTitle: 'Sign in',
  adminEmail: 'E-mail',
  adminPassword: 'Password',
  adminTotp: 'Code from your authenticator app',
  adminTotpHint: 'Six digits, for example 123456.',
  adminSignIn: 'Sign in',
  adminSigningIn: 'Signing in…',
  adminRequired: 'Please fill in this field.',
  adminTotpNeeded: 'Enter the 6-digit code from your authenticator app.',
  adminWrongCredentials: 'That e-mail, password or code is not right. Please try again.',
  adminLocked: (seconds?: number) =>
    seconds
      ? `Too many attempts. Please wait ${wait(seconds)} and try again.`
      : 'Too many attempts. Please wait a little and try again.',
  adminNetwork: "We couldn't reach the server. Check your connection and try again.",
  adminServer: 'Something went wrong on the server. Please try again.',
  adminSessionEnded: 'Your session ended. Please sign in again.',
  adminSignedOut: 'You are signed out.',
  adminRetry: 'Try again',

  adminChangeTitle: 'Choose a new password',
  adminChangeIntro: 'You signed in with a one-time password. Choose your own before you go on.',
  adminCurrentPassword: 'Current password',
  adminNewPassword: 'New password',
  adminNewPasswordHint: 'At least 12 characters.',
  adminNewPasswordShort: 'The new password needs at least 12 characters.',
  adminChangePassword: 'Save new password',
  adminSaving: 'Saving…',

  adminSignedInAs: (email: string) => `Signed in as ${email}`,
  adminSignOut: 'Sign out',

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
  adminDetail: (kind: DetailKind): string =>
    ({
      name: 'a name',
      address: 'a street address',
      email: 'an e-mail address',
      phone: 'a phone number',
      url: 'a web address',
      handle: 'a social media handle',
    })[kind],
  adminPersonalDetails: (kinds: string) => `Personal details: ${kinds} (masked below)`,
  adminLinks: (value: number) => count(value, 'link', 'links'),
  adminRepeat: 'Sent before',
  adminSpam: 'Looks like spam',
  adminReports: (value: number) => `Reported ${count(value, 'time', 'times')}`,
  adminContentNote: (note: string) => `Content note: ${note}`,
  adminTopics: (topics: string) => `Topics: ${topics}`,
  adminMaskedText: 'Text, with personal details masked',
  adminApprove: 'Approve',
  adminReject: 'Reject',
  adminRejectReason: 'Reason for rejecting (only staff see it)',
  adminRejectConfirm: 'Reject story',
  adminCancel: 'Cancel',
  adminReasonNeeded: 'Please give a reason.',
  adminApproved: 'Story approved. It is on the wall now.',
  adminRejected: 'Story rejected.',
  adminActionFailed: "That didn't work. Please try again.",
  adminViews: 'Sections',
  adminStoriesView: 'Stories',
  adminSignupsView: 'Sign-ups',
  adminSignupsTitle: 'Sign-ups by group',
  adminSignupsLoading: 'Loading sign-ups…',
  adminSignupsEmpty: 'No sign-ups yet.',
  adminSignupsError: "We couldn't load the sign-ups.",
  adminSignupCount: (value: number) => count(value, 'request', 'requests'),
  adminSignupStatus: (status: StaffSignupStatus): string =>
    ({
      received: 'Received',
      contacted: 'Contacted',
      screening_scheduled: 'Screening scheduled',
      accepted: 'Accepted',
      enrolled: 'Enrolled',
      waitlisted: 'Waitlisted',
      referred: 'Referred elsewhere',
      declined: 'Declined',
      withdrawn: 'Withdrawn',
    })[status],
  adminSignupReceived: (date: string) => `Received ${date}`,
  adminStatusLabel: 'Status',
  adminChangeStatus: 'Change status',
  adminStatusChanged: (name: string, status: string) => `${name}: status changed to ${status}.`,
  adminNoSeat: 'There is no free seat in this group for that status.',
  adminAlreadyHandled: 'Someone already handled this story; the list has been refreshed.',
  // The server words its problems in English, more precisely than a code can: '' keeps them.
  adminFieldProblem: (_code: string): string => '',
};

export type AdminCatalogue = typeof enAdmin;
