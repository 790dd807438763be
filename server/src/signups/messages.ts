// The shared sign-up rules (src/api/rules/) the server may import, like the contract.
import {
  SIGNUP_LIMITS,
  type SignupField,
  type SignupFieldError,
} from '../../../src/api/rules/signup.js';

// English words for the shared schema's error codes. The API sends these in a problem's `fields`
// and the codes themselves in `codes`, so a widget can show its own translation instead.

const SPECIFIC: Partial<Record<`${SignupField}:${SignupFieldError}`, string>> = {
  'name:required': 'Enter your name. A first name or the name you prefer is fine.',
  'email:required': 'Enter your e-mail address.',
  'email:email': 'Enter a valid e-mail address, like name@example.com.',
  'phone:phone': 'Enter a phone number with 7 to 15 digits.',
  'phone:phone_required': 'Enter a phone number, or choose e-mail as the way to reach you.',
  'contactMethod:required': 'Choose how you would like to be contacted: email, phone or text.',
  'contactMethod:invalid': 'Choose how you would like to be contacted: email, phone or text.',
  'ageConfirmed:age': 'Confirm that you are in the age range of this group.',
  'consent.contact:consent': 'Agree to be contacted about this group to continue.',
  'consent.privacy:consent': 'Agree to the privacy policy to continue.',
  'okToLeaveMessage:invalid': 'Answer yes or no.',
  'ageConfirmed:invalid': 'Answer yes or no.',
};

const LIMITS: Partial<Record<SignupField, number>> = SIGNUP_LIMITS;

/** The English message for one field error. */
export function signupMessage(field: SignupField, code: SignupFieldError): string {
  const specific = SPECIFIC[`${field}:${code}`];
  if (specific) return specific;
  if (code === 'too_long') return `Use at most ${LIMITS[field] ?? 'fewer'} characters.`;
  if (code === 'required') return 'This field is required.';
  return 'This value is not valid.';
}
