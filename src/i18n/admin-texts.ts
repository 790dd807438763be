import { extendTexts } from './catalogues.js';
import { enAdmin } from './en-admin.js';

/** The staff console's words: only the console's bundle carries them. */
export const adminTexts = extendTexts(enAdmin, {
  es: () => import('./es-admin.js').then((module) => module.esAdmin),
});
