import { extendTexts } from '../i18n/catalogues.js';
import type { Catalogue } from '../i18n/en.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { enSignup } from './locales/en.js';

/**
 * The sign-up form's words beside it in `locales/`: English bundled, Spanish fetched only on
 * Spanish pages. Only pages that show the form download them.
 */
export const signupTexts = extendTexts(enSignup, {
  es: () => import('./locales/es.js').then((module) => module.esSignup),
});

/** The form's words in the visitor's language, as its template modules receive them. */
export type SignupWords = LocalizeController<Catalogue & typeof enSignup>;
