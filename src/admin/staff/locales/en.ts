/** The staff console's English words for the staff section, for owners (keys start with `admin`). */
import type { StaffRole } from '../../../api/contract/staff.js';

export const enAdminStaff = {
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
};

export type AdminStaffCatalogue = typeof enAdminStaff;
