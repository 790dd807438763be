// What the public list endpoints share in reading their query: list filters that may be repeated
// (`?topic=a&topic=b`) or comma-separated (`?topic=a,b`), and the topic filter itself. Used by
// `GET /v1/groups` (groups/query.ts), `GET /v1/stories` (stories/routes.ts) and the OpenAPI parts.
import { TOPIC_ID } from '../../../src/api/contract/ids.js';

/** Most values one list filter may carry. */
export const MAX_FILTER_VALUES = 20;

/** The values of a list filter, repeated or comma-separated; empty values are ignored. */
export function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** The `topic` filter: topic ids, at most MAX_FILTER_VALUES; what is wrong goes in `fields`. */
export function topicFilter(params: URLSearchParams, fields: Record<string, string>): string[] {
  const topics = listParam(params, 'topic');
  if (topics.length > MAX_FILTER_VALUES)
    fields.topic = `must list at most ${MAX_FILTER_VALUES} values`;
  else if (topics.some((topic) => !TOPIC_ID.test(topic)))
    fields.topic = 'must be topic ids: lower-case letters, digits and hyphens';
  else return topics;
  return [];
}
