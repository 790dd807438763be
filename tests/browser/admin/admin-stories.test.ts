import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { watchConsole } from '../helpers/console.js';
import { $, $$, active, textOf, until } from '../helpers/dom.js';
import {
  admin,
  cleanup,
  CSRF,
  requests,
  story,
  withDetails,
  pressThenFocus,
} from './admin.fake.js';
import {
  api,
  buttonNamed,
  detailed,
  open,
  reportedStories,
  showList,
  stored,
  storyHooks,
} from './stories-setup.js';

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
describe('<hearth-admin> story lists and actions', () => {
  storyHooks();

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
