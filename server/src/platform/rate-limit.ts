import { createHmac, randomBytes } from 'node:crypto';
import { addressGroup } from './address-group.js';
import type { RateLimitRule } from './config.js';

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Window {
  count: number;
  resetsAt: number;
}

// Sweep finished windows every so many hits, so the map stays as small as the active clients.
const SWEEP_EVERY = 500;
// A flood from many addresses must not exhaust memory: past this many clients the oldest window
// is dropped (that client starts afresh, which errs on the side of letting people through).
const MAX_CLIENTS = 100_000;

/**
 * Fixed-window request counters per client, in memory: right for one server process (several
 * processes would each count on their own; see docs/decisions.md). A client is an address group
 * (an IPv4 address or an IPv6 /64, see `addressGroup`), kept as an HMAC under a secret made at
 * start-up, so no address is ever kept and the keys cannot be reversed by trying every address.
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly secret: Buffer;
  private hits = 0;

  constructor(
    private readonly now: () => Date = () => new Date(),
    secret: Buffer = randomBytes(32),
  ) {
    this.secret = secret;
  }

  /** Counts one request of `client` (an address or address group) in `bucket`. */
  hit(bucket: string, client: string, rule: RateLimitRule): RateVerdict {
    const now = this.now().getTime();
    if (++this.hits % SWEEP_EVERY === 0) this.sweep(now);
    const key = `${bucket}:${this.clientKey(client)}`;
    let window = this.windows.get(key);
    if (!window || window.resetsAt <= now) {
      window = { count: 0, resetsAt: now + rule.windowSeconds * 1000 };
      this.windows.delete(key);
      this.windows.set(key, window);
      if (this.windows.size > MAX_CLIENTS) {
        const oldest = this.windows.keys().next().value;
        if (oldest !== undefined) this.windows.delete(oldest);
      }
    }
    window.count += 1;
    if (window.count <= rule.limit) return { allowed: true };
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((window.resetsAt - now) / 1000)),
    };
  }

  /** The keyed hash a client is counted under: that of its address group. */
  clientKey(client: string): string {
    return createHmac('sha256', this.secret).update(addressGroup(client)).digest('base64url');
  }

  /** The keys currently counted (tests check that no raw address is among them). */
  keys(): string[] {
    return [...this.windows.keys()];
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) {
      if (window.resetsAt <= now) this.windows.delete(key);
    }
  }
}
