import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdminClient } from '../../../src/admin/kit/client.js';
import type { StaffStory } from '../../../src/api/contract/staff.js';
import { watchConsole } from '../helpers/console.js';
import { $, $$, active, textOf, until } from '../helpers/dom.js';
import {
  admin,
  cleanup,
  CSRF,
  json,
  problem,
  requests,
  story,
  withDetails,
  pressThenFocus,
} from './admin.fake.js';

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
    // What the wall will show, and the original with the detail marked, for staff.
    expect(details.querySelector('.wall .body')!.textContent).to.equal(
      'Write to me at [e-mail] any time.',
    );
    expect(details.querySelector('.original mark')!.textContent).to.equal('sam@mail.example');
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
    $(element, '#approve-start-s-1').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(element, '[part~="story"]').length === 2);
    const sent = requests().find((each) => each.path.endsWith('/approve'))!;
    expect(sent).to.include({ method: 'POST', path: '/v1/admin/stories/s-1/approve', csrf: CSRF });
    expect(sent.body).to.deep.equal({});
    await waitUntil(() => active(element)?.id === 'story-s-2');
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
    masked: 'I am [name]. Write me at [e-mail] please.',
    language: 'en',
    segments: [
      { text: 'I am ' },
      { text: 'Rowan', kind: 'name', placeholder: '[name]' },
      { text: '. Write me at ' },
      { text: 'rowan@mail.example', kind: 'email', placeholder: '[e-mail]' },
      { text: ' please.' },
    ],
    ranges: [
      { kind: 'name', start: 5, end: 10 },
      { kind: 'email', start: 24, end: 42 },
    ],
  },
  flags: { crisis: 'none', personalDetails: ['name', 'email'], links: 0, repeat: false, spam: [] },
};

/** A published story whose phone number staff chose to keep: marked, with no placeholder. */
const kept: StaffStory = {
  ...stored('k-1', 'approved', 'Our front desk is 555 201 4433, they were kind.'),
  masked: {
    masked: 'Our front desk is 555 201 4433, they were kind.',
    language: 'en',
    segments: [
      { text: 'Our front desk is ' },
      { text: '555 201 4433', kind: 'phone' },
      { text: ', they were kind.' },
    ],
    ranges: [{ kind: 'phone', start: 18, end: 30 }],
  },
  detailsKept: true,
  flags: { crisis: 'none', personalDetails: ['phone'], links: 0, repeat: false, spam: [] },
};

const TOPICS = [
  { id: 'anxiety', label: 'Anxiety' },
  { id: 'depression', label: 'Depression' },
  { id: 'grief', label: 'Grief and loss' },
  { id: 'trauma', label: 'Trauma' },
  { id: 'parenting', label: 'Parenting' },
  { id: 'recovery', label: 'Addiction recovery' },
];

interface ApiOptions {
  /** What the three staff lists (`GET /v1/admin/stories`) answer. */
  lists?: 'error' | 'pending';
  /** What a step on one story answers instead of doing it. */
  step?: 409 | 500;
  /** Ids the bulk approval reports as handled by someone else. */
  taken?: string[];
  /** Pages after the first fail. */
  moreFails?: boolean;
  /** Texts with an `@` or a run of digits are refused for their details, as the server does. */
  refuseDetails?: boolean;
}

/** The server's answer to a text that still holds a phone number or an e-mail address. */
function refusal(text: string): Response | undefined {
  const details = [
    ...[...text.matchAll(/\d[\d ]{5,}\d/g)].map((match) => ({ kind: 'phone', text: match[0] })),
    ...[...text.matchAll(/\S+@\S+\.\w+/g)].map((match) => ({ kind: 'email', text: match[0] })),
    // A name only the server's dictionary of first names knows.
    ...[...text.matchAll(/\bKevin\b/g)].map((match) => ({ kind: 'name', text: match[0] })),
  ];
  if (!details.length) return undefined;
  return new Response(
    JSON.stringify({
      type: 'urn:hearth:problem:personal-details',
      title: 'The text still holds personal details',
      status: 422,
      fields: { body: 'The text still holds personal details.' },
      codes: { body: 'personal_details' },
      details,
    }),
    { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
  );
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
    if (path === '/v1/practice') return json({ topics: TOPICS });
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
    const step = /^\/v1\/admin\/stories\/([^/]+)\/(approve|reject|hide|keep|edit)$/.exec(path);
    if (step) {
      if (options.step) return problem(options.step);
      const each = db.get(step[1]!)!;
      const closed = { count: 0, reasons: {}, notes: [] };
      const text = body?.['body'] as string | undefined;
      const refused = options.refuseDetails && text && !body!['keepDetails'] && refusal(text);
      if (refused) return refused;
      const content: Partial<StaffStory> = {
        ...(text && {
          body: text,
          masked: { masked: text, language: 'en', segments: [{ text }], ranges: [] },
        }),
        ...(body?.['contentWarning'] !== undefined && {
          contentWarning: body['contentWarning'] as string | null,
        }),
        ...(body?.['topics'] !== undefined && { topics: body['topics'] as string[] }),
        ...(body?.['keepDetails'] === true && { detailsKept: true }),
      };
      const next: StaffStory =
        step[2] === 'approve' || step[2] === 'edit'
          ? {
              ...each,
              ...content,
              ...(step[2] === 'approve' && {
                status: 'approved',
                statusReason: null,
                reports: each.status === 'hidden' ? closed : each.reports,
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

  /**
   * Opens the story with details in a console whose server refuses texts that still hold some,
   * starts editing it, and types `text` over the masked text.
   */
  async function editDetailed(text: string) {
    const element = await open([detailed], { refuseDetails: true });
    await until(element, '#edit-start-s-9');
    $(element, '#edit-start-s-9').click();
    await until(element, '#edit-s-9');
    const textarea = $<HTMLTextAreaElement>(element, '#edit-s-9');
    textarea.focus();
    textarea.select();
    await sendKeys({ type: text });
    return { element, textarea };
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

  it('shows a reader’s note and a content note as written, whatever bidi controls they hold', async () => {
    const element = await open([
      {
        ...stored('r-1', 'approved', 'A calm \u202Eweek', {
          count: 1,
          reasons: { other: 1 },
          notes: ['See \u202Egnp.exe'],
        }),
        contentWarning: '\u2067loss\u202E',
      },
    ]);
    await until(element, '.empty');
    await showList(element, 'reported');
    await until(element, '[part~="story"]');
    const note = $(element, '.notes li');
    expect(note.textContent).to.equal('See gnp.exe');
    expect(note.querySelector('bdi')).not.to.equal(null);
    const meta = $$(element, '[part~="story"] .meta').find((each) =>
      each.textContent!.includes('Content note'),
    )!;
    expect(meta.textContent!.trim()).to.equal('Content note: loss');
    expect(meta.querySelector('bdi')!.textContent).to.equal('loss');
    expect($(element, '[part~="story"] .body').textContent).to.equal('A calm week');
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
      'Approving publishes the text as the wall will show it, with the personal details replaced.',
    );
    $(element, '#edit-start-s-9').focus();
    await pressThenFocus(element, 'Enter', 'edit-s-9');
    const textarea = $<HTMLTextAreaElement>(element, '#edit-s-9');
    expect(textarea.value).to.equal('I am [name]. Write me at [e-mail] please.');
    expect($(element, 'label[for="edit-s-9"]').textContent).to.equal('Text to publish');
    // The original, only for staff, with each detail highlighted and named.
    const original = $(element, '.original');
    expect([...original.querySelectorAll('mark')].map((mark) => mark.textContent)).to.deep.equal([
      'Rowan',
      'rowan@mail.example',
    ]);
    expect(original.textContent).to.include('(e-mail address)');
    expect(original.textContent).to.include('(a name)');
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
    // Past the content note and the topics to "Save and approve".
    await pressThenFocus(element, 'Tab', 'note-s-9');
    for (const topic of TOPICS) await pressThenFocus(element, 'Tab', `topic-s-9-${topic.id}`);
    await sendKeys({ press: 'Tab' });
    expect(active(element)?.textContent?.trim()).to.equal('Save and approve');
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

  it('approves a story with details as it stands: the server publishes it masked', async () => {
    const element = await open([detailed]);
    await until(element, '[part~="story"]');
    buttonNamed(element, 'Approve').click();
    await until(element, '.empty');
    expect(requests().find((each) => each.path.endsWith('/approve'))!.body).to.deep.equal({});
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

  const crisisStory = (id: string, tier: 'high' | 'medium') =>
    story(id, tier, 'Last winter I wanted to die. Calling the line and coming here helped me.');

  it('publishes a crisis story only after a deliberate second step, beside a guide', async () => {
    const element = await open([crisisStory('c-1', 'high'), story('s-1', 'none', 'Calm.')]);
    await until(element, '#approve-start-c-1');
    const crisis = $$(element, '[part~="story"]')[0]!;
    // No filled button publishes it at once.
    const buttons = [...crisis.querySelectorAll('button')];
    expect(buttons.map((each) => each.textContent!.trim())).to.deep.equal([
      'Approve…',
      'Edit, then approve',
      'Reject',
    ]);
    expect(buttons.every((each) => each.classList.contains('secondary'))).to.equal(true);
    expect($(element, '#approve-start-s-1').classList.contains('secondary')).to.equal(false);

    $(element, '#approve-start-c-1').focus();
    await pressThenFocus(element, 'Enter', 'confirm-c-1');
    expect(requests().some((each) => each.path.endsWith('/approve'))).to.equal(false);
    const panel = $(element, '.confirm');
    expect(panel.getAttribute('role')).to.equal('group');
    const words = panel.textContent!.replace(/\s+/g, ' ');
    expect(words).to.include('Before you publish a story about suicide or self-harm');
    expect(words).to.include(
      'Stories like this can help readers when they include hope, coping, or reaching out for help.',
    );
    expect(words).to.include(
      'Do not publish a story that describes a method or the means (how, with what, where). Edit it out first.',
    );
    expect(words).to.include('Add a content note, for example “Mentions suicide”.');
    expect(words).to.include('This story has no content note yet.');
    await expect(element).to.be.accessible();

    // Escape steps back without publishing.
    await pressThenFocus(element, 'Escape', 'approve-start-c-1');
    expect($(element, '.confirm')).to.equal(null);
    await pressThenFocus(element, 'Enter', 'confirm-c-1');
    await pressThenFocus(element, 'Tab', 'confirm-publish-c-1');
    expect(active(element)!.textContent!.trim()).to.equal('Yes, publish');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(element, '[part~="story"]').length === 1);
    const sent = requests().find((each) => each.path.endsWith('/approve'))!;
    expect(sent).to.include({ path: '/v1/admin/stories/c-1/approve', csrf: CSRF });
    expect(sent.body).to.deep.equal({});
    expect(textOf(element)).to.include('Story approved.');
    await waitUntil(() => active(element)?.id === 'story-s-1');
  });

  it('asks the same for a medium-tier story and for putting one back, and offers to edit first', async () => {
    const hidden = { ...crisisStory('c-3', 'high'), status: 'hidden' as const };
    const element = await open([crisisStory('c-2', 'medium'), hidden]);
    await until(element, '#approve-start-c-2');
    expect($(element, '#approve-start-c-2').textContent!.trim()).to.equal('Approve…');
    $(element, '#approve-start-c-2').click();
    await until(element, '#confirm-c-2');
    buttonNamed(element, 'Edit first').click();
    await waitUntil(() => active(element)?.id === 'edit-c-2');
    // The guide stays beside the text while editing.
    expect($(element, '.edit .guide').textContent).to.include(
      'Publishing a story about suicide safely',
    );
    await expect(element).to.be.accessible();

    await showList(element, 'hidden');
    await until(element, '#approve-start-c-3');
    expect($(element, '#approve-start-c-3').textContent!.trim()).to.equal('Put back on the wall…');
    $(element, '#approve-start-c-3').click();
    await until(element, '#confirm-c-3');
    expect(buttonNamed(element, 'Yes, put it back')).to.not.equal(undefined);
    buttonNamed(element, 'Cancel').click();
    await waitUntil(() => active(element)?.id === 'approve-start-c-3');
    expect(requests().some((each) => each.path.endsWith('/approve'))).to.equal(false);
  });

  it('shows what the wall will show beside the original, each detail marked and named', async () => {
    const element = await open([detailed, kept]);
    await until(element, '[part~="story"]');
    const [pending] = $$(element, '[part~="story"]');
    const panes = [...pending!.querySelectorAll('.text-pane')];
    expect(panes.map((pane) => pane.querySelector('.label')!.textContent)).to.deep.equal([
      'What the wall will show',
      'Original, only staff see it (personal details marked)',
    ]);
    expect(panes[0]!.querySelector('.body')!.textContent).to.equal(
      'I am [name]. Write me at [e-mail] please.',
    );
    expect(panes[0]!.querySelector('mark')).to.equal(null);
    expect([...panes[1]!.querySelectorAll('mark')].map((mark) => mark.textContent)).to.deep.equal([
      'Rowan',
      'rowan@mail.example',
    ]);
    expect(panes[1]!.textContent!.replace(/\s+/g, ' ')).to.include(
      'I am Rowan (a name). Write me at rowan@mail.example (e-mail address) please.',
    );
    await expect(element).to.be.accessible();

    // A detail staff kept is marked as shown on the wall as written.
    await showList(element, 'published');
    await until(element, '#story-k-1');
    const published = $(element, '[part~="story"]');
    expect(published.querySelector('.wall .label')!.textContent).to.equal('What the wall shows');
    expect(published.querySelector('mark.kept')!.textContent).to.equal('555 201 4433');
    expect(published.textContent).to.include('(phone number, shown on the wall as written)');
    expect(published.textContent).to.include(
      'Staff chose to show the personal details of this story as written.',
    );
    await expect(element).to.be.accessible();
  });

  it('changes the content note and topics of a published story, by topic name', async () => {
    const element = await open([stored('p-2', 'approved', 'Group helped me sleep.')]);
    await showList(element, 'published');
    await waitUntil(() => textOf(element).includes('Topics: Anxiety'));
    $(element, '#edit-start-p-2').focus();
    await pressThenFocus(element, 'Enter', 'edit-p-2');
    await pressThenFocus(element, 'Tab', 'note-p-2');
    expect($(element, 'label[for="note-p-2"]').textContent).to.equal('Content note (optional)');
    await sendKeys({ type: 'Mentions a death' });
    await pressThenFocus(element, 'Tab', 'topic-p-2-anxiety');
    expect($(element, '.topics legend').textContent).to.equal('Topics (up to 5)');
    expect($(element, 'label:has(#topic-p-2-grief)').textContent!.trim()).to.equal(
      'Grief and loss',
    );
    await sendKeys({ press: 'Space' });
    await pressThenFocus(element, 'Tab', 'topic-p-2-depression');
    await pressThenFocus(element, 'Tab', 'topic-p-2-grief');
    await sendKeys({ press: 'Space' });
    await expect(element).to.be.accessible();

    // More than five topics is said on the topics.
    for (const id of ['depression', 'trauma', 'parenting', 'recovery', 'anxiety']) {
      $<HTMLInputElement>(element, `#topic-p-2-${id}`).click();
    }
    buttonNamed(element, 'Save changes').click();
    await until(element, '#topics-p-2-error');
    expect($(element, '#topics-p-2-error').textContent).to.equal('Choose at most 5 topics.');
    expect($(element, '.topics').getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();
    expect(requests().some((each) => each.path.endsWith('/edit'))).to.equal(false);
    for (const id of ['depression', 'trauma', 'parenting', 'recovery', 'anxiety']) {
      $<HTMLInputElement>(element, `#topic-p-2-${id}`).click();
    }

    buttonNamed(element, 'Save changes').click();
    await waitUntil(() => textOf(element).includes('Changes saved. The wall shows them now.'));
    const sent = requests().find((each) => each.path.endsWith('/edit'))!;
    expect(sent).to.include({ path: '/v1/admin/stories/p-2/edit', csrf: CSRF });
    expect(sent.body).to.deep.equal({ contentWarning: 'Mentions a death', topics: ['grief'] });
    await waitUntil(() => textOf(element).includes('Topics: Grief and loss'));
    expect(textOf(element)).to.include('Content note: Mentions a death');
  });

  it('shows a refused text’s details on the field, and keeps them only when asked', async () => {
    const { element, textarea } = await editDetailed(
      'The front desk at 555 201 4433 was kind to me.',
    );
    expect($(element, '#keep-details-s-9')).to.equal(null);
    buttonNamed(element, 'Save and approve').click();
    await until(element, '#edit-s-9-error');
    expect($(element, '#edit-s-9-error').textContent).to.equal(
      'The text still holds personal details: a phone number (“555 201 4433”). Take them out, or publish with these details kept.',
    );
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    expect(textarea.getAttribute('aria-describedby')).to.include('edit-s-9-error');
    await waitUntil(() => active(element)?.id === 'edit-s-9');
    expect($(element, '#keep-details-s-9').classList.contains('secondary')).to.equal(true);
    await expect(element).to.be.accessible();

    $(element, '#keep-details-s-9').focus();
    await sendKeys({ press: 'Enter' });
    await until(element, '.empty');
    const sent = requests().filter((each) => each.path.endsWith('/approve'));
    expect(sent.map((each) => each.body)).to.deep.equal([
      { body: 'The front desk at 555 201 4433 was kind to me.' },
      { body: 'The front desk at 555 201 4433 was kind to me.', keepDetails: true },
    ]);
    expect(textOf(element)).to.include('Story published with its details as written.');
  });

  it('names the details the server found, even those only its dictionary knows', async () => {
    const { element } = await editDetailed('Kevin at the front desk was kind to me.');
    buttonNamed(element, 'Save and approve').click();
    await until(element, '#edit-s-9-error');
    expect($(element, '#edit-s-9-error').textContent).to.equal(
      'The text still holds personal details: a name (“Kevin”). Take them out, or publish with these details kept.',
    );
    await expect(element).to.be.accessible();
  });

  it('drops the offer to keep details once the text changes', async () => {
    const { element, textarea } = await editDetailed('Write to me at ana@mail.example please.');
    buttonNamed(element, 'Save and approve').click();
    await until(element, '#keep-details-s-9');
    textarea.select();
    await sendKeys({ type: 'Write to me at [e-mail] please.' });
    await waitUntil(() => !$(element, '#keep-details-s-9'));
    buttonNamed(element, 'Save and approve').click();
    await until(element, '.empty');
    expect(
      requests()
        .filter((each) => each.path.endsWith('/approve'))
        .at(-1)!.body,
    ).to.deep.equal({ body: 'Write to me at [e-mail] please.' });
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
