import { GROUP_FORMATS, type Group } from '../api/index.js';

/*
 * The finder filters the list it loaded once, in the browser: no request per keystroke. Every
 * list filter is a set of strings (what a checkbox's value is); a group matches when, for each
 * filter in use, it has any of the chosen values.
 */

export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

export const LIST_FILTERS = ['topic', 'format', 'day', 'time'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

/** Monday first, as in most of the places Hearth speaks to. */
export const DAYS = ['1', '2', '3', '4', '5', '6', '0'] as const;

/** A search term, not a message: short enough for a URL. */
export const MAX_QUERY_LENGTH = 100;

export type Filters = Record<ListFilter, string[]> & { q: string };

export const noFilters = (): Filters => ({ topic: [], format: [], day: [], time: [], q: '' });

const allowed: Record<ListFilter, (value: string) => boolean> = {
  topic: (value) => /^[a-z0-9-]{1,64}$/.test(value),
  format: (value) => (GROUP_FORMATS as readonly string[]).includes(value),
  day: (value) => (DAYS as readonly string[]).includes(value),
  time: (value) => (TIMES_OF_DAY as readonly string[]).includes(value),
};

export const isAllowed = (filter: ListFilter, value: string): boolean => allowed[filter](value);

/** `"grief, anxiety"` or `"grief anxiety"` → `['grief', 'anxiety']`. */
export const splitList = (value: string | undefined): string[] =>
  (value ?? '').split(/[\s,]+/).filter(Boolean);

/** Morning before 12:00, afternoon until 17:00, evening after, by the group's own clock. */
export function timeOfDay(startTime: string): TimeOfDay {
  const hour = parseInt(startTime, 10);
  return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
}

/** Case- and accent-insensitive text: "Duelo" and "duélo" both become "duelo". */
export const fold = (text: string): string =>
  // Plain ASCII, most text in English, has no accents to take off: skip the costly part.
  (/^[\t\n\r -~]*$/.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();

export const activeCount = (filters: Filters): number =>
  LIST_FILTERS.reduce((count, filter) => count + filters[filter].length, 0) +
  (filters.q.trim() ? 1 : 0);

/**
 * A test for one set of filters. `text(group)` is the group's folded searchable text (kept by
 * the caller, so a keystroke does not fold a thousand descriptions again). A hybrid group
 * matches both "in person" and "online": a visitor can join it either way.
 */
export function matcher(
  filters: Filters,
  text: (group: Group) => string,
): (group: Group) => boolean {
  const words = fold(filters.q).split(/\s+/).filter(Boolean);
  // Only the filters in use are tested: with none, every group passes without a look.
  const tests: ((group: Group) => boolean)[] = [];
  const any = (filter: ListFilter, values: (group: Group) => readonly string[]) => {
    const chosen = filters[filter];
    if (chosen.length) tests.push((group) => values(group).some((value) => chosen.includes(value)));
  };
  any('topic', (group) => group.topics);
  any('format', (group) => (group.format === 'hybrid' ? GROUP_FORMATS : [group.format]));
  any('day', (group) => [String(group.schedule.weekday)]);
  any('time', (group) => [timeOfDay(group.schedule.startTime)]);
  if (words.length) tests.push((group) => words.every((word) => text(group).includes(word)));
  return (group) => tests.every((test) => test(group));
}

/*
 * URL hash: `#hearth-groups=topic:grief,anxiety;format:online;day:2;q:circle`. One `&`-separated
 * segment of the hash, so the host's own fragment (`#contact&hearth-groups=…`) survives. Values
 * are percent-encoded; only filter values go there, never anything a visitor typed about
 * themselves beyond the search term, which is capped.
 */

export function serialize(filters: Filters): string {
  const parts = LIST_FILTERS.filter((filter) => filters[filter].length).map(
    (filter) => `${filter}:${filters[filter].map(encodeURIComponent).join(',')}`,
  );
  const q = filters.q.trim().slice(0, MAX_QUERY_LENGTH);
  if (q) parts.push(`q:${encodeURIComponent(q)}`);
  return parts.join(';');
}

export function deserialize(value: string): Filters {
  const filters = noFilters();
  for (const part of value.split(';')) {
    const [key = '', raw = ''] = part.split(/:(.*)/s);
    const values = raw.split(',').map((each) => {
      try {
        return decodeURIComponent(each);
      } catch {
        return '';
      }
    });
    if (key === 'q') filters.q = values.join(',').slice(0, MAX_QUERY_LENGTH);
    else if ((LIST_FILTERS as readonly string[]).includes(key)) {
      const filter = key as ListFilter;
      filters[filter] = [...new Set(values.filter((each) => isAllowed(filter, each)))];
    }
  }
  return filters;
}

/** The value of `key=` among the hash's `&`-separated segments. */
export function readHash(hash: string, key: string): string | undefined {
  const prefix = `${key}=`;
  return hash
    .replace(/^#/, '')
    .split('&')
    .find((segment) => segment.startsWith(prefix))
    ?.slice(prefix.length);
}

/** The hash (without `#`) with `key=value` set, or removed when `value` is empty. */
export function writeHash(hash: string, key: string, value: string): string {
  const segments = hash
    .replace(/^#/, '')
    .split('&')
    .filter((segment) => segment && !segment.startsWith(`${key}=`));
  if (value) segments.push(`${key}=${value}`);
  return segments.join('&');
}
