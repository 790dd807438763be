// The rules of story moderation that do not need the database: the state machine, the flags a
// submission gets, and the masked text of a story.
import { FIRST_NAMES } from '../../../src/api/rules/safety/first-names.js';
import {
  detectCrisis,
  detectPersonalDetails,
  maskPersonalDetails as maskDetails,
  PERSONAL_DETAIL_KINDS,
  TEXT_LANGUAGES,
  type CrisisTier,
  type MaskedText,
  type PersonalDetailKind,
} from '../../../src/api/rules/safety/index.js';

export type { MaskedText, PersonalDetailKind };
export { PERSONAL_DETAIL_KINDS, TEXT_LANGUAGES };

export const STORY_STATUSES = ['pending', 'approved', 'hidden', 'rejected'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

export const MODERATION_ACTIONS = ['approve', 'reject', 'hide', 'edit'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/**
 * Where each action may start and where it leads. `edit` (redact) keeps the status; approving
 * may carry an edit too ("edit, then approve" in one step). Rejected is final: a visitor who
 * wants to try again shares a new story.
 */
export const TRANSITIONS: Record<ModerationAction, Partial<Record<StoryStatus, StoryStatus>>> = {
  approve: { pending: 'approved', hidden: 'approved' },
  reject: { pending: 'rejected', hidden: 'rejected' },
  hide: { approved: 'hidden' },
  edit: { pending: 'pending', approved: 'approved', hidden: 'hidden' },
};

/** The status after `action`, or undefined when the action is not allowed from `from`. */
export function nextStatus(from: StoryStatus, action: ModerationAction): StoryStatus | undefined {
  return TRANSITIONS[action][from];
}

export const REPORT_REASONS = ['identifies_someone', 'harmful', 'spam', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const SPAM_SIGNALS = ['links', 'all_caps', 'repeated_characters'] as const;
export type SpamSignal = (typeof SPAM_SIGNALS)[number];

/** What the server notices in a submission, stored with it for the moderation queue. */
export interface StoryFlags {
  crisis: CrisisTier;
  personalDetails: PersonalDetailKind[];
  links: number;
  /** The same text (ignoring case, accents, spacing and punctuation) was submitted before. */
  repeat: boolean;
  spam: SpamSignal[];
}

/** Two or more links in a story look like advertising. */
const SPAM_LINKS = 2;
const LETTERS = /\p{L}/gu;
const UPPER = /\p{Lu}/gu;

/**
 * The flags of a story; `repeat` is decided by the store, which knows earlier submissions. The
 * crisis tier reads the content note too: it is the visitor's own words as well.
 */
export function storyFlags(
  body: string,
  contentWarning?: string | null,
): Omit<StoryFlags, 'repeat'> {
  const details = detectPersonalDetails(body, { firstNames: FIRST_NAMES });
  const links = details.ranges.filter((range) => range.kind === 'url').length;
  const spam: SpamSignal[] = [];
  if (links >= SPAM_LINKS) spam.push('links');
  const letters = body.match(LETTERS)?.length ?? 0;
  const upper = body.match(UPPER)?.length ?? 0;
  if (letters >= 20 && upper / letters > 0.7) spam.push('all_caps');
  // The same character ten times in a row ("!!!!!!!!!!", "aaaaaaaaaa"): bounded, linear.
  if (/(\S)\1{9}/u.test(body)) spam.push('repeated_characters');
  const crisis = detectCrisis(contentWarning ? `${body}\n${contentWarning}` : body).tier;
  return { crisis, personalDetails: details.kinds, links, spam };
}

/** Review order: crisis-high first, then crisis-medium, then everything else (oldest first). */
export function reviewPriority(tier: CrisisTier): number {
  return tier === 'high' ? 2 : tier === 'medium' ? 1 : 0;
}

/** The text as compared for repeats: case, accents, punctuation and spacing do not count. */
export function normalizeForRepeat(body: string): string {
  return body
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A story as the wall shows it and as staff read it: every personal detail replaced on the wall,
 * marked for staff, with the server's dictionary of first names and the practice's own words
 * (group names, crisis lines) kept.
 */
export function maskPersonalDetails(text: string, keep: readonly string[] = []): MaskedText {
  return maskDetails(text, { firstNames: FIRST_NAMES, keep });
}
