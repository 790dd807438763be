export { HearthGroupSelectEvent } from './group-select.js';
export { HearthSignupRequestEvent } from './signup-request.js';
