import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/group-finder.js';
import '../src/define/provider.js';
import { fakeClient } from '../tests/browser/helpers/fake-api.js';

interface Args {
  locale: string;
  theme: 'light' | 'dark' | 'auto';
}

/**
 * `<hearth-provider>` shares one configuration with every widget inside it; a widget's own
 * attributes still win.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Provider',
  component: 'hearth-provider',
  args: { locale: 'en', theme: 'light' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'es', 'es-MX'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: ({ locale, theme }) => html`
    <hearth-provider .client=${fakeClient()} locale=${locale} theme=${theme}>
      <hearth-group-finder></hearth-group-finder>
    </hearth-provider>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const SharedConfiguration: Story = {};

export const Spanish: Story = { args: { locale: 'es' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const OwnAttributesWin: Story = {
  render: () => html`
    <hearth-provider .client=${fakeClient()} locale="es" theme="dark">
      <hearth-group-finder lang="en" theme="light" layout="list"></hearth-group-finder>
    </hearth-provider>
  `,
};
