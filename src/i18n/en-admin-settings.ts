/** The staff console's English words for its settings view (keys start with `admin`). */
export const enAdminSettings = {};

export type AdminSettingsCatalogue = typeof enAdminSettings;
