// The staff console at /admin on the demo, against the real reference server and the built
// bundles: a visitor shares a story, staff sign in and approve it, the next visitor sees it on
// the wall, says "me too" and reports it, and staff find it among the reported stories; a visitor asks for a spot, staff mark the request "contacted" and download the
// sign-ups as CSV.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Group, List } from '../../src/api/contract/public.js';
import {
  demoLogin,
  getJson,
  openPage,
  startDemo,
  type Demo,
  type RunningServer,
} from './support.js';

describe('staff console on the demo', () => {
  let server: RunningServer;
  let browser: Browser;
  let login: { email: string; password: string };
  let demo: Demo | undefined;

  before(async () => {
    demo = await startDemo();
    ({ server, browser } = demo);
    login = demoLogin(server);
  });
  after(() => demo?.stop());

  /** Someone in their own browser (own cookies, cache and storage). */
  async function person(path: string): Promise<{ page: Page; problems: string[] }> {
    return openPage(browser, `${server.url}${path}`, { viewport: { width: 1024, height: 800 } });
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

  it('a shared story appears on the wall once staff approve it, and a report brings it back to them', async () => {
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

    // It speaks to them ("me too"); then, say, they fear it could identify someone, and report it.
    await shared.getByRole('button', { name: 'Me too' }).click();
    await shared.getByText('1 person felt this too').waitFor();
    await shared.getByRole('button', { name: 'Report' }).click();
    await shared.getByRole('radio', { name: 'It could identify someone' }).check();
    await shared.getByRole('button', { name: 'Send report' }).click();
    await shared.getByText('Thank you. Someone at the practice will look at this story.').waitFor();

    // Staff find it among the reported stories, with the reason in words.
    await console.getByRole('button', { name: /^Reported/ }).click();
    const reported = console.locator('[part~="story"]').filter({ hasText: text });
    await reported.waitFor();
    await reported.getByText('Readers said: identifies someone (1).').waitFor();

    assert.deepEqual([...visitor.problems, ...later.problems], []);
    assert.deepEqual(staff.problems, []);
  });

  it('staff mark a new sign-up "contacted" and download the sign-ups as CSV', async () => {
    const groups = (await getJson<List<Group>>(`${server.url}/v1/groups`)).items;
    const open = groups.find(
      (each) => each.status === 'open' && each.seatsLeft > 1 && !each.ageMin,
    );
    assert.ok(open, 'the seed has an open group');
    const name = `Robin Vale-${Date.now().toString(36)}`;

    const visitor = await person('/');
    const form = visitor.page.locator('hearth-session-signup');
    await form.getByRole('radio', { name: new RegExp(`^${open.name}`) }).check();
    await form.locator('input[name="name"]').fill(name);
    await form.locator('input[name="email"]').fill('robin.vale@example.net');
    await form.locator('input[name="consent.contact"]').check();
    await form.locator('input[name="consent.privacy"]').check();
    await form.getByRole('button', { name: 'Send request' }).click();
    await form.getByRole('heading', { name: 'Your request has been sent' }).waitFor();

    const staff = await signIn();
    const console = staff.page.locator('hearth-admin');
    await console.getByRole('button', { name: 'Sign-ups' }).click();
    const request = console.locator('.signup').filter({ hasText: name });
    await request.waitFor();
    await request.getByLabel('Status').selectOption('contacted');
    await request.getByRole('button', { name: 'Change status' }).click();
    await console.getByText(`${name}: status changed to Contacted.`).waitFor();

    const download = staff.page.waitForEvent('download');
    await console.getByRole('link', { name: 'Download all as CSV' }).click();
    const file = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile(file, 'utf8');
    const row = csv.split(/\r?\n/).find((line) => line.includes(name));
    assert.ok(row, `the CSV has the request:\n${csv.slice(0, 500)}`);
    assert.match(row, /contacted/);
    assert.match(row, /robin\.vale@example\.net/);
    assert.deepEqual(visitor.problems, []);
    assert.deepEqual(staff.problems, []);
  });
});
