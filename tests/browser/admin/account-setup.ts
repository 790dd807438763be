/**
 * The account tests share this: a fake of the account routes, opening the account section,
 * a stand-in clipboard and a check that no secret was kept.
 */
import { expect } from '@open-wc/testing';
import type { StaffSession, StaffToken } from '../../../src/api/contract/staff.js';
import type { HearthAdmin } from '../../../src/admin/admin.js';
import { watchConsole } from '../helpers/console.js';
import { $ } from '../helpers/dom.js';
import { admin, chooseView, cleanup, json, problem, session } from './admin.fake.js';

export const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DP';
export const URI = `otpauth://totp/Calm%20Practice:ana%40practice.test?secret=${SECRET}&issuer=Calm+Practice`;
export const TOKEN = 'hearth_s3cr3t-token-value-never-again';

export const token = (id: string, name: string, lastUsedAt: string | null = null): StaffToken => ({
  id,
  name,
  createdAt: '2026-11-02T15:00:00.000Z',
  lastUsedAt,
});

export const invalid = (fields: Record<string, string>) =>
  new Response(JSON.stringify({ type: 'about:blank', title: 'Invalid', status: 400, fields }), {
    status: 400,
    headers: { 'Content-Type': 'application/problem+json' },
  });

type Answer = () => Response | Promise<Response>;

export interface AccountOptions {
  tokens?: StaffToken[] | 'error' | 'pending' | 'signed-out';
  totpOn?: boolean;
  /** Answers that replace the fake's own, by "METHOD /path". */
  answers?: Record<string, Answer | Answer[]>;
}

/** The account routes of the staff API, as the reference server answers them. */
export function accountApi(options: AccountOptions = {}) {
  let tokens = options.tokens ?? [token('t-1', 'Monthly export', '2026-11-20T09:30:00.000Z')];
  let totpOn = options.totpOn ?? false;
  const me = (): StaffSession => {
    const base = session();
    return { ...base, staff: { ...base.staff, totpEnabled: totpOn } };
  };
  return ({ method, path }: { method: string; path: string }) => {
    const override = options.answers?.[`${method} ${path}`];
    if (override) {
      const answer = Array.isArray(override) ? override.shift() : override;
      if (answer) return answer();
    }
    if (path === '/v1/admin/session') return json(me());
    if (path === '/v1/admin/account/password') return json(me());
    if (path === '/v1/admin/account/totp' && method === 'POST') {
      return json({ secret: SECRET, otpauthUri: URI });
    }
    if (path === '/v1/admin/account/totp/confirm') {
      totpOn = true;
      return json(me());
    }
    if (path === '/v1/admin/account/totp' && method === 'DELETE') {
      totpOn = false;
      return json(me());
    }
    if (path === '/v1/admin/account/tokens' && method === 'GET') {
      if (tokens === 'error') return problem(500);
      if (tokens === 'signed-out') return problem(401);
      if (tokens === 'pending') return new Promise<Response>(() => {});
      return json({ items: tokens });
    }
    if (path === '/v1/admin/account/tokens' && method === 'POST') {
      const created = { ...token('t-new', 'Nightly backup'), token: TOKEN };
      return new Response(JSON.stringify(created), {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    const revoke = /^\/v1\/admin\/account\/tokens\/([^/]+)$/.exec(path);
    if (revoke && method === 'DELETE') {
      if (Array.isArray(tokens)) tokens = tokens.filter((each) => each.id !== revoke[1]);
      return new Response(null, { status: 204 });
    }
    return undefined;
  };
}

export const announced = (element: HearthAdmin) =>
  $(element, '.base > [role="status"]').textContent!.trim();

export async function openAccount(options: AccountOptions = {}, lang = 'en') {
  const element = await admin({ signedIn: true, routes: accountApi(options) }, lang);
  const tab = await chooseView(
    element,
    lang === 'es' ? 'Tu cuenta' : 'Your account',
    'account-title',
  );
  expect(tab.getAttribute('aria-pressed')).to.equal('true');
  return element;
}

/** Stands in for the Clipboard API and records what was copied. */
export function fakeClipboard(works = true) {
  const copied: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        if (!works) throw new DOMException('Denied', 'NotAllowedError');
        copied.push(text);
      },
    },
  });
  return copied;
}

export function noSecretsStored(element: HearthAdmin, ...secrets: string[]) {
  const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
  for (const secret of secrets) {
    expect(stored).not.to.include(secret);
    expect(location.href).not.to.include(secret);
    expect(element.outerHTML).not.to.include(secret);
  }
}

/** Watches the console and, after each test, removes it and the stand-in clipboard. */
export function accountHooks() {
  watchConsole();
  afterEach(() => {
    cleanup();
    delete (navigator as { clipboard?: unknown }).clipboard;
  });
}
