import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { defaultConfig, type Config } from './config.js';
import type { AppEnv } from './http.js';
import { createLogger, type Logger } from './log.js';
import { seedIfEmpty } from './seed.js';
import { openStore, type Store } from './store.js';

export interface StartOptions {
  /** Overrides on top of the defaults (not the environment): `{ dataDir, port: 0 }` is typical. */
  config?: Partial<Config>;
  /** Defaults to a JSON-lines logger at `config.logLevel`. */
  logger?: Logger;
  /** The clock, for session dates and seed dates. */
  now?: () => Date;
  /** Adds routes or middleware before the server listens (embedding, tests). */
  configureApp?: (app: Hono<AppEnv>) => void;
}

export interface RunningServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:54321/`. */
  url: string;
  port: number;
  app: Hono<AppEnv>;
  store: Store;
  config: Config;
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
  const store = await openStore({ dataDir: config.dataDir, now });
  try {
    if (config.seed === 'demo' && (await seedIfEmpty(store, now()))) {
      logger.info('seeded the demo practice', { dataDir: config.dataDir });
    }
    const app = createApp({ store, config, logger });
    options.configureApp?.(app);
    const server = await listen(app, config);
    const port = (server.address() as AddressInfo).port;
    return {
      url: `http://${displayHost(config.host)}:${port}/`,
      port,
      app,
      store,
      config,
      close: async () => {
        await closeServer(server);
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

function listen(app: Hono<AppEnv>, config: Config): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }) as Server;
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      resolve(server);
    });
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
