import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/admin.js';
import type { StaffSession, StaffSignup, StaffStory } from '../../src/api/admin-types.js';
import type { HearthAdmin } from '../../src/admin/admin.js';
import { watchConsole } from './helpers/console.js';

const root = (element: Element) => element.shadowRoot!;
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  root(element).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(element: Element, selector: string) => [
  ...root(element).querySelectorAll<T>(selector),
];
const textOf = (element: Element) => (root(element).textContent ?? '').replace(/\s+/g, ' ');
const until = (element: Element, selector: string) =>
  waitUntil(() => root(element).querySelector(selector), `never showed ${selector}`);
const active = (element: Element) => root(element).activeElement;

const CSRF = 'csrf-token-1';

function session(mustChangePassword = false): StaffSession {
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

function story(id: string, crisis: StaffStory['flags']['crisis'], text: string): StaffStory {
  return {
    id,
    status: 'pending',
    body: text,
    masked: { masked: text, segments: [{ text }], ranges: [] },
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

const withDetails: StaffStory = {
  ...story('s-2', 'none', ''),
  masked: {
    masked: 'Write to me at [e-mail] any time.',
    segments: [
      { text: 'Write to me at ' },
      { text: '[e-mail]', kind: 'email' },
      { text: ' any time.' },
    ],
    ranges: [{ kind: 'email', start: 15, end: 23 }],
  },
  flags: { crisis: 'none', personalDetails: ['email'], links: 1, repeat: false, spam: [] },
};

interface Sent {
  method: string;
  path: string;
  csrf: string | null;
  credentials: RequestCredentials | undefined;
  body: Record<string, unknown> | undefined;
}

interface FakeOptions {
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
}

const problem = (status: number, type = 'about:blank', headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type, title: 'Problem', status }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

/** The staff API without a server: answers like the reference server, records what it got. */
function adminFake(options: FakeOptions = {}) {
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

function signup(id: string, groupName: string, name: string): StaffSignup {
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
    history: [],
  };
}

let fake: ReturnType<typeof adminFake> | undefined;

async function admin(options: FakeOptions = {}, lang = 'en') {
  fake = adminFake(options);
  const element = await fixture<HearthAdmin>(
    html`<hearth-admin api-base="/" lang=${lang}></hearth-admin>`,
  );
  await until(element, 'form, section, [part~="message"].error');
  return element;
}

async function type(element: HearthAdmin, selector: string, text: string) {
  $(element, selector).focus();
  await sendKeys({ type: text });
}

describe('<hearth-admin> signing in', () => {
  watchConsole();
  afterEach(() => {
    fixtureCleanup();
    fake?.restore();
  });

  it('shows the sign-in form when nobody is signed in, and checks the session with the cookie', async () => {
    const element = await admin();
    expect($(element, 'h1').textContent).to.equal('Sign in');
    expect($(element, '#email').getAttribute('autocomplete')).to.equal('username');
    expect($(element, '#totp')).to.equal(null);
    expect(fake!.sent[0]).to.include({ method: 'GET', path: '/v1/admin/session' });
    expect(fake!.sent[0]!.credentials).to.equal('same-origin');
    await expect(element).to.be.accessible();
  });

  it('marks empty fields and focuses the first', async () => {
    const element = await admin();
    $(element, 'button[type="submit"]').click();
    await element.updateComplete;
    await waitUntil(() => active(element) === $(element, '#email'));
    expect($(element, '#email').getAttribute('aria-invalid')).to.equal('true');
    expect($(element, '#email-error').textContent).to.equal('Please fill in this field.');
    expect(fake!.sent.filter((each) => each.path === '/v1/admin/login')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('signs in by keyboard and shows the review queue, focusing its heading', async () => {
    const element = await admin({ queue: [story('s-1', 'none', 'A calm week.')] });
    await type(element, '#email', 'ana@practice.test');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'correct horse battery' });
    await sendKeys({ press: 'Enter' });
    await until(element, '[part~="story"]');
    const login = fake!.sent.find((each) => each.path === '/v1/admin/login')!;
    expect(login.body).to.deep.equal({
      email: 'ana@practice.test',
      password: 'correct horse battery',
    });
    expect(textOf(element)).to.include('Signed in as ana@practice.test');
    await waitUntil(() => active(element) === $(element, 'h1'));
    await expect(element).to.be.accessible();
  });

  it('says when the e-mail or password is wrong, without saying which', async () => {
    const element = await admin({ login: ['wrong'] });
    await type(element, '#email', 'ana@practice.test');
    await type(element, '#password', 'nope');
    $(element, 'button[type="submit"]').click();
    await until(element, '[role="alert"] p');
    expect($(element, '[role="alert"]').textContent).to.include(
      'That e-mail, password or code is not right.',
    );
    await expect(element).to.be.accessible();
  });

  it('asks for the authenticator code when the server wants one, then sends it', async () => {
    const element = await admin({ login: ['totp', 'ok'] });
    await type(element, '#email', 'ana@practice.test');
    await type(element, '#password', 'correct horse battery');
    await sendKeys({ press: 'Enter' });
    await until(element, '#totp');
    await waitUntil(() => active(element) === $(element, '#totp'));
    expect(textOf(element)).to.include('Enter the 6-digit code');
    expect($(element, '#totp').getAttribute('autocomplete')).to.equal('one-time-code');
    await expect(element).to.be.accessible();
    await sendKeys({ type: '123456' });
    await sendKeys({ press: 'Enter' });
    await until(element, 'section');
    const logins = fake!.sent.filter((each) => each.path === '/v1/admin/login');
    expect(logins[1]!.body).to.include({ totp: '123456' });
  });

  it('says how long to wait when the account is locked', async () => {
    const element = await admin({ login: ['locked'] });
    await type(element, '#email', 'ana@practice.test');
    await type(element, '#password', 'x');
    await sendKeys({ press: 'Enter' });
    await until(element, '[role="alert"] p');
    expect(textOf(element)).to.include('Too many attempts. Please wait 2 minutes and try again.');
    await expect(element).to.be.accessible();
  });

  it('says when the server cannot be reached', async () => {
    const element = await admin({ login: ['network'] });
    await type(element, '#email', 'ana@practice.test');
    await type(element, '#password', 'x');
    await sendKeys({ press: 'Enter' });
    await until(element, '[role="alert"] p');
    expect(textOf(element)).to.include("We couldn't reach the server.");
  });

  it('asks for a new password at first sign-in and sends it with the CSRF token', async () => {
    const element = await admin({ signedIn: true, mustChange: true });
    expect($(element, 'h1').textContent).to.equal('Choose a new password');
    await expect(element).to.be.accessible();
    await type(element, '#currentPassword', 'one-time-pass');
    await type(element, '#newPassword', 'short');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect($(element, '#newPassword-error').textContent).to.include('at least 12 characters');
    expect(fake!.sent.some((each) => each.path === '/v1/admin/account/password')).to.equal(false);
    await expect(element).to.be.accessible();
    await sendKeys({ type: ' and much longer now' });
    await sendKeys({ press: 'Enter' });
    await until(element, 'section');
    const change = fake!.sent.find((each) => each.path === '/v1/admin/account/password')!;
    expect(change.csrf).to.equal(CSRF);
    expect(change.body).to.deep.equal({
      currentPassword: 'one-time-pass',
      newPassword: 'short and much longer now',
    });
  });

  it('signs out with the CSRF token and shows the sign-in form again', async () => {
    const element = await admin({ signedIn: true });
    $$(element, 'button')
      .find((button) => button.textContent!.includes('Sign out'))!
      .click();
    await until(element, '#email');
    const logout = fake!.sent.find((each) => each.path === '/v1/admin/logout')!;
    expect(logout.method).to.equal('POST');
    expect(logout.csrf).to.equal(CSRF);
    expect(textOf(element)).to.include('You are signed out.');
    await waitUntil(() => active(element) === $(element, '#email'));
  });

  it('says when the server cannot be reached at start, and tries again', async () => {
    const element = await admin({ offline: true });
    await until(element, '.error button');
    expect(textOf(element)).to.include("We couldn't reach the server.");
    await expect(element).to.be.accessible();
    $(element, '.error button').click();
    await until(element, '#email');
    expect(fake!.sent.map((each) => each.path)).to.deep.equal([
      '/v1/admin/session',
      '/v1/admin/session',
    ]);
  });

  it('speaks Spanish', async () => {
    const element = await admin({}, 'es');
    await waitUntil(() => $(element, 'h1').textContent === 'Iniciar sesión');
    expect($(element, 'label[for="password"]').textContent).to.equal('Contraseña');
    await expect(element).to.be.accessible();
  });
});

describe('<hearth-admin> story queue', () => {
  watchConsole();
  afterEach(() => {
    fixtureCleanup();
    fake?.restore();
  });

  const queue = () => [
    story('s-1', 'none', 'A calm week.'),
    withDetails,
    story('s-3', 'high', 'I do not know if I can go on.'),
  ];

  it('shows crisis-high stories first, marked in words, with flags and the masked text', async () => {
    const element = await admin({ signedIn: true, queue: queue() });
    await until(element, '[part~="story"]');
    const stories = $$(element, '[part~="story"]');
    expect(stories).to.have.length(3);
    expect(stories[0]!.textContent).to.include('Crisis risk: high. Read this first.');
    expect(stories[0]!.textContent).to.include('I do not know if I can go on.');
    expect(stories[0]!.querySelector('h3')!.textContent).to.equal('Story 1 of 3');
    const details = stories.find((each) => each.textContent!.includes('Write to me'))!;
    expect(details.textContent).to.include('Personal details: an e-mail address (masked below)');
    expect(details.textContent).to.include('1 link');
    expect(details.querySelector('mark')!.textContent).to.equal('[e-mail]');
    expect(textOf(element)).to.include('3 stories to review.');
    await expect(element).to.be.accessible();
  });

  it('shows a loading state', async () => {
    const element = await admin({ signedIn: true, queue: 'pending' });
    await until(element, '.loading');
    expect(textOf(element)).to.include('Loading stories to review…');
    await expect(element).to.be.accessible();
  });

  it('says when nothing is waiting', async () => {
    const element = await admin({ signedIn: true, queue: [] });
    await until(element, '.empty');
    expect(textOf(element)).to.include('No stories are waiting for review.');
    await expect(element).to.be.accessible();
  });

  it('says when the queue failed to load, and tries again', async () => {
    const element = await admin({ signedIn: true, queue: 'error' });
    await until(element, 'section .error');
    expect(textOf(element)).to.include("We couldn't load the stories to review.");
    await expect(element).to.be.accessible();
    const before = fake!.sent.length;
    $(element, 'section .error button').click();
    await waitUntil(() => fake!.sent.length > before);
    expect(fake!.sent.at(-1)!.path).to.equal('/v1/admin/stories/queue');
  });

  it('approves a story with the CSRF token, removes it and focuses the next', async () => {
    const element = await admin({ signedIn: true, queue: queue() });
    await until(element, '[part~="story"]');
    const approve = $$(element, '[part~="story"]')[0]!.querySelector('button')!;
    approve.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(element, '[part~="story"]').length === 2);
    const sent = fake!.sent.find((each) => each.path.endsWith('/approve'))!;
    expect(sent).to.include({ method: 'POST', path: '/v1/admin/stories/s-3/approve', csrf: CSRF });
    await waitUntil(() => active(element)?.id === 'story-s-1');
    expect(textOf(element)).to.include('Story approved.');
    await expect(element).to.be.accessible();
  });

  it('rejects a story with a reason, by keyboard', async () => {
    const element = await admin({ signedIn: true, queue: [story('s-1', 'none', 'Buy now')] });
    await until(element, '[part~="story"]');
    $(element, '#reject-s-1').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(element)?.id === 'reason-s-1');
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(element, '#reason-s-1-error');
    expect($(element, '#reason-s-1').getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => active(element)?.id === 'reason-s-1');
    await expect(element).to.be.accessible();
    await sendKeys({ type: 'Advertising' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(element, '.empty');
    const sent = fake!.sent.find((each) => each.path.endsWith('/reject'))!;
    expect(sent.csrf).to.equal(CSRF);
    expect(sent.body).to.deep.equal({ reason: 'Advertising' });
    await waitUntil(() => active(element)?.id === 'queue-title');
    expect(textOf(element)).to.include('Story rejected.');
  });

  it('closes the reject form with Escape and returns focus to Reject', async () => {
    const element = await admin({ signedIn: true, queue: [story('s-1', 'none', 'Hello')] });
    await until(element, '[part~="story"]');
    $(element, '#reject-s-1').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(element)?.id === 'reason-s-1');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => active(element)?.id === 'reject-s-1');
    expect(fake!.sent.some((each) => each.path.endsWith('/reject'))).to.equal(false);
  });

  it('keeps the story and says so when a decision fails', async () => {
    const element = await admin({
      signedIn: true,
      queue: [story('s-1', 'none', 'Hi')],
      decision: 500,
    });
    await until(element, '[part~="story"]');
    $$(element, '[part~="story"] button')[0]!.click();
    await until(element, '[part~="story"] [role="alert"] p');
    expect(textOf(element)).to.include("That didn't work. Please try again.");
    expect($$(element, '[part~="story"]')).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('goes back to sign-in when the session has ended', async () => {
    const element = await admin({
      signedIn: true,
      queue: [story('s-1', 'none', 'Hi')],
      decision: 401,
    });
    await until(element, '[part~="story"]');
    $$(element, '[part~="story"] button')[0]!.click();
    await until(element, '#email');
    expect(textOf(element)).to.include('Your session ended. Please sign in again.');
  });
});

describe('<hearth-admin> sign-ups', () => {
  watchConsole();
  afterEach(() => {
    fixtureCleanup();
    fake?.restore();
  });

  const signups = () => [
    signup('p-1', 'Grief circle', 'Maya Ortiz'),
    signup('p-2', 'Anxiety group', 'Sam Lee'),
    signup('p-3', 'Grief circle', 'Jo Park'),
  ];

  async function openSignups(options: FakeOptions) {
    const element = await admin({ signedIn: true, ...options });
    const tab = $$(element, 'nav button').find((button) =>
      button.textContent!.includes('Sign-ups'),
    )!;
    tab.focus();
    await sendKeys({ press: 'Enter' });
    await until(element, '#signups-title');
    expect(tab.getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => active(element)?.id === 'signups-title');
    return element;
  }

  it('lists the requests by group, with their status in words', async () => {
    const element = await openSignups({ signups: signups() });
    await until(element, '.signup');
    const groups = $$(element, 'section.group');
    expect(
      groups.map((group) => group.querySelector('h3')!.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['Grief circle (2 requests)', 'Anxiety group (1 request)']);
    expect(groups[0]!.textContent).to.include('Maya Ortiz');
    expect(groups[0]!.textContent).to.include('Received');
    await expect(element).to.be.accessible();
  });

  it('changes a status with the CSRF token and says so', async () => {
    const element = await openSignups({ signups: signups() });
    await until(element, '.signup');
    const select = $<HTMLSelectElement>(element, '#status-p-1');
    select.value = 'contacted';
    $(element, '#status-p-1 ~ button').click();
    await waitUntil(() => textOf(element).includes('Maya Ortiz: status changed to Contacted.'));
    const sent = fake!.sent.find((each) => each.path === '/v1/admin/signups/p-1/status')!;
    expect(sent.csrf).to.equal(CSRF);
    expect(sent.body).to.deep.equal({ status: 'contacted' });
    expect($(element, '.signup').textContent).to.include('Contacted ·');
    await expect(element).to.be.accessible();
  });

  it('says when no seat is free', async () => {
    const element = await openSignups({ signups: signups(), statusChange: 409 });
    await until(element, '.signup');
    $<HTMLSelectElement>(element, '#status-p-1').value = 'enrolled';
    $(element, '#status-p-1 ~ button').click();
    await until(element, '.signup [role="alert"] p');
    expect(textOf(element)).to.include('There is no free seat in this group');
  });

  it('shows the empty and error states', async () => {
    const empty = await openSignups({ signups: [] });
    await until(empty, '.empty');
    expect(textOf(empty)).to.include('No sign-ups yet.');
    await expect(empty).to.be.accessible();
    fixtureCleanup();
    fake?.restore();
    const failed = await openSignups({ signups: 'error' });
    await until(failed, 'section .error');
    expect(textOf(failed)).to.include("We couldn't load the sign-ups.");
    await expect(failed).to.be.accessible();
  });
});
