// Property-based bad input: whatever arrives, the sign-up route answers 201 or a 4xx problem
// document (checked against the OpenAPI document by the test helper), never a 500.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { GROUPS, importGroups, NO_RATE_LIMITS, visitor } from './fixtures.js';
import { startTestServer, type CheckedResponse, type TestServer } from './helpers.js';

const RUNS = 60;
const SIGNUP_FIELDS = [
  'name',
  'email',
  'phone',
  'contactMethod',
  'okToLeaveMessage',
  'bestTimes',
  'message',
  'ageConfirmed',
  'consent',
  'website',
] as const;

// Any Unicode text, including astral characters, combining marks and control characters.
const anyText = fc.string({ unit: 'binary', maxLength: 300 });
// Header values fetch can send: tab, visible ASCII and space, and Latin-1 (controls are tested
// separately with a hand-written request, since fetch refuses to send them).
const headerText = fc.string({
  unit: fc.oneof(
    fc.constant('\t'),
    fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
    fc.integer({ min: 0x80, max: 0xff }).map((code) => String.fromCharCode(code)),
  ),
  maxLength: 250,
});

describe('sign-ups under arbitrary input', () => {
  let server: TestServer;
  let keyCounter = 0;

  before(async () => {
    server = await startTestServer({ seed: 'none', ...NO_RATE_LIMITS });
    await importGroups(server, [GROUPS.open, GROUPS.teens]);
  });
  after(() => server.stop());

  const post = (body: string, headers: Record<string, string> = {}, groupId = GROUPS.open.id) =>
    server.request(`/v1/groups/${encodeURIComponent(groupId)}/signups`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': `property-${++keyCounter}`,
        ...headers,
      },
      body,
    });

  const assertHandled = ({ status, headers, body }: CheckedResponse) => {
    assert.ok(status === 201 || (status >= 400 && status < 500), `answered ${status}`);
    assert.equal(headers.get('cache-control'), 'no-store');
    if (status !== 201) {
      assert.equal(headers.get('content-type'), 'application/problem+json');
      assert.equal((body as { status: number }).status, status);
    }
  };

  it('any JSON value as the body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        assertHandled(await post(JSON.stringify(value)));
      }),
      { numRuns: RUNS },
    );
  });

  it('any bytes as the body', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => assertHandled(await post(text))),
      { numRuns: RUNS },
    );
  });

  it('wrong types in any field of an otherwise valid request', async () => {
    const wrong = fc.record(
      Object.fromEntries(SIGNUP_FIELDS.map((field) => [field, fc.anything()])),
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(wrong, fc.boolean(), async (changes, teens) => {
        const response = await post(
          JSON.stringify(visitor(changes)),
          {},
          teens ? GROUPS.teens.id : GROUPS.open.id,
        );
        assertHandled(response);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('any Unicode text in every text field', async () => {
    const texts = fc.record({
      name: anyText,
      email: anyText,
      phone: anyText,
      bestTimes: anyText,
      message: anyText,
      contactMethod: fc.oneof(anyText, fc.constantFrom('email', 'phone', 'text')),
    });
    await fc.assert(
      fc.asyncProperty(texts, async (changes) => {
        assertHandled(await post(JSON.stringify(visitor(changes))));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('any Idempotency-Key, Content-Type and group id', async () => {
    await fc.assert(
      fc.asyncProperty(
        headerText,
        fc.oneof(
          headerText,
          fc.constantFrom(
            'application/json',
            'application/json; charset=utf-8',
            'text/plain',
            'application/problem+json',
          ),
        ),
        fc.oneof(anyText, fc.constantFrom(GROUPS.open.id, GROUPS.teens.id)),
        async (key, contentType, groupId) => {
          assertHandled(
            await post(
              JSON.stringify(visitor()),
              { 'Idempotency-Key': key, 'Content-Type': contentType },
              groupId,
            ),
          );
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('answers a header Node cannot parse with a problem document too', async () => {
    // fetch refuses to send such a header, so write the request by hand.
    const { connect } = await import('node:net');
    const url = new URL(server.url);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(
          `POST /v1/groups/${GROUPS.open.id}/signups HTTP/1.1\r\nHost: x\r\n` +
            'Idempotency-Key: a\u0000b\r\nContent-Length: 2\r\n\r\n{}',
        );
      });
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    assert.match(raw, /^HTTP\/1\.1 400 /);
    assert.match(raw, /Content-Type: application\/problem\+json/);
  });
});
