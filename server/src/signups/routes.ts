import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import type { SignupResult } from '../../../src/api/contract/public.js';
// The shared sign-up rules (src/api/rules/) the server may import, like the contract.
import { validateSignup, type SignupField } from '../../../src/api/rules/signup.js';
import type { AppEnv } from '../http/env.js';
import type { Notifier } from '../platform/notify.js';
import {
  HttpProblem,
  keyReusedProblem,
  notFoundProblem,
  PROBLEM_TYPES,
  readJsonBody,
  validationProblem,
} from '../http/problem.js';
import { GROUP_ID } from '../../../src/api/contract/ids.js';
import {
  idempotencyKeyHeader,
  INVALID_IDEMPOTENCY_KEY,
  isHoneypotHit,
  isIdempotencyKey,
  NO_STORE,
  requestHash,
} from '../http/request.js';
import { isCrisis, signupCrisisTier } from './crisis.js';
import { signupMessage } from './messages.js';
import type { Store } from '../store.js';

/** Version of the consent wording the widget shows; bump it when that wording changes. */
export const CONSENT_VERSION = '2026-11';
export const SIGNUPS_ROUTE = '/v1/groups/:id/signups';

// 1 to 200 visible ASCII characters: a UUID, a ULID or any client's own scheme fits.

export interface SignupRouteOptions {
  store: Store;
  notifier: Notifier;
  now: () => Date;
}

/** `POST /v1/groups/{id}/signups`: request a spot, exactly once per `Idempotency-Key`. */
export function addSignupRoutes(app: Hono<AppEnv>, { store, notifier, now }: SignupRouteOptions) {
  app.post(SIGNUPS_ROUTE, async (c) => {
    const groupId = c.req.param('id');
    const body = await readJsonBody(c);
    const idempotencyKey = idempotencyKeyHeader(c);
    if (idempotencyKey === undefined || !isIdempotencyKey(idempotencyKey)) {
      const code = idempotencyKey === undefined ? 'required' : 'invalid';
      throw validationProblem(
        {
          'Idempotency-Key':
            code === 'required'
              ? 'Send an Idempotency-Key header: a new random value for each sign-up, the same one when retrying it.'
              : INVALID_IDEMPOTENCY_KEY,
        },
        'The Idempotency-Key header is missing or not valid.',
        { 'Idempotency-Key': code },
      );
    }

    const rules = GROUP_ID.test(groupId) ? await store.signupRules(groupId) : undefined;
    if (!rules) throw notFoundProblem('There is no group with this id. It may have been archived.');

    // A bot filled the field people never see: answer as if it worked, keep nothing.
    if (isHoneypotHit(body)) {
      const decoy: SignupResult = { id: randomUUID(), status: 'requested', crisis: false };
      return c.json(decoy, 201, NO_STORE);
    }

    const validation = validateSignup(withoutBidiControls(body), { ageRange: rules.ageRange });
    if (!validation.ok) {
      const fields: Record<string, string> = {};
      const codes: Record<string, string> = {};
      for (const [field, code] of Object.entries(validation.fields)) {
        fields[field] = signupMessage(field as SignupField, code);
        codes[field] = code;
      }
      throw validationProblem(fields, undefined, codes);
    }

    // What the visitor wrote is assessed here and kept as a tier beside the encrypted text; the
    // text itself never reaches a log. Medium and high get the practice's crisis lines back.
    const crisisTier = signupCrisisTier(validation.value);
    const resources = isCrisis(crisisTier)
      ? ((await store.getPractice())?.crisisResources ?? [])
      : [];
    const outcome = await store.createSignup(groupId, validation.value, {
      scope: `POST /v1/groups/${groupId}/signups`,
      idempotencyKey,
      requestHash: await requestHash(c),
      now: now(),
      consentVersion: CONSENT_VERSION,
      crisisTier,
      resources,
    });
    switch (outcome.kind) {
      case 'created':
        notifier.signupReceived();
        return c.json(outcome.result, 201, NO_STORE);
      case 'replayed':
        return c.json(outcome.result, outcome.statusCode as 201, {
          ...NO_STORE,
          'Idempotent-Replayed': 'true',
        });
      case 'not_found':
        throw notFoundProblem('There is no group with this id. It may have been archived.');
      case 'closed':
        throw new HttpProblem({
          type: PROBLEM_TYPES.groupClosed,
          title: 'This group is not taking requests',
          status: 409,
          detail:
            'The practice is not taking requests for this group right now. Other groups may be open, or contact the practice directly.',
        });
      case 'deleted':
        throw new HttpProblem({
          type: PROBLEM_TYPES.requestDataDeleted,
          title: 'This request’s data was deleted',
          status: 410,
          detail:
            'The sign-up made with this Idempotency-Key was deleted at the person’s request. To ask again, send a new sign-up with a new key.',
        });
      case 'key_reused':
        throw keyReusedProblem('Use a new key for a new sign-up.');
    }
  });
}

// Explicit embeddings, overrides and isolates make a one-line value read differently from what
// it is ("gnp.exe"), in the console and wherever it is pasted: dropped before the checks, so a
// name of nothing else is still missing. Left-to-right and right-to-left marks may belong in a
// name; in an address or a number they never do.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const BIDI_CONTROLS_AND_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ONE_LINE_FIELDS = {
  name: BIDI_CONTROLS,
  email: BIDI_CONTROLS_AND_MARKS,
  phone: BIDI_CONTROLS_AND_MARKS,
};

function withoutBidiControls(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const copy = { ...(body as Record<string, unknown>) };
  for (const [field, controls] of Object.entries(ONE_LINE_FIELDS)) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = value.replace(controls, '');
  }
  return copy;
}
