/**
 * The group tests share this: a fake of the staff groups routes that answers like the reference
 * server, the groups it starts from, and opening and filling the group form.
 */
import { expect } from '@open-wc/testing';
import type { HearthAdmin } from '../../../src/admin/admin.js';
import type { PracticeSettings, StaffGroup } from '../../../src/api/contract/staff.js';
import type { Group } from '../../../src/api/contract/public.js';
import { $ } from '../helpers/dom.js';
import { admin, chooseView, json, problem, requests, type FakeOptions } from './admin.fake.js';

const practice: PracticeSettings = {
  name: 'Riverbend',
  timeZone: 'America/Chicago',
  locale: 'en-US',
  topics: [
    { id: 'grief', label: 'Grief and loss' },
    { id: 'anxiety', label: 'Anxiety' },
  ],
  contact: {},
  crisisResources: [],
  privacyPolicyUrl: 'https://riverbend.example/privacy',
  texts: {},
};

export function group(id: string, name: string, overrides: Partial<Group> = {}): Group {
  return {
    id,
    name,
    summary: `${name} in one sentence.`,
    description: `All about ${name}.`,
    topics: ['grief'],
    audience: 'Adults',
    language: 'en',
    kind: 'support',
    format: 'in_person',
    location: { name: 'Riverbend office', address: '412 SE Lane', city: 'Portland' },
    schedule: {
      frequency: 'weekly',
      weekday: 2,
      startTime: '18:00',
      durationMinutes: 90,
      timeZone: 'America/Chicago',
    },
    enrollment: 'ongoing',
    nextSessions: ['2026-12-01T00:00:00.000Z'],
    facilitators: [{ name: 'Dana Reyes', credentials: 'LCSW' }],
    fee: { amount: 40, currency: 'USD', per: 'session', slidingScale: true, insurance: ['Aetna'] },
    capacity: 8,
    seatsLeft: 2,
    status: 'open',
    screening: { required: true, note: 'A short call first.' },
    ...overrides,
  };
}

export function staffGroup(value: Group, held = 6, external = 0, archived = false): StaffGroup {
  return {
    group: value,
    archived,
    closed: false,
    externalEnrolled: external,
    seats: {
      capacity: value.capacity,
      externalEnrolled: external,
      held,
      left: Math.max(0, value.capacity - held - external),
      over: Math.max(0, held + external - value.capacity),
    },
    signups: {
      received: held,
      contacted: 0,
      screening_scheduled: 0,
      accepted: 0,
      enrolled: 0,
      waitlisted: 0,
      referred: 0,
      declined: 0,
      withdrawn: 0,
    },
  };
}

/** A validation problem: its `fields`, or `fields` with their `codes` as the server sends them. */
type Invalid =
  Record<string, string> | { fields: Record<string, string>; codes: Record<string, string> };
type Answer = 'ok' | 'network' | 401 | 403 | 404 | 409 | 500 | Invalid;

export interface GroupsFake {
  groups?: StaffGroup[] | 'pending';
  /** The first list answers 500. */
  failFirst?: boolean;
  /** What saves (create and edit) answer, in turn; then 'ok'. */
  saves?: Answer[];
  archive?: Answer;
}

/** The groups routes of the staff API, answering like the reference server. */
export function groupsRoutes(fake: GroupsFake): FakeOptions['routes'] {
  const stored = new Map<string, StaffGroup>();
  if (Array.isArray(fake.groups)) for (const each of fake.groups) stored.set(each.group.id, each);
  const saves = [...(fake.saves ?? [])];
  let listed = 0;
  const answer = (given: Answer | undefined, ok: () => Response) => {
    if (given === undefined || given === 'ok') return ok();
    if (given === 'network') return Promise.reject(new TypeError('Failed to fetch'));
    if (typeof given === 'number') return problem(given);
    const invalid = typeof given['fields'] === 'object' ? given : { fields: given };
    return new Response(
      JSON.stringify({ type: 'about:blank', title: 'Invalid', status: 400, ...invalid }),
      { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
    );
  };
  return ({ method, path, body }) => {
    if (path === '/v1/admin/practice' && method === 'GET') return json(practice);
    if (path === '/v1/admin/groups' && method === 'GET') {
      listed++;
      if (fake.groups === 'pending') return new Promise<Response>(() => {});
      if (fake.failFirst && listed === 1) return problem(500);
      return json({ items: [...stored.values()] });
    }
    const save = (id: string, before: StaffGroup | undefined) => {
      const input = body as unknown as Group & { closed: boolean; externalEnrolled: number };
      const { closed, externalEnrolled, ...rest } = input;
      const saved = staffGroup(
        { ...rest, nextSessions: [], seatsLeft: 0, status: 'open' },
        before?.seats.held ?? 0,
        externalEnrolled,
        before?.archived ?? false,
      );
      saved.closed = closed;
      stored.set(id, saved);
      return json(saved);
    };
    if (path === '/v1/admin/groups' && method === 'POST') {
      return answer(saves.shift(), () => save(String(body!['id']), undefined));
    }
    const one = /^\/v1\/admin\/groups\/([^/]+)(?:\/(archive|restore))?$/.exec(path);
    if (one) {
      const id = one[1]!;
      const before = stored.get(id);
      if (one[2]) {
        return answer(fake.archive, () => {
          const changed = { ...before!, archived: one[2] === 'archive' };
          stored.set(id, changed);
          return json(changed);
        });
      }
      if (method === 'PUT') return answer(saves.shift(), () => save(id, before));
    }
    return undefined;
  };
}

export const grief = () => staffGroup(group('grief-circle', 'Grief circle'));
export const anxiety = () =>
  staffGroup(group('anxiety-skills', 'Anxiety skills', { status: 'few_seats' }), 3, 0, false);
export const parents = () => staffGroup(group('new-parents', 'New parents'), 0, 0, true);

export async function openGroups(fake: GroupsFake, lang = 'en') {
  const element = await admin({ signedIn: true, routes: groupsRoutes(fake) }, lang);
  const tab = await chooseView(element, lang === 'es' ? 'Grupos' : 'Groups', 'groups-title');
  expect(tab.getAttribute('aria-pressed')).to.equal('true');
  return element;
}

export const field = <T extends HTMLElement = HTMLInputElement>(
  element: HearthAdmin,
  path: string,
) => $<T>(element, `#group-${path.replace(/\./g, '-')}`);

/** Sets a field as typing would, firing `input`. */
export async function fill(element: HearthAdmin, path: string, value: string) {
  const input = field<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(element, path);
  input.value = value;
  input.dispatchEvent(
    new Event(input instanceof HTMLSelectElement ? 'change' : 'input', {
      bubbles: true,
      composed: true,
    }),
  );
  await element.updateComplete;
}

export const saved = (method: string) =>
  requests().filter((each) => each.method === method && each.path.startsWith('/v1/admin/groups'));
