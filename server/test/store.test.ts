import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { seedIfEmpty } from '../src/seed.js';
import { openStore } from '../src/store.js';
import {
  SQLITE_FILES_ONLY,
  TEST_NOW,
  openTestStore,
  removeTestData,
  tempDir,
  testData,
} from './helpers.js';

describe('store and demo seed', () => {
  it('seeds a realistic practice once, into an empty database', async () => {
    const data = await testData();
    const store = await openStore({ ...data, now: () => TEST_NOW });
    try {
      assert.equal(await seedIfEmpty(store, TEST_NOW), true);
      assert.equal(await seedIfEmpty(store, TEST_NOW), false, 'never seeds twice');

      const groups = await store.listGroups();
      assert.equal(groups.length, 10);
      assert.deepEqual(
        new Set(groups.map((group) => group.format)),
        new Set(['in_person', 'online', 'hybrid']),
      );
      assert.deepEqual(
        new Set(groups.map((group) => group.enrollment)),
        new Set(['ongoing', 'cohort']),
      );
      const full = groups.find((group) => group.status === 'waitlist');
      assert.equal(full?.seatsLeft, 0);
      assert.ok(groups.some((group) => group.status === 'few_seats'));
      assert.ok(groups.some((group) => group.ageMin !== undefined && group.ageMax !== undefined));
      assert.ok(groups.some((group) => group.screening.required));
      assert.ok(groups.some((group) => group.fee.slidingScale && group.fee.insurance.length > 0));

      const upcomingCohort = groups.find((group) => group.id === 'calm-minds-anxiety-skills')!;
      assert.ok(
        upcomingCohort.startsOn! > TEST_NOW.toISOString().slice(0, 10),
        'cohorts start after the seed date',
      );
      assert.equal(upcomingCohort.nextSessions.length, 4);

      const stories = await store.storyCounts();
      assert.ok(stories.approved >= 6);
      assert.ok(stories.pending >= 3);
    } finally {
      await store.close();
      await removeTestData(data.dataDir);
    }
  });

  it('keeps its data across restarts', async () => {
    const data = await testData(path.join(tempDir(), 'nested', 'data'));
    const first = await openStore({ ...data, now: () => TEST_NOW });
    await seedIfEmpty(first, TEST_NOW);
    await first.close();

    const second = await openStore({ ...data, now: () => TEST_NOW });
    try {
      assert.equal(await second.isEmpty(), false);
      assert.equal((await second.listGroups()).length, 10);
    } finally {
      await second.close();
      await removeTestData(data.dataDir);
    }
  });

  it(
    'keeps its SQLite file in the data directory, created with its parents',
    { skip: SQLITE_FILES_ONLY },
    async () => {
      const dataDir = path.join(tempDir(), 'nested', 'data');
      const store = await openStore({ dataDir, now: () => TEST_NOW });
      await store.close();
      try {
        assert.ok(fs.existsSync(path.join(dataDir, 'hearth.db')), 'creates the directory and file');
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );

  it('opens an empty practice when seeding is off', async () => {
    const store = await openTestStore();
    try {
      assert.equal(await store.getPractice(), undefined);
      assert.deepEqual(await store.listGroups(), []);
    } finally {
      await store.close();
    }
  });
});
