import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, active, textOf, until } from '../helpers/dom.js';
import {
  chooseView,
  cleanup,
  CSRF,
  problem,
  requests,
  type,
  pressThenFocus,
} from './admin.fake.js';
import {
  accountHooks,
  announced,
  fakeClipboard,
  invalid,
  noSecretsStored,
  openAccount,
  SECRET,
  URI,
} from './account-setup.js';

describe('<hearth-admin> your account', () => {
  accountHooks();

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
});
