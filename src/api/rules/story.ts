/**
 * The story rules, shared by `<hearth-story-wall>`'s share form and the reference server, so a
 * visitor sees the same verdict in the form and from the API. Pure and dependency-free: it ships
 * in the widget bundle. Errors are codes, not text, so each side words them in its own language.
 */
import type { StorySubmission } from '../contract/public.js';

/** Lengths in UTF-16 code units (`String.length`, as a textarea's `maxlength` counts). */
export const STORY_LIMITS = {
  bodyMin: 20,
  /** The default; a practice may set its own (`Practice.storyMaxLength`). */
  bodyMax: 1000,
  contentWarning: 80,
  topics: 5,
} as const;

/** The longest limit a practice may choose for a story. */
export const STORY_MAX_LENGTH_CEILING = 5000;

export const STORY_FIELD_ERRORS = [
  'required',
  'too_short',
  'too_long',
  'too_many',
  'unknown_topic',
  'consent',
  'invalid',
] as const;
export type StoryFieldError = (typeof STORY_FIELD_ERRORS)[number];

export const STORY_FIELDS = ['body', 'topics', 'contentWarning', 'consent', 'website'] as const;
export type StoryField = (typeof STORY_FIELDS)[number];

/** A valid submission, trimmed, topics without repeats, the honeypot dropped. */
export type ValidStory = Omit<StorySubmission, 'website'>;

export type StoryValidation =
  | { ok: true; value: ValidStory }
  | { ok: false; fields: Partial<Record<StoryField, StoryFieldError>> };

export interface StoryRules {
  /** Longest story; `STORY_LIMITS.bodyMax` when not given. */
  maxLength?: number;
  /** The practice's topic ids; when given, others are `unknown_topic`. */
  topicIds?: readonly string[];
}

// eslint-disable-next-line no-control-regex -- C0 controls and DEL except tab and line breaks
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Checks a story submission. Unknown fields are ignored; a non-object counts as `{}`. */
export function validateStory(input: unknown, rules: StoryRules = {}): StoryValidation {
  const data: Record<string, unknown> =
    typeof input === 'object' && input !== null && !Array.isArray(input)
      ? (input as Record<string, unknown>)
      : {};
  const fields: Partial<Record<StoryField, StoryFieldError>> = {};
  const fail = (field: StoryField, error: StoryFieldError | undefined) => {
    if (error) fields[field] = error;
  };
  const maxLength = rules.maxLength ?? STORY_LIMITS.bodyMax;

  const rawBody = data.body;
  const body = typeof rawBody === 'string' ? rawBody.trim() : '';
  fail(
    'body',
    rawBody !== undefined && rawBody !== null && typeof rawBody !== 'string'
      ? 'invalid'
      : !body
        ? 'required'
        : body.length < STORY_LIMITS.bodyMin
          ? 'too_short'
          : body.length > maxLength
            ? 'too_long'
            : CONTROL.test(body)
              ? 'invalid'
              : undefined,
  );

  const rawTopics = data.topics ?? [];
  const topics = Array.isArray(rawTopics) ? [...new Set(rawTopics)] : [];
  fail(
    'topics',
    !Array.isArray(rawTopics) || topics.some((topic) => typeof topic !== 'string')
      ? 'invalid'
      : topics.length > STORY_LIMITS.topics
        ? 'too_many'
        : rules.topicIds && topics.some((topic) => !rules.topicIds!.includes(topic as string))
          ? 'unknown_topic'
          : undefined,
  );

  const rawWarning = data.contentWarning;
  const contentWarning = typeof rawWarning === 'string' ? rawWarning.trim() : '';
  fail(
    'contentWarning',
    rawWarning !== undefined && rawWarning !== null && typeof rawWarning !== 'string'
      ? 'invalid'
      : contentWarning.length > STORY_LIMITS.contentWarning
        ? 'too_long'
        : /[\u0000-\u001f\u007f]/.test(contentWarning) // eslint-disable-line no-control-regex
          ? 'invalid'
          : undefined,
  );

  fail('consent', data.consent === true ? undefined : 'consent');
  fail(
    'website',
    data.website === undefined || typeof data.website === 'string' ? undefined : 'invalid',
  );

  if (Object.keys(fields).length > 0) return { ok: false, fields };
  const value: ValidStory = { body, topics: topics as string[], consent: true };
  if (contentWarning) value.contentWarning = contentWarning;
  return { ok: true, value };
}
