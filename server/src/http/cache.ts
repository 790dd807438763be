// Public GET answers: ETags, `Cache-Control`, and the answers kept as bytes until the data changes.
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/**
 * Sends a cacheable JSON body with a strong `ETag` (hash of the exact bytes), answering
 * 304 when the client's `If-None-Match` still matches.
 */
export function cachedJson(c: Context, data: unknown): Response {
  return cachedText(c, JSON.stringify(data), 'application/json; charset=utf-8');
}

/** The same for any text body: a public page or stylesheet. */
export function cachedText(c: Context, body: string, contentType: string): Response {
  return sendWithEtag(c, { body, etag: etagOf(body) }, contentType);
}

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

function sendWithEtag(
  c: Context,
  { body, etag }: { body: string | Uint8Array; etag: string },
  contentType: string,
): Response {
  const headers = { ETag: etag, 'Cache-Control': PUBLIC_CACHE_CONTROL };
  if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
  return typeof body === 'string'
    ? c.body(body, 200, { ...headers, 'Content-Type': contentType })
    : c.body(body as Uint8Array<ArrayBuffer>, 200, { ...headers, 'Content-Type': contentType });
}

/** What a public GET computes: the data, and when it goes stale by itself (ms since epoch). */
export interface PublicAnswer {
  data: unknown;
  /** E.g. the first listed session starting: the list of next sessions changes then. */
  staleAt?: number;
}

interface CachedAnswer {
  /** UTF-8, encoded once: sending it again costs no conversion and half the memory. */
  body: Uint8Array;
  etag: string;
  version: string;
  expiresAt: number;
}

const encoder = new TextEncoder();

/** Even with no change in the data, an answer is computed afresh at least this often. */
const CACHE_MAX_AGE_MS = 60_000;

/**
 * Public GET answers (practice, groups, stories), kept as the exact bytes sent with their ETag
 * for as long as the store's data version stays the same, so a busy page costs one query of the
 * version instead of the queries, decryption, JSON and hashing of each answer. Bounded in count
 * and bytes, oldest out first: a flood of distinct queries only evicts.
 */
export class PublicResponseCache {
  private readonly entries = new Map<string, CachedAnswer>();
  /** Answers being computed, so many requests at once for a cold key compute it once. */
  private readonly pending = new Map<string, { version: string; answer: Promise<CachedAnswer> }>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 500,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  async get(
    key: string,
    version: string,
    now: number,
    compute: () => Promise<PublicAnswer>,
  ): Promise<{ body: Uint8Array; etag: string }> {
    const hit = this.peek(key, version, now);
    if (hit) return hit;
    const running = this.pending.get(key);
    if (running?.version === version) return running.answer;
    const answer = compute().then(({ data, staleAt }) => {
      const text = JSON.stringify(data);
      const entry: CachedAnswer = {
        body: encoder.encode(text),
        etag: etagOf(text),
        version,
        expiresAt: Math.min(staleAt ?? Infinity, now + CACHE_MAX_AGE_MS),
      };
      this.store(key, entry);
      return entry;
    });
    this.pending.set(key, { version, answer });
    try {
      return await answer;
    } finally {
      if (this.pending.get(key)?.answer === answer) this.pending.delete(key);
    }
  }

  /** The kept answer for `key`, if it is still good for this data version and time. */
  peek(key: string, version: string, now: number): { body: Uint8Array; etag: string } | undefined {
    const hit = this.entries.get(key);
    return hit && hit.version === version && hit.expiresAt > now ? hit : undefined;
  }

  /** How many answers are kept (tests). */
  get size(): number {
    return this.entries.size;
  }

  private store(key: string, entry: CachedAnswer): void {
    this.remove(key);
    const size = entry.body.byteLength;
    if (size > this.maxBytes / 4) return;
    this.entries.set(key, entry);
    this.bytes += size;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.remove(oldest);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.byteLength;
    this.entries.delete(key);
  }
}

/** How a route answers a public GET through the kept answers (`cachedPublicJson`). */
export type PublicJson = (
  c: Context<AppEnv>,
  compute: () => Promise<PublicAnswer>,
) => Promise<Response>;

/**
 * Answers a public GET from the cache (computing it when the data changed or it went stale),
 * with its ETag, 304 to a matching `If-None-Match`. The key is the path and query as sent.
 */
export async function cachedPublicJson(
  c: Context,
  cache: PublicResponseCache,
  version: string,
  now: Date,
  compute: () => Promise<PublicAnswer>,
): Promise<Response> {
  const url = new URL(c.req.url);
  const answer = await cache.get(`${url.pathname}${url.search}`, version, now.getTime(), compute);
  return sendWithEtag(c, answer, 'application/json; charset=utf-8');
}

/** `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2): `W/` prefixes are ignored. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => strip(tag) === strip(etag));
}
