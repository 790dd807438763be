/**
 * Fails any test that writes a warning or an error to the console, except the ones it expects
 * and takes with `take()`. Call inside a `describe`.
 */
export interface ConsoleWatch {
  /** Removes and returns the recorded warnings that match. */
  take(pattern: RegExp, level?: 'warn' | 'error'): string[];
}

export function watchConsole(): ConsoleWatch {
  const recorded: { level: 'warn' | 'error'; text: string }[] = [];
  let originals: { warn: typeof console.warn; error: typeof console.error } | undefined;

  beforeEach(() => {
    recorded.length = 0;
    originals = { warn: console.warn, error: console.error };
    console.warn = (...args: unknown[]) =>
      void recorded.push({ level: 'warn', text: args.map(String).join(' ') });
    console.error = (...args: unknown[]) =>
      void recorded.push({ level: 'error', text: args.map(String).join(' ') });
  });

  afterEach(function () {
    if (originals) {
      console.warn = originals.warn;
      console.error = originals.error;
    }
    const unexpected = recorded.splice(0);
    // Report only when the test itself passed, so a real failure is not masked.
    if (unexpected.length > 0 && this.currentTest?.state !== 'failed') {
      throw new Error(
        `Unexpected console output:\n${unexpected.map((entry) => `  ${entry.level}: ${entry.text}`).join('\n')}`,
      );
    }
  });

  return {
    take(pattern, level = 'warn') {
      const taken: string[] = [];
      for (let index = recorded.length - 1; index >= 0; index--) {
        const entry = recorded[index]!;
        if (entry.level === level && pattern.test(entry.text)) {
          taken.unshift(entry.text);
          recorded.splice(index, 1);
        }
      }
      return taken;
    },
  };
}
