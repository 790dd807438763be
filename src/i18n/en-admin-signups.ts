/** The staff console's English words for its signups view (keys start with `admin`). */
export const enAdminSignups = {};

export type AdminSignupsCatalogue = typeof enAdminSignups;
