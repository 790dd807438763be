/**
 * The sign-up form when what a visitor writes speaks of suicide, self-harm or a loss: a calm
 * help panel beside the field, said once to screen readers, and a confirmation that leads with
 * the crisis lines when the server flags the request. The phrases are clear ones: the tiers
 * themselves are measured by `npm run eval:safety`.
 */
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/session-signup.js';
import type { HearthSessionSignup } from '../../../src/session-signup/session-signup.js';
import { watchConsole } from '../helpers/console.js';
import { $, active, root, sleep, text } from '../helpers/dom.js';
import { mountSignup, typeInto } from './mount.js';
import type { SignupAnswer } from './session-signup.fake.js';

const HIGH = 'I want to kill myself tonight, I have the pills';
const MEDIUM = "I don't want to be alive anymore";
const LOW = 'My brother died by suicide years ago';
const CALM = 'My sister died in spring and evenings are hard';

const panelOf = (element: Element) =>
  root(element).querySelector<HTMLElement>('form [part~="crisis-help"]');
/** The polite live region the form speaks through. */
const liveRegion = (element: Element) => $(element, '.base > [role="status"]');

const setup = (answers: SignupAnswer[] = [], lang = 'en') => mountSignup(answers, { lang });
const type = typeInto;

async function helpShows(element: HearthSessionSignup) {
  await waitUntil(() => panelOf(element), 'the help panel never showed');
  return panelOf(element)!;
}

/** Waits until the detector has arrived and the form has drawn what it says. */
async function detectorSettled(element: HearthSessionSignup) {
  await import('../../../src/api/rules/safety/crisis.js');
  for (let round = 0; round < 3; round++) {
    await sleep(0);
    await element.updateComplete;
  }
}

async function fillAndSend(element: HearthSessionSignup, message: string) {
  type(element, 'name', 'Robin');
  type(element, 'email', 'robin@example.net');
  type(element, 'message', message);
  for (const box of ['consent.contact', 'consent.privacy']) {
    $<HTMLInputElement>(element, `[name="${box}"]`).click();
  }
  await element.updateComplete;
  $<HTMLButtonElement>(element, '[part~="submit"]').click();
  await waitUntil(() => root(element).querySelector('#outcome'), 'no outcome');
}

describe('<hearth-session-signup> when the message speaks of suicide', () => {
  watchConsole();
  afterEach(() => fixtureCleanup());

  it('shows a calm help panel beside the message, with the crisis lines to call or text', async () => {
    const { element } = await setup();
    type(element, 'message', HIGH);
    const panel = await helpShows(element);
    expect(text(panel)).to.include(
      'If you are thinking about suicide or might act on it, please don’t wait for us: call or text 988 now.',
    );
    expect(text(panel)).to.include('You can still send your request.');
    expect(panel.querySelector('a[href="tel:988"]')?.textContent).to.include('Call 988');
    expect(panel.querySelector('a[href="sms:988"]')?.textContent).to.include('Text 988');
    // Beside the field: right after the message box, before the next question.
    const field = $(element, '#f-message').closest('.field')!;
    expect(field.nextElementSibling).to.equal(panel);
    // A panel, not an alarm: no alert role, no live region of its own.
    expect(panel.closest('[role="alert"], [role="status"], [aria-live]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('speaks as urgently for current thoughts (medium)', async () => {
    const { element } = await setup();
    type(element, 'message', MEDIUM);
    const panel = await helpShows(element);
    expect(text(panel)).to.include('call or text 988 now');
  });

  it('offers the same lines more gently for a loss told calmly (low)', async () => {
    const { element } = await setup();
    type(element, 'message', LOW);
    const panel = await helpShows(element);
    expect(text(panel)).to.include('If any of this feels heavy right now');
    expect(text(panel)).to.not.include('call or text 988 now');
    expect(panel.querySelector('a[href="tel:988"]')).to.not.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows nothing for a calm message, and the panel goes when the words go', async () => {
    const { element } = await setup();
    type(element, 'message', CALM);
    await detectorSettled(element);
    expect(panelOf(element)).to.equal(null);
    type(element, 'message', `${CALM}. ${HIGH}`);
    await helpShows(element);
    type(element, 'message', CALM);
    await element.updateComplete;
    expect(panelOf(element)).to.equal(null);
  });

  it('shows the help beside the best times when that is where the words are', async () => {
    const { element } = await setup();
    type(element, 'bestTimes', MEDIUM);
    const panel = await helpShows(element);
    const field = $(element, '#f-bestTimes').closest('.field')!;
    expect(field.nextElementSibling).to.equal(panel);
  });

  it('tells screen readers once, not on every keystroke', async () => {
    const { element } = await setup();
    const region = liveRegion(element);
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(text(region)));
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    try {
      type(element, 'message', MEDIUM);
      await helpShows(element);
      await element.updateComplete;
      for (const more of [' and', ' I', ' have', ' the pills', ' tonight']) {
        type(element, 'message', `${$<HTMLTextAreaElement>(element, '#f-message').value}${more}`);
        await element.updateComplete;
      }
      await sleep(0);
      const spoken = said.filter(Boolean);
      expect(new Set(spoken).size, spoken.join(' | ')).to.equal(1);
      expect(spoken[0]).to.include('please don’t wait for us');
    } finally {
      observer.disconnect();
    }
  });

  it('reaches the crisis lines by keyboard right after the message', async () => {
    const { element } = await setup();
    $<HTMLTextAreaElement>(element, '#f-message').focus();
    await sendKeys({ type: MEDIUM });
    await helpShows(element);
    await sendKeys({ press: 'Tab' });
    expect(active(element)).to.equal(panelOf(element)!.querySelector('a[href="tel:988"]'));
    await sendKeys({ press: 'Tab' });
    expect(active(element)).to.equal(panelOf(element)!.querySelector('a[href="sms:988"]'));
  });

  it('leads the confirmation with the crisis lines when the server flags the request', async () => {
    const { element, fake } = await setup(['crisis']);
    await fillAndSend(element, HIGH);
    expect(fake.calls[0]!.body['message']).to.equal(HIGH);
    const outcome = $(element, '[part~="outcome"]');
    const heading = $(element, '#outcome');
    expect(text(heading)).to.equal(
      'Please don’t wait for us: if you might act on these thoughts, call or text 988 now (or your local emergency number).',
    );
    await waitUntil(() => active(element) === heading, 'focus did not move to the outcome');
    expect(outcome.querySelector('a[href="tel:988"]')).to.not.equal(null);
    expect(outcome.querySelector('a[href="sms:741741"]')).to.not.equal(null);
    expect(text(outcome)).to.include('We have your request too and will contact you.');
    // The usual "we will be in touch" would read as "wait".
    expect(text(outcome)).to.not.include('The practice will contact you the way you asked');
    expect(text(liveRegion(element))).to.equal(text(heading));
    await expect(element).to.be.accessible();
  });

  it('confirms as usual when the server does not flag the request', async () => {
    const { element } = await setup(['requested']);
    await fillAndSend(element, CALM);
    expect(text($(element, '#outcome'))).to.equal('Your request has been sent');
    expect(root(element).querySelector('[part~="crisis-help"]')).to.equal(null);
  });

  it('keeps the crisis words out of events', async () => {
    const events: string[] = [];
    const record = (event: Event) => events.push(JSON.stringify({ ...event, type: event.type }));
    window.addEventListener('hearth-signup-complete', record);
    try {
      const { element } = await setup(['crisis']);
      await fillAndSend(element, HIGH);
      expect(events).to.have.length(1);
      expect(events[0]).to.not.match(/kill|pills|crisis|988/);
    } finally {
      window.removeEventListener('hearth-signup-complete', record);
    }
  });

  it('says all of it in Spanish, as calmly', async () => {
    const { element } = await setup(['crisis'], 'es');
    await waitUntil(() => text(root(element)).includes('Solicitar un lugar'), 'no Spanish');
    type(element, 'message', 'Ya no quiero vivir, tengo las pastillas');
    const panel = await helpShows(element);
    expect(text(panel)).to.include(
      'Si está pensando en quitarse la vida o cree que podría llegar a hacerlo, no espere a que le contactemos: llame o envíe un mensaje al 988 ahora.',
    );
    expect(panel.querySelector('a[href="tel:988"]')?.textContent).to.include('Llamar al 988');
    await expect(element).to.be.accessible();
    await fillAndSend(element, 'Ya no quiero vivir, tengo las pastillas');
    expect(text($(element, '#outcome'))).to.equal(
      'No espere a que le contactemos: si cree que podría hacerse daño, llame o envíe un mensaje al 988 ahora (o llame al número de emergencias de su zona).',
    );
    expect(text($(element, '[part~="outcome"]'))).to.include(
      'También tenemos su solicitud y nos pondremos en contacto con usted.',
    );
    await expect(element).to.be.accessible();
  });

  it('fits 320 px with the panel showing, its links at least 44 px high', async () => {
    const { element } = await setup();
    element.style.cssText = 'display: block; width: 320px';
    type(element, 'message', HIGH);
    const panel = await helpShows(element);
    expect($(element, 'form').scrollWidth).to.be.at.most(320);
    for (const link of panel.querySelectorAll('a')) {
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
    }
  });
});
