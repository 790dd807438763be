import { HearthProvider } from '../provider/provider.js';
import { define } from './define.js';

define('hearth-provider', HearthProvider);

export { HearthProvider };

declare global {
  interface HTMLElementTagNameMap {
    'hearth-provider': HearthProvider;
  }
}
