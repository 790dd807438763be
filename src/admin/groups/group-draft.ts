import type { GroupInput, PracticeSettings, StaffGroup } from '../../api/contract/staff.js';
import type {
  Facilitator,
  Fee,
  Group,
  Location,
  Schedule,
  Screening,
  Weekday,
} from '../../api/contract/public.js';
import { GROUP_ID } from '../../api/contract/ids.js';
import { isTimeZone } from '../kit/form-fields.js';

/*
 * A group as staff type it (every value a string until it is checked) and the rules the staff
 * API applies to it: those of the OpenAPI `GroupInput` schema (server/src/groups/openapi.ts) and
 * the checks server/src/groups/staff-routes.ts adds. The server checks again; its `fields` land on
 * the same paths.
 */

/** Every value staff type stays a string until it is checked; choices keep the contract's types. */
export interface GroupDraft extends Pick<
  Group,
  | 'id'
  | 'name'
  | 'summary'
  | 'description'
  | 'topics'
  | 'audience'
  | 'language'
  | 'kind'
  | 'format'
  | 'enrollment'
> {
  ageMin: string;
  ageMax: string;
  location: Required<Location>;
  schedule: Pick<Schedule, 'frequency' | 'startTime' | 'timeZone'> & {
    weekday: string;
    durationMinutes: string;
  };
  startsOn: string;
  sessionCount: string;
  facilitators: Required<Facilitator>[];
  fee: Pick<Fee, 'currency' | 'per' | 'slidingScale'> & {
    amount: string;
    /** One plan per line. */
    insurance: string;
  };
  capacity: string;
  externalEnrolled: string;
  closed: boolean;
  screening: Required<Screening>;
}

export const GROUP_PROBLEMS = [
  'required',
  'whole',
  'amount',
  'id',
  'time',
  'timeZone',
  'ageOrder',
  'date',
  'currency',
] as const;
/** Why a value is not accepted; the console words each one. */
export type GroupProblem = (typeof GROUP_PROBLEMS)[number];

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE = /^\d+$/;
const AMOUNT = /^\d+(\.\d{1,2})?$/;
const CURRENCY = /^[A-Z]{3}$/;

const text = (value: string | undefined) => value ?? '';
const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

/** A web-address-friendly id from a name: "Grief & Loss" → "grief-loss". */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

export function draftOf({ group, externalEnrolled, closed }: StaffGroup): GroupDraft {
  const { id, name, summary, description, audience, language, kind, format, enrollment, fee } =
    group;
  return {
    id,
    name,
    summary,
    description,
    audience,
    language,
    kind,
    format,
    enrollment,
    topics: [...group.topics],
    ageMin: numberText(group.ageMin),
    ageMax: numberText(group.ageMax),
    location: {
      name: text(group.location?.name),
      address: text(group.location?.address),
      city: text(group.location?.city),
      accessibility: text(group.location?.accessibility),
    },
    schedule: {
      ...group.schedule,
      weekday: String(group.schedule.weekday),
      durationMinutes: String(group.schedule.durationMinutes),
    },
    startsOn: text(group.startsOn),
    sessionCount: numberText(group.sessionCount),
    facilitators: group.facilitators.map((person) => ({
      name: person.name,
      credentials: text(person.credentials),
    })),
    fee: { ...fee, amount: numberText(fee.amount), insurance: fee.insurance.join('\n') },
    capacity: String(group.capacity),
    externalEnrolled: String(externalEnrolled),
    closed,
    screening: { required: group.screening.required, note: text(group.screening.note) },
  };
}

/** A new group: the practice's time zone and language, weekly, 90 minutes, one facilitator. */
export function newDraft(practice: PracticeSettings | undefined): GroupDraft {
  return {
    id: '',
    name: '',
    summary: '',
    description: '',
    topics: [],
    audience: '',
    ageMin: '',
    ageMax: '',
    language: (practice?.locale ?? 'en').split('-')[0]!,
    kind: 'support',
    format: 'in_person',
    location: { name: '', address: '', city: '', accessibility: '' },
    schedule: {
      frequency: 'weekly',
      weekday: '2',
      startTime: '18:00',
      durationMinutes: '90',
      timeZone: practice?.timeZone ?? '',
    },
    enrollment: 'ongoing',
    startsOn: '',
    sessionCount: '',
    facilitators: [{ name: '', credentials: '' }],
    fee: { amount: '', currency: 'USD', per: 'session', slidingScale: false, insurance: '' },
    capacity: '8',
    externalEnrolled: '0',
    closed: false,
    screening: { required: false, note: '' },
  };
}

export type GroupCheck =
  { ok: true; input: GroupInput } | { ok: false; problems: Map<string, GroupProblem> };

/** Checks a draft with the API's rules; when it passes, the body to send. */
export function checkGroup(draft: GroupDraft): GroupCheck {
  const problems = new Map<string, GroupProblem>();
  const required = (path: string, value: string): string | undefined => {
    const trimmed = value.trim();
    if (!trimmed) problems.set(path, 'required');
    return trimmed || undefined;
  };
  const optional = (value: string): string | undefined => value.trim() || undefined;
  const whole = (path: string, value: string, min: number, needed: boolean) => {
    const trimmed = value.trim();
    if (!trimmed) {
      if (needed) problems.set(path, 'required');
      return undefined;
    }
    if (!WHOLE.test(trimmed) || Number(trimmed) < min) {
      problems.set(path, 'whole');
      return undefined;
    }
    return Number(trimmed);
  };

  const id = draft.id.trim();
  if (!id) problems.set('id', 'required');
  else if (!GROUP_ID.test(id)) problems.set('id', 'id');
  const name = required('name', draft.name);
  const summary = required('summary', draft.summary);
  const description = required('description', draft.description);
  const audience = required('audience', draft.audience);
  const language = required('language', draft.language);
  const ageMin = whole('ageMin', draft.ageMin, 0, false);
  const ageMax = whole('ageMax', draft.ageMax, 0, false);
  if (ageMin !== undefined && ageMax !== undefined && ageMin > ageMax) {
    problems.set('ageMax', 'ageOrder');
  }

  let location: Location | undefined;
  if (draft.format !== 'online') {
    const place = {
      name: required('location.name', draft.location.name),
      address: required('location.address', draft.location.address),
      city: required('location.city', draft.location.city),
      accessibility: optional(draft.location.accessibility),
    };
    if (place.name && place.address && place.city) {
      location = { name: place.name, address: place.address, city: place.city };
      if (place.accessibility) location.accessibility = place.accessibility;
    }
  }

  const startTime = draft.schedule.startTime.trim();
  if (!startTime) problems.set('schedule.startTime', 'required');
  else if (!TIME.test(startTime)) problems.set('schedule.startTime', 'time');
  const durationMinutes = whole(
    'schedule.durationMinutes',
    draft.schedule.durationMinutes,
    1,
    true,
  );
  const timeZone = draft.schedule.timeZone.trim();
  if (!timeZone) problems.set('schedule.timeZone', 'required');
  else if (!isTimeZone(timeZone)) problems.set('schedule.timeZone', 'timeZone');

  const cohort = draft.enrollment === 'cohort';
  // Only a cohort needs them and shows them; an ongoing group that has them keeps them.
  const startsOn = draft.startsOn.trim();
  if (cohort && !startsOn) problems.set('startsOn', 'required');
  else if (
    startsOn &&
    (!DATE.test(startsOn) || Number.isNaN(Date.parse(`${startsOn}T00:00:00Z`)))
  ) {
    problems.set('startsOn', 'date');
  }
  const sessionCount = whole('sessionCount', draft.sessionCount, 1, false);

  // A row left entirely empty is not a facilitator; a row with credentials only needs a name.
  const facilitators = draft.facilitators.flatMap((person, index) => {
    if (!person.name.trim() && !person.credentials.trim()) return [];
    const personName = required(`facilitators.${index}.name`, person.name);
    const credentials = optional(person.credentials);
    return personName ? [{ name: personName, ...(credentials && { credentials }) }] : [];
  });

  const amountText = draft.fee.amount.trim();
  if (amountText && !AMOUNT.test(amountText)) problems.set('fee.amount', 'amount');
  const currency = draft.fee.currency.trim().toUpperCase();
  if (!CURRENCY.test(currency)) problems.set('fee.currency', 'currency');
  const insurance = draft.fee.insurance
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

  const capacity = whole('capacity', draft.capacity, 0, true);
  const externalEnrolled = whole('externalEnrolled', draft.externalEnrolled, 0, false) ?? 0;
  const note = optional(draft.screening.note);

  if (problems.size > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      id,
      name: name!,
      summary: summary!,
      description: description!,
      topics: [...new Set(draft.topics)],
      audience: audience!,
      ...(ageMin !== undefined && { ageMin }),
      ...(ageMax !== undefined && { ageMax }),
      language: language!,
      kind: draft.kind,
      format: draft.format,
      ...(location && { location }),
      schedule: {
        frequency: draft.schedule.frequency,
        weekday: Number(draft.schedule.weekday) as Weekday,
        startTime,
        durationMinutes: durationMinutes!,
        timeZone,
      },
      enrollment: draft.enrollment,
      ...(startsOn && { startsOn }),
      ...(sessionCount !== undefined && { sessionCount }),
      facilitators,
      fee: {
        ...(amountText && { amount: Number(amountText) }),
        currency,
        per: draft.fee.per,
        slidingScale: draft.fee.slidingScale,
        insurance,
      },
      capacity: capacity!,
      externalEnrolled,
      closed: draft.closed,
      screening: { required: draft.screening.required, ...(note && { note }) },
    },
  };
}

/** Seats against the sign-ups already holding one, for the capacity being typed. */
export interface SeatCount {
  capacity: number;
  taken: number;
  free: number;
  /** People beyond the capacity: more than 0 when it is below the seats taken. */
  over: number;
}

export function seatsFor(draft: GroupDraft, saved: StaffGroup | undefined): SeatCount | undefined {
  const capacity = draft.capacity.trim();
  const external = draft.externalEnrolled.trim() || '0';
  if (!WHOLE.test(capacity) || !WHOLE.test(external)) return undefined;
  const taken = (saved?.seats.held ?? 0) + Number(external);
  return {
    capacity: Number(capacity),
    taken,
    free: Math.max(0, Number(capacity) - taken),
    over: Math.max(0, taken - Number(capacity)),
  };
}

/** The paths of the form's controls, in the order they appear. */
export function groupFieldPaths(draft: GroupDraft): string[] {
  return [
    'name',
    'id',
    'summary',
    'description',
    'kind',
    'topics',
    'language',
    'audience',
    'ageMin',
    'ageMax',
    'format',
    ...(draft.format === 'online'
      ? []
      : ['location.name', 'location.address', 'location.city', 'location.accessibility']),
    'schedule.frequency',
    'schedule.weekday',
    'schedule.startTime',
    'schedule.durationMinutes',
    'schedule.timeZone',
    'enrollment',
    ...(draft.enrollment === 'cohort' ? ['startsOn', 'sessionCount'] : []),
    ...draft.facilitators.flatMap((_, index) => [
      `facilitators.${index}.name`,
      `facilitators.${index}.credentials`,
    ]),
    'fee.amount',
    'fee.currency',
    'fee.per',
    'fee.slidingScale',
    'fee.insurance',
    'capacity',
    'externalEnrolled',
    'closed',
    'screening.required',
    'screening.note',
  ];
}
