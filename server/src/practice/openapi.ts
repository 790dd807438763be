// The practice in the OpenAPI document: its settings, the topics and crisis lines (public), and
// the staff edit of them.
import { STORY_LIMITS, STORY_MAX_LENGTH_CEILING } from '../../../src/api/rules/story.js';
import * as oas from '../http/openapi-parts.js';

export const practiceSchemas = {
  Topic: {
    type: 'object',
    required: ['id', 'label'],
    additionalProperties: false,
    properties: { id: oas.topicId, label: oas.text },
  },
  CrisisResource: {
    type: 'object',
    required: ['name', 'description'],
    additionalProperties: false,
    properties: {
      name: oas.text,
      description: oas.text,
      phone: oas.text,
      sms: oas.text,
      url: { type: 'string', format: 'uri' },
    },
  },
  PracticeContact: {
    type: 'object',
    additionalProperties: false,
    properties: { phone: oas.text, email: { type: 'string', format: 'email' }, address: oas.text },
  },
  Practice: {
    type: 'object',
    required: [
      'name',
      'timeZone',
      'locale',
      'topics',
      'contact',
      'crisisResources',
      'privacyPolicyUrl',
      'texts',
    ],
    additionalProperties: false,
    properties: {
      name: oas.text,
      timeZone: { ...oas.text, description: 'IANA time zone the practice schedules in.' },
      locale: { ...oas.text, description: 'BCP 47 language tag of the practice texts.' },
      topics: { type: 'array', items: oas.ref('Topic') },
      contact: oas.ref('PracticeContact'),
      crisisResources: { type: 'array', items: oas.ref('CrisisResource') },
      privacyPolicyUrl: { type: 'string', format: 'uri' },
      texts: {
        type: 'object',
        description:
          'Short texts the practice shows visitors, keyed by purpose (e.g. `signupNext`).',
        additionalProperties: { type: 'string' },
      },
      storyMaxLength: {
        type: 'integer',
        minimum: STORY_LIMITS.bodyMin,
        maximum: STORY_MAX_LENGTH_CEILING,
        description: `Longest story this practice accepts, in UTF-16 code units; ${STORY_LIMITS.bodyMax} when absent.`,
      },
    },
  },
} as const;

export const practicePaths = {
  '/v1/practice': {
    get: {
      operationId: 'getPractice',
      summary: 'The practice: name, time zone, topics, crisis resources, privacy policy and texts',
      parameters: [oas.ifNoneMatch],
      responses: oas.cachedAnswers('The practice.', 'Practice', {
        '404': oas.problem('The practice is not set up yet.'),
      }),
    },
  },
};

export const practiceStaffPaths = {
  '/v1/admin/practice': {
    get: oas.operation({
      id: 'getStaffPractice',
      summary: 'The practice settings, as visitors get them (never cached)',
      responses: { '200': 'Practice' },
    }),
    put: oas.operation({
      id: 'updatePractice',
      summary:
        'Replace the practice settings: name, contact, time zone, topics, crisis resources, texts, storyMaxLength',
      description:
        'Topics still used by a group or story cannot be removed (`400` on `topics`). Visitors see the change within a minute (public caching).',
      owner: true,
      parameters: oas.withCsrf(),
      body: 'Practice',
      responses: { '200': 'Practice' },
    }),
  },
};
