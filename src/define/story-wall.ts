import { HearthStoryWall } from '../story-wall/story-wall.js';
import { define } from './define.js';

define('hearth-story-wall', HearthStoryWall);

export { HearthStoryWall };

declare global {
  interface HTMLElementTagNameMap {
    'hearth-story-wall': HearthStoryWall;
  }
}
