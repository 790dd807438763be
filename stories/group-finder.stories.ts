import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/group-finder.js';
import type { HearthGroupFinder } from '../src/group-finder/group-finder.js';
import { groups } from '../tests/browser/fixtures/demo-data.js';
import { generateGroups } from '../tests/browser/fixtures/generate.js';
import { fakeClient } from '../tests/browser/helpers/fake-api.js';
import type { FakeApiOptions, Scenario } from '../tests/browser/helpers/fake-api.js';

interface Args {
  scenario: Scenario;
  layout: HearthGroupFinder['layout'];
  theme: 'light' | 'dark' | 'auto';
  lang: string;
  topics: string;
  format: string;
  withoutFilters: boolean;
}

const finder = (args: Args, api: FakeApiOptions = {}) => html`
  <hearth-group-finder
    .client=${fakeClient({ scenario: args.scenario, ...api })}
    layout=${args.layout}
    theme=${args.theme}
    lang=${args.lang}
    topics=${args.topics}
    format=${args.format}
    ?without-filters=${args.withoutFilters}
  ></hearth-group-finder>
`;

/** Every story talks to an in-memory fake of the API: no server needed. */
const meta: Meta<Args> = {
  title: 'Widgets/Group finder',
  component: 'hearth-group-finder',
  args: {
    scenario: 'loaded',
    layout: 'grid',
    theme: 'light',
    lang: 'en',
    topics: '',
    format: '',
    withoutFilters: false,
  },
  argTypes: {
    scenario: { control: 'select', options: ['loaded', 'loading', 'empty', 'error'] },
    layout: { control: 'inline-radio', options: ['grid', 'list'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    topics: { control: 'text' },
    format: { control: 'text' },
    withoutFilters: { control: 'boolean' },
  },
  render: (args) => finder(args),
};
export default meta;

type Story = StoryObj<Args>;

export const Loaded: Story = {};

export const Loading: Story = { args: { scenario: 'loading' } };

/** The practice lists no groups: the finder still offers its phone and e-mail. */
export const Empty: Story = { args: { scenario: 'empty' } };

/** Presets that nothing matches: the finder offers to clear the filters. */
export const NoResults: Story = { args: { topics: 'trauma', format: 'online' } };

export const LoadError: Story = { name: 'Error', args: { scenario: 'error' } };

/** A full group with a waitlist: its detail view offers "Join the waitlist". */
export const Waitlist: Story = {
  render: (args) => finder(args, { groups: groups.filter((group) => group.status === 'waitlist') }),
};

/** A full group without a waitlist: its detail view explains and offers the practice instead. */
export const Full: Story = {
  render: (args) => finder(args, { groups: groups.filter((group) => group.status === 'closed') }),
};

/** A thousand groups: the first screen renders at once, the rest behind "Show more". */
export const ThousandGroups: Story = {
  name: '1,000 groups',
  render: (args) => finder(args, { groups: generateGroups(1000) }),
};

export const Spanish: Story = { args: { lang: 'es' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const List: Story = { args: { layout: 'list' } };

export const WithoutFilters: Story = { args: { withoutFilters: true, topics: 'anxiety grief' } };

/** At 320 px the filters fold behind a "Filter groups" button. */
export const Narrow: Story = {
  render: (args) => html`<div style="max-width: 320px">${finder(args)}</div>`,
};

export const NotConfigured: Story = {
  render: () => html`<hearth-group-finder></hearth-group-finder>`,
};

export const CustomTheme: Story = {
  render: () => html`
    <hearth-group-finder
      .client=${fakeClient()}
      style="--hearth-color-accent: #7a3e9d; --hearth-radius: 2px; --hearth-font-family: Georgia, serif"
    ></hearth-group-finder>
  `,
};
