import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdminClient } from '../../src/admin/admin-client.js';
import type { StaffStory } from '../../src/api/admin-types.js';
import { watchConsole } from './helpers/console.js';
import {
  $,
  $$,
  active,
  admin,
  cleanup,
  CSRF,
  json,
  problem,
  requests,
  story,
  textOf,
  until,
  withDetails,
  pressThenFocus,
} from './helpers/admin-fake.js';

describe('<hearth-admin> story queue', () => {
  watchConsole();
  afterEach(cleanup);

  const queue = () => [
    story('s-1', 'none', 'A calm week.'),
    withDetails,
    story('s-3', 'high', 'I do not know if I can go on.'),
  ];

  it('shows crisis-high stories first, marked in words, with flags and the masked text', async () => {
    const element = await admin({ signedIn: true, queue: queue() });
    await until(element, '[part~="story"]');
    const stories = $$(element, '[part~="story"]');
    expect(stories).to.have.length(3);
    expect(stories[0]!.textContent).to.include('Crisis risk: high. Read this first.');
    expect(stories[0]!.textContent).to.include('I do not know if I can go on.');
    expect(stories[0]!.querySelector('h3')!.textContent).to.equal('Story 1 of 3');
    const details = stories.find((each) => each.textContent!.includes('Write to me'))!;
    expect(details.textContent).to.include('Personal details: an e-mail address (masked below)');
    expect(details.textContent).to.include('1 link');
    expect(details.querySelector('mark')!.textContent).to.equal('[e-mail]');
    expect(textOf(element)).to.include('3 stories to review.');
    await expect(element).to.be.accessible();
  });

  it('shows a loading state', async () => {
    const element = await admin({ signedIn: true, queue: 'pending' });
    await until(element, '.loading');
    expect(textOf(element)).to.include('Loading stories to review…');
    await expect(element).to.be.accessible();
  });

  it('says when nothing is waiting', async () => {
    const element = await admin({ signedIn: true, queue: [] });
    await until(element, '.empty');
    expect(textOf(element)).to.include('No stories are waiting for review.');
    await expect(element).to.be.accessible();
  });

  it('says when the queue failed to load, and tries again', async () => {
    const element = await admin({ signedIn: true, queue: 'error' });
    await until(element, 'section .error');
    expect(textOf(element)).to.include("We couldn't load the stories to review.");
    await expect(element).to.be.accessible();
    const before = requests().length;
    $(element, 'section .error button').click();
    await waitUntil(() => requests().length > before);
    expect(requests().at(-1)!.path).to.equal('/v1/admin/stories/queue');
  });

  it('approves a story with the CSRF token, removes it and focuses the next', async () => {
    const element = await admin({ signedIn: true, queue: queue() });
    await until(element, '[part~="story"]');
    const approve = $$(element, '[part~="story"]')[0]!.querySelector('button')!;
    approve.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(element, '[part~="story"]').length === 2);
    const sent = requests().find((each) => each.path.endsWith('/approve'))!;
    expect(sent).to.include({ method: 'POST', path: '/v1/admin/stories/s-3/approve', csrf: CSRF });
    await waitUntil(() => active(element)?.id === 'story-s-1');
    expect(textOf(element)).to.include('Story approved.');
    await expect(element).to.be.accessible();
  });

  it('rejects a story with a reason, by keyboard', async () => {
    const element = await admin({ signedIn: true, queue: [story('s-1', 'none', 'Buy now')] });
    await until(element, '[part~="story"]');
    $(element, '#reject-s-1').focus();
    await pressThenFocus(element, 'Enter', 'reason-s-1');
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(element, '#reason-s-1-error');
    expect($(element, '#reason-s-1').getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => active(element)?.id === 'reason-s-1');
    await expect(element).to.be.accessible();
    await sendKeys({ type: 'Advertising' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(element, '.empty');
    const sent = requests().find((each) => each.path.endsWith('/reject'))!;
    expect(sent.csrf).to.equal(CSRF);
    expect(sent.body).to.deep.equal({ reason: 'Advertising' });
    await waitUntil(() => active(element)?.id === 'queue-title');
    expect(textOf(element)).to.include('Story rejected.');
  });

  it('closes the reject form with Escape and returns focus to Reject', async () => {
    const element = await admin({ signedIn: true, queue: [story('s-1', 'none', 'Hello')] });
    await until(element, '[part~="story"]');
    $(element, '#reject-s-1').focus();
    await pressThenFocus(element, 'Enter', 'reason-s-1');
    await pressThenFocus(element, 'Escape', 'reject-s-1');
    expect(requests().some((each) => each.path.endsWith('/reject'))).to.equal(false);
  });

  it('keeps the story and says so when a decision fails', async () => {
    const element = await admin({
      signedIn: true,
      queue: [story('s-1', 'none', 'Hi')],
      decision: 500,
    });
    await until(element, '[part~="story"]');
    $$(element, '[part~="story"] button')[0]!.click();
    await until(element, '[part~="story"] [role="alert"] p');
    expect(textOf(element)).to.include("That didn't work. Please try again.");
    expect($$(element, '[part~="story"]')).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('goes back to sign-in when the session has ended', async () => {
    const element = await admin({
      signedIn: true,
      queue: [story('s-1', 'none', 'Hi')],
      decision: 401,
    });
    await until(element, '[part~="story"]');
    $$(element, '[part~="story"] button')[0]!.click();
    await until(element, '#email');
    expect(textOf(element)).to.include('Your session ended. Please sign in again.');
  });
});

/** A story in another state than pending, with open reports if given. */
function stored(
  id: string,
  status: StaffStory['status'],
  text: string,
  reports: Partial<StaffStory['reports']> = {},
): StaffStory {
  const count = reports.count ?? 0;
  return {
    ...story(id, 'none', text),
    status,
    approvedAt: status === 'pending' ? null : '2026-11-21T10:00:00.000Z',
    reports: { count, reasons: {}, notes: [], ...reports },
  };
}

const detailed: StaffStory = {
  ...story('s-9', 'none', 'I am Rowan. Write me at rowan@mail.example please.'),
  masked: {
    masked: 'I am Rowan. Write me at [e-mail] please.',
    language: 'en',
    segments: [
      { text: 'I am ' },
      { text: 'Rowan', kind: 'name' },
      { text: '. Write me at ' },
      { text: '[e-mail]', kind: 'email' },
      { text: ' please.' },
    ],
    ranges: [
      { kind: 'name', start: 5, end: 10 },
      { kind: 'email', start: 24, end: 42 },
    ],
  },
  flags: { crisis: 'none', personalDetails: ['email'], links: 0, repeat: false, spam: [] },
};

interface ApiOptions {
  /** What the three staff lists (`GET /v1/admin/stories`) answer. */
  lists?: 'error' | 'pending';
  /** What a step on one story answers instead of doing it. */
  step?: 409 | 500;
  /** Ids the bulk approval reports as handled by someone else. */
  taken?: string[];
  /** Pages after the first fail. */
  moreFails?: boolean;
}

/**
 * The story routes of the staff API over a small in-memory store that moves stories between
 * states the way the reference server does; records each request path with its query.
 */
function storyApi(stories: StaffStory[], options: ApiOptions = {}) {
  const db = new Map(stories.map((each) => [each.id, structuredClone(each)]));
  const paths: string[] = [];
  const original = AdminClient.prototype.request;
  AdminClient.prototype.request = function (this: AdminClient, method, path, init) {
    paths.push(path);
    return original.call(this, method, path, init);
  } as typeof original;
  const restore = () => void (AdminClient.prototype.request = original);

  const routes = ({
    method,
    path,
    body,
  }: {
    method: string;
    path: string;
    body?: Record<string, unknown>;
  }) => {
    const query = new URLSearchParams(paths.at(-1)!.split('?')[1] ?? '');
    if (path === '/v1/admin/stories/queue') {
      return json({
        items: [...db.values()].filter(
          (each) => each.status === 'pending' || each.status === 'hidden',
        ),
      });
    }
    if (path === '/v1/admin/stories' && method === 'GET') {
      if (options.lists === 'error') return problem(500);
      if (options.lists === 'pending') return new Promise<Response>(() => {});
      const statuses = query.get('status')!.split(',');
      const reported = query.get('reported') === 'true';
      if (query.has('cursor') && options.moreFails) return problem(500);
      const items = [...db.values()].filter(
        (each) => statuses.includes(each.status) && (!reported || each.reports.count > 0),
      );
      const from = Number(query.get('cursor') ?? 0);
      const to = from + Number(query.get('limit'));
      return json({
        items: items.slice(from, to),
        nextCursor: to < items.length ? String(to) : null,
      });
    }
    if (path === '/v1/admin/stories/approve') {
      const results = (body!['ids'] as string[]).map((id) => {
        const each = db.get(id)!;
        if (options.taken?.includes(id) || each.status !== 'pending') {
          db.set(id, { ...each, status: 'approved' });
          return { id, result: 'not_allowed' };
        }
        db.set(id, { ...each, status: 'approved' });
        return { id, result: 'approved' };
      });
      return json({ results });
    }
    const step = /^\/v1\/admin\/stories\/([^/]+)\/(approve|reject|hide|keep)$/.exec(path);
    if (step) {
      if (options.step) return problem(options.step);
      const each = db.get(step[1]!)!;
      const closed = { count: 0, reasons: {}, notes: [] };
      const text = body?.['body'] as string | undefined;
      const next: StaffStory =
        step[2] === 'approve'
          ? {
              ...each,
              status: 'approved',
              statusReason: null,
              reports: each.status === 'hidden' ? closed : each.reports,
              ...(text && {
                body: text,
                masked: { masked: text, language: 'en', segments: [{ text }], ranges: [] },
              }),
            }
          : step[2] === 'reject'
            ? { ...each, status: 'rejected', statusReason: body!['reason'] as string }
            : step[2] === 'hide'
              ? { ...each, status: 'hidden', statusReason: body!['reason'] as string }
              : { ...each, reports: closed };
      db.set(each.id, next);
      return json(next);
    }
    return undefined;
  };
  return { db, paths, routes, restore };
}

describe('<hearth-admin> story lists and actions', () => {
  watchConsole();
  let api: ReturnType<typeof storyApi> | undefined;
  afterEach(() => {
    api?.restore();
    api = undefined;
    cleanup();
  });

  async function open(stories: StaffStory[], options: ApiOptions = {}, lang = 'en') {
    api = storyApi(stories, options);
    const element = await admin({ signedIn: true, routes: api.routes }, lang);
    await until(element, '#list-review');
    return element;
  }

  async function showList(element: HTMLElement, list: string) {
    $(element, `#list-${list}`).click();
    await waitUntil(() => $(element, `#list-${list}`).getAttribute('aria-pressed') === 'true');
    await waitUntil(() => active(element)?.id === 'queue-title');
  }

  const buttonNamed = (element: HTMLElement, name: string) =>
    $$<HTMLButtonElement>(element, 'button').find((each) => each.textContent!.trim() === name)!;

  const reportedStories = () => [
    stored('r-1', 'approved', 'He sounds like my neighbour.', {
      count: 2,
      reasons: { identifies_someone: 1, harmful: 1 },
      notes: ['This is about a real person <b>I know</b>'],
    }),
    {
      ...stored('r-2', 'hidden', 'Buy cheap pills here', { count: 3, reasons: { spam: 3 } }),
      statusReason: 'reports',
    },
    stored('p-1', 'approved', 'Group helped me sleep.'),
    { ...stored('h-1', 'hidden', 'Hidden for a check.'), statusReason: 'Checking a detail' },
  ];

  it('shows four lists with their counts, and asks the server for each', async () => {
    const element = await open([story('s-1', 'none', 'A calm week.'), ...reportedStories()]);
    await waitUntil(() => $(element, '#list-hidden').textContent!.includes('('));
    expect($(element, '#list-review').textContent!.trim()).to.equal('To review (1)');
    expect($(element, '#list-reported').textContent!.trim()).to.equal('Reported (2)');
    expect($(element, '#list-published').textContent!.trim()).to.equal('Published (2)');
    expect($(element, '#list-hidden').textContent!.trim()).to.equal('Hidden (2)');
    expect($(element, '[role="group"]').getAttribute('aria-label')).to.equal('Which stories');
    expect(api!.paths).to.include.members([
      'v1/admin/stories/queue',
      'v1/admin/stories?status=approved,hidden&reported=true&limit=50',
      'v1/admin/stories?status=approved&limit=50',
      'v1/admin/stories?status=hidden&limit=50',
    ]);
    // Hidden stories wait in the server's queue too; here they are under Reported or Hidden.
    expect($$(element, '[part~="story"]')).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('switches lists by keyboard and shows the reports in words', async () => {
    const element = await open(reportedStories());
    await until(element, '.empty');
    $(element, '#list-review').focus();
    await sendKeys({ press: 'Tab' });
    await pressThenFocus(element, 'Enter', 'queue-title');
    expect($(element, '#queue-title').textContent).to.equal('Reported stories');
    expect($(element, '#list-reported').getAttribute('aria-pressed')).to.equal('true');
    await until(element, '[part~="story"]');
    const [onWall, hidden] = $$(element, '[part~="story"]');
    const text = onWall!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('Reported 2 times');
    expect(text).to.include('Readers said: identifies someone (1) and harmful or upsetting (1).');
    expect(text).to.include('On the wall');
    // A reader's note is text, never markup.
    expect(onWall!.querySelector('.notes li')!.textContent).to.equal(
      'This is about a real person <b>I know</b>',
    );
    expect(onWall!.querySelector('.notes b')).to.equal(null);
    expect(hidden!.textContent).to.include('Hidden automatically after reports');
    expect(textOf(element)).to.include('2 reported stories.');
    await expect(element).to.be.accessible();
  });

  it('keeps a reported story on the wall', async () => {
    const element = await open(reportedStories());
    await showList(element, 'reported');
    await until(element, '[part~="story"]');
    buttonNamed(element, 'Keep on the wall').click();
    await waitUntil(() => $$(element, '[part~="story"]').length === 1);
    expect(requests().find((each) => each.path.endsWith('/keep'))).to.include({
      method: 'POST',
      path: '/v1/admin/stories/r-1/keep',
      csrf: CSRF,
    });
    expect(textOf(element)).to.include('Story kept on the wall. Its reports are closed.');
    await waitUntil(() => active(element)?.id === 'story-r-2');
    expect($(element, '#list-reported').textContent!.trim()).to.equal('Reported (1)');
    await expect(element).to.be.accessible();
  });

  it('hides a reported story with a reason, then puts it back', async () => {
    const element = await open(reportedStories());
    await showList(element, 'reported');
    await until(element, '#hide-start-r-1');
    $(element, '#hide-start-r-1').focus();
    await pressThenFocus(element, 'Enter', 'reason-r-1');
    expect($(element, 'label[for="reason-r-1"]').textContent).to.equal(
      'Reason for hiding (only staff see it)',
    );
    await expect(element).to.be.accessible();
    await sendKeys({ type: 'Names a neighbour' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    // Still reported, now off the wall: it waits here for a final decision.
    await waitUntil(() => textOf(element).includes('Hidden by staff: Names a neighbour'));
    expect(requests().find((each) => each.path.endsWith('/hide'))!.body).to.deep.equal({
      reason: 'Names a neighbour',
    });
    expect(textOf(element)).to.include('Story hidden from the wall.');
    await waitUntil(() => active(element)?.id === 'story-r-1');

    const story = $$(element, '[part~="story"]')[0]!;
    [...story.querySelectorAll('button')]
      .find((each) => each.textContent!.includes('Put back'))!
      .click();
    await waitUntil(() => $$(element, '[part~="story"]').length === 1);
    expect(requests().some((each) => each.path === '/v1/admin/stories/r-1/approve')).to.equal(true);
    expect(textOf(element)).to.include('Story is back on the wall.');
  });

  it('hides a published story: a reason is needed, and Escape goes back', async () => {
    const element = await open(reportedStories());
    await showList(element, 'published');
    await until(element, '#hide-start-p-1');
    expect(textOf(element)).to.include('2 stories on the wall.');
    $(element, '#hide-start-p-1').focus();
    await pressThenFocus(element, 'Enter', 'reason-p-1');
    await pressThenFocus(element, 'Escape', 'hide-start-p-1');
    await pressThenFocus(element, 'Enter', 'reason-p-1');
    buttonNamed(element, 'Hide story').click();
    await until(element, '#reason-p-1-error');
    expect($(element, '#reason-p-1').getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();
    $(element, '#reason-p-1').focus();
    await sendKeys({ type: 'Asked by the writer' });
    buttonNamed(element, 'Hide story').click();
    await waitUntil(
      () =>
        !$$(element, '[part~="story"]').some((each) => each.id === 'p-1') &&
        !textOf(element).includes('Group helped me sleep.'),
    );
    expect(
      requests().find((each) => each.path === '/v1/admin/stories/p-1/hide')!.body,
    ).to.deep.equal({
      reason: 'Asked by the writer',
    });

    // The hidden list learnt of it, and can put it back.
    await showList(element, 'hidden');
    await waitUntil(() => textOf(element).includes('Group helped me sleep.'));
    expect(textOf(element)).to.include('Hidden by staff: Asked by the writer');
    await expect(element).to.be.accessible();
  });

  it('puts a hidden story back on the wall', async () => {
    const element = await open(reportedStories());
    await showList(element, 'hidden');
    await until(element, '[part~="story"]');
    const story = $$(element, '[part~="story"]').find((each) =>
      each.textContent!.includes('Hidden for a check.'),
    )!;
    [...story.querySelectorAll('button')]
      .find((each) => each.textContent!.includes('Put back'))!
      .click();
    await waitUntil(() => !textOf(element).includes('Hidden for a check.'));
    const sent = requests().find((each) => each.path === '/v1/admin/stories/h-1/approve')!;
    expect(sent.csrf).to.equal(CSRF);
    expect(sent.body).to.deep.equal({});
    expect(textOf(element)).to.include('Story is back on the wall.');
    await showList(element, 'published');
    await waitUntil(() => textOf(element).includes('Hidden for a check.'));
  });

  it('edits the masked text, then approves it in one step', async () => {
    const element = await open([detailed]);
    await until(element, '#edit-start-s-9');
    expect(textOf(element)).to.include(
      'Approving publishes the text as shown here, with the personal details replaced.',
    );
    $(element, '#edit-start-s-9').focus();
    await pressThenFocus(element, 'Enter', 'edit-s-9');
    const textarea = $<HTMLTextAreaElement>(element, '#edit-s-9');
    expect(textarea.value).to.equal('I am Rowan. Write me at [e-mail] please.');
    expect($(element, 'label[for="edit-s-9"]').textContent).to.equal('Text to publish');
    // The original, only for staff, with each detail highlighted and named.
    const original = $(element, '.original');
    expect([...original.querySelectorAll('mark')].map((mark) => mark.textContent)).to.deep.equal([
      'Rowan',
      'rowan@mail.example',
    ]);
    expect(original.textContent).to.include('(e-mail address)');
    expect(original.textContent).to.include('(maybe a name)');
    await expect(element).to.be.accessible();

    textarea.select();
    await sendKeys({ press: 'Backspace' });
    buttonNamed(element, 'Save and approve').click();
    await until(element, '#edit-s-9-error');
    expect(textOf(element)).to.include('The text cannot be empty.');
    await waitUntil(() => active(element)?.id === 'edit-s-9');
    await expect(element).to.be.accessible();
    expect(requests().some((each) => each.path.endsWith('/approve'))).to.equal(false);

    await sendKeys({ type: 'I am [name]. Thank you all.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(element, '.empty');
    const sent = requests().find((each) => each.path.endsWith('/approve'))!;
    expect(sent).to.include({ path: '/v1/admin/stories/s-9/approve', csrf: CSRF });
    expect(sent.body).to.deep.equal({ body: 'I am [name]. Thank you all.' });
    expect(textOf(element)).to.include('Edited story approved. It is on the wall now.');
    await waitUntil(() => active(element)?.id === 'queue-title');
  });

  it('keeps the edited text when saving fails, and Cancel keeps the draft too', async () => {
    const element = await open([detailed], { step: 500 });
    await until(element, '#edit-start-s-9');
    $(element, '#edit-start-s-9').click();
    await until(element, '#edit-s-9');
    const textarea = () => $<HTMLTextAreaElement>(element, '#edit-s-9');
    textarea().focus();
    textarea().select();
    await sendKeys({ type: 'My redacted words.' });
    buttonNamed(element, 'Save and approve').click();
    await until(element, '[part~="story"] [role="alert"] p');
    expect(textOf(element)).to.include("That didn't work. Please try again.");
    expect(textarea().value).to.equal('My redacted words.');
    await expect(element).to.be.accessible();
    // Escape does not throw a long redaction away; Cancel closes, and reopening finds the draft.
    await sendKeys({ press: 'Escape' });
    expect(textarea().value).to.equal('My redacted words.');
    buttonNamed(element, 'Cancel').click();
    await waitUntil(() => active(element)?.id === 'edit-start-s-9');
    await sendKeys({ press: 'Enter' });
    await until(element, '#edit-s-9');
    expect(textarea().value).to.equal('My redacted words.');
  });

  it('approves what staff read: the masked text, when details were masked', async () => {
    const element = await open([detailed]);
    await until(element, '[part~="story"]');
    buttonNamed(element, 'Approve').click();
    await until(element, '.empty');
    expect(requests().find((each) => each.path.endsWith('/approve'))!.body).to.deep.equal({
      body: 'I am Rowan. Write me at [e-mail] please.',
    });
  });

  it('approves several stories together and says what happened to each', async () => {
    const element = await open(
      [
        story('b-1', 'none', 'First calm story.'),
        story('b-2', 'low', 'Second calm story.'),
        story('b-3', 'high', 'I cannot go on.'),
        detailed,
        story('b-4', 'none', 'Not chosen.'),
      ],
      { taken: ['b-2'] },
    );
    await until(element, '#bulk-approve');
    // Crisis and personal details are read one at a time: no box to tick.
    expect($(element, '#select-b-3')).to.equal(null);
    expect($(element, '#select-s-9')).to.equal(null);
    expect(textOf(element)).to.include('Approve selected (0)');
    $(element, '#bulk-approve').click();
    await waitUntil(() => textOf(element).includes('Tick at least one story first.'));
    expect(requests().some((each) => each.path === '/v1/admin/stories/approve')).to.equal(false);

    $(element, '#select-b-1').focus();
    await sendKeys({ press: 'Space' });
    $(element, '#select-b-2').focus();
    await sendKeys({ press: 'Space' });
    $(element, '#select-b-4').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => $(element, '#bulk-approve').textContent!.includes('(3)'));
    expect($(element, 'label:has(#select-b-1)').textContent!.trim()).to.equal(
      'Approve story 3 together',
    );
    await expect(element).to.be.accessible();
    $(element, '#bulk-approve').focus();
    await pressThenFocus(element, 'Enter', 'bulk-results');
    const sent = requests().find((each) => each.path === '/v1/admin/stories/approve')!;
    expect(sent).to.include({ method: 'POST', csrf: CSRF });
    expect(sent.body).to.deep.equal({ ids: ['b-2', 'b-1', 'b-4'] });
    const results = $(element, '#bulk-results').textContent!.replace(/\s+/g, ' ');
    expect(results).to.include('2 stories approved. 1 was already handled by someone else.');
    expect(results).to.include('“First calm story.”: approved');
    expect(results).to.include('“Second calm story.”: already handled');
    // The list was refreshed; nothing left can be approved together, and the results stay.
    await waitUntil(() => $$(element, '[part~="story"]').length === 2);
    expect($(element, '#bulk-approve')).to.equal(null);
    expect($(element, '#bulk-results').hidden).to.equal(false);
    expect(textOf(element)).to.not.include('First calm story. ');
    expect(active(element)?.id).to.equal('bulk-results');
    await expect(element).to.be.accessible();
  });

  const many = () =>
    Array.from({ length: 53 }, (_, index) =>
      stored(`m-${index + 1}`, 'approved', `Story ${index + 1}.`),
    );

  it('shows older published stories on request', async () => {
    const element = await open(many());
    await waitUntil(() => $(element, '#list-published').textContent!.includes('('));
    expect($(element, '#list-published').textContent!.trim()).to.equal('Published (50+)');
    await showList(element, 'published');
    expect(textOf(element)).to.include('50 stories on the wall. Showing the newest 50.');
    expect($$(element, '[part~="story"]')).to.have.length(50);
    $(element, '#more-published').focus();
    await pressThenFocus(element, 'Enter', 'story-m-51');
    expect(api!.paths.at(-1)).to.equal('v1/admin/stories?status=approved&limit=50&cursor=50');
    expect($$(element, '[part~="story"]')).to.have.length(53);
    expect($(element, '#story-m-51').textContent).to.equal('Story 51 of 53');
    expect(textOf(element)).to.include('3 more stories shown.');
    expect($(element, '#more-published')).to.equal(null);
    expect($(element, '#list-published').textContent!.trim()).to.equal('Published (53)');
    await expect(element).to.be.accessible();
  });

  it('says when older stories could not be loaded, and tries again', async () => {
    const element = await open(many(), { moreFails: true });
    await showList(element, 'published');
    await until(element, '#more-published');
    $(element, '#more-published').click();
    await until(element, '.more [role="alert"] p');
    expect(textOf(element)).to.include("We couldn't load more stories. Please try again.");
    expect($$(element, '[part~="story"]')).to.have.length(50);
    await expect(element).to.be.accessible();
    const before = api!.paths.length;
    $(element, '#more-published').click();
    await waitUntil(() => api!.paths.length > before);
    expect(api!.paths.at(-1)).to.include('cursor=50');
  });

  for (const list of ['reported', 'published', 'hidden']) {
    it(`shows the ${list} list loading, failing with a retry, and empty`, async () => {
      const loading = await open([], { lists: 'pending' });
      await showList(loading, list);
      await until(loading, '.loading');
      expect(textOf(loading)).to.include('Loading stories…');
      // No count until the list has loaded.
      expect($(loading, `#list-${list}`).textContent).to.not.include('(');
      await expect(loading).to.be.accessible();
      api!.restore();
      cleanup();

      const failing = await open([], { lists: 'error' });
      await showList(failing, list);
      await until(failing, 'section .error');
      expect(textOf(failing)).to.include("We couldn't load these stories.");
      await expect(failing).to.be.accessible();
      const before = api!.paths.length;
      $(failing, 'section .error button').click();
      await waitUntil(() => api!.paths.length > before);
      expect(api!.paths.at(-1)).to.match(/^v1\/admin\/stories\?status=/);
      api!.restore();
      cleanup();

      const empty = await open([]);
      await showList(empty, list);
      await until(empty, '.empty');
      expect(textOf(empty)).to.match(
        /No stories have open reports\.|No stories are on the wall yet\.|No stories are hidden\./,
      );
      await expect(empty).to.be.accessible();
    });
  }

  it('refreshes the list when someone else already handled a story', async () => {
    const element = await open(reportedStories(), { step: 409 });
    await showList(element, 'reported');
    await until(element, '[part~="story"]');
    const before = api!.paths.length;
    buttonNamed(element, 'Keep on the wall').click();
    await waitUntil(() => textOf(element).includes('Someone already handled this story'));
    await waitUntil(() => api!.paths.slice(before).some((path) => path.includes('reported=true')));
  });

  it('speaks Spanish', async () => {
    const element = await open([detailed, ...reportedStories()], {}, 'es');
    await waitUntil(() => $(element, '#list-reported').textContent!.includes('Denunciadas (2)'));
    expect($(element, '#list-review').textContent!.trim()).to.equal('Por revisar (1)');
    expect(buttonNamed(element, 'Editar y aprobar')).to.not.equal(undefined);
    await showList(element, 'reported');
    await until(element, '[part~="story"]');
    expect(textOf(element)).to.include(
      'Los lectores dijeron: identifica a alguien (1) y dañina o inquietante (1).',
    );
    expect(buttonNamed(element, 'Mantener en el muro')).to.not.equal(undefined);
    await expect(element).to.be.accessible();
  });
});
