/*
 * Keeping a phone's main thread free while the finder starts: its work in short tasks. The first
 * `Intl` formatter made in a page loads the browser's locale data (time zones, calendars, number
 * symbols): 50–250 ms in one piece on a mid-range phone, which no splitting can shorten. Made
 * ahead, one formatter per task while the list downloads, that cost at least stays out of the
 * tasks that render, and overlaps the network wait.
 */

import type { Group } from '../api/index.js';
import { dateFormat, formatNumber, listFormat, pluralOf } from '../i18n/format.js';
import {
  calendarDateFormat,
  formatWeekday,
  moneyFormat,
  timeFormat,
  visitorTimeZone,
  weekdayFormat,
} from './format-groups.js';

/** A task that has run this long (ms) lets the page breathe before the next step of a long job. */
const SLICE = 4;

/** A new task, right away (`setTimeout` waits at least 4 ms once nested). */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });

/** Runs the steps in order, in a new task whenever the current one has run for `SLICE` ms. */
export async function runSliced(steps: readonly (() => unknown)[]): Promise<void> {
  let start = performance.now();
  for (const step of steps) {
    if (performance.now() - start > SLICE) {
      await nextTask();
      start = performance.now();
    }
    step();
  }
}

/**
 * The formatters a list of groups needs, each as a step that makes one (and formats once, which
 * loads what a formatter loads lazily). The first formatter of a kind in a page loads the locale's
 * data, tens of milliseconds on a slow phone: run one step per task, before rendering, and no
 * single task holds the page that long. Steps whose formatter already exists cost nothing.
 */
export function formatterSteps(
  locale: string,
  zones: Iterable<string>,
  currencies: Iterable<string>,
): (() => unknown)[] {
  const start = new Date();
  const end = new Date(start.getTime() + 3_600_000);
  const steps: (() => unknown)[] = [
    () => pluralOf(1, locale),
    () => formatNumber(1, locale),
    () => listFormat(locale).format(['a', 'b']),
    () => calendarDateFormat(locale).format(start),
    () => formatWeekday(0, locale),
  ];
  for (const currency of currencies) {
    steps.push(() => moneyFormat(locale, currency, true).format(1));
  }
  for (const zone of new Set(zones)) {
    steps.push(
      () => timeFormat(locale, zone, true).formatRange(start, end),
      () => timeFormat(locale, zone, false).formatRange(start, end),
      () => weekdayFormat(locale, zone).format(start),
      () => dateFormat(locale, zone).format(start),
    );
  }
  return steps;
}

/**
 * Makes the `Intl` formatters the first cards use before they render, one per task: the first
 * formatter of a kind is costly, and the render would otherwise pay for all of them at once.
 * Locale and zone (the visitor's) are read as the work starts, a task from now.
 */
export async function prepareFormatters(
  localize: { readonly locale: string },
  groups: readonly Group[],
  zone: () => string,
): Promise<void> {
  visitorTimeZone(); // the first formatter of a page: it may have loaded the locale data
  await nextTask();
  const zones = groups.map((group) => group.schedule.timeZone);
  zones.push(zone());
  const currencies = new Set(groups.map((group) => group.fee.currency));
  await runSliced(formatterSteps(localize.locale, zones, currencies));
}
