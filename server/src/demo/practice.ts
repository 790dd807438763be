// The demo practice's settings: invented, but written the way a real small practice would
// describe itself, so the widgets are seen with realistic lengths, edge cases and tone.
import type { CrisisResource } from '../../../src/api/contract/public.js';
import type { PracticeSettings } from '../practice/repository.js';

export const DEMO_TIME_ZONE = 'America/Los_Angeles';

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

export function demoPractice(): PracticeSettings {
  return {
    name: 'Riverbend Counseling Collective',
    timeZone: DEMO_TIME_ZONE,
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
