import { HearthSessionSignup } from '../session-signup/session-signup.js';
import { define } from './define.js';

define('hearth-session-signup', HearthSessionSignup);

export { HearthSessionSignup };

declare global {
  interface HTMLElementTagNameMap {
    'hearth-session-signup': HearthSessionSignup;
  }
}
