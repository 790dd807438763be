/*
 * Keeping a phone's main thread free while the finder starts. The first `Intl` formatter made in
 * a page loads the browser's locale data (time zones, calendars, number symbols): 50–250 ms in
 * one piece on a mid-range phone, which no amount of splitting our own work can shorten. Made
 * first in a worker, the data is loaded on another thread (it is shared by the whole page), and
 * the formatters the cards need then cost the main thread a few milliseconds each.
 */

import {
  calendarDateFormat,
  dateFormat,
  formatNumber,
  formatWeekday,
  listFormat,
  moneyFormat,
  pluralOf,
  timeFormat,
  weekdayFormat,
} from '../i18n/format.js';

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

/*
 * The worker's whole code: fixed text, never built from data (the locale arrives as a message).
 * It makes one formatter of each kind the cards use, in the visitor's own time zone and in UTC,
 * says so, and is ended.
 */
const WORKER = `onmessage = ({ data }) => {
  const start = new Date(), end = new Date(+start + 36e5);
  for (const make of [
    () => new Intl.DateTimeFormat().resolvedOptions(),
    () => new Intl.PluralRules(data).select(1),
    () => new Intl.NumberFormat(data).format(1),
    () => new Intl.NumberFormat(data, { style: 'currency', currency: 'USD' }).format(1),
    () => new Intl.ListFormat(data).format(['a', 'b']),
    () => new Intl.DateTimeFormat(data, { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).formatRange(start, end),
    () => new Intl.DateTimeFormat(data, { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric' }).format(start),
  ]) try { make(); } catch {}
  postMessage(0);
};`;

/** A worker that has not answered by then is ended (it cannot have started, or is stuck). */
const WORKER_LIFETIME = 5000;
/**
 * How long the first cards wait for the worker once their data is there: the main thread then
 * makes the formatters itself (waiting for the worker inside the browser for whatever is still
 * loading), so a slow worker never costs more than this.
 */
const PATIENCE = 200;

/**
 * Starts loading the locale data in a worker; `ready()` resolves when it is loaded, at once where
 * workers are not available (or a page's Content Security Policy does not allow them: everything
 * then still works, only the first render is one longer task), or after `PATIENCE` at most.
 */
export function loadLocaleDataOffThread(locale: string): { ready: () => Promise<void> } {
  const loading = inWorkerOnce(locale);
  return {
    ready: () =>
      Promise.race([loading, new Promise<void>((resolve) => setTimeout(resolve, PATIENCE))]),
  };
}

function inWorkerOnce(locale: string): Promise<void> {
  const language = locale.split(/[-_]/)[0]?.toLowerCase() || 'en';
  let loading = loaded.get(language);
  if (!loading) loaded.set(language, (loading = inWorker(language)));
  return loading;
}

/** Each language's data is loaded once per page, however many finders there are. */
const loaded = new Map<string, Promise<void>>();

function inWorker(locale: string): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker | undefined;
    let url = '';
    const done = () => {
      clearTimeout(timer);
      worker?.terminate();
      URL.revokeObjectURL(url);
      resolve();
    };
    const timer = setTimeout(done, WORKER_LIFETIME);
    try {
      url = URL.createObjectURL(new Blob([WORKER], { type: 'text/javascript' }));
      worker = new Worker(url);
      worker.onmessage = done;
      worker.onerror = done;
      worker.postMessage(locale);
    } catch {
      done();
    }
  });
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
