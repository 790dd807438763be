import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Group, Problem, SignupResult } from '../../src/api/contract/public.js';
import { IDEMPOTENCY_TTL_MS } from '../src/db/idempotency.js';
import {
  GROUPS,
  importGroups,
  NO_RATE_LIMITS,
  PERSONAL_VALUES,
  postSignup,
  testGroup,
  visitor,
} from './fixtures.js';
import { startTestServer, testClock, TEST_NOW, type TestServer } from './helpers.js';

type ProblemWithCodes = Problem & { codes?: Record<string, string> };

describe('POST /v1/groups/{id}/signups', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ seed: 'none', ...NO_RATE_LIMITS });
    await importGroups(server, [GROUPS.open, GROUPS.teens, GROUPS.closed, GROUPS.small]);
  });
  after(() => server.stop());

  describe('a valid request', () => {
    it('answers 201 requested, never cached, and stores it with the consent version and time', async () => {
      const before = (await server.store.listSignups()).length;
      const { status, body, headers } = await postSignup(server, GROUPS.open.id, visitor());
      assert.equal(status, 201);
      assert.equal(headers.get('cache-control'), 'no-store');
      const result = body as SignupResult;
      assert.equal(result.status, 'requested');
      assert.equal(result.waitlistPosition, undefined);

      const stored = await server.store.listSignups();
      assert.equal(stored.length, before + 1);
      const signup = stored.find((entry) => entry.id === result.id);
      assert.deepEqual(signup, {
        id: result.id,
        groupId: GROUPS.open.id,
        status: 'received',
        name: 'Marguerite Quillfeather',
        email: 'marguerite.quill@visitor.example',
        phone: '+1 503 555 0199',
        contactMethod: 'text',
        okToLeaveMessage: true,
        bestTimes: 'Tuesday evenings after seven',
        message: 'I lost my sister in spring and would like to talk with others.',
        consent: { contact: true, privacy: true },
        consentVersion: '2026-11',
        consentedAt: TEST_NOW.toISOString(),
        createdAt: TEST_NOW.toISOString(),
        crisis: 'none',
      });
    });

    it('computes seats and status from the sign-ups, then waitlists with positions', async () => {
      const seats = async () =>
        (await server.request(`/v1/groups/${GROUPS.small.id}`)).body as Group;
      assert.deepEqual(await statusOf(seats), { seatsLeft: 3, status: 'open' });

      const first = await postSignup(server, GROUPS.small.id, visitor());
      assert.equal((first.body as SignupResult).status, 'requested');
      assert.deepEqual(await statusOf(seats), { seatsLeft: 2, status: 'few_seats' });

      await postSignup(server, GROUPS.small.id, visitor());
      await postSignup(server, GROUPS.small.id, visitor());
      assert.deepEqual(await statusOf(seats), { seatsLeft: 0, status: 'waitlist' });

      const fourth = await postSignup(server, GROUPS.small.id, visitor());
      const fifth = await postSignup(server, GROUPS.small.id, visitor());
      assert.equal(fourth.status, 201);
      assert.deepEqual(
        [fourth.body, fifth.body].map((body) => {
          const { status, waitlistPosition } = body as SignupResult;
          return { status, waitlistPosition };
        }),
        [
          { status: 'waitlisted', waitlistPosition: 1 },
          { status: 'waitlisted', waitlistPosition: 2 },
        ],
      );
      assert.deepEqual(await statusOf(seats), { seatsLeft: 0, status: 'waitlist' });
    });

    it('accepts a group with an age range once the age is confirmed', async () => {
      const { status } = await postSignup(server, GROUPS.teens.id, visitor({ ageConfirmed: true }));
      assert.equal(status, 201);
    });
  });

  describe('validation', () => {
    it('answers 400 with English words in `fields` and codes in `codes`', async () => {
      const { status, body, headers } = await postSignup(server, GROUPS.open.id, {});
      assert.equal(status, 400);
      assert.equal(headers.get('content-type'), 'application/problem+json');
      assert.equal(headers.get('cache-control'), 'no-store');
      const problem = body as ProblemWithCodes;
      assert.equal(problem.type, 'urn:hearth:problem:validation');
      assert.deepEqual(problem.codes, {
        name: 'required',
        email: 'required',
        contactMethod: 'required',
        'consent.contact': 'consent',
        'consent.privacy': 'consent',
      });
      assert.deepEqual(Object.keys(problem.fields ?? {}), Object.keys(problem.codes ?? {}));
      assert.equal(problem.fields?.email, 'Enter your e-mail address.');
    });

    it('applies each rule of the shared schema', async () => {
      const cases: [Record<string, unknown>, string, string, RegExp][] = [
        [{ email: 'not-an-address' }, 'email', 'email', /valid e-mail/],
        [{ name: 'x'.repeat(101) }, 'name', 'too_long', /at most 100/],
        [{ phone: '' }, 'phone', 'phone_required', /phone number/],
        [{ phone: '12' }, 'phone', 'phone', /7 to 15 digits/],
        [{ contactMethod: 'fax' }, 'contactMethod', 'invalid', /email, phone or text/],
        [{ message: 'x'.repeat(1001) }, 'message', 'too_long', /at most 1000/],
        [{ bestTimes: 'x'.repeat(201) }, 'bestTimes', 'too_long', /at most 200/],
        [{ okToLeaveMessage: 'yes' }, 'okToLeaveMessage', 'invalid', /yes or no/],
        [{ consent: { contact: true } }, 'consent.privacy', 'consent', /privacy policy/],
        [{ consent: { privacy: true } }, 'consent.contact', 'consent', /contacted/],
      ];
      for (const [change, field, code, words] of cases) {
        const { status, body } = await postSignup(server, GROUPS.open.id, visitor(change));
        const problem = body as ProblemWithCodes;
        assert.equal(status, 400, field);
        assert.deepEqual(problem.codes, { [field]: code }, field);
        assert.match(problem.fields?.[field] ?? '', words, field);
      }
    });

    it('drops bidi controls from the name, e-mail and phone, so they read as typed', async () => {
      const { status, body } = await postSignup(
        server,
        GROUPS.open.id,
        visitor({
          name: 'Mallory \u202Egnp.exe\u2066 \u200FRuiz',
          email: '\u202Dmallory@visitor.example\u200E',
          phone: '\u200E+1 503 555 0123',
        }),
      );
      assert.equal(status, 201);
      const stored = (await server.store.listSignups()).find(
        (entry) => entry.id === (body as SignupResult).id,
      );
      assert.equal(stored?.name, 'Mallory gnp.exe \u200FRuiz', 'a right-to-left mark may stay');
      assert.equal(stored?.email, 'mallory@visitor.example');
      assert.equal(stored?.phone, '+1 503 555 0123');

      const empty = await postSignup(server, GROUPS.open.id, visitor({ name: ' \u202E\u2067 ' }));
      assert.equal(empty.status, 400);
      assert.deepEqual((empty.body as ProblemWithCodes).codes, { name: 'required' });
    });

    it('asks for age confirmation only in a group with an age range', async () => {
      const teens = await postSignup(server, GROUPS.teens.id, visitor());
      assert.equal(teens.status, 400);
      assert.deepEqual((teens.body as ProblemWithCodes).codes, { ageConfirmed: 'age' });
      const adults = await postSignup(server, GROUPS.open.id, visitor());
      assert.equal(adults.status, 201);
    });

    it('never echoes what was typed', async () => {
      const { text } = await postSignup(server, GROUPS.open.id, visitor({ email: 'marguerite' }));
      assert.ok(!text.includes('marguerite'));
    });
  });

  describe('the honeypot', () => {
    it('answers a filled honeypot like a success and stores nothing', async () => {
      const before = await server.store.listSignups();
      const { status, body, headers } = await postSignup(
        server,
        GROUPS.open.id,
        visitor({ website: 'https://spam.example' }),
      );
      assert.equal(status, 201);
      assert.equal(headers.get('cache-control'), 'no-store');
      assert.equal((body as SignupResult).status, 'requested');
      assert.match((body as SignupResult).id, /^[0-9a-f-]{36}$/);
      assert.deepEqual(await server.store.listSignups(), before);
    });
  });

  describe('errors', () => {
    it('answers an unknown, archived or malformed group with 404', async () => {
      for (const id of ['no-such-group', 'bad%20id', 'x'.repeat(65)]) {
        const { status, headers } = await postSignup(server, id, visitor());
        assert.equal(status, 404, id);
        assert.equal(headers.get('cache-control'), 'no-store');
      }
    });

    it('answers a closed group with 409 group-closed', async () => {
      const { status, body } = await postSignup(server, GROUPS.closed.id, visitor());
      assert.equal(status, 409);
      assert.equal((body as Problem).type, 'urn:hearth:problem:group-closed');
      assert.match((body as Problem).detail ?? '', /not taking requests/);
    });

    it('answers a body that is not JSON with 415, and malformed JSON with 400', async () => {
      const notJson = await postSignup(server, GROUPS.open.id, 'name=Sam', {
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(notJson.status, 415);
      const malformed = await postSignup(server, GROUPS.open.id, '{"name": "Sam",');
      assert.equal(malformed.status, 400);
      assert.equal((malformed.body as Problem).type, 'urn:hearth:problem:malformed-json');
    });

    it('answers a body over the cap with 413', async () => {
      const { status } = await postSignup(
        server,
        GROUPS.open.id,
        visitor({ message: 'x'.repeat(70 * 1024) }),
      );
      assert.equal(status, 413);
    });

    it('caps a body sent in chunks without a declared length too, and reads one under the cap', async () => {
      const chunked = (text: string) => {
        const bytes = new TextEncoder().encode(text);
        return new ReadableStream<Uint8Array>({
          start(controller) {
            for (let at = 0; at < bytes.length; at += 4096) {
              controller.enqueue(bytes.subarray(at, at + 4096));
            }
            controller.close();
          },
        });
      };
      const send = (text: string) =>
        server.request(`/v1/groups/${GROUPS.open.id}/signups`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
          body: chunked(text),
          duplex: 'half',
        } as RequestInit);
      const tooLarge = await send(JSON.stringify(visitor({ message: 'x'.repeat(70 * 1024) })));
      assert.equal(tooLarge.status, 413);
      assert.equal((tooLarge.body as Problem).status, 413);
      // A byte-order mark before the JSON is dropped, as a browser's decoder would.
      const accepted = await send(`\uFEFF${JSON.stringify(visitor())}`);
      assert.equal(accepted.status, 201);
    });

    it('answers other methods with 405 and Allow: POST', async () => {
      const { status, headers } = await server.request(`/v1/groups/${GROUPS.open.id}/signups`);
      assert.equal(status, 405);
      assert.equal(headers.get('allow'), 'POST');
    });

    it('requires a well-formed Idempotency-Key', async () => {
      const missing = await server.request(`/v1/groups/${GROUPS.open.id}/signups`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(visitor()),
      });
      assert.equal(missing.status, 400);
      assert.deepEqual((missing.body as ProblemWithCodes).codes, { 'Idempotency-Key': 'required' });
      assert.match((missing.body as Problem).fields?.['Idempotency-Key'] ?? '', /Idempotency-Key/);

      for (const key of ['has space', 'x'.repeat(201), 'é']) {
        const { status, body } = await postSignup(server, GROUPS.open.id, visitor(), { key });
        assert.equal(status, 400, key);
        assert.deepEqual((body as ProblemWithCodes).codes, { 'Idempotency-Key': 'invalid' });
      }
      const longest = await postSignup(server, GROUPS.open.id, visitor(), { key: 'k'.repeat(200) });
      assert.equal(longest.status, 201);
    });
  });
});

describe('idempotency', () => {
  const clock = testClock();
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ seed: 'none', ...NO_RATE_LIMITS }, undefined, {
      now: clock.now,
    });
    await importGroups(server, [GROUPS.open, GROUPS.small]);
  });
  after(() => server.stop());

  it('answers a retry with the same key and body with the first answer, storing one sign-up', async () => {
    const key = randomUUID();
    const first = await postSignup(server, GROUPS.open.id, visitor(), { key });
    const retry = await postSignup(server, GROUPS.open.id, visitor(), { key });
    assert.equal(first.status, 201);
    assert.equal(retry.status, 201);
    assert.equal(retry.text, first.text);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal(retry.headers.get('cache-control'), 'no-store');
    const ids = (await server.store.listSignups()).map((signup) => signup.id);
    assert.deepEqual(ids, [(first.body as SignupResult).id]);
  });

  it('replays a waitlist position too, even after the waitlist moved on', async () => {
    for (let seat = 0; seat < 3; seat++) await postSignup(server, GROUPS.small.id, visitor());
    const key = randomUUID();
    const first = await postSignup(server, GROUPS.small.id, visitor(), { key });
    await postSignup(server, GROUPS.small.id, visitor());
    const retry = await postSignup(server, GROUPS.small.id, visitor(), { key });
    assert.deepEqual(retry.body, first.body);
    assert.equal((retry.body as SignupResult).waitlistPosition, 1);
  });

  it('refuses the same key with a different body: 422', async () => {
    const key = randomUUID();
    await postSignup(server, GROUPS.open.id, visitor(), { key });
    const count = (await server.store.listSignups()).length;
    const other = await postSignup(server, GROUPS.open.id, visitor({ name: 'Someone Else' }), {
      key,
    });
    assert.equal(other.status, 422);
    assert.equal((other.body as Problem).type, 'urn:hearth:problem:idempotency-key-reused');
    assert.equal((await server.store.listSignups()).length, count);
  });

  it('scopes keys by route: the same key for another group is a new request', async () => {
    const key = randomUUID();
    const open = await postSignup(server, GROUPS.open.id, visitor(), { key });
    const small = await postSignup(server, GROUPS.small.id, visitor(), { key });
    assert.equal(small.status, 201);
    assert.notEqual((small.body as SignupResult).id, (open.body as SignupResult).id);
  });

  it('forgets a key after 24 hours: the same key is then a new request', async () => {
    const key = randomUUID();
    const first = await postSignup(server, GROUPS.open.id, visitor(), { key });
    clock.advance(IDEMPOTENCY_TTL_MS - 1);
    const stillKnown = await postSignup(server, GROUPS.open.id, visitor(), { key });
    assert.equal(stillKnown.text, first.text);
    clock.advance(1);
    const later = await postSignup(server, GROUPS.open.id, visitor(), { key });
    assert.equal(later.status, 201);
    assert.notEqual((later.body as SignupResult).id, (first.body as SignupResult).id);
    assert.equal(later.headers.get('idempotent-replayed'), null);
  });
});

describe('capacity under concurrency', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ seed: 'none', ...NO_RATE_LIMITS });
    await importGroups(server, [GROUPS.race]);
  });
  after(() => server.stop());

  it('gives 20 simultaneous requests for 5 seats exactly 5 seats and waitlist positions 1..15', async () => {
    const group = (await server.request(`/v1/groups/${GROUPS.race.id}`)).body as Group;
    assert.equal(group.seatsLeft, 5);

    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        postSignup(server, GROUPS.race.id, visitor({ name: `Person ${index}` })),
      ),
    );
    assert.ok(responses.every((response) => response.status === 201));
    const results = responses.map((response) => response.body as SignupResult);
    const requested = results.filter((result) => result.status === 'requested');
    const waitlisted = results.filter((result) => result.status === 'waitlisted');
    assert.equal(requested.length, 5);
    assert.equal(waitlisted.length, 15);
    assert.deepEqual(
      waitlisted.map((result) => result.waitlistPosition).sort((a, b) => a! - b!),
      Array.from({ length: 15 }, (_, index) => index + 1),
    );
    assert.equal(new Set(results.map((result) => result.id)).size, 20);

    const stored = await server.store.listSignups();
    assert.equal(stored.length, 20);
    assert.equal(stored.filter((signup) => signup.status === 'received').length, 5);
    const after = (await server.request(`/v1/groups/${GROUPS.race.id}`)).body as Group;
    assert.deepEqual(
      { seatsLeft: after.seatsLeft, status: after.status },
      {
        seatsLeft: 0,
        status: 'waitlist',
      },
    );
  });

  it('treats 10 simultaneous retries of one request as one sign-up', async () => {
    const key = randomUUID();
    const before = (await server.store.listSignups()).length;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => postSignup(server, GROUPS.race.id, visitor(), { key })),
    );
    assert.equal(new Set(responses.map((response) => response.text)).size, 1);
    assert.equal((await server.store.listSignups()).length, before + 1);
  });
});

describe('logs', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ seed: 'none', ...NO_RATE_LIMITS });
    await importGroups(server, [GROUPS.open, GROUPS.teens]);
  });
  after(() => server.stop());

  it('never contain what a visitor typed, whatever the outcome', async () => {
    await postSignup(server, GROUPS.open.id, visitor());
    await postSignup(server, GROUPS.teens.id, visitor());
    await postSignup(server, GROUPS.open.id, visitor({ website: 'x' }));
    await postSignup(server, GROUPS.open.id, visitor({ email: 'marguerite.quill@visitor' }));
    await postSignup(server, GROUPS.open.id, JSON.stringify(visitor()).slice(0, -4));
    assert.ok(server.logs.length >= 5);
    const all = JSON.stringify(server.logs);
    for (const value of PERSONAL_VALUES) assert.ok(!all.includes(value), `logs contain ${value}`);
  });
});

describe('a group filled by people enrolled outside Hearth', () => {
  it('waitlists the first sign-up', async () => {
    const server = await startTestServer({ seed: 'none', ...NO_RATE_LIMITS });
    try {
      const full = testGroup('full-group', { capacity: 6, externalEnrolled: 6 });
      await importGroups(server, [full]);
      const group = (await server.request('/v1/groups/full-group')).body as Group;
      assert.deepEqual(
        { seatsLeft: group.seatsLeft, status: group.status },
        {
          seatsLeft: 0,
          status: 'waitlist',
        },
      );
      const { body } = await postSignup(server, 'full-group', visitor());
      assert.deepEqual(
        { ...(body as SignupResult), id: 'x' },
        {
          id: 'x',
          status: 'waitlisted',
          waitlistPosition: 1,
          crisis: false,
        },
      );
    } finally {
      await server.stop();
    }
  });
});

async function statusOf(read: () => Promise<Group>) {
  const { seatsLeft, status } = await read();
  return { seatsLeft, status };
}
