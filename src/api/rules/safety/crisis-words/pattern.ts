/**
 * The words behind the crisis tiers, a module per family of cues here (crisis.ts reads them;
 * docs/safety.md defines the tiers): one list per cue, in English and Spanish, matched after
 * normalize.ts. Each list is a cue, not a verdict: the tier comes from how cues combine. Every
 * entry has bounded repetition, so matching stays linear.
 *
 * This module makes a list a pattern: one alternation, in the list's order (an earlier entry wins
 * where two match at the same place), and for `words` bounded by word edges.
 */
export const any = (parts: readonly string[]) => `(?:${parts.join('|')})`;
export const words = (parts: readonly string[]) => new RegExp(`\\b${any(parts)}\\b`);
