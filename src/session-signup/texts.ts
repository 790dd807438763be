import { extendTexts } from '../i18n/catalogues.js';
import { enSignup } from './locales/en.js';

/**
 * The sign-up form's words beside it in `locales/`: English bundled, Spanish fetched only on
 * Spanish pages. Only pages that show the form download them.
 */
export const signupTexts = extendTexts(enSignup, {
  es: () => import('./locales/es.js').then((module) => module.esSignup),
});

export type SignupTexts = typeof signupTexts;
