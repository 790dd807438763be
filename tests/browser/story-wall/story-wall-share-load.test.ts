/**
 * The share form's code arrives on its own, after the wall: what a visitor sees and where focus
 * goes while it loads, when it cannot be fetched, and when it came early. `shareLoader.load` is
 * replaced by a fetch the test controls; it hands over the real module.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/story-wall.js';
import { shareLoader } from '../../../src/story-wall/share-loader.js';
import type { HearthStoryWall } from '../../../src/story-wall/story-wall.js';
import { watchConsole } from '../helpers/console.js';
import { $, root, until } from '../helpers/dom.js';
import { storyFake } from './story-wall.fake.js';

type ShareModule = Awaited<ReturnType<typeof shareLoader.load>>;

const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 200 }));

/** A fetch of the module that answers when the test says: with the module, or a network error. */
function controlledLoad() {
  const waiting: { resolve: (module: ShareModule) => void; reject: (error: Error) => void }[] = [];
  const load = {
    calls: 0,
    async arrive() {
      await waitUntil(() => waiting.length > 0, 'the form was never asked for');
      waiting.shift()!.resolve(await import('../../../src/story-wall/share-form/share-form.js'));
    },
    async fail() {
      await waitUntil(() => waiting.length > 0, 'the form was never asked for');
      waiting.shift()!.reject(new TypeError('Failed to fetch dynamically imported module'));
    },
  };
  shareLoader.load = () => {
    load.calls += 1;
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  };
  return load;
}

async function wall(
  template = html`<hearth-story-wall .client=${storyFake().client}></hearth-story-wall>`,
) {
  const element = await fixture<HearthStoryWall>(template);
  await until(element, '[part~="share"]');
  return element;
}

describe('<hearth-story-wall> share form loaded on demand', () => {
  watchConsole();
  const realLoad = shareLoader.load;

  beforeEach(() => localStorage.clear());
  afterEach(() => {
    fixtureCleanup();
    shareLoader.load = realLoad;
    localStorage.clear();
  });

  it('holds the form’s place calmly while its code arrives, then takes focus to the text', async () => {
    const load = controlledLoad();
    const element = await wall();
    const toggle = $<HTMLButtonElement>(element, '[part~="share"]');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await until(element, '.share-loading');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const form = $(element, '[part~="share-form"]');
    expect(form.hidden).to.equal(false);
    const placeholder = $(element, '.share-loading');
    expect(placeholder.getAttribute('aria-busy')).to.equal('true');
    expect(placeholder.querySelector('[role="status"]')!.textContent).to.include(
      'Opening the form…',
    );
    // It takes the room of the form's first lines, so the page below moves once, not twice.
    expect(placeholder.getBoundingClientRect().height).to.be.greaterThan(150);
    expect(root(element).activeElement).to.equal(toggle);
    await expect(element).to.be.accessible();

    await load.arrive();
    await until(element, '#story-body');
    await element.updateComplete;
    expect($(element, '.share-loading')).to.equal(null);
    expect(root(element).activeElement).to.equal($(element, '#story-body'));
    expect(form.textContent).to.include('reads every story before it appears here');
    expect(load.calls).to.equal(1);
    await expect(element).to.be.accessible();
  });

  it('says so in plain words when the form cannot be fetched, and Try again opens it', async () => {
    const load = controlledLoad();
    const element = await wall();
    $<HTMLButtonElement>(element, '[part~="share"]').click();
    await load.fail();
    await until(element, '#share-failed');
    await element.updateComplete;
    const message = $(element, '[part~="share-form"] [part~="message"]');
    expect(message.textContent).to.include('The form to share your story could not be opened.');
    expect(message.textContent).to.include('Please check your internet connection');
    expect(root(element).activeElement).to.equal($(element, '#share-failed'));
    await expect(element).to.be.accessible();

    // By keyboard: the next stop is Try again.
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement!.textContent!.trim()).to.equal('Try again');
    await sendKeys({ press: 'Enter' });
    await until(element, '.share-loading');
    expect($(element, '#share-failed')).to.equal(null);
    // Focus waits on the open disclosure, not lost with the button that went away.
    expect(root(element).activeElement).to.equal($(element, '[part~="share"]'));
    await load.arrive();
    await until(element, '#story-body');
    await element.updateComplete;
    expect(root(element).activeElement).to.equal($(element, '#story-body'));
    expect(load.calls).to.equal(2);
  });

  it('keeps what was typed when the form is closed and opened again', async () => {
    const load = controlledLoad();
    const element = await wall();
    const toggle = $<HTMLButtonElement>(element, '[part~="share"]');
    toggle.click();
    await load.arrive();
    await until(element, '#story-body');
    await element.updateComplete;
    await sendKeys({ type: 'Some days are heavier than others.' });
    toggle.click();
    await element.updateComplete;
    expect($(element, '[part~="share-form"]').hidden).to.equal(true);
    toggle.click();
    await element.updateComplete;
    expect($<HTMLTextAreaElement>(element, '#story-body').value).to.equal(
      'Some days are heavier than others.',
    );
    expect(load.calls).to.equal(1);
  });

  it('does not take focus when the visitor closed the form before its code arrived', async () => {
    const load = controlledLoad();
    const element = await wall();
    const toggle = $<HTMLButtonElement>(element, '[part~="share"]');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await until(element, '.share-loading');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await load.arrive();
    await idle();
    await element.updateComplete;
    expect($(element, '[part~="share-form"]').hidden).to.equal(true);
    expect(root(element).activeElement).to.equal(toggle);
    // Opened again, the form is there at once.
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect($(element, '.share-loading')).to.equal(null);
    await element.updateComplete;
    expect(root(element).activeElement).to.equal($(element, '#story-body'));
  });

  it('fetches the form once Share your story is near the screen, so it opens at once', async () => {
    const load = controlledLoad();
    const element = await wall(
      html`<hearth-story-wall page-size="1" .client=${storyFake().client}></hearth-story-wall>`,
    );
    await load.arrive();
    expect(load.calls).to.equal(1);
    await idle();
    $<HTMLButtonElement>(element, '[part~="share"]').click();
    await element.updateComplete;
    expect($(element, '.share-loading')).to.equal(null);
    expect($(element, '#story-body')).not.to.equal(null);
    await element.updateComplete;
    expect(root(element).activeElement).to.equal($(element, '#story-body'));
    expect(load.calls).to.equal(1);
  });

  it('waits for the visitor while Share your story is far below, and fetches when pointed at', async () => {
    const load = controlledLoad();
    const container = await fixture<HTMLDivElement>(html`
      <div>
        <div style="height: 300vh"></div>
        <hearth-story-wall .client=${storyFake().client}></hearth-story-wall>
      </div>
    `);
    const element = container.querySelector<HearthStoryWall>('hearth-story-wall')!;
    await until(element, '[part~="share"]');
    await idle();
    await idle();
    expect(load.calls).to.equal(0);
    $(element, '[part~="share"]').dispatchEvent(new PointerEvent('pointerenter'));
    expect(load.calls).to.equal(1);
    await load.arrive();
  });

  it('tries again at the next sign of interest when fetching early failed', async () => {
    const load = controlledLoad();
    const element = await wall(
      html`<hearth-story-wall page-size="1" .client=${storyFake().client}></hearth-story-wall>`,
    );
    await load.fail();
    await idle();
    const toggle = $<HTMLButtonElement>(element, '[part~="share"]');
    toggle.click();
    await until(element, '.share-loading');
    expect(load.calls).to.equal(2);
    await load.arrive();
    await until(element, '#story-body');
  });

  it('opens in Spanish on a Spanish wall, never in English first', async () => {
    const load = controlledLoad();
    const element = await wall(
      html`<hearth-story-wall lang="es" .client=${storyFake().client}></hearth-story-wall>`,
    );
    await waitUntil(() => root(element).textContent!.includes('Compartir su historia'));
    $<HTMLButtonElement>(element, '[part~="share"]').click();
    await until(element, '.share-loading');
    expect($(element, '.share-loading').textContent).to.include('Abriendo el formulario…');
    await load.arrive();
    await until(element, '#story-body');
    expect($(element, 'label[for="story-body"]').textContent!.trim()).to.equal('Su historia');
  });
});
