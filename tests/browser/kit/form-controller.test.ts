import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ApiError } from '../../../src/api/errors.js';
import { FocusController } from '../../../src/internal/focus-controller.js';
import { FormController } from '../../../src/internal/form-controller.js';
import { errorWords } from '../../../src/internal/state-messages.js';
import { watchConsole } from '../helpers/console.js';

type Values = { name: string; topics: readonly string[]; agree: boolean; website: string };
type Field = Exclude<keyof Values, 'website'>;
type Code = 'required' | 'consent';

/** A tiny form: a name, two topic boxes and a consent box, kept by the kit's form controller. */
class KitForm extends LitElement {
  readonly focusing = new FocusController(this);
  readonly form = new FormController<Values, Field, Code>(this, {
    fields: ['name', 'topics', 'agree'],
    empty: () => ({ name: '', topics: [], agree: false, website: '' }),
    validate: ({ name, topics, agree }) => {
      const fields: Partial<Record<Field, Code>> = {};
      if (!name.trim()) fields.name = 'required';
      if (!agree) fields.agree = 'consent';
      return Object.keys(fields).length
        ? { ok: false, fields }
        : { ok: true, value: { name, topics } };
    },
    codes: ['required', 'consent'],
    id: (field) => `f-${field}`,
    words: (field, code) => `${field}: ${code}`,
    focus: (selector) => this.focusing.focus(selector),
    alert: '#alert',
  });

  protected override render() {
    const { form } = this;
    return html`<form
      novalidate
      @input=${form.handleInput}
      @change=${form.handleInput}
      @focusout=${form.handleBlur}
    >
      ${form.renderSummary((count) => `Check ${count}`)}
      <label for="f-name">Name</label>
      <input
        id="f-name"
        name="name"
        .value=${form.values.name}
        aria-invalid=${form.invalid('name')}
      />
      ${form.renderError('name')}
      <input type="checkbox" name="topics" value="a" aria-label="A" />
      <input type="checkbox" name="topics" value="b" aria-label="B" />
      <input id="f-agree" type="checkbox" name="agree" aria-label="Agree" />
      ${form.renderError('agree')}
      <input name="website" aria-label="Leave empty" .value=${form.values.website} />
      ${form.failure ? html`<p id="alert" tabindex="-1">${errorWords(form.failure)}</p>` : ''}
    </form>`;
  }
}
customElements.define('kit-form', KitForm);

const $ = <T extends HTMLElement>(element: KitForm, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector)!;
function type(element: KitForm, name: string, value: string) {
  const input = $<HTMLInputElement>(element, `[name="${name}"]`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('the kit: form controller', () => {
  watchConsole();
  afterEach(() => fixtureCleanup());

  it('keeps values, lists boxes of one name as a list, and shows errors once sent', async () => {
    const element = await fixture<KitForm>(html`<kit-form></kit-form>`);
    type(element, 'name', 'Ana');
    $<HTMLInputElement>(element, '[value="b"]').click();
    $<HTMLInputElement>(element, '[value="a"]').click();
    $<HTMLInputElement>(element, '[value="b"]').click();
    expect(element.form.values.topics).to.deep.equal(['a']);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="summary"]')).to.equal(null);

    type(element, 'name', '  ');
    let sent = 0;
    await element.form.submit(
      () => Promise.resolve(sent++),
      () => undefined,
      () => true,
    );
    expect(sent).to.equal(0);
    const summary = $(element, '[part~="summary"]');
    await waitUntil(() => element.shadowRoot!.activeElement === summary, 'summary not focused');
    expect(summary.textContent).to.include('Check 2');
    expect($(element, '#f-name').getAttribute('aria-invalid')).to.equal('true');
    expect($(element, '#f-name-error').textContent).to.include('name: required');

    // A summary link moves focus to its field, never the page's URL.
    const before = location.href;
    $<HTMLAnchorElement>(element, '[data-field="agree"]').click();
    expect(element.shadowRoot!.activeElement).to.equal($(element, '#f-agree'));
    expect(location.href).to.equal(before);
  });

  it('puts the server fields on the right field, and retries a failure with the same key', async () => {
    const element = await fixture<KitForm>(html`<kit-form></kit-form>`);
    type(element, 'name', 'Ana');
    $<HTMLInputElement>(element, '#f-agree').click();
    const keys: string[] = [];
    const bodies: object[] = [];
    const answers = [
      new ApiError('validation', 'invalid', {
        status: 400,
        fields: { name: 'Too odd', website: 'x' },
        problem: { type: 'about:blank', title: 'Invalid', status: 400, codes: { name: 'weird' } },
      }),
      new ApiError('network', 'offline'),
    ];
    const send = (body: object, key: string) => {
      keys.push(key);
      bodies.push(body);
      const answer = answers.shift();
      return answer ? Promise.reject(answer) : Promise.resolve('ok');
    };
    let received: string | undefined;
    const submit = () =>
      element.form.submit(
        send,
        (answer) => (received = answer),
        () => true,
      );

    await submit();
    await element.updateComplete;
    expect($(element, '#f-name-error').textContent).to.include('Too odd');
    expect(element.shadowRoot!.querySelector('#f-website-error')).to.equal(null);

    type(element, 'name', 'Ana B');
    await submit();
    await waitUntil(() => element.shadowRoot!.activeElement === $(element, '#alert'), 'no alert');
    expect($(element, '#alert').textContent).to.equal('errorNetwork');
    expect(element.form.values.name).to.equal('Ana B');

    await submit();
    expect(received).to.equal('ok');
    expect(keys[2]).to.equal(keys[1]);
    expect(keys[1]).not.to.equal(keys[0]);
    expect(bodies[2]).to.deep.equal({ name: 'Ana B', topics: [] });
  });

  it('sends nothing when the confirming event is cancelled', async () => {
    const element = await fixture<KitForm>(html`<kit-form></kit-form>`);
    type(element, 'name', 'Ana');
    $<HTMLInputElement>(element, '#f-agree').click();
    let sent = 0;
    await element.form.submit(
      () => Promise.resolve(sent++),
      () => undefined,
      () => false,
    );
    expect(sent).to.equal(0);
    expect(element.form.sending).to.equal(false);
  });
});
