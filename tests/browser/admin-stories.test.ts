import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { watchConsole } from './helpers/console.js';
import {
  $,
  $$,
  active,
  admin,
  cleanup,
  CSRF,
  requests,
  story,
  textOf,
  until,
  withDetails,
} from './helpers/admin-fake.js';

describe('<hearth-admin> story queue', () => {
  watchConsole();
  afterEach(cleanup);

  const queue = () => [
    story('s-1', 'none', 'A calm week.'),
    withDetails,
    story('s-3', 'high', 'I do not know if I can go on.'),
  ];

  it('shows crisis-high stories first, marked in words, with flags and the masked text', async () => {
    const element = await admin({ signedIn: true, queue: queue() });
    await until(element, '[part~="story"]');
    const stories = $$(element, '[part~="story"]');
    expect(stories).to.have.length(3);
    expect(stories[0]!.textContent).to.include('Crisis risk: high. Read this first.');
    expect(stories[0]!.textContent).to.include('I do not know if I can go on.');
    expect(stories[0]!.querySelector('h3')!.textContent).to.equal('Story 1 of 3');
    const details = stories.find((each) => each.textContent!.includes('Write to me'))!;
    expect(details.textContent).to.include('Personal details: an e-mail address (masked below)');
    expect(details.textContent).to.include('1 link');
    expect(details.querySelector('mark')!.textContent).to.equal('[e-mail]');
    expect(textOf(element)).to.include('3 stories to review.');
    await expect(element).to.be.accessible();
  });

  it('shows a loading state', async () => {
    const element = await admin({ signedIn: true, queue: 'pending' });
    await until(element, '.loading');
    expect(textOf(element)).to.include('Loading stories to review…');
    await expect(element).to.be.accessible();
  });

  it('says when nothing is waiting', async () => {
    const element = await admin({ signedIn: true, queue: [] });
    await until(element, '.empty');
    expect(textOf(element)).to.include('No stories are waiting for review.');
    await expect(element).to.be.accessible();
  });

  it('says when the queue failed to load, and tries again', async () => {
    const element = await admin({ signedIn: true, queue: 'error' });
    await until(element, 'section .error');
    expect(textOf(element)).to.include("We couldn't load the stories to review.");
    await expect(element).to.be.accessible();
    const before = requests().length;
    $(element, 'section .error button').click();
    await waitUntil(() => requests().length > before);
    expect(requests().at(-1)!.path).to.equal('/v1/admin/stories/queue');
  });

  it('approves a story with the CSRF token, removes it and focuses the next', async () => {
    const element = await admin({ signedIn: true, queue: queue() });
    await until(element, '[part~="story"]');
    const approve = $$(element, '[part~="story"]')[0]!.querySelector('button')!;
    approve.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(element, '[part~="story"]').length === 2);
    const sent = requests().find((each) => each.path.endsWith('/approve'))!;
    expect(sent).to.include({ method: 'POST', path: '/v1/admin/stories/s-3/approve', csrf: CSRF });
    await waitUntil(() => active(element)?.id === 'story-s-1');
    expect(textOf(element)).to.include('Story approved.');
    await expect(element).to.be.accessible();
  });

  it('rejects a story with a reason, by keyboard', async () => {
    const element = await admin({ signedIn: true, queue: [story('s-1', 'none', 'Buy now')] });
    await until(element, '[part~="story"]');
    $(element, '#reject-s-1').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(element)?.id === 'reason-s-1');
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(element, '#reason-s-1-error');
    expect($(element, '#reason-s-1').getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => active(element)?.id === 'reason-s-1');
    await expect(element).to.be.accessible();
    await sendKeys({ type: 'Advertising' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(element, '.empty');
    const sent = requests().find((each) => each.path.endsWith('/reject'))!;
    expect(sent.csrf).to.equal(CSRF);
    expect(sent.body).to.deep.equal({ reason: 'Advertising' });
    await waitUntil(() => active(element)?.id === 'queue-title');
    expect(textOf(element)).to.include('Story rejected.');
  });

  it('closes the reject form with Escape and returns focus to Reject', async () => {
    const element = await admin({ signedIn: true, queue: [story('s-1', 'none', 'Hello')] });
    await until(element, '[part~="story"]');
    $(element, '#reject-s-1').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(element)?.id === 'reason-s-1');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => active(element)?.id === 'reject-s-1');
    expect(requests().some((each) => each.path.endsWith('/reject'))).to.equal(false);
  });

  it('keeps the story and says so when a decision fails', async () => {
    const element = await admin({
      signedIn: true,
      queue: [story('s-1', 'none', 'Hi')],
      decision: 500,
    });
    await until(element, '[part~="story"]');
    $$(element, '[part~="story"] button')[0]!.click();
    await until(element, '[part~="story"] [role="alert"] p');
    expect(textOf(element)).to.include("That didn't work. Please try again.");
    expect($$(element, '[part~="story"]')).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('goes back to sign-in when the session has ended', async () => {
    const element = await admin({
      signedIn: true,
      queue: [story('s-1', 'none', 'Hi')],
      decision: 401,
    });
    await until(element, '[part~="story"]');
    $$(element, '[part~="story"] button')[0]!.click();
    await until(element, '#email');
    expect(textOf(element)).to.include('Your session ended. Please sign in again.');
  });
});
