/**
 * The sign-up rules, shared by `<hearth-session-signup>` and the reference server, so a visitor
 * sees the same verdict in the form and from the API. Pure and dependency-free: it ships in the
 * widget bundle. Errors are codes, not text, so each side words them in its own language.
 */
import { CONTACT_METHODS } from '../contract/public.js';
import type { ContactMethod, SignupRequest } from '../contract/public.js';

/** Longest accepted value of each free-text field, in UTF-16 code units (`String.length`). */
export const SIGNUP_LIMITS = {
  name: 100,
  email: 254,
  phone: 30,
  message: 1000,
  bestTimes: 200,
} as const;

/** Fewest and most digits in a phone number (E.164 allows at most 15). */
export const PHONE_DIGITS = { min: 7, max: 15 } as const;

export const SIGNUP_FIELD_ERRORS = [
  'required',
  'email',
  'too_long',
  'phone',
  'phone_required',
  'consent',
  'age',
  'invalid',
] as const;
export type SignupFieldError = (typeof SIGNUP_FIELD_ERRORS)[number];

/** Keys of the `fields` map: the request's field names, consents one by one. */
export const SIGNUP_FIELDS = [
  'name',
  'email',
  'phone',
  'contactMethod',
  'okToLeaveMessage',
  'bestTimes',
  'message',
  'ageConfirmed',
  'consent.contact',
  'consent.privacy',
  'website',
] as const;
export type SignupField = (typeof SIGNUP_FIELDS)[number];

/** A valid request, trimmed, with only the known fields (the honeypot is dropped). */
export type ValidSignup = Omit<SignupRequest, 'website'> & { bestTimes?: string };

export type SignupValidation =
  | { ok: true; value: ValidSignup }
  | { ok: false; fields: Partial<Record<SignupField, SignupFieldError>> };

export interface SignupContext {
  /** The group has an age range (`ageMin` or `ageMax`): the visitor must confirm it. */
  ageRange: boolean;
}

// Plausible, not RFC 5322: something@domain.tld, no spaces. Linear (no nested quantifiers that
// overlap), so hostile input cannot make it slow.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE_CHARACTERS = /^[\d\s+().\-/]+$/;
// C0 controls and DEL; line breaks are allowed only in the long free-text fields.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_EXCEPT_NEWLINES = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Checks a sign-up against the rules. Unknown fields are ignored; anything that is not an object
 * counts as an empty one.
 */
export function validateSignup(input: unknown, context: SignupContext): SignupValidation {
  const data: Record<string, unknown> =
    typeof input === 'object' && input !== null && !Array.isArray(input)
      ? (input as Record<string, unknown>)
      : {};
  const fields: Partial<Record<SignupField, SignupFieldError>> = {};
  const fail = (field: SignupField, error: SignupFieldError | undefined) => {
    if (error) fields[field] = error;
  };

  const name = text(data.name, SIGNUP_LIMITS.name, CONTROL);
  fail('name', name.error ?? (name.value ? undefined : 'required'));

  const email = text(data.email, SIGNUP_LIMITS.email, CONTROL);
  fail(
    'email',
    email.error ?? (!email.value ? 'required' : EMAIL.test(email.value) ? undefined : 'email'),
  );

  const contactMethod = data.contactMethod;
  const knownMethod = (CONTACT_METHODS as readonly unknown[]).includes(contactMethod);
  fail(
    'contactMethod',
    contactMethod === undefined || contactMethod === ''
      ? 'required'
      : knownMethod
        ? undefined
        : 'invalid',
  );

  const phone = text(data.phone, SIGNUP_LIMITS.phone, CONTROL);
  const needsPhone = contactMethod === 'phone' || contactMethod === 'text';
  fail(
    'phone',
    phone.error ??
      (!phone.value ? (needsPhone ? 'phone_required' : undefined) : phoneError(phone.value)),
  );

  const okToLeaveMessage = data.okToLeaveMessage;
  fail('okToLeaveMessage', optionalBoolean(okToLeaveMessage));

  const bestTimes = text(data.bestTimes, SIGNUP_LIMITS.bestTimes, CONTROL_EXCEPT_NEWLINES);
  fail('bestTimes', bestTimes.error);

  const message = text(data.message, SIGNUP_LIMITS.message, CONTROL_EXCEPT_NEWLINES);
  fail('message', message.error);

  const ageConfirmed = data.ageConfirmed;
  fail(
    'ageConfirmed',
    optionalBoolean(ageConfirmed) ??
      (context.ageRange && ageConfirmed !== true ? 'age' : undefined),
  );

  const consent =
    typeof data.consent === 'object' && data.consent !== null
      ? (data.consent as Record<string, unknown>)
      : {};
  fail('consent.contact', consent.contact === true ? undefined : 'consent');
  fail('consent.privacy', consent.privacy === true ? undefined : 'consent');

  fail(
    'website',
    data.website === undefined || typeof data.website === 'string' ? undefined : 'invalid',
  );

  if (Object.keys(fields).length > 0) return { ok: false, fields };

  const value: ValidSignup = {
    name: name.value,
    email: email.value,
    contactMethod: contactMethod as ContactMethod,
    consent: { contact: true, privacy: true },
  };
  if (phone.value) value.phone = phone.value;
  if (typeof okToLeaveMessage === 'boolean') value.okToLeaveMessage = okToLeaveMessage;
  if (bestTimes.value) value.bestTimes = bestTimes.value;
  if (message.value) value.message = message.value;
  if (typeof ageConfirmed === 'boolean') value.ageConfirmed = ageConfirmed;
  return { ok: true, value };
}

/** Counts the digits of a phone number and checks its characters. */
export function phoneError(phone: string): SignupFieldError | undefined {
  if (!PHONE_CHARACTERS.test(phone)) return 'phone';
  const digits = phone.replace(/\D/g, '').length;
  return digits < PHONE_DIGITS.min || digits > PHONE_DIGITS.max ? 'phone' : undefined;
}

/** An optional string field: absent, null and blank all mean "not given". */
function text(
  raw: unknown,
  limit: number,
  forbidden: RegExp,
): { value: string; error?: SignupFieldError } {
  if (raw === undefined || raw === null) return { value: '' };
  if (typeof raw !== 'string') return { value: '', error: 'invalid' };
  const value = raw.trim();
  if (value.length > limit) return { value, error: 'too_long' };
  if (forbidden.test(value)) return { value, error: 'invalid' };
  return { value };
}

function optionalBoolean(raw: unknown): SignupFieldError | undefined {
  return raw === undefined || typeof raw === 'boolean' ? undefined : 'invalid';
}
