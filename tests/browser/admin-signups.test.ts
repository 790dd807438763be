import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { watchConsole } from './helpers/console.js';
import {
  $,
  $$,
  active,
  admin,
  cleanup,
  CSRF,
  requests,
  signup,
  textOf,
  until,
  type FakeOptions,
} from './helpers/admin-fake.js';

describe('<hearth-admin> sign-ups', () => {
  watchConsole();
  afterEach(cleanup);

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
});
