/* eslint-disable lit/binding-positions, lit/no-invalid-html -- the tag names are `unsafeStatic`
   values in @open-wc static templates, which the lit plugin cannot see through. */
import {
  expect,
  fixture,
  fixtureCleanup,
  fixtureSync,
  html,
  unsafeStatic,
  waitUntil,
} from '@open-wc/testing';
import { define } from '../../../src/define/define.js';
import { HearthProvider } from '../../../src/provider/provider.js';
import type { HearthElement } from '../../../src/internal/hearth-element.js';
import { watchConsole } from './console.js';
import { textOf } from './dom.js';
import { fakeClient, stubGlobalFetch, type Scenario } from './fake-api.js';

export type ContractState = Scenario | 'not-configured';

export interface ContractOptions {
  /** The widget's registered tag, e.g. `hearth-group-finder`. */
  tag: string;
  /** The widget's class, to test `define()` with. */
  widget: typeof HearthElement;
  /** Whether the widget currently shows `state`, judged from what a person would see. */
  shows(element: HTMLElement, state: ContractState): boolean;
  /** Text the widget shows once loaded, in English and in Spanish. */
  loadedText: { en: string; es: string };
}

/**
 * `shows` for a widget that marks its states in its shadow root: `.loading`, a
 * `[part~="message"]` with the class `empty`, `error` or `unconfigured`, and `loaded` when
 * `loadedSelector` matches.
 */
export function showsMarkedStates(loadedSelector: string): ContractOptions['shows'] {
  return (element, state) => {
    const shadow = element.shadowRoot;
    if (!shadow) return false;
    switch (state) {
      case 'loading':
        return shadow.querySelector('.loading') !== null;
      case 'loaded':
        return shadow.querySelector(loadedSelector) !== null;
      case 'empty':
        return shadow.querySelector('[part~="message"].empty') !== null;
      case 'error':
        return shadow.querySelector('[part~="message"].error') !== null;
      case 'not-configured':
        return shadow.querySelector('[part~="message"].unconfigured') !== null;
    }
  };
}

let uniqueId = 0;
const unique = (prefix: string) => `${prefix}-${++uniqueId}-${Date.now().toString(36)}`;

function themeOf(element: Element): string | undefined {
  return element.shadowRoot?.querySelector<HTMLElement>('[part~="base"]')?.dataset['theme'];
}

/**
 * The promises every Hearth widget keeps about configuration, registration and language.
 * Each widget's test file runs it: `runProviderContract({ tag, widget, shows, loadedText })`.
 */
export function runProviderContract(options: ContractOptions): void {
  const { tag, widget, shows, loadedText } = options;
  const tagName = unsafeStatic(tag);

  async function until(element: HTMLElement, state: ContractState) {
    await waitUntil(() => shows(element, state), `<${tag}> never showed the ${state} state`);
  }

  describe(`<${tag}> provider contract`, () => {
    const logs = watchConsole();

    afterEach(() => {
      fixtureCleanup();
      document.documentElement.lang = 'en';
    });

    describe('configuration', () => {
      it('works without a provider, from its own api-base', async () => {
        const api = stubGlobalFetch();
        try {
          const element = await fixture<HTMLElement>(
            html`<${tagName} api-base="https://own.example.test/hearth/"></${tagName}>`,
          );
          await until(element, 'loaded');
          expect(api.requests.length).to.be.greaterThan(0);
          for (const url of api.requests)
            expect(url).to.match(/^https:\/\/own\.example\.test\/hearth\/v1\//);
        } finally {
          api.restore();
        }
      });

      it("uses the provider's client, locale and theme", async () => {
        const client = fakeClient();
        const provider = await fixture<HearthProvider>(html`
          <hearth-provider .client=${client} locale="es" theme="dark">
            <${tagName}></${tagName}>
          </hearth-provider>
        `);
        const element = provider.querySelector<HTMLElement>(tag)!;
        await until(element, 'loaded');
        await waitUntil(() => textOf(element).includes(loadedText.es), 'no Spanish text');
        expect(themeOf(element)).to.equal('dark');
        expect(client.api.requests.length).to.be.greaterThan(0);
      });

      it("makes a client from the provider's api-base", async () => {
        const api = stubGlobalFetch();
        try {
          const provider = await fixture<HearthProvider>(html`
            <hearth-provider api-base="https://provider.example.test/">
              <${tagName}></${tagName}>
            </hearth-provider>
          `);
          await until(provider.querySelector<HTMLElement>(tag)!, 'loaded');
          expect(api.requests[0]).to.match(/^https:\/\/provider\.example\.test\/v1\//);
        } finally {
          api.restore();
        }
      });

      it("prefers its own attributes to the provider's", async () => {
        const api = stubGlobalFetch();
        try {
          const provider = await fixture<HearthProvider>(html`
            <hearth-provider api-base="https://provider.example.test/" theme="dark" locale="es">
              <${tagName} api-base="https://own.example.test/" theme="light" lang="en"></${tagName}>
            </hearth-provider>
          `);
          const element = provider.querySelector<HTMLElement>(tag)!;
          await until(element, 'loaded');
          const elsewhere = api.requests.filter(
            (url) => !url.startsWith('https://own.example.test/'),
          );
          expect(elsewhere).to.deep.equal([]);
          expect(themeOf(element)).to.equal('light');
          expect(textOf(element)).to.include(loadedText.en);
        } finally {
          api.restore();
        }
      });

      it('fetches again when its configuration changes', async () => {
        const first = fakeClient();
        const second = fakeClient();
        const provider = await fixture<HearthProvider>(html`
          <hearth-provider .client=${first}><${tagName}></${tagName}></hearth-provider>
        `);
        const element = provider.querySelector<HTMLElement>(tag)!;
        await until(element, 'loaded');
        provider.client = second;
        await waitUntil(() => second.api.requests.length > 0, 'no request through the new client');
        await until(element, 'loaded');
      });

      it('says politely that it is not configured, and warns exactly once why', async () => {
        const element = await fixture<HTMLElement>(html`<${tagName}></${tagName}>`);
        await until(element, 'not-configured');
        (element as HearthElement).requestUpdate();
        await (element as HearthElement).updateComplete;
        const warnings = logs.take(new RegExp(`\\[hearth\\] <${tag}> has no api-base`));
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('<hearth-provider api-base=');
      });
    });

    describe('a provider that upgrades late', () => {
      it('reaches the widget when defined in the same task as the markup', async () => {
        const providerTag = unique('late-provider');
        const client = fakeClient();
        const wrapper = fixtureSync<HTMLElement>(
          html`<${unsafeStatic(providerTag)}><${tagName}></${tagName}></${unsafeStatic(providerTag)}>`,
        );
        (wrapper as HearthProvider).client = client;
        customElements.define(providerTag, class extends HearthProvider {});
        const element = wrapper.querySelector<HTMLElement>(tag)!;
        await until(element, 'loaded');
      });

      it('reaches a widget that already gave up and said it is not configured', async () => {
        const providerTag = unique('late-provider');
        const wrapper = await fixture<HTMLElement>(
          html`<${unsafeStatic(providerTag)}><${tagName}></${tagName}></${unsafeStatic(providerTag)}>`,
        );
        const element = wrapper.querySelector<HTMLElement>(tag)!;
        await until(element, 'not-configured');
        expect(logs.take(/has no api-base/)).to.have.length(1);

        (wrapper as HearthProvider).client = fakeClient();
        customElements.define(providerTag, class extends HearthProvider {});
        await until(element, 'loaded');
      });
    });

    describe('registration', () => {
      it('tolerates being defined twice', () => {
        expect(() => define(tag, widget)).not.to.throw();
        expect(() => define(tag, widget)).not.to.throw();
        expect(customElements.get(tag)).to.equal(widget);
      });

      it('warns once, without throwing, when another Hearth version holds the tag', () => {
        const otherTag = unique(`${tag}-other`);
        customElements.define(
          otherTag,
          class extends widget {
            static override hearthVersion = '0.0.1';
          },
        );
        expect(() => define(otherTag, class extends widget {})).not.to.throw();
        expect(() => define(otherTag, class extends widget {})).not.to.throw();
        const warnings = logs.take(
          new RegExp(`<${otherTag}> is already defined by Hearth 0\\.0\\.1`),
        );
        expect(warnings).to.have.length(1);
      });
    });

    describe('locale', () => {
      it('speaks Spanish with lang="es" on the element', async () => {
        const element = await fixture<HTMLElement>(
          html`<${tagName} lang="es" .client=${fakeClient()}></${tagName}>`,
        );
        await until(element, 'loaded');
        await waitUntil(() => textOf(element).includes(loadedText.es), 'no Spanish text');
        expect(element.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal(
          'es',
        );
      });

      it('follows <html lang> as it changes', async () => {
        const element = await fixture<HTMLElement>(
          html`<${tagName} .client=${fakeClient()}></${tagName}>`,
        );
        await until(element, 'loaded');
        expect(textOf(element)).to.include(loadedText.en);
        document.documentElement.lang = 'es-MX';
        await waitUntil(() => textOf(element).includes(loadedText.es), 'no Spanish text');
        document.documentElement.lang = 'en';
        await waitUntil(() => textOf(element).includes(loadedText.en), 'no English text');
      });

      it("switches when the element's lang changes", async () => {
        const element = await fixture<HTMLElement>(
          html`<${tagName} .client=${fakeClient()}></${tagName}>`,
        );
        await until(element, 'loaded');
        element.lang = 'es';
        await waitUntil(() => textOf(element).includes(loadedText.es), 'no Spanish text');
      });

      it('falls back to English for a language Hearth has no words for', async () => {
        const element = await fixture<HTMLElement>(
          html`<${tagName} lang="tlh" .client=${fakeClient()}></${tagName}>`,
        );
        await until(element, 'loaded');
        expect(textOf(element)).to.include(loadedText.en);
      });
    });

    describe('accessibility in every state', () => {
      const scenarios: Scenario[] = ['loading', 'loaded', 'empty', 'error'];
      for (const scenario of scenarios) {
        it(`passes axe while ${scenario}`, async () => {
          const element = await fixture<HTMLElement>(
            html`<${tagName} .client=${fakeClient({ scenario })}></${tagName}>`,
          );
          await until(element, scenario);
          await expect(element).to.be.accessible();
        });
      }

      it('passes axe when not configured', async () => {
        const element = await fixture<HTMLElement>(html`<${tagName}></${tagName}>`);
        await until(element, 'not-configured');
        logs.take(/has no api-base/);
        await expect(element).to.be.accessible();
      });

      it('passes axe in the dark theme', async () => {
        const element = await fixture<HTMLElement>(
          html`<${tagName} theme="dark" .client=${fakeClient()}></${tagName}>`,
        );
        await until(element, 'loaded');
        expect(themeOf(element)).to.equal('dark');
        await expect(element).to.be.accessible();
      });
    });
  });
}
