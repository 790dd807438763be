import { Task, initialState } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { HearthClient } from '../api/client.js';
import type { Practice } from '../api/contract/public.js';
import type { ConfigController } from './config-controller.js';

/**
 * The practice's settings (topics, contact, crisis resources, texts), which every widget needs:
 * fetched once the widget has a client, and again whenever its client changes.
 */
export function practiceTask(
  host: ReactiveControllerHost,
  config: ConfigController,
): Task<readonly [HearthClient | undefined], Practice> {
  return new Task(host, {
    task: async ([client]: readonly [HearthClient | undefined], { signal }) =>
      client ? client.getPractice({ signal }) : initialState,
    args: () => [config.client] as const,
  });
}
