import type { Migration, MigrationProvider } from 'kysely';
import { migration as m0001_initial } from './0001_initial.js';
import { migration as m0002_signups } from './0002_signups.js';
import { migration as m0003_story_moderation } from './0003_story_moderation.js';
import { migration as m0004_staff } from './0004_staff.js';
import { migration as m0005_story_publishing } from './0005_story_publishing.js';
import { migration as m0006_signup_crisis } from './0006_signup_crisis.js';
import { migration as m0007_sign_in_throttle } from './0007_sign_in_throttle.js';
import { migration as m0008_private_at_rest } from './0008_private_at_rest.js';
import { migration as m0009_story_reactions } from './0009_story_reactions.js';
import { migration as m0010_waitlist_places } from './0010_waitlist_places.js';

// Numbered, additive migrations, kept in code so bundling or a different working directory
// never loses them. Never edit a released migration: add the next number.

export const migrations: Record<string, Migration> = {
  '0001_initial': m0001_initial,
  '0002_signups': m0002_signups,
  '0003_story_moderation': m0003_story_moderation,
  '0004_staff': m0004_staff,
  '0005_story_publishing': m0005_story_publishing,
  '0006_signup_crisis': m0006_signup_crisis,
  '0007_sign_in_throttle': m0007_sign_in_throttle,
  '0008_private_at_rest': m0008_private_at_rest,
  '0009_story_reactions': m0009_story_reactions,
  '0010_waitlist_places': m0010_waitlist_places,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
