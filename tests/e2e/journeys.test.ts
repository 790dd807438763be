// A visitor's whole way through the demo page, by keyboard alone: find the groups, filter them,
// open one, ask for a spot, read the confirmation. Only keys are pressed (Tab, Space, Enter,
// typing); where the focus is, is read from the page after each key.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { openStore } from '../../server/src/index.js';
import type { Group, List, Practice } from '../../src/api/contract/public.js';
import { allowInPageFunctions, axeViolations, screenshot } from './hosts/checks.js';
import { getJson, openPage, startDemo, type Demo, type RunningServer } from './support.js';

/** What has the keyboard focus, through shadow roots: what a screen reader would announce. */
interface Focused {
  tag: string;
  type: string;
  name: string;
  checked: boolean;
  /** Visible text, or the label's text for a form control. */
  label: string;
  /** Inside which Hearth widget. */
  widget: string;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let active = document.activeElement;
    let widget = '';
    while (active?.shadowRoot?.activeElement) {
      if (active.localName.startsWith('hearth-')) widget = active.localName;
      active = active.shadowRoot.activeElement;
    }
    const element = active as HTMLInputElement | null;
    const labels = element?.labels ? [...element.labels].map((label) => label.textContent) : [];
    return {
      tag: element?.localName ?? '',
      type: element?.type ?? '',
      name: element?.getAttribute('name') ?? '',
      checked: Boolean(element?.checked),
      label: (labels.join(' ') || element?.getAttribute('aria-label') || element?.textContent || '')
        .replace(/\s+/g, ' ')
        .trim(),
      widget,
    };
  });
}

/** Presses Tab until `wanted` holds for the focused element; fails after `limit` presses. */
async function tabTo(
  page: Page,
  wanted: (focus: Focused) => boolean | Promise<boolean>,
  what: string,
  limit = 120,
) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focus = await focused(page);
    if (await wanted(focus)) return focus;
  }
  throw new Error(`${what} was not reached with ${limit} presses of Tab`);
}

describe('a visitor on the demo page, by keyboard alone', () => {
  let server: RunningServer;
  let browser: Browser;
  let groups: Group[];
  let practice: Practice;
  let demo: Demo | undefined;

  before(async () => {
    demo = await startDemo({ HEARTH_LOG_LEVEL: 'warn' });
    ({ server, browser } = demo);
    groups = (await getJson<List<Group>>(`${server.url}/v1/groups`)).items;
    practice = await getJson<Practice>(`${server.url}/v1/practice`);
  });
  after(() => demo?.stop());

  it('filters the groups, opens one, asks for a spot and reads the confirmation', async () => {
    const { page, problems } = await openPage(
      browser,
      `${server.url}/`,
      { viewport: { width: 1024, height: 800 } },
      allowInPageFunctions,
    );
    const finder = page.locator('hearth-group-finder');
    await finder.locator('[part~="card"]').first().waitFor();

    // A group with an age range, so the form asks one more thing.
    const open = groups.filter((group) => group.status === 'open' || group.status === 'few_seats');
    const chosen = open.find((group) => group.ageMin !== undefined) ?? open[0];
    assert.ok(chosen, 'the seed has an open group');
    const topic = practice.topics.find((each) => each.id === chosen.topics[0])!;

    // Filter: Tab to the topic, Space ticks it.
    await tabTo(
      page,
      (focus) =>
        focus.widget === 'hearth-group-finder' &&
        focus.type === 'checkbox' &&
        focus.label === topic.label,
      `the "${topic.label}" filter`,
    );
    await page.keyboard.press('Space');
    const matching = groups.filter((group) => group.topics.includes(topic.id)).length;
    await finder.getByText(`${matching} of ${groups.length} groups`).waitFor();

    // Open the group: Tab to its "View details", Enter.
    await tabTo(
      page,
      (focus) =>
        focus.tag === 'button' && focus.label.includes(chosen.name) && /details/i.test(focus.label),
      `"View details" of ${chosen.name}`,
    );
    await page.keyboard.press('Enter');
    const dialog = finder.getByRole('dialog', { name: chosen.name });
    await dialog.waitFor();

    // The action, from inside the dialog (focus is trapped there, so Tab finds it).
    await tabTo(
      page,
      (focus) => focus.tag === 'button' && focus.label === 'Request a spot',
      '"Request a spot"',
      40,
    );
    await page.keyboard.press('Enter');
    const form = dialog.locator('hearth-session-signup');
    await form.locator('input[name="name"]').waitFor();
    assert.equal(
      (await focused(page)).widget,
      'hearth-session-signup',
      'focus moved into the form',
    );

    // The form: type into each text field, tick each required box, stop at "Send request".
    const answers: Record<string, string> = { name: 'Kai', email: 'kai@example.net' };
    const ticks = new Set(['ageConfirmed', 'consent.contact', 'consent.privacy']);
    await tabTo(
      page,
      async (focus) => {
        if (focus.tag === 'button' && focus.label === 'Send request') return true;
        if (answers[focus.name]) await page.keyboard.type(answers[focus.name]!);
        if (ticks.has(focus.name) && !focus.checked) await page.keyboard.press('Space');
        return false;
      },
      '"Send request"',
      60,
    );
    assert.equal((await focused(page)).label, 'Send request');
    await screenshot(page, 'journey-keyboard-form');
    await page.keyboard.press('Enter');

    const outcome = form.getByRole('heading', {
      name: /^(Your request has been sent|You are on the waitlist)$/,
    });
    await outcome.waitFor();
    assert.equal(
      (await focused(page)).tag,
      'h2',
      'focus is on the confirmation, which is read out',
    );
    await screenshot(page, 'journey-keyboard-confirmation');
    assert.deepEqual(await axeViolations(page), []);

    // Escape closes the dialog and the visitor is back where they were.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.match((await focused(page)).label, new RegExp(chosen.name));
    assert.deepEqual(problems, []);
    await page.context().close();

    const store = await openStore({ dataDir: server.dataDir });
    try {
      const mine = (await store.listSignups()).filter(
        (signup) => signup.email === 'kai@example.net',
      );
      assert.equal(mine.length, 1);
      assert.equal(mine[0]!.groupId, chosen.id);
      assert.equal(mine[0]!.name, 'Kai');
    } finally {
      await store.close();
    }
  });
});
