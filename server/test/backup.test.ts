// npm run backup: a copy taken while sign-ups are being written is whole and holds every sign-up
// acknowledged before it started; a server started on the restored copy serves the same data.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { runBackup } from '../src/ops/backup-cli.js';
import { DATA_KEY_FILE } from '../src/platform/crypto.js';
import {
  admin,
  createAccount,
  session,
  startAdminServer,
  TEST_PASSWORD_COST,
  type AdminTestServer,
} from './admin-fixtures.js';
import { GROUPS, importGroups, NO_RATE_LIMITS, postSignup, visitor } from './fixtures.js';
import { SQLITE_FILES_ONLY, startTestServer, tempDir } from './helpers.js';

const SERVER_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function backupInChild(dataDir: string, file: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/ops/backup-cli.ts', file],
      { cwd: SERVER_DIR, env: { PATH: process.env.PATH, HEARTH_DATA_DIR: dataDir } },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

describe('npm run backup', () => {
  const work = tempDir('hearth-backup-');
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it(
    'copies a consistent database while sign-ups are being written',
    { skip: SQLITE_FILES_ONLY },
    async () => {
      const dataDir = path.join(work, 'live');
      const server = await startTestServer({ dataDir, seed: 'none', ...NO_RATE_LIMITS });
      try {
        await importGroups(server, [GROUPS.open]);
        const acknowledged: string[] = [];
        let writing = true;
        const writer = (async () => {
          for (let index = 0; writing; index += 1) {
            const response = await postSignup(
              server,
              GROUPS.open.id,
              visitor({ email: `p${index}@visitor.example` }),
            );
            assert.equal(response.status, 201, response.text);
            acknowledged.push((response.body as { id: string }).id);
          }
        })();
        while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 10));
        const beforeBackup = [...acknowledged];
        const file = path.join(work, 'hearth-copy.db');
        const result = await backupInChild(dataDir, file);
        const duringBackup = acknowledged.length - beforeBackup.length;
        writing = false;
        await writer;

        assert.equal(result.code, 0, result.stderr);
        assert.match(result.stdout, new RegExp(`Keep the data key.*${DATA_KEY_FILE}`));
        assert.equal(fs.statSync(file).mode & 0o777, 0o600);
        assert.equal(fs.existsSync(`${file}.partial`), false);
        assert.ok(duringBackup > 0, 'sign-ups kept being written during the backup');
        const copy = new SQLite(file, { readonly: true });
        try {
          assert.equal(copy.pragma('integrity_check', { simple: true }), 'ok');
          const ids = new Set(copy.prepare('select id from signups').pluck().all() as string[]);
          for (const id of beforeBackup) assert.ok(ids.has(id), `sign-up ${id} is in the copy`);
        } finally {
          copy.close();
        }
      } finally {
        await server.stop();
      }
    },
  );

  describe('restore', { skip: SQLITE_FILES_ONLY }, () => {
    let original: AdminTestServer;
    const backupFile = path.join(work, 'for-restore.db');
    const restoredDir = path.join(work, 'restored');

    before(async () => {
      original = await startAdminServer();
      await createAccount(original, 'lin@practice.example');
      for (let index = 0; index < 5; index += 1) {
        const response = await postSignup(
          original,
          'calm-minds-anxiety-skills',
          visitor({ email: `r${index}@visitor.example`, ageConfirmed: true }),
        );
        assert.equal(response.status, 201, response.text);
      }
    });
    after(() => original.stop());

    it('serves the same groups and staff see the same sign-ups from a restored copy', async () => {
      const originalDir = original.config.dataDir;
      const code = await runBackup([backupFile], { HEARTH_DATA_DIR: originalDir }, quiet);
      assert.equal(code, 0);

      // The documented restore: the copy becomes hearth.db, no stale -wal or -shm beside it, the
      // data key of the backed-up installation.
      fs.mkdirSync(restoredDir, { mode: 0o700 });
      fs.copyFileSync(backupFile, path.join(restoredDir, 'hearth.db'));
      fs.copyFileSync(path.join(originalDir, DATA_KEY_FILE), path.join(restoredDir, DATA_KEY_FILE));
      const restored = await startTestServer(
        { dataDir: restoredDir, seed: 'none', passwordCost: TEST_PASSWORD_COST, ...NO_RATE_LIMITS },
        undefined,
        { now: original.clock.now },
      );
      try {
        const restoredAdmin = {
          ...restored,
          clock: original.clock,
          origin: new URL(restored.url).origin,
        };
        assert.deepEqual(
          (await restored.request('/v1/groups')).body,
          (await original.request('/v1/groups')).body,
        );
        const signups = async (server: AdminTestServer) =>
          (await admin(server, '/v1/admin/signups', await session(server, 'lin@practice.example')))
            .body;
        const seen = (await signups(restoredAdmin)) as { items: unknown[] };
        assert.equal(seen.items.length, 5);
        assert.deepEqual(seen, await signups(original));
      } finally {
        await restored.close();
      }
    });
  });

  it('points to pg_dump when DATABASE_URL is PostgreSQL', async () => {
    const lines: string[] = [];
    const code = await runBackup(
      ['x.db'],
      { DATABASE_URL: 'postgres://hearth@db/hearth' },
      { out: (line) => lines.push(line), err: (line) => lines.push(line) },
    );
    assert.equal(code, 2);
    assert.match(lines.join('\n'), /pg_dump/);
  });
});

const quiet = { out: () => {}, err: () => {} };
