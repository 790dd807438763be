import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, active, textOf, until } from '../helpers/dom.js';
import { chooseView, CSRF, problem, requests, type, pressThenFocus } from './admin.fake.js';
import {
  accountHooks,
  announced,
  fakeClipboard,
  noSecretsStored,
  openAccount,
  token,
  TOKEN,
} from './account-setup.js';

describe('<hearth-admin> your account', () => {
  accountHooks();

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
});
