import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { autoload, loadElement } from '../../../src/define/autoload.js';
import { watchConsole } from '../helpers/console.js';

let counter = 0;
const uniqueTag = () => `hearth-autoload-test-${++counter}`;

/** Lets the MutationObserver callback and the loader's promise settle. */
const settle = async () => {
  await nextFrame();
  await Promise.resolve();
};

describe('autoload', () => {
  const logs = watchConsole();

  it('loads an element already on the page once, not again when more appear', async () => {
    const tag = uniqueTag();
    const host = await fixture(html`<div></div>`);
    host.append(document.createElement(tag), document.createElement(tag));
    let loads = 0;
    autoload({ [tag]: async () => void loads++ });
    host.append(document.createElement(tag));
    await settle();
    expect(loads).to.equal(1);
  });

  it('loads an element when it is inserted later, also deep inside a new subtree', async () => {
    const tag = uniqueTag();
    let loads = 0;
    autoload({ [tag]: async () => void loads++ });
    await settle();
    expect(loads).to.equal(0, 'nothing is fetched for a tag the page does not use');
    const host = await fixture(html`<section><div></div></section>`);
    host.firstElementChild!.append(document.createElement(tag));
    await settle();
    expect(loads).to.equal(1);
  });

  it('warns when the code cannot be fetched, and tries again on the next insertion', async () => {
    const tag = uniqueTag();
    let attempts = 0;
    autoload({
      [tag]: async () => {
        attempts++;
        if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      },
    });
    const host = await fixture(html`<div></div>`);
    host.append(document.createElement(tag));
    await settle();
    expect(logs.take(new RegExp(`<${tag}> could not be loaded`))).to.have.length(1);
    host.append(document.createElement(tag));
    await settle();
    expect(attempts).to.equal(2);
  });

  it('loads on request for elements inside a shadow root the page cannot see', async () => {
    const tag = uniqueTag();
    autoload({
      [tag]: async () => customElements.define(tag, class extends HTMLElement {}),
    });
    await loadElement(tag);
    expect(customElements.get(tag)).to.not.equal(undefined);
  });
});
