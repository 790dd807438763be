import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { watchConsole } from '../helpers/console.js';
import { $, active, textOf, until } from '../helpers/dom.js';
import { cleanup, CSRF, requests, pressThenFocus } from './admin.fake.js';
import { anxiety, field, fill, grief, openGroups, saved } from './groups-setup.js';

describe('<hearth-admin> groups: saving, archiving and the server’s problems', function (this: unknown) {
  // A whole group form, typed and checked with axe, takes longer than a widget's test.
  (this as { timeout(ms: number): void }).timeout(20000);
  watchConsole();
  afterEach(cleanup);

  it('puts the server’s problems on the fields and keeps what was typed', async () => {
    const element = await openGroups({
      groups: [grief()],
      saves: [{ location: 'An in-person group needs its location.', topics: 'Not topics: x.' }],
    });
    await until(element, '#edit-grief-circle');
    $(element, '#edit-grief-circle').click();
    await until(element, '#group-form-title');
    await fill(element, 'summary', 'A new summary.');
    $(element, '.group-form button[type="submit"]').click();
    await until(element, '#group-problems');
    await waitUntil(() => active(element)?.id === 'group-problems');
    expect(field(element, 'location.name').getAttribute('aria-invalid')).to.equal('true');
    expect($(element, '#group-location-name-error').textContent).to.equal(
      'An in-person group needs its location.',
    );
    expect($(element, '#group-topics').getAttribute('aria-invalid')).to.equal('true');
    expect(field(element, 'summary').value).to.equal('A new summary.');
    await expect(element).to.be.accessible();
  });

  it('says the server’s problems in the console’s language, by their codes', async () => {
    const element = await openGroups(
      {
        groups: [grief()],
        saves: [
          {
            fields: {
              location: 'An in-person group needs its location.',
              topics: 'Not topics of the practice: x.',
              summary: 'Some new check the console does not know.',
            },
            codes: { location: 'required', topics: 'unknown_topic', summary: 'brand_new' },
          },
        ],
      },
      'es',
    );
    await until(element, '#edit-grief-circle');
    $(element, '#edit-grief-circle').click();
    await until(element, '#group-form-title');
    $(element, '.group-form button[type="submit"]').click();
    await until(element, '#group-problems');
    expect($(element, '#group-location-name-error').textContent).to.equal(
      'Este campo es obligatorio.',
    );
    expect($(element, '#group-topics-error').textContent).to.equal(
      'No es uno de los temas de la consulta.',
    );
    // A code it has no words for: the server's own words, rather than nothing.
    expect($(element, '#group-summary-error').textContent).to.equal(
      'Some new check the console does not know.',
    );
    await expect(element).to.be.accessible();
  });

  it('keeps the form after a network failure and saves on the next try', async () => {
    const element = await openGroups({ groups: [grief()], saves: ['network'] });
    await until(element, '#edit-grief-circle');
    $(element, '#edit-grief-circle').click();
    await until(element, '#group-form-title');
    await fill(element, 'description', 'Typed before the connection dropped.');
    $(element, '.group-form button[type="submit"]').click();
    await until(element, '#group-alert p');
    await waitUntil(() => active(element)?.id === 'group-alert');
    expect(textOf(element)).to.include("We couldn't save the group. What you typed is still here");
    expect(field(element, 'description').value).to.equal('Typed before the connection dropped.');
    await expect(element).to.be.accessible();
    $(element, '.group-form button[type="submit"]').click();
    await until(element, '#group-grief-circle');
    expect(saved('PUT')).to.have.length(2);
    expect(saved('PUT')[1]!.body!['description']).to.equal('Typed before the connection dropped.');
  });

  it('says a short name is taken, on its field', async () => {
    const element = await openGroups({ groups: [grief()], saves: [409] });
    await until(element, '#group-new');
    $(element, '#group-new').click();
    await until(element, '#group-form-title');
    await fill(element, 'name', 'Grief circle');
    for (const [path, value] of [
      ['summary', 'S'],
      ['description', 'D'],
      ['audience', 'A'],
      ['location.name', 'Office'],
      ['location.address', '1 Main St'],
      ['location.city', 'Portland'],
      ['facilitators.0.name', 'Dana'],
    ]) {
      await fill(element, path!, value!);
    }
    $(element, '.group-form button[type="submit"]').click();
    await until(element, '#group-id-error');
    expect($(element, '#group-id-error').textContent).to.equal(
      'Another group already uses this short name. Choose another.',
    );
  });

  it('archives after a confirmation (Escape steps back), and restores', async () => {
    const element = await openGroups({ groups: [grief(), anxiety()] });
    await until(element, '#archive-grief-circle');
    $(element, '#archive-grief-circle').click();
    await waitUntil(() => active(element)?.id === 'archive-confirm-grief-circle');
    expect(textOf(element)).to.include('Archive “Grief circle”?');
    await expect(element).to.be.accessible();
    await pressThenFocus(element, 'Escape', 'archive-grief-circle');
    expect(requests().some((each) => each.path.endsWith('/archive'))).to.equal(false);

    await pressThenFocus(element, 'Enter', 'archive-confirm-grief-circle');
    await sendKeys({ press: 'Enter' });
    await until(element, '#restore-grief-circle');
    const archive = requests().find((each) => each.path.endsWith('/archive'))!;
    expect(archive).to.include({ method: 'POST', path: '/v1/admin/groups/grief-circle/archive' });
    expect(archive.csrf).to.equal(CSRF);
    await waitUntil(() => active(element)?.id === 'group-grief-circle');
    expect($(element, '.saved').textContent).to.equal(
      '“Grief circle” is archived. Visitors no longer see it.',
    );
    expect(
      $(element, '#groups-archived').closest('section')!.textContent!.includes('Grief circle'),
    ).to.equal(true);
    await expect(element).to.be.accessible();

    $(element, '#restore-grief-circle').click();
    await until(element, '#archive-grief-circle');
    expect(textOf(element)).to.include('“Grief circle” is restored. Visitors can see it again.');
  });

  it('says when archiving fails, and keeps the group where it was', async () => {
    const element = await openGroups({ groups: [grief()], archive: 500 });
    await until(element, '#archive-grief-circle');
    $(element, '#archive-grief-circle').click();
    await until(element, '#archive-confirm-grief-circle');
    $(element, '#archive-confirm-grief-circle').click();
    await until(element, '.group-card [role="alert"] p');
    expect(textOf(element)).to.include("That didn't work. Please try again.");
    await expect(element).to.be.accessible();
  });

  it('goes back to sign-in when the session ended during a save', async () => {
    const element = await openGroups({ groups: [grief()], saves: [401] });
    await until(element, '#edit-grief-circle');
    $(element, '#edit-grief-circle').click();
    await until(element, '#group-form-title');
    $(element, '.group-form button[type="submit"]').click();
    await until(element, '#email');
    expect(textOf(element)).to.include('Your session ended. Please sign in again.');
  });
});
