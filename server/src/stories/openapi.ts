// Stories in the OpenAPI document: the wall, submissions, "me too" and reports (public), and
// moderation for staff.
import { STORY_ID } from '../../../src/api/contract/ids.js';
import { STORY_LIMITS } from '../../../src/api/rules/story.js';
import {
  PERSONAL_DETAIL_KINDS,
  REPORT_REASONS,
  STORY_STATUSES,
  TEXT_LANGUAGES,
} from './moderation.js';
import { EDITED_BODY_MAX, MODERATION_REASON_MAX } from './staff-repository.js';
import { REPORT_NOTE_MAX, STORY_PAGE } from './routes.js';
import * as oas from '../http/openapi-parts.js';

const storyIdParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

const detailKind = {
  enum: [...PERSONAL_DETAIL_KINDS],
  description: 'name, address, email, phone, handle (social media) or url (a link).',
};

/** What approve and edit may change besides the text (the same rules as a visitor's story). */
const storyContent = {
  keepDetails: {
    type: 'boolean',
    description:
      'Publish the personal details still in the text (`body`, else the stored text) as written. Without it, a `body` that still holds details is refused with `422`. Audited (the kinds only). `false` masks details kept earlier again.',
  },
  contentWarning: {
    type: ['string', 'null'],
    maxLength: STORY_LIMITS.contentWarning,
    description: 'A new content note shown collapsed on the wall; empty or null removes it.',
  },
  topics: {
    type: 'array',
    maxItems: STORY_LIMITS.topics,
    items: { type: 'string', minLength: 1, maxLength: 64 },
    description: 'New topics: ids of the practice’s topics.',
  },
};

const personalDetailsRefused = {
  description:
    'The text still holds personal details: remove them, or send `keepDetails: true` to publish them as written.',
  content: { 'application/problem+json': { schema: oas.ref('PersonalDetailsProblem') } },
};

export const storySchemas = {
  Story: {
    type: 'object',
    description: 'An approved story. Always render `body` and `contentWarning` as text.',
    required: ['id', 'body', 'topics', 'contentWarning', 'month', 'resonance'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', pattern: STORY_ID.source },
      body: {
        ...oas.text,
        description:
          'The story as the wall shows it: every personal detail replaced by a placeholder in its language ("[name]", "[nombre]", "[phone]"…) unless staff chose to keep it (docs/safety.md).',
      },
      topics: { type: 'array', items: oas.topicId },
      contentWarning: {
        type: ['string', 'null'],
        description: 'Show the story collapsed behind this note when present.',
      },
      month: {
        type: 'string',
        pattern: '^\\d{4}-\\d{2}$',
        description: 'Month it was shared (`YYYY-MM`); stories never carry a finer date.',
      },
      resonance: { type: 'integer', minimum: 0, description: 'How many said "me too".' },
    },
  },
  StoryList: {
    type: 'object',
    required: ['items', 'nextCursor'],
    additionalProperties: false,
    properties: {
      items: { type: 'array', items: oas.ref('Story') },
      nextCursor: {
        type: ['string', 'null'],
        description: 'Pass as `cursor` for the next page; null on the last page.',
      },
    },
  },
  StorySubmission: {
    type: 'object',
    description:
      'A story to share. Rules are in src/api/rules/story.ts, shared with the widget; unknown fields are ignored.',
    required: ['body', 'consent'],
    properties: {
      body: {
        type: 'string',
        description: `${STORY_LIMITS.bodyMin} characters up to the practice's \`storyMaxLength\` (default ${STORY_LIMITS.bodyMax}), trimmed.`,
      },
      topics: {
        type: 'array',
        maxItems: STORY_LIMITS.topics,
        items: oas.topicId,
        description: 'Ids of the practice topics.',
      },
      contentWarning: { type: 'string', maxLength: STORY_LIMITS.contentWarning },
      consent: { const: true },
      website: { type: 'string', description: 'Honeypot: leave empty.' },
    },
  },
  StoryReceipt: {
    type: 'object',
    required: ['id', 'status', 'crisis'],
    additionalProperties: false,
    properties: {
      id: oas.text,
      status: { const: 'pending' },
      crisis: {
        type: 'boolean',
        description:
          'True when the text contains crisis language (any tier): show `resources` prominently.',
      },
      resources: {
        type: 'array',
        items: oas.ref('CrisisResource'),
        description: 'The practice crisis resources; present when `crisis` is true.',
      },
    },
  },
  ResonanceRequest: {
    type: 'object',
    required: ['token'],
    properties: {
      token: {
        type: 'string',
        pattern: '^[A-Za-z0-9_-]{16,128}$',
        description:
          'A random token the browser keeps for this purpose only; stored as a keyed hash.',
      },
    },
  },
  Resonance: {
    type: 'object',
    required: ['resonance', 'resonated'],
    additionalProperties: false,
    properties: {
      resonance: {
        type: 'integer',
        minimum: 0,
        description:
          'The count as this browser should show it. One browser per network (IPv4 address or IPv6 /64) counts on the wall; others there are answered as if they counted too.',
      },
      resonated: {
        type: 'boolean',
        description: 'Whether this token now counts ("me too" pressed) or not (taken back).',
      },
    },
  },
  ReportRequest: {
    type: 'object',
    required: ['reason'],
    properties: {
      reason: { enum: [...REPORT_REASONS] },
      note: { type: 'string', maxLength: REPORT_NOTE_MAX },
    },
  },
  ReportReceipt: {
    type: 'object',
    required: ['status'],
    additionalProperties: false,
    properties: { status: { const: 'received' } },
  },
} as const;

const storyRecord = oas.recordOperations('Story id.', 'StaffStory');

export const storyPaths = {
  '/v1/stories': {
    get: {
      operationId: 'listStories',
      summary: 'Approved stories, newest approval first (never by popularity), a page at a time',
      parameters: [
        oas.arrayParameter('topic', 'Topic ids.', oas.topicId),
        {
          name: 'cursor',
          in: 'query',
          required: false,
          description: 'The `nextCursor` of the previous page, unchanged (opaque).',
          schema: { type: 'string' },
        },
        {
          name: 'limit',
          in: 'query',
          required: false,
          description: `Stories per page (default ${STORY_PAGE.default}).`,
          schema: { type: 'integer', minimum: 1, maximum: STORY_PAGE.max },
        },
        oas.ifNoneMatch,
      ],
      responses: oas.cachedAnswers('A page of approved stories.', 'StoryList', {
        '400': oas.problem('`topic`, `cursor` or `limit` is not valid; `fields` says which.'),
      }),
    },
    post: {
      operationId: 'createStory',
      summary: 'Share a story; it is published only after a person at the practice approves it',
      parameters: [oas.optionalIdempotencyKey],
      requestBody: { required: true, content: oas.json(oas.ref('StorySubmission')) },
      responses: oas.postAnswers(
        '202',
        'Received for review; with crisis resources when the text calls for them.',
        'StoryReceipt',
        {
          '400': oas.problem('Malformed JSON or invalid fields (`fields` and `codes`).'),
          '404': oas.problem('The practice is not set up yet.'),
          '422': oas.keyReused,
        },
      ),
    },
  },
  '/v1/stories/{id}/resonance': {
    post: {
      operationId: 'toggleResonance',
      summary: '"Me too": the first call for a visitor token counts, the next takes it back',
      parameters: [storyIdParameter, oas.optionalIdempotencyKey],
      requestBody: { required: true, content: oas.json(oas.ref('ResonanceRequest')) },
      responses: oas.postAnswers(
        '200',
        'The new count and whether this token counts.',
        'Resonance',
        {
          '400': oas.problem('Malformed JSON or an invalid `token`.'),
          '404': oas.problem('No approved story with this id.'),
          '422': oas.keyReused,
        },
      ),
    },
  },
  '/v1/stories/{id}/reports': {
    post: {
      operationId: 'reportStory',
      summary: 'Report an approved story; enough reports hide it until staff review it again',
      parameters: [storyIdParameter],
      requestBody: { required: true, content: oas.json(oas.ref('ReportRequest')) },
      responses: oas.postAnswers(
        '202',
        'Received.',
        'ReportReceipt',
        {
          '400': oas.problem('Malformed JSON, or an invalid `reason` or `note`.'),
          '404': oas.problem('No approved story with this id.'),
        },
        oas.noStore,
      ),
    },
  },
};

export const storyStaffSchemas = {
  StaffStory: {
    type: 'object',
    description:
      'A story as staff see it. `body` is the full text; `masked.masked` is exactly what the wall shows (every personal detail replaced by a placeholder in the story’s language, except details staff kept); `masked.segments` is the original in pieces, each detail marked. Render every text as text, never as HTML.',
    required: [
      'id',
      'status',
      'body',
      'masked',
      'detailsKept',
      'topics',
      'contentWarning',
      'month',
      'resonance',
      'flags',
      'reports',
      'statusReason',
      'editedAt',
      'createdAt',
      'approvedAt',
    ],
    additionalProperties: false,
    properties: {
      id: oas.id,
      status: { enum: [...STORY_STATUSES] },
      body: { type: 'string' },
      masked: {
        type: 'object',
        required: ['masked', 'language', 'segments', 'ranges'],
        additionalProperties: false,
        properties: {
          masked: { type: 'string', description: 'The text exactly as the wall shows it.' },
          language: {
            enum: [...TEXT_LANGUAGES],
            description: 'The language of the placeholders (`[name]`, `[nombre]`).',
          },
          segments: {
            type: 'array',
            description:
              'The original text in pieces: joined, they give `body`. A detail has its `kind` and, unless staff kept it, the `placeholder` the wall shows instead.',
            items: {
              type: 'object',
              required: ['text'],
              additionalProperties: false,
              properties: {
                text: { type: 'string', description: 'The original text of the piece.' },
                kind: detailKind,
                placeholder: { type: 'string' },
              },
            },
          },
          ranges: {
            type: 'array',
            description: 'Where each detail is in `body` (UTF-16 offsets).',
            items: {
              type: 'object',
              required: ['kind', 'start', 'end'],
              additionalProperties: false,
              properties: {
                kind: detailKind,
                start: { type: 'integer', minimum: 0 },
                end: { type: 'integer', minimum: 0 },
              },
            },
          },
        },
      },
      detailsKept: {
        type: 'boolean',
        description: 'Staff chose to publish some personal details of this text as written.',
      },
      topics: { type: 'array', items: { type: 'string' } },
      contentWarning: { type: ['string', 'null'] },
      month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
      resonance: { type: 'integer', minimum: 0 },
      flags: {
        type: 'object',
        required: ['crisis', 'personalDetails', 'links', 'repeat', 'spam'],
        additionalProperties: false,
        properties: {
          crisis: {
            enum: ['none', 'low', 'medium', 'high'],
            description: '`high` and `medium` come first in the queue; show them clearly marked.',
          },
          personalDetails: {
            type: 'array',
            description: 'The kinds of detail found when the text was shared or last edited.',
            items: detailKind,
          },
          links: { type: 'integer', minimum: 0 },
          repeat: { type: 'boolean' },
          spam: { type: 'array', items: { enum: ['links', 'all_caps', 'repeated_characters'] } },
        },
      },
      reports: {
        type: 'object',
        description: 'Open reports (since the last review).',
        required: ['count', 'reasons', 'notes'],
        additionalProperties: false,
        properties: {
          count: { type: 'integer', minimum: 0 },
          reasons: {
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(
              REPORT_REASONS.map((reason) => [reason, { type: 'integer', minimum: 1 }]),
            ),
          },
          notes: { type: 'array', items: { type: 'string' } },
        },
      },
      statusReason: { type: ['string', 'null'] },
      editedAt: oas.nullableDateTime,
      createdAt: oas.dateTime,
      approvedAt: oas.nullableDateTime,
    },
  },
  StaffStoryList: oas.list('StaffStory', true),
  StoryQueue: oas.list('StaffStory'),
  ApproveRequest: {
    type: 'object',
    description:
      'Without `body`, the wall shows the story’s own text with every personal detail masked.',
    additionalProperties: false,
    properties: {
      body: {
        type: 'string',
        maxLength: EDITED_BODY_MAX,
        description:
          'The redacted text to publish instead; the original is not kept. Scanned again: placeholders such as `[name]` are fine, personal details are refused unless `keepDetails`.',
      },
      ...storyContent,
    },
  },
  ReasonRequest: {
    type: 'object',
    additionalProperties: false,
    properties: {
      reason: {
        type: 'string',
        maxLength: MODERATION_REASON_MAX,
        description: 'Required to reject; optional to hide. Staff only see it.',
      },
    },
  },
  EditRequest: {
    type: 'object',
    description: 'At least one field. The text is scanned again, as with approve.',
    minProperties: 1,
    additionalProperties: false,
    properties: {
      body: { type: 'string', minLength: 1, maxLength: EDITED_BODY_MAX },
      ...storyContent,
    },
  },
  PersonalDetailsProblem: {
    type: 'object',
    description:
      'An edited text still holds personal details (`urn:hearth:problem:personal-details`): `fields.body` names them in words, `details` lists them.',
    required: ['type', 'title', 'status', 'fields', 'details'],
    additionalProperties: false,
    properties: {
      type: { const: 'urn:hearth:problem:personal-details' },
      title: oas.text,
      status: { const: 422 },
      detail: { type: 'string' },
      fields: {
        type: 'object',
        required: ['body'],
        properties: { body: { type: 'string' } },
        additionalProperties: { type: 'string' },
      },
      codes: { type: 'object', additionalProperties: { type: 'string' } },
      details: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['kind', 'text'],
          additionalProperties: false,
          properties: {
            kind: detailKind,
            text: { type: 'string', description: 'The detail as found in the text.' },
          },
        },
      },
    },
  },
  BulkApproveRequest: {
    type: 'object',
    required: ['ids'],
    additionalProperties: false,
    properties: {
      ids: { type: 'array', minItems: 1, maxItems: 100, items: oas.id },
    },
  },
  BulkApproveResult: {
    type: 'object',
    required: ['results'],
    additionalProperties: false,
    properties: {
      results: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'result'],
          additionalProperties: false,
          properties: { id: oas.id, result: { enum: ['approved', 'not_found', 'not_allowed'] } },
        },
      },
    },
  },
} as const;

export const storyStaffPaths = {
  '/v1/admin/stories/queue': {
    get: oas.operation({
      id: 'storyQueue',
      summary:
        'Stories to review: pending and hidden, crisis-high first, then crisis-medium, then oldest',
      responses: { '200': 'StoryQueue' },
    }),
  },
  '/v1/admin/stories': {
    get: oas.operation({
      id: 'listStaffStories',
      summary: 'Stories by status, newest first: published (`approved`), `hidden`, reported',
      parameters: [
        oas.queryParam('status', 'Comma-separated statuses; `approved,hidden` by default.', {
          type: 'string',
        }),
        oas.queryParam('reported', '`true`: only stories with open reports.', {
          enum: ['true', 'false'],
        }),
        ...oas.pageParameters('Stories'),
      ],
      responses: { '200': 'StaffStoryList' },
    }),
  },
  '/v1/admin/stories/approve': {
    post: oas.operation({
      id: 'bulkApproveStories',
      summary: 'Approve several stories at once; each gets its own result',
      parameters: oas.withCsrf(),
      body: 'BulkApproveRequest',
      responses: { '200': 'BulkApproveResult' },
    }),
  },
  '/v1/admin/stories/{id}': {
    get: storyRecord.read(
      'getStaffStory',
      'One story in any status, with flags, masked text and open reports',
    ),
  },
  '/v1/admin/stories/{id}/approve': storyRecord.step(
    'approveStory',
    'Approve (publish) a pending or hidden story; the wall shows it masked unless staff keep its details',
    {
      description:
        'Optionally with a redacted text, a new content note and topics. A text that still holds personal details is refused (`422`) unless `keepDetails` is true.',
      body: 'ApproveRequest',
      responses: { '422': personalDetailsRefused },
    },
  ),
  '/v1/admin/stories/{id}/reject': storyRecord.step(
    'rejectStory',
    'Reject a pending or hidden story, with a reason (final)',
    { body: 'ReasonRequest' },
  ),
  '/v1/admin/stories/{id}/hide': storyRecord.step(
    'hideStory',
    'Hide a published story from the wall',
    {
      body: 'ReasonRequest',
    },
  ),
  '/v1/admin/stories/{id}/keep': storyRecord.step(
    'keepStory',
    'Keep a reported story on the wall: its open reports are closed, it stays published',
    {
      description:
        'Only for a published (`approved`) story with open reports; otherwise `409`. No body.',
    },
  ),
  '/v1/admin/stories/{id}/edit': storyRecord.step(
    'editStory',
    'Change a story’s text (redact), content note or topics without changing its status',
    {
      description:
        'A text that still holds personal details is refused (`422`) unless `keepDetails` is true.',
      body: 'EditRequest',
      responses: { '422': personalDetailsRefused },
    },
  ),
};
