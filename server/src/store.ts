// The store: opens the database, brings it up to date and builds each domain's repository.
// Routes reach data only through it; the SQL lives in the repositories.
import { randomBytes } from 'node:crypto';
import { openDatabase, type Engine } from './db/database.js';
import { checkDataKey, openFieldCipher } from './db/data-keys.js';
import {
  createRequestHasher,
  keyIdempotencyRecordsOnce,
  purgeExpiredRequests,
} from './db/idempotency.js';
import {
  createGroupRepository,
  insertGroup,
  type GroupInput,
  type GroupRepository,
} from './groups/repository.js';
import { DEFAULT_RETENTION_DAYS } from './platform/config.js';
import { createKeyedHasher, loadDataKey, loadOrCreateDataKey } from './platform/crypto.js';
import {
  claimEmptyPractice,
  createPracticeRepository,
  writePractice,
  type PracticeRepository,
  type PracticeSettings,
} from './practice/repository.js';
import { createRateLimitCounter, type RateLimitCounter } from './platform/rate-limit.js';
import { createSignupRepository, type SignupRepository } from './signups/repository.js';
import { assessSignupsOnce } from './signups/staff-repository.js';
import { createStaffStore, type StaffStore } from './staff/repository.js';
import {
  createStoryHashes,
  createStoryRepository,
  encryptPlainStories,
  encryptPlainStoryNotes,
  importStory,
  type StoryContext,
  type StoryInput,
  type StoryRepository,
} from './stories/repository.js';

export interface ImportData {
  practice: PracticeSettings;
  groups: GroupInput[];
  stories: StoryInput[];
}

/** Every read and write of the server: the repositories of each domain, side by side. */
export type Store = PracticeRepository &
  GroupRepository &
  SignupRepository &
  StoryRepository & {
    /** Staff accounts, sessions, tokens and the audit log. */
    readonly staff: StaffStore;
    /** Public POSTs per client, shared by every process on the database (rate-limit.ts). */
    readonly rateLimits: RateLimitCounter;
    /**
     * Writes a whole practice (settings, topics, groups, stories) in one transaction. With
     * `ifEmpty`, only into a database without a practice; returns whether it wrote.
     */
    importData(data: ImportData, options?: { ifEmpty?: boolean }): Promise<boolean>;
    /**
     * Deletes sign-ups older than the retention period that never led to an enrolment, and
     * expired idempotency keys.
     */
    purgeExpired(now: Date): Promise<{ signups: number; idempotencyKeys: number }>;
    close(): Promise<void>;
    /**
     * A value that changes whenever stored data may have changed, by this process or another
     * one sharing the database: public GET answers are reused while it stays the same (app.ts).
     */
    dataVersion(): Promise<string>;
    /** The database engine: SQLite in the data directory, or a shared PostgreSQL. */
    readonly engine: Engine;
  };

export interface StoreOptions {
  /** `postgres://…` to use PostgreSQL; undefined: SQLite in `dataDir`. */
  databaseUrl?: string;
  /**
   * Directory of the SQLite file, or `':memory:'`; with PostgreSQL, where `data.key` is read
   * from when no `dataKey` is given.
   */
  dataDir: string;
  /** The clock used for session dates; injectable so tests are not tied to today. */
  now?: () => Date;
  /**
   * The 32-byte key for personal fields. Defaults to `<dataDir>/data.key`, created on first
   * use on SQLite (PostgreSQL: it must exist, since every machine needs the same key); an
   * in-memory data directory gets a throwaway key.
   */
  dataKey?: Buffer;
  /** Days an unenrolled sign-up is kept. */
  retentionDays?: number;
}

/** Opens the database, brings its schema up to date and returns the store. */
export async function openStore({
  databaseUrl,
  dataDir,
  now = () => new Date(),
  dataKey,
  retentionDays = DEFAULT_RETENTION_DAYS,
}: StoreOptions): Promise<Store> {
  // With PostgreSQL, several machines may share the database: the key is never made up here.
  const key =
    dataKey ??
    (dataDir === ':memory:'
      ? randomBytes(32)
      : databaseUrl
        ? loadDataKey(dataDir, SHARED_KEY_HELP)
        : loadOrCreateDataKey(dataDir));
  const database = await openDatabase({ databaseUrl, dataDir });
  const { db } = database;
  try {
    const cipher = await openFieldCipher(db, key, dataDir);
    const unchanged = database.dataVersion();
    await checkDataKey(db, cipher);
    const stories: StoryContext = { db, cipher, hashes: createStoryHashes(key) };
    await encryptPlainStories(stories);
    await encryptPlainStoryNotes(stories);
    await assessSignupsOnce({ db, cipher, retentionDays });
    const hashRequest = createRequestHasher(key);
    await keyIdempotencyRecordsOnce(db, hashRequest);
    // When the steps above replaced plain values, no old copy stays in the WAL.
    if (database.dataVersion() !== unchanged) await database.afterErasure();
    const signups = createSignupRepository(
      { db, cipher, retentionDays, afterErasure: database.afterErasure },
      hashRequest,
    );
    return {
      ...createPracticeRepository(db),
      ...createGroupRepository(db, now),
      ...signups,
      ...createStoryRepository(stories, hashRequest),
      staff: createStaffStore(db, cipher, createKeyedHasher(key, 'sign-in-attempts')),
      rateLimits: createRateLimitCounter(db, createKeyedHasher(key, 'rate-limits')),
      engine: database.engine,
      async importData(data, options) {
        return db.transaction().execute(async (trx) => {
          // Writing the practice's row first makes a second import (another process seeding
          // the same empty database) wait for this one; it then finds the database not empty.
          if (options?.ifEmpty && !(await claimEmptyPractice(trx, data.practice, now()))) {
            return false;
          }
          await writePractice(trx, data.practice, now());
          for (const [position, group] of data.groups.entries()) {
            await insertGroup(trx, group, position, now());
          }
          for (const story of data.stories) await importStory(trx, stories, story);
          return true;
        });
      },
      async purgeExpired(at) {
        // Retention is at least a day, as long as a key lives: their keys go in this same purge.
        const purged = await signups.purgeExpiredSignups(at);
        return { signups: purged, idempotencyKeys: await purgeExpiredRequests(db, at) };
      },
      close: () => database.close(),
      dataVersion: () => Promise.resolve(database.dataVersion()),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

const SHARED_KEY_HELP =
  'With DATABASE_URL, every machine sharing the database needs the same data key: set ' +
  'HEARTH_DATA_KEY (e.g. the output of `openssl rand -base64 32`, kept safe apart from the ' +
  'database) to the same value on each, or copy one data.key into each HEARTH_DATA_DIR.';
