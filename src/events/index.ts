export { HearthGroupSelectEvent } from './group-select.js';
export { HearthSignupRequestEvent } from './signup-request.js';
export { HearthSignupSubmitEvent } from './signup-submit.js';
export { HearthSignupCompleteEvent } from './signup-complete.js';
export { HearthStorySubmitEvent } from './story-submit.js';
export { HearthStorySharedEvent } from './story-shared.js';
