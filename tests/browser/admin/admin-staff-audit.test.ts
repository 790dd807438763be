import { expect } from '@open-wc/testing';
import { watchConsole } from '../helpers/console.js';
import { $, $$, textOf, until } from '../helpers/dom.js';
import { admin, chooseView, cleanup, json, problem, pressThenFocus } from './admin.fake.js';
import { announced, entry, staffApi, type StaffOptions } from './staff-setup.js';

describe('<hearth-admin> activity log', () => {
  watchConsole();
  afterEach(cleanup);

  const first = [
    entry('a-3', 'story_approve', '2026-11-25T16:05:00.000Z'),
    entry('a-2', 'login', '2026-11-25T16:00:00.000Z', {
      via: 'token',
    }),
    entry('a-1', 'staff_created', '2026-11-24T09:00:00.000Z', { actor: null, via: 'cli' }),
  ];
  const older = [entry('a-0', 'mystery_thing', '2026-11-20T09:00:00.000Z')];

  async function openAudit(answers: StaffOptions['answers']) {
    const element = await admin({ signedIn: true, routes: staffApi({ answers }) });
    await chooseView(element, 'Activity log', 'audit-title');
    return element;
  }

  it('shows who did what and when, newest first, and loads older entries', async () => {
    const element = await openAudit({
      'GET /v1/admin/audit': [
        () => json({ items: first, nextCursor: '2026-11-24T09:00:00.000Z|a-1' }),
        () => json({ items: older, nextCursor: null }),
      ],
    });
    await until(element, '.audit tbody tr');
    const cells = $$(element, '.audit tbody tr').map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim()),
    );
    expect(cells).to.deep.equal([
      ['Nov 25, 2026, 11:05 AM', 'ana@practice.test', 'Approved a story'],
      ['Nov 25, 2026, 11:00 AM', 'ana@practice.test (with an access token)', 'Signed in'],
      ['Nov 24, 2026, 4:00 AM', 'Command line on the server', 'Added a staff account'],
    ]);
    await expect(element).to.be.accessible();

    const urls: string[] = [];
    const fake = window.fetch;
    window.fetch = (input, init) => {
      urls.push(String(input));
      return fake(input, init);
    };
    $(element, '#audit-more').focus();
    await pressThenFocus(element, 'Enter', 'audit-a-0');
    expect($$(element, '.audit tbody tr')).to.have.length(4);
    expect($(element, '#audit-a-0').textContent).to.include('mystery thing');
    expect($(element, '#audit-more')).to.equal(null);
    expect(announced(element)).to.equal('1 older entry shown.');
    expect(urls.map((url) => new URL(url).search)).to.deep.equal([
      `?limit=50&cursor=${encodeURIComponent('2026-11-24T09:00:00.000Z|a-1')}`,
    ]);
    window.fetch = fake;
    await expect(element).to.be.accessible();
  });

  it('keeps the entries and says so when older ones fail to load', async () => {
    const element = await openAudit({
      'GET /v1/admin/audit': [
        () => json({ items: first, nextCursor: '2026-11-24T09:00:00.000Z|a-1' }),
        () => problem(500),
      ],
    });
    await until(element, '#audit-more');
    $(element, '#audit-more').click();
    await until(element, '.audit-log [role="alert"] p');
    expect(textOf(element)).to.include("We couldn't load older entries.");
    expect($$(element, '.audit tbody tr')).to.have.length(3);
    await expect(element).to.be.accessible();
  });

  it('shows loading, error with retry, and empty states', async () => {
    const loading = await openAudit({
      'GET /v1/admin/audit': () => new Promise<Response>(() => {}),
    });
    expect($(loading, '.loading').textContent).to.include('Loading the activity log');
    await expect(loading).to.be.accessible();
    cleanup();

    const failing = await openAudit({
      'GET /v1/admin/audit': [() => problem(500), () => json({ items: [], nextCursor: null })],
    });
    await until(failing, '.audit-log .error button');
    expect(textOf(failing)).to.include("We couldn't load the activity log.");
    await expect(failing).to.be.accessible();
    $(failing, '.audit-log .error button').click();
    await until(failing, '.empty');
    expect($(failing, '.empty').textContent).to.equal('Nothing has been recorded yet.');
    await expect(failing).to.be.accessible();
  });
});
