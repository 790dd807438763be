// The story wall on the demo page, against the real reference server and the built bundle: a
// visitor reads the seeded stories and shares one; a person at the practice approves it through
// the data layer (as the staff console will); the next visitor sees it on the wall and says
// "me too", and the count goes up by one.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { openStore } from '../../server/src/index.js';
import type { List, Story } from '../../src/api/contract/public.js';
import { getJson, openPage, startDemo, type Demo, type RunningServer } from './support.js';

describe('story wall on the demo page', () => {
  let server: RunningServer;
  let browser: Browser;
  let demo: Demo | undefined;

  before(async () => {
    demo = await startDemo();
    ({ server, browser } = demo);
  });
  after(() => demo?.stop());

  /** A new visitor (own browser context: own cache and storage) on the demo page. */
  async function visit(): Promise<{ page: Page; problems: string[] }> {
    const { page, problems } = await openPage(browser, `${server.url}/`, {
      viewport: { width: 390, height: 844 },
    });
    await page.locator('hearth-story-wall [part~="card"]').first().waitFor();
    return { page, problems };
  }

  it('shows the seeded stories, takes a new one for review, and shows it once approved', async () => {
    const seeded = await getJson<List<Story>>(`${server.url}/v1/stories`);
    assert.ok(seeded.items.length > 0, 'the seed has published stories');

    const reader = await visit();
    const wall = reader.page.locator('hearth-story-wall');
    const firstCard = wall.locator('[part~="card"]').first();
    // The newest story, as text; a folded one shows its content note instead.
    const newest = seeded.items[0]!;
    if (newest.contentWarning) {
      await firstCard.getByText(`Content note: ${newest.contentWarning}`).waitFor();
    } else {
      assert.equal(await firstCard.locator('[part~="body"]').textContent(), newest.body);
    }
    assert.equal(await wall.locator('[part~="card"]').count(), Math.min(seeded.items.length, 10));
    await wall.locator('footer [part~="crisis"] a[href^="tel:"]').first().waitFor();

    // Sharing.
    // Unique, without a run of digits, which the wall would mask as a phone number.
    const text = `Nobody at work knew how tired I was. Here I found words for it. (${Date.now().toString(36)})`;
    await wall.getByRole('button', { name: 'Share your story' }).click();
    await wall.getByRole('textbox', { name: 'Your story' }).fill(text);
    await wall.getByRole('checkbox', { name: /^I agree/ }).check();
    const topic = wall.locator('input[name="topics"]').first();
    await topic.check();
    const topicId = await topic.inputValue();
    await wall.getByRole('button', { name: 'Send my story' }).click();
    await wall.getByRole('heading', { name: 'Thank you for sharing' }).waitFor();
    assert.deepEqual(reader.problems, []);

    // Not on the wall before a person approves it.
    const before = await getJson<List<Story>>(`${server.url}/v1/stories?limit=50`);
    assert.ok(!before.items.some((story) => story.body === text));

    // A person at the practice approves it, through the data layer.
    const store = await openStore({ dataDir: server.dataDir });
    try {
      const pending = (await store.listModerationQueue()).find((story) => story.body === text);
      assert.ok(pending, 'the story waits in the moderation queue');
      assert.deepEqual(pending.topics, [topicId]);
      const outcome = await store.moderateStory(pending.id, 'approve', { now: new Date() });
      assert.equal(outcome.kind, 'ok', JSON.stringify(outcome));
    } finally {
      await store.close();
    }

    // The next visitor sees it first on the wall, and says "me too".
    const next = await visit();
    const nextWall = next.page.locator('hearth-story-wall');
    const shared = nextWall.locator('[part~="card"]').first();
    assert.equal(await shared.locator('[part~="body"]').textContent(), text);
    await shared.getByText('Be the first to say you felt this too').waitFor();
    const meToo = shared.getByRole('button', { name: 'Me too' });
    assert.equal(await meToo.getAttribute('aria-pressed'), 'false');
    const answer = next.page.waitForResponse((response) => response.url().endsWith('/resonance'));
    await meToo.click();
    assert.deepEqual(await (await answer).json(), { resonance: 1, resonated: true });
    await shared.getByText('1 person felt this too').waitFor();
    assert.equal(await meToo.getAttribute('aria-pressed'), 'true');

    assert.deepEqual(next.problems, []);
  });
});
