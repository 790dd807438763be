import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, active, textOf, until } from '../helpers/dom.js';
import { CSRF, requests, pressThenFocus } from './admin.fake.js';
import {
  buttonNamed,
  detailed,
  open,
  showList,
  stored,
  storyHooks,
  TOPICS,
} from './stories-setup.js';

describe('<hearth-admin> story edits', () => {
  storyHooks();

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
});
