import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, active, textOf, until } from '../helpers/dom.js';
import { CSRF, requests, story, pressThenFocus } from './admin.fake.js';
import {
  buttonNamed,
  detailed,
  editDetailed,
  kept,
  open,
  showList,
  storyHooks,
} from './stories-setup.js';

describe('<hearth-admin> careful approval and personal details', () => {
  storyHooks();

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

  it('names the details itself when the server does not, with the shared detector', async () => {
    const { element } = await editDetailed(
      'The front desk at 555 201 4433 was kind to me.',
      'unnamed',
    );
    buttonNamed(element, 'Save and approve').click();
    await until(element, '#edit-s-9-error');
    expect($(element, '#edit-s-9-error').textContent).to.equal(
      'The text still holds personal details: a phone number (“555 201 4433”). Take them out, or publish with these details kept.',
    );
    expect($(element, '#keep-details-s-9')).not.to.equal(null);
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
});
