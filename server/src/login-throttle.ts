import { createHmac, randomBytes } from 'node:crypto';

// Failed sign-ins lock an account (and, more leniently, a client address) for a while: after
// `threshold` failures one minute, doubling with each further failure, up to an hour. Counted in
// memory under keyed hashes, like the public rate limits: neither the e-mail address nor the
// client address is kept. Unknown e-mail addresses are counted exactly like known ones, so the
// answer never tells whether an account exists.

export interface ThrottleRule {
  /** Failures allowed before the first lock. */
  threshold: number;
}

export const ACCOUNT_RULE: ThrottleRule = { threshold: 5 };
/** An office shares one address; a script trying many accounts does too. */
export const CLIENT_RULE: ThrottleRule = { threshold: 20 };

const FIRST_LOCK_MS = 60_000;
const MAX_LOCK_MS = 60 * 60_000;
/** A record with no failure for this long is forgotten. */
const FORGET_AFTER_MS = 24 * 60 * 60_000;
const MAX_ENTRIES = 100_000;

interface Entry {
  failures: number;
  lockedUntil: number;
  lastFailure: number;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly secret = randomBytes(32);

  constructor(private readonly now: () => Date = () => new Date()) {}

  key(kind: 'account' | 'client', value: string): string {
    return `${kind}:${createHmac('sha256', this.secret).update(value).digest('base64url')}`;
  }

  /** Seconds until `key` may try again; 0 when it may now. */
  retryAfter(key: string): number {
    const entry = this.entries.get(key);
    const now = this.now().getTime();
    if (!entry || entry.lockedUntil <= now) return 0;
    return Math.max(1, Math.ceil((entry.lockedUntil - now) / 1000));
  }

  fail(key: string, rule: ThrottleRule): void {
    const now = this.now().getTime();
    let entry = this.entries.get(key);
    if (!entry || now - entry.lastFailure > FORGET_AFTER_MS) {
      entry = { failures: 0, lockedUntil: 0, lastFailure: now };
      this.entries.delete(key);
      this.entries.set(key, entry);
      if (this.entries.size > MAX_ENTRIES) this.sweep(now);
    }
    entry.failures += 1;
    entry.lastFailure = now;
    if (entry.failures >= rule.threshold) {
      const doublings = Math.min(entry.failures - rule.threshold, 10);
      entry.lockedUntil = now + Math.min(FIRST_LOCK_MS * 2 ** doublings, MAX_LOCK_MS);
    }
  }

  succeed(key: string): void {
    this.entries.delete(key);
  }

  /** The keys currently counted (tests check no raw e-mail or address is among them). */
  keys(): string[] {
    return [...this.entries.keys()];
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.entries) {
      if (now - entry.lastFailure > FORGET_AFTER_MS) this.entries.delete(key);
    }
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
