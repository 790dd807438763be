/** The staff console's English words for the activity log, for owners (keys start with `admin`). */
import { counting } from '../../kit/counting.js';

const { count } = counting('en');

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

export const enAdminAudit = {
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

export type AdminAuditCatalogue = typeof enAdminAudit;
