// What a site's theme does to the widgets' lettering and boxes, measured in the page: the size of
// every text a person sees, the inherited text styles inside each widget (to compare with a page
// without a theme), `hidden` elements that show, and boxes wider than their place.
import type { Page } from 'playwright-core';

/** Inherited properties a theme could push into the widgets, compared with a page without one. */
export const INHERITED = [
  'white-space-collapse',
  'text-wrap-mode',
  'letter-spacing',
  'word-spacing',
  'text-indent',
  'text-align',
  'text-align-last',
  'text-transform',
  'text-shadow',
  'font-style',
  'font-variant-caps',
  'font-weight',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'font-size-adjust',
  'hyphens',
  'word-break',
  'line-break',
  'list-style-position',
  'list-style-image',
  'cursor',
  'visibility',
  'writing-mode',
  'direction',
  'tab-size',
  'color',
  '-webkit-text-stroke-width',
  'box-sizing',
] as const;

export interface WidgetTypeScale {
  tag: string;
  /** The widget's base size (its `base` part), px. */
  base: number;
  /** The computed size of each visible text, px, in document order. */
  sizes: number[];
  /** The sizes divided by `base`, for each visible text (the widget's own type scale). */
  ratios: number[];
  /** Each inherited property's distinct values over the widget's elements. */
  styles: Record<string, string[]>;
  /** Elements with a `hidden` attribute that are displayed anyway. */
  hiddenShown: string[];
  /** The widget's width and the width of the place it was given, px. */
  width: number;
  room: number;
  /** Visible elements that stick out of the widget's box, left or right. */
  sticksOut: string[];
}

export interface PageTypeScale {
  /** The size of the host page's own paragraph, px. */
  hostText: number;
  /** `window.devicePixelRatio`: 2 at 200 % zoom. */
  pixelRatio: number;
  widgets: WidgetTypeScale[];
  /** `display` of the widget the site hid with `hidden`. */
  hiddenWidget: string;
}

export function measureTypeScale(page: Page): Promise<PageTypeScale> {
  return page.evaluate((inherited) => {
    const describe = (element: Element) =>
      `${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}${
        typeof element.className === 'string' && element.className.trim()
          ? `.${element.className.trim().split(/\s+/).join('.')}`
          : ''
      }`;
    const shown = (element: Element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return (
        style.visibility !== 'hidden' &&
        box.width > 1 &&
        box.height > 1 &&
        !element.closest('.visually-hidden, .honeypot, [aria-hidden="true"]')
      );
    };
    const px = (value: string) => Number.parseFloat(value) || 0;
    const round = (value: number) => Math.round(value * 1000) / 1000;
    const widgets = [
      ...document.querySelectorAll(
        'hearth-group-finder:not([hidden]), hearth-session-signup, hearth-story-wall:not([hidden])',
      ),
    ];
    return {
      hostText: px(getComputedStyle(document.querySelector('#host-text')!).fontSize),
      pixelRatio: window.devicePixelRatio,
      hiddenWidget: getComputedStyle(document.querySelector('#hidden-wall')!).display,
      widgets: widgets.map((widget) => {
        const root = widget.shadowRoot!;
        const base = px(getComputedStyle(root.querySelector('.base')!).fontSize);
        const elements = [...root.querySelectorAll('*')].filter(
          (element) => !['style', 'slot', 'template'].includes(element.localName),
        );
        const sizes: number[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          if (!node.textContent?.trim() || !shown(parent)) continue;
          sizes.push(px(getComputedStyle(parent).fontSize));
        }
        const styles: Record<string, Set<string>> = {};
        for (const element of elements) {
          const style = getComputedStyle(element);
          for (const name of inherited)
            (styles[name] ??= new Set()).add(style.getPropertyValue(name));
          // The type scale of what holds words (a radio button keeps the browser's own size).
          const words =
            [...element.childNodes].some(
              (node) => node.nodeType === 3 && node.textContent?.trim(),
            ) || element.matches('input:not([type=checkbox], [type=radio]), textarea, select');
          if (!words) continue;
          const size = px(style.fontSize);
          (styles['font-size ÷ base'] ??= new Set()).add(String(round(size / base)));
          const lineHeight =
            style.lineHeight === 'normal' ? 'normal' : round(px(style.lineHeight) / size);
          (styles['line-height ÷ font-size'] ??= new Set()).add(String(lineHeight));
        }
        const box = widget.getBoundingClientRect();
        const place = widget.parentElement!;
        const placeStyle = getComputedStyle(place);
        const room =
          place.getBoundingClientRect().width -
          px(placeStyle.paddingLeft) -
          px(placeStyle.paddingRight) -
          px(placeStyle.borderLeftWidth) -
          px(placeStyle.borderRightWidth);
        return {
          tag: widget.localName,
          base,
          sizes,
          ratios: sizes.map((size) => round(size / base)),
          styles: Object.fromEntries(
            Object.entries(styles).map(([name, values]) => [name, [...values].sort()]),
          ),
          hiddenShown: elements
            .filter(
              (element) =>
                element.hasAttribute('hidden') && getComputedStyle(element).display !== 'none',
            )
            .map(describe),
          width: round(box.width),
          room: round(room),
          sticksOut: elements
            .filter((element) => getComputedStyle(element).display !== 'none' && shown(element))
            .filter((element) => {
              if (element.closest('dialog')) return false; // the top layer has its own place
              const inner = element.getBoundingClientRect();
              return inner.left < box.left - 1 || inner.right > box.right + 1;
            })
            .map(describe),
        };
      }),
    };
  }, INHERITED);
}

/** The smallest and the median of sizes, px. */
export function spread(sizes: number[]): { min: number; median: number } {
  const sorted = [...sizes].sort((a, b) => a - b);
  return { min: sorted[0] ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0 };
}

/** Where a widget's inherited styles differ from the reference page's: "property: a ≠ b" lines. */
export function styleLeaks(widget: WidgetTypeScale, reference: WidgetTypeScale): string[] {
  return Object.keys(reference.styles)
    .filter(
      (name) => JSON.stringify(widget.styles[name]) !== JSON.stringify(reference.styles[name]),
    )
    .map(
      (name) =>
        `${name}: ${JSON.stringify(widget.styles[name])} ≠ ${JSON.stringify(reference.styles[name])}`,
    );
}
