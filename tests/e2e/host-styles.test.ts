// The public widgets under the stylesheets practices' sites are made of (tests/e2e/hosts/
// themes.ts): Bootstrap, Bulma, Foundation, Pico, Tailwind's preflight, a 62.5 % root with text
// styles on the body, resets that reach every element, a page builder's code block. Each on a
// desktop and a 320 px phone, on another origin than the Hearth server, checked for what a person
// sees: every text at least 12 px and the widget's own text at least 14 px, the same lettering as
// on a page without a theme, nothing wider than its place, hidden things hidden, axe clean. Then
// the text grows with the visitor's default font size and with zoom. Screenshots land in
// test-results/hosts/ (theme-<theme>-<screen>-<widget>.png).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, horizontalOverflow, screenshot, widgetLooks } from './hosts/checks.js';
import { startStage, WIDGETS, type Stage } from './hosts/stage.js';
import { HOST_THEMES, SCREENS } from './hosts/themes.js';
import { measureTypeScale, spread, styleLeaks, type PageTypeScale } from './hosts/type-scale.js';
import { openFirstDetails, showEverything, visit, type VisitOptions } from './hosts/visit.js';

const PHONE = SCREENS[1].viewport;
const DESKTOP = SCREENS[0].viewport;

describe('widgets under the stylesheets of real sites', () => {
  let stage: Stage;
  before(async () => {
    stage = await startStage();
  });
  after(() => stage?.stop());

  /** The theme page on a screen, with every widget showing most of its words, measured. */
  async function look(
    theme: string,
    options: VisitOptions,
  ): Promise<{ page: Page; problems: string[]; scale: PageTypeScale }> {
    const { page, problems } = await visit(stage.browser, stage.host.themePage(theme), options);
    await showEverything(page);
    return { page, problems, scale: await measureTypeScale(page) };
  }

  /** Each screen's page without a theme: the lettering the themed pages are compared with. */
  const references = new Map<string, PageTypeScale>();
  async function reference(screen: (typeof SCREENS)[number]): Promise<PageTypeScale> {
    if (!references.has(screen.name)) {
      const { page, scale } = await look('plain', { viewport: screen.viewport });
      await page.context().close();
      references.set(screen.name, scale);
    }
    return references.get(screen.name)!;
  }

  /** Readable sizes, no style from the site, inside its place, hidden things hidden. */
  function assertImmune(scale: PageTypeScale, plain: PageTypeScale, where: string): void {
    assert.deepEqual(
      scale.widgets.map((widget) => widget.tag),
      WIDGETS,
      `${where}: each widget is shown once`,
    );
    for (const widget of scale.widgets) {
      const name = `${where}, ${widget.tag}`;
      const { min, median } = spread(widget.sizes);
      assert.ok(widget.base >= 14, `${name}: its text is ${widget.base}px`);
      assert.ok(min >= 12, `${name}: the smallest text is ${min}px (median ${median}px)`);
      const same = plain.widgets.find((candidate) => candidate.tag === widget.tag)!;
      assert.deepEqual(styleLeaks(widget, same), [], `${name}: no inherited style leaks in`);
      assert.deepEqual(widget.hiddenShown, [], `${name}: what is hidden stays hidden`);
      assert.ok(widget.width <= widget.room + 1, `${name}: ${widget.width}px in ${widget.room}px`);
      assert.deepEqual(widget.sticksOut, [], `${name}: nothing sticks out of the widget`);
    }
    assert.equal(scale.hiddenWidget, 'none', `${where}: the widget the site hid stays hidden`);
  }

  /** What `hosts.test.ts` checks on every host page: on screen, nothing cut off or broken. */
  async function assertWhole(page: Page, where: string): Promise<void> {
    for (const look of await widgetLooks(page)) {
      assert.deepEqual(look.outside, [], `${where}, ${look.tag}: nothing outside the screen`);
      assert.deepEqual(look.clipped, [], `${where}, ${look.tag}: nothing cut off`);
      assert.deepEqual(look.brokenWords, [], `${where}, ${look.tag}: no word broken`);
    }
    assert.equal(await horizontalOverflow(page), 0, `${where}: no sideways scrolling`);
  }

  async function screenshotEach(page: Page, name: string): Promise<void> {
    for (const tag of WIDGETS) await screenshot(page, `${name}-${tag.slice(7)}`, tag);
  }

  for (const screen of SCREENS) {
    for (const theme of HOST_THEMES) {
      it(`${theme.name} (${theme.about}) on a ${screen.name}: readable, its own lettering, in its place`, async () => {
        const plain = await reference(screen);
        const { page, problems, scale } = await look(theme.name, { viewport: screen.viewport });
        const where = `${theme.name} on a ${screen.name}`;
        assertImmune(scale, plain, where);
        await assertWhole(page, where);
        await screenshotEach(page, `theme-${theme.name}-${screen.name}`);
        assert.deepEqual(await axeViolations(page, [...WIDGETS]), [], `${where}: axe`);
        assert.deepEqual(problems, []);
        await page.context().close();
      });
    }
  }

  it("grows with the visitor's default font size wherever the site's own text does", async () => {
    for (const theme of ['plain', 'bulma', 'dawn', 'pico']) {
      const sizes = [];
      for (const defaultFontSize of [16, 24]) {
        const { page, scale } = await look(theme, { viewport: DESKTOP, defaultFontSize });
        sizes.push(scale);
        await page.context().close();
      }
      const [normal, larger] = sizes as [PageTypeScale, PageTypeScale];
      const siteGrowth = larger.hostText / normal.hostText;
      for (const [index, widget] of larger.widgets.entries()) {
        const growth = widget.base / normal.widgets[index]!.base;
        assert.ok(
          growth >= siteGrowth - 0.01,
          `${theme}, ${widget.tag}: the site's text grows ×${siteGrowth}, the widget's ×${growth}`,
        );
        // Never smaller than the site's own text, whatever the visitor chose.
        assert.ok(
          widget.base >= larger.hostText - 0.5,
          `${theme}, ${widget.tag}: ${widget.base}px`,
        );
      }
    }
  });

  it('grows with browser zoom: 200 % is twice the device pixels, and still fits', async () => {
    for (const theme of ['plain', 'dawn']) {
      const { page: flat, scale: normal } = await look(theme, { viewport: DESKTOP });
      await flat.context().close();
      // 200 % of a 1280 × 900 window: a 640 × 450 CSS-pixel viewport at 2 device pixels each.
      const zoom = { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 };
      const { page, scale } = await look(theme, zoom);
      assert.equal(scale.pixelRatio, 2);
      // In device pixels, the widget's text grows as the site's does (twice, unless the site
      // changes its own size for the narrower window, as Dawn does under 750 CSS pixels).
      const siteGrowth = (scale.hostText * 2) / normal.hostText;
      for (const [index, widget] of scale.widgets.entries()) {
        const growth = (widget.base * 2) / normal.widgets[index]!.base;
        assert.ok(growth >= 1.8, `${theme}, ${widget.tag}: ×${growth} in device pixels`);
        assert.equal(growth, siteGrowth, `${theme}, ${widget.tag}: as the site's text`);
      }
      await assertWhole(page, `${theme} at 200 % zoom`);
      await page.context().close();
    }
  });

  it('fits a 320 px phone with text at 200 % (a 32 px default font size)', async () => {
    for (const theme of ['plain', 'dawn', 'reset', 'builder']) {
      const options = { viewport: PHONE, defaultFontSize: 32 };
      const { page, problems, scale } = await look(theme, options);
      for (const widget of scale.widgets) {
        assert.ok(widget.width <= widget.room + 1, `${theme}, ${widget.tag}: ${widget.width}px`);
        assert.deepEqual(widget.sticksOut, [], `${theme}, ${widget.tag}: nothing sticks out`);
      }
      await assertWhole(page, `${theme} at 200 % text`);
      await screenshotEach(page, `theme-${theme}-phone-text-200`);
      assert.deepEqual(problems, []);
      await page.context().close();
    }
  });

  it("keeps the widget's own box under the page's !important rules on every element", async () => {
    const { page } = await look('reset', { viewport: PHONE });
    // The page says `* { box-sizing: content-box !important }` and `all: unset` on every element.
    const boxes = await page.evaluate(
      (tags) =>
        tags.map((tag) => {
          const widget = document.querySelector(tag)!;
          const inner = [...widget.shadowRoot!.querySelectorAll('input, textarea, .card, button')];
          return {
            tag,
            host: getComputedStyle(widget).boxSizing,
            inner: [...new Set(inner.map((element) => getComputedStyle(element).boxSizing))],
          };
        }),
      WIDGETS,
    );
    for (const box of boxes) {
      assert.equal(box.host, 'border-box', `${box.tag}: :host !important wins over the page's`);
      assert.deepEqual(box.inner, ['border-box'], `${box.tag}: fields and cards`);
    }
    await page.context().close();
  });

  it('hides with the page: a section hidden with visibility: hidden hides its widgets', async () => {
    const { page } = await look('plain', { viewport: DESKTOP });
    await page.addStyleTag({ content: '#stories { visibility: hidden }' });
    const visibility = await page.evaluate(
      () =>
        getComputedStyle(
          document.querySelector('#stories hearth-story-wall')!.shadowRoot!.querySelector('.base')!,
        ).visibility,
    );
    assert.equal(visibility, 'hidden', 'what the site hides is not shown, nor focusable');
    await page.context().close();
  });

  it("opens the group's details over a page builder's transformed, clipped column", async () => {
    for (const screen of SCREENS) {
      const { page, problems } = await look('builder', { viewport: screen.viewport });
      const box = (await (await openFirstDetails(page)).boundingBox())!;
      assert.ok(box.x >= 0 && box.x + box.width <= screen.viewport.width + 0.5, 'it fits across');
      assert.ok(box.y >= 0 && box.y + box.height <= screen.viewport.height + 0.5, 'and down');
      await screenshot(page, `theme-builder-${screen.name}-dialog`);
      assert.deepEqual(await axeViolations(page, ['hearth-group-finder']), []);
      assert.deepEqual(problems, []);
      await page.context().close();
    }
  });
});
