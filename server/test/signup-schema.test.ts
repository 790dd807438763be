import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  SIGNUP_FIELD_ERRORS,
  SIGNUP_FIELDS,
  SIGNUP_LIMITS,
  validateSignup,
  type SignupField,
} from '../../src/api/rules/signup.js';
import { signupMessage } from '../src/signups/messages.js';

const valid = {
  name: 'Sam',
  email: 'sam@example.org',
  contactMethod: 'email',
  consent: { contact: true, privacy: true },
};

const noAge = { ageRange: false };

function errorsOf(input: unknown, context = noAge) {
  const result = validateSignup(input, context);
  return result.ok ? {} : result.fields;
}

describe('the shared sign-up schema', () => {
  it('accepts the smallest valid request and returns it trimmed, unknown fields dropped', () => {
    const result = validateSignup(
      { ...valid, name: '  Sam  ', email: ' sam@example.org ', extra: 'ignored', website: '' },
      noAge,
    );
    assert.deepEqual(result, {
      ok: true,
      value: {
        name: 'Sam',
        email: 'sam@example.org',
        contactMethod: 'email',
        consent: { contact: true, privacy: true },
      },
    });
  });

  it('keeps every optional field when given', () => {
    const result = validateSignup(
      {
        ...valid,
        phone: '+1 (503) 555-0142',
        contactMethod: 'text',
        okToLeaveMessage: false,
        bestTimes: 'Weekday mornings',
        message: 'Is parking nearby?\nThanks.',
        ageConfirmed: true,
      },
      { ageRange: true },
    );
    assert.ok(result.ok);
    assert.deepEqual(result.value, {
      name: 'Sam',
      email: 'sam@example.org',
      phone: '+1 (503) 555-0142',
      contactMethod: 'text',
      okToLeaveMessage: false,
      bestTimes: 'Weekday mornings',
      message: 'Is parking nearby?\nThanks.',
      ageConfirmed: true,
      consent: { contact: true, privacy: true },
    });
  });

  it('requires a name, 1 to 100 characters after trimming', () => {
    assert.equal(errorsOf({ ...valid, name: undefined }).name, 'required');
    assert.equal(errorsOf({ ...valid, name: '   ' }).name, 'required');
    assert.equal(errorsOf({ ...valid, name: 42 }).name, 'invalid');
    assert.equal(errorsOf({ ...valid, name: 'a'.repeat(SIGNUP_LIMITS.name + 1) }).name, 'too_long');
    assert.equal(errorsOf({ ...valid, name: 'a'.repeat(SIGNUP_LIMITS.name) }).name, undefined);
    assert.equal(errorsOf({ ...valid, name: 'Sam\u0000' }).name, 'invalid');
  });

  it('requires a plausible e-mail address', () => {
    assert.equal(errorsOf({ ...valid, email: '' }).email, 'required');
    for (const email of [
      'sam',
      'sam@',
      '@example.org',
      'sam@example',
      'sam @example.org',
      'a@b@c.d',
      'sam@example.',
    ]) {
      assert.equal(errorsOf({ ...valid, email }).email, 'email', email);
    }
    for (const email of [
      'sam@example.org',
      'sam.o+groups@mail.example.co.uk',
      'Ana@café.example',
    ]) {
      assert.equal(errorsOf({ ...valid, email }).email, undefined, email);
    }
    const long = `${'a'.repeat(250)}@x.io`;
    assert.equal(errorsOf({ ...valid, email: long }).email, 'too_long');
  });

  it('needs a phone number when the contact method is phone or text', () => {
    assert.equal(errorsOf({ ...valid, contactMethod: 'phone' }).phone, 'phone_required');
    assert.equal(errorsOf({ ...valid, contactMethod: 'text', phone: ' ' }).phone, 'phone_required');
    assert.equal(errorsOf({ ...valid, contactMethod: 'email' }).phone, undefined);
  });

  it('accepts phone numbers of 7 to 15 digits with common punctuation only', () => {
    assert.equal(errorsOf({ ...valid, phone: '555-0142' }).phone, undefined);
    assert.equal(errorsOf({ ...valid, phone: '+49 30 1234 5678' }).phone, undefined);
    assert.equal(errorsOf({ ...valid, phone: '555-014' }).phone, 'phone', 'six digits');
    assert.equal(errorsOf({ ...valid, phone: '1234567890123456' }).phone, 'phone', '16 digits');
    assert.equal(errorsOf({ ...valid, phone: 'call me maybe' }).phone, 'phone');
    assert.equal(errorsOf({ ...valid, phone: '5'.repeat(31) }).phone, 'too_long');
  });

  it('requires a known contact method', () => {
    assert.equal(errorsOf({ ...valid, contactMethod: undefined }).contactMethod, 'required');
    assert.equal(errorsOf({ ...valid, contactMethod: 'pigeon' }).contactMethod, 'invalid');
    assert.equal(errorsOf({ ...valid, contactMethod: ['email'] }).contactMethod, 'invalid');
  });

  it('checks the optional fields: types and lengths', () => {
    assert.equal(errorsOf({ ...valid, okToLeaveMessage: 'yes' }).okToLeaveMessage, 'invalid');
    assert.equal(errorsOf({ ...valid, bestTimes: 'x'.repeat(201) }).bestTimes, 'too_long');
    assert.equal(errorsOf({ ...valid, bestTimes: 7 }).bestTimes, 'invalid');
    assert.equal(errorsOf({ ...valid, message: 'x'.repeat(1001) }).message, 'too_long');
    assert.equal(errorsOf({ ...valid, message: 'x'.repeat(1000) }).message, undefined);
    assert.equal(errorsOf({ ...valid, website: {} }).website, 'invalid');
  });

  it('asks for age confirmation only when the group has an age range', () => {
    assert.equal(errorsOf(valid, { ageRange: true }).ageConfirmed, 'age');
    assert.equal(
      errorsOf({ ...valid, ageConfirmed: false }, { ageRange: true }).ageConfirmed,
      'age',
    );
    assert.equal(
      errorsOf({ ...valid, ageConfirmed: true }, { ageRange: true }).ageConfirmed,
      undefined,
    );
    assert.equal(errorsOf(valid, noAge).ageConfirmed, undefined);
    assert.equal(
      errorsOf({ ...valid, ageConfirmed: 'true' }, { ageRange: true }).ageConfirmed,
      'invalid',
    );
  });

  it('needs both consents, each literally true', () => {
    const both = errorsOf({ ...valid, consent: undefined });
    assert.equal(both['consent.contact'], 'consent');
    assert.equal(both['consent.privacy'], 'consent');
    const truthy = errorsOf({ ...valid, consent: { contact: 'true', privacy: true } });
    assert.equal(truthy['consent.contact'], 'consent');
    assert.equal(truthy['consent.privacy'], undefined);
  });

  it('treats anything that is not an object as an empty request', () => {
    for (const input of [null, 'text', 3, [], [valid]]) {
      assert.deepEqual(Object.keys(errorsOf(input)).sort(), [
        'consent.contact',
        'consent.privacy',
        'contactMethod',
        'email',
        'name',
      ]);
    }
  });

  it('has English words for every field and code', () => {
    for (const field of SIGNUP_FIELDS) {
      for (const code of SIGNUP_FIELD_ERRORS) {
        const message = signupMessage(field as SignupField, code);
        assert.match(message, /^[A-Z].*\.$/, `${field}:${code}`);
      }
    }
    assert.equal(signupMessage('message', 'too_long'), 'Use at most 1000 characters.');
  });
});
