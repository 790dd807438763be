// The staff console's path through the API, as a browser takes it: sign in, read the CSRF token
// from the session, act with it, sign out. A visitor's story and sign-up go through end to end.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SignupResult, Story } from '../../src/api/contract/public.js';
import type { StaffSignup } from '../../src/api/contract/staff.js';
import {
  createAccount,
  cookieFrom,
  startAdminServer,
  type AdminTestServer,
} from './admin-fixtures.js';
import { postSignup, visitor } from './fixtures.js';
import { postStory, story } from './story-fixtures.js';

describe('a staff console session', () => {
  let server: AdminTestServer;
  before(async () => {
    server = await startAdminServer();
    await createAccount(server, 'lin@practice.example', 'staff', {
      password: 'river stones and moss',
    });
  });
  after(() => server.stop());

  it('signs in, approves a story, moves a sign-up on, exports it, and signs out', async () => {
    const shared = await postStory(
      server,
      story({ body: 'Saying it out loud in the group helped.' }),
    );
    const storyId = (shared.body as { id: string }).id;
    const signedUp = await postSignup(
      server,
      'calm-minds-anxiety-skills',
      visitor({ ageConfirmed: true }),
    );
    const signupId = (signedUp.body as SignupResult).id;

    // 1. Sign in: the cookie is HttpOnly, so the console never sees it; the browser keeps it.
    const origin = server.origin;
    const signIn = await server.request('/v1/admin/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify({ email: 'lin@practice.example', password: 'river stones and moss' }),
    });
    assert.equal(signIn.status, 200);
    const cookie = cookieFrom(signIn)!;

    // 2. The session says who is signed in and gives the CSRF token.
    const me = await server.request('/v1/admin/session', { headers: { Cookie: cookie } });
    const { csrfToken } = me.body as { csrfToken: string };
    const send = (path: string, method: string, body?: unknown) =>
      server.request(path, {
        method,
        headers: {
          Cookie: cookie,
          Origin: origin,
          'X-CSRF-Token': csrfToken,
          ...(body !== undefined && { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });

    // 3. Act.
    assert.equal((await send(`/v1/admin/stories/${storyId}/approve`, 'POST')).status, 200);
    const wall = await server.request('/v1/stories');
    assert.ok((wall.body as { items: Story[] }).items.some((item) => item.id === storyId));

    const contacted = await send(`/v1/admin/signups/${signupId}/status`, 'POST', {
      status: 'contacted',
      note: 'Called, will call back Thursday',
    });
    assert.equal((contacted.body as StaffSignup).status, 'contacted');
    const csv = await server.request('/v1/admin/signups/export.csv?status=contacted', {
      headers: { Cookie: cookie },
    });
    assert.match(csv.text, new RegExp(`"${signupId}","Calm Minds`));
    assert.match(csv.text, /"contacted"/);

    // 4. Sign out.
    assert.equal((await send('/v1/admin/logout', 'POST')).status, 204);
    const after = await server.request('/v1/admin/session', { headers: { Cookie: cookie } });
    assert.equal(after.status, 401);
  });
});
