export * from './types.js';
export { ApiError, isApiError } from './errors.js';
export type { ApiErrorKind } from './errors.js';
export { createClient, newIdempotencyKey } from './client.js';
export type {
  ClientOptions,
  GetOptions,
  GroupPageOptions,
  HearthClient,
  PostOptions,
  QueryValue,
  RequestOptions,
} from './client.js';
export {
  SIGNUP_FIELDS,
  SIGNUP_FIELD_ERRORS,
  SIGNUP_LIMITS,
  validateSignup,
} from './signup-schema.js';
export type {
  SignupContext,
  SignupField,
  SignupFieldError,
  SignupValidation,
  ValidSignup,
} from './signup-schema.js';
export { STORY_FIELDS, STORY_FIELD_ERRORS, STORY_LIMITS, validateStory } from './story-schema.js';
export type { StoryField, StoryFieldError } from './story-schema.js';
export { CRISIS_TIERS, detectCrisis, detectPersonalDetails } from './safety/index.js';
export type { CrisisTier, PersonalDetailKind } from './safety/index.js';
