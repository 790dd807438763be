import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/provider.js';
import '../../../src/define/story-wall.js';
import { HearthStoryWall } from '../../../src/story-wall/story-wall.js';
import { stories } from '../fixtures/stories.js';
import { watchConsole } from '../helpers/console.js';
import { $, $$, root, textOf, until } from '../helpers/dom.js';
import { runProviderContract, showsMarkedStates } from '../helpers/provider-contract.js';
import { storyFake, type StoryFake } from './story-wall.fake.js';

runProviderContract({
  tag: 'hearth-story-wall',
  widget: HearthStoryWall,
  shows: showsMarkedStates('[part~="card"]'),
  loadedText: { en: 'people felt this too', es: 'personas también lo sintieron' },
});

async function wall(
  fake: StoryFake = storyFake(),
  attributes: { topic?: string; pageSize?: number } = {},
) {
  const element = await fixture<HearthStoryWall>(
    html`<hearth-story-wall
      .client=${fake.client}
      topic=${attributes.topic ?? ''}
      page-size=${attributes.pageSize ?? 10}
    ></hearth-story-wall>`,
  );
  await until(element, '[part~="card"], [part~="message"]');
  return element;
}

describe('<hearth-story-wall> reading', () => {
  const logs = watchConsole();

  beforeEach(() => localStorage.clear());
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
  });

  it('shows each story as a card: text, topics, month and year, and its "me too" count', async () => {
    const element = await wall();
    const cards = $$(element, '[part~="card"]');
    expect(cards).to.have.length(stories.length);
    const first = cards[0]!;
    expect(first.querySelector('[part~="body"]')!.textContent).to.equal(stories[0]!.body);
    expect(getComputedStyle(first.querySelector('[part~="body"]')!).whiteSpace).to.equal(
      'pre-line',
    );
    expect(first.textContent).to.include('March 2026');
    expect(first.textContent).to.include('Anxiety');
    expect(first.textContent).to.include('12 people felt this too');
    expect(cards[1]!.textContent).to.include('1 person felt this too');
    expect(cards[2]!.textContent).to.include('Be the first to say you felt this too');
    await expect(element).to.be.accessible();
  });

  it('shows the practice crisis resources in a footer, with tel: and sms: links', async () => {
    const element = await wall();
    const footer = $(element, 'footer [part~="crisis"]');
    expect(footer.textContent).to.include('988 Suicide & Crisis Lifeline');
    const links = [...footer.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).to.deep.equal(['tel:988', 'sms:988']);
  });

  it('folds a story with a content note until asked, by keyboard', async () => {
    const element = await wall();
    const card = $$(element, '[part~="card"]')[1]!;
    const toggle = card.querySelector<HTMLButtonElement>('[part~="content-note"] button')!;
    const body = card.querySelector<HTMLElement>('[part~="body"]')!;
    expect(card.textContent).to.include('Content note: Death of a parent');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(body.id);
    expect(body.hidden).to.equal(true);
    await expect(element).to.be.accessible();

    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Hide story');
    expect(body.hidden).to.equal(false);
    expect(body.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(element).to.be.accessible();
  });

  it('filters by topic, and asks the server for that topic only', async () => {
    const fake = storyFake();
    const element = await wall(fake);
    const grief = $$<HTMLInputElement>(element, '[part~="filters"] input').find(
      (input) => input.value === 'grief',
    )!;
    grief.focus();
    grief.click();
    await waitUntil(() => $$(element, '[part~="card"]').length === 1, 'the filter never applied');
    expect(fake.api.requests.at(-1)).to.include('topic=grief');
    expect(root(element).activeElement).to.equal(grief);
    await waitUntil(() => $(element, '.base > [role="status"]').textContent!.includes('1 story.'));
    await expect(element).to.be.accessible();
  });

  it('starts with the topic attribute as the filter', async () => {
    const fake = storyFake();
    const element = await wall(fake, { topic: 'anxiety' });
    expect($$(element, '[part~="card"]')).to.have.length(2);
    expect(fake.api.requests.find((url) => url.includes('/v1/stories'))).to.include(
      'topic=anxiety',
    );
    const checked = $$<HTMLInputElement>(element, '[part~="filters"] input').find((i) => i.checked);
    expect(checked?.value).to.equal('anxiety');
  });

  it('says when no one has shared a story yet, and invites the first', async () => {
    const element = await wall(storyFake({ stories: [] }));
    expect($(element, '[part~="message"].empty').textContent).to.include(
      'yours could be the first',
    );
    expect($(element, '[part~="share"]')).not.to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('says when there are no stories for a topic, and offers them all', async () => {
    const none = await wall(storyFake({ stories: stories.slice(0, 1) }), { topic: 'grief' });
    const message = $(none, '[part~="message"].empty-topic');
    expect(message.textContent).to.include('No stories about grief and loss yet.');
    await expect(none).to.be.accessible();
    message.querySelector('button')!.click();
    await until(none, '[part~="card"]');
    expect(root(none).activeElement).to.equal($(none, '[part~="filters"] input'));
  });

  it('shows an error with a retry that loads again', async () => {
    const fake = storyFake({ scenario: 'error' });
    const element = await wall(fake);
    const message = $(element, '[part~="message"].error');
    expect(message.textContent).to.include("We couldn't load the stories.");
    await expect(element).to.be.accessible();
    fake.api.scenario = 'loaded';
    message.querySelector('button')!.click();
    await until(element, '[part~="card"]');
  });

  it('shows a skeleton while loading', async () => {
    const element = await fixture<HearthStoryWall>(
      html`<hearth-story-wall
        .client=${storyFake({ scenario: 'loading' }).client}
      ></hearth-story-wall>`,
    );
    await until(element, '.loading[aria-busy="true"]');
    expect(textOf(element)).to.include('Loading stories…');
    await expect(element).to.be.accessible();
  });

  it('loads more with the cursor, announces how many arrived and focuses the first new story', async () => {
    const fake = storyFake();
    const element = await wall(fake, { pageSize: 2 });
    expect($$(element, '[part~="card"]')).to.have.length(2);
    const more = $<HTMLButtonElement>(element, '[part~="more"]');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(element, '[part~="card"]').length === 4, 'no second page');
    expect(fake.api.requests.at(-1)).to.match(/limit=2&cursor=2|cursor=2/);
    await element.updateComplete;
    expect(root(element).activeElement).to.equal($$(element, '[part~="card"]')[2]);
    expect($(element, '.base > [role="status"]').textContent).to.include('2 stories loaded.');
    await expect(element).to.be.accessible();

    $<HTMLButtonElement>(element, '[part~="more"]').click();
    await waitUntil(() => $$(element, '[part~="card"]').length === 5, 'no last page');
    expect($(element, '[part~="more"]')).to.equal(null);
    expect($(element, '.base > [role="status"]').textContent).to.include('1 story loaded.');
  });

  it('"me too" toggles at once, by keyboard, with aria-pressed and the server\'s count', async () => {
    const fake = storyFake({ answers: ['hang'] });
    const element = await wall(fake);
    const button = $$<HTMLButtonElement>(element, '[part~="resonance"]')[0]!;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    // Optimistic: pressed and counted before the server answers.
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect($$(element, '[part~="card"]')[0]!.textContent).to.include('13 people felt this too');
    expect(fake.calls).to.have.length(1);
    expect(fake.calls[0]!.path).to.equal('/v1/stories/st-1/resonance');
    const token = fake.calls[0]!.body['token'] as string;
    expect(token).to.match(/^[A-Za-z0-9_-]{16,128}$/);
    fake.release();
    await waitUntil(() => button.getAttribute('aria-busy') === 'false', 'the answer never came');
    expect($$(element, '[part~="card"]')[0]!.textContent).to.include('13 people felt this too');
    await expect(element).to.be.accessible();

    // A second press undoes it, with the same anonymous token.
    button.click();
    await element.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    await waitUntil(() => button.getAttribute('aria-busy') === 'false', 'no answer');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(fake.calls[1]!.body['token']).to.equal(token);
    expect($$(element, '[part~="card"]')[0]!.textContent).to.include('12 people felt this too');
  });

  it('"me too" rolls back with a polite message when the server refuses', async () => {
    const fake = storyFake({ answers: ['server'] });
    const element = await wall(fake);
    const button = $$<HTMLButtonElement>(element, '[part~="resonance"]')[0]!;
    button.click();
    await element.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => button.getAttribute('aria-pressed') === 'false', 'never rolled back');
    expect($$(element, '[part~="card"]')[0]!.textContent).to.include('12 people felt this too');
    expect($(element, '.base > [role="status"]').textContent).to.include("couldn't be saved");
  });

  it('remembers "me too" in this browser across visits, keeping only an anonymous token', async () => {
    const fake = storyFake();
    const element = await wall(fake);
    $$<HTMLButtonElement>(element, '[part~="resonance"]')[1]!.click();
    await waitUntil(() => fake.calls.length === 1);
    await waitUntil(() => (localStorage.getItem('hearth:story-wall') ?? '').includes('st-2'));
    fixtureCleanup();
    const again = await wall(storyFake());
    const button = $$<HTMLButtonElement>(again, '[part~="resonance"]')[1]!;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(Object.keys(localStorage)).to.deep.equal(['hearth:story-wall']);
    const saved = JSON.parse(localStorage.getItem('hearth:story-wall')!) as Record<string, unknown>;
    expect(Object.keys(saved).sort()).to.deep.equal(['resonated', 'token']);
  });

  it('reports a story by keyboard: a reason, an optional note, then thanks', async () => {
    const fake = storyFake();
    const element = await wall(fake);
    const card = $$(element, '[part~="card"]')[0]!;
    const toggle = card.querySelector<HTMLButtonElement>('.report-toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await until(element, '[part~="report"] input');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const first = card.querySelector<HTMLInputElement>('[part~="report"] input[name="reason"]')!;
    expect(root(element).activeElement).to.equal(first);
    await expect(element).to.be.accessible();

    // Sending without a reason asks for one.
    card.querySelector<HTMLButtonElement>('[part~="report"] [type="submit"]')!.click();
    await element.updateComplete;
    expect(card.textContent).to.include('Please choose a reason.');
    expect(fake.calls).to.have.length(0);

    await sendKeys({ press: 'ArrowDown' }); // harmful
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'It names a school' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(element, '.report-done');
    expect(fake.calls[0]).to.deep.include({ path: '/v1/stories/st-1/reports' });
    expect(fake.calls[0]!.body).to.deep.equal({ reason: 'harmful', note: 'It names a school' });
    expect(card.textContent).to.include(
      'Thank you. Someone at the practice will look at this story.',
    );
    await element.updateComplete;
    expect(root(element).activeElement).to.equal(card.querySelector('.report-done'));
    await expect(element).to.be.accessible();
  });

  it('keeps a report and says so when it fails, then sends it on retry', async () => {
    const fake = storyFake({ answers: ['offline'] });
    const element = await wall(fake);
    const card = $$(element, '[part~="card"]')[0]!;
    card.querySelector<HTMLButtonElement>('.report-toggle')!.click();
    await until(element, '[part~="report"] input');
    card.querySelector<HTMLInputElement>('input[value="spam"]')!.click();
    card.querySelector<HTMLButtonElement>('[part~="report"] [type="submit"]')!.click();
    await waitUntil(() => card.textContent!.includes("couldn't be sent"), 'no failure shown');
    await expect(element).to.be.accessible();
    card.querySelector<HTMLButtonElement>('[part~="report"] [type="submit"]')!.click();
    await until(element, '.report-done');
    expect(fake.calls.map((call) => call.body['reason'])).to.deep.equal(['spam', 'spam']);
  });

  it('speaks Spanish: month names, counts and buttons', async () => {
    const element = await fixture<HearthStoryWall>(
      html`<hearth-story-wall lang="es" .client=${storyFake().client}></hearth-story-wall>`,
    );
    await waitUntil(() => textOf(element).includes('A mí también'), 'no Spanish');
    const card = $$(element, '[part~="card"]')[0]!;
    expect(card.textContent).to.include('marzo de 2026');
    expect(card.textContent).to.include('12 personas también lo sintieron');
    expect(textOf(element)).to.include('Compartir su historia');
    await expect(element).to.be.accessible();
  });

  it('warns once about a page-size it cannot use, and uses 10', async () => {
    const fake = storyFake();
    const element = await wall(fake, { pageSize: 500 });
    expect(fake.api.requests.find((url) => url.includes('/v1/stories'))).to.include('limit=10');
    element.requestUpdate();
    await element.updateComplete;
    expect(logs.take(/page-size="500" is not a whole number from 1 to 50/)).to.have.length(1);
  });

  it('keeps the stories when Load more fails, says so, and tries again', async () => {
    const fake = storyFake();
    const element = await wall(fake, { pageSize: 2 });
    fake.api.scenario = 'error';
    $<HTMLButtonElement>(element, '[part~="more"]').click();
    await until(element, '.more-failed');
    expect($$(element, '[part~="card"]')).to.have.length(2);
    expect($(element, '.base > [role="status"]').textContent).to.include(
      "More stories couldn't be loaded.",
    );
    await expect(element).to.be.accessible();
    fake.api.scenario = 'loaded';
    $<HTMLButtonElement>(element, '[part~="more"]').click();
    await waitUntil(() => $$(element, '[part~="card"]').length === 4, 'no second page');
    expect($(element, '.more-failed')).to.equal(null);
  });
});
