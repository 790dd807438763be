// How every test, benchmark and Lighthouse run drives Chromium: Debian's /usr/bin/chromium (or
// CHROME_PATH, so a laptop's Chrome works), headless, with the sandbox off (the machines run as
// root) and Chromium's own calls out to the network off (the machines sit in a closed network).
// web-test-runner.config.mjs, tests/e2e/support.ts, bench/harness.mjs and scripts/lighthouse.mjs
// all launch with it.

/** Launch options for Playwright's `chromium.launch()`. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
