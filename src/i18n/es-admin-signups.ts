/** The staff console's Spanish words for its signups view, loaded on demand. */
import type { enAdminSignups } from './en-admin-signups.js';

export const esAdminSignups: typeof enAdminSignups = {};
