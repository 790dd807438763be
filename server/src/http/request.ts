// What the public POST routes share: the honeypot field, the Idempotency-Key header and the hash
// of the body an idempotency record keeps. The patterns of ids are the contract's
// (src/api/contract/ids.ts).
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { requestText } from './body.js';
import { validationProblem } from './problem.js';

/** What no cache may keep: every POST answer and every staff answer. */
export const NO_STORE = { 'Cache-Control': 'no-store' };

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
