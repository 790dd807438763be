import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { watchConsole } from '../helpers/console.js';
import { $, $$, active, textOf, until } from '../helpers/dom.js';
import { cleanup, CSRF, json, problem, requests, signup, pressThenFocus } from './admin.fake.js';
import {
  full,
  openDetails,
  openSignups,
  sentTo,
  signups,
  staffGroup,
  urls,
} from './signups-setup.js';

describe('<hearth-admin> sign-up details', function (this: { timeout(ms: number): void }) {
  // axe runs in every state, and these machines are shared: give each test room.
  this.timeout(20000);
  watchConsole();
  afterEach(cleanup);

  it('shows everything the person sent, as text, with the history and when it is deleted', async () => {
    const enrolled = { ...signup('p-2', 'Anxiety group', 'Sam Lee'), status: 'enrolled' as const };
    const element = await openSignups({ signups: [full(), enrolled] });
    await until(element, '.signup');
    const [first, second] = $$(element, '.signup');
    expect(first!.querySelector('h4')!.textContent).to.equal('Lee <b>Rivera</b>');
    expect(first!.querySelector('b')).to.equal(null);
    const meta = first!.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ');
    expect(meta).to.include('Waitlisted · number 1 on the waitlist · Received');
    expect(meta).to.include('Kept until March 3, 2027');
    expect(second!.querySelector('.meta')!.textContent).to.include('Kept while enrolled');
    await expect(element).to.be.accessible();

    await openDetails(element, 'p-9');
    const answers = Object.fromEntries(
      [...first!.querySelectorAll('.answers div')].map((row) => [
        row.querySelector('dt')!.textContent!.trim(),
        row.querySelector('dd')!.textContent!.trim(),
      ]),
    );
    expect(answers).to.include({
      'E-mail': 'p-9@example.test',
      Phone: '+1 503 555 0100',
      'Preferred contact': 'Text message',
      'OK to leave a message': 'Yes',
      'Best times to reach them': 'Weekday evenings',
      'Deleted automatically': 'On March 3, 2027',
    });
    expect(answers['Their message']).to.equal(
      'I lost my mother in March.\n<img src=x onerror=alert(1)>',
    );
    expect(first!.querySelector('img')).to.equal(null);
    const history = [...first!.querySelectorAll('.history li')].map((item) =>
      item.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(history).to.have.length(3);
    expect(history[0]).to.include('Request sent through the website.');
    expect(history[1]).to.match(/Nov 21, 2026.*Received → Waitlisted by ana@practice\.test/);
    expect(history[1]).to.include('Group is full until January.');
    expect(history[2]).to.include('Note by a former staff member Left a voicemail.');
    await expect(element).to.be.accessible();
  });

  it('filters by group and status, says how many, and exports what is shown', async () => {
    const element = await openSignups({
      signups: signups(),
      routes: ({ method, path }) => {
        if (path === '/v1/admin/groups') {
          return json({
            items: [
              staffGroup('grief-circle', 'Grief circle', 1),
              staffGroup('anxiety-group', 'Anxiety group', 0),
              staffGroup('old', 'Old group', 0, true),
            ],
          });
        }
        if (method === 'GET' && path === '/v1/admin/signups' && urls.at(-1)!.includes('?')) {
          return json({ items: [{ ...signups()[0]!, status: 'contacted' }] });
        }
        return undefined;
      },
    });
    await until(element, '.signup');
    await until(element, '.seats');
    expect($$(element, '.seats').map((seats) => seats.textContent!.trim())).to.deep.equal([
      '1 seat free',
      'No seats free',
    ]);
    const link = $<HTMLAnchorElement>(element, '.export a');
    expect(link.textContent!.trim()).to.equal('Download all as CSV');
    expect(link.hasAttribute('download')).to.equal(true);
    expect(link.href).to.equal(new URL('/v1/admin/signups/export.csv', location.href).href);
    expect(
      $$<HTMLOptionElement>(element, '#signups-group-filter option').map((o) =>
        o.textContent!.trim(),
      ),
    ).to.deep.equal(['All groups', 'Grief circle', 'Anxiety group', 'Old group (archived)']);

    $<HTMLSelectElement>(element, '#signups-group-filter').value = 'grief-circle';
    $<HTMLSelectElement>(element, '#signups-status-filter').value = 'contacted';
    $(element, 'form.filters button').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(element).includes('1 request shown.'));
    expect(urls.at(-1)).to.match(/\/v1\/admin\/signups\?group=grief-circle&status=contacted$/);
    expect($$(element, '.signup')).to.have.length(1);
    expect($<HTMLAnchorElement>(element, '.export a').href).to.match(
      /\/v1\/admin\/signups\/export\.csv\?group=grief-circle&status=contacted$/,
    );
    expect(textOf(element)).to.include(
      'The file holds the requests shown (Grief circle and Contacted)',
    );
    expect(active(element)).to.equal($(element, 'form.filters button'));
    await expect(element).to.be.accessible();
  });

  it('says when nothing matches, and shows everything again', async () => {
    const element = await openSignups({
      signups: signups(),
      routes: ({ path }) =>
        path === '/v1/admin/signups' && urls.at(-1)!.includes('status=declined')
          ? json({ items: [] })
          : undefined,
    });
    await until(element, '.signup');
    const group = $<HTMLSelectElement>(element, '#signups-group-filter');
    // Without the groups list, the groups seen in the list fill the filter.
    expect([...group.options].map((option) => option.value)).to.deep.equal([
      '',
      'grief-circle',
      'anxiety-group',
    ]);
    $<HTMLSelectElement>(element, '#signups-status-filter').value = 'declined';
    $(element, 'form.filters button').click();
    await until(element, '.empty button');
    expect(textOf(element)).to.include('No requests match these choices.');
    expect(textOf(element)).to.include('0 requests shown.');
    expect($(element, '.export')).to.equal(null);
    await expect(element).to.be.accessible();
    $(element, '.empty button').click();
    await until(element, '.signup');
    expect($$(element, '.signup')).to.have.length(3);
    expect($<HTMLSelectElement>(element, '#signups-status-filter').value).to.equal('');
    expect(urls.at(-1)).to.match(/\/v1\/admin\/signups$/);
    await waitUntil(() => active(element)?.id === 'signups-group-filter');
  });

  it('adds a staff note by keyboard, and shows it in the history', async () => {
    const element = await openSignups({
      signups: signups(),
      routes: ({ method, path, body }) =>
        method === 'POST' && path === '/v1/admin/signups/p-1/notes'
          ? json({
              ...signups()[0]!,
              history: [
                {
                  at: '2026-11-26T10:00:00.000Z',
                  from: null,
                  to: null,
                  note: body!['note'],
                  actor: { id: 'staff-1', email: 'ana@practice.test' },
                },
              ],
            })
          : undefined,
    });
    await until(element, '.signup');
    await openDetails(element, 'p-1');
    // Past the e-mail link, to the note.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(active(element)?.id).to.equal('note-p-1');
    await sendKeys({ type: 'Called, will call back <Friday>.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(element).includes("Note added to Maya Ortiz's request."));
    const sent = sentTo('/v1/admin/signups/p-1/notes')!;
    expect(sent.csrf).to.equal(CSRF);
    expect(sent.body).to.deep.equal({ note: 'Called, will call back <Friday>.' });
    const history = $(element, '#signup-p-1 ~ details .history');
    expect(history.textContent).to.include('Called, will call back <Friday>.');
    expect(history.textContent).to.include('by ana@practice.test');
    expect($<HTMLTextAreaElement>(element, '#note-p-1').value).to.equal('');
    await expect(element).to.be.accessible();
  });

  it('asks for the note when it is empty, and keeps it when sending fails', async () => {
    let answer = 500;
    const element = await openSignups({
      signups: signups(),
      routes: ({ path }) =>
        path === '/v1/admin/signups/p-1/notes'
          ? answer === 500
            ? problem(500)
            : json(signups()[0]!)
          : undefined,
    });
    await until(element, '.signup');
    await openDetails(element, 'p-1');
    $(element, '#note-p-1 ~ .actions button').click();
    await until(element, '#note-p-1-error');
    expect($(element, '#note-p-1').getAttribute('aria-invalid')).to.equal('true');
    expect(textOf(element)).to.include('Please write the note first.');
    await waitUntil(() => active(element)?.id === 'note-p-1');
    expect(sentTo('/v1/admin/signups/p-1/notes')).to.equal(undefined);
    await expect(element).to.be.accessible();

    await sendKeys({ type: 'Prefers mornings' });
    $(element, '#note-p-1 ~ .actions button').click();
    await until(element, '.note-form [role="alert"] p');
    expect($(element, '.note-form [role="alert"]').textContent).to.include("That didn't work.");
    expect($<HTMLTextAreaElement>(element, '#note-p-1').value).to.equal('Prefers mornings');
    expect($(element, '#note-p-1').getAttribute('aria-invalid')).to.equal('false');
    await expect(element).to.be.accessible();

    answer = 200;
    $(element, '#note-p-1 ~ .actions button').click();
    await waitUntil(() => textOf(element).includes('Note added'));
    expect($(element, '.note-form [role="alert"]').textContent!.trim()).to.equal('');
  });

  it('deletes a person’s data after a confirm step naming them', async () => {
    const element = await openSignups({
      signups: signups(),
      routes: ({ method, path }) =>
        method === 'DELETE' && path === '/v1/admin/signups/p-1'
          ? new Response(null, { status: 204 })
          : undefined,
    });
    await until(element, '.signup');
    await openDetails(element, 'p-1');
    $(element, '#delete-p-1').click();
    await until(element, '#delete-question-p-1');
    await waitUntil(() => active(element)?.id === 'delete-question-p-1');
    expect($(element, '#delete-question-p-1').textContent).to.include(
      'Delete everything Maya Ortiz sent, with its history and notes? This cannot be undone.',
    );
    await expect(element).to.be.accessible();

    // Escape steps back without deleting.
    await pressThenFocus(element, 'Escape', 'delete-p-1');
    expect(requests().some((each) => each.method === 'DELETE')).to.equal(false);

    $(element, '#delete-p-1').click();
    await until(element, '#delete-question-p-1');
    const confirm = $(element, '.confirm button.danger');
    expect(confirm.textContent!.trim()).to.equal("Delete Maya Ortiz's data for good");
    confirm.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(element).includes("Maya Ortiz's data was deleted."));
    const sent = requests().find((each) => each.method === 'DELETE')!;
    expect(sent.path).to.equal('/v1/admin/signups/p-1');
    expect(sent.csrf).to.equal(CSRF);
    expect(textOf(element)).not.to.include('Maya Ortiz ');
    expect($(element, '#signup-p-1')).to.equal(null);
    expect($$(element, 'section.group h3')[0]!.textContent!.replace(/\s+/g, ' ')).to.include(
      'Anxiety group (1 request)',
    );
    // Focus goes to the next request in the list.
    await waitUntil(() => active(element)?.id === 'signup-p-2');
    await expect(element).to.be.accessible();
  });

  it('shows what a visitor typed as typed, whatever bidi controls it holds', async () => {
    // A right-to-left override would show "gnp.exe" as "exe.png" and run on into the words after.
    const spoof = {
      ...signup('p-1', 'Grief circle', 'Mallory \u202Egnp.exe'),
      message: 'Call me \u2067back\u202E soon',
    };
    const element = await openSignups({ signups: [spoof] });
    await until(element, '.signup');
    /** The left edge on screen of the first character of `piece` inside `root`. */
    const leftEdge = (root: Element, piece: string) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(piece);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getBoundingClientRect().left;
      }
      throw new Error(`“${piece}” is not shown`);
    };
    const name = $(element, '#signup-p-1');
    expect(name.textContent).to.equal('Mallory gnp.exe');
    expect(leftEdge(name, 'gnp')).to.be.below(leftEdge(name, 'exe'));

    await openDetails(element, 'p-1');
    const answers = [...$$(element, '.answers dd')].map((each) => each.textContent!.trim());
    expect(answers).to.include('Call me back soon');
    $(element, '#delete-p-1').click();
    await until(element, '#delete-question-p-1');
    const question = $(element, '#delete-question-p-1');
    expect(question.textContent).to.include('Delete everything Mallory gnp.exe sent, with');
    const confirm = $(element, '.confirm button.danger');
    expect(confirm.textContent!.trim()).to.equal("Delete Mallory gnp.exe's data for good");
    expect(leftEdge(confirm, 'gnp')).to.be.below(leftEdge(confirm, 'exe'));
    // The name is isolated: its direction cannot reorder the console's words around it.
    expect(confirm.querySelector('bdi')?.textContent).to.equal('Mallory gnp.exe');
    expect(getComputedStyle(confirm.querySelector('bdi')!).unicodeBidi).to.equal('isolate');
    await expect(element).to.be.accessible();
  });

  it('keeps the confirm step when a deletion fails, and goes to the title after the last one', async () => {
    let answer = 500;
    const element = await openSignups({
      signups: [signup('p-1', 'Grief circle', 'Maya Ortiz')],
      routes: ({ method }) =>
        method === 'DELETE'
          ? answer === 500
            ? problem(500)
            : new Response(null, { status: 204 })
          : undefined,
    });
    await until(element, '.signup');
    await openDetails(element, 'p-1');
    $(element, '#delete-p-1').click();
    await until(element, '.confirm button.danger');
    $(element, '.confirm button.danger').click();
    await until(element, '.confirm [role="alert"] p');
    expect($(element, '.confirm').textContent).to.include("That didn't work. Please try again.");
    await expect(element).to.be.accessible();
    answer = 204;
    $(element, '.confirm button.danger').click();
    await until(element, '.empty');
    expect(textOf(element)).to.include('No sign-ups yet.');
    await waitUntil(() => active(element)?.id === 'signups-title');
  });
});
