// The demo practice's ten groups, with their clinicians, office and fees: every kind, format,
// enrolment and fullness a widget has to show.
import type { Facilitator, Fee, Location } from '../../../src/api/contract/public.js';
import { addDays, localDate, onOrAfterWeekday } from '../groups/recurrence.js';
import type { GroupInput } from '../groups/repository.js';
import { DEMO_TIME_ZONE } from './practice.js';

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

/**
 * `capacity` seats, `enrolled` of them taken by people the practice enrolled by phone: a demo
 * group's fullness comes from these, never from invented sign-ups (a seed holds no personal data).
 */
function seats(
  capacity: number,
  enrolled: number,
): Pick<GroupInput, 'capacity' | 'externalEnrolled'> {
  return { capacity, externalEnrolled: enrolled };
}

/** The ten demo groups; cohort dates are placed relative to `now` so the seed never goes stale. */
export function demoGroups(now: Date): GroupInput[] {
  const today = localDate(now, DEMO_TIME_ZONE);
  // The next given weekday at least `days` days from today.
  const upcoming = (weekday: number, days: number) =>
    onOrAfterWeekday(addDays(today, days), weekday);
  const schedule = (
    frequency: 'weekly' | 'biweekly' | 'monthly',
    weekday: 0 | 1 | 2 | 3 | 4 | 5 | 6,
    startTime: string,
    durationMinutes: number,
  ) => ({ frequency, weekday, startTime, durationMinutes, timeZone: DEMO_TIME_ZONE });

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
      ...seats(10, 4),
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
      ...seats(12, 10),
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
      ...seats(10, 10),
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
      ...seats(8, 8),
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
      ...seats(16, 5),
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
      ...seats(10, 6),
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
      ...seats(8, 3),
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
      ...seats(14, 7),
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
      ...seats(15, 6),
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
      ...seats(12, 7),
      screening: { required: false },
    },
  ];
}
