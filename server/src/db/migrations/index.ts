import type { Migration, MigrationProvider } from 'kysely';
import type { Engine } from '../database.js';
import { migration as m0001_initial } from './0001_initial.js';
import { migration as m0002_signups } from './0002_signups.js';
import { migration as m0003_story_moderation } from './0003_story_moderation.js';
import { migration as m0004_staff } from './0004_staff.js';
import { migration as m0005_story_publishing } from './0005_story_publishing.js';
import { migration as m0006_signup_crisis } from './0006_signup_crisis.js';
import { migrationFor as m0007_sign_in_throttle } from './0007_sign_in_throttle.js';
import { migration as m0008_private_at_rest } from './0008_private_at_rest.js';
import { migration as m0009_story_reactions } from './0009_story_reactions.js';
import { migration as m0010_waitlist_places } from './0010_waitlist_places.js';
import { migrationFor as m0011_change_notices } from './0011_change_notices.js';
import { migration as m0012_rate_limits } from './0012_rate_limits.js';
import { migration as m0013_event_order } from './0013_event_order.js';
import { migrationFor as m0014_postgres_constraint_names } from './0014_postgres_constraint_names.js';

// Numbered, additive migrations, kept in code so bundling or a different working directory
// never loses them. Never edit a released migration: add the next number. The same migrations
// run on both engines; the few whose DDL differs are built for the engine (`migrationFor`).

export function migrationsFor(engine: Engine): Record<string, Migration> {
  return {
    '0001_initial': m0001_initial,
    '0002_signups': m0002_signups,
    '0003_story_moderation': m0003_story_moderation,
    '0004_staff': m0004_staff,
    '0005_story_publishing': m0005_story_publishing,
    '0006_signup_crisis': m0006_signup_crisis,
    '0007_sign_in_throttle': m0007_sign_in_throttle(engine),
    '0008_private_at_rest': m0008_private_at_rest,
    '0009_story_reactions': m0009_story_reactions,
    '0010_waitlist_places': m0010_waitlist_places,
    '0011_change_notices': m0011_change_notices(engine),
    '0012_rate_limits': m0012_rate_limits,
    '0013_event_order': m0013_event_order,
    '0014_postgres_constraint_names': m0014_postgres_constraint_names(engine),
  };
}

export function migrationProviderFor(engine: Engine): MigrationProvider {
  const migrations = migrationsFor(engine);
  return { getMigrations: () => Promise.resolve(migrations) };
}

/** SQLite's migrations (the default engine). */
export const migrations = migrationsFor('sqlite');
export const migrationProvider = migrationProviderFor('sqlite');
