// Signing in and out, the session, the caller's own account (password, TOTP, tokens) and, for
// owners, the practice's staff accounts.
import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import {
  checkOrigin,
  clearSessionCookie,
  csrfTokenFor,
  newSecret,
  requireRole,
  requireSession,
  SESSION_ABSOLUTE_MS,
  SESSION_COOKIE,
  SESSION_IDLE_MS,
  setSessionCookie,
  sha256,
  TOKEN_PREFIX,
  type AdminEnv,
  type StaffPrincipal,
} from './auth.js';
import { audit, readChecked, type AdminDeps } from './support.js';
import { NO_STORE } from '../http/request.js';
import { clientAddress } from '../http/client-address.js';
import {
  decoyHash,
  generatePassword,
  hashPassword,
  passwordProblem,
  verifyPassword,
} from '../platform/passwords.js';
import {
  conflictProblem,
  notFoundProblem,
  PROBLEM_TYPES,
  unauthorizedProblem,
  validationProblem,
} from '../http/problem.js';
import type { StaffAccount, StaffRole } from './repository.js';
import { generateTotpSecret, matchTotp, otpauthUri } from '../platform/totp.js';

// One wording for every failed sign-in: it never tells whether the address has an account.
const LOGIN_FAILED = 'The e-mail address, password or code is not right.';

export function accountView(account: StaffAccount) {
  return {
    id: account.id,
    email: account.email,
    role: account.role,
    mustChangePassword: account.mustChangePassword,
    totpEnabled: account.totpEnabled,
  };
}

export function sessionView(principal: StaffPrincipal) {
  const idleEnd = principal.session
    ? new Date(
        Math.min(
          Date.parse(principal.session.lastSeenAt) + SESSION_IDLE_MS,
          Date.parse(principal.session.expiresAt),
        ),
      ).toISOString()
    : null;
  return {
    staff: accountView(principal.account),
    via: principal.via,
    csrfToken: principal.sessionToken ? csrfTokenFor(principal.sessionToken) : null,
    expiresAt: principal.session?.expiresAt ?? null,
    idleExpiresAt: idleEnd,
  };
}

export function addAccountRoutes(admin: Hono<AdminEnv>, deps: AdminDeps): void {
  const { store, config, now, throttle } = deps;

  admin.post('/login', async (c) => {
    // Signing in from another site's page (login CSRF) is refused like any staff request.
    checkOrigin(c, config);
    const body = await readChecked<{ email: string; password: string; totp?: string }>(
      c,
      'LoginRequest',
    );
    // Counted before the password is checked: 429 (nothing hashed) once the limit is reached.
    const attempt = await throttle.begin(body.email, clientAddress(c, config.trustProxy));

    const credentials = await store.staff.credentialsByEmail(body.email);
    const passwordOk = await verifyPassword(
      body.password,
      credentials?.passwordHash ?? (await decoyHash(deps.passwordCost)),
    );
    const failed = async (reason: string) => {
      await store.staff.audit({
        actorId: credentials?.id ?? null,
        via: 'session',
        action: 'login_failed',
        detail: { reason },
        at: now(),
      });
      return unauthorizedProblem(LOGIN_FAILED);
    };
    if (!credentials || !passwordOk || credentials.disabled) {
      throw await failed(!credentials ? 'unknown' : credentials.disabled ? 'disabled' : 'password');
    }
    if (credentials.totpEnabled && credentials.totpSecret) {
      if (body.totp === undefined || body.totp === '') {
        await attempt.withdrawn();
        throw unauthorizedProblem(
          'Enter the 6-digit code from your authenticator app.',
          PROBLEM_TYPES.totpRequired,
        );
      }
      const step = matchTotp(credentials.totpSecret, body.totp, now());
      if (step === undefined || !(await store.staff.useTotpStep(credentials.id, step))) {
        throw await failed('totp');
      }
    }

    // A new session id at every sign-in; any session this browser had ends here.
    const previous = getCookie(c, SESSION_COOKIE);
    if (previous) await store.staff.deleteSession(sha256(previous));
    const token = newSecret();
    const at = now();
    const expiresAt = new Date(at.getTime() + SESSION_ABSOLUTE_MS);
    // A password reset or disable committed while the password was being checked wins.
    if (!(await store.staff.createSession(sha256(token), credentials, at, expiresAt))) {
      throw await failed('changed');
    }
    await attempt.succeeded();
    setSessionCookie(c, config, token);
    const principal: StaffPrincipal = {
      account: credentials,
      via: 'session',
      sessionToken: token,
      session: {
        createdAt: at.toISOString(),
        lastSeenAt: at.toISOString(),
        expiresAt: expiresAt.toISOString(),
      },
    };
    c.set('staff', principal);
    await audit(c, deps, 'login', { type: 'staff', id: credentials.id });
    return c.json(sessionView(principal), 200, NO_STORE);
  });

  /** The signed-in person's password, checked under the sign-in lockout. */
  async function checkPassword(c: Context<AdminEnv>, password: string, field: string) {
    const account = c.get('staff').account;
    const attempt = await throttle.begin(account.email, clientAddress(c, config.trustProxy));
    const credentials = await store.staff.credentialsById(account.id);
    if (!credentials || !(await verifyPassword(password, credentials.passwordHash))) {
      throw validationProblem({ [field]: 'This is not your current password.' }, undefined, {
        [field]: 'wrong_password',
      });
    }
    await attempt.succeeded();
    return credentials;
  }

  admin.post('/logout', async (c) => {
    const principal = c.get('staff');
    if (principal.sessionToken) await store.staff.deleteSession(sha256(principal.sessionToken));
    clearSessionCookie(c, config);
    await audit(c, deps, 'logout', { type: 'staff', id: principal.account.id });
    return c.body(null, 204, NO_STORE);
  });

  admin.get('/session', (c) => c.json(sessionView(c.get('staff')), 200, NO_STORE));

  admin.post('/account/password', requireSession, async (c) => {
    const body = await readChecked<{ currentPassword: string; newPassword: string }>(
      c,
      'PasswordChange',
    );
    const principal = c.get('staff');
    const credentials = await checkPassword(c, body.currentPassword, 'currentPassword');
    const problem = passwordProblem(body.newPassword);
    if (problem)
      throw validationProblem({ newPassword: problem }, undefined, {
        newPassword: 'weak_password',
      });
    if (body.newPassword === body.currentPassword) {
      throw validationProblem(
        { newPassword: 'Choose a password different from the current one.' },
        undefined,
        { newPassword: 'same_password' },
      );
    }
    // Other browsers and every token go with the old password; a reset made meanwhile wins.
    const changed = await store.staff.setPassword(
      credentials.id,
      await hashPassword(body.newPassword, deps.passwordCost),
      now(),
      {
        mustChange: false,
        expected: credentials.passwordHash,
        keepSession: sha256(principal.sessionToken!),
      },
    );
    if (!changed) throw unauthorizedProblem('Your session has ended. Please sign in again.');
    c.set('staff', { ...principal, account: { ...principal.account, mustChangePassword: false } });
    await audit(c, deps, 'password_changed', { type: 'staff', id: credentials.id });
    return c.json(sessionView(c.get('staff')), 200, NO_STORE);
  });

  admin.post('/account/totp', requireSession, async (c) => {
    const principal = c.get('staff');
    if (principal.account.totpEnabled) {
      throw conflictProblem(
        'Two-step sign-in is already on',
        'Turn it off first to set up a new authenticator.',
      );
    }
    const secret = generateTotpSecret();
    await store.staff.setTotpSecret(principal.account.id, secret, now());
    const practice = await store.getPractice();
    await audit(c, deps, 'totp_setup_started', { type: 'staff', id: principal.account.id });
    return c.json(
      {
        secret,
        otpauthUri: otpauthUri(secret, principal.account.email, practice?.name ?? 'Hearth'),
      },
      200,
      NO_STORE,
    );
  });

  admin.post('/account/totp/confirm', requireSession, async (c) => {
    const body = await readChecked<{ code: string }>(c, 'TotpCode');
    const principal = c.get('staff');
    const credentials = await store.staff.credentialsById(principal.account.id);
    if (!credentials?.totpSecret || credentials.totpEnabled) {
      throw conflictProblem(
        'Nothing to confirm',
        'Start the set-up first (POST /v1/admin/account/totp).',
      );
    }
    const attempt = await throttle.begin(credentials.email, clientAddress(c, config.trustProxy));
    const step = matchTotp(credentials.totpSecret, body.code, now());
    if (step === undefined || !(await store.staff.useTotpStep(credentials.id, step))) {
      throw validationProblem(
        { code: 'This code is not right. Check the time on your phone.' },
        undefined,
        { code: 'wrong_code' },
      );
    }
    // A right code proves the new authenticator, not the password: the password's count stays.
    await attempt.withdrawn();
    await store.staff.enableTotp(credentials.id, now());
    await audit(c, deps, 'totp_enabled', { type: 'staff', id: credentials.id });
    const account = (await store.staff.getAccount(credentials.id))!;
    c.set('staff', { ...principal, account });
    return c.json(sessionView(c.get('staff')), 200, NO_STORE);
  });

  admin.delete('/account/totp', requireSession, async (c) => {
    const body = await readChecked<{ password: string }>(c, 'PasswordConfirmation');
    const principal = c.get('staff');
    const credentials = await checkPassword(c, body.password, 'password');
    await store.staff.setTotpSecret(credentials.id, null, now());
    await audit(c, deps, 'totp_disabled', { type: 'staff', id: credentials.id });
    c.set('staff', { ...principal, account: { ...principal.account, totpEnabled: false } });
    return c.json(sessionView(c.get('staff')), 200, NO_STORE);
  });

  admin.get('/account/tokens', requireSession, async (c) => {
    const items = await store.staff.listTokens(c.get('staff').account.id);
    return c.json({ items }, 200, NO_STORE);
  });

  admin.post('/account/tokens', requireSession, async (c) => {
    const body = await readChecked<{ name: string }>(c, 'TokenRequest');
    const staffId = c.get('staff').account.id;
    const secret = `${TOKEN_PREFIX}${newSecret()}`;
    const token = await store.staff.createToken(staffId, body.name.trim(), sha256(secret), now());
    await audit(c, deps, 'token_created', { type: 'token', id: token.id });
    return c.json({ ...token, token: secret }, 201, NO_STORE);
  });

  admin.delete('/account/tokens/:id', requireSession, async (c) => {
    const id = c.req.param('id');
    if (!(await store.staff.deleteToken(c.get('staff').account.id, id))) {
      throw notFoundProblem('You have no token with this id.');
    }
    await audit(c, deps, 'token_revoked', { type: 'token', id });
    return c.body(null, 204, NO_STORE);
  });

  // The practice's staff: owners add, disable and reset accounts.
  const owner = requireRole('owner');
  admin.get('/staff', owner, async (c) => {
    const items = (await store.staff.listAccounts()).map(staffView);
    return c.json({ items }, 200, NO_STORE);
  });

  admin.post('/staff', owner, async (c) => {
    const body = await readChecked<{ email: string; role?: StaffRole }>(c, 'StaffRequest');
    const password = generatePassword();
    const account = await store.staff.createAccount({
      email: body.email,
      role: body.role ?? 'staff',
      passwordHash: await hashPassword(password, deps.passwordCost),
      mustChangePassword: true,
      now: now(),
    });
    if (!account)
      throw conflictProblem('Account exists', 'There is already an account for this address.');
    await audit(
      c,
      deps,
      'staff_created',
      { type: 'staff', id: account.id },
      { role: account.role },
    );
    return c.json({ staff: staffView(account), oneTimePassword: password }, 201, NO_STORE);
  });

  const ownerAction = (
    action: string,
    apply: (c: Context<AdminEnv>, account: StaffAccount) => Promise<Record<string, unknown>>,
  ) =>
    admin.post(`/staff/:id/${action}`, owner, async (c) => {
      const account = await store.staff.getAccount(c.req.param('id'));
      if (!account) throw notFoundProblem('There is no staff account with this id.');
      if (account.id === c.get('staff').account.id) {
        throw conflictProblem('Not on your own account', 'Ask another owner to do this for you.');
      }
      const extra = await apply(c, account);
      await audit(c, deps, `staff_${action.replace('-', '_')}`, { type: 'staff', id: account.id });
      const updated = (await store.staff.getAccount(account.id))!;
      return c.json({ staff: staffView(updated), ...extra }, 200, NO_STORE);
    });

  // Both end the account's sessions and revoke its tokens: whoever held them may be why.
  ownerAction('disable', async (_c, account) => {
    await store.staff.setDisabled(account.id, true, now());
    return {};
  });
  ownerAction('enable', async (_c, account) => {
    await store.staff.setDisabled(account.id, false, now());
    return {};
  });
  ownerAction('reset-password', async (_c, account) => {
    const password = generatePassword();
    // Account recovery: a lost phone is the usual reason, so two-step sign-in is reset too.
    await store.staff.setPassword(
      account.id,
      await hashPassword(password, deps.passwordCost),
      now(),
      {
        mustChange: true,
        resetTotp: true,
      },
    );
    return { oneTimePassword: password };
  });
}

function staffView(account: StaffAccount) {
  return { ...accountView(account), disabled: account.disabled, createdAt: account.createdAt };
}
