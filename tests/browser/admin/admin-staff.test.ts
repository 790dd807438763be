import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { StaffMember } from '../../../src/api/contract/staff.js';
import { AuditView } from '../../../src/admin/audit/audit-view.js';
import { StaffView } from '../../../src/admin/staff/staff-view.js';
import { watchConsole } from '../helpers/console.js';
import { $, $$, active, textOf, until } from '../helpers/dom.js';
import {
  admin,
  chooseView,
  cleanup,
  CSRF,
  problem,
  requests,
  type,
  pressThenFocus,
} from './admin.fake.js';
import { announced, member, ONE_TIME, openStaff, rows, staffApi } from './staff-setup.js';

describe('<hearth-admin> staff accounts', () => {
  watchConsole();
  afterEach(cleanup);

  it('lists staff with role, two-step sign-in and state; one cannot act on oneself', async () => {
    const element = await openStaff();
    await until(element, '.member');
    const [me, ben, cleo] = rows(element);
    expect(me).to.include('ana@practice.test (you)');
    expect(me).to.include('Owner');
    expect(me).to.include('Two-step sign-in on');
    expect(me).to.include('You cannot disable your own account');
    expect($$(element, '.member')[0]!.querySelector('button')).to.equal(null);
    expect(ben).to.include('ben@practice.test');
    expect(
      [...$$(element, '.member')[1]!.querySelectorAll('.flags li')].map((li) => li.textContent),
    ).to.deep.equal(['Staff', 'Two-step sign-in off', 'Active']);
    expect(cleo).to.include('Disabled');
    expect(cleo).to.include('Has not chosen a password yet');
    expect($(element, '#toggle-staff-3').textContent).to.include('Enable');
    expect($(element, '#toggle-staff-2').textContent).to.include('Disable');
    await expect(element).to.be.accessible();
  });

  it('shows a loading state', async () => {
    const loading = await openStaff({ staff: 'pending' });
    expect($(loading, '.loading').textContent).to.include('Loading staff accounts');
    await expect(loading).to.be.accessible();
  });

  it('shows an error with a retry, and an empty list', async () => {
    const failing = await openStaff({
      answers: { 'GET /v1/admin/staff': [() => problem(500)] },
    });
    await until(failing, '.staff .error button');
    expect(textOf(failing)).to.include("We couldn't load the staff accounts.");
    await expect(failing).to.be.accessible();
    $(failing, '.staff .error button').focus();
    await sendKeys({ press: 'Enter' });
    await until(failing, '.member');
    await waitUntil(() => active(failing)?.id === 'staff-title');
    cleanup();

    const empty = await openStaff({ staff: [] });
    await until(empty, '.empty');
    expect($(empty, '.empty').textContent).to.equal('There are no staff accounts yet.');
    await expect(empty).to.be.accessible();
  });

  it('keeps owners’ sections from staff who are not owners, without asking the server', async () => {
    const element = await admin({ signedIn: true, routes: staffApi({ role: 'staff' }) });
    const sections = [
      ['Staff', 'staff-title', 'Only owners of the practice can see and manage staff accounts.'],
      ['Activity log', 'audit-title', 'Only owners of the practice can read the activity log.'],
    ] as const;
    for (const [label, title, words] of sections) {
      const tab = $$(element, 'nav button').find((each) => each.textContent!.includes(label));
      // A console that lists only the sections one may use leaves these out of the menu;
      // one that lists them all shows the words instead of the section.
      if (!tab) continue;
      await chooseView(element, label, title);
      expect(textOf(element)).to.include(words);
      expect($(element, '#staff-email')).to.equal(null);
      await expect(element).to.be.accessible();
    }
    expect(requests().some((each) => /\/(staff|audit)/.test(each.path))).to.equal(false);
  });

  it('says in words that only owners may use these sections', async () => {
    const element = await admin({ signedIn: true, routes: staffApi({ role: 'staff' }) });
    await waitUntil(() => element.staff?.role === 'staff');
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    render(html`${new StaffView(element).render()}${new AuditView(element).render()}`, container);
    expect(container.textContent).to.include(
      'Only owners of the practice can see and manage staff accounts.',
    );
    expect(container.textContent).to.include(
      'Only owners of the practice can read the activity log.',
    );
    expect(container.querySelector('form, table')).to.equal(null);
    await expect(container).to.be.accessible();
    expect(requests().some((each) => /\/(staff|audit)/.test(each.path))).to.equal(false);
  });

  describe('adding someone', () => {
    it('checks the address before sending, and says when it already has an account', async () => {
      const element = await openStaff({
        answers: { 'POST /v1/admin/staff': [() => problem(409)] },
      });
      await until(element, '.member');
      $(element, '#staff-email').focus();
      await sendKeys({ press: 'Enter' });
      await until(element, '#staff-email-error');
      expect($(element, '#staff-email-error').textContent).to.equal('Please fill in this field.');
      await type(element, '#staff-email', 'not an address');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() =>
        $(element, '#staff-email-error').textContent!.includes('Enter an e-mail address'),
      );
      expect(requests().some((each) => each.method === 'POST')).to.equal(false);
      await expect(element).to.be.accessible();

      $<HTMLInputElement>(element, '#staff-email').value = '';
      await type(element, '#staff-email', 'ben@practice.test');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() =>
        $(element, '#staff-email-error').textContent!.includes('already an account'),
      );
      expect(active(element)?.id).to.equal('staff-email');
      expect($<HTMLInputElement>(element, '#staff-email').value).to.equal('ben@practice.test');
    });

    it('adds an owner by keyboard and shows the one-time password once', async () => {
      const copied: string[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void copied.push(text) },
      });
      try {
        const element = await openStaff();
        await until(element, '.member');
        await type(element, '#staff-email', ' dana@practice.test ');
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'ArrowDown' });
        expect($<HTMLSelectElement>(element, '#staff-role').value).to.equal('owner');
        await sendKeys({ press: 'Tab' });
        await pressThenFocus(element, 'Enter', 'one-time-title');
        const sent = requests().find((each) => each.method === 'POST')!;
        expect(sent.path).to.equal('/v1/admin/staff');
        expect(sent.csrf).to.equal(CSRF);
        expect(sent.body).to.deep.equal({ email: 'dana@practice.test', role: 'owner' });
        expect($(element, '#one-time-password').textContent).to.equal(ONE_TIME);
        expect($(element, '.one-time').textContent).to.include('It will not be shown again.');
        expect(rows(element)[3]).to.include('dana@practice.test');
        expect(rows(element)[3]).to.include('Owner');
        expect($<HTMLInputElement>(element, '#staff-email').value).to.equal('');
        expect(announced(element)).to.include('Account created for dana@practice.test.');
        expect(announced(element)).not.to.include(ONE_TIME);
        await expect(element).to.be.accessible();

        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => copied.length === 1);
        expect(copied).to.deep.equal([ONE_TIME]);
        expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.to.include(ONE_TIME);
        expect(location.href).not.to.include(ONE_TIME);

        await sendKeys({ press: 'Tab' });
        await pressThenFocus(element, 'Enter', 'staff-title');
        expect(textOf(element)).not.to.include(ONE_TIME);
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('forgets the one-time password when staff leave the view', async () => {
      const element = await openStaff();
      await until(element, '.member');
      await type(element, '#staff-email', 'dana@practice.test');
      await sendKeys({ press: 'Enter' });
      await until(element, '#one-time-password');
      await chooseView(element, 'Stories', 'queue-title');
      expect(textOf(element)).not.to.include(ONE_TIME);
      await chooseView(element, 'Staff', 'staff-title');
      await until(element, '.member');
      expect(textOf(element)).not.to.include(ONE_TIME);
      expect(rows(element).some((row) => row.includes('dana@practice.test'))).to.equal(true);
    });

    it('keeps the address and says so when adding fails', async () => {
      const element = await openStaff({
        answers: { 'POST /v1/admin/staff': () => Promise.reject(new TypeError('offline')) },
      });
      await until(element, '.member');
      await type(element, '#staff-email', 'dana@practice.test');
      await sendKeys({ press: 'Enter' });
      await until(element, '#staff-add-title ~ [role="alert"] p');
      expect(textOf(element)).to.include("We couldn't reach the server.");
      expect($<HTMLInputElement>(element, '#staff-email').value).to.equal('dana@practice.test');
      await expect(element).to.be.accessible();
    });
  });

  it('disables after a confirm step, and enables again', async () => {
    const element = await openStaff();
    await until(element, '.member');
    $(element, '#toggle-staff-2').focus();
    await pressThenFocus(element, 'Enter', 'staff-question-staff-2');
    expect(textOf(element)).to.include('Disable ben@practice.test? They are signed out at once');
    await expect(element).to.be.accessible();
    await pressThenFocus(element, 'Escape', 'toggle-staff-2');
    expect(requests().some((each) => each.method === 'POST')).to.equal(false);

    await pressThenFocus(element, 'Enter', 'staff-question-staff-2');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(element, '#toggle-staff-2')?.textContent!.includes('Enable'));
    await waitUntil(() => active(element)?.id === 'toggle-staff-2');
    const disable = requests().find((each) => each.method === 'POST')!;
    expect(disable.path).to.equal('/v1/admin/staff/staff-2/disable');
    expect(disable.csrf).to.equal(CSRF);
    expect(rows(element)[1]).to.include('Disabled');
    expect(announced(element)).to.equal('ben@practice.test is disabled.');

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows(element)[1]!.includes('Active'));
    expect(
      requests()
        .filter((each) => each.method === 'POST')
        .map((each) => each.path),
    ).to.deep.equal(['/v1/admin/staff/staff-2/disable', '/v1/admin/staff/staff-2/enable']);
    expect(announced(element)).to.equal('ben@practice.test is enabled.');
    await waitUntil(() => active(element)?.id === 'toggle-staff-2');
    await expect(element).to.be.accessible();
  });

  it('resets a password after a confirm step and shows the new one once', async () => {
    const element = await openStaff();
    await until(element, '.member');
    $(element, '#reset-staff-2').focus();
    await pressThenFocus(element, 'Enter', 'staff-question-staff-2');
    expect(textOf(element)).to.include('their two-step sign-in is turned off');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await pressThenFocus(element, 'Enter', 'reset-staff-2');
    expect(requests().some((each) => each.method === 'POST')).to.equal(false);

    await pressThenFocus(element, 'Enter', 'staff-question-staff-2');
    await sendKeys({ press: 'Tab' });
    await pressThenFocus(element, 'Enter', 'one-time-title');
    expect(requests().find((each) => each.method === 'POST')!.path).to.equal(
      '/v1/admin/staff/staff-2/reset-password',
    );
    expect($(element, '#one-time-title').textContent).to.equal(
      'One-time password for ben@practice.test',
    );
    expect($(element, '#one-time-password').textContent).to.equal(ONE_TIME);
    expect(rows(element)[1]).to.include('Has not chosen a password yet');
    await expect(element).to.be.accessible();
  });

  it('says in words when the server refuses an action, and refreshes on a change', async () => {
    const element = await openStaff({
      answers: {
        'POST /v1/admin/staff/staff-3/enable': () => problem(500),
        'POST /v1/admin/staff/staff-2/disable': () => problem(409),
      },
    });
    await until(element, '.member');
    $(element, '#toggle-staff-3').click();
    await until(element, '.member [role="alert"] p');
    expect($$(element, '.member')[2]!.textContent).to.include(
      'Something went wrong on the server.',
    );
    await expect(element).to.be.accessible();

    $(element, '#toggle-staff-2').click();
    await until(element, '#staff-question-staff-2');
    $(element, '#staff-question-staff-2 ~ .actions .danger').click();
    await waitUntil(() => announced(element).includes('This account changed in the meantime.'));
    await waitUntil(() => active(element)?.id === 'staff-title');
    expect(requests().filter((each) => each.path === '/v1/admin/staff')).to.have.length(2);
  });

  it('says so when the server refuses an action on one’s own account', async () => {
    const me = member('staff-1', 'ana@practice.test', { role: 'owner' });
    const element = await openStaff({
      staff: [me],
      answers: { 'POST /v1/admin/staff/staff-1/disable': () => problem(409) },
    });
    await until(element, '.member');
    // The console offers no button for one's own account; a stale list could still send one.
    const view = (element as unknown as { views: { name: string }[] }).views.find(
      (each) => each.name === 'staff',
    ) as unknown as { act(member: StaffMember, action: string): Promise<void> };
    await view.act(me, 'disable');
    await until(element, '.member [role="alert"] p');
    expect($(element, '.member [role="alert"]').textContent).to.include(
      'An owner cannot disable or reset their own account.',
    );
  });

  it('speaks Spanish', async () => {
    const element = await openStaff({}, 'es');
    await until(element, '.member');
    expect($(element, '#staff-title').textContent).to.equal('Cuentas del equipo');
    expect(rows(element)[0]).to.include('ana@practice.test (tú)');
    expect(rows(element)[1]).to.include('Inicio de sesión en dos pasos desactivado');
    await expect(element).to.be.accessible();
  });
});
