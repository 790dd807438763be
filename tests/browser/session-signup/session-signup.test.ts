import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/provider.js';
import { HearthGroupSelectEvent } from '../../../src/events/group-select.js';
import '../../../src/define/session-signup.js';
import { HearthSessionSignup } from '../../../src/session-signup/session-signup.js';
import { practice } from '../fixtures/demo-data.js';
import { watchConsole } from '../helpers/console.js';
import { $, root, textOf, until } from '../helpers/dom.js';
import { runProviderContract, showsMarkedStates } from '../helpers/provider-contract.js';
import { signupFake, type SignupFake } from './session-signup.fake.js';

runProviderContract({
  tag: 'hearth-session-signup',
  widget: HearthSessionSignup,
  shows: showsMarkedStates('[part~="picker"], [part~="form"]'),
  loadedText: {
    en: 'Which group would you like to join?',
    es: '¿A qué grupo le gustaría unirse?',
  },
});

async function formFor(groupId: string, fake: SignupFake = signupFake(), lang = 'en') {
  const element = await fixture<HearthSessionSignup>(
    html`<hearth-session-signup
      group-id=${groupId}
      lang=${lang}
      .client=${fake.client}
    ></hearth-session-signup>`,
  );
  await waitUntil(() => root(element).querySelector('form'), 'no form');
  return element;
}

describe('<hearth-session-signup> form', () => {
  watchConsole();
  afterEach(() => fixtureCleanup());

  it('names the group and asks only what the issue lists, with native labelled inputs', async () => {
    const element = await formFor('grp-grief-online');
    expect($(element, 'h2').textContent).to.include('Request a spot: After loss: a grief circle');
    const named = [...root(element).querySelectorAll<HTMLInputElement>('[name]')].map(
      (input) => input.name,
    );
    expect([...new Set(named)]).to.deep.equal([
      'name',
      'email',
      'contactMethod',
      'phone',
      'bestTimes',
      'message',
      'consent.contact',
      'consent.privacy',
      'website',
    ]);
    expect($<HTMLInputElement>(element, '[name="name"]').autocomplete).to.equal('name');
    expect($<HTMLInputElement>(element, '[name="email"]').autocomplete).to.equal('email');
    expect($<HTMLInputElement>(element, '[name="email"]').type).to.equal('email');
    expect($<HTMLInputElement>(element, '[name="phone"]').autocomplete).to.equal('tel');
    expect($<HTMLInputElement>(element, '[name="phone"]').type).to.equal('tel');
    for (const consent of ['consent.contact', 'consent.privacy']) {
      const box = $<HTMLInputElement>(element, `[name="${consent}"]`);
      expect(box.type).to.equal('checkbox');
      expect(box.checked, consent).to.equal(false);
      expect(box.labels?.[0]?.textContent?.trim()).to.have.length.greaterThan(10);
    }
    await expect(element).to.be.accessible();
  });

  it('hides the honeypot from people and assistive technology', async () => {
    const element = await formFor('grp-grief-online');
    const honeypot = $<HTMLInputElement>(element, '[name="website"]');
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.autocomplete).to.equal('off');
    expect(honeypot.closest('[aria-hidden="true"]')).to.not.equal(null);
    const box = honeypot.getBoundingClientRect();
    expect(box.right <= 0 || box.width <= 1).to.equal(true);
  });

  it('links the privacy policy in a new tab and keeps the crisis lines in view', async () => {
    const element = await formFor('grp-grief-online');
    const link = $<HTMLAnchorElement>(element, `a[href="${practice.privacyPolicyUrl}"]`);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    const crisis = $(element, '[part~="crisis"]');
    expect(crisis.textContent).to.include('not monitored around the clock');
    expect(crisis.querySelector('a[href="tel:988"]')).to.not.equal(null);
    expect(crisis.querySelector('a[href="sms:988"]')).to.not.equal(null);
  });

  it('asks to confirm the age range only for a group that has one', async () => {
    const withAges = await formFor('grp-anxiety-tuesday');
    expect(textOf(withAges)).to.include(
      "I confirm I am in this group's age range (ages 18 and over)",
    );
    expect(root(withAges).querySelector('[name="ageConfirmed"]')).to.not.equal(null);
    const without = await formFor('grp-grief-online');
    expect(root(without).querySelector('[name="ageConfirmed"]')).to.equal(null);
  });

  it('needs a phone, and asks about messages, when the contact is by phone or text', async () => {
    const element = await formFor('grp-grief-online');
    const phone = () => $<HTMLInputElement>(element, '[name="phone"]');
    expect(phone().required).to.equal(false);
    expect(root(element).querySelector('[name="okToLeaveMessage"]')).to.equal(null);
    $<HTMLInputElement>(element, '[name="contactMethod"][value="text"]').click();
    await element.updateComplete;
    expect(phone().required).to.equal(true);
    expect(phone().labels?.[0]?.textContent).to.include('needed for calls and texts');
    expect(root(element).querySelector('[name="okToLeaveMessage"]')).to.not.equal(null);
    phone().focus();
    phone().blur();
    await element.updateComplete;
    expect(textOf(element)).to.include('Please add a phone number for calls or texts.');
  });

  it('shows an error after a field is left, with aria-invalid and aria-describedby', async () => {
    const element = await formFor('grp-grief-online');
    const email = $<HTMLInputElement>(element, '[name="email"]');
    expect(textOf(element)).to.not.include('Please enter');
    email.focus();
    await sendKeys({ type: 'not-an-address' });
    await element.updateComplete;
    expect(email.getAttribute('aria-invalid'), 'not while typing a first time').to.equal('false');
    email.blur();
    await element.updateComplete;
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    const message = $(element, `#${email.getAttribute('aria-describedby')}`);
    expect(message.textContent).to.include('Please enter an email address like name@example.com.');
    await expect(element).to.be.accessible();

    email.focus();
    await sendKeys({ type: '@example.org' });
    await element.updateComplete;
    expect(email.getAttribute('aria-invalid'), 'fixed as they type').to.equal('false');
  });

  it('counts the message and gently asks to leave crisis details out', async () => {
    const element = await formFor('grp-grief-online');
    const message = $<HTMLTextAreaElement>(element, '[name="message"]');
    message.focus();
    await sendKeys({ type: 'Hello' });
    await element.updateComplete;
    const hints = message
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => $(element, `#${id}`).textContent);
    expect(hints.join(' ')).to.include('leave out crisis details');
    expect(hints.join(' ')).to.include('5 of 1,000 characters');
  });

  it('summarises the errors on send, moves focus there, and links to each field', async () => {
    const fake = signupFake();
    const element = await formFor('grp-anxiety-tuesday', fake);
    const before = location.href;
    $<HTMLButtonElement>(element, '[part~="submit"]').click();
    await waitUntil(() => root(element).querySelector('[part~="summary"]'), 'no summary');
    const summary = $(element, '[part~="summary"]');
    expect(root(element).activeElement).to.equal(summary);
    expect(summary.textContent).to.include('Please check 5 things');
    const links = [...summary.querySelectorAll('a')].map((link) => link.textContent?.trim());
    expect(links).to.deep.equal([
      'Please tell us what to call you.',
      'Please enter your email address.',
      'Please confirm the age range, or ask the practice about it.',
      'Please agree to be contacted, so the practice can reply.',
      'Please accept the privacy policy to send your request.',
    ]);
    await expect(element).to.be.accessible();

    summary.querySelectorAll('a')[1]!.click();
    expect(root(element).activeElement).to.equal($(element, '[name="email"]'));
    expect(location.href).to.equal(before);
    expect(fake.calls).to.have.length(0);
  });

  it('fits 320 px in one column, with targets at least 44 px high', async () => {
    const element = await formFor('grp-anxiety-tuesday');
    element.style.cssText = 'display: block; width: 320px';
    $<HTMLInputElement>(element, '[name="contactMethod"][value="phone"]').click();
    $<HTMLButtonElement>(element, '[part~="submit"]').click();
    await until(element, '[part~="summary"]');
    const form = $(element, 'form');
    expect(form.scrollWidth).to.be.at.most(320);
    const targets = root(element).querySelectorAll<HTMLElement>(
      'input:not([name="website"]), textarea, button, .check',
    );
    for (const target of targets) {
      const box = (target.closest('.check') ?? target).getBoundingClientRect();
      expect(box.height, target.outerHTML.slice(0, 60)).to.be.at.least(44);
      expect(box.right).to.be.at.most(element.getBoundingClientRect().right + 0.5);
    }
  });

  it('passes axe in the dark theme with errors showing', async () => {
    const element = await fixture<HearthSessionSignup>(
      html`<hearth-session-signup
        group-id="grp-anxiety-tuesday"
        theme="dark"
        .client=${signupFake().client}
      ></hearth-session-signup>`,
    );
    await waitUntil(() => root(element).querySelector('form'), 'no form');
    $<HTMLButtonElement>(element, '[part~="submit"]').click();
    await waitUntil(() => root(element).querySelector('[part~="summary"]'), 'no summary');
    await expect(element).to.be.accessible();
  });

  it('speaks Spanish, errors included', async () => {
    const element = await formFor('grp-grief-online', signupFake(), 'es');
    await waitUntil(() => textOf(element).includes('Solicitar un lugar'), 'no Spanish');
    $<HTMLButtonElement>(element, '[part~="submit"]').click();
    await waitUntil(() => root(element).querySelector('[part~="summary"]'), 'no summary');
    expect(textOf(element)).to.include('Díganos cómo llamarle.');
    expect(textOf(element)).to.include('Este formulario no se atiende a toda hora');
    await expect(element).to.be.accessible();
  });
});

describe('<hearth-session-signup> picker', () => {
  watchConsole();
  afterEach(() => fixtureCleanup());

  it('offers the open groups and "Not sure", then the form for the chosen one', async () => {
    const element = await fixture<HearthSessionSignup>(
      html`<hearth-session-signup .client=${signupFake().client}></hearth-session-signup>`,
    );
    await waitUntil(() => root(element).querySelector('[part~="picker"]'), 'no picker');
    const options = [...root(element).querySelectorAll<HTMLInputElement>('[name="group"]')];
    expect(options.map((option) => option.value)).to.deep.equal([
      'grp-anxiety-tuesday',
      'grp-grief-online',
      'grp-parents-hybrid',
      '',
    ]);
    expect(textOf(element)).to.include('Not sure — help me choose');
    expect(root(element).querySelector('form')).to.equal(null);
    await expect(element).to.be.accessible();

    options[2]!.click();
    await element.updateComplete;
    expect($(element, 'form h2').textContent).to.include('Join the waitlist');
    await expect(element).to.be.accessible();
  });

  it('shows the practice’s contact instead of the form for "Not sure"', async () => {
    const element = await fixture<HearthSessionSignup>(
      html`<hearth-session-signup .client=${signupFake().client}></hearth-session-signup>`,
    );
    await waitUntil(() => root(element).querySelector('[part~="picker"]'), 'no picker');
    $<HTMLInputElement>(element, '[name="group"][value=""]').click();
    await element.updateComplete;
    expect(root(element).querySelector('form')).to.equal(null);
    expect(textOf(element)).to.include('The practice can help you choose');
    expect(root(element).querySelector('a[href="tel:5035550142"]')).to.not.equal(null);
    await expect(element).to.be.accessible();
  });

  it("uses the provider's selected group", async () => {
    const fake = signupFake();
    const provider = await fixture(html`
      <hearth-provider .client=${fake.client}
        ><hearth-session-signup></hearth-session-signup
      ></hearth-provider>
    `);
    const element = provider.querySelector('hearth-session-signup')!;
    await waitUntil(() => root(element).querySelector('[part~="picker"]'), 'no picker');
    element.dispatchEvent(new HearthGroupSelectEvent('grp-grief-online'));
    await waitUntil(() => root(element).querySelector('form'), 'no form');
    expect($(element, 'form h2').textContent).to.include('After loss: a grief circle');
  });
});
