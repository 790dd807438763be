import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/group-finder.js';
import { createClient, type Group, type HearthClient } from '../../../src/api/index.js';
import type { HearthGroupFinder } from '../../../src/group-finder/group-finder.js';
import { practice } from '../fixtures/demo-data.js';
import { generateGroups } from '../fixtures/generate.js';
import { watchConsole } from '../helpers/console.js';
import { root, sleep, text } from '../helpers/dom.js';
import { cards, noNewCards } from './cards.js';

const TOTAL = 250;

function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

/**
 * A server that sends `GET /v1/groups` in pages (`limit`, and an offset as the cursor). Pages
 * after the first wait while `held`, and the next `failures` of them answer 500.
 */
function pagedServer(groups: Group[]) {
  let release = () => {};
  let held = new Promise<void>((resolve) => (release = resolve));
  const server = {
    /** `limit` and `cursor` of each groups request, in order. */
    requests: [] as { limit: string | null; cursor: string | null }[],
    failures: 0,
    hold() {
      held = new Promise<void>((resolve) => (release = resolve));
    },
    release: () => release(),
    client: undefined as unknown as HearthClient,
  };
  const fetch = async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname.endsWith('/v1/practice')) return json(practice);
    const limit = url.searchParams.get('limit');
    const cursor = url.searchParams.get('cursor');
    server.requests.push({ limit, cursor });
    if (cursor !== null) {
      await held;
      if (server.failures > 0) {
        server.failures--;
        const problem = { type: 'about:blank', title: 'Service Unavailable', status: 500 };
        return json(problem, 500, 'application/problem+json');
      }
    }
    const from = Number(cursor ?? 0);
    const to = Math.min(groups.length, from + Number(limit ?? groups.length));
    return json({
      items: groups.slice(from, to),
      nextCursor: to < groups.length ? String(to) : null,
    });
  };
  server.client = createClient({ baseUrl: 'https://api.example.test/', fetch, retries: 0 });
  return server;
}

const names = (element: HearthGroupFinder) =>
  cards(element).map((card) => text(card.querySelector('h3')));
const status = (element: HearthGroupFinder) => text(root(element).querySelector('[part~="count"]'));

/** What the search field finds: every word in the name, summary, description or topics. */
const matches =
  (...words: string[]) =>
  (group: Group): boolean => {
    const labels = group.topics.map((id) => practice.topics.find((each) => each.id === id)?.label);
    const searched = [group.name, group.summary, group.description, ...labels]
      .join(' ')
      .toLowerCase();
    return words.every((word) => searched.includes(word));
  };

async function search(element: HearthGroupFinder, words: string): Promise<void> {
  const input = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = words;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

async function finder(client: HearthClient): Promise<HearthGroupFinder> {
  const element = await fixture<HearthGroupFinder>(
    html`<hearth-group-finder .client=${client}></hearth-group-finder>`,
  );
  await waitUntil(() => cards(element).length > 0, 'no cards', { timeout: 5000 });
  await noNewCards(element);
  return element;
}

describe('<hearth-group-finder> loading a long list in pages', function (this: {
  timeout(ms: number): void;
}) {
  // Hundreds of groups, and axe over a screenful of cards: slower than the small fixtures.
  this.timeout(20_000);
  const logs = watchConsole();
  afterEach(() => fixtureCleanup());

  it('shows the first screenful before the rest arrives, and says more are coming', async () => {
    const server = pagedServer(generateGroups(TOTAL));
    const element = await finder(server.client);

    // The first screenful alone, then the next page, which this server holds back for now.
    expect(server.requests).to.deep.equal([
      { limit: '24', cursor: null },
      { limit: '100', cursor: '24' },
    ]);
    expect(cards(element)).to.have.length(24);
    expect(names(element)[0]).to.equal('Calmer Tuesdays 1');
    // No count that would be wrong a moment later: the live region says more are coming.
    expect(status(element)).to.equal('Loading more groups…');
    expect(text(root(element))).not.to.include('24 groups');
    await expect(element).to.be.accessible();

    server.release();
    await waitUntil(() => status(element) === '250 groups', 'the count never settled');
    expect(server.requests).to.deep.equal([
      { limit: '24', cursor: null },
      { limit: '100', cursor: '24' },
      { limit: '100', cursor: '124' },
      { limit: '100', cursor: '224' },
    ]);
    expect(names(element).slice(0, 2)).to.deep.equal(['Calmer Tuesdays 1', 'After loss 2']);
    await expect(element).to.be.accessible();
  });

  it('merges every page: a group of the last one can be found and opened', async () => {
    const server = pagedServer(generateGroups(TOTAL));
    const element = await finder(server.client);
    server.release();
    await waitUntil(() => status(element) === '250 groups', 'the count never settled');
    await search(element, 'steady ground 248');
    await waitUntil(() => cards(element).length === 1, 'the last page never merged');
    expect(names(element)).to.deep.equal(['Steady ground 248']);
    expect(status(element)).to.equal('1 of 250 groups');
    // Each group once, however many pages brought it.
    await search(element, '');
    await noNewCards(element);
    expect(new Set(names(element)).size).to.equal(cards(element).length);
  });

  it('filters what has arrived while loading, and counts only once every group is in', async () => {
    const groups = generateGroups(TOTAL);
    const server = pagedServer(groups);
    const element = await finder(server.client);

    await search(element, 'after loss');
    await noNewCards(element);
    const early = groups.slice(0, 24).filter(matches('after', 'loss'));
    expect(early.length).to.be.within(1, 23);
    expect(names(element)).to.deep.equal(early.map((group) => group.name));
    expect(status(element)).to.equal('Loading more groups…');

    // Found only in a later page: no "no results" while the rest is on its way.
    await search(element, 'after loss 246');
    expect(cards(element)).to.have.length(0);
    expect(text(root(element))).not.to.include('No groups match');
    expect(status(element)).to.equal('Loading more groups…');
    await expect(element).to.be.accessible();

    server.release();
    await waitUntil(() => status(element) === '1 of 250 groups', 'the count never settled');
    await waitUntil(() => cards(element).length === 1, 'the match never showed');
    expect(names(element)).to.deep.equal(['After loss 246']);

    await search(element, 'after loss');
    const all = groups.filter(matches('after', 'loss'));
    expect(status(element)).to.equal(`${all.length} of 250 groups`);
  });

  it('keeps what is shown when a later page fails, and "Try again" goes on from there', async () => {
    const server = pagedServer(generateGroups(TOTAL));
    server.failures = 1;
    const element = await finder(server.client);
    server.release();
    await waitUntil(
      () => status(element).includes('Some groups could not be loaded.'),
      'the failure was never told',
    );
    expect(cards(element)).to.have.length(24);
    expect(status(element)).to.equal(
      '24 groups Some groups could not be loaded. The ones shown are still here.',
    );
    await expect(element).to.be.accessible();

    const retry = [...root(element).querySelectorAll('[part~="message"] button')].find(
      (button) => text(button) === 'Try again',
    ) as HTMLButtonElement;
    retry.click();
    await element.updateComplete;
    expect(status(element)).to.equal('Loading more groups…');
    await waitUntil(() => status(element) === '250 groups', 'the rest never arrived');
    expect(server.requests.map((request) => request.cursor)).to.deep.equal([
      null,
      '24',
      '24',
      '124',
      '224',
    ]);
    expect(root(element).querySelector('[part~="message"]')).to.equal(null);
    expect(cards(element)).to.have.length(24);
  });

  it('takes a whole list from a server that does not page', async () => {
    const groups = generateGroups(30);
    const fetch = async () => json({ items: groups, nextCursor: null });
    const element = await finder(
      createClient({
        baseUrl: 'https://api.example.test/',
        retries: 0,
        fetch: async (input) => (String(input).endsWith('/v1/practice') ? json(practice) : fetch()),
      }),
    );
    expect(status(element)).to.equal('30 groups');
    expect(cards(element)).to.have.length(24);
  });

  it('stops asking for pages once it leaves the page', async () => {
    const server = pagedServer(generateGroups(TOTAL));
    const element = await finder(server.client);
    const parent = element.parentElement!;
    element.remove();
    server.release();
    await sleep(100);
    expect(server.requests).to.have.length(2);
    // Back on the page, it goes on from where it was.
    parent.append(element);
    await waitUntil(() => status(element) === '250 groups', 'it never went on');
    expect(server.requests.map((request) => request.cursor)).to.deep.equal([
      null,
      '24',
      '24',
      '124',
      '224',
    ]);
    expect(logs.take(/./)).to.deep.equal([]);
  });
});
