import type { Fee, Group, Schedule } from '../api/index.js';
import { en, type Catalogue } from './en.js';

/*
 * Formatting through `Intl` only. The server computes recurrences and next dates; here instants
 * are only put into words for a locale and a time zone.
 */

let browserTimeZone: string | undefined;

/** The browser's IANA time zone (asked once: it costs a formatter each time). */
export function visitorTimeZone(): string {
  return (browserTimeZone ??= new Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/*
 * Making an `Intl` formatter costs far more than using one (the first one of a kind loads locale
 * data): each is made once per locale and options, and reused.
 */
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat;
const formatters = new Map<string, Formatter>();

function cached<T extends Formatter>(
  make: new (locale: string, options: object) => T,
  locale: string,
  options: object,
): T {
  const key = `${make.name}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = new make(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(Intl.DateTimeFormat, locale, options);

/*
 * The formatters the functions below use, each made once per locale and options; exported for
 * widgets that make them ahead of time (the group finder, before its first cards).
 */

/** "6:00 – 7:30 PM PDT": a time range on a zone's clock, with the zone's short name or without. */
export const timeFormat = (locale: string, timeZone: string, withZoneName: boolean) =>
  dateTimeFormat(locale, {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    ...(withZoneName ? { timeZoneName: 'short' } : {}),
  });

export const weekdayFormat = (locale: string, timeZone: string) =>
  dateTimeFormat(locale, { timeZone, weekday: 'long' });

export const dateFormat = (locale: string, timeZone: string) =>
  dateTimeFormat(locale, { timeZone, weekday: 'long', month: 'long', day: 'numeric' });

export const calendarDateFormat = (locale: string) =>
  dateTimeFormat(locale, { timeZone: 'UTC', month: 'long', day: 'numeric' });

export const moneyFormat = (locale: string, currency: string, whole: boolean) =>
  cached(Intl.NumberFormat, locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
  });

export const listFormat = (locale: string) =>
  cached(Intl.ListFormat, locale, { style: 'long', type: 'conjunction' });

function formatSlot(
  start: Date,
  durationMinutes: number,
  locale: string,
  timeZone: string,
  frequency: Schedule['frequency'],
  messages: Catalogue,
  withZoneName: boolean,
): string {
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  const time = timeFormat(locale, timeZone, withZoneName).formatRange(start, end);
  const day = weekdayFormat(locale, timeZone).format(start);
  if (frequency === 'biweekly') return messages.scheduleBiweekly(day, time);
  if (frequency === 'monthly') return messages.scheduleMonthly(day, time);
  return messages.scheduleWeekly(day, time);
}

export interface ScheduleText {
  /** In the schedule's own (the practice's) time zone, with the zone's short name. */
  text: string;
  /** In the visitor's time zone, only when its clock differs from the practice's. */
  visitorText?: string;
}

/**
 * "Tuesdays, 6:00 – 7:30 PM PDT" / "Los martes, 18:00–19:30 GMT-7". `at` is one real session
 * (the server's `nextSessions[0]`), so both zones' offsets are the ones on the day it happens.
 * Without one (a cohort that has ended) only the practice's wall-clock time is given: dates are
 * the server's to compute, never the widget's.
 */
export function formatSchedule(
  schedule: Schedule,
  locale: string,
  visitorZone: string = visitorTimeZone(),
  messages: Catalogue = en,
  at?: string | Date,
): ScheduleText {
  const slot = (start: Date, zone: string, withZoneName: boolean) =>
    formatSlot(
      start,
      schedule.durationMinutes,
      locale,
      zone,
      schedule.frequency,
      messages,
      withZoneName,
    );
  if (!at) {
    // 2023-01-01 was a Sunday: that week's day `weekday` at the start time, read as UTC.
    const [hours = 0, minutes = 0] = schedule.startTime.split(':').map(Number);
    return {
      text: slot(new Date(Date.UTC(2023, 0, 1 + schedule.weekday, hours, minutes)), 'UTC', false),
    };
  }
  const start = new Date(at);
  const text = slot(start, schedule.timeZone, true);
  const sameClock =
    visitorZone === schedule.timeZone ||
    slot(start, visitorZone, false) === slot(start, schedule.timeZone, false);
  return sameClock ? { text } : { text, visitorText: slot(start, visitorZone, true) };
}

/** "Tuesday, March 4" for an instant, on the calendar of `timeZone`. */
export function formatDate(instant: string | Date, locale: string, timeZone: string): string {
  return dateFormat(locale, timeZone).format(new Date(instant));
}

/** "Tuesday" for a weekday number (0 = Sunday), in a locale's words. */
export function formatWeekday(day: number, locale: string): string {
  // 2023-01-01 was a Sunday.
  return weekdayFormat(locale, 'UTC').format(new Date(Date.UTC(2023, 0, 1 + day)));
}

/** "Pacific Time" / "hora del Pacífico": a time zone's name, as people say it. */
export function formatZoneName(timeZone: string, locale: string): string {
  const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts();
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** "March 4" for a calendar date (`YYYY-MM-DD`), which has no time zone of its own. */
export function formatCalendarDate(date: string, locale: string): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return calendarDateFormat(locale).format(new Date(Date.UTC(year, month - 1, day)));
}

/* Numbers and plurals are asked for on every render: a plain map per locale, no key to build. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

/** The plural category of a count in a locale (`one`, `other`, …), for catalogues' messages. */
export function pluralOf(count: number, locale: string): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}

export function formatMoney(amount: number, currency: string, locale: string): string {
  return moneyFormat(locale, currency, Number.isInteger(amount)).format(amount);
}

export function formatList(items: readonly string[], locale: string): string {
  return listFormat(locale).format(items);
}

/** The fee in words: amount and unit, sliding scale, insurance, as separate phrases. */
export function formatFee(fee: Fee, locale: string, messages: Catalogue = en): string[] {
  const phrases: string[] = [];
  if (fee.amount === undefined) phrases.push(messages.feeByArrangement);
  else if (fee.amount === 0) phrases.push(messages.feeFree);
  else {
    const amount = formatMoney(fee.amount, fee.currency, locale);
    phrases.push(
      fee.per === 'series' ? messages.feePerSeries(amount) : messages.feePerSession(amount),
    );
  }
  if (fee.slidingScale) phrases.push(messages.slidingScale);
  if (fee.insurance.length > 0) phrases.push(messages.insurance(formatList(fee.insurance, locale)));
  return phrases;
}

/** "3 spots left", "Waitlist open", "Full", "Open": seats in words, never colour alone. */
export function formatStatus(group: Group, messages: Catalogue = en): string {
  switch (group.status) {
    case 'few_seats':
      return messages.statusFewSeats(group.seatsLeft);
    case 'waitlist':
      return messages.statusWaitlist;
    case 'closed':
      return messages.statusClosed;
    default:
      return messages.statusOpen;
  }
}
