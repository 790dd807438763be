/*
 * The package's main entry: classes, events, context, client and types, with no side effects.
 * Importing it registers nothing; `hearth/hearth.js` or `hearth/<element>.js` do.
 */
export * from './api/index.js';
export { HearthProvider } from './provider/provider.js';
export { HearthGroupFinder, LAYOUTS } from './group-finder/group-finder.js';
export type { Layout } from './group-finder/group-finder.js';
export { HearthSessionSignup } from './session-signup/session-signup.js';
export { HearthStoryWall } from './story-wall/story-wall.js';
export * from './events/index.js';
export { hearthContext } from './context/index.js';
export type { HearthConfig } from './context/index.js';
export { HearthElement, ConfigController, VERSION } from './internal/index.js';
export type { ConfigStatus } from './internal/index.js';
export { define } from './define/define.js';
export { THEMES } from './styles/theme.js';
export type { Theme } from './styles/theme.js';
export { LocalizeController, LANGUAGES, formatDate, formatStatus } from './i18n/index.js';
export type { Language, Catalogue } from './i18n/index.js';
export { formatSchedule, formatFee } from './group-finder/format-groups.js';
export type { ScheduleText } from './group-finder/format-groups.js';
export { finderTexts } from './group-finder/texts.js';
export type { FinderCatalogue } from './group-finder/texts.js';
