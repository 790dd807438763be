export { HearthGroupSelectEvent } from './group-select.js';
