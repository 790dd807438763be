import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { HearthAdmin } from '../../../src/admin/admin.js';
import type { PracticeSettings } from '../../../src/api/contract/staff.js';
import { watchConsole } from '../helpers/console.js';
import { $, $$, active, textOf, until } from '../helpers/dom.js';
import {
  admin,
  chooseView,
  cleanup,
  CSRF,
  json,
  problem,
  requests,
  session,
  type FakeOptions,
  pressThenFocus,
} from './admin.fake.js';

const practice = (): PracticeSettings => ({
  name: 'Riverbend Counseling',
  timeZone: 'America/Chicago',
  locale: 'en-US',
  topics: [
    { id: 'grief', label: 'Grief and loss' },
    { id: 'anxiety', label: 'Anxiety' },
  ],
  contact: { phone: '(503) 555-0142', email: 'groups@riverbend.example' },
  crisisResources: [
    { name: '988 Suicide & Crisis Lifeline', description: 'Call or text 988.', phone: '988' },
  ],
  privacyPolicyUrl: 'https://riverbend.example/privacy',
  storyMaxLength: 1000,
  texts: { signupNext: 'We will call you within two days.', custom: 'A practice’s own text.' },
});

type Answer = 'ok' | 'network' | 401 | 403 | 500 | Record<string, string>;

interface SettingsFake {
  load?: 'ok' | 'error-once' | 'pending';
  saves?: Answer[];
  role?: 'owner' | 'staff';
}

function settingsRoutes(fake: SettingsFake): FakeOptions['routes'] {
  let stored = practice();
  let loads = 0;
  const saves = [...(fake.saves ?? [])];
  return ({ method, path, body }) => {
    if (path === '/v1/admin/session' && fake.role === 'staff') {
      const staff = session();
      return json({ ...staff, staff: { ...staff.staff, role: 'staff' } });
    }
    if (path !== '/v1/admin/practice') return undefined;
    if (method === 'GET') {
      loads++;
      if (fake.load === 'pending') return new Promise<Response>(() => {});
      if (fake.load === 'error-once' && loads === 1) return problem(500);
      return json(stored);
    }
    const answer = saves.shift() ?? 'ok';
    if (answer === 'network') return Promise.reject(new TypeError('Failed to fetch'));
    if (typeof answer === 'number') return problem(answer);
    if (answer !== 'ok') {
      return new Response(
        JSON.stringify({ type: 'about:blank', title: 'Invalid', status: 400, fields: answer }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }
    stored = body as unknown as PracticeSettings;
    return json(stored);
  };
}

describe('<hearth-admin> practice settings', function (this: unknown) {
  // A whole settings form checked with axe takes longer than a widget's test.
  (this as { timeout(ms: number): void }).timeout(20000);
  watchConsole();
  afterEach(cleanup);

  async function openSettings(fake: SettingsFake, lang = 'en') {
    const element = await admin({ signedIn: true, queue: [], routes: settingsRoutes(fake) }, lang);
    const tab = await chooseView(
      element,
      lang === 'es' ? 'Ajustes de la consulta' : 'Practice settings',
      'settings-title',
    );
    expect(tab.getAttribute('aria-pressed')).to.equal('true');
    return element;
  }

  const field = <T extends HTMLElement = HTMLInputElement>(element: HearthAdmin, path: string) =>
    $<T>(element, `#settings-${path.replace(/\./g, '-')}`);

  async function fill(element: HearthAdmin, path: string, value: string) {
    const input = field<HTMLInputElement | HTMLTextAreaElement>(element, path);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
  }

  const puts = () => requests().filter((each) => each.method === 'PUT');
  const save = (element: HearthAdmin) => $(element, '.settings-form button[type="submit"]').click();

  it('shows every setting, filled in, to an owner', async () => {
    const element = await openSettings({});
    await until(element, '.settings-form');
    expect(field(element, 'name').value).to.equal('Riverbend Counseling');
    expect(field(element, 'contact.phone').value).to.equal('(503) 555-0142');
    expect(field(element, 'timeZone').value).to.equal('America/Chicago');
    expect(field(element, 'topics.1.label').value).to.equal('Anxiety');
    expect(textOf(element)).to.include('Used in links as “anxiety”.');
    expect(field(element, 'crisisResources.0.phone').value).to.equal('988');
    expect(field(element, 'texts.signupNext').value).to.equal('We will call you within two days.');
    expect(field(element, 'texts.custom').value).to.equal('A practice’s own text.');
    expect(textOf(element)).to.include('After a request for a spot');
    expect(field(element, 'storyMaxLength').value).to.equal('1000');
    expect($(element, '#settings-read-only')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows the loading and error states, and retries', async () => {
    const loading = await openSettings({ load: 'pending' });
    expect(textOf(loading)).to.include('Loading the practice settings…');
    await expect(loading).to.be.accessible();
    cleanup();

    const failed = await openSettings({ load: 'error-once' });
    await until(failed, 'section .error');
    expect(textOf(failed)).to.include("We couldn't load the practice settings.");
    await expect(failed).to.be.accessible();
    $(failed, 'section .error button').click();
    await until(failed, '.settings-form');
    await waitUntil(() => active(failed)?.id === 'settings-title');
  });

  it('saves changes by keyboard, with a new topic and crisis line, and says so', async () => {
    const element = await openSettings({});
    await until(element, '.settings-form');
    await fill(element, 'name', 'Riverbend Collective');
    await fill(element, 'contact.address', '412 SE Riverbend Lane\nPortland, OR');
    await fill(element, 'texts.storyReview', 'Every story is read before it appears.');
    await fill(element, 'texts.custom', '');
    await fill(element, 'storyMaxLength', '1500');

    $(element, '#settings-topic-add').focus();
    await pressThenFocus(element, 'Enter', 'settings-topics-2-label');
    await fill(element, 'topics.2.label', 'Burnout & Stress');
    expect(textOf(element)).to.include('Used in links as “burnout-stress”.');

    $(element, '#settings-resource-add').focus();
    await pressThenFocus(element, 'Enter', 'settings-crisisResources-1-name');
    await fill(element, 'crisisResources.1.name', 'Crisis Text Line');
    await fill(element, 'crisisResources.1.description', 'Text HOME to 741741.');
    await fill(element, 'crisisResources.1.sms', '741741');
    await expect(element).to.be.accessible();

    field(element, 'storyMaxLength').focus();
    await sendKeys({ press: 'Enter' });
    await until(element, '#settings-saved');
    const [put] = puts();
    expect(put!.csrf).to.equal(CSRF);
    expect(put!.body).to.deep.equal({
      name: 'Riverbend Collective',
      timeZone: 'America/Chicago',
      locale: 'en-US',
      topics: [
        { id: 'grief', label: 'Grief and loss' },
        { id: 'anxiety', label: 'Anxiety' },
        { id: 'burnout-stress', label: 'Burnout & Stress' },
      ],
      contact: {
        phone: '(503) 555-0142',
        email: 'groups@riverbend.example',
        address: '412 SE Riverbend Lane\nPortland, OR',
      },
      crisisResources: [
        { name: '988 Suicide & Crisis Lifeline', description: 'Call or text 988.', phone: '988' },
        { name: 'Crisis Text Line', description: 'Text HOME to 741741.', sms: '741741' },
      ],
      privacyPolicyUrl: 'https://riverbend.example/privacy',
      texts: {
        signupNext: 'We will call you within two days.',
        storyReview: 'Every story is read before it appears.',
      },
      storyMaxLength: 1500,
    });
    await waitUntil(() => active(element)?.id === 'settings-saved');
    expect($(element, '#settings-saved').textContent).to.equal(
      'Practice settings saved. Visitors see the changes now.',
    );
    // The saved topic now keeps its id.
    expect(textOf(element)).to.include('Used in links as “burnout-stress”.');
    await expect(element).to.be.accessible();
  });

  it('checks the settings with the API rules before sending', async () => {
    const element = await openSettings({});
    await until(element, '.settings-form');
    await fill(element, 'name', ' ');
    await fill(element, 'contact.email', 'not an address');
    await fill(element, 'timeZone', 'Nowhere/Town');
    await fill(element, 'privacyPolicyUrl', 'riverbend.example/privacy');
    await fill(element, 'storyMaxLength', '5');
    $(element, '#settings-topic-add').click();
    await element.updateComplete;
    await fill(element, 'topics.2.label', '!!!');
    $(element, '#settings-topic-add').click();
    await element.updateComplete;
    await fill(element, 'topics.3.label', 'Anxiety');
    await fill(element, 'crisisResources.0.description', '');
    save(element);
    await until(element, '#settings-problems');
    await waitUntil(() => active(element)?.id === 'settings-problems');
    const items = $$(element, '#settings-problems li').map((each) => each.textContent!.trim());
    expect(items).to.deep.equal([
      'Name of the practice: Please fill in this field.',
      'E-mail: Enter an e-mail address like name@example.org.',
      'Privacy policy (web address): Enter a full web address, starting with https://.',
      'Time zone: Enter a time zone like America/Chicago.',
      'Topic 3: Use some letters or numbers in the name.',
      'Topic 4: Another topic already has this name.',
      'What it offers: Please fill in this field.',
      'Longest story, in characters: Enter a whole number in the range above.',
    ]);
    expect(puts()).to.have.length(0);
    expect(field(element, 'contact.email').getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();
    $$<HTMLAnchorElement>(element, '#settings-problems a')[3]!.click();
    await waitUntil(() => active(element)?.id === 'settings-timeZone');
  });

  it('puts the server’s problems on the fields, e.g. a topic still in use', async () => {
    const element = await openSettings({
      saves: [{ topics: 'These topics are still used by groups or stories: grief.' }],
    });
    await until(element, '.settings-form');
    $$(element, '#settings-topics .row button')[0]!.click();
    await waitUntil(() => active(element)?.id === 'settings-topic-add');
    expect(textOf(element)).to.include('Topic “Grief and loss” removed. Save to keep the change.');
    save(element);
    await until(element, '#settings-problems');
    expect($(element, '#settings-topics-error').textContent).to.equal(
      'These topics are still used by groups or stories: grief.',
    );
    expect($(element, '#settings-topics').getAttribute('aria-describedby')).to.include(
      'settings-topics-error',
    );
    expect(field(element, 'topics.0.label').value).to.equal('Anxiety');
    await expect(element).to.be.accessible();
  });

  it('keeps what was typed after a failure, and saves on the next try', async () => {
    const element = await openSettings({ saves: ['network'] });
    await until(element, '.settings-form');
    await fill(element, 'texts.emergency', 'Call 911 in an emergency.');
    save(element);
    await until(element, '#settings-alert p');
    await waitUntil(() => active(element)?.id === 'settings-alert');
    expect(textOf(element)).to.include("We couldn't save the settings.");
    expect(field(element, 'texts.emergency').value).to.equal('Call 911 in an emergency.');
    await expect(element).to.be.accessible();
    save(element);
    await until(element, '#settings-saved');
    expect(puts()).to.have.length(2);
    expect((puts()[1]!.body!['texts'] as Record<string, string>)['emergency']).to.equal(
      'Call 911 in an emergency.',
    );
  });

  it('keeps what was typed across a visit to another section', async () => {
    const element = await openSettings({});
    await until(element, '.settings-form');
    await fill(element, 'name', 'Riverbend Collective');
    const nav = (label: string) =>
      $$(element, 'nav button').find((button) => button.textContent!.trim() === label)!;
    nav('Stories').click();
    await until(element, '#queue-title');
    nav('Practice settings').click();
    await until(element, '.settings-form');
    expect(field(element, 'name').value).to.equal('Riverbend Collective');
    expect(requests().filter((each) => each.path === '/v1/admin/practice')).to.have.length(2);
  });

  it('shows other staff the settings read-only, saying only an owner can change them', async () => {
    const element = await openSettings({ role: 'staff' });
    await until(element, '.settings-form');
    expect($(element, '#settings-read-only').textContent).to.include(
      'Only an owner of the practice can change these settings.',
    );
    expect(field(element, 'name').readOnly).to.equal(true);
    expect(field<HTMLTextAreaElement>(element, 'texts.signupNext').readOnly).to.equal(true);
    expect($(element, '.settings-form button[type="submit"]')).to.equal(null);
    expect($(element, '#settings-topic-add')).to.equal(null);
    expect($(element, '.settings-form').getAttribute('aria-describedby')).to.equal(
      'settings-read-only',
    );
    await expect(element).to.be.accessible();
  });

  it('says so when the server refuses a save to someone who is not an owner', async () => {
    const element = await openSettings({ saves: [403] });
    await until(element, '.settings-form');
    save(element);
    await until(element, '#settings-alert p');
    expect($(element, '#settings-alert').textContent).to.include(
      'Only an owner of the practice can change these settings.',
    );
  });

  it('goes back to sign-in when the session ended', async () => {
    const element = await openSettings({ saves: [401] });
    await until(element, '.settings-form');
    save(element);
    await until(element, '#email');
    expect(textOf(element)).to.include('Your session ended. Please sign in again.');
  });

  it('speaks Spanish', async () => {
    const element = await openSettings({}, 'es');
    await until(element, '.settings-form');
    expect(textOf(element)).to.include('Recursos de crisis');
    expect(textOf(element)).to.include('Después de pedir plaza');
    expect($(element, 'label[for="settings-contact-phone"]').textContent).to.equal(
      'Teléfono (opcional)',
    );
    await expect(element).to.be.accessible();
  });
});
