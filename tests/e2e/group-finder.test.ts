// The group finder on the demo page, against the real reference server and the built bundle:
// a visitor filters, clears, opens a group and reaches its action, with a quiet console.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Group, List, Practice } from '../../src/api/contract/public.js';
import {
  escapeRegExp,
  getJson,
  startDemo,
  openPage,
  type Demo,
  type RunningServer,
} from './support.js';

/** "View details" with the group's name, which Chromium joins with a space before the colon. */
const detailsOf = (group: Group) => new RegExp(`^View details ?: ${escapeRegExp(group.name)}$`);

describe('group finder on the demo page', () => {
  let server: RunningServer;
  let browser: Browser;
  let groups: Group[];
  let practice: Practice;
  let demo: Demo | undefined;

  before(async () => {
    demo = await startDemo();
    ({ server, browser } = demo);
    groups = (await getJson<List<Group>>(`${server.url}/v1/groups`)).items;
    practice = await getJson<Practice>(`${server.url}/v1/practice`);
  });
  after(() => demo?.stop());

  async function openDemo(): Promise<{ page: Page; problems: string[] }> {
    const { page, problems } = await openPage(browser, `${server.url}/`, {
      viewport: { width: 1024, height: 900 },
    });
    await page.locator('hearth-group-finder [part~="card"]').first().waitFor();
    return { page, problems };
  }

  it('filters by a topic, counts, clears, opens a group and shows its action', async () => {
    const { page, problems } = await openDemo();
    const finder = page.locator('hearth-group-finder');
    const count = finder.locator('[part~="count"]');
    assert.equal((await count.textContent())?.trim(), `${groups.length} groups`);

    const topic = practice.topics.find((each) => each.id === 'grief')!;
    const matching = groups.filter((group) => group.topics.includes(topic.id));
    await finder.getByRole('checkbox', { name: topic.label, exact: true }).check();
    await page.waitForFunction(
      (expected) =>
        document
          .querySelector('hearth-group-finder')
          ?.shadowRoot?.querySelector('[part~="count"]')
          ?.textContent?.trim() === expected,
      `${matching.length} of ${groups.length} ${groups.length === 1 ? 'group' : 'groups'}`,
    );
    assert.equal(await finder.locator('[part~="card"]').count(), matching.length);

    await finder.getByRole('button', { name: 'Clear all filters' }).click();
    await page.waitForFunction(
      (total) =>
        document
          .querySelector('hearth-group-finder')
          ?.shadowRoot?.querySelectorAll('[part~="card"]').length === total,
      groups.length,
    );

    const open = groups.find((group) => group.status === 'open' || group.status === 'few_seats')!;
    await finder.getByRole('button', { name: detailsOf(open) }).click();
    const dialog = finder.getByRole('dialog', { name: open.name });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Request a spot' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    assert.deepEqual(problems, []);
    await page.close();
  });

  it('opens the sign-up form from a full group and gives a waitlist position', async () => {
    const full = groups.find((group) => group.status === 'waitlist');
    assert.ok(full, 'the seed has a full group with a waitlist');
    const { page, problems } = await openDemo();
    const finder = page.locator('hearth-group-finder');
    await finder.getByRole('button', { name: detailsOf(full) }).click();
    const dialog = finder.getByRole('dialog', { name: full.name });
    await dialog.getByRole('button', { name: 'Join the waitlist' }).click();

    const form = dialog.locator('hearth-session-signup');
    await form.locator('input[name="name"]').fill('Sam');
    await form.locator('input[name="email"]').fill('sam@example.net');
    if (full.ageMin !== undefined || full.ageMax !== undefined) {
      await form.locator('input[name="ageConfirmed"]').check();
    }
    await form.locator('input[name="consent.contact"]').check();
    await form.locator('input[name="consent.privacy"]').check();
    await form.getByRole('button', { name: 'Send request' }).click();
    await form.getByRole('heading', { name: 'You are on the waitlist' }).waitFor();
    await form.getByText(/You are number \d+ on the list\./).waitFor();

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.deepEqual(problems, []);
    await page.close();
  });
});
