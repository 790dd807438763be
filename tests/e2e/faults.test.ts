// The public widgets when the practice's API misbehaves: down, slow, answering 500, garbage,
// the wrong content type, another API's JSON, or refusing the page's origin. Each widget says so
// in plain words and offers a retry (never a blank box, never an uncaught error); the sign-up
// form keeps everything typed, and a retry once the API is back makes exactly one sign-up. Last,
// the server is killed in the middle of a burst of sign-ups: every one that got a 201 is there
// after the restart, once.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { openStore } from '../../server/src/index.js';
import type { Group, List } from '../../src/api/contract/public.js';
import {
  allowInPageFunctions,
  axeViolations,
  screenshot,
  withoutNetworkNoise,
} from './hosts/checks.js';
import type { HostServer } from './hosts/host-server.js';
import { startStage, WIDGETS, type Stage } from './hosts/stage.js';
import { getJson, openPage, startServer, type RunningServer } from './support.js';

describe('widgets when the API fails', () => {
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

  async function open(url: string): Promise<{ page: Page; problems: string[] }> {
    return openPage(browser, url, { viewport: { width: 1024, height: 900 } }, allowInPageFunctions);
  }

  /** Each widget shows a message in words and a "Try again" button: what a visitor sees. */
  async function assertEachSaysSoAndOffersRetry(page: Page): Promise<void> {
    for (const tag of WIDGETS) {
      const widget = page.locator(tag);
      await widget.getByRole('button', { name: 'Try again' }).waitFor();
      const message = (await widget.locator('[part~="message"]').innerText()).trim();
      assert.match(
        message,
        /(try again|connection)/i,
        `${tag} says what happened and what to do: "${message}"`,
      );
    }
  }

  const cases = [
    ['the API is down (connection refused)', host_page('down')],
    ['the connection drops', host_page('drop')],
    ['the API answers 500 with an HTML page', host_page('500')],
    ['the API answers cut-off JSON', host_page('garbage')],
    ['the API answers a web page instead of JSON', host_page('html')],
    ['the API answers JSON of another shape', host_page('shape')],
    [
      'the API refuses the page’s origin (CORS)',
      (h: HostServer) => h.page('faults.html').replace(h.origin, h.refusedOrigin),
    ],
  ] as const;
  function host_page(mode: string) {
    return (h: HostServer) => h.page('faults.html', mode);
  }

  for (const [name, url] of cases) {
    it(`says so and offers a retry when ${name}`, async () => {
      const { page, problems } = await open(url(host));
      await assertEachSaysSoAndOffersRetry(page);
      await screenshot(page, `fault-${name.replace(/\W+/g, '-').replace(/-$/, '')}`);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(withoutNetworkNoise(problems), [], 'no uncaught error, no warning');
      await page.context().close();
    });
  }

  it('shows it is loading while the API is slow, then says so, and recovers on "Try again"', async () => {
    host.setSwitch('slow');
    const { page, problems } = await open(host.page('faults.html', 'switch'));
    for (const tag of WIDGETS) {
      await page.locator(`${tag} [aria-busy="true"]`).first().waitFor();
    }
    // The client gives up after 10 s; nothing else is waited for.
    await assertEachSaysSoAndOffersRetry(page);
    host.setSwitch('pass');
    for (const tag of WIDGETS) {
      await page.locator(tag).getByRole('button', { name: 'Try again' }).click();
    }
    await page.locator('hearth-group-finder [part~="card"]').first().waitFor();
    await page.locator('hearth-session-signup [part~="picker"]').waitFor();
    await page.locator('hearth-story-wall [part~="card"]').first().waitFor();
    assert.deepEqual(withoutNetworkNoise(problems), []);
    await page.context().close();
  });

  it('keeps everything typed through failures, and makes exactly one sign-up once the API is back', async () => {
    host.setSwitch('pass');
    const { page, problems } = await open(host.page('faults.html', 'switch'));
    const chosen = groups.find((group) => group.status === 'open' && !group.ageMin)!;
    const form = page.locator('hearth-session-signup');
    // The picker may still be drawing its list as the page settles: choose again until it holds.
    const radio = form.getByRole('radio', { name: new RegExp(`^${chosen.name}`) });
    for (let attempt = 1; !(await radio.isChecked()); attempt++) {
      if (attempt > 5) assert.fail(`${chosen.name} could not be chosen`);
      await radio.check().catch(() => undefined);
    }
    const email = `river.${randomUUID().slice(0, 8)}@example.net`;
    const typed = {
      name: 'River',
      email,
      phone: '503 555 0147',
      bestTimes: 'Weekday mornings',
      message: 'I lost my father this spring and would like to talk with others.',
    };
    await form.locator('input[name="name"]').fill(typed.name);
    await form.locator('input[name="email"]').fill(typed.email);
    await form.getByRole('radio', { name: 'Phone call' }).check();
    await form.locator('input[name="phone"]').fill(typed.phone);
    await form.locator('input[name="okToLeaveMessage"]').check();
    await form.locator('input[name="bestTimes"]').fill(typed.bestTimes);
    await form.locator('textarea[name="message"]').fill(typed.message);
    await form.locator('input[name="consent.contact"]').check();
    await form.locator('input[name="consent.privacy"]').check();
    const send = form.getByRole('button', { name: 'Send request' });

    const stillTyped = async (after: string) => {
      for (const [field, value] of Object.entries(typed)) {
        assert.equal(
          await form.locator(`[name="${field}"]`).inputValue(),
          value,
          `${field} after ${after}`,
        );
      }
      for (const box of ['okToLeaveMessage', 'consent.contact', 'consent.privacy']) {
        assert.ok(await form.locator(`input[name="${box}"]`).isChecked(), `${box} after ${after}`);
      }
      assert.ok(await form.getByRole('radio', { name: 'Phone call' }).isChecked());
    };

    // The connection drops: nothing reached the practice.
    host.setSwitch('drop');
    await send.click();
    await form.getByRole('heading', { name: 'Your request has not been sent yet' }).waitFor();
    await form.getByText('Everything you typed is still here').first().waitFor();
    await stillTyped('a dropped connection');
    await screenshot(page, 'fault-signup-offline');

    // The server breaks down.
    host.setSwitch('500');
    await send.click();
    await form.getByText(/The practice’s system is having trouble/).waitFor();
    await stillTyped('a server error');

    // The worst case: the practice got it, but the answer was lost on the way back.
    host.setSwitch('lost');
    await send.click();
    await form.getByText(/We could not reach the practice/).waitFor();
    await stillTyped('a lost answer');

    // Back: one more press of the same button.
    host.setSwitch('pass');
    await send.click();
    await form.getByRole('heading', { name: 'Your request has been sent' }).waitFor();
    assert.deepEqual(withoutNetworkNoise(problems), []);
    await page.context().close();

    const store = await openStore({ dataDir: server.dataDir });
    try {
      const mine = (await store.listSignups()).filter((signup) => signup.email === email);
      assert.equal(mine.length, 1, 'exactly one sign-up for four presses of "Send request"');
      assert.equal(mine[0]!.groupId, chosen.id);
      assert.equal(mine[0]!.message, typed.message);
    } finally {
      await store.close();
    }
    // Chromium itself resends a request once when a kept-alive connection closes without an
    // answer, so the count of requests is not the count of presses; the key is what matters.
    const keys = new Set(
      host.proxied.filter((line) => line.startsWith('POST ')).map((line) => line.split(' key=')[1]),
    );
    assert.equal(keys.size, 1, 'every press resent the same request, under one Idempotency-Key');
  });

  it('keeps a story through failures, and takes it for review exactly once', async () => {
    host.setSwitch('pass');
    const { page, problems } = await open(host.page('faults.html', 'switch'));
    const wall = page.locator('hearth-story-wall');
    await wall.getByRole('button', { name: 'Share your story' }).click();
    const text = `The first winter after the move I spoke to nobody for weeks. (${randomUUID()})`;
    const box = wall.getByRole('textbox', { name: 'Your story' });
    await box.fill(text);
    await wall.getByRole('checkbox', { name: /^I agree/ }).check();
    const send = wall.getByRole('button', { name: 'Send my story' });

    // Each failure's words differ from the one before, so each wait sees the new answer.
    for (const [mode, words] of [
      ['drop', /We couldn’t reach the practice/],
      ['500', /Something went wrong on the practice’s side/],
      ['lost', /We couldn’t reach the practice/],
    ] as const) {
      host.setSwitch(mode);
      await send.click();
      await wall.getByText('Your story has not been sent yet').waitFor();
      await wall.getByText(words).waitFor();
      await wall.getByText(/Everything you wrote is still here/).waitFor();
      assert.equal(await box.inputValue(), text, `the story is still there after ${mode}`);
    }
    host.setSwitch('pass');
    await send.click();
    await wall.getByRole('heading', { name: 'Thank you for sharing' }).waitFor();
    assert.deepEqual(withoutNetworkNoise(problems), []);
    await page.context().close();

    const store = await openStore({ dataDir: server.dataDir });
    try {
      const queued = (await store.listModerationQueue()).filter((story) => story.body === text);
      assert.equal(queued.length, 1, 'one story waits for review, after four presses of "Send"');
    } finally {
      await store.close();
    }
  });
});

describe('a server killed during a burst of sign-ups', () => {
  it('keeps every sign-up that got a 201, exactly once, after a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hearth-e2e-kill-'));
    const env = {
      HEARTH_DATA_DIR: dataDir,
      HEARTH_LOG_LEVEL: 'silent',
      HEARTH_RATE_LIMIT_SIGNUPS: '1000/600',
    };
    let server = await startServer(env);
    const open = (await getJson<List<Group>>(`${server.url}/v1/groups`)).items.filter(
      (group) => group.status !== 'closed' && !group.ageMin && !group.ageMax,
    );

    type Attempt = { key: string; email: string; groupId: string; status?: number; id?: string };
    const attempts: Attempt[] = Array.from({ length: 60 }, (_, index) => ({
      key: randomUUID(),
      email: `burst.${index}.${randomUUID().slice(0, 6)}@example.net`,
      groupId: open[index % open.length]!.id,
    }));
    const post = async (base: string, attempt: Attempt) => {
      try {
        const response = await fetch(`${base}/v1/groups/${attempt.groupId}/signups`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': attempt.key },
          body: JSON.stringify({
            name: 'Burst',
            email: attempt.email,
            contactMethod: 'email',
            consent: { contact: true, privacy: true },
          }),
        });
        attempt.status = response.status;
        if (response.status === 201) attempt.id = ((await response.json()) as { id: string }).id;
      } catch {
        attempt.status = undefined; // the connection died with the server
      }
    };

    // Fire the burst a few at a time, and kill the server once some have been answered.
    const inFlight = attempts.map(async (attempt, index) => {
      await new Promise((wait) => setTimeout(wait, index * 15));
      await post(server.url, attempt);
    });
    while (attempts.filter((attempt) => attempt.status === 201).length < 10) {
      await new Promise((wait) => setTimeout(wait, 5));
    }
    await server.kill();
    await Promise.all(inFlight);
    const created = attempts.filter((attempt) => attempt.status === 201);
    const lost = attempts.filter((attempt) => attempt.status === undefined);
    assert.ok(
      created.length >= 10 && lost.length > 0,
      `${created.length} created, ${lost.length} cut off`,
    );

    server = await startServer(env);
    // Visitors whose request was cut off press "Try again": same key, same body.
    await Promise.all(lost.map((attempt) => post(server.url, attempt)));
    await server.kill();

    const store = await openStore({ dataDir });
    try {
      const stored = await store.listSignups();
      for (const attempt of attempts) {
        const rows = stored.filter((signup) => signup.email === attempt.email);
        assert.equal(
          rows.length,
          1,
          `${attempt.email} (first answer ${attempt.status}) is stored once`,
        );
        if (created.includes(attempt)) assert.equal(rows[0]!.id, attempt.id);
      }
      assert.equal(stored.filter((signup) => signup.name === 'Burst').length, attempts.length);
    } finally {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
