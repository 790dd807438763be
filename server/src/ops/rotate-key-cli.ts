// `npm run rotate-key`: seals every encrypted value with a new data key (ops/key-rotation.ts) and
// then swaps the key files. Run it with the server stopped; run it again after any interruption.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE, openDatabase } from '../db/database.js';
import { NEW_DATA_KEY_FILE, OLD_DATA_KEY_FILE, readNewDataKey } from '../db/data-keys.js';
import { DATA_KEY_FILE, parseDataKey } from '../platform/crypto.js';
import { keyId } from '../platform/key-ring.js';
import { makePrivateFile, PRIVATE_FILE_MODE } from '../platform/private-files.js';
import { DEFAULT_BATCH_ROWS, rotateDataKey, rotationState } from './key-rotation.js';
import { configForCommand, runAsScript, type CommandOutput } from './cli-config.js';

export async function runRotateKey(env: NodeJS.ProcessEnv, io: CommandOutput): Promise<number> {
  const config = configForCommand(env, io.err);
  if (!config) return 1;
  const { dataDir } = config;
  const keyFile = path.join(dataDir, DATA_KEY_FILE);
  const newFile = path.join(dataDir, NEW_DATA_KEY_FILE);
  const oldFile = path.join(dataDir, OLD_DATA_KEY_FILE);
  if (!config.databaseUrl && !fs.existsSync(path.join(dataDir, DATABASE_FILE))) {
    io.err(`There is no database in ${dataDir}.`);
    return 1;
  }
  const oldKey = config.dataKey ?? readKeyFile(keyFile);
  if (!oldKey) {
    io.err(`There is no data key: neither HEARTH_DATA_KEY nor ${keyFile}.`);
    return 1;
  }
  const leftover = readKeyFile(oldFile);
  if (leftover && !leftover.equals(oldKey)) {
    io.err(
      `${oldFile} from an earlier change of key is still there. Once you have checked that ` +
        'change (and no backup you keep needs it), destroy it, then run this again.',
    );
    return 1;
  }
  const newKey = readNewDataKey(dataDir, env) ?? createNewKeyFile(newFile);
  const newFromFile = !env.HEARTH_NEW_DATA_KEY?.trim();

  // The same on both engines: the rotation is Kysely only.
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir });
  const { db } = database;
  try {
    const state = await rotationState(db, { oldKey, newKey });
    io.out(
      state === 'idle'
        ? `Sealing every encrypted value with the new key ${keyId(newKey)} (was ${keyId(oldKey)}).`
        : state === 'in-progress'
          ? `Resuming the change to key ${keyId(newKey)}.`
          : `The database already uses key ${keyId(newKey)}; finishing with the key files.`,
    );
    const started = performance.now();
    const stopAfter = Number(env.HEARTH_TEST_ROTATE_KILL_AFTER_BATCHES ?? 0);
    const report = await rotateDataKey({
      db,
      oldKey,
      newKey,
      batchRows: Number(env.HEARTH_ROTATE_BATCH_ROWS) || DEFAULT_BATCH_ROWS,
      afterBatch: (batches) => {
        if (batches % 50 === 0) io.out(`  ${batches} batches done`);
        // Tests only: dies like a crash would, with no chance to clean up.
        if (stopAfter && batches >= stopAfter) process.kill(process.pid, 'SIGKILL');
      },
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.out(
      `Sealed ${report.values} values in ${report.batches} batches (${seconds} s); ` +
        'the database now uses the new key.',
    );
  } finally {
    await database.close();
  }

  if (!config.dataKey && newFromFile) {
    // data.key.old first, then the new key takes data.key's name in one rename: stopped between
    // the two, a second run finds the database switched and only renames.
    if (!leftover) writeKeyFile(oldFile, oldKey);
    fs.renameSync(newFile, keyFile);
    io.out(`${keyFile} now holds the new key; the old one is in ${oldFile}.`);
  } else {
    if (!config.dataKey) {
      if (!leftover) writeKeyFile(oldFile, oldKey);
      fs.rmSync(keyFile);
      io.out(`The old key is in ${oldFile}.`);
    }
    io.out(
      'Set HEARTH_DATA_KEY to the new key ' +
        (newFromFile
          ? `(the content of ${newFile}, then delete that file)`
          : '(HEARTH_NEW_DATA_KEY)') +
        ' and unset HEARTH_NEW_DATA_KEY before starting the server.',
    );
  }
  io.out(
    'Start the server and open a few sign-ups. Then destroy the old key (e.g. shred -u ' +
      `${oldFile}, or delete the old HEARTH_DATA_KEY from your secret store) — unless you keep ` +
      'backups made before today: they open only with the old key, so keep it with them until ' +
      'they expire.',
  );
  return 0;
}

function readKeyFile(file: string): Buffer | undefined {
  if (!fs.existsSync(file)) return undefined;
  const key = parseDataKey(fs.readFileSync(file, 'utf8'));
  if (!key) throw new Error(`${file} does not hold a 32-byte key in base64 or hex.`);
  return key;
}

function writeKeyFile(file: string, key: Buffer): void {
  fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: PRIVATE_FILE_MODE });
  makePrivateFile(file);
}

/** A fresh key in `data.key.new`, owner-only; `wx` keeps a key two runs raced to make. */
function createNewKeyFile(file: string): Buffer {
  try {
    fs.writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, {
      mode: PRIVATE_FILE_MODE,
      flag: 'wx',
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  makePrivateFile(file);
  return readKeyFile(file)!;
}

runAsScript(import.meta.url, (io) => runRotateKey(process.env, io));
