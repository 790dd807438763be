/**
 * The staff console's English words: the shell's (sign-in, navigation) and those its sections
 * share. Keys start with `admin` so they never collide with a widget's, but for the failures the
 * kit names, which the console words its own way. Only the console's bundle carries them.
 */
import { counting } from '../kit/counting.js';

const { count } = counting('en');

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
  // The failures the kit's `errorWords` names (src/internal/state-messages.ts), said to staff:
  // these replace the shared words, which speak to visitors.
  errorNetwork: "We couldn't reach the server. Check your connection and try again.",
  errorServer: 'Something went wrong on the server. Please try again.',
  errorGeneric: "That didn't work. Please try again.",
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

  adminCancel: 'Cancel',
  adminViews: 'Sections',
  // The server words its problems in English, more precisely than a code can: '' keeps them.
  adminFieldProblem: (_code: string): string => '',
};

export type AdminCatalogue = typeof enAdmin;
