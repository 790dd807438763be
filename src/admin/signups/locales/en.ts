/** The staff console's English words for its signups view (keys start with `admin`). */
import type { StaffSignup, StaffSignupStatus } from '../../../api/contract/staff.js';
import { counting } from '../../kit/counting.js';

const { count } = counting('en');

export const enAdminSignups = {
  adminSignupsFilters: 'Which requests to show',
  adminSignupsGroupFilter: 'Group',
  adminSignupsAllGroups: 'All groups',
  adminSignupsArchivedGroup: (name: string) => `${name} (archived)`,
  adminSignupsStatusFilter: 'Status',
  adminSignupsAllStatuses: 'All statuses',
  adminSignupsApply: 'Show',
  adminSignupsShown: (value: number) => `${count(value, 'request', 'requests')} shown.`,
  adminSignupsNoMatch: 'No requests match these choices.',
  adminSignupsShowAll: 'Show all requests',
  adminSignupsExport: 'Download all as CSV',
  adminSignupsExportAll:
    'The file holds every request. Keep it confidential and delete it when you are done.',
  adminSignupsExportSome: (which: string) =>
    `The file holds the requests shown (${which}). Keep it confidential and delete it when you are done.`,
  adminSignupsReadFirstTitle: 'Read first',
  adminSignupsReadFirstHint:
    'These messages speak of suicide or self-harm, and no one has been in touch yet. Please reach these people before the others.',
  adminSignupReadFirst: 'Read first',
  adminSignupRisk: (tier: StaffSignup['crisis']): string =>
    tier === 'high' ? 'Crisis risk: high' : tier === 'medium' ? 'Crisis risk: medium' : '',
  adminSignupSeatsLeft: (value: number) =>
    value > 0 ? `${count(value, 'seat', 'seats')} free` : 'No seats free',
  adminSignupWaitlistPosition: (position: number) => `number ${position} on the waitlist`,
  adminSignupKeptUntil: (date: string) => `Kept until ${date}`,
  adminSignupKeptWhileEnrolled: 'Kept while enrolled',
  adminSignupMore: 'Details, history and notes',
  adminSignupAbout: (name: string) => `What ${name} sent`,
  adminSignupEmail: 'E-mail',
  adminSignupPhone: 'Phone',
  adminSignupContactBy: 'Preferred contact',
  adminSignupContactMethods: {
    email: 'E-mail',
    phone: 'Phone call',
    text: 'Text message',
  } satisfies Record<StaffSignup['contactMethod'], string>,
  adminSignupLeaveMessage: 'OK to leave a message',
  adminSignupBestTimes: 'Best times to reach them',
  adminSignupMessage: 'Their message',
  adminSignupAge: 'Age range confirmed',
  adminSignupYesNo: (value: boolean | null): string =>
    value === null ? 'Not asked' : value ? 'Yes' : 'No',
  adminSignupNotGiven: 'Not given',
  adminSignupReceivedOn: 'Received',
  adminSignupConsent: 'Consent',
  adminSignupConsentGiven: (date: string, version: string) =>
    `Agreed to be contacted and to the privacy policy (version ${version}) on ${date}`,
  adminSignupRetention: 'Deleted automatically',
  adminSignupRetainUntil: (date: string) => `On ${date}`,
  adminSignupRetainEnrolled: 'Not while the person is enrolled',
  adminSignupHistory: 'History',
  adminSignupHistorySent: 'Request sent through the website.',
  adminSignupHistoryNote: 'Note',
  adminSignupHistoryBy: (who: string) => `by ${who}`,
  adminSignupHistoryFormerStaff: 'a former staff member',
  adminSignupHistorySystem: 'the system',
  adminSignupNoteLabel: 'Add a note (only staff see it)',
  adminSignupNoteAdd: 'Add note',
  adminSignupNoteNeeded: 'Please write the note first.',
  adminSignupNoteAdded: (name: string) => `Note added to ${name}'s request.`,
  adminSignupPromote: 'Promote from the waitlist',
  adminSignupPromoted: (name: string) =>
    `${name} has the free seat now: their request is Received again. Let them know.`,
  adminSignupNoSeatFree: (group: string) =>
    `No seat is free in ${group} yet. When someone declines or withdraws, or the group gets more seats, try again.`,
  adminSignupDelete: "Delete this person's data",
  adminSignupDeleteQuestion: (name: string) =>
    `Delete everything ${name} sent, with its history and notes? This cannot be undone. Do this when the person asks for their data to be deleted.`,
  adminSignupDeleteConfirm: (name: string) => `Delete ${name}'s data for good`,
  adminSignupDeleted: (name: string) => `${name}'s data was deleted.`,
  adminSignupGone: 'This request is no longer there: someone may have deleted it.',

  adminSignupsView: 'Sign-ups',
  adminSignupsTitle: 'Sign-ups by group',
  adminSignupsLoading: 'Loading sign-ups…',
  adminSignupsEmpty: 'No sign-ups yet.',
  adminSignupsError: "We couldn't load the sign-ups.",
  adminSignupCount: (value: number) => count(value, 'request', 'requests'),
  adminSignupStatuses: {
    received: 'Received',
    contacted: 'Contacted',
    screening_scheduled: 'Screening scheduled',
    accepted: 'Accepted',
    enrolled: 'Enrolled',
    waitlisted: 'Waitlisted',
    referred: 'Referred elsewhere',
    declined: 'Declined',
    withdrawn: 'Withdrawn',
  } satisfies Record<StaffSignupStatus, string>,
  adminSignupReceived: (date: string) => `Received ${date}`,
  adminStatusLabel: 'Status',
  adminChangeStatus: 'Change status',
  adminStatusChanged: (name: string, status: string) => `${name}: status changed to ${status}.`,
  adminNoSeat: 'There is no free seat in this group for that status.',
};

export type AdminSignupsCatalogue = typeof enAdminSignups;
