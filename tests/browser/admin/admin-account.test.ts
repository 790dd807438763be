import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, active, textOf, until } from '../helpers/dom.js';
import { admin, cleanup, CSRF, problem, requests, type, pressThenFocus } from './admin.fake.js';
import {
  accountApi,
  accountHooks,
  announced,
  invalid,
  openAccount,
  token,
} from './account-setup.js';

describe('<hearth-admin> your account', () => {
  accountHooks();

  it('opens by keyboard and shows the password, two-step sign-in and tokens', async () => {
    const element = await openAccount();
    await until(element, '.token');
    expect(textOf(element)).to.include('ana@practice.test · Owner');
    expect($(element, '#password-title').textContent).to.equal('Password');
    expect($(element, '.totp-state').textContent).to.include('Off.');
    expect($(element, '#totp-start')).not.to.equal(null);
    const row = $(element, '.token');
    expect(row.querySelector('h4')!.textContent).to.equal('Monthly export');
    expect(row.textContent).to.include('Created Nov 2, 2026');
    expect(row.textContent).to.include('last used Nov 20, 2026');
    expect($(element, '#account-new-password').getAttribute('autocomplete')).to.equal(
      'new-password',
    );
    await expect(element).to.be.accessible();
  });

  it('shows a loading state for the tokens', async () => {
    const loading = await openAccount({ tokens: 'pending' });
    expect($(loading, '#tokens-title ~ .loading').textContent).to.include('Loading your tokens');
    await expect(loading).to.be.accessible();
  });

  it('shows an error with a retry, and an empty token list', async () => {
    const failing = await openAccount({ tokens: 'error' });
    await until(failing, '.account-part .error button');
    expect(textOf(failing)).to.include("We couldn't load your tokens.");
    await expect(failing).to.be.accessible();
    cleanup();

    const empty = await openAccount({ tokens: [] });
    await until(empty, '.empty');
    expect($(empty, '.empty').textContent).to.equal('You have no tokens.');
    await expect(empty).to.be.accessible();
  });

  it('loads the tokens again when Try again is pressed', async () => {
    const element = await openAccount({
      tokens: [token('t-1', 'Monthly export')],
      answers: { 'GET /v1/admin/account/tokens': [() => problem(500)] },
    });
    await until(element, '.account-part .error button');
    $(element, '.account-part .error button').focus();
    await sendKeys({ press: 'Enter' });
    await until(element, '.token');
    await waitUntil(() => active(element)?.id === 'tokens-title');
  });

  it('goes back to sign-in when the session ended', async () => {
    const element = await admin({ signedIn: true, routes: accountApi({ tokens: 'signed-out' }) });
    $$(element, 'nav button')
      .find((button) => button.textContent!.includes('Your account'))!
      .click();
    await until(element, '#email');
    expect(textOf(element)).to.include('Your session ended. Please sign in again.');
  });

  describe('password', () => {
    it('checks the fields before sending', async () => {
      const element = await openAccount();
      $(element, '#password-title ~ form button[type="submit"]').click();
      await waitUntil(() => active(element)?.id === 'account-current-password');
      expect($(element, '#account-current-password-error').textContent).to.equal(
        'Please fill in this field.',
      );
      expect($(element, '#account-new-password').getAttribute('aria-invalid')).to.equal('true');
      await expect(element).to.be.accessible();

      await type(element, '#account-current-password', 'old password here');
      await type(element, '#account-new-password', 'too short');
      await pressThenFocus(element, 'Enter', 'account-new-password');
      expect($(element, '#account-new-password-error').textContent).to.include(
        'at least 12 characters',
      );

      $<HTMLInputElement>(element, '#account-new-password').value = '';
      await type(element, '#account-new-password', 'old password here');
      await sendKeys({ press: 'Enter' });
      await until(element, '#account-new-password-error');
      await waitUntil(() =>
        $(element, '#account-new-password-error').textContent!.includes('different'),
      );
      expect(requests().some((each) => each.path === '/v1/admin/account/password')).to.equal(false);
    });

    it('changes it by keyboard, with the CSRF token, and says so', async () => {
      const element = await openAccount();
      await type(element, '#account-current-password', 'old password here');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'a much longer new one' });
      await sendKeys({ press: 'Enter' });
      await until(element, '.done');
      const sent = requests().find((each) => each.path === '/v1/admin/account/password')!;
      expect(sent.csrf).to.equal(CSRF);
      expect(sent.body).to.deep.equal({
        currentPassword: 'old password here',
        newPassword: 'a much longer new one',
      });
      expect($<HTMLInputElement>(element, '#account-current-password').value).to.equal('');
      expect($<HTMLInputElement>(element, '#account-new-password').value).to.equal('');
      expect(announced(element)).to.include('Your password is changed.');
      await expect(element).to.be.accessible();
    });

    it('marks a wrong current password and keeps what was typed', async () => {
      const element = await openAccount({
        answers: {
          'POST /v1/admin/account/password': () =>
            invalid({ currentPassword: 'This is not your current password.' }),
        },
      });
      await type(element, '#account-current-password', 'not my password');
      await type(element, '#account-new-password', 'a much longer new one');
      await pressThenFocus(element, 'Enter', 'account-current-password');
      expect($(element, '#account-current-password-error').textContent).to.equal(
        'This is not your current password.',
      );
      expect($<HTMLInputElement>(element, '#account-new-password').value).to.equal(
        'a much longer new one',
      );
      await expect(element).to.be.accessible();
    });

    it('says when the server cannot be reached, keeping the fields', async () => {
      const element = await openAccount({
        answers: {
          'POST /v1/admin/account/password': () => Promise.reject(new TypeError('offline')),
        },
      });
      await type(element, '#account-current-password', 'old password here');
      await type(element, '#account-new-password', 'a much longer new one');
      await sendKeys({ press: 'Enter' });
      await until(element, '#password-title ~ form [role="alert"] p');
      expect(textOf(element)).to.include("We couldn't reach the server.");
      expect($<HTMLInputElement>(element, '#account-current-password').value).to.equal(
        'old password here',
      );
      await expect(element).to.be.accessible();
    });
  });

  it('speaks Spanish', async () => {
    const element = await openAccount({}, 'es');
    await until(element, '.token');
    expect($(element, '#account-title').textContent).to.equal('Tu cuenta');
    expect($(element, '#totp-title').textContent).to.equal('Inicio de sesión en dos pasos');
    expect($(element, '#tokens-title').textContent).to.equal('Tokens de acceso para scripts');
    expect($(element, '.token').textContent).to.include('último uso');
    await expect(element).to.be.accessible();
  });
});
