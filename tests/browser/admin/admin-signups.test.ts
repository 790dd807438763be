import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { watchConsole } from '../helpers/console.js';
import { $, $$, active, textOf, until } from '../helpers/dom.js';
import { cleanup, CSRF, json, problem, requests, pressThenFocus } from './admin.fake.js';
import {
  full,
  openDetails,
  openSignups,
  sentTo,
  signups,
  waiting,
  withCrisis,
} from './signups-setup.js';

describe('<hearth-admin> sign-ups', function (this: { timeout(ms: number): void }) {
  // axe runs in every state, and these machines are shared: give each test room.
  this.timeout(20000);
  watchConsole();
  afterEach(cleanup);

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
    const sent = requests().find((each) => each.path === '/v1/admin/signups/p-1/status')!;
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
    cleanup();
    const failed = await openSignups({ signups: 'error' });
    await until(failed, 'section .error');
    expect(textOf(failed)).to.include("We couldn't load the sign-ups.");
    await expect(failed).to.be.accessible();
  });

  it('promotes from the waitlist: the next person moves up and focus stays on the request', async () => {
    const element = await openSignups({
      signups: [waiting('w-1', 'Ada Kim', 1), waiting('w-2', 'Ben Ito', 2)],
      routes: ({ path }) =>
        path === '/v1/admin/signups/w-1/promote'
          ? json({ ...waiting('w-1', 'Ada Kim', 1), status: 'received', waitlistPosition: null })
          : undefined,
    });
    await until(element, '.signup');
    const promote = $$(element, '.signup')[0]!.querySelector<HTMLButtonElement>(
      'form.actions button.secondary',
    )!;
    expect(promote.textContent!.trim()).to.equal('Promote from the waitlist');
    promote.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(element).includes('Ada Kim has the free seat now'));
    expect(sentTo('/v1/admin/signups/w-1/promote')!.csrf).to.equal(CSRF);
    const [ada, ben] = $$(element, '.signup');
    expect(ada!.querySelector('.meta')!.textContent).to.match(/^\s*Received ·/);
    expect(ada!.textContent).not.to.include('Promote from the waitlist');
    expect(ben!.querySelector('.meta')!.textContent).to.include('number 1 on the waitlist');
    await waitUntil(() => active(element)?.id === 'signup-w-1');
    await expect(element).to.be.accessible();
  });

  it('says in plain words when no seat is free to promote into', async () => {
    const element = await openSignups({
      signups: [waiting('w-1', 'Ada Kim', 1)],
      routes: ({ path }) => (path === '/v1/admin/signups/w-1/promote' ? problem(409) : undefined),
    });
    await until(element, '.signup');
    $(element, 'form.actions button.secondary').click();
    await until(element, '.signup > [role="alert"] p');
    expect(textOf(element)).to.include(
      'No seat is free in Grief circle yet. When someone declines or withdraws, or the group gets more seats, try again.',
    );
    expect($(element, '.signup .meta').textContent).to.include('Waitlisted');
    await expect(element).to.be.accessible();
  });

  it('goes back to sign-in when the session ended during an action', async () => {
    const element = await openSignups({
      signups: signups(),
      routes: ({ path }) => (path === '/v1/admin/signups/p-1/notes' ? problem(401) : undefined),
    });
    await until(element, '.signup');
    await openDetails(element, 'p-1');
    $<HTMLTextAreaElement>(element, '#note-p-1').value = 'Called';
    $(element, '#note-p-1 ~ .actions button').click();
    await until(element, '#email');
    expect(textOf(element)).to.include('Your session ended. Please sign in again.');
  });

  it('speaks Spanish', async () => {
    const element = await openSignups({ signups: [full()] }, 'es');
    await until(element, '.signup');
    await waitUntil(() => textOf(element).includes('Descargar todo como CSV'));
    expect(textOf(element)).to.include('Se conserva hasta el 3 de marzo de 2027');
    expect(textOf(element)).to.include('número 1 en la lista de espera');
    expect(textOf(element)).to.include('Pasar de la lista de espera');
    await openDetails(element, 'p-9');
    expect(textOf(element)).to.include('Mensaje de texto');
    expect(textOf(element)).to.include('Borrar los datos de esta persona');
    await expect(element).to.be.accessible();
  });

  it('shows the loading state, and tries again after an error', async () => {
    let fail = true;
    let answer: (() => void) | undefined;
    const element = await openSignups({
      signups: signups(),
      routes: ({ path }) => {
        if (path !== '/v1/admin/signups') return undefined;
        if (fail) return problem(500);
        return new Promise<Response>((resolve) => {
          answer = () => resolve(json({ items: signups() }));
        });
      },
    });
    await until(element, 'section .error');
    fail = false;
    $(element, 'section .error button').click();
    await until(element, '.loading');
    expect(textOf(element)).to.include('Loading sign-ups…');
    await expect(element).to.be.accessible();
    answer!();
    await until(element, '.signup');
    expect($$(element, '.signup')).to.have.length(3);
    await waitUntil(() => active(element)?.id === 'signups-title');
  });
  it('shows requests to read first at the top, marked, with their message in view', async () => {
    const element = await openSignups({ signups: withCrisis() });
    await until(element, '.signup');
    const sections = $$(element, 'section.group');
    expect(sections[0]!.querySelector('h3')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Read first (2 requests)',
    );
    const first = $$(element, '.signup');
    expect(first.slice(0, 2).map((item) => item.querySelector('h4')!.textContent)).to.deep.equal([
      'Ari Vance',
      'Bea Stone',
    ]);
    const top = first[0]!;
    expect(top.querySelector('[part~="read-first"]')!.textContent).to.equal('Read first');
    expect(top.textContent).to.include('Crisis risk: high');
    expect(top.textContent).to.include('Grief circle');
    // The message is outside "Details, history and notes", in view without a click.
    const said = top.querySelector('.said q')!;
    expect(said.textContent).to.equal('I want to kill myself tonight, I have the pills');
    expect(said.closest('details')).to.equal(null);
    expect((said as HTMLElement).offsetHeight).to.be.greaterThan(0);
    // Each request is listed once: the groups below hold the rest.
    expect(sections[1]!.textContent).to.not.include('Ari Vance');
    expect(
      sections
        .slice(1)
        .map((group) => group.querySelector('h3')!.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['Grief circle (2 requests)', 'Anxiety group (1 request)']);
    await expect(element).to.be.accessible();
  });

  it('moves a request to its group once staff have acted on it, focus following it', async () => {
    const element = await openSignups({
      signups: withCrisis(),
      routes: ({ path, body }) =>
        path === '/v1/admin/signups/p-h/status'
          ? json({ ...withCrisis()[0], status: body!['status'], readFirst: false })
          : undefined,
    });
    await until(element, '.signup');
    $(element, '#status-p-h').focus();
    $<HTMLSelectElement>(element, '#status-p-h').value = 'contacted';
    $(element, '#status-p-h ~ button').focus();
    await pressThenFocus(element, 'Enter', 'signup-p-h', 'focus did not follow the request');
    const sections = $$(element, 'section.group');
    expect(sections[0]!.textContent!.replace(/\s+/g, ' ')).to.include('Read first (1 request)');
    const moved = $(element, '#signup-p-h').closest('section')!;
    expect(moved.querySelector('h3')!.textContent).to.include('Grief circle');
    // Still marked with its risk and its words, without the "Read first" flag.
    const item = $(element, '#signup-p-h').closest('.signup')!;
    expect(item.querySelector('[part~="read-first"]')).to.equal(null);
    expect(item.textContent).to.include('Crisis risk: high');
    expect(item.querySelector('.said q')!.textContent).to.include('kill myself');
    await expect(element).to.be.accessible();
  });

  it('says "Read first" in Spanish', async () => {
    const element = await openSignups({ signups: withCrisis() }, 'es');
    await waitUntil(() => textOf(element).includes('Leer primero (2 solicitudes)'));
    expect(textOf(element)).to.include('Riesgo de crisis: alto');
    expect(textOf(element)).to.include('Comuníquese con estas personas antes que con las demás.');
    await expect(element).to.be.accessible();
  });
});
