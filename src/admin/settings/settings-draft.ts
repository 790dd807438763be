import type { PracticeSettings } from '../../api/contract/staff.js';
import { STORY_LIMITS, STORY_MAX_LENGTH_CEILING } from '../../api/rules/story.js';
import type { CrisisResource, PracticeContact, Topic } from '../../api/contract/public.js';
import { isTimeZone } from '../kit/form-fields.js';
import { slugOf } from '../groups/group-draft.js';

/*
 * The practice settings as staff type them, and the rules `PUT /v1/admin/practice` applies: those
 * of the OpenAPI `Practice` schema (server/src/practice/openapi.ts) and the checks
 * server/src/practice/staff-routes.ts adds (a real time zone, one id per topic). The server checks
 * again and also refuses to drop a topic a group or story still uses; its `fields` land on the
 * same paths.
 */

/** The texts the widgets show visitors, in the order the settings list them. */
export const VISITOR_TEXTS = [
  'signupNext',
  'waitlistNext',
  'screeningNote',
  'storyReview',
  'emergency',
] as const;
export type VisitorText = (typeof VISITOR_TEXTS)[number];

/** What staff type: every value a string until it is checked (the texts are strings already). */
export interface SettingsDraft extends Pick<
  PracticeSettings,
  'name' | 'locale' | 'timeZone' | 'privacyPolicyUrl' | 'texts'
> {
  contact: Required<PracticeContact>;
  storyMaxLength: string;
  /** `saved`: the topic exists already, its id stays; a new one takes its id from its label. */
  topics: (Topic & { saved: boolean })[];
  crisisResources: Required<CrisisResource>[];
}

export const SETTINGS_PROBLEMS = [
  'required',
  'email',
  'url',
  'timeZone',
  'storyLength',
  'topicName',
  'topicTaken',
] as const;
export type SettingsProblem = (typeof SETTINGS_PROBLEMS)[number];

/** Same as the `Topic.id` pattern of the OpenAPI document. */
const TOPIC_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function isWebAddress(value: string): boolean {
  try {
    return ['https:', 'http:', 'mailto:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

export function settingsDraftOf(practice: PracticeSettings): SettingsDraft {
  const { contact, storyMaxLength } = practice;
  return {
    ...practice,
    contact: {
      phone: contact.phone ?? '',
      email: contact.email ?? '',
      address: contact.address ?? '',
    },
    storyMaxLength: storyMaxLength === undefined ? '' : String(storyMaxLength),
    topics: practice.topics.map((topic) => ({ ...topic, saved: true })),
    crisisResources: practice.crisisResources.map((resource) => ({
      name: resource.name,
      description: resource.description,
      phone: resource.phone ?? '',
      sms: resource.sms ?? '',
      url: resource.url ?? '',
    })),
    texts: { ...practice.texts },
  };
}

/** The id a topic is saved with: its own once saved, else one made from its label. */
export const topicIdOf = (topic: SettingsDraft['topics'][number]) =>
  topic.saved ? topic.id : slugOf(topic.label);

export type SettingsCheck =
  { ok: true; input: PracticeSettings } | { ok: false; problems: Map<string, SettingsProblem> };

export function checkSettings(draft: SettingsDraft): SettingsCheck {
  const problems = new Map<string, SettingsProblem>();
  const required = (path: string, value: string) => {
    const trimmed = value.trim();
    if (!trimmed) problems.set(path, 'required');
    return trimmed;
  };
  const optional = (value: string) => value.trim() || undefined;

  const name = required('name', draft.name);
  const locale = required('locale', draft.locale);
  const timeZone = required('timeZone', draft.timeZone);
  if (timeZone && !isTimeZone(timeZone)) problems.set('timeZone', 'timeZone');
  const email = optional(draft.contact.email);
  if (email && !EMAIL.test(email)) problems.set('contact.email', 'email');
  const privacyPolicyUrl = required('privacyPolicyUrl', draft.privacyPolicyUrl);
  if (privacyPolicyUrl && !isWebAddress(privacyPolicyUrl)) {
    problems.set('privacyPolicyUrl', 'url');
  }
  const lengthText = draft.storyMaxLength.trim();
  const storyMaxLength = lengthText ? Number(lengthText) : undefined;
  if (
    storyMaxLength !== undefined &&
    (!/^\d+$/.test(lengthText) ||
      storyMaxLength < STORY_LIMITS.bodyMin ||
      storyMaxLength > STORY_MAX_LENGTH_CEILING)
  ) {
    problems.set('storyMaxLength', 'storyLength');
  }

  const seen = new Set<string>();
  const topics: Topic[] = draft.topics.map((topic, index) => {
    const path = `topics.${index}.label`;
    const label = required(path, topic.label);
    const id = topicIdOf(topic);
    if (label && !TOPIC_ID.test(id)) problems.set(path, 'topicName');
    else if (label && seen.has(id)) problems.set(path, 'topicTaken');
    seen.add(id);
    return { id, label };
  });

  const crisisResources: CrisisResource[] = draft.crisisResources.map((resource, index) => {
    const url = optional(resource.url);
    if (url && !isWebAddress(url)) problems.set(`crisisResources.${index}.url`, 'url');
    const phone = optional(resource.phone);
    const sms = optional(resource.sms);
    return {
      name: required(`crisisResources.${index}.name`, resource.name),
      description: required(`crisisResources.${index}.description`, resource.description),
      ...(phone && { phone }),
      ...(sms && { sms }),
      ...(url && { url }),
    };
  });

  // An empty text is left out, so the widget shows its own default words.
  const texts = Object.fromEntries(
    Object.entries(draft.texts)
      .map(([key, value]) => [key, value.trim()] as const)
      .filter(([, value]) => value),
  );

  if (problems.size > 0) return { ok: false, problems };
  const phone = optional(draft.contact.phone);
  const address = optional(draft.contact.address);
  return {
    ok: true,
    input: {
      name,
      timeZone,
      locale,
      topics,
      contact: { ...(phone && { phone }), ...(email && { email }), ...(address && { address }) },
      crisisResources,
      privacyPolicyUrl,
      texts,
      ...(storyMaxLength !== undefined && { storyMaxLength }),
    },
  };
}

/** The text keys the form shows: the known ones, then any other the practice has. */
export function textKeysOf(draft: SettingsDraft): string[] {
  const known: readonly string[] = VISITOR_TEXTS;
  return [...known, ...Object.keys(draft.texts).filter((key) => !known.includes(key))];
}

/** The paths of the form's controls, in the order they appear. */
export function settingsFieldPaths(draft: SettingsDraft): string[] {
  return [
    'name',
    'contact.phone',
    'contact.email',
    'contact.address',
    'privacyPolicyUrl',
    'timeZone',
    'locale',
    'topics',
    ...draft.topics.map((_, index) => `topics.${index}.label`),
    'crisisResources',
    ...draft.crisisResources.flatMap((_, index) =>
      ['name', 'description', 'phone', 'sms', 'url'].map(
        (field) => `crisisResources.${index}.${field}`,
      ),
    ),
    'texts',
    ...textKeysOf(draft).map((key) => `texts.${key}`),
    'storyMaxLength',
  ];
}
