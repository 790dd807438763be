// What the host-page and fault tests check on every page: what a person would see (each widget
// visible, with words in it, nothing wider than the screen), axe, and a screenshot to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

const repositoryRoot = resolve(import.meta.dirname, '../../..');
export const SCREENSHOT_DIR = join(repositoryRoot, 'test-results', 'hosts');
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * tsx compiles these tests with esbuild's `keepNames`, which wraps named functions inside the
 * functions we hand to `page.evaluate` in a `__name(…)` helper the page does not have. The
 * helper is given to each page before its own scripts run (through DevTools, not the page, so
 * a Content-Security-Policy is not involved).
 */
export async function allowInPageFunctions(context: BrowserContext): Promise<void> {
  await context.addInitScript('globalThis.__name = (target) => target;');
}

/**
 * Saves what the visitor sees as `test-results/hosts/<name>.png`: the screen, scrolled to the top
 * of `target` when given (a full page of a few thousand pixels is too small to judge once
 * shrunk), once what came into view is painted (cards skip rendering until near the screen).
 */
export async function screenshot(page: Page, name: string, target?: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  if (target) {
    await page
      .locator(target)
      .first()
      .evaluate(async (element) => {
        element.scrollIntoView({ block: 'start' });
        for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
      });
  }
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), scale: 'css' });
}

/**
 * axe-core on the whole page, or only on the elements `include` selects, shadow roots included,
 * as "rule: targets" lines. It is evaluated through the DevTools protocol, which a page's
 * Content-Security-Policy does not govern.
 */
export async function axeViolations(page: Page, include?: string[]): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (include) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document | { include: string[][] },
            options: object,
          ) => Promise<{
            violations: { id: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const context = include ? { include: include.map((selector) => [selector]) } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
    );
  }, include);
}

export interface WidgetLook {
  tag: string;
  /** The words a person sees, whitespace collapsed. */
  text: string;
  width: number;
  height: number;
  /** Elements inside the widget that stick out of the viewport (left or right), as selectors. */
  outside: string[];
  /** Elements inside the widget whose content is wider than their box (cut off or scrolling). */
  clipped: string[];
  /** Short texts (a button, a label, a badge) laid out on more lines than they have words. */
  brokenWords: string[];
  /** Computed styles of the widget's first paragraph of text and its first button. */
  text_style: { fontSize: number; lineHeight: number; textTransform: string } | null;
  button_style: { fontSize: number; minHeight: number; background: string } | null;
}

/** How each visible Hearth widget on the page looks, measured in the page. */
export function widgetLooks(page: Page): Promise<WidgetLook[]> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const describe = (element: Element) =>
      `${element.localName}${element.id ? `#${element.id}` : ''}${
        element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''
      }${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
    const shown = (element: Element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return (
        style.visibility !== 'hidden' &&
        style.display !== 'none' &&
        box.width > 1 &&
        box.height > 1 &&
        !element.closest('.visually-hidden, .honeypot, [aria-hidden="true"]')
      );
    };
    const looks = [];
    const widgets = [
      ...document.querySelectorAll('hearth-group-finder, hearth-session-signup, hearth-story-wall'),
    ];
    for (const widget of widgets) {
      if (!widget.shadowRoot || !shown(widget)) continue;
      const all = [...widget.shadowRoot.querySelectorAll('*')].filter(
        (element) => !['style', 'slot', 'template'].includes(element.localName),
      );
      const visible = all.filter(shown);
      const outside = visible
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.left < -1 || box.right > viewport + 1;
        })
        .map(describe);
      const clipped = visible
        .filter((element) => {
          const style = getComputedStyle(element);
          const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
          return (
            element.localName !== 'textarea' &&
            (scrolls || style.overflowX === 'hidden' || style.overflowX === 'clip') &&
            element.scrollWidth > element.clientWidth + 1
          );
        })
        .map(describe);
      // A text of a few words on more lines than words: a word was broken in the middle.
      const brokenWords: string[] = [];
      const walker = document.createTreeWalker(widget.shadowRoot, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const words = (node.textContent ?? '').trim().split(/\s+/).filter(Boolean);
        // Addresses (a URL, an e-mail) are meant to break anywhere rather than overflow.
        const address = words.some((word) => /^(https?:\/\/|www\.)|@/.test(word));
        if (words.length === 0 || words.length > 6 || address) continue;
        if (!visible.includes(node.parentElement!)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = new Set(
          [...range.getClientRects()]
            .filter((rect) => rect.width > 0 && rect.height > 0)
            .map((rect) => Math.round(rect.top)),
        );
        if (lines.size > words.length) {
          brokenWords.push(
            `${describe(node.parentElement!)} "${words.join(' ')}" on ${lines.size} lines`,
          );
        }
      }
      const paragraph = visible.find(
        (element) => element.localName === 'p' && (element.textContent ?? '').trim().length > 10,
      );
      const button = visible.find((element) => element.localName === 'button');
      const box = widget.getBoundingClientRect();
      const number = (value: string) => Number.parseFloat(value) || 0;
      looks.push({
        tag: widget.localName,
        text: (widget.shadowRoot.textContent ?? '').replace(/\s+/g, ' ').trim(),
        width: box.width,
        height: box.height,
        outside,
        clipped,
        brokenWords,
        text_style: paragraph
          ? {
              fontSize: number(getComputedStyle(paragraph).fontSize),
              lineHeight: number(getComputedStyle(paragraph).lineHeight),
              textTransform: getComputedStyle(paragraph).textTransform,
            }
          : null,
        button_style: button
          ? {
              fontSize: number(getComputedStyle(button).fontSize),
              minHeight: button.getBoundingClientRect().height,
              background: getComputedStyle(button).backgroundColor,
            }
          : null,
      });
    }
    return looks;
  });
}

/** Whether the page scrolls sideways: the visitor's worst case on a phone or zoomed in. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/**
 * Console lines that only say the browser could not reach a server the test made unreachable
 * ("Failed to load resource", a CORS refusal): Chromium prints them itself, whatever the page
 * does. Everything else stays a problem.
 */
export function withoutNetworkNoise(problems: string[]): string[] {
  return problems.filter(
    (problem) =>
      !/^error: (Failed to load resource|Access to fetch at .* has been blocked by CORS policy)/.test(
        problem,
      ),
  );
}
