// What the host-page and fault suites both start: the reference server, a host server on
// another origin that it allows (its pages reach the API there, or through the host's proxy),
// a browser, and the seeded groups.
import type { Browser } from 'playwright-core';
import type { Group, List } from '../../../src/api/contract/public.js';
import { getJson, launchBrowser, startServer, type RunningServer } from '../support.js';
import { startHostServer, type HostServer } from './host-server.js';

export const WIDGETS: readonly string[] = [
  'hearth-group-finder',
  'hearth-session-signup',
  'hearth-story-wall',
];

export interface Stage {
  server: RunningServer;
  host: HostServer;
  browser: Browser;
  groups: Group[];
  stop: () => Promise<void>;
}

export async function startStage(): Promise<Stage> {
  let apiUrl = '';
  const host = await startHostServer({ api: () => apiUrl });
  const server = await startServer({
    HEARTH_ALLOWED_ORIGINS: host.origin,
    HEARTH_LOG_LEVEL: 'warn',
  });
  apiUrl = `${server.url}/`;
  const browser = await launchBrowser();
  const groups = (await getJson<List<Group>>(`${server.url}/v1/groups`)).items;
  return {
    server,
    host,
    browser,
    groups,
    stop: async () => {
      await browser.close();
      await host.close();
      await server.stop();
    },
  };
}
