import { HearthGroupFinder } from '../group-finder/group-finder.js';
import { define } from './define.js';

define('hearth-group-finder', HearthGroupFinder);

export { HearthGroupFinder };

declare global {
  interface HTMLElementTagNameMap {
    'hearth-group-finder': HearthGroupFinder;
  }
}
