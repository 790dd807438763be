import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/group-finder.js';
import type { HearthGroupFinder } from '../src/group-finder/group-finder.js';
import { fakeClient } from '../tests/browser/helpers/fake-api.js';
import type { Scenario } from '../tests/browser/helpers/fake-api.js';

interface Args {
  scenario: Scenario;
  layout: HearthGroupFinder['layout'];
  theme: 'light' | 'dark' | 'auto';
  lang: string;
}

/** Every story talks to an in-memory fake of the API: no server needed. */
const meta: Meta<Args> = {
  title: 'Widgets/Group finder',
  component: 'hearth-group-finder',
  args: { scenario: 'loaded', layout: 'grid', theme: 'light', lang: 'en' },
  argTypes: {
    scenario: { control: 'select', options: ['loaded', 'loading', 'empty', 'error'] },
    layout: { control: 'inline-radio', options: ['grid', 'list'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
  },
  render: ({ scenario, layout, theme, lang }) => html`
    <hearth-group-finder
      .client=${fakeClient({ scenario })}
      layout=${layout}
      theme=${theme}
      lang=${lang}
    ></hearth-group-finder>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Loaded: Story = {};

export const Loading: Story = { args: { scenario: 'loading' } };

export const Empty: Story = { args: { scenario: 'empty' } };

export const LoadError: Story = { name: 'Error', args: { scenario: 'error' } };

export const Spanish: Story = { args: { lang: 'es' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const List: Story = { args: { layout: 'list' } };

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
