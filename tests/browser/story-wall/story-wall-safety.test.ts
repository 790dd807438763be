import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/story-wall.js';
import type { Practice, Story } from '../../../src/api/index.js';
import type { HearthStoryWall } from '../../../src/story-wall/story-wall.js';
import { practice } from '../fixtures/demo-data.js';
import { watchConsole } from '../helpers/console.js';
import { $, $$, until } from '../helpers/dom.js';
import { storyFake } from './story-wall.fake.js';

type Flagged = typeof globalThis & { hearthPwned?: boolean };

/** Would-be markup and templates: each, if ever interpreted, sets `window.hearthPwned`. */
const HOSTILE = [
  '<script>window.hearthPwned = true</script>',
  '<img src=x onerror="window.hearthPwned = true">',
  '<a href="javascript:window.hearthPwned = true">click me</a>',
  '<svg onload="window.hearthPwned = true"><circle r="4"/></svg>',
  '<style>:host { display: none }</style><b style="color:red">bold</b>',
  '<iframe srcdoc="<script>parent.hearthPwned = true</script>"></iframe>',
  '${window.hearthPwned = true} and {{constructor.constructor("window.hearthPwned = true")()}}',
  '"><img src=x onerror=window.hearthPwned=true>\u202eevil\u0000 &lt;b&gt; &amp; 😀',
  '<!-- a comment --> <? xml ?> ]]> <![CDATA[ x ]]>',
];

const hostileStories: Story[] = HOSTILE.map((body, index) => ({
  id: `evil-${index}`,
  body,
  topics: ['anxiety'],
  contentWarning: index % 2 ? body : null,
  month: '2026-01',
  resonance: index,
}));

describe('<hearth-story-wall> safety and privacy', () => {
  watchConsole();

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    delete (globalThis as Flagged).hearthPwned;
  });
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
  });

  it('renders hostile stories literally, executing nothing', async () => {
    const element = await fixture<HearthStoryWall>(
      html`<hearth-story-wall
        .client=${storyFake({ stories: hostileStories }).client}
      ></hearth-story-wall>`,
    );
    await until(element, '[part~="card"]');
    // Open every content note, so every text is in the page.
    for (const button of $$<HTMLButtonElement>(element, '[part~="content-note"] button')) {
      button.click();
    }
    await element.updateComplete;
    const cards = $$(element, '[part~="card"]');
    expect(cards).to.have.length(HOSTILE.length);
    cards.forEach((card, index) => {
      const body = card.querySelector('[part~="body"]')!;
      expect(body.textContent).to.equal(HOSTILE[index]);
      expect(body.children).to.have.length(0);
      if (index % 2) expect(card.textContent).to.include(`Content note: ${HOSTILE[index]}`);
    });
    expect($$(element, 'script, img, svg, iframe, style, b')).to.have.length(0);
    expect($$(element, 'a[href^="javascript"]')).to.have.length(0);
    // Give any handler that might have been attached a chance to run.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect((globalThis as Flagged).hearthPwned).to.equal(undefined);
    await expect(element).to.be.accessible();
  });

  it('never links a crisis resource with anything but http(s), tel: or sms:', async () => {
    const hostilePractice: Practice = {
      ...practice,
      topics: [{ id: 'anxiety', label: '<img src=x onerror="window.hearthPwned = true">' }],
      crisisResources: [
        {
          name: '<b>Line</b>',
          description: 'javascript:alert(1)',
          url: 'javascript:window.hearthPwned = true',
          phone: '988"><script>',
        },
      ],
    };
    const element = await fixture<HearthStoryWall>(
      html`<hearth-story-wall
        .client=${storyFake({ practice: hostilePractice }).client}
      ></hearth-story-wall>`,
    );
    await until(element, '[part~="card"]');
    const footer = $(element, 'footer');
    expect(footer.textContent).to.include('<b>Line</b>');
    expect(
      [...footer.querySelectorAll('a')].map((link) => link.getAttribute('href')),
    ).to.deep.equal(['tel:988']);
    expect($(element, '[part~="filters"]').textContent).to.include('<img src=x');
    expect($$(element, 'img, b, script')).to.have.length(0);
    expect((globalThis as Flagged).hearthPwned).to.equal(undefined);
  });

  it('keeps what a visitor types out of the URL, storage, the console and events', async () => {
    const fake = storyFake();
    const href = location.href;
    const events: Event[] = [];
    const record = (event: Event) => events.push(event);
    document.addEventListener('hearth-story-submit', record);
    document.addEventListener('hearth-story-shared', record);
    try {
      const element = await fixture<HearthStoryWall>(
        html`<hearth-story-wall .client=${fake.client}></hearth-story-wall>`,
      );
      await until(element, '[part~="share"]');
      $<HTMLButtonElement>(element, '[part~="share"]').click();
      await until(element, '#story-body');
      const secret =
        'My name is Secret Person, mail secret@example.com <img src=x onerror=alert(1)>';
      $(element, '#story-body').focus();
      await sendKeys({ type: secret });
      $(element, '#story-note').focus();
      await sendKeys({ type: 'secret note' });
      $<HTMLInputElement>(element, '#story-consent').click();
      $$<HTMLButtonElement>(element, '[part~="resonance"]')[0]!.click();
      await element.updateComplete;
      $<HTMLButtonElement>(element, '[part~="share-form"] [type="submit"]').click();
      await until(element, '[part~="outcome"]');

      expect(location.href).to.equal(href);
      expect(fake.api.requests.join(' ')).not.to.match(/secret/i);
      expect(Object.keys(sessionStorage)).to.deep.equal([]);
      expect(Object.keys(localStorage)).to.deep.equal(['hearth:story-wall']);
      const saved = localStorage.getItem('hearth:story-wall')!;
      expect(saved).not.to.match(/secret/i);
      const record = JSON.parse(saved) as { token: string; resonated: string[] };
      expect(record.token).to.match(/^[A-Za-z0-9_-]{32}$/);
      expect(record.resonated).to.deep.equal(['st-1']);

      expect(events.map((event) => event.type)).to.deep.equal([
        'hearth-story-submit',
        'hearth-story-shared',
      ]);
      for (const event of events) {
        expect(JSON.stringify({ ...event })).not.to.match(/secret/i);
        expect(Object.keys(event).filter((key) => key !== 'isTrusted')).to.deep.equal(
          event.type === 'hearth-story-shared' ? ['crisis'] : [],
        );
      }
      // The story went to the server, and only there.
      expect(fake.calls.find((call) => call.path === '/v1/stories')!.body['body']).to.equal(secret);
    } finally {
      document.removeEventListener('hearth-story-submit', record);
      document.removeEventListener('hearth-story-shared', record);
    }
  });

  it('still counts "me too" when storage is blocked, with a token kept in memory', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Blocked', 'SecurityError');
      },
    });
    try {
      // Stories no earlier test pressed: the in-memory record lives as long as the page.
      const fake = storyFake({ stories: hostileStories.slice(0, 2) });
      const element = await fixture<HearthStoryWall>(
        html`<hearth-story-wall .client=${fake.client}></hearth-story-wall>`,
      );
      await until(element, '[part~="resonance"]');
      const [first, second] = $$<HTMLButtonElement>(element, '[part~="resonance"]');
      for (const button of [first!, second!]) {
        button.click();
        await element.updateComplete;
        await waitUntil(() => button.getAttribute('aria-busy') === 'false', 'no answer');
      }
      expect($(element, '.base > [role="status"]').textContent).to.equal('');
      const after = [first!, second!].map((button) => button.getAttribute('aria-pressed'));
      expect(after).to.deep.equal(['true', 'true']);
      expect(fake.calls).to.have.length(2);
      expect(fake.calls[0]!.body['token']).to.match(/^[A-Za-z0-9_-]{16,128}$/);
      expect(fake.calls[1]!.body['token']).to.equal(fake.calls[0]!.body['token']);
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });
});
