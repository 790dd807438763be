import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { watchConsole } from '../helpers/console.js';
import { $, $$, active, textOf, until } from '../helpers/dom.js';
import { admin, cleanup, CSRF, requests, story, type } from './admin.fake.js';

describe('<hearth-admin> signing in', () => {
  watchConsole();
  afterEach(cleanup);

  it('shows the sign-in form when nobody is signed in, and checks the session with the cookie', async () => {
    const element = await admin();
    expect($(element, 'h1').textContent).to.equal('Sign in');
    expect($(element, '#email').getAttribute('autocomplete')).to.equal('username');
    expect($(element, '#totp')).to.equal(null);
    expect(requests()[0]).to.include({ method: 'GET', path: '/v1/admin/session' });
    expect(requests()[0]!.credentials).to.equal('same-origin');
    await expect(element).to.be.accessible();
  });

  it('marks empty fields and focuses the first', async () => {
    const element = await admin();
    $(element, 'button[type="submit"]').click();
    await element.updateComplete;
    await waitUntil(() => active(element) === $(element, '#email'));
    expect($(element, '#email').getAttribute('aria-invalid')).to.equal('true');
    expect($(element, '#email-error').textContent).to.equal('Please fill in this field.');
    expect(requests().filter((each) => each.path === '/v1/admin/login')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('signs in by keyboard and shows the review queue, focusing its heading', async () => {
    const element = await admin({ queue: [story('s-1', 'none', 'A calm week.')] });
    await type(element, '#email', 'ana@practice.test');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'correct horse battery' });
    await sendKeys({ press: 'Enter' });
    await until(element, '[part~="story"]');
    const login = requests().find((each) => each.path === '/v1/admin/login')!;
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
    const logins = requests().filter((each) => each.path === '/v1/admin/login');
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
    expect(requests().some((each) => each.path === '/v1/admin/account/password')).to.equal(false);
    await expect(element).to.be.accessible();
    await sendKeys({ type: ' and much longer now' });
    await sendKeys({ press: 'Enter' });
    await until(element, 'section');
    const change = requests().find((each) => each.path === '/v1/admin/account/password')!;
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
    const logout = requests().find((each) => each.path === '/v1/admin/logout')!;
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
    expect(requests().map((each) => each.path)).to.deep.equal([
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
