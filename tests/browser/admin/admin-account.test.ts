import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StaffSession, StaffToken } from '../../../src/api/contract/staff.js';
import type { HearthAdmin } from '../../../src/admin/admin.js';
import { watchConsole } from '../helpers/console.js';
import { $, $$, active, textOf, until } from '../helpers/dom.js';
import {
  admin,
  chooseView,
  cleanup,
  CSRF,
  json,
  problem,
  requests,
  session,
  type,
  pressThenFocus,
} from './admin.fake.js';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DP';
const URI = `otpauth://totp/Calm%20Practice:ana%40practice.test?secret=${SECRET}&issuer=Calm+Practice`;
const TOKEN = 'hearth_s3cr3t-token-value-never-again';

const token = (id: string, name: string, lastUsedAt: string | null = null): StaffToken => ({
  id,
  name,
  createdAt: '2026-11-02T15:00:00.000Z',
  lastUsedAt,
});

const invalid = (fields: Record<string, string>) =>
  new Response(JSON.stringify({ type: 'about:blank', title: 'Invalid', status: 400, fields }), {
    status: 400,
    headers: { 'Content-Type': 'application/problem+json' },
  });

type Answer = () => Response | Promise<Response>;

interface AccountOptions {
  tokens?: StaffToken[] | 'error' | 'pending' | 'signed-out';
  totpOn?: boolean;
  /** Answers that replace the fake's own, by "METHOD /path". */
  answers?: Record<string, Answer | Answer[]>;
}

/** The account routes of the staff API, as the reference server answers them. */
function accountApi(options: AccountOptions = {}) {
  let tokens = options.tokens ?? [token('t-1', 'Monthly export', '2026-11-20T09:30:00.000Z')];
  let totpOn = options.totpOn ?? false;
  const me = (): StaffSession => {
    const base = session();
    return { ...base, staff: { ...base.staff, totpEnabled: totpOn } };
  };
  return ({ method, path }: { method: string; path: string }) => {
    const override = options.answers?.[`${method} ${path}`];
    if (override) {
      const answer = Array.isArray(override) ? override.shift() : override;
      if (answer) return answer();
    }
    if (path === '/v1/admin/session') return json(me());
    if (path === '/v1/admin/account/password') return json(me());
    if (path === '/v1/admin/account/totp' && method === 'POST') {
      return json({ secret: SECRET, otpauthUri: URI });
    }
    if (path === '/v1/admin/account/totp/confirm') {
      totpOn = true;
      return json(me());
    }
    if (path === '/v1/admin/account/totp' && method === 'DELETE') {
      totpOn = false;
      return json(me());
    }
    if (path === '/v1/admin/account/tokens' && method === 'GET') {
      if (tokens === 'error') return problem(500);
      if (tokens === 'signed-out') return problem(401);
      if (tokens === 'pending') return new Promise<Response>(() => {});
      return json({ items: tokens });
    }
    if (path === '/v1/admin/account/tokens' && method === 'POST') {
      const created = { ...token('t-new', 'Nightly backup'), token: TOKEN };
      return new Response(JSON.stringify(created), {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    const revoke = /^\/v1\/admin\/account\/tokens\/([^/]+)$/.exec(path);
    if (revoke && method === 'DELETE') {
      if (Array.isArray(tokens)) tokens = tokens.filter((each) => each.id !== revoke[1]);
      return new Response(null, { status: 204 });
    }
    return undefined;
  };
}

const announced = (element: HearthAdmin) =>
  $(element, '.base > [role="status"]').textContent!.trim();

async function openAccount(options: AccountOptions = {}, lang = 'en') {
  const element = await admin({ signedIn: true, routes: accountApi(options) }, lang);
  const tab = await chooseView(
    element,
    lang === 'es' ? 'Tu cuenta' : 'Your account',
    'account-title',
  );
  expect(tab.getAttribute('aria-pressed')).to.equal('true');
  return element;
}

/** Stands in for the Clipboard API and records what was copied. */
function fakeClipboard(works = true) {
  const copied: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        if (!works) throw new DOMException('Denied', 'NotAllowedError');
        copied.push(text);
      },
    },
  });
  return copied;
}

function noSecretsStored(element: HearthAdmin, ...secrets: string[]) {
  const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
  for (const secret of secrets) {
    expect(stored).not.to.include(secret);
    expect(location.href).not.to.include(secret);
    expect(element.outerHTML).not.to.include(secret);
  }
}

describe('<hearth-admin> your account', () => {
  watchConsole();
  afterEach(() => {
    cleanup();
    delete (navigator as { clipboard?: unknown }).clipboard;
  });

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

  describe('two-step sign-in', () => {
    it('shows the setup key in fours, a link for this device, and no QR code', async () => {
      const copied = fakeClipboard();
      const element = await openAccount();
      $(element, '#totp-start').focus();
      await pressThenFocus(element, 'Enter', 'totp-setup-title');
      expect($(element, '#totp-key').textContent).to.equal('JBSW Y3DP EHPK 3PXP JBSW Y3DP');
      expect($(element, '#totp-link').getAttribute('href')).to.equal(URI);
      expect(textOf(element)).to.include('This console does not show a QR code');
      expect($(element, '.totp-setup img, .totp-setup canvas, .totp-setup svg')).to.equal(null);
      const start = requests().find((each) => each.path === '/v1/admin/account/totp')!;
      expect(start.method).to.equal('POST');
      expect(start.csrf).to.equal(CSRF);
      await expect(element).to.be.accessible();

      $(element, '#totp-key-copy').click();
      await waitUntil(() => copied.length === 1);
      expect(copied).to.deep.equal([SECRET]);
      await waitUntil(() => announced(element) === 'Copied.');
      noSecretsStored(element, SECRET);
    });

    it('says so when copying is refused, and has no Copy button without the Clipboard API', async () => {
      fakeClipboard(false);
      const element = await openAccount();
      $(element, '#totp-start').click();
      await until(element, '#totp-key-copy');
      $(element, '#totp-key-copy').click();
      await waitUntil(() => textOf(element).includes('Select the text and copy it yourself.'));
      await expect(element).to.be.accessible();
      cleanup();

      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      const without = await openAccount();
      $(without, '#totp-start').click();
      await until(without, '#totp-key');
      expect($(without, '#totp-key-copy')).to.equal(null);
    });

    it('checks the code, then turns two-step sign-in on', async () => {
      const element = await openAccount({
        answers: {
          'POST /v1/admin/account/totp/confirm': [
            () => invalid({ code: 'This code is not right. Check the time on your phone.' }),
          ],
        },
      });
      $(element, '#totp-start').click();
      await until(element, '#totp-code');
      $(element, '#totp-code').focus();
      await sendKeys({ press: 'Enter' });
      await until(element, '#totp-code-error');
      expect($(element, '#totp-code-error').textContent).to.equal('Please fill in this field.');

      await type(element, '#totp-code', '12ab');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(element, '#totp-code-error').textContent!.includes('6 digits'));
      expect(requests().some((each) => each.path.endsWith('/totp/confirm'))).to.equal(false);

      $<HTMLInputElement>(element, '#totp-code').value = '';
      await type(element, '#totp-code', '123 456');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(element, '#totp-code-error')?.textContent!.includes('not right'));
      expect($<HTMLInputElement>(element, '#totp-code').value).to.equal('123 456');
      await expect(element).to.be.accessible();

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(element, '.totp-state').textContent!.startsWith('On.'));
      const confirms = requests().filter((each) => each.path.endsWith('/totp/confirm'));
      expect(confirms.map((each) => each.body)).to.deep.equal([
        { code: '123456' },
        { code: '123456' },
      ]);
      expect(confirms[1]!.csrf).to.equal(CSRF);
      expect($(element, '#totp-key')).to.equal(null);
      expect(announced(element)).to.include('Two-step sign-in is on.');
      await waitUntil(() => active(element)?.id === 'totp-title');
      await expect(element).to.be.accessible();
    });

    it('starts again when the set-up is no longer waiting for a code', async () => {
      const element = await openAccount({
        answers: { 'POST /v1/admin/account/totp/confirm': () => problem(409) },
      });
      $(element, '#totp-start').click();
      await until(element, '#totp-code');
      await type(element, '#totp-code', '123456');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => textOf(element).includes('Please start again.'));
      expect($(element, '#totp-key')).to.equal(null);
      expect($(element, '#totp-start')).not.to.equal(null);
    });

    it('cancels the set-up and forgets the key', async () => {
      const element = await openAccount();
      $(element, '#totp-start').click();
      await until(element, '#totp-code');
      $(element, '#totp-code').focus();
      await pressThenFocus(element, 'Escape', 'totp-start');
      expect(textOf(element)).not.to.include('JBSW');
      expect(announced(element)).to.include('Set-up cancelled.');
    });

    it('forgets the setup key when staff leave the view', async () => {
      const element = await openAccount();
      $(element, '#totp-start').click();
      await until(element, '#totp-key');
      await chooseView(element, 'Stories', 'queue-title');
      await chooseView(element, 'Your account', 'account-title');
      expect($(element, '#totp-key')).to.equal(null);
      expect($(element, '#totp-start')).not.to.equal(null);
      expect(textOf(element)).not.to.include('JBSW');
    });

    it('turns it off after a confirm step with the password', async () => {
      const element = await openAccount({
        totpOn: true,
        answers: {
          'DELETE /v1/admin/account/totp': [
            () => invalid({ password: 'This is not your current password.' }),
          ],
        },
      });
      expect($(element, '.totp-state').textContent).to.include('On.');
      $(element, '#totp-off').focus();
      await pressThenFocus(element, 'Enter', 'totp-off-password');
      expect(textOf(element)).to.include('your password alone lets someone in');
      await expect(element).to.be.accessible();

      await pressThenFocus(element, 'Escape', 'totp-off');
      await pressThenFocus(element, 'Enter', 'totp-off-password');
      await sendKeys({ press: 'Enter' });
      await until(element, '#totp-off-password-error');
      expect(requests().some((each) => each.method === 'DELETE')).to.equal(false);

      await sendKeys({ type: 'wrong one' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() =>
        $(element, '#totp-off-password-error').textContent!.includes('not your current'),
      );
      $<HTMLInputElement>(element, '#totp-off-password').value = '';
      await type(element, '#totp-off-password', 'my real password');
      await pressThenFocus(element, 'Enter', 'totp-start');
      const sent = requests().filter((each) => each.method === 'DELETE');
      expect(sent.map((each) => each.body)).to.deep.equal([
        { password: 'wrong one' },
        { password: 'my real password' },
      ]);
      expect(sent[1]!.path).to.equal('/v1/admin/account/totp');
      expect(sent[1]!.csrf).to.equal(CSRF);
      expect($(element, '.totp-state').textContent).to.include('Off.');
      expect(announced(element)).to.equal('Two-step sign-in is off.');
      await expect(element).to.be.accessible();
    });
  });

  describe('access tokens', () => {
    it('creates a token by keyboard and shows it once', async () => {
      const copied = fakeClipboard();
      const element = await openAccount();
      await until(element, '.token');
      $(element, '#token-name').focus();
      await sendKeys({ press: 'Enter' });
      await until(element, '#token-name-error');
      expect(
        requests().some((each) => each.method === 'POST' && each.path.endsWith('/tokens')),
      ).to.equal(false);

      await sendKeys({ type: '  Nightly backup ' });
      await pressThenFocus(element, 'Enter', 'token-created-title');
      const sent = requests().find(
        (each) => each.method === 'POST' && each.path === '/v1/admin/account/tokens',
      )!;
      expect(sent.body).to.deep.equal({ name: 'Nightly backup' });
      expect(sent.csrf).to.equal(CSRF);
      expect($(element, '#token-secret').textContent).to.equal(TOKEN);
      expect($(element, '#token-created').textContent).to.include('it will not be shown again');
      expect($$(element, '.token h4').map((each) => each.textContent)).to.deep.equal([
        'Monthly export',
        'Nightly backup',
      ]);
      expect($$(element, '.token')[1]!.textContent).to.include('never used');
      expect($<HTMLInputElement>(element, '#token-name').value).to.equal('');
      expect(announced(element)).to.include('it will not be shown again');
      await expect(element).to.be.accessible();

      await sendKeys({ press: 'Tab' });
      expect(active(element)?.id).to.equal('token-secret-copy');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => copied.length === 1);
      expect(copied).to.deep.equal([TOKEN]);
      noSecretsStored(element, TOKEN);

      await sendKeys({ press: 'Tab' });
      await pressThenFocus(element, 'Enter', 'token-name');
      expect(textOf(element)).not.to.include(TOKEN);
    });

    it('forgets a new token when staff leave the view', async () => {
      const element = await openAccount();
      await type(element, '#token-name', 'Nightly backup');
      await sendKeys({ press: 'Enter' });
      await until(element, '#token-secret');
      await chooseView(element, 'Sign-ups', 'signups-title');
      expect(textOf(element)).not.to.include(TOKEN);
      await chooseView(element, 'Your account', 'account-title');
      await until(element, '.token');
      expect(textOf(element)).not.to.include(TOKEN);
      expect($(element, '#token-created')).to.equal(null);
    });

    it('forgets a new token when staff sign out and in again', async () => {
      const element = await openAccount();
      await type(element, '#token-name', 'Nightly backup');
      await sendKeys({ press: 'Enter' });
      await until(element, '#token-secret');
      $$(element, '.header button')
        .find((button) => button.textContent!.includes('Sign out'))!
        .click();
      await until(element, '#email');
      expect(textOf(element)).not.to.include(TOKEN);
      await type(element, '#email', 'ana@practice.test');
      await type(element, '#password', 'correct horse battery');
      await sendKeys({ press: 'Enter' });
      // The console comes back to the section it showed, without the token.
      await until(element, '.token');
      expect($(element, '#account-title')).not.to.equal(null);
      expect($(element, '#token-created')).to.equal(null);
      expect(textOf(element)).not.to.include(TOKEN);
    });

    it('keeps the name and says so when creating fails', async () => {
      const element = await openAccount({
        answers: { 'POST /v1/admin/account/tokens': () => problem(500) },
      });
      await type(element, '#token-name', 'Nightly backup');
      await sendKeys({ press: 'Enter' });
      await until(element, '#tokens-title ~ form [role="alert"] p');
      expect(textOf(element)).to.include('Something went wrong on the server.');
      expect($<HTMLInputElement>(element, '#token-name').value).to.equal('Nightly backup');
      await expect(element).to.be.accessible();
    });

    it('revokes a token after a confirm step', async () => {
      const element = await openAccount({
        tokens: [token('t-1', 'Monthly export'), token('t-2', 'Old laptop')],
      });
      await until(element, '#revoke-t-2');
      $(element, '#revoke-t-2').focus();
      await pressThenFocus(element, 'Enter', 'revoke-question-t-2');
      expect(textOf(element)).to.include('Revoke “Old laptop”? Scripts that use it stop working');
      await expect(element).to.be.accessible();
      await pressThenFocus(element, 'Escape', 'revoke-t-2');
      expect(requests().some((each) => each.method === 'DELETE')).to.equal(false);

      await pressThenFocus(element, 'Enter', 'revoke-question-t-2');
      await sendKeys({ press: 'Tab' });
      await pressThenFocus(element, 'Enter', 'tokens-title');
      const sent = requests().find((each) => each.method === 'DELETE')!;
      expect(sent.path).to.equal('/v1/admin/account/tokens/t-2');
      expect(sent.csrf).to.equal(CSRF);
      expect($$(element, '.token h4').map((each) => each.textContent)).to.deep.equal([
        'Monthly export',
      ]);
      expect(announced(element)).to.equal('Token “Old laptop” revoked.');
    });

    it('says when a token was already revoked, and when revoking fails', async () => {
      const element = await openAccount({
        tokens: [token('t-1', 'Monthly export'), token('t-2', 'Old laptop')],
        answers: {
          'DELETE /v1/admin/account/tokens/t-1': () => problem(500),
          'DELETE /v1/admin/account/tokens/t-2': () => problem(404),
        },
      });
      await until(element, '#revoke-t-2');
      $(element, '#revoke-t-2').click();
      await until(element, '#revoke-question-t-2');
      $(element, '#revoke-question-t-2 ~ .actions .danger').click();
      await waitUntil(() => announced(element) === 'This token was already revoked.');
      expect($(element, '#revoke-t-2')).to.equal(null);

      $(element, '#revoke-t-1').click();
      await until(element, '#revoke-question-t-1');
      $(element, '#revoke-question-t-1 ~ .actions .danger').click();
      await until(element, '.token [role="alert"] p');
      expect($(element, '.token').textContent).to.include('Something went wrong on the server.');
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
