// The server's test suite on each database engine, one after the other:
//
//   node scripts/test-server.mjs [--engine=sqlite|postgres]
//
// SQLite always (the embedded default); then PostgreSQL when HEARTH_TEST_DATABASE_URL is set (a
// superuser's URL: every test server gets a database of its own), else one line saying it was
// skipped. `npm run test:pg` (scripts/with-postgres.mjs) starts a throwaway PostgreSQL and sets it.
// Both engines run even when the first fails; the exit code is non-zero when either failed.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const only = args[0]?.startsWith('--engine=') ? args[0].slice('--engine='.length) : undefined;
if (args.length > 1 || (args.length === 1 && !/^(sqlite|postgres)$/.test(only ?? ''))) {
  process.stderr.write('usage: node scripts/test-server.mjs [--engine=sqlite|postgres]\n');
  process.exit(2);
}

const url = process.env.HEARTH_TEST_DATABASE_URL;
const engines = [];
if (only !== 'postgres') engines.push({ name: 'SQLite', env: { HEARTH_TEST_DATABASE_URL: '' } });
if (only !== 'sqlite') {
  if (url) engines.push({ name: 'PostgreSQL', env: { HEARTH_TEST_DATABASE_URL: url } });
  else if (only === 'postgres') {
    process.stderr.write('HEARTH_TEST_DATABASE_URL is not set: run `npm run test:pg`.\n');
    process.exit(2);
  }
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = [];
for (const engine of engines) {
  process.stdout.write(`\n── Server tests on ${engine.name} ──\n`);
  const started = Date.now();
  const run = spawnSync(npm, ['test', '-w', '@hearth/server'], {
    stdio: 'inherit',
    env: { ...process.env, ...engine.env },
    shell: process.platform === 'win32',
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  const passed = run.status === 0;
  results.push({ name: engine.name, passed, seconds });
}

process.stdout.write('\n');
for (const { name, passed, seconds } of results) {
  const time = `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
  process.stdout.write(`${name}: ${passed ? 'passed' : 'FAILED'} in ${time}\n`);
}
if (!url && only !== 'sqlite') {
  process.stdout.write(
    'PostgreSQL: skipped (set HEARTH_TEST_DATABASE_URL or run `npm run test:pg`)\n',
  );
}
process.exit(results.every((result) => result.passed) ? 0 : 1);
