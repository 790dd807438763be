import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/story-wall.js';
import type { Story as WallStory } from '../src/api/index.js';
import { shareLoader } from '../src/story-wall/share-loader.js';
import type { HearthStoryWall } from '../src/story-wall/story-wall.js';
import { stories as demoStories } from '../tests/browser/fixtures/stories.js';
import type { Scenario } from '../tests/browser/helpers/fake-api.js';
import { storyFake, type StoryAnswer } from '../tests/browser/story-wall/story-wall.fake.js';

interface Args {
  scenario: Scenario;
  stories: 'demo' | 'none' | 'many';
  answer: StoryAnswer;
  topic: string;
  pageSize: number;
  withoutShare: boolean;
  theme: 'light' | 'dark' | 'auto';
  lang: string;
}

/** Twelve more stories after the demo ones, so Load more has pages to bring. */
const many: WallStory[] = [
  ...demoStories,
  ...Array.from({ length: 12 }, (_, index) => ({
    id: `more-${index}`,
    body: `Story ${index + 6}: it helped to hear that other people have days like mine.`,
    topics: [['anxiety', 'grief', 'parenting'][index % 3]!],
    contentWarning: null,
    month: '2025-11',
    resonance: index,
  })),
];

const storiesFor = { demo: demoStories, none: [], many };

const wall = (args: Args) => html`
  <hearth-story-wall
    .client=${
      storyFake({
        scenario: args.scenario,
        stories: storiesFor[args.stories],
        answers: [args.answer],
      }).client
    }
    topic=${args.topic}
    page-size=${args.pageSize}
    ?without-share=${args.withoutShare}
    theme=${args.theme}
    lang=${args.lang}
  ></hearth-story-wall>
`;

/** Waits for the element's shadow root to show `selector` (the fake API answers in a moment). */
async function shown(canvas: HTMLElement, selector: string): Promise<HTMLElement> {
  const element = canvas.querySelector<HearthStoryWall>('hearth-story-wall')!;
  for (;;) {
    const found = element.shadowRoot?.querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens the share form and puts `text` in it, as a visitor would type it. */
async function openAndType(canvas: HTMLElement, text: string) {
  (await shown(canvas, '[part~="share"]')).click();
  const field = (await shown(canvas, '#story-body')) as HTMLTextAreaElement;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

const SHAREABLE = 'I spent a year thinking I was the only one. Reading these, I knew I was not.';

/** Fills a valid story and sends it; the fake answers with `args.answer`. */
async function fillAndSend({ canvasElement }: { canvasElement: HTMLElement }) {
  await openAndType(canvasElement, SHAREABLE);
  (await shown(canvasElement, '#story-consent')).click();
  (await shown(canvasElement, '[part~="share-form"] [type="submit"]')).click();
}

const send = (answer: StoryAnswer, doc: string): Story => ({
  args: { answer },
  play: fillAndSend,
  parameters: { docs: { description: { story: doc } } },
});

/** Every story talks to an in-memory fake of the API: no server needed. */
const meta: Meta<Args> = {
  title: 'Widgets/Story wall',
  component: 'hearth-story-wall',
  args: {
    scenario: 'loaded',
    stories: 'demo',
    answer: 'ok',
    topic: '',
    pageSize: 10,
    withoutShare: false,
    theme: 'light',
    lang: 'en',
  },
  argTypes: {
    scenario: { control: 'select', options: ['loaded', 'loading', 'empty', 'error'] },
    stories: { control: 'inline-radio', options: ['demo', 'none', 'many'] },
    answer: {
      control: 'select',
      options: ['ok', 'crisis', 'offline', 'busy', 'server', 'invalid', 'hang'],
    },
    topic: { control: 'select', options: ['', 'anxiety', 'grief', 'parenting', 'young-adults'] },
    pageSize: { control: { type: 'number', min: 1, max: 50 } },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
  },
  render: (args) => wall(args),
};
export default meta;

type Story = StoryObj<Args>;

export const Wall: Story = {};

/** A story behind its content note, opened. */
export const ContentNoteOpen: Story = {
  play: async ({ canvasElement }) =>
    (await shown(canvasElement, '[part~="content-note"] button')).click(),
};

export const FilteredByTopic: Story = { args: { topic: 'anxiety' } };

/** No story for the chosen topic: a way back to all of them. */
export const NoneForTopic: Story = { args: { topic: 'young-adults' } };

/** Nobody has shared yet: the wall invites the first story. */
export const NoStoriesYet: Story = { args: { stories: 'none' } };

/** Three at a time; Load more brings the next three and announces them. */
export const LoadMore: Story = {
  args: { stories: 'many', pageSize: 3 },
  play: async ({ canvasElement }) => (await shown(canvasElement, '[part~="more"]')).click(),
};

export const MeToo: Story = {
  play: async ({ canvasElement }) => (await shown(canvasElement, '[part~="resonance"]')).click(),
};

/** The server refuses the "me too": it is undone, with a polite message. */
export const MeTooRefused: Story = { ...MeToo, args: { answer: 'server' } };

export const ReportForm: Story = {
  play: async ({ canvasElement }) => (await shown(canvasElement, '.report-toggle')).click(),
};

export const ReportSent: Story = {
  play: async ({ canvasElement }) => {
    (await shown(canvasElement, '.report-toggle')).click();
    (await shown(canvasElement, '[part~="report"] input[value="harmful"]')).click();
    (await shown(canvasElement, '[part~="report"] [type="submit"]')).click();
  },
};

export const ShareForm: Story = {
  play: async ({ canvasElement }) => (await shown(canvasElement, '[part~="share"]')).click(),
};

/** Fetches the share form's code another way while a story is shown, then puts it back. */
const shareCode = (load: typeof shareLoader.load) => () => {
  const real = shareLoader.load;
  shareLoader.load = load;
  return () => {
    shareLoader.load = real;
  };
};

/** The form's code is still on its way (a slow connection): its place is held calmly. */
export const ShareFormLoading: Story = {
  beforeEach: shareCode(() => new Promise(() => {})),
  play: async ({ canvasElement }) => (await shown(canvasElement, '[part~="share"]')).click(),
};

/** The form's code cannot be fetched (offline since the page loaded): plain words, Try again. */
export const ShareFormUnavailable: Story = {
  beforeEach: shareCode(() =>
    Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
  ),
  play: async ({ canvasElement }) => (await shown(canvasElement, '[part~="share"]')).click(),
};

/** Contact details in the text: a gentle warning that says which. */
export const PersonalDetails: Story = {
  play: async ({ canvasElement }) =>
    openAndType(canvasElement, 'Message me on @sam_writes or at sam@example.com any time.'),
};

/** Crisis language: the practice's crisis lines appear at once, blocking nothing. */
export const CrisisWhileTyping: Story = {
  play: async ({ canvasElement }) =>
    openAndType(canvasElement, 'Lately I want to die, and I have not told anyone.'),
};

/** "Send my story" on an empty form: the errors and their summary. */
export const FieldErrors: Story = {
  play: async ({ canvasElement }) => {
    (await shown(canvasElement, '[part~="share"]')).click();
    (await shown(canvasElement, '[part~="share-form"] [type="submit"]')).click();
  },
};

export const Sending: Story = send('hang', 'The story never answers: the button stays busy.');
export const Sent: Story = send('ok', 'Thanks, and what happens next.');
export const SentWithCrisis: Story = send(
  'crisis',
  'The server found crisis language: the resources again, prominently.',
);
export const Offline: Story = send('offline', 'No connection: everything typed is kept.');
export const TooManyRequests: Story = send('busy', 'Rate limited (429, Retry-After: 120).');
export const ServerError: Story = send('server', 'The server failed (500).');
export const ServerFieldErrors: Story = send('invalid', "The server's field codes (400).");

export const ReadOnly: Story = { args: { withoutShare: true } };

export const Loading: Story = { args: { scenario: 'loading' } };

export const LoadError: Story = { name: 'Error', args: { scenario: 'error' } };

export const Spanish: Story = { args: { lang: 'es' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** At 320 px: one column, every target at least 44 px high. */
export const Narrow: Story = {
  render: (args) => html`<div style="max-width: 320px">${wall(args)}</div>`,
};

export const NotConfigured: Story = {
  render: () => html`<hearth-story-wall></hearth-story-wall>`,
};
