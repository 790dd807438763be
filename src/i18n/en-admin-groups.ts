/** The staff console's English words for its groups view (keys start with `admin`). */
export const enAdminGroups = {};

export type AdminGroupsCatalogue = typeof enAdminGroups;
