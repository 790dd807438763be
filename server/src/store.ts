// The store: opens the database, brings it up to date and builds each domain's repository.
// Routes reach data only through it; the SQL lives in the repositories.
import { randomBytes } from 'node:crypto';
import { checkDataKey } from './db/data-key.js';
import { migrateToLatest, openSqlite } from './db/database.js';
import { openFieldCipher } from './db/data-keys.js';
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
import { createKeyedHasher, loadOrCreateDataKey } from './platform/crypto.js';
import {
  createPracticeRepository,
  writePractice,
  type PracticeRepository,
  type PracticeSettings,
} from './practice/repository.js';
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
    /** Writes a whole practice (settings, topics, groups, stories) in one transaction. */
    importData(data: ImportData): Promise<void>;
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
  };

export interface StoreOptions {
  /** Directory of the SQLite file, or `':memory:'`. */
  dataDir: string;
  /** The clock used for session dates; injectable so tests are not tied to today. */
  now?: () => Date;
  /**
   * The 32-byte key for personal fields. Defaults to `<dataDir>/data.key`, created on first
   * use; an in-memory database gets a throwaway key.
   */
  dataKey?: Buffer;
  /** Days an unenrolled sign-up is kept. */
  retentionDays?: number;
}

/** Opens the database, brings its schema up to date and returns the store. */
export async function openStore({
  dataDir,
  now = () => new Date(),
  dataKey,
  retentionDays = DEFAULT_RETENTION_DAYS,
}: StoreOptions): Promise<Store> {
  const { db, sqlite } = openSqlite(dataDir);
  try {
    await migrateToLatest(db);
    const key =
      dataKey ?? (dataDir === ':memory:' ? randomBytes(32) : loadOrCreateDataKey(dataDir));
    const cipher = await openFieldCipher(db, key, dataDir);
    const changes = sqlite.prepare('select total_changes()').pluck();
    const unchanged = changes.get();
    await checkDataKey(db, cipher);
    const stories: StoryContext = { db, cipher, hashes: createStoryHashes(key) };
    await encryptPlainStories(stories);
    await encryptPlainStoryNotes(stories);
    await assessSignupsOnce({ db, cipher, retentionDays });
    const hashRequest = createRequestHasher(key);
    await keyIdempotencyRecordsOnce(db, hashRequest);
    // When the steps above replaced plain values, no old copy stays in the WAL.
    if (changes.get() !== unchanged) sqlite.pragma('wal_checkpoint(TRUNCATE)');
    // total_changes(): rows this connection changed since it opened (counted even when a
    // transaction rolls back, which only costs a needless refresh); data_version: moves when
    // another connection (a staff command, a second server process) commits. Read outside
    // Kysely's queue: a version read during another request's transaction is at most older than
    // the data read after it, which only costs a refresh.
    const version = sqlite
      .prepare('select total_changes(), (select data_version from pragma_data_version())')
      .raw();
    const signups = createSignupRepository({ db, cipher, retentionDays }, hashRequest);
    return {
      ...createPracticeRepository(db),
      ...createGroupRepository(db, now),
      ...signups,
      ...createStoryRepository(stories, hashRequest),
      staff: createStaffStore(db, cipher, createKeyedHasher(key, 'sign-in-attempts')),
      async importData(data) {
        await db.transaction().execute(async (trx) => {
          await writePractice(trx, data.practice, now());
          for (const [position, group] of data.groups.entries()) {
            await insertGroup(trx, group, position, now());
          }
          for (const story of data.stories) await importStory(trx, stories, story);
        });
      },
      async purgeExpired(at) {
        // Retention is at least a day, as long as a key lives: their keys go in this same purge.
        const purged = await signups.purgeExpiredSignups(at);
        return { signups: purged, idempotencyKeys: await purgeExpiredRequests(db, at) };
      },
      close: () => db.destroy(),
      dataVersion() {
        const [changed, data] = version.get() as [number, number];
        return Promise.resolve(`${data}:${changed}`);
      },
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
