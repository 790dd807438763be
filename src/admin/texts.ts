import { extendTexts } from '../i18n/catalogues.js';
import { enAdmin } from './locales/en.js';
import { enAdminAccount } from './account/locales/en.js';
import { enAdminAudit } from './audit/locales/en.js';
import { enAdminGroups } from './groups/locales/en.js';
import { enAdminSettings } from './settings/locales/en.js';
import { enAdminSignups } from './signups/locales/en.js';
import { enAdminStaff } from './staff/locales/en.js';
import { enAdminStories } from './stories/locales/en.js';

/**
 * The staff console's words: the shell's and shared ones in `locales/`, each section's own in its
 * folder's `locales/` (English bundled, Spanish fetched only on Spanish pages). Only the console's
 * bundle carries them.
 */
export const adminTexts = extendTexts(
  {
    ...enAdmin,
    ...enAdminStories,
    ...enAdminSignups,
    ...enAdminGroups,
    ...enAdminSettings,
    ...enAdminAccount,
    ...enAdminStaff,
    ...enAdminAudit,
  },
  {
    es: () =>
      Promise.all([
        import('./locales/es.js'),
        import('./stories/locales/es.js'),
        import('./signups/locales/es.js'),
        import('./groups/locales/es.js'),
        import('./settings/locales/es.js'),
        import('./account/locales/es.js'),
        import('./staff/locales/es.js'),
        import('./audit/locales/es.js'),
      ]).then(([shell, stories, signups, groups, settings, account, staff, audit]) => ({
        ...shell.esAdmin,
        ...stories.esAdminStories,
        ...signups.esAdminSignups,
        ...groups.esAdminGroups,
        ...settings.esAdminSettings,
        ...account.esAdminAccount,
        ...staff.esAdminStaff,
        ...audit.esAdminAudit,
      })),
  },
);

export type AdminTexts = typeof adminTexts;
