import { extendTexts } from './catalogues.js';
import { enSignup } from './en-signup.js';

/** The sign-up form's words: only pages that show the form download them. */
export const signupTexts = extendTexts(enSignup, {
  es: () => import('./es-signup.js').then((module) => module.esSignup),
});
