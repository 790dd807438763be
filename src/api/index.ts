export * from './types.js';
export { ApiError, isApiError } from './errors.js';
export type { ApiErrorKind } from './errors.js';
export { createClient, newIdempotencyKey } from './client.js';
export type {
  ClientOptions,
  GetOptions,
  HearthClient,
  PostOptions,
  QueryValue,
  RequestOptions,
} from './client.js';
