import type { ReactiveControllerHost } from 'lit';
import type { CrisisTier } from '../api/rules/safety/crisis.js';

/** The fields of the form a visitor writes in freely, in the order the help prefers them. */
export const FREE_TEXT_FIELDS = ['message', 'bestTimes'] as const;
export type FreeTextField = (typeof FREE_TEXT_FIELDS)[number];

/** Where the help shows, and how strongly it speaks. */
export interface CrisisHelp {
  field: FreeTextField;
  tier: Exclude<CrisisTier, 'none'>;
}

const RANK: Record<CrisisTier, number> = { none: 0, low: 1, medium: 2, high: 3 };

/**
 * Reads what the visitor writes freely with the shared crisis tiers (docs/safety.md) and says
 * where help should show. The detector is its own chunk, fetched on the first keystroke in a
 * free-text field: most visitors never write a message, and their page never downloads it.
 */
export class CrisisWatch {
  private readonly host: ReactiveControllerHost;
  private detect?: (text: string) => { tier: CrisisTier };
  private loading?: Promise<void>;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  /** Fetches the detector once; resolves when it is there (or failed, to be tried again). */
  load(): Promise<void> {
    this.loading ??= import('../api/rules/safety/crisis.js').then(
      ({ detectCrisis }) => {
        this.detect = detectCrisis;
        this.host.requestUpdate();
      },
      () => {
        // A failed download may succeed on the next keystroke.
        this.loading = undefined;
      },
    );
    return this.loading;
  }

  /** The field whose text has the highest tier above none, if any (the message on a tie). */
  helpFor(texts: Readonly<Record<FreeTextField, unknown>>): CrisisHelp | undefined {
    const detect = this.detect;
    if (!detect) return undefined;
    let help: CrisisHelp | undefined;
    for (const field of FREE_TEXT_FIELDS) {
      const text = String(texts[field]).trim();
      const tier = text ? detect(text).tier : 'none';
      if (tier !== 'none' && RANK[tier] > RANK[help?.tier ?? 'none']) help = { field, tier };
    }
    return help;
  }
}
