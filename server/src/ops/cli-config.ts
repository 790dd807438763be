import { ConfigError, loadConfig, type Config } from '../platform/config.js';

/** The server's configuration for an operations command, or `undefined` after saying what is wrong. */
export function configForCommand(
  env: NodeJS.ProcessEnv,
  err: (line: string) => void,
): Config | undefined {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      err(error.message);
      return undefined;
    }
    throw error;
  }
}
