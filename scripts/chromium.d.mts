// Types of scripts/chromium.mjs, for the TypeScript tests that import it.
export declare const chromiumLaunchOptions: {
  executablePath: string;
  headless: boolean;
  args: string[];
};
