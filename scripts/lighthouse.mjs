// Lighthouse on the demo practice page, as an outside judge of accessibility and best practices.
//
//   npm run lighthouse              # accessibility, best practices, SEO; fails below the bar
//   npm run lighthouse -- --all     # performance too (slow, and only indicative on a busy machine)
//
// Starts the reference server (after `npm run build`) on a free port with a throwaway database,
// runs Lighthouse 12 in Debian's Chromium (or CHROME_PATH), prints each category's score and the
// audits that lost points, and exits with 1 when accessibility is below 100 or best practices
// below 95. Reports land in test-results/lighthouse/.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'test-results', 'lighthouse');
const bar = { accessibility: 100, 'best-practices': 95 };
const categories = process.argv.includes('--all')
  ? ['performance', 'accessibility', 'best-practices', 'seo']
  : ['accessibility', 'best-practices', 'seo'];

const server = await startServer();
let chrome;
let failed = false;
try {
  chrome = await chromeLauncher.launch({
    chromePath: chromiumLaunchOptions.executablePath,
    chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args],
  });
  const result = await lighthouse(
    `${server.url}/`,
    { port: chrome.port, output: ['html', 'json'], logLevel: 'error' },
    { extends: 'lighthouse:default', settings: { onlyCategories: categories } },
  );
  mkdirSync(outDir, { recursive: true });
  const [html, json] = result.report;
  writeFileSync(join(outDir, 'demo.html'), html);
  writeFileSync(join(outDir, 'demo.json'), json);

  const { lhr } = result;
  console.log(`Lighthouse ${lhr.lighthouseVersion} on ${lhr.finalDisplayedUrl}`);
  console.log(`${lhr.environment.hostUserAgent}`);
  console.log(`form factor: ${lhr.configSettings.formFactor}\n`);
  for (const id of categories) {
    const category = lhr.categories[id];
    const score = Math.round(category.score * 100);
    const needed = bar[id];
    const verdict =
      needed === undefined
        ? ''
        : score >= needed
          ? `  (bar ${needed}: ok)`
          : `  (bar ${needed}: BELOW)`;
    if (needed !== undefined && score < needed) failed = true;
    console.log(`${category.title.padEnd(16)} ${String(score).padStart(3)}${verdict}`);
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        console.log(
          `  - ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
        );
      }
    }
  }
  console.log(`\nReports: ${join('test-results', 'lighthouse', 'demo.html')} and demo.json`);
} finally {
  await chrome?.kill();
  await server.stop();
}
process.exit(failed ? 1 : 0);

/** The reference server as `npm run serve` starts it, on a free port and a throwaway database. */
function startServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'hearth-lighthouse-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HEARTH_DATA_DIR: dataDir, HEARTH_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolveServer, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /running at (http:\/\/\S+?)\/?\s/.exec(output);
      if (match) {
        resolveServer({
          url: match[1],
          stop: () =>
            new Promise((stopped) => {
              child.once('exit', () => {
                rmSync(dataDir, { recursive: true, force: true });
                stopped();
              });
              child.kill('SIGINT');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });
}
