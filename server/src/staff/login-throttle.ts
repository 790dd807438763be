import { rateLimitedProblem } from '../http/problem.js';
import { normalizeEmail } from './repository.js';
import type { AttemptCounter, SignInAttempts } from './sign-in-attempts.js';

// Every check of a staff secret (a sign-in, the current password to change it, a TOTP code) is
// an attempt, counted per account and, more leniently, per client address. It is counted before
// the secret is checked, in one database transaction, so requests arriving together or at
// another server process cannot all be judged: once `threshold` attempts are counted the account
// is locked for a minute, doubling with each further attempt, up to an hour, and an attempt while
// locked is answered 429 without checking anything. A right password clears the account's count.
// Counters are kept under keyed hashes (key derived from the data key, so every process on the
// database agrees): neither the e-mail address nor the client address is stored. Unknown e-mail
// addresses are counted exactly like known ones, so the answer never tells whether an account
// exists.

export interface ThrottleRule {
  /** Attempts judged before the first lock. */
  threshold: number;
}

export const ACCOUNT_RULE: ThrottleRule = { threshold: 5 };
/** An office shares one address; a script trying many accounts does too. */
export const CLIENT_RULE: ThrottleRule = { threshold: 20 };

export const LOCK_RULES = {
  firstLockMs: 60_000,
  maxLockMs: 60 * 60_000,
  /** A counter with no attempt for this long starts again from zero (and is purged). */
  forgetAfterMs: 24 * 60 * 60_000,
};

/** One counted attempt: say how it ended when it was not a failure. */
export interface Attempt {
  /** The account's secret was right: its count is cleared; the client's attempt taken back. */
  succeeded(): Promise<void>;
  /** Neither right nor wrong (a code is still needed, nothing was checked): taken back. */
  withdrawn(): Promise<void>;
}

export class LoginThrottle {
  constructor(
    private readonly attempts: SignInAttempts,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Counts an attempt at the account of `email` from `address`, before its secret is checked.
   * Throws a 429 problem (nothing counted) while either is locked.
   */
  async begin(email: string, address: string): Promise<Attempt> {
    const account: AttemptCounter = {
      kind: 'account',
      value: normalizeEmail(email),
      threshold: ACCOUNT_RULE.threshold,
    };
    const client: AttemptCounter = {
      kind: 'client',
      value: address,
      threshold: CLIENT_RULE.threshold,
    };
    const at = this.now();
    const outcome = await this.attempts.countAttempt([account, client], LOCK_RULES, at);
    if (!outcome.counted) {
      throw rateLimitedProblem(Math.max(1, Math.ceil((outcome.lockedUntil - at.getTime()) / 1000)));
    }
    const [accountTicket, clientTicket] = outcome.tickets;
    return {
      succeeded: async () => {
        await this.attempts.clearAttempts(accountTicket!);
        await this.attempts.withdrawAttempt(clientTicket!);
      },
      withdrawn: async () => {
        await this.attempts.withdrawAttempt(accountTicket!);
        await this.attempts.withdrawAttempt(clientTicket!);
      },
    };
  }
}
