import { HearthAdmin } from '../admin/admin.js';
import { define } from './define.js';

define('hearth-admin', HearthAdmin);

export { HearthAdmin };

declare global {
  interface HTMLElementTagNameMap {
    'hearth-admin': HearthAdmin;
  }
}
