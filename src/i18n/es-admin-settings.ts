/** The staff console's Spanish words for its settings view, loaded on demand. */
import type { enAdminSettings } from './en-admin-settings.js';

export const esAdminSettings: typeof enAdminSettings = {};
