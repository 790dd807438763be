import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { List } from '../../../src/api/contract/public.js';
import { PagingController } from '../../../src/internal/paging-controller.js';

type Item = { id: string };

/** A page the test answers by hand: what was asked for, and how to answer it. */
interface Request {
  cursor: string;
  signal: AbortSignal;
  answer(page: List<Item>): void;
  fail(error: unknown): void;
}

const page = (ids: string[], nextCursor: string | null): List<Item> => ({
  items: ids.map((id) => ({ id })),
  nextCursor,
});

/** A tiny list with a Load more button, kept by the kit's paging controller. */
class KitPages extends LitElement {
  readonly requests: Request[] = [];
  readonly pages = new PagingController<Item>(
    this,
    (cursor, signal) =>
      new Promise((resolve, reject) =>
        this.requests.push({ cursor, signal, answer: resolve, fail: reject }),
      ),
  );

  protected override render() {
    const { pages } = this;
    return html`<ul>
        ${pages.items.map((item, index) => html`<li data-index=${index}>${item.id}</li>`)}
      </ul>
      ${
        pages.cursor === null
          ? ''
          : html`<button aria-busy=${pages.loading ? 'true' : 'false'}>Load more</button>`
      }
      ${pages.error ? html`<p class="failed">Failed</p>` : ''}`;
  }
}
customElements.define('kit-pages', KitPages);

async function list(first = page(['a', 'b'], 'c1')) {
  const element = await fixture<KitPages>(html`<kit-pages></kit-pages>`);
  element.pages.start(first);
  await element.updateComplete;
  return element;
}

const shown = (element: KitPages) =>
  [...element.shadowRoot!.querySelectorAll('li')].map((item) => item.textContent);
const button = (element: KitPages) => element.shadowRoot!.querySelector('button');

describe('kit: paging controller', () => {
  afterEach(() => fixtureCleanup());

  it('starts with a first page and keeps its cursor', async () => {
    const element = await list();
    expect(shown(element)).to.deep.equal(['a', 'b']);
    expect(element.pages.cursor).to.equal('c1');
    expect(element.pages.loading).to.equal(false);
    expect(button(element)).not.to.equal(null);
  });

  it('fetches the next page with the cursor, appends it and points at its first item', async () => {
    const element = await list();
    const more = element.pages.more();
    await element.updateComplete;
    expect(element.pages.loading).to.equal(true);
    expect(button(element)!.getAttribute('aria-busy')).to.equal('true');
    expect(element.requests.map((request) => request.cursor)).to.deep.equal(['c1']);
    element.requests[0]!.answer(page(['c', 'd'], null));
    expect(await more).to.equal(2);
    await element.updateComplete;
    expect(shown(element)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(element.pages.firstNew).to.equal(2);
    expect(element.pages.loading).to.equal(false);
    expect(button(element)).to.equal(null);
  });

  it('asks once while a page is on its way, and not at all once the list is complete', async () => {
    const element = await list(page(['a'], 'c1'));
    const first = element.pages.more();
    expect(await element.pages.more()).to.equal(undefined);
    element.requests[0]!.answer(page(['b'], null));
    await first;
    expect(await element.pages.more()).to.equal(undefined);
    expect(element.requests).to.have.length(1);
  });

  it('skips an item already listed, which moved in the list between pages', async () => {
    const element = await list();
    const more = element.pages.more();
    element.requests[0]!.answer(page(['b', 'c'], 'c2'));
    expect(await more).to.equal(1);
    expect(element.pages.items.map((item) => item.id)).to.deep.equal(['a', 'b', 'c']);
    expect(element.pages.firstNew).to.equal(2);
    expect(element.pages.cursor).to.equal('c2');
  });

  it('keeps the items when a page fails, says why, and asks for the same page again', async () => {
    const element = await list();
    const failing = element.pages.more();
    const problem = new Error('offline');
    element.requests[0]!.fail(problem);
    expect(await failing).to.equal(undefined);
    await element.updateComplete;
    expect(element.pages.error).to.equal(problem);
    expect(element.shadowRoot!.querySelector('.failed')).not.to.equal(null);
    expect(shown(element)).to.deep.equal(['a', 'b']);

    const again = element.pages.more();
    expect(element.pages.error).to.equal(undefined);
    expect(element.requests[1]!.cursor).to.equal('c1');
    element.requests[1]!.answer(page(['c'], null));
    expect(await again).to.equal(1);
  });

  it('forgets a page on its way when the list starts over', async () => {
    const element = await list();
    const more = element.pages.more();
    element.pages.start(page(['x'], 'x1'));
    expect(element.requests[0]!.signal.aborted).to.equal(true);
    expect(element.pages.loading).to.equal(false);
    element.requests[0]!.answer(page(['c'], null));
    expect(await more).to.equal(undefined);
    await element.updateComplete;
    expect(shown(element)).to.deep.equal(['x']);
    expect(element.pages.cursor).to.equal('x1');
  });

  it('aborts a page on its way when the element leaves the page', async () => {
    const element = await list();
    const more = element.pages.more();
    element.remove();
    expect(element.requests[0]!.signal.aborted).to.equal(true);
    element.requests[0]!.fail(new DOMException('Aborted', 'AbortError'));
    expect(await more).to.equal(undefined);
    expect(element.pages.error).to.equal(undefined);
    expect(element.pages.items).to.have.length(2);
    expect(element.pages.cursor).to.equal('c1');
  });
});
