import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/session-signup.js';
import type { HearthSignupCompleteEvent } from '../../../src/events/signup-complete.js';
import type { HearthSignupSubmitEvent } from '../../../src/events/signup-submit.js';
import type { HearthSessionSignup } from '../../../src/session-signup/session-signup.js';
import { practice } from '../fixtures/demo-data.js';
import { watchConsole } from '../helpers/console.js';
import { $, active, root, textOf, until } from '../helpers/dom.js';
import { mountSignup, typeInto } from './mount.js';
import { signupFake, type SignupAnswer } from './session-signup.fake.js';

/** The event's own data, without the browser's `isTrusted`. */
const ownKeys = (event: Event) =>
  Object.keys(event)
    .filter((key) => key !== 'isTrusted')
    .sort();

/** What a visitor might type: none of it may leave the form except in the request body. */
const NAME = 'Marisol Quintero-Vale';
const EMAIL = 'marisol.qv@example.org';
const MESSAGE = 'My sister died in spring and evenings are hard';

const setup = (
  answers: SignupAnswer[] = [],
  groupId = 'grp-grief-online',
  options: Parameters<typeof mountSignup>[1] = {},
) => mountSignup(answers, { ...options, groupId });
const type = typeInto;

async function fill(element: HearthSessionSignup) {
  type(element, 'name', NAME);
  type(element, 'email', EMAIL);
  type(element, 'message', MESSAGE);
  for (const box of ['ageConfirmed', 'consent.contact', 'consent.privacy']) {
    root(element).querySelector<HTMLInputElement>(`[name="${box}"]`)?.click();
  }
  await element.updateComplete;
}

const submit = (element: HearthSessionSignup) =>
  $<HTMLButtonElement>(element, '[part~="submit"]').click();

describe('<hearth-session-signup> sending', () => {
  watchConsole();
  afterEach(() => fixtureCleanup());

  it('sends the answers once, with an Idempotency-Key, and confirms the request', async () => {
    const { element, fake } = await setup([], 'grp-anxiety-tuesday');
    await fill(element);
    const complete = oneEvent(element, 'hearth-signup-complete') as Promise<unknown>;
    submit(element);
    const event = (await complete) as HearthSignupCompleteEvent;
    expect(fake.calls).to.have.length(1);
    expect(fake.calls[0]!.url).to.equal(
      'https://api.example.test/v1/groups/grp-anxiety-tuesday/signups',
    );
    expect(fake.calls[0]!.key).to.match(/^[\w-]{16,}$/);
    expect(fake.calls[0]!.body).to.deep.equal({
      name: NAME,
      email: EMAIL,
      contactMethod: 'email',
      message: MESSAGE,
      ageConfirmed: true,
      consent: { contact: true, privacy: true },
    });
    expect(ownKeys(event)).to.deep.equal(['groupId', 'status']);
    expect({ groupId: event.groupId, status: event.status }).to.deep.equal({
      groupId: 'grp-anxiety-tuesday',
      status: 'requested',
    });

    const heading = await until(element, '#outcome');
    await waitUntil(() => active(element) === heading, 'focus did not move to the outcome');
    expect(heading.textContent).to.include('Your request has been sent');
    expect(textOf(element)).to.include('The practice will contact you the way you asked');
    expect(textOf(element)).to.include('This group starts with a short screening call.');
    expect($(element, '[role="status"]').textContent).to.include('Your request has been sent');
    await expect(element).to.be.accessible();
  });

  it("says what happens next in the practice's own words", async () => {
    const texts = { signupNext: 'We will call you within two working days.' };
    const { element } = await setup([], 'grp-grief-online', {
      practice: { ...practice, texts },
    });
    await fill(element);
    submit(element);
    await until(element, '#outcome');
    expect(textOf(element)).to.include(texts.signupNext);
  });

  it('shows the waitlist position, and that the group just filled', async () => {
    const { element } = await setup(['waitlisted']);
    await fill(element);
    submit(element);
    const heading = await until(element, '#outcome');
    expect(heading.textContent).to.include('You are on the waitlist');
    expect(textOf(element)).to.include('You are number 3 on the list.');
    expect(textOf(element)).to.include('The group filled up just before your request arrived.');
    await expect(element).to.be.accessible();
  });

  it('is busy while sending, and a double click makes one request', async () => {
    const { element, fake } = await setup(['hang', 'hang']);
    await fill(element);
    const button = $<HTMLButtonElement>(element, '[part~="submit"]');
    button.click();
    button.click();
    await element.updateComplete;
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent).to.include('Sending…');
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    expect(fake.calls).to.have.length(1);
    fake.release();
    await until(element, '#outcome');
    expect(fake.calls).to.have.length(1);
  });

  it('keeps everything after a network failure, and "Try again" sends the same key', async () => {
    const { element, fake } = await setup(['offline', 'requested']);
    await fill(element);
    submit(element);
    const alert = await until(element, '#alert');
    await waitUntil(() => active(element) === alert, 'focus did not move to the alert');
    expect(textOf(element)).to.include('Everything you typed is still here');
    expect($<HTMLInputElement>(element, '[name="name"]').value).to.equal(NAME);
    expect($<HTMLTextAreaElement>(element, '[name="message"]').value).to.equal(MESSAGE);
    expect($<HTMLInputElement>(element, '[name="consent.privacy"]').checked).to.equal(true);
    await expect(element).to.be.accessible();

    submit(element);
    await until(element, '#outcome');
    expect(fake.calls).to.have.length(2);
    expect(fake.calls[1]!.key).to.equal(fake.calls[0]!.key);
    expect(fake.calls[1]!.body).to.deep.equal(fake.calls[0]!.body);
  });

  it('makes a new key when the answers change after a failure', async () => {
    const { element, fake } = await setup(['server', 'requested']);
    await fill(element);
    submit(element);
    await until(element, '#alert');
    expect(textOf(element)).to.include('The practice’s system is having trouble');
    await expect(element).to.be.accessible();
    type(element, 'name', 'Mari');
    submit(element);
    await until(element, '#outcome');
    expect(fake.calls[1]!.key).to.not.equal(fake.calls[0]!.key);
  });

  it('explains a closed group and offers the other groups and the practice', async () => {
    const { element } = await setup(['closed']);
    await fill(element);
    submit(element);
    await until(element, '#alert');
    expect(textOf(element)).to.include('This group is not taking requests right now');
    expect(root(element).querySelector('[part~="alert"] a[href="tel:5035550142"]')).to.not.equal(
      null,
    );
    await expect(element).to.be.accessible();

    const other = [...root(element).querySelectorAll('button')].find((button) =>
      button.textContent?.includes('Choose another group'),
    )!;
    other.click();
    const picker = await until(element, '[part~="picker"]');
    await waitUntil(() => picker.contains(active(element)), 'focus did not move to the picker');
  });

  it('asks to wait, in words, after too many requests', async () => {
    const { element } = await setup(['busy']);
    await fill(element);
    submit(element);
    await until(element, '#alert');
    expect(textOf(element)).to.include('Please try again in 2 minutes.');
    await expect(element).to.be.accessible();
  });

  it("maps the server's field codes onto the fields, and its words for unknown codes", async () => {
    const { element } = await setup(['invalid']);
    await fill(element);
    type(element, 'phone', '555 0100 77');
    submit(element);
    const summary = await until(element, '[part~="summary"]');
    await waitUntil(() => active(element) === summary, 'focus did not move to the summary');
    const email = $<HTMLInputElement>(element, '[name="email"]');
    const phone = $<HTMLInputElement>(element, '[name="phone"]');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect($(element, `#${email.getAttribute('aria-describedby')}`).textContent).to.include(
      'Please enter an email address like name@example.com.',
    );
    expect($(element, `#${phone.getAttribute('aria-describedby')}`).textContent).to.include(
      'The server words this one itself.',
    );
    await expect(element).to.be.accessible();

    type(element, 'phone', '555 0100 78');
    await element.updateComplete;
    expect(phone.getAttribute('aria-invalid')).to.equal('false');
  });

  it('sends nothing when the host cancels hearth-signup-submit', async () => {
    const { element, fake } = await setup();
    await fill(element);
    let seen: HearthSignupSubmitEvent | undefined;
    element.addEventListener('hearth-signup-submit', (event) => {
      seen = event;
      event.preventDefault();
    });
    submit(element);
    await element.updateComplete;
    expect(seen?.groupId).to.equal('grp-grief-online');
    expect(ownKeys(seen!)).to.deep.equal(['groupId']);
    expect(fake.calls).to.have.length(0);
    expect(root(element).querySelector('form')).to.not.equal(null);
  });

  it('can be completed with the keyboard alone', async () => {
    const { element, fake } = await setup();
    const press = (key: string) => sendKeys({ press: key });
    await press('Tab'); // the crisis lines come first: call 988
    await press('Tab'); // text 988
    await press('Tab');
    expect(active(element)).to.equal($(element, '[name="name"]'));
    await sendKeys({ type: NAME });
    await press('Tab');
    await sendKeys({ type: EMAIL });
    await press('Tab'); // contact method: e-mail is chosen
    await press('ArrowRight'); // a phone call
    await press('Tab');
    expect(active(element)).to.equal($(element, '[name="phone"]'));
    await sendKeys({ type: '503 555 0199' });
    await press('Tab');
    await press('Space'); // OK to leave a message
    await press('Tab'); // best times
    await press('Tab'); // message
    await press('Tab');
    await press('Space'); // consent to be contacted
    await press('Tab');
    await press('Space'); // privacy
    await press('Tab'); // the privacy policy link
    await press('Tab');
    expect(active(element)).to.equal($(element, '[part~="submit"]'));
    await press('Enter');
    const heading = await until(element, '#outcome');
    await waitUntil(() => active(element) === heading, 'focus did not move to the outcome');
    expect(fake.calls).to.have.length(1);
    expect(fake.calls[0]!.body).to.deep.include({
      contactMethod: 'phone',
      phone: '503 555 0199',
      okToLeaveMessage: true,
    });
  });

  it('starts a new request for another group, keeping what was typed', async () => {
    const { element, fake } = await setup();
    await fill(element);
    submit(element);
    await until(element, '#outcome');
    element.groupId = 'grp-anxiety-tuesday';
    await waitUntil(() => textOf(element).includes('Calmer Tuesdays'), 'no form for the new group');
    expect($<HTMLInputElement>(element, '[name="name"]').value).to.equal(NAME);
    root(element).querySelector<HTMLInputElement>('[name="ageConfirmed"]')!.click();
    submit(element);
    await until(element, '#outcome');
    expect(fake.calls).to.have.length(2);
    expect(fake.calls[1]!.key).to.not.equal(fake.calls[0]!.key);

    element.reset();
    await until(element, 'form');
    expect($<HTMLInputElement>(element, '[name="name"]').value).to.equal('');
    expect($<HTMLInputElement>(element, '[name="consent.contact"]').checked).to.equal(false);
  });

  it('explains at once when the given group is closed to requests', async () => {
    const fake = signupFake();
    const element = await fixture<HearthSessionSignup>(
      html`<hearth-session-signup
        group-id="grp-trauma-monday"
        .client=${fake.client}
      ></hearth-session-signup>`,
    );
    await until(element, '[part~="alert"]');
    expect(root(element).querySelector('form')).to.equal(null);
    expect(textOf(element)).to.include('This group is not taking requests right now');
    await expect(element).to.be.accessible();
  });

  it('puts nothing typed in the URL, browser storage, the console or events', async () => {
    const logged: string[] = [];
    const methods = ['log', 'info', 'debug', 'warn', 'error'] as const;
    const originals = methods.map((method) => console[method]);
    for (const method of methods) {
      console[method] = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    }
    const events: string[] = [];
    const record = (event: Event) =>
      events.push(JSON.stringify({ ...event, type: event.type, detail: String(event) }));
    for (const name of ['hearth-signup-submit', 'hearth-signup-complete']) {
      window.addEventListener(name, record);
    }
    try {
      const { element } = await setup(['offline', 'invalid', 'requested']);
      await fill(element);
      submit(element);
      await until(element, '#alert');
      submit(element);
      await until(element, '[part~="summary"]');
      type(element, 'email', EMAIL);
      submit(element);
      await until(element, '#outcome');
      expect(events).to.have.length(4);
      const everywhere = [
        location.href,
        JSON.stringify({ ...localStorage }),
        JSON.stringify({ ...sessionStorage }),
        ...logged,
        ...events,
      ].join('\n');
      for (const secret of [NAME, EMAIL, MESSAGE, 'Marisol', 'example.org']) {
        expect(everywhere).to.not.include(secret);
      }
    } finally {
      methods.forEach((method, index) => (console[method] = originals[index]!));
      for (const name of ['hearth-signup-submit', 'hearth-signup-complete']) {
        window.removeEventListener(name, record);
      }
    }
  });
});
