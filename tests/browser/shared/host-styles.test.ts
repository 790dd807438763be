import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../src/define/group-finder.js';
import '../../../src/define/session-signup.js';
import '../../../src/define/story-wall.js';
import { fakeClient } from '../helpers/fake-api.js';
import { watchConsole } from '../helpers/console.js';
import { until } from '../helpers/dom.js';

/*
 * The boundary between a page's theme and the widgets (tests/e2e/host-styles.test.ts has the
 * real stylesheets): a 62.5 % root, text styles on the body, `!important` rules on every element.
 */
const THEME = `
  html { font-size: 62.5%; }
  body {
    font-size: 1.6rem; white-space: nowrap; letter-spacing: 0.1em; word-spacing: 4px;
    text-transform: uppercase; line-height: 1; text-align: center; text-indent: 2em;
    font-style: italic; font-weight: 300; font-variant: small-caps; hyphens: auto;
    word-break: break-all; cursor: crosshair; list-style: square inside;
    text-shadow: 0 0 2px red; font-family: Georgia, serif;
  }
  * { box-sizing: content-box !important; letter-spacing: 3px !important; }
  [hidden] { display: block !important; }
`;

const TAGS = ['hearth-group-finder', 'hearth-session-signup', 'hearth-story-wall'] as const;

/** The three widgets on a 320 px wide column of the themed page, loaded. */
async function themedPage(column = ''): Promise<HTMLElement> {
  const client = fakeClient();
  const page = await fixture<HTMLElement>(html`
    <div style="width: 320px; ${column}">
      <style>
        ${THEME}
      </style>
      <hearth-group-finder .client=${client}></hearth-group-finder>
      <hearth-session-signup .client=${client}></hearth-session-signup>
      <hearth-story-wall .client=${client}></hearth-story-wall>
      <hearth-story-wall .client=${client} hidden></hearth-story-wall>
    </div>
  `);
  const [finder, signup, wall] = TAGS.map((tag) => page.querySelector(tag)!);
  await until(finder!, '[part~="card"]');
  await until(signup!, '[part~="picker"]');
  await until(wall!, '[part~="card"]');
  return page;
}

/** Each widget's words: the computed style of every element holding text. */
function texts(widget: Element): CSSStyleDeclaration[] {
  const elements = [...widget.shadowRoot!.querySelectorAll('*')];
  return elements
    .filter((element) =>
      [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim()),
    )
    .map((element) => getComputedStyle(element));
}

describe('widgets under a hostile theme', () => {
  watchConsole();
  afterEach(() => fixtureCleanup());

  it('size their words from the text around them, not from the root', async () => {
    const page = await themedPage();
    for (const tag of TAGS) {
      const widget = page.querySelector(tag)!;
      const base = getComputedStyle(widget.shadowRoot!.querySelector('.base')!);
      expect(base.fontSize, tag).to.equal('16px');
      const sizes = texts(widget).map((style) => parseFloat(style.fontSize));
      expect(Math.min(...sizes), `${tag}: its smallest words`).to.be.at.least(14);
    }
  });

  it('never go under 14 px, and follow --hearth-font-size', async () => {
    const small = await themedPage('font-size: 9px');
    for (const tag of TAGS) {
      const base = small.querySelector(tag)!.shadowRoot!.querySelector('.base')!;
      expect(getComputedStyle(base).fontSize, tag).to.equal('14px');
    }
    fixtureCleanup();
    const chosen = await themedPage('--hearth-font-size: 20px');
    for (const tag of TAGS) {
      const base = chosen.querySelector(tag)!.shadowRoot!.querySelector('.base')!;
      expect(getComputedStyle(base).fontSize, tag).to.equal('20px');
    }
  });

  it('keep their own lettering: nothing the body sets reaches their words', async () => {
    const page = await themedPage();
    for (const tag of TAGS) {
      for (const style of texts(page.querySelector(tag)!)) {
        expect(style.letterSpacing, tag).to.equal('normal');
        expect(style.wordSpacing, tag).to.equal('0px');
        expect(style.textTransform, tag).to.equal('none');
        expect(style.textIndent, tag).to.equal('0px');
        expect(style.fontStyle, tag).to.be.oneOf(['normal', 'italic']); // content notes are italic
        expect(style.fontVariantCaps, tag).to.equal('normal');
        expect(style.hyphens, tag).to.equal('manual');
        expect(style.wordBreak, tag).to.equal('normal');
        expect(style.textShadow, tag).to.equal('none');
        expect(style.cursor, tag).to.not.equal('crosshair');
        expect(style.whiteSpaceCollapse, tag).to.be.oneOf(['collapse', 'preserve-breaks']);
        expect(style.listStylePosition, tag).to.equal('outside');
        expect(style.fontFamily, `${tag}: the site's font`).to.equal('Georgia, serif');
      }
    }
  });

  it("keep their boxes: the page's !important rules lose to the widget's own", async () => {
    const page = await themedPage();
    for (const tag of TAGS) {
      const widget = page.querySelector<HTMLElement>(tag)!;
      expect(getComputedStyle(widget).boxSizing, tag).to.equal('border-box');
      expect(widget.getBoundingClientRect().width, tag).to.be.at.most(320);
      for (const element of widget.shadowRoot!.querySelectorAll('input, textarea, button')) {
        expect(getComputedStyle(element).boxSizing, tag).to.equal('border-box');
        expect(element.getBoundingClientRect().right, tag).to.be.at.most(
          widget.getBoundingClientRect().right + 0.5,
        );
      }
    }
    const hidden = page.querySelector('hearth-story-wall[hidden]')!;
    expect(getComputedStyle(hidden).display).to.equal('none');
  });

  it('hide with the page: an ancestor hidden with visibility hides them', async () => {
    const page = await themedPage('visibility: hidden');
    for (const tag of TAGS) {
      const base = page.querySelector(tag)!.shadowRoot!.querySelector('.base')!;
      expect(getComputedStyle(base).visibility, tag).to.equal('hidden');
    }
  });
});
