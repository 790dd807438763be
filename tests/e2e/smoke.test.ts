// The demo as a practice owner would see it after `npm start`: the real server, the built
// bundle loaded by a plain module script, the seeded groups on the page, a quiet console.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Group, List } from '../../src/api/contract/public.js';
import { getJson, startDemo, watchPage, type Demo, type RunningServer } from './support.js';

describe('demo practice page', () => {
  let server: RunningServer;
  let browser: Browser;
  let demo: Demo | undefined;

  before(async () => {
    demo = await startDemo();
    ({ server, browser } = demo);
  });
  after(async () => {
    const exitCode = await demo?.stop();
    assert.equal(exitCode, 0, 'the server stops cleanly on Ctrl-C');
  });

  it('shows every seeded group from the server, with no console errors', async () => {
    const seeded = await getJson<List<Group>>(`${server.url}/v1/groups`);
    assert.equal(seeded.items.length, 10);

    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const problems = watchPage(page);
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url)) outside.push(request.url());
    });

    const response = await page.goto(`${server.url}/`);
    assert.equal(response?.status(), 200);
    assert.ok(
      await page.locator('script[type="module"][src="/hearth/hearth.js"]').count(),
      'the page embeds the bundle exactly as a practice would',
    );

    const finder = page.locator('hearth-group-finder');
    for (const group of seeded.items) {
      await finder.getByRole('heading', { name: group.name, exact: true }).waitFor();
    }
    const full = seeded.items.find((group) => group.status === 'waitlist');
    assert.ok(full, 'the seed has a full group with a waitlist');

    assert.deepEqual(problems, []);
    assert.deepEqual(outside, [], 'no request leaves the practice server');
    assert.deepEqual(await page.context().cookies(), [], 'no cookies');
  });
});
