export { en } from './en.js';
export type { Catalogue, MessageKey, MessageArgs } from './en.js';
export { LANGUAGES, DEFAULT_LANGUAGE, languageOf, loadCatalogue } from './catalogues.js';
export type { Language } from './catalogues.js';
export { LocalizeController } from './localize-controller.js';
export type { LocalizeHost } from './localize-controller.js';
export {
  formatSchedule,
  formatDate,
  formatCalendarDate,
  formatWeekday,
  formatZoneName,
  formatNumber,
  formatMoney,
  formatList,
  formatFee,
  formatStatus,
  visitorTimeZone,
} from './format.js';
export type { ScheduleText } from './format.js';
