import { formatNumber, pluralOf } from '../../i18n/format.js';

/**
 * What the console's catalogues count with, in one language: `number.format(3)` in its digits and
 * `count(3, 'story', 'stories')` with the plural the language picks.
 */
export function counting(locale: string) {
  const number = { format: (value: number) => formatNumber(value, locale) };
  const count = (value: number, one: string, other: string) =>
    `${number.format(value)} ${pluralOf(value, locale) === 'one' ? one : other}`;
  return { number, count };
}
