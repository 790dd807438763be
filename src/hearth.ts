/*
 * The script-tag bundle (`dist/hearth.js`, `dist/hearth.iife.js`). It registers the provider at
 * once and each widget when its tag first appears on the page (its code is a separate file,
 * fetched then), and exposes the API client, events and context to pages that script around them.
 */
import './define/provider.js';
import { autoload } from './define/autoload.js';

autoload({
  'hearth-group-finder': () => import('./define/group-finder.js'),
  'hearth-session-signup': () => import('./define/session-signup.js'),
  'hearth-story-wall': () => import('./define/story-wall.js'),
});

export { loadElement } from './define/autoload.js';
export * from './api/contract/public.js';
export { createClient, newIdempotencyKey } from './api/client.js';
export { ApiError, isApiError } from './api/errors.js';
export * from './events/index.js';
export { HearthProvider } from './provider/provider.js';
export { hearthContext } from './context/index.js';
export type { HearthConfig } from './context/index.js';
export { VERSION } from './internal/index.js';
