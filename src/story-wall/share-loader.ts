/*
 * How the wall fetches the share form's code: `share-form.ts` is its own file in every build with
 * chunks, fetched once per page (the browser keeps the module for every wall). A failed
 * download is not kept: browsers fetch a dynamic import that failed again on the next attempt.
 */
import type * as shareForm from './share-form/share-form.js';

type ShareModule = typeof shareForm;

export const shareLoader = {
  /** Tests replace this to see the wall while the form loads, and when it fails to load. */
  load: (): Promise<ShareModule> => import('./share-form/share-form.js'),
};
