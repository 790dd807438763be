// Run a command next to a throwaway PostgreSQL server, then stop and remove the server.
//
//   node scripts/with-postgres.mjs [--optional] [--database-url] -- <command> [args…]
//
// The server is initialised in a temporary folder (initdb, trust authentication, role `hearth`,
// UTF8 with the C locale so text sorts and lower()/LIKE fold case byte-wise, as SQLite does),
// listens on a free port on 127.0.0.1 only, keeps its socket in that folder and is started
// without fsync (it is thrown away). A database `hearth` is created, and the command runs with
//
//   HEARTH_TEST_DATABASE_URL=postgres://hearth@127.0.0.1:<port>/hearth
//
// and, with --database-url, DATABASE_URL set to the same address. The command's exit code is
// passed on; SIGINT, SIGTERM and SIGHUP are forwarded to it; the server is stopped and its folder
// removed whatever happens (success, failure, Ctrl-C).
//
// Many databases: the role `hearth` is a superuser, so a test may make its own database cheaply
// (a few milliseconds each) and drop it afterwards:
//
//   create database hearth_7 template template0
//
// (template0 never has connections, so concurrent creations do not fail with "source database is
// being accessed by other users"). To migrate once and copy: migrate `hearth_template`, close every
// connection to it, then `create database hearth_<n> template hearth_template`.
//
// The binaries come from `pg_config --bindir`, else the newest /usr/lib/postgresql/<v>/bin
// (Debian/Ubuntu: `apt-get install postgresql`). PostgreSQL refuses to run as root, so as root
// initdb and the server run as the `postgres` user. Without PostgreSQL this fails with one line,
// unless --optional is given: then it prints that it is skipping and exits 0 without running the
// command.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';

const name = 'with-postgres';
const say = (line) => process.stderr.write(`${name}: ${line}\n`);

function usage(code) {
  say('usage: node scripts/with-postgres.mjs [--optional] [--database-url] -- <command> [args…]');
  process.exit(code);
}

const argv = process.argv.slice(2);
const dashes = argv.indexOf('--');
if (argv.includes('--help') && (dashes === -1 || argv.indexOf('--help') < dashes)) usage(0);
if (dashes === -1 || dashes === argv.length - 1) usage(2);
const flags = argv.slice(0, dashes);
const command = argv.slice(dashes + 1);
for (const flag of flags) {
  if (flag !== '--optional' && flag !== '--database-url') {
    say(`unknown option ${flag}`);
    usage(2);
  }
}
const optional = flags.includes('--optional');
const setDatabaseUrl = flags.includes('--database-url');

// ---- Finding PostgreSQL ----------------------------------------------------------------------

function findBindir() {
  const hasInitdb = (dir) =>
    dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  const fromPgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (fromPgConfig.status === 0 && hasInitdb(fromPgConfig.stdout.trim())) {
    return fromPgConfig.stdout.trim();
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => /^\d+(\.\d+)?$/.test(v) && hasInitdb(join(root, v, 'bin')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

const bindir = findBindir();
if (!bindir) {
  const why =
    'PostgreSQL is not installed (no initdb via `pg_config --bindir` or /usr/lib/postgresql/*/bin;' +
    ' Debian: apt-get install postgresql)';
  if (optional) {
    say(`${why}; skipping: ${command.join(' ')}`);
    process.exit(0);
  }
  say(why);
  process.exit(1);
}
const bin = (tool) => join(bindir, tool);

// As root, initdb and the server run as `postgres`; otherwise as ourselves.
function serverUser() {
  if (process.getuid?.() !== 0) return {};
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) {
    say('running as root, but there is no `postgres` user to run PostgreSQL as');
    process.exit(1);
  }
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}
const user = serverUser();

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// ---- Lifetime ----------------------------------------------------------------------------------

const started = performance.now();
const dir = mkdtempSync(join(tmpdir(), 'hearth-pg-'));
const data = join(dir, 'data');
const log = join(dir, 'server.log');
if (user.uid !== undefined) chownSync(dir, user.uid, user.gid);
const asServer = { cwd: dir, encoding: 'utf8', ...user };

let serverUp = false;
let cleaned = false;
function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  if (serverUp) {
    const stop = spawnSync(bin('pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], asServer);
    if (stop.status !== 0) {
      // pg_ctl could not stop it: end the postmaster named in its pid file.
      try {
        const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
        if (pid > 0) process.kill(pid, 'SIGQUIT');
      } catch {
        // already gone
      }
    }
  }
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
process.on('exit', cleanUp);

function fail(line, output = '') {
  say(line);
  if (output.trim()) process.stderr.write(output.trimEnd() + '\n');
  if (existsSync(log))
    process.stderr.write(readFileSync(log, 'utf8').split('\n').slice(-20).join('\n') + '\n');
  process.exit(1);
}

// Until the command runs, a signal only means: clean up and go (once a start under way is over,
// so that no server is left running in a folder being removed).
let starting = false;
let interrupted = null;
function leave(signal) {
  for (const s of signals) process.removeAllListeners(s);
  cleanUp();
  process.kill(process.pid, signal);
  process.exit(128 + constants.signals[signal]);
}
const early = (signal) => {
  if (starting) interrupted = signal;
  else leave(signal);
};
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
for (const s of signals) process.on(s, early);

const init = spawnSync(
  bin('initdb'),
  ['-D', data, '-U', 'hearth', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
  asServer,
);
if (init.status !== 0) fail('initdb failed', init.stdout + init.stderr);

let port;
for (let attempt = 1; ; attempt++) {
  starting = true;
  port = await freePort();
  const options = [
    `-p ${port}`,
    `-k '${dir}'`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
  ].join(' ');
  // detached: the server gets its own session, so a Ctrl-C reaches the command, not PostgreSQL;
  // the server is stopped by cleanUp once the command has finished.
  const start = await new Promise((resolve) => {
    const child = spawn(
      bin('pg_ctl'),
      ['-D', data, '-o', options, '-l', log, '-w', '-t', '30', 'start'],
      {
        ...asServer,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ status, output }));
  });
  serverUp = true; // even a failed start may have left a postmaster behind
  starting = false;
  if (interrupted) leave(interrupted);
  if (start.status === 0) break;
  if (attempt === 3) fail('the server did not start', start.output);
}

const create = spawnSync(
  bin('psql'),
  [
    '-X',
    '-q',
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-U',
    'hearth',
    '-d',
    'postgres',
    '-c',
    'create database hearth',
  ],
  { encoding: 'utf8' },
);
if (create.status !== 0)
  fail('could not create the database hearth', create.stdout + create.stderr);

const url = `postgres://hearth@127.0.0.1:${port}/hearth`;
const version = readFileSync(join(data, 'PG_VERSION'), 'utf8').trim();
say(`PostgreSQL ${version} on ${url} (ready in ${Math.round(performance.now() - started)} ms)`);

// ---- The command -------------------------------------------------------------------------------

const env = { ...process.env, HEARTH_TEST_DATABASE_URL: url };
if (setDatabaseUrl) env.DATABASE_URL = url;
const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env });

for (const s of signals) {
  process.removeListener(s, early);
  // The terminal sends Ctrl-C to the command too; forwarding matters for kill/timeout/CI.
  process.on(s, () => child.kill(s));
}

const result = await new Promise((resolve) => {
  child.on('error', (error) => resolve({ code: 127, error }));
  child.on('exit', (code, signal) => resolve({ code, signal }));
});
if (result.error) say(`could not run ${command[0]}: ${result.error.message}`);

const stopping = performance.now();
cleanUp();
say(`server stopped and removed in ${Math.round(performance.now() - stopping)} ms`);

if (result.signal) {
  for (const s of signals) process.removeAllListeners(s);
  process.kill(process.pid, result.signal);
  process.exit(128 + (constants.signals[result.signal] ?? 0));
}
process.exit(result.code ?? 1);
