/**
 * The sign-up tests share this: the requests they start from, opening the sign-ups section while
 * recording every URL it fetches, and the steps they take on one request.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StaffGroup, StaffSignup } from '../../../src/api/contract/staff.js';
import { $ } from '../helpers/dom.js';
import { admin, chooseView, requests, signup, type FakeOptions } from './admin.fake.js';

export const signups = () => [
  signup('p-1', 'Grief circle', 'Maya Ortiz'),
  signup('p-2', 'Anxiety group', 'Sam Lee'),
  signup('p-3', 'Grief circle', 'Jo Park'),
];

/** Every URL the console fetched in this test, query included (the fake keeps paths only). */
export let urls: string[] = [];

export async function openSignups(options: FakeOptions, lang = 'en') {
  const element = await admin({ signedIn: true, ...options }, lang);
  urls = [];
  const fake = window.fetch;
  window.fetch = (input, init) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return fake(input, init);
  };
  const tab = await chooseView(
    element,
    lang === 'es' ? 'Inscripciones' : 'Sign-ups',
    'signups-title',
  );
  expect(tab.getAttribute('aria-pressed')).to.equal('true');
  return element;
}

/** A request with everything a visitor can send, waitlisted, with a history and a note. */
export const full = (): StaffSignup => ({
  ...signup('p-9', 'Grief circle', 'Lee <b>Rivera</b>'),
  status: 'waitlisted',
  waitlistPosition: 1,
  phone: '+1 503 555 0100',
  contactMethod: 'text',
  okToLeaveMessage: true,
  bestTimes: 'Weekday evenings',
  message: 'I lost my mother in March.\n<img src=x onerror=alert(1)>',
  retainUntil: '2027-03-03T15:00:00.000Z',
  history: [
    {
      at: '2026-11-21T15:30:00.000Z',
      from: 'received',
      to: 'waitlisted',
      note: 'Group is full until January.',
      actor: { id: 'staff-1', email: 'ana@practice.test' },
    },
    {
      at: '2026-11-22T15:00:00.000Z',
      from: null,
      to: null,
      note: 'Left a voicemail.',
      actor: { id: 'staff-2', email: null },
    },
  ],
});

export const waiting = (id: string, name: string, position: number): StaffSignup => ({
  ...signup(id, 'Grief circle', name),
  status: 'waitlisted',
  waitlistPosition: position,
});

export const staffGroup = (id: string, name: string, left: number, archived = false) =>
  ({
    group: { id, name },
    archived,
    closed: false,
    externalEnrolled: 0,
    seats: { capacity: 8, externalEnrolled: 0, held: 8 - left, left, over: 0 },
  }) as unknown as StaffGroup;

export const openDetails = async (element: Element, id: string) => {
  const summary = $(element, `#signup-${id} ~ details summary`);
  summary.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => $<HTMLDetailsElement>(element, `#signup-${id} ~ details`).open);
};

export const sentTo = (path: string) => requests().find((each) => each.path === path);

/** Requests whose messages speak of suicide: one high, one medium, among calm ones. */
export const withCrisis = (): StaffSignup[] => [
  {
    ...signup('p-h', 'Grief circle', 'Ari Vance'),
    message: 'I want to kill myself tonight, I have the pills',
    crisis: 'high',
    readFirst: true,
  },
  {
    ...signup('p-m', 'Anxiety group', 'Bea Stone'),
    message: "I don't want to be alive anymore",
    crisis: 'medium',
    readFirst: true,
  },
  ...signups(),
];
