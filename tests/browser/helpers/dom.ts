/**
 * Reading a widget the way the browser tests do: queries inside its shadow root, its words with
 * the whitespace collapsed, waiting until something shows, and where focus is. Shared by every
 * widget's tests.
 */
import { waitUntil } from '@open-wc/testing';

export const root = (element: Element) => element.shadowRoot!;

/** The first match inside the widget's shadow root (asserted present). */
export const $ = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  root(element).querySelector<T>(selector)!;

/** Every match inside the widget's shadow root. */
export const $$ = <T extends Element = HTMLElement>(element: Element, selector: string) => [
  ...root(element).querySelectorAll<T>(selector),
];

/** All the words in the widget's shadow root (none before it has one), whitespace collapsed. */
export const textOf = (element: Element) =>
  (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** A node's words, each run of whitespace made one space, trimmed. */
export const text = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the widget shows `selector`, and resolves with the first match. */
export async function until<T extends Element = HTMLElement>(
  element: Element,
  selector: string,
): Promise<T> {
  await waitUntil(() => root(element).querySelector(selector), `never showed ${selector}`);
  return $<T>(element, selector);
}

/** What has the focus inside the widget. */
export const active = (element: Element) => root(element).activeElement;

/** Waits `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
