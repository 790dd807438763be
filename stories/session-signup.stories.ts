import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/session-signup.js';
import type { HearthSessionSignup } from '../src/session-signup/session-signup.js';
import type { Scenario } from '../tests/browser/helpers/fake-api.js';
import {
  signupFake,
  type SignupAnswer,
} from '../tests/browser/session-signup/session-signup.fake.js';

interface Args {
  scenario: Scenario;
  groupId: string;
  answer: SignupAnswer;
  theme: 'light' | 'dark' | 'auto';
  lang: string;
}

const signup = (args: Args) => html`
  <hearth-session-signup
    .client=${signupFake({ scenario: args.scenario, answers: [args.answer] }).client}
    group-id=${args.groupId}
    theme=${args.theme}
    lang=${args.lang}
  ></hearth-session-signup>
`;

/** Waits for the element's shadow root to show `selector` (the fake API answers in a moment). */
async function shown(canvas: HTMLElement, selector: string): Promise<HTMLElement> {
  const element = canvas.querySelector<HearthSessionSignup>('hearth-session-signup')!;
  for (;;) {
    const found = element.shadowRoot?.querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Fills the form as a visitor would and sends it. */
async function fillAndSend({ canvasElement }: { canvasElement: HTMLElement }) {
  const form = await shown(canvasElement, 'form');
  const type = (name: string, value: string) => {
    const input = form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  type('name', 'Sam');
  type('email', 'sam@example.net');
  for (const box of ['ageConfirmed', 'consent.contact', 'consent.privacy']) {
    form.querySelector<HTMLInputElement>(`[name="${box}"]`)?.click();
  }
  form.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
}

const send = (answer: SignupAnswer, doc: string): Story => ({
  args: { answer },
  play: fillAndSend,
  parameters: { docs: { description: { story: doc } } },
});

/** Every story talks to an in-memory fake of the API: no server needed. */
const meta: Meta<Args> = {
  title: 'Widgets/Session sign-up',
  component: 'hearth-session-signup',
  args: {
    scenario: 'loaded',
    groupId: 'grp-grief-online',
    answer: 'requested',
    theme: 'light',
    lang: 'en',
  },
  argTypes: {
    scenario: { control: 'select', options: ['loaded', 'loading', 'empty', 'error'] },
    groupId: {
      control: 'select',
      options: ['', 'grp-anxiety-tuesday', 'grp-grief-online', 'grp-parents-hybrid'],
    },
    answer: {
      control: 'select',
      options: [
        'requested',
        'waitlisted',
        'offline',
        'closed',
        'busy',
        'server',
        'invalid',
        'hang',
      ],
    },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
  },
  render: (args) => signup(args),
};
export default meta;

type Story = StoryObj<Args>;

export const Form: Story = {};

/** A group with an age range and a screening call: the form asks to confirm the ages. */
export const WithAgeRange: Story = { args: { groupId: 'grp-anxiety-tuesday' } };

/** A full group: the form joins its waitlist. */
export const FullGroup: Story = { args: { groupId: 'grp-parents-hybrid' } };

/** No group given: the visitor picks one of the open groups, or "Not sure". */
export const Picker: Story = { args: { groupId: '' } };

export const NotSure: Story = {
  args: { groupId: '' },
  play: async ({ canvasElement }) =>
    (await shown(canvasElement, '[name="group"][value=""]')).click(),
};

/** "Send request" on an empty form: the summary links to each answer to check. */
export const Errors: Story = {
  play: async ({ canvasElement }) => (await shown(canvasElement, '[part~="submit"]')).click(),
};

export const Submitting: Story = send('hang', 'The request never answers: the button stays busy.');
export const Requested: Story = send('requested', 'The practice received the request.');
export const Waitlisted: Story = send('waitlisted', 'The group filled: a waitlist position.');
export const Offline: Story = send('offline', 'No connection: everything typed is kept.');
export const GroupClosed: Story = send('closed', 'The practice closed the group (409).');
export const TooManyRequests: Story = send('busy', 'Rate limited (429, Retry-After: 120).');
export const ServerError: Story = send('server', 'The server failed (500).');
export const ServerFieldErrors: Story = send('invalid', "The server's field errors (400).");

export const Loading: Story = { args: { scenario: 'loading' } };

export const LoadError: Story = { name: 'Error', args: { scenario: 'error' } };

/** No open groups: the practice's contact instead. */
export const NoOpenGroups: Story = { args: { scenario: 'empty', groupId: '' } };

export const Spanish: Story = { args: { lang: 'es' } };

export const SpanishErrors: Story = { ...Errors, args: { lang: 'es' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const DarkWaitlisted: Story = {
  ...send('waitlisted', 'The waitlist outcome in the dark theme.'),
  args: { theme: 'dark', answer: 'waitlisted' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** At 320 px: one column, every target at least 44 px high. */
export const Narrow: Story = {
  render: (args) => html`<div style="max-width: 320px">${signup(args)}</div>`,
};

export const NotConfigured: Story = {
  render: () => html`<hearth-session-signup group-id="grp-grief-online"></hearth-session-signup>`,
};
