// The public widgets on sites we will never see: a hostile theme, a strict Content-Security-
// Policy, Spanish right-to-left dark pages, phones and 400 % zoom, two copies of the bundle, a
// single-page app. Each page is served by its own small server on another origin than the Hearth
// server (which allows that origin through HEARTH_ALLOWED_ORIGINS), loaded in Chromium, and
// checked for what a person would see; axe runs on each, and screenshots land in
// test-results/hosts/.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { Group } from '../../src/api/contract/public.js';
import {
  allowInPageFunctions,
  axeViolations,
  horizontalOverflow,
  screenshot,
  widgetLooks,
  type WidgetLook,
} from './hosts/checks.js';
import { OLDER_VERSION, type HostServer } from './hosts/host-server.js';
import { startStage, WIDGETS, type Stage } from './hosts/stage.js';
import { openFirstDetails } from './hosts/visit.js';
import { openPage, type RunningServer } from './support.js';

/** Event listeners on `window` and `document`, by type, through the DevTools protocol. */
async function countListeners(page: Page): Promise<Record<string, number>> {
  const session = await page.context().newCDPSession(page);
  const counts: Record<string, number> = {};
  for (const expression of ['window', 'document']) {
    const { result } = await session.send('Runtime.evaluate', { expression });
    const { listeners } = await session.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId!,
    });
    for (const listener of listeners) {
      const key = `${expression}:${listener.type}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  await session.detach();
  return counts;
}

describe('widgets on host pages', () => {
  let server: RunningServer;
  let host: HostServer;
  let browser: Browser;
  let groups: Group[];

  let stage: Stage | undefined;

  before(async () => {
    stage = await startStage();
    ({ server, host, browser, groups } = stage);
  });
  after(() => stage?.stop());

  async function open(
    url: string,
    options: BrowserContextOptions = {},
  ): Promise<{ page: Page; problems: string[] }> {
    return openPage(
      browser,
      url,
      { viewport: { width: 1280, height: 900 }, ...options },
      allowInPageFunctions,
    );
  }

  /** Waits until every widget on the page shows its content: cards, the group picker, stories. */
  async function loaded(page: Page, tags = WIDGETS): Promise<void> {
    const ready: Record<string, string> = {
      'hearth-group-finder': 'hearth-group-finder [part~="card"]',
      'hearth-session-signup': 'hearth-session-signup [part~="picker"]',
      'hearth-story-wall': 'hearth-story-wall:not([hidden]) [part~="card"]',
    };
    for (const tag of tags) await page.locator(ready[tag]!).first().waitFor();
  }

  /** One screenshot per widget, scrolled to it. */
  async function screenshotEach(page: Page, name: string): Promise<void> {
    for (const tag of WIDGETS) {
      if (await page.locator(tag).count()) await screenshot(page, `${name}-${tag.slice(7)}`, tag);
    }
  }

  /** The person's view of each widget: there, readable, inside the screen, nothing cut off. */
  function assertLooksRight(looks: WidgetLook[], tags = WIDGETS): void {
    assert.deepEqual(
      looks.map((look) => look.tag),
      tags,
      'each widget is shown once',
    );
    for (const look of looks) {
      assert.ok(look.text.length > 80, `${look.tag} shows its words: "${look.text}"`);
      assert.ok(look.height > 100, `${look.tag} is not collapsed (${look.height}px high)`);
      assert.deepEqual(look.outside, [], `${look.tag}: nothing outside the screen`);
      assert.deepEqual(look.clipped, [], `${look.tag}: nothing cut off`);
      assert.deepEqual(look.brokenWords, [], `${look.tag}: no word broken in the middle`);
      const text = look.text_style!;
      assert.ok(text, `${look.tag} has a paragraph`);
      assert.ok(text.fontSize >= 14 && text.fontSize <= 40, `${look.tag} text ${text.fontSize}px`);
      const ratio = text.lineHeight / text.fontSize;
      assert.ok(ratio >= 1.2 && ratio <= 1.9, `${look.tag} line height ${ratio.toFixed(2)}`);
    }
  }

  it('keeps its own look under a theme of resets and !important rules', async () => {
    const { page, problems } = await open(host.page('aggressive.html'));
    await loaded(page);
    const looks = await widgetLooks(page);
    assertLooksRight(looks);
    for (const look of looks) {
      const button = look.button_style;
      if (!button) continue; // the sign-up form shows its button once a group is chosen
      assert.ok(button.minHeight >= 44, `${look.tag} buttons are big enough to tap`);
      assert.notEqual(button.background, 'rgb(255, 255, 0)', `${look.tag}: the theme's buttons`);
    }
    assert.equal(
      await page.locator('#hidden-wall').evaluate((wall) => getComputedStyle(wall).display),
      'none',
      'a widget the site hides stays hidden despite [hidden] { display: block !important }',
    );
    assert.equal(await horizontalOverflow(page), 0, 'no sideways scrolling');

    // It still works: a group opens, and its action is there.
    const finder = page.locator('hearth-group-finder');
    const openGroup = groups.find((group) => group.status === 'open')!;
    await finder.getByRole('button', { name: new RegExp(`: ${openGroup.name}$`) }).click();
    const dialog = finder.getByRole('dialog', { name: openGroup.name });
    await dialog.getByRole('button', { name: 'Request a spot' }).waitFor();
    await screenshot(page, 'aggressive-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await screenshotEach(page, 'aggressive');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('keeps its own lettering under a theme that sets capitals and spacing on every element', async () => {
    const { page } = await open(host.page('aggressive.html'));
    await loaded(page);
    for (const look of await widgetLooks(page)) {
      assert.equal(look.text_style?.textTransform, 'none', `${look.tag}: no shouting capitals`);
    }
    await page.context().close();
  });

  it('runs under a strict Content-Security-Policy with no violation', async () => {
    const { page, problems } = await open(host.page('csp.html'));
    const response = await page.reload();
    assert.match(response!.headers()['content-security-policy']!, /script-src 'self'/);
    await loaded(page);
    assertLooksRight(await widgetLooks(page));

    // Open what renders later: a group's dialog, and the story form.
    const finder = page.locator('hearth-group-finder');
    await finder
      .getByRole('button', { name: /^View details/ })
      .first()
      .click();
    await finder.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    const wall = page.locator('hearth-story-wall');
    await wall.getByRole('button', { name: 'Share your story' }).click();
    await wall.getByRole('textbox', { name: 'Your story' }).fill('I want to die tonight');
    await wall.getByText(/988/).first().waitFor();
    await screenshotEach(page, 'csp');

    assert.deepEqual(
      await page.evaluate(() => (window as { cspViolations?: string[] }).cspViolations),
      [],
    );
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, [], 'no console message (Chromium reports CSP violations there)');
    await page.context().close();
  });

  it('speaks Spanish on a Spanish right-to-left page, in the dark, without motion', async () => {
    const { page, problems } = await open(host.page('locale.html'), {
      colorScheme: 'dark',
      reducedMotion: 'reduce',
    });
    await loaded(page);
    const looks = await widgetLooks(page);
    assertLooksRight(looks);
    const finder = page.locator('hearth-group-finder');
    await finder.getByText(`${groups.length} grupos`).waitFor();
    await page
      .locator('hearth-session-signup')
      .getByText('¿A qué grupo le gustaría unirse?')
      .waitFor();
    await page
      .locator('hearth-story-wall')
      .getByRole('button', { name: 'Compartir su historia' })
      .waitFor();

    const styles = await page.evaluate(
      (tags) =>
        tags.map((tag) => {
          const base = document.querySelector(tag)!.shadowRoot!.querySelector('.base')!;
          const moving = [...document.querySelector(tag)!.shadowRoot!.querySelectorAll('*')].filter(
            (element) => {
              const style = getComputedStyle(element);
              return (
                style.transitionDuration.split(',').some((value) => parseFloat(value) > 0) ||
                style.animationName !== 'none'
              );
            },
          );
          const style = getComputedStyle(base);
          return {
            tag,
            color: style.color,
            background: style.backgroundColor,
            moving: moving.length,
          };
        }),
      WIDGETS,
    );
    for (const style of styles) {
      const [r, g, b] = style.color.match(/\d+/g)!.map(Number);
      assert.ok(
        r! + g! + b! > 600,
        `${style.tag} text is light in the dark theme (${style.color})`,
      );
      assert.equal(style.moving, 0, `${style.tag}: nothing moves when motion is reduced`);
    }
    assert.equal(await horizontalOverflow(page), 0);
    await screenshotEach(page, 'spanish-rtl-dark');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  for (const [name, options] of [
    ['phone-320', { viewport: { width: 320, height: 640 } }],
    // 400 % zoom of a 1280 × 720 window is a 320 × 180 CSS-pixel viewport at 4 device pixels each.
    ['zoom-400', { viewport: { width: 320, height: 180 }, deviceScaleFactor: 4 }],
  ] as const) {
    it(`fits the demo page on a ${name} screen: no sideways scrolling, nothing cut off`, async () => {
      const { page, problems } = await open(`${server.url}/`, options);
      await loaded(page);
      assertLooksRight(await widgetLooks(page));
      assert.equal(await horizontalOverflow(page), 0, 'no sideways scrolling');

      // The details dialog, too.
      const dialog = await openFirstDetails(page);
      const inDialog = (await widgetLooks(page)).find((look) => look.tag === WIDGETS[0])!;
      assert.deepEqual(inDialog.brokenWords, [], 'no word broken in the dialog');
      const box = (await dialog.boundingBox())!;
      assert.ok(box.x >= 0 && box.x + box.width <= 320.5, 'the dialog fits');
      await screenshot(page, `${name}-demo-dialog`);
      await page.keyboard.press('Escape');
      await screenshotEach(page, `${name}-demo`);
      assert.deepEqual(problems, []);
      await page.context().close();
    });

    it(`keeps the sign-up form and story wall whole under the hostile theme on a ${name} screen`, async () => {
      const { page, problems } = await open(host.page('aggressive.html'), options);
      await loaded(page);
      const mine = (await widgetLooks(page)).filter((look) => look.tag !== WIDGETS[0]);
      assertLooksRight(mine, [WIDGETS[1]!, WIDGETS[2]!]);
      await screenshotEach(page, `${name}-aggressive`);
      assert.deepEqual(problems, []);
      await page.context().close();
    });

    it(`keeps the group finder whole under the hostile theme on a ${name} screen`, async () => {
      const { page } = await open(host.page('aggressive.html'), options);
      await loaded(page);
      const finder = (await widgetLooks(page)).filter((look) => look.tag === WIDGETS[0]);
      assertLooksRight(finder, [WIDGETS[0]!]);
      assert.equal(await horizontalOverflow(page), 0, 'no sideways scrolling');
      await page.context().close();
    });
  }

  it('works with two copies of different versions on one page, and says so once', async () => {
    const { page, problems } = await open(host.page('two-versions.html'));
    await loaded(page);
    // In page order: the provider's two widgets, then the sign-up form.
    assertLooksRight(await widgetLooks(page), [WIDGETS[0]!, WIDGETS[2]!, WIDGETS[1]!]);
    assert.ok(problems.length > 0, 'the version clash is reported in the console');
    for (const problem of problems) {
      assert.match(
        problem,
        new RegExp(
          `^warning: \\[hearth\\] <hearth-[a-z-]+> is already defined by Hearth ${OLDER_VERSION}; this copy \\(\\d+\\.\\d+\\.\\d+\\) is not used`,
        ),
      );
    }
    assert.equal(new Set(problems).size, problems.length, 'each tag is reported once');
    await screenshotEach(page, 'two-versions');
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });

  it('follows a React 19 app: attribute changes, events, unmount and remount, no leaks', async () => {
    const { page, problems } = await open(host.page('react.html'));
    const requests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/v1/')) requests.push(url.pathname + url.search);
    });
    await loaded(page);
    const settings = page.getByRole('navigation', { name: 'Site settings' });
    const finder = page.locator('hearth-group-finder');
    const count = finder.locator('[part~="count"]');

    // A configuration change after mount takes effect.
    const grief = groups.filter((group) => group.topics.includes('grief')).length;
    await settings.getByRole('button', { name: 'Only grief groups' }).click();
    await finder.getByText(`${grief} of ${groups.length} groups`).waitFor();
    assert.equal(await finder.locator('[part~="card"]').count(), grief);
    await settings.getByRole('button', { name: 'Español' }).click();
    await finder.getByText(`${grief} de ${groups.length} grupos`).waitFor();
    await page
      .locator('hearth-session-signup')
      .getByText('¿A qué grupo le gustaría unirse?')
      .waitFor();
    await page
      .locator('hearth-story-wall')
      .getByRole('button', { name: 'Compartir su historia' })
      .waitFor();

    // The app hears the widgets' events through React's own props.
    const first = finder.locator('[part~="card"]').first();
    await first.getByRole('button').first().click();
    await finder.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page
      .getByRole('status')
      .getByText(/^You looked at /)
      .waitFor();

    const listeners = () => countListeners(page);
    const settled = async () => {
      await loaded(page);
      await page.waitForLoadState('networkidle');
    };
    await settled();
    const before = await listeners();
    const requestsBefore = requests.length;
    for (let round = 0; round < 3; round++) {
      await settings.getByRole('button', { name: 'Hide the widgets' }).click();
      assert.equal(await page.locator('hearth-group-finder, hearth-story-wall').count(), 0);
      await settings.getByRole('button', { name: 'Show the widgets' }).click();
      await settled();
      // Remounted with the app's current state: Spanish, grief only.
      assert.equal((await count.textContent())?.trim(), `${grief} de ${groups.length} grupos`);
    }
    assert.deepEqual(await listeners(), before, 'no listener is left behind by removed widgets');
    // Each mount asks once per widget that needs it (the browser's cache may answer some).
    const asked = (path: string) =>
      requests.slice(requestsBefore).filter((url) => url.split('?')[0] === path).length;
    assert.ok(asked('/v1/practice') <= 3 * 3, `practice asked ${asked('/v1/practice')} times`);
    assert.ok(asked('/v1/groups') <= 3 * 2, `groups asked ${asked('/v1/groups')} times`);
    assert.ok(asked('/v1/stories') <= 3 * 1, `stories asked ${asked('/v1/stories')} times`);
    assertLooksRight(await widgetLooks(page));
    await screenshotEach(page, 'react');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('survives single-page navigation that removes and re-adds widgets', async () => {
    const { page, problems } = await open(host.page('spa.html'));
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/v1/')) requests.push(new URL(request.url()).pathname);
    });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await loaded(page, ['hearth-group-finder']);
    for (const round of [1, 2, 3]) {
      await nav.getByRole('link', { name: 'Stories' }).click();
      await loaded(page, ['hearth-story-wall']);
      assert.equal(await page.locator('hearth-group-finder').count(), 0);
      await nav.getByRole('link', { name: 'About us' }).click();
      await page.getByText('We are a small practice').waitFor();
      await page.goBack();
      await loaded(page, ['hearth-story-wall']);
      await nav.getByRole('link', { name: 'Groups' }).click();
      await loaded(page, ['hearth-group-finder']);
      assertLooksRight(await widgetLooks(page), ['hearth-group-finder']);
      assert.equal(
        await page.locator('hearth-group-finder [part~="card"]').count(),
        groups.length,
        `round ${round}: every group, once`,
      );
    }
    // A removed widget asks nothing more: each showing of a view asks the server at most once.
    const groupLists = requests.filter((path) => path === '/v1/groups').length;
    assert.ok(groupLists <= 4, `${groupLists} group lists for 4 showings of the groups view`);
    await screenshot(page, 'spa');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
