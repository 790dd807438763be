// Shared by the end-to-end tests: the real reference server in a child process on a free port
// with its own temporary data directory, Debian's Chromium driven by playwright-core, a page
// opened in its own browser context and watched for problems, and reading the server's JSON.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const repositoryRoot = resolve(import.meta.dirname, '../..');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

export interface RunningServer {
  url: string;
  /** The server's `HEARTH_DATA_DIR`: tests may open the same store, as staff tools would. */
  dataDir: string;
  output: () => string;
  stop: () => Promise<number | null>;
  /** Kills the process at once (SIGKILL), as a crash would; leaves the data directory in place. */
  kill: () => Promise<void>;
}

/**
 * Starts `server/src/main.ts` as a practice would (after `npm run build`), on a free port. An
 * `HEARTH_DATA_DIR` in `env` reopens an existing database (a restart); it is removed by `stop()`.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = env.HEARTH_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'hearth-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repositoryRoot,
    env: { ...process.env, PORT: '0', HEARTH_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = () => {
      const match = /running at (http:\/\/\S+?)\/?\s/.exec(output);
      // The demo's password comes on stderr, which may reach us after the banner on stdout.
      const passwordPending =
        output.includes('password on stderr') && !/Demo staff login\s+\S+ \/ \S+/.test(output);
      if (match && !passwordPending) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stderr!.off('data', onData);
        resolveUrl(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });

  return {
    url,
    dataDir,
    output: () => output,
    stop: () =>
      new Promise((resolveExit) => {
        child.once('exit', (code) => {
          rmSync(dataDir, { recursive: true, force: true });
          resolveExit(code);
        });
        child.kill('SIGINT');
      }),
    kill: () =>
      new Promise((resolveExit) => {
        child.once('exit', () => resolveExit());
        child.kill('SIGKILL');
      }),
  };
}

/** Collects what would worry us on a page: console errors and warnings, uncaught exceptions. */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

/**
 * The demo as the tests start it: the reference server and a browser. `stop()` closes the browser
 * and stops the server, resolving with the server's exit code.
 */
export interface Demo {
  server: RunningServer;
  browser: Browser;
  stop: () => Promise<number | null>;
}

export async function startDemo(env: Record<string, string> = {}): Promise<Demo> {
  const server = await startServer(env);
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  return {
    server,
    browser,
    stop: async () => {
      await browser.close();
      return server.stop();
    },
  };
}

/**
 * Opens `url` in a new browser context (own cookies, cache and storage), watching the page for
 * problems (see `watchPage`). `prepare` runs on the context before the page opens.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext(options);
  await prepare?.(context);
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(url);
  return { page, problems };
}

/** The JSON the server answers at `url`. */
export async function getJson<T>(url: string): Promise<T> {
  return (await (await fetch(url)).json()) as T;
}

/** The staff login the demo prints on start. */
export function demoLogin(server: RunningServer): { email: string; password: string } {
  const match = /Demo staff login\s+(\S+) \/ (\S+)/.exec(server.output());
  assert.ok(match, `the demo prints a staff login:\n${server.output()}`);
  return { email: match[1]!, password: match[2]! };
}

/** `text` with every character a regular expression treats specially escaped. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
