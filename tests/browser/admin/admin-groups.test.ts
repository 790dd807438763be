import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { watchConsole } from '../helpers/console.js';
import { $, $$, active, textOf, until } from '../helpers/dom.js';
import { cleanup, CSRF } from './admin.fake.js';
import {
  anxiety,
  field,
  fill,
  grief,
  group,
  openGroups,
  parents,
  saved,
  staffGroup,
} from './groups-setup.js';

describe('<hearth-admin> groups', function (this: unknown) {
  // A whole group form, typed and checked with axe, takes longer than a widget's test.
  (this as { timeout(ms: number): void }).timeout(20000);
  watchConsole();
  afterEach(cleanup);

  it('lists the groups visitors see and, apart, the archived ones, with their seats', async () => {
    const element = await openGroups({ groups: [grief(), anxiety(), parents()] });
    await until(element, '.group-card');
    const [shown, archived] = $$(element, 'section.groups section');
    expect(shown!.querySelector('h3')!.textContent).to.equal('Groups visitors see');
    expect([...shown!.querySelectorAll('h4')].map((each) => each.textContent)).to.deep.equal([
      'Grief circle',
      'Anxiety skills',
    ]);
    expect(shown!.textContent).to.include('8 seats · 6 taken · 2 free');
    expect(shown!.textContent).to.include('Open, few seats left');
    expect(shown!.textContent).to.include('Every week · Tuesday · 6:00 PM · In person');
    expect(archived!.querySelector('h3')!.textContent).to.equal('Archived groups');
    expect(archived!.textContent).to.include('New parents');
    expect(archived!.textContent).to.include('Archived: hidden from visitors');
    expect($(element, '#restore-new-parents').textContent).to.match(/Restore\s+New parents/);
    await expect(element).to.be.accessible();
  });

  it('shows loading, empty and error states, and retries', async () => {
    const loading = await openGroups({ groups: 'pending' });
    expect(textOf(loading)).to.include('Loading the groups…');
    await expect(loading).to.be.accessible();
    cleanup();

    const empty = await openGroups({ groups: [] });
    await until(empty, '.empty');
    expect(textOf(empty)).to.include('There are no groups yet. Create the first one.');
    await expect(empty).to.be.accessible();
    cleanup();

    const failed = await openGroups({ groups: [grief()], failFirst: true });
    await until(failed, 'section .error');
    expect(textOf(failed)).to.include("We couldn't load the groups.");
    await expect(failed).to.be.accessible();
    $(failed, 'section .error button').click();
    await until(failed, '.group-card');
    expect(textOf(failed)).to.include('Grief circle');
  });

  it('creates a group by keyboard, with the short name following the name', async () => {
    const element = await openGroups({ groups: [grief()] });
    await until(element, '#group-new');
    await sendKeys({ press: 'Tab' });
    expect(active(element)?.id).to.equal('group-new');
    await sendKeys({ press: 'Enter' });
    await until(element, '#group-form-title');
    await waitUntil(() => active(element)?.id === 'group-form-title');
    expect($(element, '#group-form-title').textContent).to.equal('New group');
    await sendKeys({ press: 'Tab' });
    expect(active(element)?.id).to.equal('group-name');
    await sendKeys({ type: 'Señales de calma' });
    expect(field(element, 'id').value).to.equal('senales-de-calma');
    expect(field(element, 'schedule.timeZone').value).to.equal('America/Chicago');
    await fill(element, 'summary', 'Calm skills for anxious weeks.');
    await fill(element, 'description', 'Eight evenings of practical skills.');
    await fill(element, 'audience', 'Adults with anxiety');
    const online = $$<HTMLInputElement>(element, '#group-format input').find(
      (each) => each.value === 'online',
    )!;
    online.click();
    await element.updateComplete;
    expect(field(element, 'location.name')).to.equal(null);
    await fill(element, 'facilitators.0.name', 'Dana Reyes');
    $$<HTMLInputElement>(element, '#group-topics input')[1]!.click();
    await element.updateComplete;
    await expect(element).to.be.accessible();
    field(element, 'capacity').focus();
    await sendKeys({ press: 'Enter' });
    await until(element, '#group-senales-de-calma');
    const [post] = saved('POST');
    expect(post!.csrf).to.equal(CSRF);
    expect(post!.body).to.deep.equal({
      id: 'senales-de-calma',
      name: 'Señales de calma',
      summary: 'Calm skills for anxious weeks.',
      description: 'Eight evenings of practical skills.',
      topics: ['anxiety'],
      audience: 'Adults with anxiety',
      language: 'en',
      kind: 'support',
      format: 'online',
      schedule: {
        frequency: 'weekly',
        weekday: 2,
        startTime: '18:00',
        durationMinutes: 90,
        timeZone: 'America/Chicago',
      },
      enrollment: 'ongoing',
      facilitators: [{ name: 'Dana Reyes' }],
      fee: { currency: 'USD', per: 'session', slidingScale: false, insurance: [] },
      capacity: 8,
      externalEnrolled: 0,
      closed: false,
      screening: { required: false },
    });
    await waitUntil(() => active(element)?.id === 'group-senales-de-calma');
    expect($(element, '.saved').textContent).to.equal(
      'Created “Señales de calma”. Visitors can see it now.',
    );
    expect(textOf(element)).to.include('8 seats · 0 taken · 8 free');
    await expect(element).to.be.accessible();
  });

  it('checks a group with the API rules before sending, in a summary and on the fields', async () => {
    const element = await openGroups({ groups: [grief()] });
    await until(element, '#group-new');
    $(element, '#group-new').click();
    await until(element, '#group-form-title');
    await fill(element, 'ageMin', '18');
    await fill(element, 'ageMax', '12');
    await fill(element, 'schedule.timeZone', 'Mars/Base');
    await fill(element, 'schedule.durationMinutes', 'ninety');
    $$<HTMLInputElement>(element, '#group-enrollment input')[1]!.click();
    await element.updateComplete;
    $(element, '.group-form button[type="submit"]').click();
    await until(element, '#group-problems');
    await waitUntil(() => active(element)?.id === 'group-problems');
    const items = $$(element, '#group-problems li').map((each) => each.textContent!.trim());
    expect($(element, '#group-problems h3').textContent).to.equal(
      `${items.length} things need your attention`,
    );
    expect(items).to.include.members([
      'Name: Please fill in this field.',
      'Short name for links: Please fill in this field.',
      'Oldest age: The oldest age must not be below the youngest.',
      'Length of a session, in minutes: Enter a whole number.',
      'Time zone: Enter a time zone like America/Chicago.',
      'First session: Please fill in this field.',
      'Name of the place: Please fill in this field.',
      'Name: Please fill in this field.',
    ]);
    expect(field(element, 'schedule.timeZone').getAttribute('aria-invalid')).to.equal('true');
    expect(field(element, 'schedule.timeZone').getAttribute('aria-describedby')).to.include(
      'group-schedule-timeZone-error',
    );
    expect(saved('POST')).to.have.length(0);
    await expect(element).to.be.accessible();
    // A link moves focus to its field; fixing a field clears its problem.
    const link = $$<HTMLAnchorElement>(element, '#group-problems a').find((each) =>
      each.textContent!.startsWith('Time zone'),
    )!;
    link.click();
    await waitUntil(() => active(element)?.id === 'group-schedule-timeZone');
    await fill(element, 'schedule.timeZone', 'Europe/Madrid');
    expect(field(element, 'schedule.timeZone').getAttribute('aria-invalid')).to.equal('false');
  });

  it('edits a group, showing a capacity against the seats already taken', async () => {
    const element = await openGroups({ groups: [grief(), anxiety()] });
    await until(element, '#edit-grief-circle');
    $(element, '#edit-grief-circle').click();
    await until(element, '#group-form-title');
    await waitUntil(() => active(element)?.id === 'group-form-title');
    expect($(element, '#group-form-title').textContent).to.equal('Edit “Grief circle”');
    expect(field(element, 'id')).to.equal(null);
    expect(field(element, 'name').value).to.equal('Grief circle');
    expect(field(element, 'location.city').value).to.equal('Portland');
    expect(field(element, 'fee.insurance').value).to.equal('Aetna');
    expect($(element, '#group-seats').textContent).to.include('8 seats · 6 taken · 2 free');
    expect(field(element, 'capacity').getAttribute('aria-describedby')).to.include('group-seats');

    await fill(element, 'capacity', '4');
    expect($(element, '#group-seats').textContent).to.include('4 seats · 6 taken · 0 free');
    expect($(element, '#group-seats .warning').textContent).to.include(
      'The capacity (4) is below the 6 seats already taken: 2 people are over.',
    );
    await fill(element, 'externalEnrolled', '1');
    expect($(element, '#group-seats').textContent).to.include('4 seats · 7 taken · 0 free');
    await expect(element).to.be.accessible();
    await fill(element, 'capacity', '10');
    expect($(element, '#group-seats .warning')).to.equal(null);
    await fill(element, 'name', 'Grief circle (evenings)');

    $(element, '.group-form button[type="submit"]').click();
    await until(element, '#group-grief-circle');
    const [put] = saved('PUT');
    expect(put!.path).to.equal('/v1/admin/groups/grief-circle');
    const { nextSessions, seatsLeft, status, ...kept } = grief().group;
    void [nextSessions, seatsLeft, status];
    expect(put!.body).to.deep.equal({
      ...kept,
      name: 'Grief circle (evenings)',
      capacity: 10,
      externalEnrolled: 1,
      closed: false,
    });
    expect($(element, '.saved').textContent).to.equal(
      'Saved the changes to “Grief circle (evenings)”.',
    );
    expect(textOf(element)).to.include('10 seats · 7 taken · 3 free');
    await waitUntil(() => active(element)?.id === 'group-grief-circle');
  });

  it('keeps an ongoing group’s start date and session count, which its form does not show', async () => {
    const since = staffGroup(
      group('grief-circle', 'Grief circle', { startsOn: '2026-01-06', sessionCount: 40 }),
    );
    const element = await openGroups({ groups: [since] });
    await until(element, '#edit-grief-circle');
    $(element, '#edit-grief-circle').click();
    await until(element, '#group-form-title');
    await fill(element, 'summary', 'A circle for anyone grieving.');
    $(element, '.group-form button[type="submit"]').click();
    await until(element, '#group-grief-circle');
    const [put] = saved('PUT');
    expect(put!.body).to.include({ startsOn: '2026-01-06', sessionCount: 40 });
  });

  it('adds and removes facilitators', async () => {
    const element = await openGroups({ groups: [grief()] });
    await until(element, '#edit-grief-circle');
    $(element, '#edit-grief-circle').click();
    await until(element, '#group-facilitator-add');
    $(element, '#group-facilitator-add').click();
    await waitUntil(() => active(element)?.id === 'group-facilitators-1-name');
    // Typed with \`fill\`: headless Chromium can stall on keyboard typing into a form it has
    // seen submitted earlier in the run (its autofill), which is not what this test is about.
    await fill(element, 'facilitators.1.name', 'Sam Lee');
    const remove = $$(element, '.row button')[0]!;
    expect(remove.textContent!.trim()).to.equal('Remove facilitator 1');
    remove.click();
    await waitUntil(() => active(element)?.id === 'group-facilitator-add');
    expect(field(element, 'facilitators.0.name').value).to.equal('Sam Lee');
    expect(field(element, 'facilitators.1.name')).to.equal(null);
    expect(textOf(element)).to.include('Facilitator 1 removed.');
  });

  it('keeps an open form and what was typed across a visit to another section', async () => {
    const element = await openGroups({ groups: [grief()] });
    await until(element, '#edit-grief-circle');
    $(element, '#edit-grief-circle').click();
    await until(element, '#group-form-title');
    await fill(element, 'summary', 'Half-typed summary');
    const nav = (label: string) =>
      $$(element, 'nav button').find((button) => button.textContent!.trim() === label)!;
    nav('Stories').click();
    await until(element, '#queue-title');
    nav('Groups').click();
    await until(element, '#group-form-title');
    expect(field(element, 'summary').value).to.equal('Half-typed summary');
  });

  it('cancels an edit back to the group’s Edit button', async () => {
    const element = await openGroups({ groups: [grief()] });
    await until(element, '#edit-grief-circle');
    $(element, '#edit-grief-circle').click();
    await until(element, '#group-form-title');
    $$(element, '.group-form > .actions button')[1]!.click();
    await waitUntil(() => active(element)?.id === 'edit-grief-circle');
    expect(saved('PUT')).to.have.length(0);
  });

  it('fits a 320 px screen: no control is wider than the console', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const element = await openGroups({ groups: [grief()] });
      await until(element, '#edit-grief-circle');
      $(element, '#edit-grief-circle').click();
      await until(element, '#group-form-title');
      await fill(element, 'capacity', '4');
      const width = element.getBoundingClientRect().right;
      const controls = $$(element, 'input, select, textarea, button, .warning, legend');
      const wider = controls.filter((each) => each.getBoundingClientRect().right > width + 1);
      expect(wider.map((each) => each.id || each.textContent!.trim())).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(element).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('speaks Spanish', async () => {
    const element = await openGroups({ groups: [grief(), parents()] }, 'es');
    await waitUntil(() => textOf(element).includes('Grupos que ven los visitantes'));
    expect(textOf(element)).to.include('8 plazas · 6 ocupadas · 2 libres');
    expect(textOf(element)).to.include('Archivado: oculto para los visitantes');
    $(element, '#edit-grief-circle').click();
    await until(element, '#group-form-title');
    expect($(element, '#group-form-title').textContent).to.equal('Editar «Grief circle»');
    expect(textOf(element)).to.include('Cuándo se reúne');
    await expect(element).to.be.accessible();
  });
});
