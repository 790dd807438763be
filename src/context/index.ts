export { hearthContext } from './hearth-context.js';
export type { HearthConfig } from './hearth-context.js';
