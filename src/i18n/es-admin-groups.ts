/** The staff console's Spanish words for its groups view, loaded on demand. */
import type { enAdminGroups } from './en-admin-groups.js';

export const esAdminGroups: typeof enAdminGroups = {};
