// The shared crisis tiers are, like the schemas, part of the contract (docs/safety.md).
import {
  CRISIS_TIERS,
  detectCrisis,
  type CrisisTier,
} from '../../../src/api/rules/safety/index.js';

/**
 * The highest crisis tier among what a visitor wrote freely in a sign-up. The message is where
 * people say how they are; the best times are free text too.
 */
export function signupCrisisTier(texts: { message?: string | null; bestTimes?: string | null }) {
  const tiers = [texts.message, texts.bestTimes].map((text) =>
    text ? CRISIS_TIERS.indexOf(detectCrisis(text).tier) : 0,
  );
  return CRISIS_TIERS[Math.max(...tiers)]!;
}

/** Medium and high: current thoughts of suicide or self-harm, or intent, a plan, an act. */
export function isCrisis(tier: CrisisTier): boolean {
  return tier === 'medium' || tier === 'high';
}
