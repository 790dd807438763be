import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/group-finder.js';
import '../../../src/define/provider.js';
import { HearthGroupFinder } from '../../../src/group-finder/group-finder.js';
import { HearthGroupSelectEvent } from '../../../src/events/group-select.js';
import type { HearthProvider } from '../../../src/provider/provider.js';
import { watchConsole } from '../helpers/console.js';
import { fakeClient } from '../helpers/fake-api.js';
import { text } from '../helpers/dom.js';
import { runProviderContract, type ContractState } from '../helpers/provider-contract.js';
import { cards, cardsSettled } from './cards.js';

function shows(element: HTMLElement, state: ContractState): boolean {
  const root = element.shadowRoot;
  if (!root) return false;
  switch (state) {
    case 'loading':
      return root.querySelector('[aria-busy="true"]') !== null;
    case 'loaded':
      return root.querySelectorAll('[part~="card"]').length > 0;
    case 'empty':
      return text(root.querySelector('[part~="message"]')).includes('no groups listed');
    case 'error':
      return root.querySelector('button')?.textContent?.trim() === 'Try again';
    case 'not-configured':
      return (
        text(root.querySelector('[part~="message"]')) === "This section isn't available right now."
      );
  }
}

runProviderContract({
  tag: 'hearth-group-finder',
  widget: HearthGroupFinder,
  shows,
  loadedText: { en: 'View details', es: 'Ver detalles' },
});

async function loadedFinder(client = fakeClient()) {
  const element = await fixture<HearthGroupFinder>(
    html`<hearth-group-finder .client=${client}></hearth-group-finder>`,
  );
  await cardsSettled(element);
  return element;
}

function card(element: HTMLElement, name: string): HTMLElement {
  const found = cards(element).find((each) => text(each.querySelector('h3')) === name);
  if (!found) throw new Error(`no card named ${name}`);
  return found;
}

describe('<hearth-group-finder>', () => {
  const logs = watchConsole();
  afterEach(() => fixtureCleanup());

  describe('loaded', () => {
    it('shows one card per group, each with its name as a heading', async () => {
      const element = await loadedFinder();
      const names = cards(element).map((each) => text(each.querySelector('h3')));
      expect(names).to.deep.equal([
        'Calmer Tuesdays: anxiety skills',
        'After loss: a grief circle',
        'Parenting through big feelings',
        'Steady ground: trauma recovery',
      ]);
      expect(element.shadowRoot!.querySelector('ul[role="list"]')).not.to.equal(null);
    });

    it('announces the number of groups politely', async () => {
      const element = await loadedFinder();
      const status = element.shadowRoot!.querySelector('[role="status"]');
      expect(text(status)).to.equal('4 groups');
    });

    it('puts seats in words, never in colour alone', async () => {
      const element = await loadedFinder();
      const badges = cards(element).map((each) => text(each.querySelector('[part~="badge"]')));
      expect(badges).to.deep.equal(['3 spots left', 'Open', 'Waitlist open', 'Full']);
    });

    it("tells the schedule in words, in the practice's time zone and in the visitor's", async () => {
      // The browser runs in America/New_York (web-test-runner.config.mjs); the practice is in Los Angeles.
      const anxiety = text(card(await loadedFinder(), 'Calmer Tuesdays: anxiety skills'));
      expect(anxiety).to.match(/Tuesdays, 6:00\s*–\s*7:30\sPM PST/);
      expect(anxiety).to.match(/Your time: Tuesdays, 9:00\s*–\s*10:30\sPM EST/);
      expect(anxiety).to.include('Next session: Tuesday, March 3');
    });

    it('describes topics, format, enrollment, fee and screening in plain words', async () => {
      const element = await loadedFinder();
      const anxiety = text(card(element, 'Calmer Tuesdays: anxiety skills'));
      expect(anxiety).to.include('Anxiety');
      expect(anxiety).to.include('In person at Alder Street studio, Portland');
      expect(anxiety).to.include('8 weeks, starts March 3');
      expect(anxiety).to.include(
        '$40 per session · Sliding scale available · Insurance accepted: Aetna and Providence',
      );
      expect(anxiety).to.include(
        'Starts with a short screening call. A 15-minute phone call with a facilitator.',
      );
      expect(anxiety).to.include('Adults · Ages 18 and over');

      const grief = text(card(element, 'After loss: a grief circle'));
      expect(grief).to.include('Grief and loss');
      expect(grief).to.include('Online');
      expect(grief).to.include('Every other Thursday');
      expect(grief).to.include('Ongoing: join any time');
      expect(grief).to.include('Free');

      const parents = text(card(element, 'Parenting through big feelings'));
      expect(parents).to.include('In person at Community room, Portland, or online');
      expect(parents).to.include('$180 for the series');

      const trauma = text(card(element, 'Steady ground: trauma recovery'));
      expect(trauma).to.include('Trauma recovery');
      expect(trauma).to.include('Young adults');
      expect(trauma).to.include('Ages 18–25');
      expect(trauma).to.include('Fee by arrangement');
    });

    it('shows the cards in Spanish with Spanish dates and times', async () => {
      const element = await fixture<HearthGroupFinder>(
        html`<hearth-group-finder lang="es" .client=${fakeClient()}></hearth-group-finder>`,
      );
      await waitUntil(() => text(element.shadowRoot).includes('Ver detalles'), 'no Spanish');
      const anxiety = text(card(element, 'Calmer Tuesdays: anxiety skills'));
      expect(anxiety).to.match(/Los martes, 18:00\s*–\s*19:30/);
      expect(anxiety).to.include('Quedan 3 plazas');
      expect(anxiety).to.include('Próxima sesión: martes, 3 de marzo');
      expect(anxiety).to.include('8 semanas, empieza el 3 de marzo');
      expect(text(element.shadowRoot!.querySelector('[role="status"]'))).to.equal('4 grupos');
    });

    it('lays the cards out as a list on request, and warns about an unknown layout', async () => {
      const element = await loadedFinder();
      element.layout = 'list';
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('ul.cards')!.classList.contains('list')).to.equal(
        true,
      );
      element.setAttribute('layout', 'masonry');
      await element.updateComplete;
      expect(logs.take(/layout="masonry" is not grid or list/)).to.have.length(1);
      expect(element.shadowRoot!.querySelector('ul.cards')!.classList.contains('grid')).to.equal(
        true,
      );
    });

    it('warns about an unknown theme and keeps the light one', async () => {
      const element = await fixture<HearthGroupFinder>(
        html`<hearth-group-finder theme="purple" .client=${fakeClient()}></hearth-group-finder>`,
      );
      await waitUntil(() => shows(element, 'loaded'));
      expect(
        element.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!.dataset['theme'],
      ).to.equal('light');
      expect(logs.take(/theme="purple" is not one of light, dark, auto/)).to.have.length(1);
    });
  });

  describe('opening a group', () => {
    it('fires hearth-group-select with only the group id when "View details" is pressed', async () => {
      const element = await loadedFinder();
      const button = card(element, 'After loss: a grief circle').querySelector('button')!;
      expect(text(button)).to.equal('View details: After loss: a grief circle');
      setTimeout(() => button.click());
      const event = (await oneEvent(
        element,
        'hearth-group-select',
      )) as unknown as HearthGroupSelectEvent;
      expect(event).to.be.instanceOf(HearthGroupSelectEvent);
      expect(event.groupId).to.equal('grp-grief-online');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(Object.keys(event).filter((key) => key !== 'isTrusted')).to.deep.equal(['groupId']);
    });

    it('opens a group from the keyboard, and Escape brings focus back to its button', async () => {
      const element = await loadedFinder();
      const selected: string[] = [];
      element.addEventListener('hearth-group-select', (event) => selected.push(event.groupId));
      const buttons = cards(element).map((each) => each.querySelector('button')!);
      const dialog = element.shadowRoot!.querySelector('dialog')!;
      buttons[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog.open, 'the detail view did not open');
      const closed = oneEvent(dialog, 'close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(element.shadowRoot!.activeElement).to.equal(buttons[0]);
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(buttons[1]);
      await sendKeys({ press: 'Space' });
      await waitUntil(() => dialog.open, 'Space did not open the detail view');
      expect(selected).to.deep.equal(['grp-anxiety-tuesday', 'grp-grief-online']);
    });

    it('tells the enclosing provider which group was selected', async () => {
      const provider = await fixture<HearthProvider>(html`
        <hearth-provider .client=${fakeClient()}
          ><hearth-group-finder></hearth-group-finder
        ></hearth-provider>
      `);
      const element = provider.querySelector('hearth-group-finder')!;
      await waitUntil(() => shows(element, 'loaded'));
      cards(element)[2]!.querySelector('button')!.click();
      expect(provider.config.selectedGroup).to.equal('grp-parents-hybrid');
    });
  });

  describe('empty and error', () => {
    it('is kind when the practice lists no groups, and offers its contact', async () => {
      const element = await fixture<HearthGroupFinder>(
        html`<hearth-group-finder
          .client=${fakeClient({ scenario: 'empty' })}
        ></hearth-group-finder>`,
      );
      await waitUntil(() => shows(element, 'empty'));
      const message = element.shadowRoot!.querySelector('[part~="message"]')!;
      expect(text(message)).to.include('There are no groups listed right now.');
      expect(message.querySelector('a[href="tel:5035550142"]')).not.to.equal(null);
      expect(message.querySelector('a[href="mailto:hello@riverbend.example"]')).not.to.equal(null);
      expect(text(element.shadowRoot!.querySelector('[role="status"]'))).to.equal('No groups');
    });

    it('explains an error in plain words, and "Try again" fetches again', async () => {
      const client = fakeClient({ scenario: 'error' });
      const element = await fixture<HearthGroupFinder>(
        html`<hearth-group-finder .client=${client}></hearth-group-finder>`,
      );
      await waitUntil(() => shows(element, 'error'));
      const message = element.shadowRoot!.querySelector('[part~="message"]')!;
      expect(text(message)).to.include("We couldn't load the groups.");
      expect(text(message)).to.include('Please try again in a moment.');
      expect(message.querySelector('a[href="tel:5035550142"]')).not.to.equal(null);
      expect(text(element.shadowRoot!.querySelector('[role="status"]'))).to.equal(
        "We couldn't load the groups.",
      );

      const requestsBefore = client.api.requests.length;
      client.api.scenario = 'loaded';
      message.querySelector('button')!.click();
      await waitUntil(() => shows(element, 'loaded'), 'no cards after retrying');
      expect(client.api.requests.length).to.be.greaterThan(requestsBefore);
      // The first card comes in a task of its own, the others right after.
      await waitUntil(() => cards(element).length === 4, 'not every card after retrying');
    });

    it('passes the abort signal so a superseded request is cancelled', async () => {
      const slow = fakeClient({ scenario: 'loading' });
      const element = await fixture<HearthGroupFinder>(
        html`<hearth-group-finder .client=${slow}></hearth-group-finder>`,
      );
      expect(shows(element, 'loading')).to.equal(true);
      // Both requests are on their way (the list's a task after the first update).
      await waitUntil(() => slow.api.requests.length === 2, 'the requests never left');
      element.client = fakeClient();
      await waitUntil(() => shows(element, 'loaded'));
      expect(slow.api.signals).to.have.length(2);
      expect(slow.api.signals.every((signal) => signal?.aborted)).to.equal(true);
    });
  });
});

describe('<hearth-group-finder> configured late', () => {
  const logs = watchConsole();
  afterEach(() => fixtureCleanup());

  it('fetches as soon as it is given an api-base', async () => {
    const element = await fixture<HearthGroupFinder>(
      html`<hearth-group-finder></hearth-group-finder>`,
    );
    await waitUntil(() => shows(element, 'not-configured'));
    expect(logs.take(/has no api-base/)).to.have.length(1);
    element.client = fakeClient();
    await waitUntil(() => shows(element, 'loaded'), 'no cards once configured');
  });
});
