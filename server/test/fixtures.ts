// Small, exact practices for sign-up tests: groups with known seats, an age range, a closed one.
import { randomUUID } from 'node:crypto';
import { demoGroups, demoPractice } from '../src/seed.js';
import type { GroupInput } from '../src/groups/repository.js';
import { TEST_NOW, type CheckedResponse, type TestServer } from './helpers.js';

/** A group without an age range; override what the test is about. */
export function testGroup(id: string, overrides: Partial<GroupInput> = {}): GroupInput {
  const base = demoGroups(TEST_NOW).find((group) => group.id === 'parenting-teen-years')!;
  const withoutAges: GroupInput = { ...base };
  delete withoutAges.ageMin;
  delete withoutAges.ageMax;
  return {
    ...withoutAges,
    id,
    name: `Group ${id}`,
    externalEnrolled: 0,
    closed: false,
    ...overrides,
  };
}

export const GROUPS = {
  /** Plenty of seats. */
  open: testGroup('open-group', { capacity: 500 }),
  /** Ages 13 to 17: age confirmation required. */
  teens: testGroup('teen-group', { capacity: 500, ageMin: 13, ageMax: 17 }),
  closed: testGroup('closed-group', { capacity: 10, closed: true }),
  /** Three seats, none taken. */
  small: testGroup('small-group', { capacity: 3 }),
  /** Five seats left of eight: three people enrolled by phone. */
  race: testGroup('race-group', { capacity: 8, externalEnrolled: 3 }),
};

export async function importGroups(server: TestServer, groups: GroupInput[]): Promise<void> {
  await server.store.importData({ practice: demoPractice(), groups, stories: [] });
}

/** A valid request, with identifying values a test can search for. */
export function visitor(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Marguerite Quillfeather',
    email: 'marguerite.quill@visitor.example',
    phone: '+1 503 555 0199',
    contactMethod: 'text',
    okToLeaveMessage: true,
    bestTimes: 'Tuesday evenings after seven',
    message: 'I lost my sister in spring and would like to talk with others.',
    consent: { contact: true, privacy: true },
    website: '',
    ...overrides,
  };
}

/** Personal values of `visitor()` that must never appear in clear anywhere. */
export const PERSONAL_VALUES = [
  'Marguerite',
  'Quillfeather',
  'marguerite.quill@visitor.example',
  'visitor.example',
  '555 0199',
  'lost my sister',
  'after seven',
];

export interface SignupCall {
  key?: string;
  headers?: Record<string, string>;
}

export function postSignup(
  server: TestServer,
  groupId: string,
  body: unknown,
  { key = randomUUID(), headers = {} }: SignupCall = {},
): Promise<CheckedResponse> {
  return server.request(`/v1/groups/${groupId}/signups`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Generous limits, for tests that are not about rate limiting. */
export const NO_RATE_LIMITS = {
  rateLimits: {
    signups: { limit: 1_000_000, windowSeconds: 600 },
    stories: { limit: 1_000_000, windowSeconds: 600 },
    resonance: { limit: 1_000_000, windowSeconds: 600 },
    reports: { limit: 1_000_000, windowSeconds: 600 },
    posts: { limit: 1_000_000, windowSeconds: 600 },
  },
};
