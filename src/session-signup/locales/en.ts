/**
 * The sign-up form's English words, added to the shared words in `texts.ts`. Keys start with
 * `signup` so they never collide with another widget's.
 */
import type { SignupField, SignupFieldError } from '../../api/rules/signup.js';
import { formatNumber } from '../../i18n/format.js';

const number = (value: number) => formatNumber(value, 'en');

export const enSignup = {
  signupLoading: 'Loading the form…',
  signupPickLegend: 'Which group would you like to join?',
  signupNotSure: 'Not sure — help me choose',
  signupNoGroups: 'No group is taking requests right now.',
  signupHelpTitle: 'The practice can help you choose',
  signupHelpBody:
    'Tell them a little about what you are looking for, and they will suggest a group that fits.',
  signupTitle: (group: string) => `Request a spot: ${group}`,
  signupWaitlistTitle: (group: string) => `Join the waitlist: ${group}`,
  signupIntro:
    'This takes a minute and commits you to nothing. The practice will get in touch to talk it through.',

  signupName: 'Your name',
  signupNameHint: 'A first name or the name you go by is fine.',
  signupEmail: 'Email',
  signupPhone: 'Phone (optional)',
  signupPhoneNeeded: 'Phone (needed for calls and texts)',
  signupMethod: 'How should the practice contact you?',
  signupMethods: { email: 'Email', phone: 'Phone call', text: 'Text message' },
  signupLeaveMessage: 'It is OK to leave a message',
  signupBestTimes: 'Best times to reach you (optional)',
  signupMessage: 'Anything you would like the practice to know? (optional)',
  signupMessageNote:
    'Please keep it short, and leave out crisis details: this message is not read right away.',
  signupCount: (used: number, limit: number) => `${number(used)} of ${number(limit)} characters`,
  signupAge: (ages: string) => `I confirm I am in this group's age range (${ages.toLowerCase()})`,
  signupConsentContact: (practice: string) =>
    `I agree that ${practice} may contact me about this group`,
  signupConsentPrivacy: 'I have read and accept the privacy policy',
  signupPrivacyLink: 'Privacy policy (opens in a new tab)',
  signupWebsite: 'Leave this empty',
  signupSend: 'Send request',
  signupSending: 'Sending…',

  signupCrisis: 'This form is not monitored around the clock. If you need help now:',
  signupCall: (number: string) => `Call ${number}`,
  signupText: (number: string) => `Text ${number}`,
  signupCrisisFallback: 'Find a free, confidential helpline in your country',

  /** "call or text 988", from the practice's first crisis line. */
  signupReach: (phone?: string, sms?: string): string =>
    phone && sms
      ? phone === sms
        ? `call or text ${phone}`
        : `call ${phone} or text ${sms}`
      : phone
        ? `call ${phone}`
        : `text ${sms}`,
  /** Beside the message while it speaks of suicide or self-harm now (crisis tier medium, high). */
  signupHelpNow: (reach?: string) =>
    `If you are thinking about suicide or might act on it, please don’t wait for us: ${reach ?? 'contact one of these services'} now.`,
  /** Beside the message while it speaks of a loss or a past crisis (tier low). */
  signupHelpGentle:
    'If any of this feels heavy right now, you don’t have to wait for us. You can talk to someone any time, for free:',
  signupHelpStill:
    'You can still send your request. The practice will read your message, but not straight away.',

  signupSummary: (count: number) =>
    count === 1 ? 'Please check 1 thing' : `Please check ${number(count)} things`,
  signupError: (field: SignupField, code: SignupFieldError | 'unknown'): string => {
    if (code === 'too_long') return 'This is longer than we can take. Please shorten it.';
    if (code === 'consent') {
      return field === 'consent.privacy'
        ? 'Please accept the privacy policy to send your request.'
        : 'Please agree to be contacted, so the practice can reply.';
    }
    if (code === 'required') {
      return field === 'name'
        ? 'Please tell us what to call you.'
        : field === 'email'
          ? 'Please enter your email address.'
          : 'Please choose how the practice should contact you.';
    }
    if (code === 'email') return 'Please enter an email address like name@example.com.';
    if (code === 'phone_required') return 'Please add a phone number for calls or texts.';
    if (code === 'phone') return 'Please check the phone number: it should have 7 to 15 digits.';
    if (code === 'age') return 'Please confirm the age range, or ask the practice about it.';
    return 'Please check this answer.';
  },

  signupSentCrisis: (reach?: string) =>
    `Please don’t wait for us: if you might act on these thoughts, ${reach ?? 'contact one of these services'} now (or your local emergency number).`,
  signupSentCrisisBody: 'We have your request too and will contact you.',

  signupRequestedTitle: 'Your request has been sent',
  signupRequestedBody:
    'Thank you for reaching out. The practice will contact you the way you asked, to answer your questions and see whether the group is a good fit.',
  signupScreening: 'This group starts with a short screening call.',
  signupWaitlistedTitle: 'You are on the waitlist',
  signupPosition: (position: number) => `You are number ${number(position)} on the list.`,
  signupJustFilled: 'The group filled up just before your request arrived.',
  signupWaitlistedBody: 'The practice will contact you when a spot opens.',

  signupOfflineTitle: 'Your request has not been sent yet',
  signupOffline:
    'We could not reach the practice. Everything you typed is still here. Please check your connection and try again.',
  signupClosedTitle: 'This group is not taking requests right now',
  signupClosed: 'You can choose another group, or contact the practice directly.',
  signupOtherGroups: 'Choose another group',
  signupBusy: (wait: string) =>
    `There have been many requests from this connection. Please try again ${wait}.`,
  signupBusySoon: 'in a few minutes',
  signupServer:
    'The practice’s system is having trouble. Everything you typed is still here. Please try again in a moment.',
};
