// The demo practice's stories: published ones with their "me too" counts, and pending ones for
// moderation, including one that names its writer and one that needs the crisis lines.
import { randomUUID } from 'node:crypto';
import type { StoryInput } from '../stories/repository.js';

/** Published and pending stories, dated by month only, a few months back from `now`. */
export function demoStories(now: Date): StoryInput[] {
  const month = (monthsAgo: number) => {
    const mid = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 15, 12));
    // Never in the future: this month's stories are dated a day before the seed at the latest.
    const date = mid < now ? mid : new Date(now.getTime() - (monthsAgo + 1) * 86_400_000);
    return { month: date.toISOString().slice(0, 7), createdAt: date.toISOString() };
  };
  const story = (
    body: string,
    topics: string[],
    monthsAgo: number,
    extra: Partial<StoryInput> = {},
  ): StoryInput => ({
    id: randomUUID(),
    body,
    topics,
    contentWarning: null,
    resonance: 0,
    status: 'approved',
    ...month(monthsAgo),
    ...extra,
  });

  return [
    story(
      'I sat in my car outside the first session for ten minutes before I went in. Nobody made me talk. ' +
        'By the third week I realised I was looking forward to Tuesdays.',
      ['anxiety'],
      5,
      { resonance: 23 },
    ),
    story(
      'My dad died in the spring and everyone expected me to be fine by the summer. In the group nobody ' +
        'expected anything. It helped to hear someone else say the second year was harder than the first.',
      ['grief'],
      4,
      { resonance: 31 },
    ),
    story(
      'For years I thought I was just lazy. Learning that depression can feel like moving through wet ' +
        'cement made me a little kinder to myself. Some weeks that is all the progress there is, and that is okay.',
      ['depression'],
      3,
      { resonance: 18 },
    ),
    story(
      'There were nights I drove past the liquor store three times before going home. I have 14 months now. ' +
        'The group did not fix me, but it gave me people to call before the third time.',
      ['recovery'],
      3,
      {
        resonance: 27,
        contentWarning: 'Mentions alcohol use and cravings',
      },
    ),
    story(
      'I came out to my family at 22 and it did not go the way I hoped. Finding a room full of people who ' +
        'just got it, without me explaining, felt like exhaling for the first time in months.',
      ['lgbtq'],
      2,
      { resonance: 19 },
    ),
    story(
      'Being sick is lonely in a way healthy friends do not always see. Hearing others talk about pacing ' +
        'and saying no without guilt changed how I plan my week.',
      ['chronic-illness'],
      1,
      { resonance: 12 },
    ),
    story(
      'My teenager and I barely spoke last winter. I learned to listen without fixing, and last week she ' +
        'told me about her day without being asked.',
      ['parenting'],
      0,
      { status: 'pending' },
    ),
    story(
      'I still get panic attacks at work sometimes, but now I know what is happening and that it will pass. ' +
        'That alone makes them less frightening.',
      ['anxiety'],
      0,
      { status: 'pending' },
    ),
    story(
      'Llegué al grupo sin saber si podría hablar en voz alta. Escuchar a otras madres que también ' +
        'cargan con el estrés del trabajo y la familia me hizo sentir menos sola.',
      ['anxiety', 'life-transitions'],
      1,
      { resonance: 9 },
    ),
    story(
      'The recovery group changed my year. If anyone wants to talk, my name is Jess and I am at ' +
        'jess.h@example.com, or text me on 503-555-0187.',
      ['recovery'],
      0,
      { status: 'pending' },
    ),
    story(
      'Some nights I still feel like everyone would be better off without me. Writing this down is the ' +
        'first time I have said it anywhere.',
      ['depression'],
      0,
      { status: 'pending', contentWarning: 'Mentions suicidal thoughts' },
    ),
  ];
}
