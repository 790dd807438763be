export { THEMES, isTheme } from './theme.js';
export type { Theme } from './theme.js';
export { tokens } from './tokens.styles.js';
