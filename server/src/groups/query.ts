// Reading the filters of `GET /v1/groups` (topics, formats, weekdays, a search text).
import {
  GROUP_FORMATS,
  type GroupFilters,
  type GroupFormat,
  type Weekday,
} from '../../../src/api/contract/public.js';
import { validationProblem } from '../http/problem.js';
import { listParam, MAX_FILTER_VALUES, topicFilter } from '../http/query.js';

export const MAX_QUERY_LENGTH = 200;

/**
 * Reads `GET /v1/groups` filters. Each list filter may be repeated (`?day=1&day=3`) or
 * comma-separated (`?day=1,3`); empty values are ignored. Throws a 400 problem listing every
 * invalid parameter at once, so a client can fix them all in one go.
 */
export function parseGroupFilters(params: URLSearchParams): GroupFilters {
  const fields: Record<string, string> = {};
  const filters: GroupFilters = {};

  const topic = topicFilter(params, fields);
  if (topic.length) filters.topic = topic;

  const format = listParam(params, 'format');
  if (format.length > MAX_FILTER_VALUES)
    fields.format = `must list at most ${MAX_FILTER_VALUES} values`;
  else if (format.some((value) => !(GROUP_FORMATS as readonly string[]).includes(value)))
    fields.format = `must be one of ${GROUP_FORMATS.join(', ')}`;
  else if (format.length) filters.format = format as GroupFormat[];

  const day = listParam(params, 'day');
  if (day.length > MAX_FILTER_VALUES) fields.day = `must list at most ${MAX_FILTER_VALUES} values`;
  else if (day.some((value) => !/^[0-6]$/.test(value)))
    fields.day = 'must be a weekday number from 0 (Sunday) to 6 (Saturday)';
  else if (day.length) filters.day = day.map(Number) as Weekday[];

  const q = params.getAll('q');
  if (q.length > 1) fields.q = 'must be given at most once';
  else if ((q[0] ?? '').length > MAX_QUERY_LENGTH)
    fields.q = `must be at most ${MAX_QUERY_LENGTH} characters`;
  else if (q[0]?.trim()) filters.q = q[0].trim();

  if (Object.keys(fields).length > 0) throw validationProblem(fields);
  return filters;
}
