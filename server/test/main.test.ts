import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { removeTestData, testData, testEnv } from './helpers.js';

const mainFile = fileURLToPath(new URL('../src/main.ts', import.meta.url));

/** Runs main.ts as `npm start` does; resolves with its output so far once `until` matches. */
function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', mainFile], {
    env: { ...process.env, HEARTH_LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const running = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  return {
    child,
    running,
    exited,
    output: () => output,
    stdout: () => stdout,
    stderr: () => stderr,
  };
}

describe('main.ts', () => {
  it('starts on a free port, serves, and exits 0 on Ctrl-C', async () => {
    const data = await testData();
    const server = startMain({ PORT: '0', ...testEnv(data), HEARTH_LOG_LEVEL: 'debug' });
    try {
      const url = await server.running;
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      assert.doesNotMatch(url, /:0\/$/, 'prints the port actually chosen');
      const response = await fetch(new URL('v1/groups', url));
      assert.equal(((await response.json()) as { items: unknown[] }).items.length, 10);
      assert.match(server.output(), /openapi\.json/);
      // A fresh demo database prints a demo staff login once, on stderr: stdout (the banner
      // and the JSON logs a collector keeps) never holds the password.
      // stderr is another pipe: its line, written first, may still be on its way.
      for (let tries = 0; tries < 100 && !server.stderr().includes('\n'); tries++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const login = /Demo staff login\s+(\S+) \/ (\S+)/.exec(server.stderr());
      assert.ok(login, 'no demo login on stderr');
      assert.equal(login[1], 'demo@riverbend.example');
      assert.ok(!server.stdout().includes(login[2]!), 'the password is on stdout');
      assert.match(server.stdout(), /"msg":"seeded the demo practice"/, 'the JSON logs are there');
      assert.match(server.stdout(), /Demo staff login\s+demo@riverbend\.example \(password on/);
      const signIn = await fetch(new URL('v1/admin/login', url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: login[1], password: login[2] }),
      });
      assert.equal(signIn.status, 200);

      server.child.kill('SIGINT');
      assert.equal(await server.exited, 0);

      // The second start of the same database prints no login.
      const again = startMain({ PORT: '0', ...testEnv(data) });
      try {
        await again.running;
        assert.doesNotMatch(again.output(), /Demo staff login/);
      } finally {
        again.child.kill('SIGKILL');
        await again.exited;
      }
    } finally {
      server.child.kill('SIGKILL');
      await server.exited;
      await removeTestData(data.dataDir);
    }
  });

  it('refuses a bad setting with a clear message and exit code 1', async () => {
    const server = startMain({ PORT: 'eighty' });
    server.running.catch(() => undefined);
    assert.equal(await server.exited, 1);
    assert.match(server.output(), /Hearth cannot start: PORT must be/);
  });
});
