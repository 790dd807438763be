/** The staff console's Spanish words for its account view, loaded on demand. */
import type { enAdminAccount } from './en-admin-account.js';

export const esAdminAccount: typeof enAdminAccount = {};
