// Who is calling the staff API: a browser session (cookie + CSRF header) or a script's bearer
// token. Sessions are server-side rows keyed by the SHA-256 of a random cookie value; they end
// after 30 idle minutes or 12 hours, whichever comes first.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Config } from '../platform/config.js';
import { ownOrigins } from '../http/cors.js';
import { forbiddenProblem, PROBLEM_TYPES, unauthorizedProblem } from '../http/problem.js';
import type { AuditVia } from './audit-log.js';
import type { StaffAccount, StaffRole } from './repository.js';
import type { Store } from '../store.js';

export const SESSION_COOKIE = 'hearth_session';
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
export const CSRF_HEADER = 'X-CSRF-Token';
/** Staff tokens start with this, so a leaked one is easy to recognise (and to search for). */
export const TOKEN_PREFIX = 'hearth_';

export interface StaffPrincipal {
  account: StaffAccount;
  via: Extract<AuditVia, 'session' | 'token'>;
  /** The cookie value, for a session (the CSRF token is derived from it). */
  sessionToken?: string;
  session?: { createdAt: string; lastSeenAt: string; expiresAt: string };
}

export interface AdminEnv {
  Variables: { requestId: string; staff: StaffPrincipal };
}

export const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');
export const newSecret = () => randomBytes(32).toString('base64url');

/** The CSRF token of a session: derived from its cookie value, so nothing more is stored. */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('hearth-csrf').digest('base64url');
}

export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(sha256(a));
  const right = Buffer.from(sha256(b));
  return timingSafeEqual(left, right) && a.length === b.length;
}

export function isHttps(c: Context, config: Config): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  if (config.trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https')
    return true;
  return config.publicUrl?.startsWith('https:') ?? false;
}

export function setSessionCookie(c: Context, config: Config, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c, config),
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

export function clearSessionCookie(c: Context, config: Config): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c, config),
  });
}

/** Paths an account that must change its password may still use. */
const BEFORE_PASSWORD_CHANGE = new Set([
  'GET /v1/admin/session',
  'POST /v1/admin/logout',
  'POST /v1/admin/account/password',
]);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface StaffAuthOptions {
  store: Store;
  config: Config;
  now: () => Date;
  /** Paths that need no credentials (the login itself). */
  open: Set<string>;
}

/**
 * Finds the caller, or answers 401. Checks CSRF for state-changing requests made with a session
 * cookie (bearer requests carry no cookie, so a browser cannot be tricked into sending one).
 */
export function requireStaff({ store, config, now, open }: StaffAuthOptions) {
  const middleware: MiddlewareHandler<AdminEnv> = async (c, next) => {
    if (open.has(c.req.path)) return next();
    const principal = (await fromBearer(c)) ?? (await fromSession(c));
    if (!principal) throw unauthorizedProblem();
    c.set('staff', principal);

    if (principal.via === 'session' && !SAFE_METHODS.has(c.req.method)) {
      checkOrigin(c, config);
      const sent = c.req.header(CSRF_HEADER) ?? '';
      if (!sent || !constantTimeEqual(sent, csrfTokenFor(principal.sessionToken!))) {
        throw forbiddenProblem(
          `Send the session's CSRF token (from GET /v1/admin/session) in the ${CSRF_HEADER} header.`,
          PROBLEM_TYPES.csrf,
          'Missing or wrong CSRF token',
        );
      }
    }
    if (
      principal.account.mustChangePassword &&
      !BEFORE_PASSWORD_CHANGE.has(`${c.req.method} ${c.req.path}`)
    ) {
      throw forbiddenProblem(
        'Choose a new password first (POST /v1/admin/account/password).',
        PROBLEM_TYPES.passwordChangeRequired,
        'Password change required',
      );
    }
    return next();
  };

  async function fromBearer(c: Context<AdminEnv>): Promise<StaffPrincipal | undefined> {
    const header = c.req.header('authorization');
    if (!header) return undefined;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthorizedProblem('The Authorization header must be `Bearer <token>`.');
    const staffId = await store.staff.tokenOwner(sha256(match[1]!), now());
    const account = staffId ? await store.staff.getAccount(staffId) : undefined;
    if (!account || account.disabled) {
      throw unauthorizedProblem('This token is not valid: it may have been revoked.');
    }
    return { account, via: 'token' };
  }

  async function fromSession(c: Context<AdminEnv>): Promise<StaffPrincipal | undefined> {
    const token = getCookie(c, SESSION_COOKIE);
    if (!token) return undefined;
    const idHash = sha256(token);
    const session = await store.staff.getSession(idHash);
    const at = now();
    const ended =
      !session ||
      at.getTime() >= Date.parse(session.expiresAt) ||
      at.getTime() - Date.parse(session.lastSeenAt) >= SESSION_IDLE_MS;
    const account = session && !ended ? await store.staff.getAccount(session.staffId) : undefined;
    if (!session || ended || !account || account.disabled) {
      if (session) await store.staff.deleteSession(idHash);
      clearSessionCookie(c, config);
      throw unauthorizedProblem('Your session has ended. Please sign in again.');
    }
    await store.staff.touchSession(idHash, at);
    return {
      account,
      via: 'session',
      sessionToken: token,
      session: { ...session, lastSeenAt: at.toISOString() },
    };
  }

  return middleware;
}

/** A browser says where a request comes from; with a session it must be this server's page. */
export function checkOrigin(c: Context, config: Config): void {
  const origin = c.req.header('origin');
  if (origin === undefined) return;
  if (!ownOrigins(c, config).has(origin)) {
    throw forbiddenProblem(
      'Staff requests with a session must come from the staff console on this server.',
      PROBLEM_TYPES.csrf,
      'Request from another site',
    );
  }
}

/** Only an owner may do this. */
export function requireRole(role: StaffRole): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    if (c.get('staff').account.role !== role) {
      throw forbiddenProblem(`Only a practice ${role} may do this.`);
    }
    return next();
  };
}

/** Account security (password, TOTP, tokens) needs a signed-in person, not a script's token. */
export const requireSession: MiddlewareHandler<AdminEnv> = async (c, next) => {
  if (c.get('staff').via !== 'session') {
    throw forbiddenProblem('Sign in to the staff console to do this; a token cannot.');
  }
  return next();
};
