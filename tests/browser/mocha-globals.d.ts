/*
 * The few Mocha globals the browser tests use (web-test-runner runs Mocha in the page).
 * Declared here because @types/mocha is not a dependency; replace with it if it becomes one.
 */
interface MochaTestLike {
  title: string;
  state?: 'passed' | 'failed' | 'pending';
}

interface MochaHookContext {
  currentTest?: MochaTestLike;
}

type MochaCallback = (this: MochaHookContext) => void | Promise<void>;

declare function describe(title: string, suite: () => void): void;
declare function it(title: string, test: MochaCallback): void;
declare function beforeEach(hook: MochaCallback): void;
declare function afterEach(hook: MochaCallback): void;
declare function before(hook: MochaCallback): void;
declare function after(hook: MochaCallback): void;
