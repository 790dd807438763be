import type { Group } from '../api/index.js';
import { en, type Catalogue } from './en.js';

/*
 * Formatting through `Intl` only. The server computes recurrences and next dates; here instants
 * are only put into words for a locale and a time zone.
 */

/*
 * Making an `Intl` formatter costs far more than using one (the first one of a kind loads locale
 * data): each is made once per locale and options, and reused.
 */
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat;
const formatters = new Map<string, Formatter>();

export function cached<T extends Formatter>(
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

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(Intl.DateTimeFormat, locale, options);

export const dateFormat = (locale: string, timeZone: string) =>
  dateTimeFormat(locale, { timeZone, weekday: 'long', month: 'long', day: 'numeric' });

export const listFormat = (locale: string) =>
  cached(Intl.ListFormat, locale, { style: 'long', type: 'conjunction' });

/** "Tuesday, March 4" for an instant, on the calendar of `timeZone`. */
export function formatDate(instant: string | Date, locale: string, timeZone: string): string {
  return dateFormat(locale, timeZone).format(new Date(instant));
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

export function formatList(items: readonly string[], locale: string): string {
  return listFormat(locale).format(items);
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
