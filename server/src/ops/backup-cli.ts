// `npm run backup -- <file>`: an online copy of the SQLite database (ops/backup.ts).
import path from 'node:path';
import { DATA_KEY_FILE } from '../platform/crypto.js';
import { backupSqlite } from './backup.js';
import { configForCommand, runAsScript, type CommandOutput } from './cli-config.js';

const USAGE = 'Usage: npm run backup -- <file>   (a new file, e.g. backups/hearth-2025-03-03.db)';

export async function runBackup(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CommandOutput,
): Promise<number> {
  if (/^postgres(ql)?:/i.test(env.DATABASE_URL?.trim() ?? '')) {
    io.err(
      'npm run backup copies the embedded SQLite database. With PostgreSQL, use its own tools: ' +
        'pg_dump --format=custom --file=hearth.dump "$DATABASE_URL" (restore with pg_restore), ' +
        'and keep the data key with the dump, stored apart.',
    );
    return 2;
  }
  const [target] = args;
  if (!target || args.length > 1) {
    io.err(USAGE);
    return 1;
  }
  const config = configForCommand(env, io.err);
  if (!config) return 1;
  // npm runs the script in server/; a relative name means where the command was typed.
  const file = path.resolve(env.INIT_CWD ?? process.cwd(), target);
  const result = await backupSqlite(config.dataDir, file);
  io.out(
    `Backed up ${config.dataDir} to ${result.file} ` +
      `(${result.bytes} bytes, ${result.pages} pages, ${result.milliseconds} ms), readable by you only.`,
  );
  io.out(
    'Keep the data key with it, stored apart from it: ' +
      (config.dataKey
        ? 'the value of HEARTH_DATA_KEY.'
        : `the file ${path.join(config.dataDir, DATA_KEY_FILE)}.`) +
      ' Without that key nobody, you included, can read the sign-ups in this backup.',
  );
  io.out('To restore, see "Backups" in docs/configuration.md.');
  return 0;
}

runAsScript(import.meta.url, (io) => runBackup(process.argv.slice(2), process.env, io));
