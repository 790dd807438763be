/**
 * The group finder draws its cards a few per task after the first: waiting for them to settle
 * before reading the list. Shared by the group finder's browser tests.
 */
import { waitUntil } from '@open-wc/testing';
import { $$, sleep } from '../helpers/dom.js';

/** The cards drawn so far. */
export const cards = (element: Element) => $$(element, '[part~="card"]');

/** Waits until a while passes with no new card. */
export async function noNewCards(element: Element): Promise<void> {
  for (let before = -1; cards(element).length !== before;) {
    before = cards(element).length;
    await sleep(50);
  }
}

/** Waits for the first card, then until a while passes with no new one. */
export async function cardsSettled(element: Element): Promise<void> {
  await waitUntil(() => cards(element).length > 0, 'no cards', { timeout: 5000 });
  await noNewCards(element);
}
