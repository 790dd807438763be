import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from './platform/config.js';
import { DATA_KEY_FILE } from './platform/crypto.js';
import { createLogger } from './platform/log.js';
import { startServer } from './server.js';

// The command-line entry point: `npm start -w @hearth/server`. The banner goes to stdout as
// plain text at every log level, because people (and the end-to-end test) read the URL from it.
// The demo password goes to stderr, apart from the banner and the JSON logs that log collectors
// read from stdout.

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Hearth cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel });
  const server = await startServer({ config, logger });

  const url = server.url;
  if (server.demoLogin) {
    process.stderr.write(
      [
        `Demo staff login    ${server.demoLogin.email} / ${server.demoLogin.password}`,
        '                    (shown only now, on this first start of the demo database)',
        '',
      ].join('\n'),
    );
  }
  process.stdout.write(
    [
      `Hearth is running at ${url}`,
      `  Demo practice page  ${url}`,
      `  API                 ${url}v1/`,
      `  OpenAPI document    ${url}v1/openapi.json`,
      `  Staff console       ${url}admin`,
      ...(server.demoLogin
        ? [`  Demo staff login    ${server.demoLogin.email} (password on stderr, shown once)`]
        : []),
      `  Database            ${config.databaseUrl ? `PostgreSQL ${describeDatabase(config.databaseUrl)}` : path.join(config.dataDir, 'hearth.db')}`,
      `  Data key            ${config.dataKey ? 'from HEARTH_DATA_KEY' : `${path.join(config.dataDir, DATA_KEY_FILE)} (back it up, apart from the database)`}`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  if (!fs.existsSync(path.join(config.distDir, 'hearth.js'))) {
    logger.warn('the widgets are not built: run npm run build, then restart the server', {
      distDir: config.distDir,
    });
  }

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('could not stop cleanly', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Host, port and database of a PostgreSQL address, without the user or password. */
function describeDatabase(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.host}${url.pathname}`;
  } catch {
    return '(DATABASE_URL)';
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Hearth could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
