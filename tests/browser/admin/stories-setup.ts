/**
 * The story moderation tests share this: an in-memory store behind the staff story routes, the
 * stories they start from, and opening the console on them.
 */
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdminClient } from '../../../src/admin/kit/client.js';
import type { StaffStory } from '../../../src/api/contract/staff.js';
import { watchConsole } from '../helpers/console.js';
import { $, $$, active, until } from '../helpers/dom.js';
import { admin, cleanup, json, problem, story } from './admin.fake.js';

/** A story in another state than pending, with open reports if given. */
export function stored(
  id: string,
  status: StaffStory['status'],
  text: string,
  reports: Partial<StaffStory['reports']> = {},
): StaffStory {
  const count = reports.count ?? 0;
  return {
    ...story(id, 'none', text),
    status,
    approvedAt: status === 'pending' ? null : '2026-11-21T10:00:00.000Z',
    reports: { count, reasons: {}, notes: [], ...reports },
  };
}

export const detailed: StaffStory = {
  ...story('s-9', 'none', 'I am Rowan. Write me at rowan@mail.example please.'),
  masked: {
    masked: 'I am [name]. Write me at [e-mail] please.',
    language: 'en',
    segments: [
      { text: 'I am ' },
      { text: 'Rowan', kind: 'name', placeholder: '[name]' },
      { text: '. Write me at ' },
      { text: 'rowan@mail.example', kind: 'email', placeholder: '[e-mail]' },
      { text: ' please.' },
    ],
    ranges: [
      { kind: 'name', start: 5, end: 10 },
      { kind: 'email', start: 24, end: 42 },
    ],
  },
  flags: { crisis: 'none', personalDetails: ['name', 'email'], links: 0, repeat: false, spam: [] },
};

/** A published story whose phone number staff chose to keep: marked, with no placeholder. */
export const kept: StaffStory = {
  ...stored('k-1', 'approved', 'Our front desk is 555 201 4433, they were kind.'),
  masked: {
    masked: 'Our front desk is 555 201 4433, they were kind.',
    language: 'en',
    segments: [
      { text: 'Our front desk is ' },
      { text: '555 201 4433', kind: 'phone' },
      { text: ', they were kind.' },
    ],
    ranges: [{ kind: 'phone', start: 18, end: 30 }],
  },
  detailsKept: true,
  flags: { crisis: 'none', personalDetails: ['phone'], links: 0, repeat: false, spam: [] },
};

export const TOPICS = [
  { id: 'anxiety', label: 'Anxiety' },
  { id: 'depression', label: 'Depression' },
  { id: 'grief', label: 'Grief and loss' },
  { id: 'trauma', label: 'Trauma' },
  { id: 'parenting', label: 'Parenting' },
  { id: 'recovery', label: 'Addiction recovery' },
];

export interface ApiOptions {
  /** What the three staff lists (`GET /v1/admin/stories`) answer. */
  lists?: 'error' | 'pending';
  /** What a step on one story answers instead of doing it. */
  step?: 409 | 500;
  /** Ids the bulk approval reports as handled by someone else. */
  taken?: string[];
  /** Pages after the first fail. */
  moreFails?: boolean;
  /**
   * Texts with an `@` or a run of digits are refused for their details, as the server does;
   * `unnamed`: as a server that does not say which details it found.
   */
  refuseDetails?: boolean | 'unnamed';
}

/** The server's answer to a text that still holds a phone number or an e-mail address. */
function refusal(text: string, named: boolean): Response | undefined {
  const details = [
    ...[...text.matchAll(/\d[\d ]{5,}\d/g)].map((match) => ({ kind: 'phone', text: match[0] })),
    ...[...text.matchAll(/\S+@\S+\.\w+/g)].map((match) => ({ kind: 'email', text: match[0] })),
    // A name only the server's dictionary of first names knows.
    ...[...text.matchAll(/\bKevin\b/g)].map((match) => ({ kind: 'name', text: match[0] })),
  ];
  if (!details.length) return undefined;
  return new Response(
    JSON.stringify({
      type: 'urn:hearth:problem:personal-details',
      title: 'The text still holds personal details',
      status: 422,
      fields: { body: 'The text still holds personal details.' },
      codes: { body: 'personal_details' },
      ...(named && { details }),
    }),
    { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/**
 * The story routes of the staff API over a small in-memory store that moves stories between
 * states the way the reference server does; records each request path with its query.
 */
export function storyApi(stories: StaffStory[], options: ApiOptions = {}) {
  const db = new Map(stories.map((each) => [each.id, structuredClone(each)]));
  const paths: string[] = [];
  const original = AdminClient.prototype.request;
  AdminClient.prototype.request = function (this: AdminClient, method, path, init) {
    paths.push(path);
    return original.call(this, method, path, init);
  } as typeof original;
  const restore = () => void (AdminClient.prototype.request = original);

  const routes = ({
    method,
    path,
    body,
  }: {
    method: string;
    path: string;
    body?: Record<string, unknown>;
  }) => {
    const query = new URLSearchParams(paths.at(-1)!.split('?')[1] ?? '');
    if (path === '/v1/admin/stories/queue') {
      return json({
        items: [...db.values()].filter(
          (each) => each.status === 'pending' || each.status === 'hidden',
        ),
      });
    }
    if (path === '/v1/admin/stories' && method === 'GET') {
      if (options.lists === 'error') return problem(500);
      if (options.lists === 'pending') return new Promise<Response>(() => {});
      const statuses = query.get('status')!.split(',');
      const reported = query.get('reported') === 'true';
      if (query.has('cursor') && options.moreFails) return problem(500);
      const items = [...db.values()].filter(
        (each) => statuses.includes(each.status) && (!reported || each.reports.count > 0),
      );
      const from = Number(query.get('cursor') ?? 0);
      const to = from + Number(query.get('limit'));
      return json({
        items: items.slice(from, to),
        nextCursor: to < items.length ? String(to) : null,
      });
    }
    if (path === '/v1/practice') return json({ topics: TOPICS });
    if (path === '/v1/admin/stories/approve') {
      const results = (body!['ids'] as string[]).map((id) => {
        const each = db.get(id)!;
        if (options.taken?.includes(id) || each.status !== 'pending') {
          db.set(id, { ...each, status: 'approved' });
          return { id, result: 'not_allowed' };
        }
        db.set(id, { ...each, status: 'approved' });
        return { id, result: 'approved' };
      });
      return json({ results });
    }
    const step = /^\/v1\/admin\/stories\/([^/]+)\/(approve|reject|hide|keep|edit)$/.exec(path);
    if (step) {
      if (options.step) return problem(options.step);
      const each = db.get(step[1]!)!;
      const closed = { count: 0, reasons: {}, notes: [] };
      const text = body?.['body'] as string | undefined;
      const refused =
        options.refuseDetails &&
        text &&
        !body!['keepDetails'] &&
        refusal(text, options.refuseDetails !== 'unnamed');
      if (refused) return refused;
      const content: Partial<StaffStory> = {
        ...(text && {
          body: text,
          masked: { masked: text, language: 'en', segments: [{ text }], ranges: [] },
        }),
        ...(body?.['contentWarning'] !== undefined && {
          contentWarning: body['contentWarning'] as string | null,
        }),
        ...(body?.['topics'] !== undefined && { topics: body['topics'] as string[] }),
        ...(body?.['keepDetails'] === true && { detailsKept: true }),
      };
      const next: StaffStory =
        step[2] === 'approve' || step[2] === 'edit'
          ? {
              ...each,
              ...content,
              ...(step[2] === 'approve' && {
                status: 'approved',
                statusReason: null,
                reports: each.status === 'hidden' ? closed : each.reports,
              }),
            }
          : step[2] === 'reject'
            ? { ...each, status: 'rejected', statusReason: body!['reason'] as string }
            : step[2] === 'hide'
              ? { ...each, status: 'hidden', statusReason: body!['reason'] as string }
              : { ...each, reports: closed };
      db.set(each.id, next);
      return json(next);
    }
    return undefined;
  };
  return { db, paths, routes, restore };
}

/** The store behind the console the current test opened, if any. */
export let api: ReturnType<typeof storyApi> | undefined;

/** Watches the console and, after each test, puts the client back and removes the console. */
export function storyHooks() {
  watchConsole();
  afterEach(() => {
    api?.restore();
    api = undefined;
    cleanup();
  });
}

/** Opens the console, signed in, over a store holding these stories. */
export async function open(stories: StaffStory[], options: ApiOptions = {}, lang = 'en') {
  api = storyApi(stories, options);
  const element = await admin({ signedIn: true, routes: api.routes }, lang);
  await until(element, '#list-review');
  return element;
}

/**
 * Opens the story with details in a console whose server refuses texts that still hold some,
 * starts editing it, and types `text` over the masked text.
 */
export async function editDetailed(text: string, refuseDetails: true | 'unnamed' = true) {
  const element = await open([detailed], { refuseDetails });
  await until(element, '#edit-start-s-9');
  $(element, '#edit-start-s-9').click();
  await until(element, '#edit-s-9');
  const textarea = $<HTMLTextAreaElement>(element, '#edit-s-9');
  textarea.focus();
  textarea.select();
  await sendKeys({ type: text });
  return { element, textarea };
}

/** Shows one of the four lists and waits for focus on its title. */
export async function showList(element: HTMLElement, list: string) {
  $(element, `#list-${list}`).click();
  await waitUntil(() => $(element, `#list-${list}`).getAttribute('aria-pressed') === 'true');
  await waitUntil(() => active(element)?.id === 'queue-title');
}

/** The button whose text is `name`. */
export const buttonNamed = (element: HTMLElement, name: string) =>
  $$<HTMLButtonElement>(element, 'button').find((each) => each.textContent!.trim() === name)!;

/** Two reported stories (one hidden by reports), one published and one hidden by staff. */
export const reportedStories = () => [
  stored('r-1', 'approved', 'He sounds like my neighbour.', {
    count: 2,
    reasons: { identifies_someone: 1, harmful: 1 },
    notes: ['This is about a real person <b>I know</b>'],
  }),
  {
    ...stored('r-2', 'hidden', 'Buy cheap pills here', { count: 3, reasons: { spam: 3 } }),
    statusReason: 'reports',
  },
  stored('p-1', 'approved', 'Group helped me sleep.'),
  { ...stored('h-1', 'hidden', 'Hidden for a check.'), statusReason: 'Checking a detail' },
];
