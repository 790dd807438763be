// Browser and end-to-end tests drive a real Chromium. Use CHROME_PATH when given (a laptop's
// Chrome works), else Debian's /usr/bin/chromium, installing it when this is a Debian machine
// run as root (CI, fresh containers). Playwright's own browser download is never used.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const candidate = process.env.CHROME_PATH || '/usr/bin/chromium';
if (existsSync(candidate)) process.exit(0);
if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH points to ${candidate}, which does not exist.`);
  process.exit(1);
}

const canApt = process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;
if (!canApt) {
  console.error(
    'The tests need Chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium) ' +
      'or set CHROME_PATH to a Chrome or Chromium executable.',
  );
  process.exit(1);
}
console.log("Installing Chromium from Debian's packages (about a minute)…");
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', 'chromium'],
]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
