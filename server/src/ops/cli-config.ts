// What the operations commands (ops/*-cli.ts) share: the configuration, read as the server reads
// it, and how a command runs when started as a script.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

export interface CommandOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * Runs `command` when the module at `moduleUrl` is the script node was started with: its lines
 * go to stdout and stderr, its number becomes the exit code, an error is one line on stderr.
 */
export function runAsScript(
  moduleUrl: string,
  command: (io: CommandOutput) => Promise<number>,
): void {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  command({
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
