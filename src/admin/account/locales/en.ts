/** The staff console's English words for the account section (keys start with `admin`). */
import type { StaffRole } from '../../../api/contract/staff.js';
import { counting } from '../../kit/counting.js';

const { count } = counting('en');

export const enAdminAccount = {
  // Your account
  adminAccountView: 'Your account',
  adminAccountTitle: 'Your account',
  adminAccountWho: (email: string, role: StaffRole) =>
    `${email} · ${role === 'owner' ? 'Owner' : 'Staff'}`,
  adminSecretCopy: 'Copy',
  adminSecretCopied: 'Copied.',
  adminSecretCopyFailed: 'Copying did not work here. Select the text and copy it yourself.',

  adminPasswordTitle: 'Password',
  adminPasswordIntro: 'Changing it signs you out everywhere else.',
  adminPasswordSame: 'Choose a password different from the current one.',
  adminPasswordWrong: 'This is not your current password.',
  adminPasswordRejected:
    'Please choose another new password: at least 12 characters, different from the current one.',
  adminPasswordChanged:
    'Your password is changed. Any other browser signed in as you has been signed out.',

  adminTotpTitle: 'Two-step sign-in',
  adminTotpOff:
    'Off. With two-step sign-in, signing in also asks for a 6-digit code from an app on your phone, so a stolen password is not enough.',
  adminTotpOn: 'On. Signing in asks for a 6-digit code from your authenticator app.',
  adminTotpStart: 'Set up two-step sign-in',
  adminTotpStarting: 'Starting…',
  adminTotpSetupTitle: 'Set up your authenticator app',
  adminTotpStepApp:
    'Open an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or 2FAS) and choose to add an account by entering a key.',
  adminTotpStepKey: 'Type in this setup key. The spaces are only there to help you read it.',
  adminTotpKeyLabel: 'Setup key',
  adminTotpNoQr:
    'This console does not show a QR code: type the key into your app, or use the link below if the app is on this device.',
  adminTotpLink: 'Open in an authenticator app on this device',
  adminTotpStepCode: 'Then enter the 6-digit code the app shows, to check that it works.',
  adminTotpCode: '6-digit code',
  adminTotpCodeHint: 'Six digits, for example 123456.',
  adminTotpCodeFormat: 'Enter the 6 digits the app shows, for example 123456.',
  adminTotpCodeWrong:
    'This code is not right. Check that the time on your phone is correct, then try the newest code.',
  adminTotpConfirm: 'Turn on two-step sign-in',
  adminTotpSetupLost:
    'This set-up is no longer waiting for a code, perhaps because it was started again elsewhere. Please start again.',
  adminTotpAlreadyOn: 'Two-step sign-in is already on for your account.',
  adminTotpEnabled: 'Two-step sign-in is on. From now on, signing in asks for a code.',
  adminTotpTurnOff: 'Turn off two-step sign-in',
  adminTotpOffConfirm:
    'Without two-step sign-in, your password alone lets someone in. Enter your password to turn it off.',
  adminTotpOffButton: 'Turn it off',
  adminTotpDisabled: 'Two-step sign-in is off.',
  adminTotpSetupCancelled: 'Set-up cancelled. Two-step sign-in is still off.',

  adminTokensTitle: 'Access tokens for scripts',
  adminTokensIntro:
    'A token lets a script or spreadsheet tool use the staff API as you, without your password. It cannot change your password, two-step sign-in or tokens. Revoke a token you no longer use.',
  adminTokensLoading: 'Loading your tokens…',
  adminTokensError: "We couldn't load your tokens.",
  adminTokensEmpty: 'You have no tokens.',
  adminTokenName: 'Name of the new token',
  adminTokenNameHint: 'What it is for, for example “Monthly export”.',
  adminTokenCreate: 'Create token',
  adminTokenCreating: 'Creating…',
  adminTokenCreatedTitle: (name: string) => `Your new token “${name}”`,
  adminTokenCopyNow:
    'Copy it now and keep it somewhere safe: it will not be shown again. Anyone who has it can act as you.',
  adminTokenLabel: 'Token',
  adminTokenDone: 'I have copied it',
  adminTokenCreatedSaid: 'Token created. Copy it now: it will not be shown again.',
  adminTokenMeta: (created: string, lastUsed: string | null) =>
    `Created ${created} · ${lastUsed ? `last used ${lastUsed}` : 'never used'}`,
  adminTokenRevoke: 'Revoke',
  adminTokenRevokeConfirm: (name: string) =>
    `Revoke “${name}”? Scripts that use it stop working at once.`,
  adminTokenRevokeButton: 'Revoke token',
  adminTokenRevoked: (name: string) => `Token “${name}” revoked.`,
  adminTokenGone: 'This token was already revoked.',
  adminTokenCount: (value: number) => count(value, 'token', 'tokens'),
};

export type AdminAccountCatalogue = typeof enAdminAccount;
