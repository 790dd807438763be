import { warn } from '../internal/warn.js';

/**
 * Loads an element's code the first time its tag is in the document, so a page that shows only
 * the group finder never downloads the sign-up form's code. Tags already on the page load at
 * once; tags added later (single-page apps, page builders) load when they are inserted.
 *
 * Only the document is watched: inside another component's shadow root, import the element's
 * module (`hearth/group-finder.js`) or call `loadElement('hearth-group-finder')`.
 */
export function autoload(loaders: Readonly<Record<string, () => Promise<unknown>>>): void {
  const waiting = new Map(Object.entries(loaders));
  const load = (tag: string) => {
    const loader = waiting.get(tag);
    if (!loader) return;
    waiting.delete(tag);
    loader().catch((error: unknown) => {
      // A flaky connection: the next insertion of the tag tries again.
      waiting.set(tag, loader);
      warn(`<${tag}> could not be loaded.`, error);
    });
  };
  const scan = (root: Element | Document) => {
    for (const tag of waiting.keys()) {
      if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) {
        load(tag);
      }
    }
  };
  loadElement = async (tag) => {
    load(tag);
    await customElements.whenDefined(tag);
  };
  new MutationObserver((records) => {
    if (waiting.size === 0) return;
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  }).observe(document, { childList: true, subtree: true });
  scan(document);
}

/** Loads and registers one element now; resolves once it is defined. */
export let loadElement: (tag: string) => Promise<void> = (tag) =>
  customElements.whenDefined(tag).then(() => {});
