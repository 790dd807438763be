import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/story-wall.js';
import type { Practice } from '../../../src/api/index.js';
import type { HearthStorySharedEvent } from '../../../src/events/story-shared.js';
import type { HearthStoryWall } from '../../../src/story-wall/story-wall.js';
import { practice } from '../fixtures/demo-data.js';
import { watchConsole } from '../helpers/console.js';
import { $, $$, root, until } from '../helpers/dom.js';
import { storyFake, type StoryFake } from './story-wall.fake.js';

const STORY = 'For a long time I kept my worries to myself.\nTalking in a group changed that.';

async function openForm(fake: StoryFake = storyFake(), options: { practice?: Practice } = {}) {
  if (options.practice) fake = storyFake({ practice: options.practice, answers: fake.answers });
  const element = await fixture<HearthStoryWall>(
    html`<hearth-story-wall .client=${fake.client}></hearth-story-wall>`,
  );
  await until(element, '[part~="share"]');
  $<HTMLButtonElement>(element, '[part~="share"]').click();
  await until(element, '#story-body');
  return { element, fake };
}

/** Types into a field as a person would: focus, then keys. */
async function type(element: HearthStoryWall, selector: string, text: string) {
  $(element, selector).focus();
  await sendKeys({ type: text });
  await element.updateComplete;
}

/** Puts a whole text in the story field at once (typing 1,000 characters takes a while). */
async function paste(element: HearthStoryWall, text: string) {
  const field = $<HTMLTextAreaElement>(element, '#story-body');
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

async function fillValid(element: HearthStoryWall) {
  await paste(element, STORY);
  $<HTMLInputElement>(element, 'input[name="topics"][value="anxiety"]').click();
  $<HTMLInputElement>(element, '#story-consent').click();
  await element.updateComplete;
}

const send = (element: HearthStoryWall) =>
  $<HTMLButtonElement>(element, '[part~="share-form"] [type="submit"]').click();

describe('<hearth-story-wall> sharing', () => {
  watchConsole();

  beforeEach(() => localStorage.clear());
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
  });

  it('opens by keyboard as a disclosure, explains the review, and takes focus to the text', async () => {
    const element = await fixture<HearthStoryWall>(
      html`<hearth-story-wall .client=${storyFake().client}></hearth-story-wall>`,
    );
    await until(element, '[part~="share"]');
    const toggle = $<HTMLButtonElement>(element, '[part~="share"]');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(element, '[part~="share-form"]').hidden).to.equal(true);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await until(element, '#story-body');
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(root(element).activeElement).to.equal($(element, '#story-body'));
    const form = $(element, '[part~="share-form"]');
    expect(form.textContent).to.include(
      'Someone at Riverbend Counselling Collective reads every story before it appears here.',
    );
    expect(form.textContent).to.include('published without your name');
    expect(form.textContent).to.include('may be removed');
    await expect(element).to.be.accessible();
  });

  it('counts characters, and speaks up only near the limit', async () => {
    const { element } = await openForm(storyFake(), {
      practice: { ...practice, storyMaxLength: 100 },
    });
    const live = () => $(element, '#story-body ~ [role="status"]').textContent!.trim();
    await type(element, '#story-body', 'Hello there');
    expect($(element, '#story-body-count').textContent).to.include('11 of 100 characters');
    expect(live()).to.equal('');
    await paste(element, 'x'.repeat(60));
    expect(live()).to.equal('40 characters left');
    await paste(element, 'x'.repeat(104));
    expect(live()).to.equal('4 characters over the limit');
  });

  it('warns gently, and says what, when the text holds contact details', async () => {
    const { element } = await openForm();
    await type(element, '#story-body', 'Write to me at sam@example.com or call 503 555 0142');
    const warning = $(element, '[part~="warning"]');
    expect(warning.parentElement!.getAttribute('role')).to.equal('status');
    expect(warning.textContent).to.include('an e-mail address and a phone number');
    await expect(element).to.be.accessible();
    await paste(element, 'Nothing to find here, just my own words.');
    expect($(element, '[part~="warning"]')).to.equal(null);
  });

  it('shows the crisis resources at once when the text suggests danger, blocking nothing', async () => {
    const { element, fake } = await openForm();
    await type(element, '#story-body', 'Some nights I want to die and I do not know who to tell.');
    const panel = $(element, '.crisis-now');
    expect(panel.parentElement!.getAttribute('role')).to.equal('status');
    expect(panel.textContent).to.include('988 Suicide & Crisis Lifeline');
    expect(panel.querySelector('a[href="tel:988"]')).not.to.equal(null);
    await expect(element).to.be.accessible();
    // Still possible to share.
    $<HTMLInputElement>(element, '#story-consent').click();
    await element.updateComplete;
    send(element);
    await waitUntil(() => fake.calls.length === 1, 'the story was not sent');
  });

  it('shows errors after touch or submit, with a summary, and focuses the first invalid field', async () => {
    const { element, fake } = await openForm();
    await type(element, '#story-body', 'Too short');
    expect($(element, '#body-error')).to.equal(null);
    $(element, '#story-note').focus();
    await element.updateComplete;
    expect($(element, '#body-error').textContent).to.include('at least 20 characters');
    send(element);
    await until(element, '[part~="summary"]');
    await element.updateComplete;
    expect(fake.calls).to.have.length(0);
    const summary = $(element, '[part~="summary"]');
    expect(summary.textContent).to.include('Please check 2 things');
    expect($(element, '#consent-error').textContent).to.include('Please agree');
    expect($(element, '#story-body').getAttribute('aria-invalid')).to.equal('true');
    expect($(element, '#story-body').getAttribute('aria-describedby')).to.include('body-error');
    expect(root(element).activeElement).to.equal($(element, '#story-body'));
    await expect(element).to.be.accessible();

    summary.querySelector<HTMLAnchorElement>('a[data-field="consent"]')!.click();
    expect(root(element).activeElement).to.equal($(element, '#story-consent'));
    expect(location.hash).to.equal('');
  });

  it('sends the story once, with an Idempotency-Key, then thanks and says what happens next', async () => {
    const { element, fake } = await openForm();
    await fillValid(element);
    await type(element, '#story-note', 'Panic attacks');
    const submitEvent = oneEvent(element, 'hearth-story-submit');
    const sharedEvent = oneEvent(element, 'hearth-story-shared');
    send(element);
    expect((await submitEvent).cancelable).to.equal(true);
    const shared = (await sharedEvent) as unknown as HearthStorySharedEvent;
    expect(shared.crisis).to.equal(false);
    expect(shared.bubbles && shared.composed).to.equal(true);
    expect(fake.calls).to.have.length(1);
    expect(fake.calls[0]!.path).to.equal('/v1/stories');
    expect(fake.calls[0]!.key).to.match(/.{16,}/);
    expect(fake.calls[0]!.body).to.deep.equal({
      body: STORY,
      topics: ['anxiety'],
      contentWarning: 'Panic attacks',
      consent: true,
    });
    await until(element, '[part~="outcome"]');
    await element.updateComplete;
    const outcome = $(element, '[part~="outcome"]');
    expect(root(element).activeElement).to.equal($(element, '#story-outcome'));
    expect(outcome.textContent).to.include('Thank you for sharing');
    expect(outcome.textContent).to.include('will read your story');
    expect(outcome.querySelector('.crisis-now')).to.equal(null);
    await expect(element).to.be.accessible();

    // Another story starts empty.
    outcome.querySelector<HTMLButtonElement>('button')!.click();
    await until(element, '#story-body');
    expect($<HTMLTextAreaElement>(element, '#story-body').value).to.equal('');
  });

  it('shows the resources prominently after sending when the server flagged crisis language', async () => {
    const { element } = await openForm(storyFake({ answers: ['crisis'] }));
    await fillValid(element);
    const sharedEvent = oneEvent(element, 'hearth-story-shared');
    send(element);
    expect(((await sharedEvent) as unknown as HearthStorySharedEvent).crisis).to.equal(true);
    await until(element, '[part~="outcome"] .crisis-now.prominent');
    const panel = $(element, '[part~="outcome"] .crisis-now');
    expect(panel.textContent).to.include('Crisis Text Line');
    expect(panel.querySelector('a[href="sms:741741"]')).not.to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('sends nothing when the host page cancels hearth-story-submit', async () => {
    const { element, fake } = await openForm();
    await fillValid(element);
    element.addEventListener('hearth-story-submit', (event) => event.preventDefault(), {
      once: true,
    });
    send(element);
    await element.updateComplete;
    expect(fake.calls).to.have.length(0);
  });

  it('keeps everything typed on a network failure, and retries with the same key', async () => {
    const { element, fake } = await openForm(storyFake({ answers: ['offline'] }));
    await fillValid(element);
    send(element);
    await until(element, '[part~="alert"]');
    await element.updateComplete;
    expect($(element, '[part~="alert"]').textContent).to.include(
      'Everything you wrote is still here',
    );
    expect(root(element).activeElement).to.equal($(element, '#story-alert'));
    expect($<HTMLTextAreaElement>(element, '#story-body').value).to.equal(STORY);
    expect($<HTMLInputElement>(element, '#story-consent').checked).to.equal(true);
    await expect(element).to.be.accessible();
    send(element);
    await until(element, '[part~="outcome"]');
    expect(fake.calls).to.have.length(2);
    expect(fake.calls[1]!.key).to.equal(fake.calls[0]!.key);
    expect(fake.calls[1]!.body).to.deep.equal(fake.calls[0]!.body);
  });

  it('uses a new key once the story changed after a failure', async () => {
    const { element, fake } = await openForm(storyFake({ answers: ['server'] }));
    await fillValid(element);
    send(element);
    await until(element, '[part~="alert"]');
    expect($(element, '[part~="alert"]').textContent).to.include('on the practice’s side');
    await type(element, '#story-body', ' More.');
    send(element);
    await until(element, '[part~="outcome"]');
    expect(fake.calls[1]!.key).not.to.equal(fake.calls[0]!.key);
  });

  it('asks to wait when there are too many requests', async () => {
    const { element } = await openForm(storyFake({ answers: ['busy'] }));
    await fillValid(element);
    send(element);
    await until(element, '[part~="alert"]');
    expect($(element, '[part~="alert"]').textContent).to.include('try again in 2 minutes');
  });

  it("puts the server's field codes on the fields, in the visitor's words", async () => {
    const { element } = await openForm(storyFake({ answers: ['invalid'] }));
    await fillValid(element);
    send(element);
    await until(element, '#body-error');
    await element.updateComplete;
    expect($(element, '#body-error').textContent).to.include('at least 20 characters');
    expect($(element, '#topics-error').textContent).to.include('Please choose again.');
    expect(root(element).activeElement).to.equal($(element, '#story-body'));
    await expect(element).to.be.accessible();
  });

  it('limits topics to five', async () => {
    const topics = Array.from({ length: 6 }, (_, index) => ({
      id: `t${index}`,
      label: `Topic ${index}`,
    }));
    const { element } = await openForm(storyFake(), { practice: { ...practice, topics } });
    await paste(element, STORY);
    for (const input of $$<HTMLInputElement>(element, 'input[name="topics"]')) input.click();
    $<HTMLInputElement>(element, '#story-consent').click();
    await element.updateComplete;
    send(element);
    await until(element, '#topics-error');
    expect($(element, '#topics-error').textContent).to.include('at most 5 topics');
  });

  it('hides the honeypot from people and assistive technology', async () => {
    const { element } = await openForm();
    const honeypot = $<HTMLInputElement>(element, 'input[name="website"]');
    expect(honeypot.closest('[aria-hidden="true"]')).not.to.equal(null);
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.getBoundingClientRect().right).to.be.lessThan(0);
  });

  it('shares by keyboard alone', async () => {
    const { element, fake } = await openForm();
    await sendKeys({ type: 'Reading these helped me more than I can say.' });
    await sendKeys({ press: 'Tab' }); // first topic
    await sendKeys({ press: 'Space' });
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab']) await sendKeys({ press: key }); // note
    await sendKeys({ type: 'Grief' });
    await sendKeys({ press: 'Tab' }); // consent
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' }); // send
    await sendKeys({ press: 'Enter' });
    await until(element, '[part~="outcome"]');
    expect(fake.calls[0]!.body).to.deep.equal({
      body: 'Reading these helped me more than I can say.',
      topics: ['anxiety'],
      contentWarning: 'Grief',
      consent: true,
    });
  });

  it('can be left out with without-share', async () => {
    const element = await fixture<HearthStoryWall>(
      html`<hearth-story-wall without-share .client=${storyFake().client}></hearth-story-wall>`,
    );
    await until(element, '[part~="card"]');
    expect($(element, '[part~="share"]')).to.equal(null);
  });

  it('speaks Spanish in the form and its errors', async () => {
    const element = await fixture<HearthStoryWall>(
      html`<hearth-story-wall lang="es" .client=${storyFake().client}></hearth-story-wall>`,
    );
    await waitUntil(() => root(element).textContent!.includes('Compartir su historia'));
    $<HTMLButtonElement>(element, '[part~="share"]').click();
    await until(element, '#story-body');
    send(element);
    await until(element, '[part~="summary"]');
    expect($(element, '[part~="summary"]').textContent).to.include('Revise 2 cosas');
    expect($(element, '#body-error').textContent).to.include('Escriba su historia');
    await type(element, '#story-body', 'Escríbeme a ana@example.com');
    expect($(element, '[part~="warning"]').textContent).to.include('un correo electrónico');
    await expect(element).to.be.accessible();
  });
});
