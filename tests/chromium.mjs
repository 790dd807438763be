// How every test drives Chromium: Debian's /usr/bin/chromium (or CHROME_PATH, so a laptop's Chrome
// works), headless, with the sandbox off (the machines run as root) and Chromium's own calls out
// to the network off (the machines sit in a closed network). The browser tests'
// web-test-runner.config.mjs and the end-to-end tests (tests/e2e/support.ts) both launch with it.

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
