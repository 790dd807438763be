// The rules of story moderation that do not need the database: the state machine, the flags a
// submission gets, and the moderator's masked view of a text.
import {
  detectCrisis,
  detectPersonalDetails,
  type CrisisTier,
  type PersonalDetailKind,
} from '../../src/api/story-signals.js';

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

/** The flags of a text; `repeat` is decided by the store, which knows earlier submissions. */
export function storyFlags(body: string): Omit<StoryFlags, 'repeat'> {
  const details = detectPersonalDetails(body);
  const links = details.ranges.filter((range) => range.kind === 'url').length;
  const spam: SpamSignal[] = [];
  if (links >= SPAM_LINKS) spam.push('links');
  const letters = body.match(LETTERS)?.length ?? 0;
  const upper = body.match(UPPER)?.length ?? 0;
  if (letters >= 20 && upper / letters > 0.7) spam.push('all_caps');
  // The same character ten times in a row ("!!!!!!!!!!", "aaaaaaaaaa"): bounded, linear.
  if (/(\S)\1{9}/u.test(body)) spam.push('repeated_characters');
  return { crisis: detectCrisis(body).tier, personalDetails: details.kinds, links, spam };
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

export type HighlightKind = PersonalDetailKind | 'name';

export interface TextSegment {
  text: string;
  /** Absent for plain text. Details are masked (`text` is a placeholder); names are only marked. */
  kind?: HighlightKind;
}

export interface MaskedText {
  /** The text with e-mail addresses, phone numbers, links and handles replaced. */
  masked: string;
  /** The masked text in pieces, for a console that highlights them (always rendered as text). */
  segments: TextSegment[];
  /** Where each detail and likely name is in the original text. */
  ranges: { kind: HighlightKind; start: number; end: number }[];
}

const PLACEHOLDERS: Record<PersonalDetailKind, string> = {
  email: '[e-mail]',
  phone: '[phone]',
  url: '[link]',
  handle: '[handle]',
};

// A capitalised word or two after a phrase that introduces a name ("my name is", "I'm", "my
// sister", "Dr.", "me llamo"). Every repetition is bounded.
const NAME = String.raw`(\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20})?)`;
const LIKELY_NAMES = new RegExp(
  String.raw`\b(?:[Mm]y name is|[Mm]y name's|I'm|I am|[Cc]all me|[Nn]amed|[Cc]alled|[Mm]e llamo|[Mm]i nombre es|[Ss]oy|` +
    String.raw`[Mm]y (?:husband|wife|partner|boyfriend|girlfriend|son|daughter|sister|brother|mom|mum|dad|mother|father|friend|therapist|boss|ex)|` +
    String.raw`(?:Dr|Mr|Mrs|Ms)\.?) ${NAME}`,
  'gu',
);

/** Likely names: capitalised words after a phrase that introduces one. */
export function likelyNames(text: string): { start: number; end: number }[] {
  const names: { start: number; end: number }[] = [];
  for (const match of text.matchAll(LIKELY_NAMES)) {
    const start = match.index! + match[0].length - match[1]!.length;
    names.push({ start, end: start + match[1]!.length });
  }
  return names;
}

/**
 * The moderator's view of a story: personal details masked, likely names highlighted. Nothing
 * here is HTML: the console renders segments as text.
 */
export function maskPersonalDetails(text: string): MaskedText {
  const details = detectPersonalDetails(text).ranges;
  const names = likelyNames(text)
    .filter((name) => !details.some((range) => name.start < range.end && name.end > range.start))
    .map((name) => ({ kind: 'name' as const, ...name }));
  const ranges = [...details, ...names].sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) segments.push({ text: text.slice(at, range.start) });
    segments.push({
      kind: range.kind,
      text: range.kind === 'name' ? text.slice(range.start, range.end) : PLACEHOLDERS[range.kind],
    });
    at = range.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return { masked: segments.map((segment) => segment.text).join(''), segments, ranges };
}
