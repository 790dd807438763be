export { HearthElement } from './hearth-element.js';
export { ConfigController } from './config-controller.js';
export type { ConfigHost, ConfigStatus } from './config-controller.js';
export { VERSION } from './version.js';
