// The operator's side of a refused origin: one warning per origin not in HEARTH_ALLOWED_ORIGINS
// per window, so a developer embedding the widgets on a new site finds the setting in the log.
// Memory is bounded: a flood of made-up origins can neither grow it nor flood the log.
import type { Logger } from '../platform/log.js';

/** How long an origin, once named in the log, is not named again. */
export const REFUSED_ORIGIN_WINDOW_MS = 60 * 60 * 1000;
/** How many origins are remembered at once; beyond that, one line says more were refused. */
export const MAX_REMEMBERED_ORIGINS = 1000;
// A browser's origin is a scheme, a host of at most 253 characters and a port: anything longer
// was made up by a client, and is remembered and logged cut to this length.
const MAX_ORIGIN_LENGTH = 300;

/** Remembers which refused origins were logged lately, and logs the others. */
export class RefusedOriginLog {
  /** Origin → when it was last logged, oldest first (an origin logged again moves to the end). */
  private readonly logged = new Map<string, number>();
  /** When the "more origins than are named" line was last written. */
  private fullSince = -Infinity;

  constructor(
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** How many origins are remembered now: never more than `MAX_REMEMBERED_ORIGINS`. */
  get size(): number {
    return this.logged.size;
  }

  /** Tells of a request refused for its origin; logs the origin unless it was logged lately. */
  refused(origin: string): void {
    const at = this.now().getTime();
    const name =
      origin.length > MAX_ORIGIN_LENGTH ? `${origin.slice(0, MAX_ORIGIN_LENGTH)}…` : origin;
    const last = this.logged.get(name);
    if (last !== undefined && at - last < REFUSED_ORIGIN_WINDOW_MS) return;
    this.logged.delete(name);
    this.forgetBefore(at - REFUSED_ORIGIN_WINDOW_MS);
    if (this.logged.size >= MAX_REMEMBERED_ORIGINS) {
      if (at - this.fullSince >= REFUSED_ORIGIN_WINDOW_MS) {
        this.fullSince = at;
        this.logger.warn(
          'refused requests from more origins not in HEARTH_ALLOWED_ORIGINS than are named one by one; the others are not logged this hour',
          { origins: MAX_REMEMBERED_ORIGINS },
        );
      }
      return;
    }
    this.logged.set(name, at);
    this.logger.warn(
      'refused a page whose origin is not in HEARTH_ALLOWED_ORIGINS: add the origin there if the widgets belong on that site (logged once an hour per origin)',
      { origin: name },
    );
  }

  private forgetBefore(cutoff: number): void {
    for (const [name, at] of this.logged) {
      if (at > cutoff) return;
      this.logged.delete(name);
    }
  }
}
