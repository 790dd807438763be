// Helpers for staff API tests: a server with the demo practice and a movable clock, accounts
// made directly in the store, and requests that carry a session (cookie + CSRF) or a token.
import { demoData } from '../src/seed.js';
import { hashPassword } from '../src/platform/passwords.js';
import type { StaffRole } from '../src/staff/repository.js';
import { NO_RATE_LIMITS } from './fixtures.js';
import {
  startTestServer,
  testClock,
  TEST_NOW,
  type CheckedResponse,
  type TestServer,
} from './helpers.js';
import type { ConfigOverrides } from '../src/platform/config.js';

/** A cheap scrypt cost: tests sign in hundreds of times. Verification reads it from the hash. */
export const TEST_PASSWORD_COST = 10;
export const PASSWORD = 'correct horse battery staple';

export interface AdminTestServer extends TestServer {
  clock: ReturnType<typeof testClock>;
  origin: string;
}

export async function startAdminServer(config: ConfigOverrides = {}): Promise<AdminTestServer> {
  const clock = testClock();
  const server = await startTestServer(
    { seed: 'none', passwordCost: TEST_PASSWORD_COST, ...NO_RATE_LIMITS, ...config },
    undefined,
    { now: clock.now },
  );
  await server.store.importData(demoData(TEST_NOW));
  return { ...server, clock, origin: new URL(server.url).origin };
}

export async function createAccount(
  server: TestServer,
  email: string,
  role: StaffRole = 'staff',
  { mustChangePassword = false, password = PASSWORD } = {},
): Promise<string> {
  const account = await server.store.staff.createAccount({
    email,
    role,
    passwordHash: await hashPassword(password, TEST_PASSWORD_COST),
    mustChangePassword,
    now: TEST_NOW,
  });
  if (!account) throw new Error(`could not create ${email}`);
  return account.id;
}

export interface Credentials {
  cookie?: string;
  csrf?: string;
  token?: string;
  origin?: string;
}

export function cookieFrom(response: CheckedResponse): string | undefined {
  const header = response.headers.getSetCookie().find((line) => line.startsWith('hearth_session='));
  return header?.split(';', 1)[0];
}

export async function login(
  server: AdminTestServer,
  email: string,
  password: string = PASSWORD,
  extra: { totp?: string; headers?: Record<string, string> } = {},
): Promise<CheckedResponse & { credentials: Credentials }> {
  const response = await server.request('/v1/admin/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...extra.headers },
    body: JSON.stringify({ email, password, ...(extra.totp && { totp: extra.totp }) }),
  });
  const csrf = (response.body as { csrfToken?: string } | undefined)?.csrfToken;
  return {
    ...response,
    credentials: { cookie: cookieFrom(response), csrf, origin: server.origin },
  };
}

/** Signs in and returns session credentials, failing loudly when it cannot. */
export async function session(server: AdminTestServer, email: string): Promise<Credentials> {
  const response = await login(server, email);
  if (response.status !== 200)
    throw new Error(`login ${email}: ${response.status} ${response.text}`);
  return response.credentials;
}

export function admin(
  server: TestServer,
  path: string,
  credentials: Credentials = {},
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<CheckedResponse> {
  const headers: Record<string, string> = { ...init.headers };
  if (credentials.cookie) headers.Cookie = credentials.cookie;
  if (credentials.csrf) headers['X-CSRF-Token'] = credentials.csrf;
  if (credentials.origin) headers.Origin = credentials.origin;
  if (credentials.token) headers.Authorization = `Bearer ${credentials.token}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  return server.request(path, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** A bearer token of the account signed in with `credentials`. */
export async function createToken(
  server: TestServer,
  credentials: Credentials,
  name = 'script',
): Promise<string> {
  const response = await admin(server, '/v1/admin/account/tokens', credentials, {
    method: 'POST',
    body: { name },
  });
  if (response.status !== 201) throw new Error(`token: ${response.status} ${response.text}`);
  return (response.body as { token: string }).token;
}
