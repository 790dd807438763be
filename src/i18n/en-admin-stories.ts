/** The staff console's English words for its stories view (keys start with `admin`). */
export const enAdminStories = {};

export type AdminStoriesCatalogue = typeof enAdminStories;
