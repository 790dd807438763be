import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/define/group-finder.js';
import type { HearthGroupFinder } from '../../../src/group-finder/group-finder.js';
import {
  MAX_QUERY_LENGTH,
  deserialize,
  noFilters,
  readHash,
  serialize,
  writeHash,
} from '../../../src/group-finder/filters.js';
import { watchConsole } from '../helpers/console.js';
import { fakeClient } from '../helpers/fake-api.js';
import { root, text } from '../helpers/dom.js';
import { noNewCards } from './cards.js';

const ALL = [
  'Calmer Tuesdays: anxiety skills',
  'After loss: a grief circle',
  'Parenting through big feelings',
  'Steady ground: trauma recovery',
];

async function ready(element: HearthGroupFinder): Promise<HearthGroupFinder> {
  await waitUntil(
    () => element.shadowRoot!.querySelector('[part~="count"].count'),
    'the groups never loaded',
    { timeout: 5000 },
  );
  await noNewCards(element);
  return element;
}

const names = (element: HearthGroupFinder) =>
  [...root(element).querySelectorAll('[part~="card"] h3')].map(text);
const count = (element: HearthGroupFinder) => text(root(element).querySelector('[role="status"]'));

function checkbox(element: HearthGroupFinder, label: string): HTMLInputElement {
  const found = [...root(element).querySelectorAll('label.chip')].find(
    (each) => text(each) === label,
  );
  if (!found) throw new Error(`no filter labelled ${label}`);
  return found.querySelector('input')!;
}

async function toggle(element: HearthGroupFinder, label: string): Promise<void> {
  checkbox(element, label).click();
  await element.updateComplete;
}

async function search(element: HearthGroupFinder, words: string): Promise<void> {
  const input = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = words;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

function button(element: HearthGroupFinder, label: string): HTMLButtonElement {
  const found = [...root(element).querySelectorAll('button')].find((each) => text(each) === label);
  if (!found) throw new Error(`no button labelled ${label}`);
  return found;
}

const finder = async (client = fakeClient()) =>
  ready(
    await fixture<HearthGroupFinder>(
      html`<hearth-group-finder .client=${client}></hearth-group-finder>`,
    ),
  );

describe('<hearth-group-finder> filters', () => {
  const logs = watchConsole();
  afterEach(() => fixtureCleanup());

  it('offers labelled native controls: search, topics the groups use, format, day, time', async () => {
    const element = await finder();
    const filters = root(element).querySelector('[part~="filters"]')!;
    expect(filters.getAttribute('role')).to.equal('search');
    expect(text(filters.querySelector('label.search'))).to.equal('Search groups');
    const legends = [...filters.querySelectorAll('legend')].map(text);
    expect(legends).to.deep.equal(['Topics', 'Format', 'Day', 'Time of day']);
    const topics = [...filters.querySelectorAll('fieldset')][0]!;
    expect([...topics.querySelectorAll('label')].map(text)).to.deep.equal([
      'Anxiety',
      'Grief and loss',
      'Parenting',
      'Trauma recovery',
      'Young adults',
    ]);
    expect(text(filters)).to.include('Monday Tuesday Wednesday');
    expect(count(element)).to.equal('4 groups');
    await expect(element).to.be.accessible();
  });

  it('narrows by topic, any of several, and counts politely', async () => {
    const element = await finder();
    await toggle(element, 'Grief and loss');
    expect(names(element)).to.deep.equal([ALL[1]]);
    const status = root(element).querySelector('[role="status"]')!;
    expect(status.tagName).to.equal('P');
    expect(count(element)).to.equal('1 of 4 groups');
    await toggle(element, 'Anxiety');
    expect(names(element)).to.deep.equal([ALL[0], ALL[1]]);
    expect(count(element)).to.equal('2 of 4 groups');
  });

  it('combines filters of different kinds: topic and format', async () => {
    const element = await finder();
    await toggle(element, 'Anxiety');
    await toggle(element, 'Grief and loss');
    await toggle(element, 'Online');
    expect(names(element)).to.deep.equal([ALL[1]]);
  });

  it('lets a hybrid group match both in person and online', async () => {
    const element = await finder();
    await toggle(element, 'Online');
    expect(names(element)).to.deep.equal([ALL[1], ALL[2]]);
    await toggle(element, 'Online');
    await toggle(element, 'In person');
    expect(names(element)).to.deep.equal([ALL[0], ALL[2], ALL[3]]);
  });

  it("filters by day and by time of day, on the group's own clock", async () => {
    const element = await finder();
    await toggle(element, 'Tuesday');
    expect(names(element)).to.deep.equal([ALL[0]]);
    await toggle(element, 'Tuesday');
    await toggle(element, 'Morning (before noon)');
    expect(names(element)).to.deep.equal([ALL[2]]);
    await toggle(element, 'Morning (before noon)');
    await toggle(element, 'Afternoon (noon to 5 pm)');
    expect(names(element)).to.deep.equal([ALL[1]]);
    await toggle(element, 'Afternoon (noon to 5 pm)');
    await toggle(element, 'Evening (from 5 pm)');
    expect(names(element)).to.deep.equal([ALL[0], ALL[3]]);
  });

  it('searches names, summaries, descriptions and topic labels, ignoring case and accents', async () => {
    const element = await finder();
    await search(element, 'TUÉSDAYS');
    expect(names(element)).to.deep.equal([ALL[0]]);
    await search(element, 'young adults');
    expect(names(element)).to.deep.equal([ALL[3]]);
    await search(element, 'calmer evenings');
    expect(names(element)).to.deep.equal([ALL[2]]);
    await search(element, 'longer description');
    expect(names(element)).to.deep.equal(ALL);
    expect(count(element)).to.equal('4 of 4 groups');
  });

  it('says when nothing matches, passes axe, and clears every filter in one step', async () => {
    const element = await finder();
    await toggle(element, 'Parenting');
    await search(element, 'nothing like this');
    const message = root(element).querySelector('[part~="message"]')!;
    expect(text(message)).to.include('No groups match these filters.');
    expect(count(element)).to.equal('0 of 4 groups');
    await expect(element).to.be.accessible();
    message.querySelector('button')!.click();
    await element.updateComplete;
    expect(names(element)).to.deep.equal(ALL);
    expect(count(element)).to.equal('4 groups');
    expect(checkbox(element, 'Parenting').checked).to.equal(false);
    await waitUntil(() => root(element).activeElement?.getAttribute('type') === 'search');
  });

  it('has a "Clear all filters" button only while a filter is chosen', async () => {
    const element = await finder();
    expect(() => button(element, 'Clear all filters')).to.throw();
    await toggle(element, 'Friday');
    button(element, 'Clear all filters').click();
    await element.updateComplete;
    expect(names(element)).to.deep.equal(ALL);
    expect(checkbox(element, 'Friday').checked).to.equal(false);
  });

  it('speaks Spanish', async () => {
    const element = await ready(
      await fixture<HearthGroupFinder>(
        html`<hearth-group-finder lang="es" .client=${fakeClient()}></hearth-group-finder>`,
      ),
    );
    await waitUntil(() => text(root(element)).includes('Buscar grupos'), 'no Spanish');
    await toggle(element, 'martes');
    expect(count(element)).to.equal('1 de 4 grupos');
    expect(text(root(element).querySelector('[part~="filters"]'))).to.include('Modalidad');
    await toggle(element, 'martes');
    await search(element, 'zzz');
    expect(text(root(element))).to.include('Ningún grupo coincide con estos filtros.');
    expect(() => button(element, 'Quitar todos los filtros')).not.to.throw();
  });

  it('folds the filters behind a "Filter groups" button at 320 px, with the number chosen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const element = await finder();
      const toggleButton = button(element, 'Filter groups');
      expect(toggleButton.getAttribute('aria-expanded')).to.equal('false');
      expect(checkbox(element, 'Anxiety').checkVisibility()).to.equal(false);
      expect(
        root(element).querySelector<HTMLInputElement>('input[type="search"]')!.checkVisibility(),
      ).to.equal(true);
      await expect(element).to.be.accessible();

      toggleButton.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(toggleButton.getAttribute('aria-expanded')).to.equal('true');
      expect(checkbox(element, 'Anxiety').checkVisibility()).to.equal(true);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(checkbox(element, 'Anxiety').checked).to.equal(true);
      expect(text(toggleButton)).to.equal('Filter groups (1 chosen)');
      await expect(element).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  describe('attributes', () => {
    it('starts from the topics and format presets, comma- or space-separated', async () => {
      const element = await ready(
        await fixture<HearthGroupFinder>(html`
          <hearth-group-finder
            topics="grief, anxiety"
            format="online"
            .client=${fakeClient()}
          ></hearth-group-finder>
        `),
      );
      expect(names(element)).to.deep.equal([ALL[1]]);
      expect(checkbox(element, 'Grief and loss').checked).to.equal(true);
      expect(checkbox(element, 'Anxiety').checked).to.equal(true);
      expect(checkbox(element, 'Online').checked).to.equal(true);
      element.topics = 'parenting trauma';
      element.format = '';
      await element.updateComplete;
      expect(names(element)).to.deep.equal([ALL[2], ALL[3]]);
    });

    it('warns once about a format it does not know, and ignores it', async () => {
      const element = await ready(
        await fixture<HearthGroupFinder>(html`
          <hearth-group-finder format="online, phone" .client=${fakeClient()}></hearth-group-finder>
        `),
      );
      element.requestUpdate();
      await element.updateComplete;
      expect(names(element)).to.deep.equal([ALL[1], ALL[2]]);
      const warnings = logs.take(/format="online, phone": phone is not one of in_person/);
      expect(warnings).to.have.length(1);
    });

    it("warns once about a topic the practice doesn't have, and ignores it", async () => {
      const element = await ready(
        await fixture<HearthGroupFinder>(html`
          <hearth-group-finder topics="grief sleep" .client=${fakeClient()}></hearth-group-finder>
        `),
      );
      expect(names(element)).to.deep.equal([ALL[1]]);
      expect(
        logs.take(/topics="grief sleep": sleep is not a topic of this practice/),
      ).to.have.length(1);
    });

    it('hides the filters with without-filters, still applying presets', async () => {
      const element = await ready(
        await fixture<HearthGroupFinder>(html`
          <hearth-group-finder
            without-filters
            topics="anxiety"
            .client=${fakeClient()}
          ></hearth-group-finder>
        `),
      );
      expect(root(element).querySelector('[part~="filters"]')).to.equal(null);
      expect(root(element).querySelector('input')).to.equal(null);
      expect(names(element)).to.deep.equal([ALL[0]]);
      expect(count(element)).to.equal('1 of 4 groups');
      await expect(element).to.be.accessible();
    });
  });
});

describe('<hearth-group-finder sync-url>', () => {
  watchConsole();
  const start = location.pathname + location.search;
  beforeEach(() => history.replaceState(null, '', start));
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', start);
  });

  const synced = async () =>
    ready(
      await fixture<HearthGroupFinder>(
        html`<hearth-group-finder sync-url .client=${fakeClient()}></hearth-group-finder>`,
      ),
    );

  it("mirrors the filters in the hash, beside the page's own fragment", async () => {
    history.replaceState(null, '', '#contact');
    const element = await synced();
    await toggle(element, 'Grief and loss');
    await toggle(element, 'Anxiety');
    await toggle(element, 'Online');
    expect(location.hash).to.equal('#contact&hearth-groups=topic:grief,anxiety;format:online');
    button(element, 'Clear all filters').click();
    await element.updateComplete;
    expect(location.hash).to.equal('#contact');
  });

  it('reads the filters from the hash on load', async () => {
    history.replaceState(null, '', '#hearth-groups=topic:parenting,trauma;time:morning');
    const element = await synced();
    expect(names(element)).to.deep.equal([ALL[2]]);
    expect(checkbox(element, 'Morning (before noon)').checked).to.equal(true);
  });

  it('restores the previous filters with the back button', async () => {
    const element = await synced();
    const length = history.length;
    await toggle(element, 'Grief and loss');
    await toggle(element, 'Anxiety');
    expect(history.length).to.equal(length + 2);
    expect(names(element)).to.deep.equal([ALL[0], ALL[1]]);

    history.back();
    await oneEvent(window, 'popstate');
    await element.updateComplete;
    expect(names(element)).to.deep.equal([ALL[1]]);
    expect(checkbox(element, 'Anxiety').checked).to.equal(false);

    history.back();
    await oneEvent(window, 'popstate');
    await element.updateComplete;
    expect(names(element)).to.deep.equal(ALL);
  });

  it('follows a hash changed by the page', async () => {
    const element = await synced();
    location.hash = 'hearth-groups=day:4';
    await oneEvent(window, 'hashchange');
    await element.updateComplete;
    expect(names(element)).to.deep.equal([ALL[1]]);
  });

  it('makes one history entry for a burst of typing, and caps the words in the URL', async () => {
    const element = await synced();
    const length = history.length;
    await search(element, 'g');
    await search(element, 'gr');
    await search(element, 'grief');
    expect(history.length).to.equal(length + 1);
    expect(location.hash).to.equal('#hearth-groups=q:grief');
    await search(element, 'x'.repeat(500));
    expect(readHash(location.hash, 'hearth-groups')).to.equal(`q:${'x'.repeat(MAX_QUERY_LENGTH)}`);
  });

  it('leaves the URL alone without sync-url', async () => {
    const element = await finder();
    await toggle(element, 'Anxiety');
    expect(location.hash).to.equal('');
  });
});

describe('filter state in the URL', () => {
  it('round-trips every filter, escaping the search words', () => {
    const filters = {
      topic: ['grief', 'young-adults'],
      format: ['online'],
      day: ['2', '0'],
      time: ['evening'],
      q: 'duelo; a:b, c&d',
    };
    const value = serialize(filters);
    expect(value).to.equal(
      'topic:grief,young-adults;format:online;day:2,0;time:evening;q:duelo%3B%20a%3Ab%2C%20c%26d',
    );
    expect(deserialize(value)).to.deep.equal(filters);
    expect(serialize(noFilters())).to.equal('');
  });

  it('drops values it does not know and malformed pieces', () => {
    expect(
      deserialize('topic:Grief,ok;format:phone,online;day:9,1;time:night;x:1;q:%E0'),
    ).to.deep.equal({
      topic: ['ok'],
      format: ['online'],
      day: ['1'],
      time: [],
      q: '',
    });
  });

  it('reads and writes only its own segment of the hash', () => {
    expect(readHash('#top&hearth-groups=day:1', 'hearth-groups')).to.equal('day:1');
    expect(readHash('#top', 'hearth-groups')).to.equal(undefined);
    expect(writeHash('#top&hearth-groups=day:1', 'hearth-groups', 'day:2')).to.equal(
      'top&hearth-groups=day:2',
    );
    expect(writeHash('#top&hearth-groups=day:1', 'hearth-groups', '')).to.equal('top');
  });
});
