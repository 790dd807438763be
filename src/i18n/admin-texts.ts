import { extendTexts } from './catalogues.js';
import { enAdmin } from './en-admin.js';
import { enAdminAccount } from './en-admin-account.js';
import { enAdminGroups } from './en-admin-groups.js';
import { enAdminSettings } from './en-admin-settings.js';
import { enAdminSignups } from './en-admin-signups.js';
import { enAdminStories } from './en-admin-stories.js';

/**
 * The staff console's words: the shell's and shared ones in `en-admin.ts`, each view's own in
 * `en-admin-<view>.ts`. Only the console's bundle carries them.
 */
export const adminTexts = extendTexts(
  {
    ...enAdmin,
    ...enAdminStories,
    ...enAdminSignups,
    ...enAdminGroups,
    ...enAdminSettings,
    ...enAdminAccount,
  },
  {
    es: () =>
      Promise.all([
        import('./es-admin.js'),
        import('./es-admin-stories.js'),
        import('./es-admin-signups.js'),
        import('./es-admin-groups.js'),
        import('./es-admin-settings.js'),
        import('./es-admin-account.js'),
      ]).then(([shell, stories, signups, groups, settings, account]) => ({
        ...shell.esAdmin,
        ...stories.esAdminStories,
        ...signups.esAdminSignups,
        ...groups.esAdminGroups,
        ...settings.esAdminSettings,
        ...account.esAdminAccount,
      })),
  },
);

export type AdminTexts = typeof adminTexts;
