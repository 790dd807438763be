/**
 * A fake of `POST /v1/groups/{id}/signups` on top of the shared fake API: it records each
 * request's Idempotency-Key and body, and answers from a queue the test sets up. Shared by the
 * sign-up tests and stories; no server needed.
 */
import { createClient, type HearthClient } from '../../../src/api/index.js';
import type { CrisisResource } from '../../../src/api/contract/public.js';
import { fakeApi, type FakeApi, type FakeApiOptions } from '../helpers/fake-api.js';

export interface SignupCall {
  url: string;
  key: string | null;
  body: Record<string, unknown>;
}

/**
 * How the fake answers one sign-up. `hang` waits until `release()`; `crisis` is a request whose
 * message spoke of suicide now, answered with the practice's crisis lines.
 */
export type SignupAnswer =
  | 'requested'
  | 'waitlisted'
  | 'crisis'
  | 'offline'
  | 'closed'
  | 'busy'
  | 'server'
  | 'invalid'
  | 'hang';

/** The crisis lines the fake answers `crisis` with (the practice's, as the server sends them). */
export const CRISIS_LINES: CrisisResource[] = [
  {
    name: '988 Suicide & Crisis Lifeline',
    description: 'Call or text 988, any time.',
    phone: '988',
    sms: '988',
  },
  { name: 'Crisis Text Line', description: 'Text HOME to 741741.', sms: '741741' },
];

export interface SignupFake {
  client: HearthClient;
  api: FakeApi;
  /** Every sign-up request, in order. */
  calls: SignupCall[];
  /** Answers for the next sign-ups, taken in order; `requested` when empty. */
  answers: SignupAnswer[];
  /** Lets the oldest hanging request answer `requested`. */
  release(): void;
}

const problem = (status: number, extra: Record<string, unknown>, headers = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', title: 'Problem', status, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });

const created = (status: 'requested' | 'waitlisted', position?: number, crisis = false) =>
  new Response(
    JSON.stringify({
      id: 'su-1',
      status,
      ...(position ? { waitlistPosition: position } : {}),
      crisis,
      ...(crisis ? { resources: CRISIS_LINES } : {}),
    }),
    { status: 201, headers: { 'Content-Type': 'application/json' } },
  );

export function signupFake(
  options: FakeApiOptions & { answers?: SignupAnswer[] } = {},
): SignupFake {
  const api = fakeApi(options);
  const hanging: (() => void)[] = [];
  const fake: SignupFake = {
    api,
    calls: [],
    answers: options.answers ?? [],
    release: () => hanging.shift()?.(),
    client: undefined as unknown as HearthClient,
  };
  const fetchImpl: typeof fetch = async (input, init) => {
    if (init?.method !== 'POST') return api.fetch(input, init);
    const url = String(input);
    fake.calls.push({
      url,
      key: new Headers(init.headers).get('Idempotency-Key'),
      body: JSON.parse(String(init.body)) as Record<string, unknown>,
    });
    const answer = fake.answers.shift() ?? 'requested';
    switch (answer) {
      case 'requested':
        return created('requested');
      case 'waitlisted':
        return created('waitlisted', 3);
      case 'crisis':
        return created('requested', undefined, true);
      case 'offline':
        throw new TypeError('Failed to fetch');
      case 'closed':
        return problem(409, { type: 'urn:hearth:problem:group-closed' });
      case 'busy':
        return problem(429, { type: 'urn:hearth:problem:rate-limited' }, { 'Retry-After': '120' });
      case 'server':
        return problem(500, { type: 'urn:hearth:problem:internal' });
      case 'invalid':
        return problem(400, {
          type: 'urn:hearth:problem:validation',
          fields: {
            email: 'Enter an email address like name@example.com.',
            phone: 'The server words this one itself.',
          },
          codes: { email: 'email', phone: 'some_future_code' },
        });
      case 'hang':
        return new Promise<Response>((resolve) =>
          hanging.push(() => resolve(created('requested'))),
        );
    }
  };
  fake.client = createClient({
    baseUrl: 'https://api.example.test/',
    fetch: fetchImpl,
    retries: 0,
  });
  return fake;
}
