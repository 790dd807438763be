import { HearthGroupFinder } from '../group-finder/group-finder.js';
import { loadLocaleDataOffThread, nextTask } from '../group-finder/warm-up.js';
import { define } from './define.js';

define('hearth-group-finder', HearthGroupFinder);

// The locale data starts loading off the main thread as soon as the finder's code has arrived,
// in the page's language (each finder asks again for its own, which is then usually ready).
void nextTask().then(() =>
  loadLocaleDataOffThread(document.documentElement.lang || navigator.language || 'en'),
);

export { HearthGroupFinder };

declare global {
  interface HTMLElementTagNameMap {
    'hearth-group-finder': HearthGroupFinder;
  }
}
