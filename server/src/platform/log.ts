import type { LogLevel } from './config.js';

/** Extra structured fields of a log line. Never put request bodies, query strings or headers here. */
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Where each JSON line goes; stdout by default, a capturing function in tests. */
  write?: (line: string) => void;
  now?: () => Date;
}

const SEVERITY: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** A logger that writes one JSON object per line, with sensitive fields redacted. */
export function createLogger({
  level,
  write = (line) => process.stdout.write(`${line}\n`),
  now = () => new Date(),
}: LoggerOptions): Logger {
  const emit = (
    lineLevel: Exclude<LogLevel, 'silent'>,
    message: string,
    fields: LogFields = {},
  ) => {
    if (SEVERITY[lineLevel] < SEVERITY[level]) return;
    const line = { time: now().toISOString(), level: lineLevel, msg: message, ...redact(fields) };
    write(JSON.stringify(line));
  };
  return {
    debug: (message, fields) => emit('debug', message, fields),
    info: (message, fields) => emit('info', message, fields),
    warn: (message, fields) => emit('warn', message, fields),
    error: (message, fields) => emit('error', message, fields),
  };
}

// Keys whose values may identify a person or grant access. Matching is case-insensitive and by
// substring for the unmistakable ones, so `userEmail` and `x-authorization` are caught too.
const SENSITIVE_KEY =
  /authorization|cookie|token|secret|password|e-?mail|phone|body|query|search|address|^(name|message|ip)$/i;

export const REDACTED = '[redacted]';

/**
 * Returns a copy of `fields` with the values of sensitive keys replaced, at any depth.
 * A safety net, not a licence: callers still pick what they log.
 */
export function redact(fields: LogFields): LogFields {
  return redactValue(fields, 0) as LogFields;
}

function redactValue(value: unknown, depth: number): unknown {
  if (depth > 5) return '[truncated]';
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (value === null || typeof value !== 'object') return value;
  const copy: LogFields = {};
  for (const [key, inner] of Object.entries(value)) {
    copy[key] = SENSITIVE_KEY.test(key) ? REDACTED : redactValue(inner, depth + 1);
  }
  return copy;
}

/** The path part of a request URL: query strings may carry personal data, so logs never see them. */
export function pathWithoutQuery(url: string): string {
  const pathname = url.startsWith('/') ? url : new URL(url).pathname;
  return pathname.split(/[?#]/, 1)[0] ?? '/';
}
