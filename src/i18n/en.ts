import { formatNumber, pluralOf } from './format.js';

/**
 * The English words every widget shares: the default, always bundled, and the type every other
 * catalogue must match. Each widget adds its own words (its `locales/en.ts`), which
 * travel in its own chunk. A message is a string, or a function when it
 * takes values (plurals use `Intl.PluralRules`, so each language states its own plural forms).
 *
 * Formatters are made on first use (and kept, in format.ts), never when the module loads: the
 * first one loads the locale's data, which must not hold up the page while the bundle starts.
 */
const number = { format: (value: number) => formatNumber(value, 'en') };
const plural = { select: (count: number) => pluralOf(count, 'en') };

export const en = {
  notConfigured: "This section isn't available right now.",
  contactLead: 'You can reach the practice directly:',
  phone: 'Phone',
  email: 'Email',
  errorNetwork: 'Please check your internet connection, then try again.',
  errorServer: 'The practice’s system is having trouble. Please try again in a moment.',
  errorRateLimited: 'There have been a lot of requests. Please wait a moment, then try again.',
  errorGeneric: 'Something went wrong on our side. Please try again.',
  tryAgain: 'Try again',
  topics: 'Topics',
  ages: (min: number | undefined, max: number | undefined) =>
    min !== undefined && max !== undefined
      ? `Ages ${min}–${max}`
      : min !== undefined
        ? `Ages ${min} and over`
        : `Ages up to ${max}`,
  statusOpen: 'Open',
  statusFewSeats: (seats: number) =>
    `${number.format(seats)} ${plural.select(seats) === 'one' ? 'spot' : 'spots'} left`,
  statusWaitlist: 'Waitlist open',
  statusClosed: 'Full',
  close: 'Close',
};

export type Catalogue = typeof en;
export type MessageKey = keyof Catalogue;
export type MessageArgs<K extends MessageKey> = Catalogue[K] extends (...args: infer A) => string
  ? A
  : [];
