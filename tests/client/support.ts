// Shared by the client tests that talk to the real reference server: the server started in this
// process on a free port with a temporary SQLite data directory, and a client for it that does
// not retry.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type StartOptions } from '../../server/src/index.js';
import { createClient, type HearthClient } from '../../src/api/index.js';

export interface ClientStage {
  api: HearthClient;
  /** Stops the server and removes its data directory. */
  stop: () => Promise<void>;
}

/** Starts the server with `config` (beside its own data directory and a silent log). */
export async function startClientStage(
  prefix: string,
  config: StartOptions['config'] = {},
): Promise<ClientStage> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const server = await startServer({ config: { dataDir, logLevel: 'silent', ...config } });
  return {
    api: createClient({ baseUrl: server.url, retries: 0 }),
    stop: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
