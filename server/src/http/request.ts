// What the public POST routes share: the honeypot field, the Idempotency-Key header, the hash of
// the body an idempotency record keeps, and the patterns of the ids in their paths.
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { requestText } from './body.js';
import { validationProblem } from './problem.js';

/** What no cache may keep: every POST answer and every staff answer. */
export const NO_STORE = { 'Cache-Control': 'no-store' };

/** A group's or a story's id, as paths and cursors carry them. */
const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const GROUP_ID = RECORD_ID;
export const STORY_ID = RECORD_ID;
/** A topic's id: lower-case letters, digits and hyphens. */
export const TOPIC_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;
export const INVALID_IDEMPOTENCY_KEY =
  'The Idempotency-Key header must be 1 to 200 visible ASCII characters.';

/** The Idempotency-Key header as sent, if at all. */
export function idempotencyKeyHeader(c: Context): string | undefined {
  return c.req.header('idempotency-key');
}

/** 1 to 200 visible ASCII characters. */
export function isIdempotencyKey(key: string): boolean {
  return IDEMPOTENCY_KEY.test(key);
}

/** An Idempotency-Key the client may leave out; a 400 when it sends one that is not valid. */
export function optionalIdempotencyKey(c: Context): string | undefined {
  const key = idempotencyKeyHeader(c);
  if (key === undefined) return undefined;
  if (!isIdempotencyKey(key)) {
    throw validationProblem(
      { 'Idempotency-Key': INVALID_IDEMPOTENCY_KEY },
      'The Idempotency-Key header is not valid.',
      { 'Idempotency-Key': 'invalid' },
    );
  }
  return key;
}

/** SHA-256 of the body as sent: a retry with the same key must send the same bytes. */
export async function requestHash(c: Context): Promise<string> {
  return createHash('sha256')
    .update(await requestText(c))
    .digest('hex');
}

/** A bot filled the `website` field people never see. */
export function isHoneypotHit(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const website = (body as { website?: unknown }).website;
  return typeof website === 'string' && website.trim() !== '';
}
