import { randomUUID } from 'node:crypto';
import type { CrisisResource, Facilitator, Fee, Location } from '../../src/api/contract/public.js';
import { generatePassword, hashPassword } from './platform/passwords.js';
import { addDays, localDate, onOrAfterWeekday } from './groups/recurrence.js';
import type { GroupInput } from './groups/repository.js';
import type { PracticeSettings } from './practice/repository.js';
import type { StoryInput } from './stories/repository.js';
import type { ImportData, Store } from './store.js';

// The demo practice: invented, but written the way a real small practice would describe itself,
// so the widgets are seen with realistic lengths, edge cases and tone.

const TIME_ZONE = 'America/Los_Angeles';

export const US_CRISIS_RESOURCES: CrisisResource[] = [
  {
    name: '988 Suicide & Crisis Lifeline',
    description: 'Free, confidential support 24/7 in English and Spanish. Call or text 988.',
    phone: '988',
    sms: '988',
    url: 'https://988lifeline.org',
  },
  {
    name: 'Crisis Text Line',
    description: 'Text HOME to 741741 to reach a trained crisis counselor, any time.',
    sms: '741741',
    url: 'https://www.crisistextline.org',
  },
  {
    name: 'Find a Helpline',
    description: 'Outside the United States? Find a free, confidential helpline in your country.',
    url: 'https://findahelpline.com',
  },
];

const clinicians = {
  maya: { name: 'Dr. Maya Okafor', credentials: 'PsyD' },
  daniel: { name: 'Daniel Reyes', credentials: 'LCSW' },
  priya: { name: 'Priya Natarajan', credentials: 'LPC' },
  sam: { name: 'Sam Whitfield', credentials: 'LMFT' },
  hannah: { name: 'Hannah Cole', credentials: 'LCSW, CADC II' },
  jordan: { name: 'Jordan Lee', credentials: 'LPC' },
  rosa: { name: 'Rosa Jiménez', credentials: 'LMFT' },
  peer: { name: 'Theo Brandt', credentials: 'Certified Peer Support Specialist' },
} satisfies Record<string, Facilitator>;

const office: Location = {
  name: 'Riverbend Counseling Collective',
  address: '412 SE Riverbend Lane, Suite 200',
  city: 'Portland, OR 97214',
  accessibility:
    'Step-free entrance and elevator, all-gender restrooms, and bike parking. Two blocks from the #14 bus.',
};

const INSURANCE = ['Aetna', 'Providence', 'Regence BlueCross BlueShield', 'Oregon Health Plan'];

function perSession(amount: number, insurance: string[] = INSURANCE): Fee {
  return { amount, currency: 'USD', per: 'session', slidingScale: true, insurance };
}

export function demoPractice(): PracticeSettings {
  return {
    name: 'Riverbend Counseling Collective',
    timeZone: TIME_ZONE,
    locale: 'en-US',
    topics: [
      { id: 'anxiety', label: 'Anxiety' },
      { id: 'depression', label: 'Depression' },
      { id: 'grief', label: 'Grief and loss' },
      { id: 'trauma', label: 'Trauma' },
      { id: 'parenting', label: 'Parenting' },
      { id: 'lgbtq', label: 'LGBTQ+' },
      { id: 'recovery', label: 'Addiction recovery' },
      { id: 'chronic-illness', label: 'Chronic illness and pain' },
      { id: 'life-transitions', label: 'Life transitions' },
    ],
    contact: {
      phone: '(503) 555-0142',
      email: 'groups@riverbend.example.org',
      address: '412 SE Riverbend Lane, Suite 200, Portland, OR 97214',
    },
    crisisResources: US_CRISIS_RESOURCES,
    storyMaxLength: 1000,
    privacyPolicyUrl: 'https://riverbend.example.org/privacy',
    texts: {
      signupNext:
        'Thank you for reaching out. A member of our team will contact you within two business days, ' +
        'the way you asked us to, to answer your questions and make sure the group is a good fit. ' +
        'Nothing is decided until we have talked.',
      waitlistNext:
        'This group is full right now, so we have added you to the waitlist. We will contact you as ' +
        'soon as a seat opens, and can suggest other groups or individual support in the meantime.',
      screeningNote:
        'Some groups start with a free, 20-minute phone conversation so you can ask questions and we ' +
        'can make sure the group will be helpful for you.',
      storyReview:
        'Every story is read by a member of our team before it appears. Please leave out names, places ' +
        'and anything else that could identify you or someone else.',
      emergency: 'If you are in immediate danger, call 911 or go to the nearest emergency room.',
    },
  };
}

/**
 * The ten demo groups; cohort dates are placed relative to `now` so the seed never goes stale.
 * Their fullness comes from `externalEnrolled` (people the practice enrolled by phone), never
 * from invented sign-ups: a seed holds no personal data.
 */
export function demoGroups(now: Date): GroupInput[] {
  const today = localDate(now, TIME_ZONE);
  // The next given weekday at least `days` days from today.
  const upcoming = (weekday: number, days: number) =>
    onOrAfterWeekday(addDays(today, days), weekday);
  const schedule = (
    frequency: 'weekly' | 'biweekly' | 'monthly',
    weekday: 0 | 1 | 2 | 3 | 4 | 5 | 6,
    startTime: string,
    durationMinutes: number,
  ) => ({ frequency, weekday, startTime, durationMinutes, timeZone: TIME_ZONE });

  return [
    {
      id: 'calm-minds-anxiety-skills',
      name: 'Calm Minds: Anxiety Skills',
      summary: 'An eight-week group to learn practical tools for worry, panic and racing thoughts.',
      description:
        'Each week we practise one skill from cognitive behavioural therapy and mindfulness — noticing ' +
        'anxious thoughts, breathing and grounding, facing avoided situations in small steps — and try it ' +
        'out between sessions. You can join in our Portland office or by video. Sharing is always optional.',
      topics: ['anxiety'],
      audience: 'Adults 18 and over',
      ageMin: 18,
      language: 'en',
      kind: 'skills',
      format: 'hybrid',
      location: office,
      schedule: schedule('weekly', 2, '18:00', 90),
      enrollment: 'cohort',
      startsOn: upcoming(2, 10),
      sessionCount: 8,
      facilitators: [clinicians.priya, clinicians.maya],
      fee: perSession(45),
      capacity: 10,
      externalEnrolled: 4,
      screening: { required: true, note: 'A free 20-minute phone call before the first session.' },
    },
    {
      id: 'finding-ground-depression',
      name: 'Finding Ground: Depression Support',
      summary: 'A lunchtime video group for people living with low mood, heaviness or numbness.',
      description:
        'Depression can make everything feel far away, including other people. This ongoing group is a ' +
        'steady place to be honest about how things are, notice small steps, and hear from others who ' +
        'understand. Cameras on or off, whatever helps you show up.',
      topics: ['depression'],
      audience: 'Adults 18 and over in Oregon and Washington',
      ageMin: 18,
      language: 'en',
      kind: 'support',
      format: 'online',
      schedule: schedule('weekly', 3, '12:00', 60),
      enrollment: 'ongoing',
      facilitators: [clinicians.daniel],
      fee: perSession(35),
      capacity: 12,
      externalEnrolled: 10,
      screening: { required: false },
    },
    {
      id: 'after-a-loss-grief-circle',
      name: 'After a Loss: Grief Support Circle',
      summary: 'A gentle, ongoing circle for anyone grieving the death of someone they love.',
      description:
        'Whether your loss was recent or years ago, sudden or expected, grief rarely follows a straight line. ' +
        'We meet every other Thursday evening to remember, to talk about what has changed, and to feel less ' +
        'alone with it. Tea and tissues provided.',
      topics: ['grief'],
      audience: 'Adults grieving a death, at any point after the loss',
      ageMin: 18,
      language: 'en',
      kind: 'support',
      format: 'in_person',
      location: office,
      schedule: schedule('biweekly', 4, '18:30', 90),
      enrollment: 'ongoing',
      recurrenceAnchor: '2024-01-04',
      facilitators: [clinicians.sam],
      fee: { currency: 'USD', per: 'session', slidingScale: false, insurance: [] },
      capacity: 10,
      externalEnrolled: 10,
      screening: { required: false, note: 'Free of charge, thanks to a community grant.' },
    },
    {
      id: 'steady-ground-trauma-recovery',
      name: 'Steady Ground: Trauma Recovery',
      summary: 'A twelve-week, DBT-informed skills group for managing the after-effects of trauma.',
      description:
        'We focus on safety and stabilisation: understanding trauma responses, regulating strong emotions, ' +
        'and building routines that help. We do not ask anyone to describe what happened to them. The current ' +
        'series is under way; the next one opens for sign-ups in the spring.',
      topics: ['trauma', 'anxiety'],
      audience: 'Adults 18 and over who are also seeing an individual therapist',
      ageMin: 18,
      language: 'en',
      kind: 'skills',
      format: 'in_person',
      location: office,
      schedule: schedule('weekly', 1, '17:30', 90),
      enrollment: 'cohort',
      startsOn: upcoming(1, -21),
      sessionCount: 12,
      facilitators: [clinicians.maya, clinicians.jordan],
      fee: {
        amount: 540,
        currency: 'USD',
        per: 'series',
        slidingScale: true,
        insurance: INSURANCE,
      },
      capacity: 8,
      externalEnrolled: 8,
      closed: true,
      screening: {
        required: true,
        note: 'A 45-minute intake conversation with one of the facilitators.',
      },
    },
    {
      id: 'parenting-teen-years',
      name: 'Parenting Through the Teen Years',
      summary: 'Six evening sessions for parents and caregivers of teenagers, by video.',
      description:
        'Talking with a teenager who shuts the door, worrying about screens, school or safety, staying close ' +
        'while letting go: we cover what helps, with short teaching, time for your questions, and other ' +
        'parents who get it.',
      topics: ['parenting', 'life-transitions'],
      audience: 'Parents and caregivers of young people aged 12 to 18',
      language: 'en',
      kind: 'psychoeducational',
      format: 'online',
      schedule: schedule('weekly', 4, '19:00', 75),
      enrollment: 'cohort',
      startsOn: upcoming(4, 18),
      sessionCount: 6,
      facilitators: [clinicians.sam],
      fee: { amount: 150, currency: 'USD', per: 'series', slidingScale: true, insurance: [] },
      capacity: 16,
      externalEnrolled: 5,
      screening: { required: false },
    },
    {
      id: 'pride-and-belonging',
      name: 'Pride & Belonging: LGBTQ+ Young Adults',
      summary:
        'A weekly group for LGBTQ+ young adults to talk about identity, family, love and finding your people.',
      description:
        'Led by queer and trans clinicians, this is a space where you do not have to explain yourself. We ' +
        'talk about coming out (or not), chosen family, dating, work and school, and looking after your ' +
        'mental health in a world that is not always kind.',
      topics: ['lgbtq', 'anxiety', 'depression'],
      audience: 'LGBTQ+ young adults aged 18 to 25',
      ageMin: 18,
      ageMax: 25,
      language: 'en',
      kind: 'process',
      format: 'hybrid',
      location: office,
      schedule: schedule('weekly', 5, '17:00', 90),
      enrollment: 'ongoing',
      facilitators: [clinicians.jordan],
      fee: perSession(30),
      capacity: 10,
      externalEnrolled: 6,
      screening: { required: true, note: 'A short, friendly phone call to say hello first.' },
    },
    {
      id: 'teen-stress-and-worry',
      name: 'Teen Stress and Worry Group',
      summary:
        'An eight-week after-school group where teens learn to handle stress, worry and big feelings.',
      description:
        'Through games, conversation and practice, teens learn what anxiety does in the body, how to calm it, ' +
        'and how to speak up for what they need at school and at home. A parent or guardian joins the first ' +
        'and last sessions.',
      topics: ['anxiety', 'parenting'],
      audience: 'Teens aged 13 to 17, with consent from a parent or guardian',
      ageMin: 13,
      ageMax: 17,
      language: 'en',
      kind: 'skills',
      format: 'in_person',
      location: office,
      schedule: schedule('weekly', 3, '16:00', 60),
      enrollment: 'cohort',
      startsOn: upcoming(3, 24),
      sessionCount: 8,
      facilitators: [clinicians.priya],
      fee: perSession(40),
      capacity: 8,
      externalEnrolled: 3,
      screening: { required: true, note: 'A call with the teen and a parent or guardian.' },
    },
    {
      id: 'recovery-circle',
      name: 'Recovery Circle: Living Sober',
      summary:
        'A Saturday-morning group for people in recovery from alcohol or drug use, wherever you are on the path.',
      description:
        'Early recovery, many years in, or still deciding: all are welcome. We share what is working, what is ' +
        'hard, and how to handle cravings, relationships and relapse without shame. This group works well ' +
        'alongside 12-step and other mutual-help programmes.',
      topics: ['recovery'],
      audience: 'Adults 18 and over',
      ageMin: 18,
      language: 'en',
      kind: 'support',
      format: 'in_person',
      location: office,
      schedule: schedule('weekly', 6, '10:00', 90),
      enrollment: 'ongoing',
      facilitators: [clinicians.hannah, clinicians.peer],
      fee: perSession(20),
      capacity: 14,
      externalEnrolled: 7,
      screening: { required: false },
    },
    {
      id: 'living-well-chronic-illness',
      name: 'Living Well with Chronic Illness and Pain',
      summary:
        'A monthly video group for people whose lives have been changed by long-term illness or pain.',
      description:
        'Living with a body that does not cooperate is exhausting, and often invisible to others. On the second ' +
        'Tuesday of each month we share ways of pacing, grieving the old normal, and talking with doctors, ' +
        'employers and family. Join from bed if that is what today allows.',
      topics: ['chronic-illness', 'depression'],
      audience: 'Adults living with a chronic illness, disability or persistent pain',
      ageMin: 18,
      language: 'en',
      kind: 'support',
      format: 'online',
      schedule: schedule('monthly', 2, '13:00', 90),
      enrollment: 'ongoing',
      // 2024-01-09 was the second Tuesday of its month.
      recurrenceAnchor: '2024-01-09',
      facilitators: [clinicians.hannah],
      fee: perSession(25, ['Providence', 'Oregon Health Plan']),
      capacity: 15,
      externalEnrolled: 6,
      screening: { required: false },
    },
    {
      id: 'grupo-ansiedad-estres',
      name: 'Grupo de apoyo: Ansiedad y estrés',
      summary:
        'Un grupo semanal en español para compartir y aprender a manejar la ansiedad y el estrés.',
      description:
        'Un espacio en confianza para hablar de la preocupación, el cansancio y las presiones de la familia, ' +
        'el trabajo y la migración. Practicamos herramientas sencillas para calmar el cuerpo y la mente. ' +
        'Las sesiones son por video y totalmente en español.',
      topics: ['anxiety', 'life-transitions'],
      audience: 'Adultos de habla hispana',
      ageMin: 18,
      language: 'es',
      kind: 'support',
      format: 'online',
      schedule: schedule('weekly', 1, '18:30', 75),
      enrollment: 'ongoing',
      facilitators: [clinicians.rosa, clinicians.daniel],
      fee: perSession(25),
      capacity: 12,
      externalEnrolled: 7,
      screening: { required: false },
    },
  ];
}

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

export function demoData(now: Date): ImportData {
  return { practice: demoPractice(), groups: demoGroups(now), stories: demoStories(now) };
}

/** The demo practice's owner account. */
export const DEMO_STAFF_EMAIL = 'demo@riverbend.example';

/**
 * An owner account for the demo, with a fresh random password returned once (for the start-up
 * banner). It need not be changed at first sign-in: it is a demo, on a demo database.
 */
export async function createDemoLogin(
  store: Store,
  now: Date,
  passwordCost: number,
): Promise<{ email: string; password: string } | undefined> {
  const password = generatePassword();
  const account = await store.staff.createAccount({
    email: DEMO_STAFF_EMAIL,
    role: 'owner',
    passwordHash: await hashPassword(password, passwordCost),
    mustChangePassword: false,
    now,
  });
  if (!account) return undefined;
  await store.staff.audit({
    actorId: null,
    via: 'system',
    action: 'staff_created',
    targetType: 'staff',
    targetId: account.id,
    detail: { role: 'owner', demo: true },
    at: now,
  });
  return { email: DEMO_STAFF_EMAIL, password };
}

/** Seeds the demo practice into an empty database. Returns whether it did. */
export async function seedIfEmpty(store: Store, now: Date = new Date()): Promise<boolean> {
  if (!(await store.isEmpty())) return false;
  // Checked again in the import's transaction: another process may be seeding it right now.
  return store.importData(demoData(now), { ifEmpty: true });
}
