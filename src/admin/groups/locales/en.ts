/** The staff console's English words for its groups view (keys start with `admin`). */
import type { GroupProblem } from '../group-draft.js';
import type {
  Enrollment,
  Frequency,
  GroupFormat,
  GroupKind,
  GroupStatus,
} from '../../../api/types.js';
import { formatNumber, pluralOf } from '../../../i18n/format.js';

const number = { format: (value: number) => formatNumber(value, 'en') };
const plural = { select: (count: number) => pluralOf(count, 'en') };
const count = (value: number, one: string, other: string) =>
  `${number.format(value)} ${plural.select(value) === 'one' ? one : other}`;

export const enAdminGroups = {
  adminGroupsView: 'Groups',
  adminGroupsTitle: 'Groups',
  adminGroupsLoading: 'Loading the groups…',
  adminGroupsError: "We couldn't load the groups.",
  adminGroupsEmpty: 'There are no groups yet. Create the first one.',
  adminGroupsActive: 'Groups visitors see',
  adminGroupsArchived: 'Archived groups',
  adminGroupsArchivedIntro: 'Visitors do not see these groups. Their sign-ups are kept.',
  adminGroupsNoneActive: 'No group is shown to visitors right now.',
  adminGroupNew: 'New group',
  adminGroupEdit: 'Edit',
  adminGroupArchive: 'Archive',
  adminGroupRestore: 'Restore',
  adminGroupArchivedMark: 'Archived: hidden from visitors',
  adminGroupArchiveQuestion: (name: string) => `Archive “${name}”?`,
  adminGroupArchiveExplain:
    'Visitors will no longer see this group or be able to ask for a spot. Its sign-ups are kept, and you can restore it at any time.',
  adminGroupArchiveConfirm: 'Yes, archive it',
  adminGroupArchived: (name: string) => `“${name}” is archived. Visitors no longer see it.`,
  adminGroupRestored: (name: string) => `“${name}” is restored. Visitors can see it again.`,
  adminGroupSaved: (name: string) => `Saved the changes to “${name}”.`,
  adminGroupCreated: (name: string) => `Created “${name}”. Visitors can see it now.`,
  adminGroupGone: 'This group no longer exists. Someone may have removed it; the list is reloaded.',
  adminGroupStatus: (status: GroupStatus): string =>
    ({
      open: 'Open for requests',
      few_seats: 'Open, few seats left',
      waitlist: 'Full: new requests join the waitlist',
      closed: 'Not taking requests',
    })[status],
  adminGroupSeats: (capacity: number, taken: number, free: number) =>
    `${count(capacity, 'seat', 'seats')} · ${number.format(taken)} taken · ${number.format(free)} free`,
  adminGroupOver: (capacity: number, taken: number, over: number) =>
    `The capacity (${number.format(capacity)}) is below the ${count(taken, 'seat', 'seats')} already taken: ${count(over, 'person is', 'people are')} over. Nobody loses their seat, but new requests will join the waitlist.`,
  adminGroupSeatsNote:
    'Seats taken count the sign-ups that hold a seat (received to enrolled) and the people enrolled outside Hearth.',

  adminGroupFormNew: 'New group',
  adminGroupFormEdit: (name: string) => `Edit “${name}”`,
  adminGroupAbout: 'About the group',
  adminGroupWho: 'Who it is for',
  adminGroupWhere: 'Where it meets',
  adminGroupWhen: 'When it meets',
  adminGroupPeople: 'Facilitators',
  adminGroupCost: 'Fee',
  adminGroupSeatsTitle: 'Seats and requests',
  adminGroupId: 'Short name for links',
  adminGroupIdHint:
    'Letters, numbers and dashes, e.g. grief-circle. It appears in web addresses and cannot change later.',
  adminGroupName: 'Name',
  adminGroupSummary: 'Summary',
  adminGroupSummaryHint: 'One sentence shown on the group’s card.',
  adminGroupDescription: 'Description',
  adminGroupTopics: 'Topics',
  adminGroupTopicsHint: 'Visitors filter groups by these topics.',
  adminGroupNoTopics: 'The practice has no topics yet. Add them in Practice settings.',
  adminGroupAudience: 'Who the group is for',
  adminGroupAudienceHint: 'In plain words, e.g. “Adults grieving the loss of a loved one”.',
  adminGroupAgeMin: 'Youngest age',
  adminGroupAgeMax: 'Oldest age',
  adminGroupAgeHint: 'Leave empty for no limit. With an age range, visitors confirm their age.',
  adminGroupLanguage: 'Language of the sessions',
  adminGroupLanguageHint: 'A language code, e.g. en for English, es for Spanish.',
  adminGroupKind: 'Kind of group',
  adminGroupKindName: (kind: GroupKind): string =>
    ({
      process: 'Process group',
      skills: 'Skills group',
      psychoeducational: 'Psychoeducational group',
      support: 'Support group',
    })[kind],
  adminGroupFormat: 'Format',
  adminGroupFormatName: (format: GroupFormat): string =>
    ({ in_person: 'In person', online: 'Online', hybrid: 'In person and online' })[format],
  adminGroupPlace: 'Name of the place',
  adminGroupAddress: 'Street address',
  adminGroupCity: 'City',
  adminGroupAccessibility: 'Accessibility',
  adminGroupAccessibilityHint: 'E.g. step-free entrance, lift, accessible restroom.',
  adminGroupFrequency: 'How often',
  adminGroupFrequencyName: (frequency: Frequency): string =>
    ({ weekly: 'Every week', biweekly: 'Every other week', monthly: 'Once a month' })[frequency],
  adminGroupWeekday: 'Day of the week',
  adminGroupStartTime: 'Start time',
  adminGroupStartTimeHint: 'In the group’s time zone.',
  adminGroupDuration: 'Length of a session, in minutes',
  adminGroupTimeZone: 'Time zone',
  adminGroupTimeZoneHint: 'Where the group meets, e.g. America/Chicago.',
  adminGroupEnrollment: 'Joining',
  adminGroupEnrollmentName: (enrollment: Enrollment): string =>
    ({
      ongoing: 'Ongoing: people can join at any time',
      cohort: 'Cohort: everyone starts together on a date',
    })[enrollment],
  adminGroupStartsOn: 'First session',
  adminGroupSessionCount: 'Number of sessions',
  adminGroupFacilitator: (position: number) => `Facilitator ${position}`,
  adminGroupFacilitatorName: 'Name',
  adminGroupFacilitatorCredentials: 'Credentials',
  adminGroupFacilitatorCredentialsHint: 'E.g. LCSW, PhD.',
  adminGroupFacilitatorAdd: 'Add a facilitator',
  adminGroupFacilitatorRemove: (position: number) => `Remove facilitator ${position}`,
  adminGroupFacilitatorRemoved: (position: number) => `Facilitator ${position} removed.`,
  adminGroupNoFacilitators: 'No facilitator is listed.',
  adminGroupAmount: 'Amount',
  adminGroupAmountHint: 'Leave empty when the group is free or the fee is by arrangement.',
  adminGroupCurrency: 'Currency',
  adminGroupCurrencyHint: 'Three letters, e.g. USD.',
  adminGroupPer: 'The amount is',
  adminGroupPerName: (per: 'session' | 'series'): string =>
    ({ session: 'per session', series: 'for the whole series' })[per],
  adminGroupSliding: 'Sliding scale available',
  adminGroupInsurance: 'Insurance accepted',
  adminGroupInsuranceHint: 'One plan per line.',
  adminGroupCapacity: 'Capacity (seats)',
  adminGroupExternal: 'People enrolled outside Hearth',
  adminGroupExternalHint: 'E.g. by phone or from an earlier cycle. They take seats.',
  adminGroupClosed: 'Not taking requests for now',
  adminGroupClosedHint: 'The group stays visible and says it is not taking requests.',
  adminGroupScreening: 'A screening call comes first',
  adminGroupScreeningNote: 'About the screening call',
  adminGroupScreeningNoteHint: 'Shown to visitors after they ask for a spot.',
  adminGroupSave: 'Save changes',
  adminGroupCreate: 'Create group',
  adminGroupSaveFailed: "We couldn't save the group. What you typed is still here: try again.",
  adminGroupForbidden: 'Your account may not change groups.',
  adminGroupIdTaken: 'Another group already uses this short name. Choose another.',
  adminGroupProblem: (problem: GroupProblem): string =>
    ({
      required: 'Please fill in this field.',
      whole: 'Enter a whole number.',
      amount: 'Enter an amount like 40 or 12.50.',
      id: 'Use only letters, numbers and dashes (at most 64).',
      time: 'Enter a time like 18:30.',
      timeZone: 'Enter a time zone like America/Chicago.',
      ageOrder: 'The oldest age must not be below the youngest.',
      date: 'Enter a date.',
      currency: 'Enter three capital letters, like USD.',
    })[problem],
  adminOptional: (label: string) => `${label} (optional)`,
  adminProblemsTitle: (value: number) =>
    `${count(value, 'thing needs', 'things need')} your attention`,
};

export type AdminGroupsCatalogue = typeof enAdminGroups;
