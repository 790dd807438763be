/** The staff console's Spanish words for its stories view, loaded on demand. */
import type { enAdminStories } from './en-admin-stories.js';

export const esAdminStories: typeof enAdminStories = {};
