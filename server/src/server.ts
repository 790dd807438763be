import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { DATA_KEY_FILE } from './platform/crypto.js';
import { DATABASE_FILES } from './db/database.js';
import { looseDataEntries } from './platform/private-files.js';
import { SESSION_IDLE_MS } from './staff/auth.js';
import { defaultConfig, type Config, type ConfigOverrides } from './platform/config.js';
import { adapterErrorAnswer, createEdgeServer } from './http/edge.js';
import { corsOrigins } from './http/cors.js';
import { PublicResponseCache } from './http/cache.js';
import type { AppEnv } from './http/env.js';
import { createLogger, type Logger } from './platform/log.js';
import { createMailNotifier, silentNotifier } from './platform/notify.js';
import { LOCK_RULES, LoginThrottle } from './staff/login-throttle.js';
import { createPublicFastPath, withFastPath, type FastPath } from './http/public-fast-path.js';
import { RateLimiter } from './platform/rate-limit.js';
import { createDemoLogin, seedIfEmpty } from './seed.js';
import { openStore, type Store } from './store.js';

export interface StartOptions {
  /** Overrides on top of the defaults (not the environment): `{ dataDir, port: 0 }` is typical. */
  config?: ConfigOverrides;
  /** Defaults to a JSON-lines logger at `config.logLevel`. */
  logger?: Logger;
  /** The clock, for session dates and seed dates. */
  now?: () => Date;
  /** Adds routes or middleware before the server listens (embedding, tests). */
  configureApp?: (app: Hono<AppEnv>) => void;
}

/** How often expired sign-ups and idempotency keys are deleted (also once at start). */
export const PURGE_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface RunningServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:54321/`. */
  url: string;
  port: number;
  app: Hono<AppEnv>;
  store: Store;
  config: Config;
  /** The per-client counters of public POSTs. */
  rateLimiter: RateLimiter;
  /** Counts staff sign-in attempts (kept in the database). */
  loginThrottle: LoginThrottle;
  /**
   * The demo staff login, only when this start seeded the demo practice into an empty database:
   * `main.ts` prints it once in the banner. Never logged.
   */
  demoLogin?: { email: string; password: string };
  /** Stops accepting connections, lets open requests finish, closes the database. */
  close(): Promise<void>;
}

// Open requests get this long to finish on shutdown before their connections are cut.
const SHUTDOWN_GRACE_MS = 5000;

/** Opens the store (migrating and seeding it), then listens. The whole server in one call. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const config = defaultConfig(options.config);
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const now = options.now ?? (() => new Date());
  warnLooseDataFiles(config, logger);
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    now,
    dataKey: config.dataKey,
    retentionDays: config.retentionDays,
  });
  let purgeTimer: NodeJS.Timeout | undefined;
  try {
    let demoLogin: RunningServer['demoLogin'];
    if (config.seed === 'demo' && (await seedIfEmpty(store, now()))) {
      demoLogin = await createDemoLogin(store, now(), config.passwordCost);
      logger.info('seeded the demo practice', { dataDir: config.dataDir });
    }
    await purge(store, now, logger);
    purgeTimer = setInterval(() => void purge(store, now, logger), PURGE_INTERVAL_MS);
    purgeTimer.unref();

    let url = '';
    const notifier =
      config.smtpUrl && config.notifyEmail
        ? createMailNotifier({
            smtpUrl: config.smtpUrl,
            to: config.notifyEmail,
            publicUrl: () => config.publicUrl ?? url,
            logger,
          })
        : silentNotifier;
    const rateLimiter = new RateLimiter(store.rateLimits, now);
    const loginThrottle = new LoginThrottle(store.staff, now);
    const publicCache = new PublicResponseCache();
    const app = createApp({
      store,
      config,
      logger,
      notifier,
      now,
      rateLimiter,
      loginThrottle,
      publicCache,
    });
    options.configureApp?.(app);
    // Routes or middleware added by an embedder must see every request: no fast path then.
    const fastPath = options.configureApp
      ? undefined
      : createPublicFastPath({
          cache: publicCache,
          store,
          now,
          logger,
          allowedOrigins: corsOrigins(config),
        });
    const server = await listen(app, config, logger, fastPath);
    const port = (server.address() as AddressInfo).port;
    url = `http://${displayHost(config.host)}:${port}/`;
    return {
      url,
      port,
      app,
      store,
      config,
      rateLimiter,
      loginThrottle,
      ...(demoLogin && { demoLogin }),
      close: async () => {
        clearInterval(purgeTimer);
        await closeServer(server);
        await notifier.close();
        await store.close();
      },
    };
  } catch (error) {
    clearInterval(purgeTimer);
    await store.close();
    throw error;
  }
}

/** Says what in the data directory others may read, before the store tightens the files. */
function warnLooseDataFiles(config: Config, logger: Logger): void {
  if (config.dataDir === ':memory:') return;
  // With PostgreSQL the data directory holds only the key, if that.
  const databaseFiles = config.databaseUrl ? [] : DATABASE_FILES;
  const files = config.dataKey ? databaseFiles : [...databaseFiles, DATA_KEY_FILE];
  if (files.length === 0) return;
  for (const entry of looseDataEntries(config.dataDir, files)) {
    if (entry.kind === 'directory') {
      logger.warn('other users of this machine can open the data directory: chmod 700 it', {
        path: entry.path,
        mode: entry.mode,
      });
    } else {
      logger.warn('a data file was readable by other users of this machine: now owner-only', {
        path: entry.path,
        mode: entry.mode,
      });
    }
  }
}

async function purge(store: Store, now: () => Date, logger: Logger): Promise<void> {
  try {
    const at = now();
    const deleted = await store.purgeExpired(at);
    const sessions = await store.staff.purgeSessions(new Date(at.getTime() - SESSION_IDLE_MS), at);
    await store.staff.purgeAttempts(new Date(at.getTime() - LOCK_RULES.forgetAfterMs));
    if (deleted.signups > 0 || deleted.idempotencyKeys > 0 || sessions > 0) {
      logger.info('deleted expired records', { ...deleted, staffSessions: sessions });
    }
  } catch (error) {
    logger.error('could not delete expired records', { error });
  }
}

function listen(
  app: Hono<AppEnv>,
  config: Config,
  logger: Logger,
  fastPath?: FastPath,
): Promise<Server> {
  return new Promise((resolve, reject) => {
    // As `serve()` of the Node adapter, with kept public answers going out directly
    // (public-fast-path.ts) and everything else to the app.
    const toApp = getRequestListener(app.fetch, {
      hostname: config.host,
      errorHandler: adapterErrorAnswer(logger),
    });
    const server = createEdgeServer(
      fastPath ? withFastPath(fastPath, toApp) : toApp,
      config,
      logger,
    );
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      resolve(server);
    });
    server.listen(config.port, config.host);
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    force.unref();
    server.close((error) => {
      clearTimeout(force);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}

/** A host a browser on this machine can open: wildcard and loopback addresses become 127.0.0.1. */
export function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '127.0.0.1' || host === 'localhost')
    return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
