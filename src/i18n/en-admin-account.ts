/** The staff console's English words for its account view (keys start with `admin`). */
export const enAdminAccount = {};

export type AdminAccountCatalogue = typeof enAdminAccount;
