/** The staff console's browser tests share this fake staff API and these helpers. */
import { fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/admin.js';
import type { StaffSession, StaffSignup, StaffStory } from '../../../src/api/contract/staff.js';
import type { HearthAdmin } from '../../../src/admin/admin.js';
import { $, $$, active, until } from '../helpers/dom.js';

/** Presses a key, then waits until focus is on the console's element with this id. */
export async function pressThenFocus(
  element: Element,
  key: string,
  id: string,
  message?: string,
): Promise<void> {
  await sendKeys({ press: key });
  await waitUntil(() => active(element)?.id === id, message);
}

/**
 * Chooses a section in the console's menu by keyboard (its button's words include `label`), and
 * resolves with that button once focus is on the section's heading (`title`, an id).
 */
export async function chooseView(element: Element, label: string, title: string) {
  const find = () => $$(element, 'nav button').find((each) => each.textContent!.includes(label));
  // Spanish words arrive on demand.
  await waitUntil(find, `no ${label} in the navigation`, { timeout: 5000 });
  const tab = find()!;
  tab.focus();
  await pressThenFocus(element, 'Enter', title, `focus never reached #${title}`);
  return tab;
}

export const CSRF = 'csrf-token-1';

export function session(mustChangePassword = false): StaffSession {
  return {
    staff: {
      id: 'staff-1',
      email: 'ana@practice.test',
      role: 'owner',
      mustChangePassword,
      totpEnabled: false,
    },
    via: 'session',
    csrfToken: CSRF,
    expiresAt: '2026-11-26T20:00:00.000Z',
    idleExpiresAt: '2026-11-26T09:00:00.000Z',
  };
}

export function story(id: string, crisis: StaffStory['flags']['crisis'], text: string): StaffStory {
  return {
    id,
    status: 'pending',
    body: text,
    masked: { masked: text, language: 'en', segments: [{ text }], ranges: [] },
    topics: ['anxiety'],
    contentWarning: null,
    month: '2026-11',
    resonance: 0,
    flags: { crisis, personalDetails: [], links: 0, repeat: false, spam: [] },
    reports: { count: 0, reasons: {}, notes: [] },
    statusReason: null,
    editedAt: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    approvedAt: null,
  };
}

/** A story with an e-mail address: segments hold the original text, each detail's placeholder. */
export const withDetails: StaffStory = {
  ...story('s-2', 'none', 'Write to me at sam@mail.example any time.'),
  masked: {
    masked: 'Write to me at [e-mail] any time.',
    language: 'en',
    segments: [
      { text: 'Write to me at ' },
      { text: 'sam@mail.example', kind: 'email', placeholder: '[e-mail]' },
      { text: ' any time.' },
    ],
    ranges: [{ kind: 'email', start: 15, end: 31 }],
  },
  flags: { crisis: 'none', personalDetails: ['email'], links: 1, repeat: false, spam: [] },
};

export interface Sent {
  method: string;
  path: string;
  csrf: string | null;
  credentials: RequestCredentials | undefined;
  body: Record<string, unknown> | undefined;
}

export interface FakeOptions {
  signedIn?: boolean;
  mustChange?: boolean;
  /** What `POST /v1/admin/login` answers, in turn. */
  login?: ('ok' | 'wrong' | 'totp' | 'locked' | 'network')[];
  queue?: StaffStory[] | 'error' | 'pending';
  /** What the approve and reject calls answer. */
  decision?: 200 | 401 | 409 | 500;
  signups?: StaffSignup[] | 'error';
  /** The first session check cannot reach the server. */
  offline?: boolean;
  /** What the status change answers. */
  statusChange?: 200 | 409;
  /** Extra answers, tried first: return undefined to let the fake answer. */
  routes?: (request: {
    method: string;
    path: string;
    body: Record<string, unknown> | undefined;
  }) => Response | Promise<Response> | undefined;
}

export const problem = (
  status: number,
  type = 'about:blank',
  headers: Record<string, string> = {},
) =>
  new Response(JSON.stringify({ type, title: 'Problem', status }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
export const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

/**
 * The staff API without a server: answers like the reference server, records what it got.
 * `options.routes` answers paths a view's own tests need (return undefined to fall through).
 */
export function adminFake(options: FakeOptions = {}) {
  const sent: Sent[] = [];
  let signedIn = options.signedIn ?? false;
  let mustChange = options.mustChange ?? false;
  const logins = [...(options.login ?? ['ok'])];
  const original = window.fetch;
  window.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    const body = init?.body
      ? (JSON.parse(String(init.body)) as Record<string, unknown>)
      : undefined;
    sent.push({
      method,
      path: url.pathname,
      csrf: headers.get('X-CSRF-Token'),
      credentials: init?.credentials,
      body,
    });
    const path = url.pathname;
    if (options.offline && sent.length === 1) throw new TypeError('Failed to fetch');
    const routed = signedIn ? options.routes?.({ method, path, body }) : undefined;
    if (routed) return routed;
    if (path === '/v1/admin/login') {
      const answer = logins.shift() ?? 'ok';
      if (answer === 'network') throw new TypeError('Failed to fetch');
      if (answer === 'wrong') return problem(401);
      if (answer === 'totp') return problem(401, 'urn:hearth:problem:totp-required');
      if (answer === 'locked') return problem(429, 'about:blank', { 'Retry-After': '120' });
      signedIn = true;
      return json(session(mustChange));
    }
    if (!signedIn) return problem(401);
    if (path === '/v1/admin/session') return json(session(mustChange));
    if (path === '/v1/admin/logout') {
      signedIn = false;
      return new Response(null, { status: 204 });
    }
    if (path === '/v1/admin/account/password') {
      mustChange = false;
      return json(session(false));
    }
    if (path === '/v1/admin/stories/queue') {
      const queue = options.queue ?? [];
      if (queue === 'error') return problem(500);
      if (queue === 'pending') return new Promise<Response>(() => {});
      return json({ items: queue });
    }
    const decision = /^\/v1\/admin\/stories\/([^/]+)\/(approve|reject)$/.exec(path);
    if (decision) {
      const status = options.decision ?? 200;
      if (status !== 200) return problem(status);
      return json({ ...story(decision[1]!, 'none', ''), status: 'approved' });
    }
    if (path === '/v1/admin/signups') {
      if (options.signups === 'error') return problem(500);
      return json({ items: options.signups ?? [] });
    }
    const change = /^\/v1\/admin\/signups\/([^/]+)\/status$/.exec(path);
    if (change) {
      if (options.statusChange === 409) return problem(409);
      const list = options.signups === 'error' ? [] : (options.signups ?? []);
      const signup = list.find((each) => each.id === change[1])!;
      return json({ ...signup, status: body!['status'] });
    }
    return problem(404);
  };
  return { sent, restore: () => void (window.fetch = original) };
}

export function signup(id: string, groupName: string, name: string): StaffSignup {
  return {
    id,
    groupId: groupName.toLowerCase().replace(/\W+/g, '-'),
    groupName,
    status: 'received',
    waitlistPosition: null,
    name,
    email: `${id}@example.test`,
    phone: null,
    contactMethod: 'email',
    okToLeaveMessage: null,
    bestTimes: null,
    message: null,
    ageConfirmed: true,
    consentVersion: '1',
    consentedAt: '2026-11-20T10:00:00.000Z',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    retainUntil: null,
    crisis: 'none',
    readFirst: false,
    history: [],
  };
}

let fake: ReturnType<typeof adminFake> | undefined;

/** What the console sent to the fake API in this test, in order. */
export const requests = (): Sent[] => fake!.sent;

/** Removes the console and gives the page its own `fetch` back. */
export function cleanup(): void {
  fixtureCleanup();
  fake?.restore();
}

export async function admin(options: FakeOptions = {}, lang = 'en') {
  fake = adminFake(options);
  const element = await fixture<HearthAdmin>(
    html`<hearth-admin api-base="/" lang=${lang}></hearth-admin>`,
  );
  await until(element, 'form, section, [part~="message"].error');
  return element;
}

export async function type(element: HearthAdmin, selector: string, text: string) {
  $(element, selector).focus();
  await sendKeys({ type: text });
}
