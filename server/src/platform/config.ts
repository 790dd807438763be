import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataKey } from './crypto.js';
import { DEFAULT_SCRYPT_COST } from './passwords.js';

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
  /**
   * Directory holding the SQLite file (`hearth.db`) and `data.key`; created when missing. With
   * `databaseUrl`, only `data.key` (unless `dataKey` is given).
   */
  dataDir: string;
  /** `postgres://…` (`DATABASE_URL`): PostgreSQL instead of SQLite in `dataDir`. */
  databaseUrl?: string;
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
  /** Key for personal fields at rest; undefined: `<dataDir>/data.key`, created on first run. */
  dataKey?: Buffer;
  /** Days an unenrolled sign-up is kept before it is deleted. */
  retentionDays: number;
  /** `smtp://user:pass@host:port` for e-mail notifications; undefined: none are sent. */
  smtpUrl?: string;
  /** Where notifications of new sign-ups go (and the sender address). */
  notifyEmail?: string;
  /**
   * Public base URL of this server: links in e-mails, and the server's own origin for CORS.
   * Undefined: `http://localhost:<port>` (and `127.0.0.1`) at the configured port.
   */
  publicUrl?: string;
  /** Time a client has to send a whole request, headers and body; past it: 408, closed. */
  requestTimeoutMs: number;
  /** Time a client has to send the request headers (at most `requestTimeoutMs`). */
  headersTimeoutMs: number;
  /**
   * Open connections one client address may hold; 0: no cap. Not applied behind a proxy
   * (`trustProxy`), where every connection comes from the proxy.
   */
  maxConnectionsPerClient: number;
  /** Take the client address from `X-Forwarded-For` (only behind a proxy that sets it). */
  trustProxy: boolean;
  /** Per-client limits on public POSTs, per route class (`posts`: any other POST). */
  rateLimits: Record<RateLimitClass, RateLimitRule>;
  /** Distinct reporters that hide a published story until staff review it again. */
  reportThreshold: number;
  /** scrypt cost (log2 N) of new staff password hashes; not an environment setting. */
  passwordCost: number;
}

export const RATE_LIMIT_CLASSES = ['signups', 'stories', 'resonance', 'reports', 'posts'] as const;
export type RateLimitClass = (typeof RATE_LIMIT_CLASSES)[number];

export interface RateLimitRule {
  /** Requests allowed per client in each window. */
  limit: number;
  windowSeconds: number;
}

/** A configuration mistake an operator can fix; `main.ts` prints it and exits with code 1. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

// Paths that belong to the repository are resolved from this file, not from the working
// directory, so `npm start` works from the root and from server/ alike.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const DEFAULT_PORT = 8787;
export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;
export const DEFAULT_RETENTION_DAYS = 180;
export const DEFAULT_RATE_LIMITS: Record<RateLimitClass, RateLimitRule> = {
  signups: { limit: 10, windowSeconds: 600 },
  // A person shares a story now and then; a script shares many.
  stories: { limit: 5, windowSeconds: 3600 },
  // "Me too" is tapped while reading a page of stories, and tapped again to undo.
  resonance: { limit: 60, windowSeconds: 600 },
  reports: { limit: 10, windowSeconds: 3600 },
  posts: { limit: 30, windowSeconds: 600 },
};
export const DEFAULT_REPORT_THRESHOLD = 3;
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
// Browsers open up to six connections per site; an office behind one address has several people.
export const DEFAULT_MAX_CONNECTIONS_PER_CLIENT = 64;

const RATE_LIMIT_VARIABLES: Record<RateLimitClass, string> = {
  signups: 'HEARTH_RATE_LIMIT_SIGNUPS',
  stories: 'HEARTH_RATE_LIMIT_STORIES',
  resonance: 'HEARTH_RATE_LIMIT_RESONANCE',
  reports: 'HEARTH_RATE_LIMIT_REPORTS',
  posts: 'HEARTH_RATE_LIMIT_POSTS',
};

type Env = Record<string, string | undefined>;

/** Reads the configuration from environment variables, throwing a `ConfigError` on a bad value. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  return {
    ...databaseUrl(env.DATABASE_URL),
    port: parseWholeNumber(
      'PORT',
      env.PORT,
      [0, 65535],
      DEFAULT_PORT,
      'a whole number from 0 to 65535 (0 picks a free port)',
    ),
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    dataDir: path.resolve(cwd, nonEmpty(env.HEARTH_DATA_DIR) ?? 'data'),
    allowedOrigins: parseOrigins(env.HEARTH_ALLOWED_ORIGINS),
    seed: parseChoice('HEARTH_SEED', env.HEARTH_SEED, SEED_MODES, 'demo'),
    logLevel: parseChoice('HEARTH_LOG_LEVEL', env.HEARTH_LOG_LEVEL, LOG_LEVELS, 'info'),
    distDir: path.resolve(cwd, nonEmpty(env.HEARTH_DIST_DIR) ?? path.join(repoRoot, 'dist')),
    demoDir: path.resolve(cwd, nonEmpty(env.HEARTH_DEMO_DIR) ?? path.join(repoRoot, 'demo')),
    bodyLimitBytes: DEFAULT_BODY_LIMIT_BYTES,
    ...dataKey(env.HEARTH_DATA_KEY),
    retentionDays: parseWholeNumber(
      'HEARTH_RETENTION_DAYS',
      env.HEARTH_RETENTION_DAYS,
      [1, 3650],
      DEFAULT_RETENTION_DAYS,
      'a whole number of days from 1 to 3650',
    ),
    ...notification(env.HEARTH_SMTP_URL, env.HEARTH_NOTIFY_EMAIL),
    ...publicUrl(env.HEARTH_PUBLIC_URL),
    requestTimeoutMs:
      parseWholeNumber(
        'HEARTH_REQUEST_TIMEOUT_SECONDS',
        env.HEARTH_REQUEST_TIMEOUT_SECONDS,
        [1, 600],
        DEFAULT_REQUEST_TIMEOUT_SECONDS,
        'a whole number of seconds from 1 to 600',
      ) * 1000,
    headersTimeoutMs: DEFAULT_HEADERS_TIMEOUT_MS,
    maxConnectionsPerClient: parseWholeNumber(
      'HEARTH_MAX_CONNECTIONS_PER_CLIENT',
      env.HEARTH_MAX_CONNECTIONS_PER_CLIENT,
      [0, 10_000],
      DEFAULT_MAX_CONNECTIONS_PER_CLIENT,
      'a whole number from 0 (no cap) to 10000',
    ),
    trustProxy: parseFlag('HEARTH_TRUST_PROXY', env.HEARTH_TRUST_PROXY),
    rateLimits: Object.fromEntries(
      RATE_LIMIT_CLASSES.map((name) => [
        name,
        parseRate(
          RATE_LIMIT_VARIABLES[name],
          env[RATE_LIMIT_VARIABLES[name]],
          DEFAULT_RATE_LIMITS[name],
        ),
      ]),
    ) as Record<RateLimitClass, RateLimitRule>,
    reportThreshold: parseWholeNumber(
      'HEARTH_REPORT_THRESHOLD',
      env.HEARTH_REPORT_THRESHOLD,
      [1, 100],
      DEFAULT_REPORT_THRESHOLD,
      'a whole number of reports from 1 to 100',
    ),
    passwordCost: DEFAULT_SCRYPT_COST,
  };
}

/** `postgres://` or `postgresql://`; anything else is not a PostgreSQL address. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(?:ql)?:\/\/./i.test(url);
}

function databaseUrl(raw: string | undefined): { databaseUrl?: string } {
  const value = nonEmpty(raw);
  if (value === undefined) return {};
  if (!isPostgresUrl(value)) {
    throw new ConfigError(
      'DATABASE_URL must be a PostgreSQL address, postgres://user:password@host:5432/database ' +
        '(or postgresql://…). Unset it to use the embedded SQLite database in HEARTH_DATA_DIR.',
    );
  }
  return { databaseUrl: value };
}

function dataKey(raw: string | undefined): { dataKey?: Buffer } {
  const value = nonEmpty(raw);
  if (value === undefined) return {};
  const key = parseDataKey(value);
  if (!key) {
    throw new ConfigError(
      'HEARTH_DATA_KEY must be 32 random bytes written as 64 hex digits or in base64 ' +
        '(e.g. the output of `openssl rand -base64 32`).',
    );
  }
  return { dataKey: key };
}

function notification(
  rawUrl: string | undefined,
  rawEmail: string | undefined,
): { smtpUrl?: string; notifyEmail?: string } {
  const smtpUrl = nonEmpty(rawUrl);
  const notifyEmail = nonEmpty(rawEmail);
  if (smtpUrl === undefined && notifyEmail === undefined) return {};
  if (smtpUrl === undefined || notifyEmail === undefined) {
    throw new ConfigError(
      'HEARTH_SMTP_URL and HEARTH_NOTIFY_EMAIL go together: set both to receive an e-mail for each sign-up, or neither.',
    );
  }
  let url: URL | undefined;
  try {
    url = new URL(smtpUrl);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || !url.hostname) {
    // The value may hold a password: never repeat it.
    throw new ConfigError(
      'HEARTH_SMTP_URL must look like smtp://user:password@mail.example.org:587 (or smtps:// for port 465).',
    );
  }
  if (!/^[^\s@]+@[^\s@]+$/.test(notifyEmail)) {
    throw new ConfigError(`HEARTH_NOTIFY_EMAIL must be an e-mail address; got "${notifyEmail}".`);
  }
  return { smtpUrl, notifyEmail };
}

function publicUrl(raw: string | undefined): { publicUrl?: string } {
  const value = nonEmpty(raw);
  if (value === undefined) return {};
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new ConfigError(
      `HEARTH_PUBLIC_URL must be the server's public address, like https://api.mypractice.example; got "${value}".`,
    );
  }
  return { publicUrl: url.href.endsWith('/') ? url.href : `${url.href}/` };
}

function parseFlag(name: string, raw: string | undefined): boolean {
  const value = nonEmpty(raw)?.toLowerCase();
  if (value === undefined || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw new ConfigError(`${name} must be 1 or 0; got "${value}".`);
}

function parseRate(name: string, raw: string | undefined, fallback: RateLimitRule): RateLimitRule {
  const value = nonEmpty(raw);
  if (value === undefined) return fallback;
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  const limit = Number(match?.[1]);
  const windowSeconds = Number(match?.[2]);
  if (!match || limit < 1 || windowSeconds < 1) {
    throw new ConfigError(
      `${name} must be requests/seconds, like 10/600 (ten requests per ten minutes); got "${value}".`,
    );
  }
  return { limit, windowSeconds };
}

/** Settings to change from the defaults; rate limits may be given for some route classes only. */
export type ConfigOverrides = Partial<Omit<Config, 'rateLimits'>> & {
  rateLimits?: Partial<Record<RateLimitClass, RateLimitRule>>;
};

/** Defaults for everything, for tests and embedding: `defaultConfig({ dataDir })`. */
export function defaultConfig(overrides: ConfigOverrides = {}): Config {
  const base = loadConfig({});
  // Limits given for some route classes keep the defaults of the others.
  const rateLimits = { ...base.rateLimits, ...overrides.rateLimits };
  return { ...base, port: 0, ...overrides, rateLimits };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * A whole number from `min` to `max` (`fallback` when unset); `rule` is how the error words it,
 * e.g. "a whole number of days from 1 to 3650".
 */
function parseWholeNumber(
  name: string,
  raw: string | undefined,
  [min, max]: [number, number],
  fallback: number,
  rule: string,
): number {
  const value = nonEmpty(raw);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new ConfigError(`${name} must be ${rule}; got "${value}".`);
  }
  return number;
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
