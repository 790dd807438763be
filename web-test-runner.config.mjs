import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  // The tsconfig path makes esbuild honour experimentalDecorators; the target stays `auto`.
  plugins: [esbuildPlugin({ ts: true, tsconfig })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: chromiumLaunchOptions,
      // A fixed visitor: tests of "the practice's time and yours" must not depend on the machine.
      createBrowserContext: ({ browser }) =>
        browser.newContext({ timezoneId: 'America/New_York', locale: 'en-US' }),
    }),
  ],
  // Lit's development build announces itself once per page; nothing else may reach the console
  // (tests/browser/helpers/console.ts fails any test that logs a warning or an error).
  filterBrowserLogs: ({ args }) =>
    !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
  testFramework: { config: { timeout: 5000 } },
};
