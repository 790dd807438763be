/*
 * What only the share form needs: the story rules and the signals read while typing. The wall
 * loads this module when a visitor opens the form, so people who only read never download it.
 */
export { STORY_FIELD_ERRORS, STORY_LIMITS, validateStory } from '../api/story-schema.js';
export { detectCrisis, detectPersonalDetails } from '../api/story-signals.js';
