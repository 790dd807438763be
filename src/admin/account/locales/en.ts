/**
 * The staff console's English words for its account, staff and activity-log views (keys start
 * with `admin`).
 */
import type { StaffRole } from '../../../api/admin-types.js';
import { formatNumber, pluralOf } from '../../../i18n/format.js';

const number = { format: (value: number) => formatNumber(value, 'en') };
const plural = { select: (count: number) => pluralOf(count, 'en') };
const count = (value: number, one: string, other: string) =>
  `${number.format(value)} ${plural.select(value) === 'one' ? one : other}`;

/** What each audit action means, in words; unknown actions fall back to their code. */
const AUDIT_ACTIONS: Record<string, string> = {
  login: 'Signed in',
  login_failed: 'Sign-in failed',
  logout: 'Signed out',
  password_changed: 'Changed their password',
  totp_setup_started: 'Started setting up two-step sign-in',
  totp_enabled: 'Turned on two-step sign-in',
  totp_disabled: 'Turned off two-step sign-in',
  token_created: 'Created an access token',
  token_revoked: 'Revoked an access token',
  staff_created: 'Added a staff account',
  staff_disable: 'Disabled a staff account',
  staff_enable: 'Enabled a staff account',
  staff_reset_password: 'Reset a staff password',
  story_approve: 'Approved a story',
  story_reject: 'Rejected a story',
  story_hide: 'Hid a story',
  story_edit: 'Edited a story',
  signups_viewed: 'Looked at the sign-ups',
  signups_exported: 'Exported the sign-ups',
  signup_viewed: 'Opened a sign-up',
  signup_status: 'Changed the status of a sign-up',
  signup_promoted: 'Offered a seat from the waitlist',
  signup_note: 'Added a note to a sign-up',
  signup_deleted: 'Deleted a sign-up',
  group_created: 'Created a group',
  group_updated: 'Edited a group',
  group_archived: 'Archived a group',
  group_restored: 'Restored a group',
  practice_updated: 'Changed the practice settings',
};

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

  // Staff (owners)
  adminStaffView: 'Staff',
  adminStaffTitle: 'Staff accounts',
  adminStaffOwnersOnly:
    'Only owners of the practice can see and manage staff accounts. Ask an owner if something needs to change.',
  adminStaffLoading: 'Loading staff accounts…',
  adminStaffError: "We couldn't load the staff accounts.",
  adminStaffEmpty: 'There are no staff accounts yet.',
  adminStaffAddTitle: 'Add a staff member',
  adminStaffEmail: 'Their e-mail address',
  adminStaffEmailInvalid: 'Enter an e-mail address, for example name@practice.org.',
  adminStaffExists: 'There is already an account for this address.',
  adminStaffRole: 'Role',
  adminStaffRoleHint:
    'Owners can also manage staff accounts, change practice settings and read the activity log.',
  adminStaffRoleName: (role: StaffRole): string => (role === 'owner' ? 'Owner' : 'Staff'),
  adminStaffAdd: 'Add staff member',
  adminStaffAdding: 'Adding…',
  adminStaffYou: (email: string) => `${email} (you)`,
  adminStaffTotp: (on: boolean): string => (on ? 'Two-step sign-in on' : 'Two-step sign-in off'),
  adminStaffState: (disabled: boolean): string => (disabled ? 'Disabled' : 'Active'),
  adminStaffMustChange: 'Has not chosen a password yet',
  adminStaffSelfNote:
    'You cannot disable your own account or reset your own password here: ask another owner.',
  adminStaffDisable: 'Disable',
  adminStaffEnable: 'Enable',
  adminStaffReset: 'Reset password',
  adminStaffDisableConfirm: (email: string) =>
    `Disable ${email}? They are signed out at once and their tokens stop working. You can enable the account again later.`,
  adminStaffDisableButton: 'Disable account',
  adminStaffResetConfirm: (email: string) =>
    `Reset the password of ${email}? They are signed out, their two-step sign-in is turned off, and they get a new one-time password from you.`,
  adminStaffResetButton: 'Reset password',
  adminStaffDisabled: (email: string) => `${email} is disabled.`,
  adminStaffEnabled: (email: string) => `${email} is enabled.`,
  adminStaffNotSelf: 'An owner cannot disable or reset their own account. Ask another owner.',
  adminStaffChanged: 'This account changed in the meantime. The list has been refreshed.',
  adminOneTimeTitle: (email: string) => `One-time password for ${email}`,
  adminOneTimeCreated: (email: string) => `Account created for ${email}.`,
  adminOneTimeReset: (email: string) => `The password of ${email} has been reset.`,
  adminOneTimeNote:
    'Give it to them in person or by phone, not in an e-mail. They choose their own password when they first sign in. It will not be shown again.',
  adminOneTimeLabel: 'One-time password',
  adminOneTimeDone: 'I have passed it on',
  adminOneTimeSaid: 'A one-time password is shown once below the heading.',

  // Activity log (owners)
  adminAuditView: 'Activity log',
  adminAuditTitle: 'Activity log',
  adminAuditIntro:
    'Who did what, and when, newest first. It records actions, never the contents of stories or sign-ups.',
  adminAuditOwnersOnly: 'Only owners of the practice can read the activity log.',
  adminAuditLoading: 'Loading the activity log…',
  adminAuditError: "We couldn't load the activity log.",
  adminAuditEmpty: 'Nothing has been recorded yet.',
  adminAuditWhen: 'When',
  adminAuditWho: 'Who',
  adminAuditWhat: 'What',
  adminAuditMore: 'Show older entries',
  adminAuditLoadingMore: 'Loading…',
  adminAuditMoreError: "We couldn't load older entries. Please try again.",
  adminAuditLoaded: (value: number) => `${count(value, 'older entry', 'older entries')} shown.`,
  adminAuditAction: (action: string) => AUDIT_ACTIONS[action] ?? action.replace(/_/g, ' '),
  adminAuditActor: (email: string | null, via: string) =>
    via === 'cli'
      ? 'Command line on the server'
      : via === 'system'
        ? 'Hearth (automatic)'
        : `${email ?? 'Unknown person'}${via === 'token' ? ' (with an access token)' : ''}`,
};

export type AdminAccountCatalogue = typeof enAdminAccount;
