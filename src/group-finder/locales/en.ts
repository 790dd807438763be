/**
 * The group finder's English words, spread onto the shared ones (`src/i18n/en.ts`) in `../texts.ts`:
 * only pages that show the finder download them.
 */
import { formatNumber, pluralOf } from '../../i18n/format.js';

const number = { format: (value: number) => formatNumber(value, 'en') };
const plural = { select: (count: number) => pluralOf(count, 'en') };

const en_groupCount = (count: number) =>
  `${number.format(count)} ${plural.select(count) === 'one' ? 'group' : 'groups'}`;

export const enFinder = {
  loading: 'Loading groups…',
  groupsLabel: 'Therapy groups',
  groupCount: (count: number) => (count === 0 ? 'No groups' : en_groupCount(count)),
  emptyTitle: 'There are no groups listed right now.',
  emptyBody:
    'New groups start throughout the year. The practice is glad to talk about what might help in the meantime.',
  errorTitle: "We couldn't load the groups.",
  viewDetails: 'View details',
  formatInPerson: (place: string | undefined) => (place ? `In person at ${place}` : 'In person'),
  formatOnline: 'Online',
  formatHybrid: (place: string | undefined) =>
    place ? `In person at ${place}, or online` : 'In person or online',
  /** `day` is the weekday's name from `Intl` (“Tuesday”), `time` a formatted time range. */
  scheduleWeekly: (day: string, time: string) => `${day}s, ${time}`,
  scheduleBiweekly: (day: string, time: string) => `Every other ${day}, ${time}`,
  scheduleMonthly: (day: string, time: string) => `One ${day} a month, ${time}`,
  yourTime: (schedule: string) => `Your time: ${schedule}`,
  nextSession: (date: string) => `Next session: ${date}`,
  ongoing: 'Ongoing: join any time',
  cohort: (count: number | undefined, unit: 'weeks' | 'sessions', start: string | undefined) => {
    const length =
      count === undefined
        ? 'A fixed group'
        : `${number.format(count)} ${unit === 'weeks' ? (count === 1 ? 'week' : 'weeks') : count === 1 ? 'session' : 'sessions'}`;
    return start ? `${length}, starts ${start}` : length;
  },
  feePerSession: (amount: string) => `${amount} per session`,
  feePerSeries: (amount: string) => `${amount} for the series`,
  feeFree: 'Free',
  feeByArrangement: 'Fee by arrangement',
  slidingScale: 'Sliding scale available',
  insurance: (list: string) => `Insurance accepted: ${list}`,
  screeningRequired: 'Starts with a short screening call',
  kinds: {
    process: 'Process group: talking things through together',
    skills: 'Skills group: learning practical tools',
    psychoeducational: 'Learning group: understanding what you are going through',
    support: 'Support group: people in the same situation',
  },
  facilitators: (names: string) => `With ${names}`,
  accessibility: (note: string) => `Access: ${note}`,
  search: 'Search groups',
  filterGroups: (active: number) =>
    active ? `Filter groups (${number.format(active)} chosen)` : 'Filter groups',
  formatLegend: 'Format',
  formats: { in_person: 'In person', online: 'Online', hybrid: 'In person or online' },
  dayLegend: 'Day',
  timeLegend: 'Time of day',
  times: {
    morning: 'Morning (before noon)',
    afternoon: 'Afternoon (noon to 5 pm)',
    evening: 'Evening (from 5 pm)',
  },
  clearFilters: 'Clear all filters',
  resultCount: (shown: number, total: number) =>
    `${number.format(shown)} of ${en_groupCount(total)}`,
  noResultsTitle: 'No groups match these filters.',
  noResultsBody: 'Try fewer filters, or clear them to see every group.',
  loadingMore: 'Loading more groups…',
  moreFailed: 'Some groups could not be loaded. The ones shown are still here.',
  showMore: (count: number) => `Show ${number.format(count)} more`,
  upcoming: (zone: string) => `Upcoming sessions (${zone})`,
  requestSpot: 'Request a spot',
  joinWaitlist: 'Join the waitlist',
  closedNote:
    'This group is full and not taking names for a waitlist. The practice can suggest another group or tell you when it opens again.',
  signupContact: 'To request a spot, contact the practice.',
};
