import type { Fee, Schedule } from '../api/index.js';
import { finderTexts, type FinderCatalogue } from './texts.js';
import { cached, dateTimeFormat, formatList } from '../i18n/format.js';

/*
 * A group's schedule, fee and dates in words: only the group finder uses these, so they travel in
 * its chunk, not in the core every page loads. Instants come from the server (recurrences and
 * next dates are its to compute); here they are only put into words for a locale and a zone.
 */

let browserTimeZone: string | undefined;

/** The browser's IANA time zone (asked once: it costs a formatter each time). */
export function visitorTimeZone(): string {
  return (browserTimeZone ??= new Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/*
 * The formatters the functions below use, each made once per locale and options; exported for
 * the finder, which makes them ahead of time, before its first cards.
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

export const calendarDateFormat = (locale: string) =>
  dateTimeFormat(locale, { timeZone: 'UTC', month: 'long', day: 'numeric' });

export const moneyFormat = (locale: string, currency: string, whole: boolean) =>
  cached(Intl.NumberFormat, locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
  });

function formatSlot(
  start: Date,
  durationMinutes: number,
  locale: string,
  timeZone: string,
  frequency: Schedule['frequency'],
  messages: FinderCatalogue,
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
  messages: FinderCatalogue = finderTexts.en,
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

export function formatMoney(amount: number, currency: string, locale: string): string {
  return moneyFormat(locale, currency, Number.isInteger(amount)).format(amount);
}

/** The fee in words: amount and unit, sliding scale, insurance, as separate phrases. */
export function formatFee(
  fee: Fee,
  locale: string,
  messages: FinderCatalogue = finderTexts.en,
): string[] {
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
