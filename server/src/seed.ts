// The demo practice (its data lives in demo/) and what seeds it: the whole practice into an
// empty database, and an owner account to sign in to the staff console with.
import { generatePassword, hashPassword } from './platform/passwords.js';
import { demoGroups } from './demo/groups.js';
import { demoPractice } from './demo/practice.js';
import { demoStories } from './demo/stories.js';
import type { ImportData, Store } from './store.js';

export { demoGroups, demoPractice, demoStories };
export { US_CRISIS_RESOURCES } from './demo/practice.js';

export function demoData(now: Date): ImportData {
  return { practice: demoPractice(), groups: demoGroups(now), stories: demoStories(now) };
}

/** The demo practice's owner account. */
export const DEMO_STAFF_EMAIL = 'demo@riverbend.example';

/**
 * An owner account for the demo, with a fresh random password returned once (for the start-up
 * banner). It need not be changed at first sign-in: it is a demo, on a demo database.
 */
export async function createDemoLogin(
  store: Store,
  now: Date,
  passwordCost: number,
): Promise<{ email: string; password: string } | undefined> {
  const password = generatePassword();
  const account = await store.staff.createAccount({
    email: DEMO_STAFF_EMAIL,
    role: 'owner',
    passwordHash: await hashPassword(password, passwordCost),
    mustChangePassword: false,
    now,
  });
  if (!account) return undefined;
  await store.staff.audit({
    actorId: null,
    via: 'system',
    action: 'staff_created',
    targetType: 'staff',
    targetId: account.id,
    detail: { role: 'owner', demo: true },
    at: now,
  });
  return { email: DEMO_STAFF_EMAIL, password };
}

/** Seeds the demo practice into an empty database. Returns whether it did. */
export async function seedIfEmpty(store: Store, now: Date = new Date()): Promise<boolean> {
  if (!(await store.isEmpty())) return false;
  // Checked again in the import's transaction: another process may be seeding it right now.
  return store.importData(demoData(now), { ifEmpty: true });
}
