import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, active, textOf, until } from '../helpers/dom.js';
import { CSRF, requests, story, pressThenFocus } from './admin.fake.js';
import {
  buttonNamed,
  detailed,
  open,
  reportedStories,
  showList,
  storyHooks,
} from './stories-setup.js';

describe('<hearth-admin> story moderation steps', () => {
  storyHooks();

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
});
