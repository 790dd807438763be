import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  GROUPS,
  importGroups,
  NO_RATE_LIMITS,
  postSignup,
  testGroup,
  visitor,
} from './fixtures.js';
import { startTestServer, TEST_NOW, type TestServer } from './helpers.js';
import { demoGroups } from '../src/seed.js';

describe('GET /groups, the page without script', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ seed: 'none', ...NO_RATE_LIMITS });
    await importGroups(server, [
      testGroup('tricky', {
        name: 'Grief <script>alert("x")</script> & "loss"',
        summary: "It's <b>bold</b>",
        capacity: 3,
        format: 'in_person',
        location: demoGroups(TEST_NOW)[0]!.location,
        schedule: {
          frequency: 'weekly',
          weekday: 1,
          startTime: '18:30',
          durationMinutes: 90,
          timeZone: 'America/Los_Angeles',
        },
        enrollment: 'ongoing',
        startsOn: undefined,
        sessionCount: undefined,
      }),
      { ...GROUPS.small, name: 'Small group', format: 'online' },
      { ...GROUPS.closed, name: 'Closed group' },
    ]);
    await postSignup(server, 'tricky', visitor());
    for (let seat = 0; seat < 3; seat++) await postSignup(server, GROUPS.small.id, visitor());
  });
  after(() => server.stop());

  it('is an English HTML page with headings, cached like the public API', async () => {
    const { status, headers, text } = await server.request('/groups');
    assert.equal(status, 200);
    assert.equal(headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(headers.get('cache-control'), 'public, max-age=60, stale-while-revalidate=300');
    assert.match(headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.match(text, /^<!doctype html>\s*<html lang="en">/);
    assert.match(text, /<h1>Therapy groups at Riverbend Counseling Collective<\/h1>/);
    assert.equal(text.match(/<h2 id="group-/g)?.length, 2, 'one heading per open group');
    assert.match(text, /<link rel="stylesheet" href="groups.css" \/>/);

    const again = await server.request('/groups', {
      headers: { 'If-None-Match': headers.get('etag')! },
    });
    assert.equal(again.status, 304);
  });

  it('escapes every text and has no script or inline style', async () => {
    const { text } = await server.request('/groups');
    assert.ok(!/<script/i.test(text), 'no script element');
    assert.ok(!/\sstyle=/i.test(text), 'no inline style');
    assert.ok(!text.includes('<b>'));
    assert.match(
      text,
      /Grief &#60;script&#62;alert\(&#34;x&#34;\)&#60;\/script&#62; &#38; &#34;loss&#34;/,
    );
    assert.match(text, /It&#39;s &#60;b&#62;bold&#60;\/b&#62;/);
  });

  it('shows schedule, place and seats in words, in the practice’s time zone', async () => {
    const { text } = await server.request('/groups');
    // The fixture meets on Mondays at 18:30 for 90 minutes in Los Angeles; TEST_NOW is a Monday
    // in March, before the change to daylight time.
    assert.match(
      text,
      /Mondays, 6:30\s*–\s*8:00\sPM Pacific Time; next session Monday, March 3\. Ongoing: join any time\./,
    );
    assert.match(text, /2 spots left\./);
    assert.match(text, /Full right now: you can join the waitlist\./);
    assert.match(text, /Online, by video\./);
    assert.match(text, /In person at Riverbend Counseling Collective, 412 SE Riverbend Lane/);
    assert.ok(!text.includes('Closed group'), 'groups not taking requests are left out');
  });

  it('tells a visitor how to ask for a spot, and where to find help now', async () => {
    const { text } = await server.request('/groups');
    assert.match(text, /<a href="tel:5035550142">\(503\) 555-0142<\/a>/);
    assert.match(text, /<a href="mailto:groups@riverbend.example.org">/);
    assert.match(text, /<h2 id="urgent-help">If you need help now<\/h2>/);
    assert.match(text, /988/);
  });

  it('serves its stylesheet', async () => {
    const { status, headers, text } = await server.request('/groups.css');
    assert.equal(status, 200);
    assert.equal(headers.get('content-type'), 'text/css; charset=utf-8');
    assert.match(text, /\.groups/);
  });

  it('answers 404 before the practice is set up', async () => {
    const empty = await startTestServer({ seed: 'none' });
    try {
      assert.equal((await empty.request('/groups')).status, 404);
    } finally {
      await empty.stop();
    }
  });
});
