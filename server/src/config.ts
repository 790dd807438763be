import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Log levels in increasing severity; `silent` turns logging off (tests). */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const SEED_MODES = ['demo', 'none'] as const;
export type SeedMode = (typeof SEED_MODES)[number];

export interface Config {
  /** TCP port; 0 lets the operating system pick a free one. */
  port: number;
  /** Interface to listen on. Defaults to loopback so a laptop never exposes the server by accident. */
  host: string;
  /** Directory holding the SQLite file (`hearth.db`); created when missing. */
  dataDir: string;
  /**
   * Origins that may call the API from a browser (CORS). The server's own origin is always allowed;
   * an empty list means "own origin only".
   */
  allowedOrigins: string[];
  seed: SeedMode;
  logLevel: LogLevel;
  /** Built widget files, served under `/hearth/`. */
  distDir: string;
  /** The demo practice homepage, served at `/` and `/demo/`. */
  demoDir: string;
  /** Largest request body accepted on `/v1/*`, in bytes. */
  bodyLimitBytes: number;
}

/** A configuration mistake an operator can fix; `main.ts` prints it and exits with code 1. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

// Paths that belong to the repository are resolved from this file, not from the working
// directory, so `npm start` works from the root and from server/ alike.
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export const DEFAULT_PORT = 8787;
export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

type Env = Record<string, string | undefined>;

/** Reads the configuration from environment variables, throwing a `ConfigError` on a bad value. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  if (nonEmpty(env.DATABASE_URL)) {
    throw new ConfigError(
      'DATABASE_URL is set, but PostgreSQL support is not available yet. ' +
        'Unset DATABASE_URL to use the embedded SQLite database in HEARTH_DATA_DIR.',
    );
  }
  return {
    port: parsePort(env.PORT),
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    dataDir: path.resolve(cwd, nonEmpty(env.HEARTH_DATA_DIR) ?? 'data'),
    allowedOrigins: parseOrigins(env.HEARTH_ALLOWED_ORIGINS),
    seed: parseChoice('HEARTH_SEED', env.HEARTH_SEED, SEED_MODES, 'demo'),
    logLevel: parseChoice('HEARTH_LOG_LEVEL', env.HEARTH_LOG_LEVEL, LOG_LEVELS, 'info'),
    distDir: path.resolve(cwd, nonEmpty(env.HEARTH_DIST_DIR) ?? path.join(repoRoot, 'dist')),
    demoDir: path.resolve(cwd, nonEmpty(env.HEARTH_DEMO_DIR) ?? path.join(repoRoot, 'demo')),
    bodyLimitBytes: DEFAULT_BODY_LIMIT_BYTES,
  };
}

/** Defaults for everything, for tests and embedding: `defaultConfig({ dataDir })`. */
export function defaultConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), port: 0, ...overrides };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function parsePort(raw: string | undefined): number {
  const value = nonEmpty(raw);
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new ConfigError(
      `PORT must be a whole number from 0 to 65535 (0 picks a free port); got "${value}".`,
    );
  }
  return port;
}

function parseChoice<T extends string>(
  name: string,
  raw: string | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  const value = nonEmpty(raw)?.toLowerCase();
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new ConfigError(`${name} must be one of ${choices.join(', ')}; got "${value}".`);
  }
  return value as T;
}

function parseOrigins(raw: string | undefined): string[] {
  const entries = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.map((entry) => {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      throw new ConfigError(
        `HEARTH_ALLOWED_ORIGINS must list origins like https://mypractice.example, separated by commas; "${entry}" is not a URL.`,
      );
    }
    const isBareOrigin = url.pathname === '/' && !url.search && !url.hash && !url.username;
    if (
      (url.protocol !== 'https:' && url.protocol !== 'http:') ||
      !isBareOrigin ||
      entry.endsWith('/')
    ) {
      throw new ConfigError(
        `HEARTH_ALLOWED_ORIGINS entries must be bare origins (scheme, host and optional port, no path); got "${entry}".`,
      );
    }
    return url.origin;
  });
}
