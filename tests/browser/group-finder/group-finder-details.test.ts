import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/group-finder.js';
import type { HearthGroupFinder } from '../../../src/group-finder/group-finder.js';
import { HearthSignupRequestEvent } from '../../../src/events/signup-request.js';
import { watchConsole } from '../helpers/console.js';
import { fakeClient } from '../helpers/fake-api.js';
import { text } from '../helpers/dom.js';
import { generateGroups } from '../fixtures/generate.js';
import { cardsSettled } from './cards.js';

async function loadedFinder(client = fakeClient(), lang = 'en') {
  const element = await fixture<HearthGroupFinder>(
    html`<hearth-group-finder lang=${lang} .client=${client}></hearth-group-finder>`,
  );
  await cardsSettled(element);
  return element;
}

function detailsButton(element: HearthGroupFinder, id: string): HTMLButtonElement {
  return element.shadowRoot!.querySelector<HTMLButtonElement>(`[data-group-id="${id}"]`)!;
}

async function open(element: HearthGroupFinder, id: string): Promise<HTMLDialogElement> {
  detailsButton(element, id).click();
  const dialog = element.shadowRoot!.querySelector('dialog')!;
  await waitUntil(() => dialog.open, 'the detail view did not open');
  await element.updateComplete;
  return dialog;
}

const action = (dialog: HTMLDialogElement) =>
  dialog.querySelector<HTMLButtonElement>('[part~="action"]');

describe('<hearth-group-finder> detail view', () => {
  watchConsole();
  afterEach(() => fixtureCleanup());

  it('opens a modal dialog named after the group, with its description, and passes axe', async () => {
    const element = await loadedFinder();
    const dialog = await open(element, 'grp-grief-online');
    expect(dialog.matches(':modal')).to.equal(true);
    const title = element.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(text(title)).to.equal('After loss: a grief circle');
    expect(text(dialog)).to.include('A longer description of the group.');
    expect(text(dialog)).to.include('Upcoming sessions (Pacific Time)');
    expect(text(dialog)).to.include('Thursday, March 5');
    expect(dialog.contains(element.shadowRoot!.activeElement)).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('shows the eight next dates from the group itself when the list had only four', async () => {
    const client = fakeClient();
    const element = await loadedFinder(client);
    const dialog = await open(element, 'grp-anxiety-tuesday');
    await waitUntil(
      () => dialog.querySelectorAll('h3 + ul li').length === 8,
      'the eight dates of GET /v1/groups/{id} never showed',
    );
    expect(client.api.requests).to.include(
      'https://api.example.test/v1/groups/grp-anxiety-tuesday',
    );
    expect(text(dialog)).to.include('Tuesday, April 21');
  });

  it('closes with its Close button and gives focus back to the card', async () => {
    const element = await loadedFinder();
    const dialog = await open(element, 'grp-grief-online');
    setTimeout(() =>
      [...dialog.querySelectorAll('button')].find((each) => text(each) === 'Close')!.click(),
    );
    await oneEvent(dialog, 'close');
    expect(dialog.open).to.equal(false);
    expect(element.shadowRoot!.activeElement).to.equal(detailsButton(element, 'grp-grief-online'));
  });

  it('offers "Request a spot" for an open group', async () => {
    const dialog = await open(await loadedFinder(), 'grp-anxiety-tuesday');
    expect(text(action(dialog))).to.equal('Request a spot');
    expect(text(dialog)).to.include('3 spots left');
  });

  it('offers "Join the waitlist" when the group is full with a waitlist', async () => {
    const element = await loadedFinder();
    const dialog = await open(element, 'grp-parents-hybrid');
    expect(text(action(dialog))).to.equal('Join the waitlist');
    await expect(element).to.be.accessible();
  });

  it('explains a closed group and offers the practice instead of an action', async () => {
    const element = await loadedFinder();
    const dialog = await open(element, 'grp-trauma-monday');
    expect(action(dialog)).to.equal(null);
    expect(text(dialog)).to.include('This group is full and not taking names for a waitlist.');
    expect(dialog.querySelector('a[href="tel:5035550142"]')).not.to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('fires a cancelable hearth-signup-request carrying only the group id', async () => {
    const element = await loadedFinder();
    const dialog = await open(element, 'grp-grief-online');
    setTimeout(() => action(dialog)!.click());
    const event = (await oneEvent(
      element,
      'hearth-signup-request',
    )) as unknown as HearthSignupRequestEvent;
    expect(event).to.be.instanceOf(HearthSignupRequestEvent);
    expect(event.groupId).to.equal('grp-grief-online');
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(Object.keys(event).filter((key) => key !== 'isTrusted')).to.deep.equal(['groupId']);
  });

  it('by default opens the sign-up form for that group in the dialog, focus inside it', async () => {
    const element = await loadedFinder();
    const dialog = await open(element, 'grp-grief-online');
    action(dialog)!.click();
    await waitUntil(
      () => dialog.querySelector('hearth-session-signup'),
      'the sign-up form did not open',
    );
    const form = dialog.querySelector('hearth-session-signup');
    expect(dialog.open).to.equal(true);
    expect(form!.getAttribute('group-id')).to.equal('grp-grief-online');
    await waitUntil(
      () => form!.shadowRoot?.activeElement?.id === 'form-title',
      'focus did not move to the form',
    );
    expect(text(form!.shadowRoot!.getElementById('form-title'))).to.include(
      'After loss: a grief circle',
    );
    await expect(element).to.be.accessible();
  });

  it('does nothing of its own when the host prevents hearth-signup-request', async () => {
    const element = await loadedFinder();
    const requested: string[] = [];
    document.addEventListener(
      'hearth-signup-request',
      (event) => {
        requested.push(event.groupId);
        event.preventDefault();
      },
      { once: true },
    );
    const dialog = await open(element, 'grp-grief-online');
    action(dialog)!.click();
    await element.updateComplete;
    expect(requested).to.deep.equal(['grp-grief-online']);
    expect(text(dialog.querySelector('[role="status"]'))).to.equal('');
    expect(dialog.querySelector('hearth-session-signup')).to.equal(null);
  });

  it('passes axe with the dialog open in the dark theme', async () => {
    const element = await fixture<HearthGroupFinder>(
      html`<hearth-group-finder theme="dark" .client=${fakeClient()}></hearth-group-finder>`,
    );
    await cardsSettled(element);
    await open(element, 'grp-anxiety-tuesday');
    await expect(element).to.be.accessible();
  });

  it('speaks Spanish in the detail view', async () => {
    const element = await loadedFinder(fakeClient(), 'es');
    await waitUntil(() => text(element.shadowRoot).includes('Ver detalles'));
    const dialog = await open(element, 'grp-parents-hybrid');
    expect(text(action(dialog))).to.equal('Apuntarse a la lista de espera');
    expect(text(dialog)).to.include('Próximas sesiones (hora del Pacífico)');
    expect(text(dialog)).to.include('Grupo psicoeducativo');
    expect(text(dialog)).to.include('Cerrar');
  });
});

describe('<hearth-group-finder> cards in full', () => {
  watchConsole();
  afterEach(() => fixtureCleanup());

  it('names the kind of group, its facilitators with credentials and the access to the place', async () => {
    const element = await loadedFinder();
    const card = element.shadowRoot!.querySelector('[part~="card"]');
    expect(text(card)).to.include('Skills group: learning practical tools');
    expect(text(card)).to.include('With Dana Whitfield, LCSW; Sam Ortiz, PhD');
    expect(text(card)).to.include('Access: Step-free entrance; lift to the second floor.');
    expect(text(card)).to.include('8 weeks, starts March 3');
  });

  it("shows the visitor's own time only when their zone's clock differs", async () => {
    const element = await loadedFinder();
    element.visitorTimeZone = 'Europe/Madrid';
    await element.updateComplete;
    const card = () => text(element.shadowRoot!.querySelector('[part~="card"]'));
    // Every card is made again for the new zone, the first in a task of its own.
    await waitUntil(() => card().includes('GMT+1'), 'no card in the new zone');
    expect(card()).to.match(/Tuesdays, 6:00\s*–\s*7:30\sPM PST/);
    expect(card()).to.match(/Your time: Wednesdays, 3:00\s*–\s*4:30\sAM GMT\+1/);
    element.visitorTimeZone = 'America/Vancouver';
    await element.updateComplete;
    await waitUntil(() => !card().includes('Your time'), 'the card still gives a second time');
    expect(card()).not.to.include('Your time');
  });
});

describe('<hearth-group-finder> long lists', () => {
  watchConsole();
  afterEach(() => fixtureCleanup());

  it('renders a first page of 24 cards, and the rest behind "Show more"', async () => {
    const element = await loadedFinder(fakeClient({ groups: generateGroups(30) }));
    const cards = () => element.shadowRoot!.querySelectorAll('[part~="card"]').length;
    await waitUntil(() => cards() === 24, 'the first page never filled');
    const more = [...element.shadowRoot!.querySelectorAll('button')].find((each) =>
      text(each).startsWith('Show'),
    )!;
    expect(text(more)).to.equal('Show 6 more');
    expect(text(element.shadowRoot!.querySelector('[role="status"]'))).to.equal('30 groups');
    more.click();
    await element.updateComplete;
    // Focus goes to the first new card at once; the new cards arrive a few per task.
    expect(element.shadowRoot!.activeElement).to.equal(
      element.shadowRoot!.querySelector('[data-group-id="grp-generated-25"]'),
    );
    await waitUntil(() => cards() === 30, 'the rest never arrived');
    expect(element.shadowRoot!.activeElement).to.equal(
      element.shadowRoot!.querySelector('[data-group-id="grp-generated-25"]'),
    );
    expect(text(element.shadowRoot)).not.to.include('Show 6 more');
  });
});

describe('<hearth-group-finder> keyboard-only journey', () => {
  watchConsole();
  afterEach(() => fixtureCleanup());

  it('tabs to the filters, chooses a topic, opens a group, reaches its action, and Escape returns', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <button>Before</button>
        <hearth-group-finder .client=${fakeClient()}></hearth-group-finder>
      </div>
    `);
    const element = wrapper.querySelector('hearth-group-finder')!;
    await cardsSettled(element);
    const root = element.shadowRoot!;
    const focused = () => root.activeElement as HTMLElement | null;

    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('type')).to.equal('search');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(text(focused()?.parentElement)).to.equal('Grief and loss');
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(text(root.querySelector('[role="status"]'))).to.equal('1 of 4 groups');

    for (let step = 0; step < 30 && !focused()?.dataset['groupId']; step++) {
      await sendKeys({ press: 'Tab' });
    }
    const opener = focused()!;
    expect(opener.dataset['groupId']).to.equal('grp-grief-online');
    await sendKeys({ press: 'Enter' });
    const dialog = root.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'Enter did not open the group');
    for (let step = 0; step < 10 && focused()?.getAttribute('part') !== 'action'; step++) {
      await sendKeys({ press: 'Tab' });
    }
    expect(text(focused())).to.equal('Request a spot');
    const closed = oneEvent(dialog, 'close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(focused()).to.equal(opener);
  });
});
