import type { Schedule } from '../../../src/api/contract/public.js';

// Session dates are computed on local calendar dates in the group's time zone, then each local
// wall time is converted to a UTC instant with Intl. That keeps "Tuesdays 18:00" at 18:00 local
// on both sides of a daylight-saving change, without a date library.

export interface NextSessionsOptions {
  now: Date;
  /** How many upcoming sessions to return. */
  count?: number;
  /** First session date (`YYYY-MM-DD`, local): cohorts start here; it also anchors biweekly weeks. */
  startsOn?: string;
  /** Cohorts: the series ends after this many sessions. */
  sessionCount?: number;
  /** A date fixing biweekly parity and the monthly nth weekday when there is no `startsOn`. */
  anchor?: string;
}

export const DEFAULT_SESSION_COUNT = 4;

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
// Before any group in any seed: a fixed anchor keeps biweekly weeks stable from day to day.
const STABLE_ANCHOR = '2024-01-01';
// A year of weekly sessions: a guard against schedules that never produce a date.
const MAX_STEPS = 600;

/** Upcoming session start instants (ISO 8601, UTC), oldest first. */
export function nextSessions(schedule: Schedule, options: NextSessionsOptions): string[] {
  const count = options.count ?? DEFAULT_SESSION_COUNT;
  const nowMs = options.now.getTime();
  const [hour, minute] = parseTime(schedule.startTime);
  const anchor = firstWeekdayOnOrAfter(
    toDayNumber(options.startsOn ?? options.anchor ?? STABLE_ANCHOR),
    schedule.weekday,
  );
  const isSeries = options.startsOn !== undefined && options.sessionCount !== undefined;
  const sessionDays = sessionDayGenerator(schedule, anchor, options.startsOn === undefined, nowMs);

  const result: string[] = [];
  for (let index = 0; index < MAX_STEPS && result.length < count; index++) {
    if (isSeries && index >= (options.sessionCount ?? 0)) break;
    const day = sessionDays(index);
    const start = zonedWallTimeToUtc(day, hour, minute, schedule.timeZone);
    if (start >= nowMs) result.push(new Date(start).toISOString());
  }
  return result;
}

/**
 * Returns the n-th session's local day number. For a series (with `startsOn`) index 0 is the
 * first session; for an open-ended group index 0 is shortly before today, which skips years of
 * past sessions without changing which weeks or weekdays are used.
 */
function sessionDayGenerator(
  schedule: Schedule,
  anchor: number,
  openEnded: boolean,
  nowMs: number,
): (index: number) => number {
  // A day before today in every zone, so no session of today is skipped.
  const earliest = Math.floor(nowMs / DAY_MS) - 1;
  if (schedule.frequency === 'monthly') {
    const { year, month } = fromDayNumber(anchor);
    const nth = Math.ceil(fromDayNumber(anchor).day / 7);
    let firstMonth = year * 12 + (month - 1);
    if (openEnded) {
      const today = fromDayNumber(earliest);
      firstMonth = Math.max(firstMonth, today.year * 12 + (today.month - 1) - 1);
    }
    return (index) => nthWeekdayOfMonth(firstMonth + index, schedule.weekday, nth);
  }
  const step = schedule.frequency === 'biweekly' ? 14 : 7;
  const skipped = openEnded ? Math.max(0, Math.floor((earliest - anchor) / step)) : 0;
  return (index) => anchor + (skipped + index) * step;
}

/** Day number of the nth weekday in a month (nth 5 means the last one when a month has four). */
function nthWeekdayOfMonth(monthIndex: number, weekday: number, nth: number): number {
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const first = firstWeekdayOnOrAfter(Date.UTC(year, month - 1, 1) / DAY_MS, weekday);
  const candidate = first + (nth - 1) * 7;
  return fromDayNumber(candidate).month === month ? candidate : candidate - 7;
}

/**
 * Converts a local wall time in `timeZone` to a UTC instant (ms). When the wall time happens
 * twice (autumn), the first one is used; when it does not exist (spring gap), the time moves
 * forward by the gap, as clocks do ("compatible" disambiguation, like Temporal's default).
 */
export function zonedWallTimeToUtc(
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): number {
  const wall = day * DAY_MS + (hour * 60 + minute) * MINUTE_MS;
  // Offsets a day either side: real zones never change twice within two days.
  const offsetBefore = zoneOffsetMs(wall - DAY_MS, timeZone);
  const offsetAfter = zoneOffsetMs(wall + DAY_MS, timeZone);
  const candidates = [wall - offsetBefore, wall - offsetAfter].filter(
    (instant) => instant + zoneOffsetMs(instant, timeZone) === wall,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  return wall - offsetBefore;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's UTC offset at an instant: local wall time (read as if UTC) minus the instant. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const local = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    (parts.hour ?? 0) % 24, // some engines say 24 at midnight
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return local - (instant - (instant % 1000));
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** True when `Intl` accepts `zone`: the check of what staff type in as a time zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Today's date (`YYYY-MM-DD`) in a time zone. */
export function localDate(now: Date, timeZone: string): string {
  const local = now.getTime() + zoneOffsetMs(now.getTime(), timeZone);
  return formatDayNumber(Math.floor(local / DAY_MS));
}

/** A local date plus whole days, `YYYY-MM-DD` in and out. */
export function addDays(date: string, days: number): string {
  return formatDayNumber(toDayNumber(date) + days);
}

function parseTime(time: string): [number, number] {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`Invalid start time "${time}": expected HH:MM.`);
  return [Number(match[1]), Number(match[2])];
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
function toDayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Invalid date "${date}": expected YYYY-MM-DD.`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

function fromDayNumber(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function formatDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function firstWeekdayOnOrAfter(day: number, weekday: number): number {
  const current = new Date(day * DAY_MS).getUTCDay();
  return day + ((weekday - current + 7) % 7);
}

/** Weekday (0 = Sunday) of a `YYYY-MM-DD` date. */
export function weekdayOf(date: string): number {
  return new Date(toDayNumber(date) * DAY_MS).getUTCDay();
}

/** The first date on or after `date` that falls on `weekday`. */
export function onOrAfterWeekday(date: string, weekday: number): string {
  return formatDayNumber(firstWeekdayOnOrAfter(toDayNumber(date), weekday));
}
