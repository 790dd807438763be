/**
 * What widgets and integrators import from the API layer: the visitors' API contract
 * (`contract/public.ts`), the typed client and its errors, and the rules both sides run
 * (`rules/`: the sign-up and story checks with their field limits, the safety signals).
 */
export * from './contract/public.js';
export { ApiError, isApiError } from './errors.js';
export type { ApiErrorKind } from './errors.js';
export { createClient, newIdempotencyKey } from './client.js';
export type {
  ClientOptions,
  GetOptions,
  GroupPageOptions,
  HearthClient,
  PageOptions,
  PostOptions,
  QueryValue,
  RequestOptions,
} from './client.js';
export {
  SIGNUP_FIELDS,
  SIGNUP_FIELD_ERRORS,
  SIGNUP_LIMITS,
  validateSignup,
} from './rules/signup.js';
export type {
  SignupContext,
  SignupField,
  SignupFieldError,
  SignupValidation,
  ValidSignup,
} from './rules/signup.js';
export { STORY_FIELDS, STORY_FIELD_ERRORS, STORY_LIMITS, validateStory } from './rules/story.js';
export type { StoryField, StoryFieldError } from './rules/story.js';
export { CRISIS_TIERS, detectCrisis, detectPersonalDetails } from './rules/safety/index.js';
export type { CrisisTier, PersonalDetailKind } from './rules/safety/index.js';
