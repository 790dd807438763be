import { formatNumber, pluralOf } from './format.js';

/**
 * The English catalogue: the default, always bundled, and the type every other catalogue must
 * match. A message is a string, or a function when it takes values (plurals use
 * `Intl.PluralRules`, so each language states its own plural forms).
 *
 * Formatters are made on first use (and kept, in format.ts), never when the module loads: the
 * first one loads the locale's data, which must not hold up the page while the bundle starts.
 */
const number = { format: (value: number) => formatNumber(value, 'en') };
const plural = { select: (count: number) => pluralOf(count, 'en') };

const en_groupCount = (count: number) =>
  `${number.format(count)} ${plural.select(count) === 'one' ? 'group' : 'groups'}`;

export const en = {
  notConfigured: "This section isn't available right now.",
  loading: 'Loading groups…',
  groupsLabel: 'Therapy groups',
  groupCount: (count: number) => (count === 0 ? 'No groups' : en_groupCount(count)),

  emptyTitle: 'There are no groups listed right now.',
  emptyBody:
    'New groups start throughout the year. The practice is glad to talk about what might help in the meantime.',
  contactLead: 'You can reach the practice directly:',
  phone: 'Phone',
  email: 'Email',

  errorTitle: "We couldn't load the groups.",
  errorNetwork: 'Please check your internet connection, then try again.',
  errorServer: 'The practice’s booking system is having trouble. Please try again in a moment.',
  errorRateLimited: 'There have been a lot of requests. Please wait a moment, then try again.',
  errorGeneric: 'Something went wrong on our side. Please try again.',
  tryAgain: 'Try again',

  viewDetails: 'View details',
  topics: 'Topics',
  ages: (min: number | undefined, max: number | undefined) =>
    min !== undefined && max !== undefined
      ? `Ages ${min}–${max}`
      : min !== undefined
        ? `Ages ${min} and over`
        : `Ages up to ${max}`,

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

  statusOpen: 'Open',
  statusFewSeats: (seats: number) =>
    `${number.format(seats)} ${plural.select(seats) === 'one' ? 'spot' : 'spots'} left`,
  statusWaitlist: 'Waitlist open',
  statusClosed: 'Full',

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
  showMore: (count: number) => `Show ${number.format(count)} more`,

  close: 'Close',
  upcoming: (zone: string) => `Upcoming sessions (${zone})`,
  requestSpot: 'Request a spot',
  joinWaitlist: 'Join the waitlist',
  closedNote:
    'This group is full and not taking names for a waitlist. The practice can suggest another group or tell you when it opens again.',
  signupContact: 'To request a spot, contact the practice.',
};

export type Catalogue = typeof en;
export type MessageKey = keyof Catalogue;
export type MessageArgs<K extends MessageKey> = Catalogue[K] extends (...args: infer A) => string
  ? A
  : [];
