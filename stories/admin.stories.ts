import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/admin.js';
import type { StaffStory } from '../src/api/contract/staff.js';

interface Args {
  scenario: 'signed-out' | 'queue' | 'empty' | 'first-login';
  lang: string;
}

const pending = (id: string, crisis: StaffStory['flags']['crisis'], text: string): StaffStory => ({
  id,
  status: 'pending',
  body: text,
  masked: { masked: text, language: 'en', segments: [{ text }], ranges: [] },
  topics: ['anxiety'],
  contentWarning: null,
  month: '2026-11',
  resonance: 0,
  flags: { crisis, personalDetails: [], links: 0, repeat: false, spam: [] },
  reports: { count: 0, reasons: {}, notes: [] },
  statusReason: null,
  editedAt: null,
  createdAt: '2026-11-20T10:00:00.000Z',
  approvedAt: null,
});

const queue = [
  pending('s-1', 'high', 'Some nights I am not sure I can keep going.'),
  pending('s-2', 'none', 'The group helped me sleep again. Thank you all.'),
];

/** The staff API for one story: the console is served from the server, so it stubs `fetch`. */
function stubApi({ scenario }: Args): void {
  const answer = (body: unknown, status = 200) =>
    new Response(body === null ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  const session = {
    staff: {
      id: 'staff-1',
      email: 'ana@practice.test',
      role: 'owner',
      mustChangePassword: scenario === 'first-login',
      totpEnabled: false,
    },
    via: 'session',
    csrfToken: 'story-token',
    expiresAt: null,
    idleExpiresAt: null,
  };
  window.fetch = async (input) => {
    const path = new URL(String(input)).pathname;
    if (path.endsWith('/session')) {
      return scenario === 'signed-out' ? answer({ status: 401 }, 401) : answer(session);
    }
    if (path.endsWith('/stories/queue'))
      return answer({ items: scenario === 'empty' ? [] : queue });
    if (path.endsWith('/logout')) return answer(null, 204);
    return answer(session);
  };
}

const meta: Meta<Args> = {
  title: 'Staff/Admin console',
  component: 'hearth-admin',
  args: { scenario: 'queue', lang: 'en' },
  argTypes: {
    scenario: { control: 'select', options: ['signed-out', 'queue', 'empty', 'first-login'] },
    lang: { control: 'select', options: ['en', 'es'] },
  },
  render: (args) => {
    stubApi(args);
    return html`<hearth-admin api-base="/" lang=${args.lang}></hearth-admin>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Queue: Story = {};
export const SignIn: Story = { args: { scenario: 'signed-out' } };
export const FirstLogin: Story = { args: { scenario: 'first-login' } };
export const NothingToReview: Story = { args: { scenario: 'empty' } };
export const Spanish: Story = { args: { lang: 'es' } };
