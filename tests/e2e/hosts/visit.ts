// A visit to the theme page as the host-styles suite and its size table make it: a screen, a
// zoom, the visitor's default font size, then every widget shown with most of its words (a group
// chosen in the sign-up form, the story form open), and the finder's details of a group.
import type { Browser, Locator, Page } from 'playwright-core';
import { watchPage } from '../support.js';
import { allowInPageFunctions } from './checks.js';

export interface VisitOptions {
  viewport: { width: number; height: number };
  /** Device pixels per CSS pixel: browser zoom, as `hosts.test.ts` emulates 400 %. */
  deviceScaleFactor?: number;
  /** The browser's default font size (Settings › Appearance › Font size), px; 16 unless set. */
  defaultFontSize?: number;
}

/** Opens `url` in a new browser context, as a visitor with these settings would. */
export async function visit(
  browser: Browser,
  url: string,
  options: VisitOptions,
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    viewport: options.viewport,
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  await allowInPageFunctions(context);
  const page = await context.newPage();
  if (options.defaultFontSize) {
    // What Chromium's font size setting changes: the size `medium` (and so `rem` on a page
    // that does not set its root's size) stands for.
    const session = await context.newCDPSession(page);
    await session.send('Page.setFontSizes', {
      fontSizes: { standard: options.defaultFontSize },
    });
  }
  const problems = watchPage(page);
  await page.goto(url);
  return { page, problems };
}

/** Waits for the widgets' content, chooses a group in the sign-up form and opens the story form. */
export async function showEverything(page: Page): Promise<void> {
  await page.locator('hearth-group-finder [part~="card"]').first().waitFor();
  await page.locator('hearth-story-wall:not([hidden]) [part~="card"]').first().waitFor();
  const signup = page.locator('hearth-session-signup');
  await signup.getByRole('radio').first().check();
  await signup.locator('input[name="consent.contact"]').waitFor();
  const wall = page.locator('hearth-story-wall:not([hidden])');
  await wall.getByRole('button', { name: 'Share your story' }).click();
  await wall.getByRole('textbox', { name: 'Your story' }).waitFor();
}

/** Opens the first group's details in the finder, and resolves with its dialog once shown. */
export async function openFirstDetails(page: Page): Promise<Locator> {
  const finder = page.locator('hearth-group-finder');
  await finder
    .getByRole('button', { name: /^View details/ })
    .first()
    .click();
  const dialog = finder.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}
