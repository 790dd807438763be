// Two server processes on one database file: the capacity rule must hold across processes too,
// which only the database's own locking can give (one process serialises its own requests).
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Group, SignupResult } from '../../src/api/contract/public.js';
import { removeTestData, tempDir, testData, testEnv, type TestData } from './helpers.js';
import { visitor } from './fixtures.js';

const mainFile = fileURLToPath(new URL('../src/main.ts', import.meta.url));
// Demo group with capacity 8 and 3 people enrolled outside Hearth: 5 seats, ages 13 to 17.
const GROUP = 'teen-stress-and-worry';

function startMain(data: TestData): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', mainFile], {
    env: {
      ...process.env,
      PORT: '0',
      ...testEnv(data),
      HEARTH_LOG_LEVEL: 'silent',
      HEARTH_RATE_LIMIT_SIGNUPS: '1000/600',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  return { child, url };
}

describe('two server processes sharing one database', () => {
  const dataDir = tempDir();
  const children: ChildProcess[] = [];
  const urls: string[] = [];

  before(async () => {
    const data = await testData(dataDir);
    // One after the other, so only the first one seeds.
    for (let index = 0; index < 2; index++) {
      const { child, url } = startMain(data);
      children.push(child);
      urls.push(await url);
    }
  });
  after(async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            child.once('exit', () => resolve());
            child.kill('SIGINT');
          }),
      ),
    );
    await removeTestData(dataDir);
  });

  it('give 20 simultaneous requests for 5 seats exactly 5 seats and positions 1..15', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, async (_, index) => {
        const response = await fetch(new URL(`v1/groups/${GROUP}/signups`, urls[index % 2]), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
          body: JSON.stringify(visitor({ ageConfirmed: true })),
        });
        assert.equal(response.status, 201);
        return (await response.json()) as SignupResult;
      }),
    );
    assert.equal(results.filter((result) => result.status === 'requested').length, 5);
    assert.deepEqual(
      results
        .map((result) => result.waitlistPosition)
        .filter((position) => position !== undefined)
        .sort((a, b) => a - b),
      Array.from({ length: 15 }, (_, index) => index + 1),
    );
    for (const url of urls) {
      const group = (await (await fetch(new URL(`v1/groups/${GROUP}`, url))).json()) as Group;
      assert.equal(group.seatsLeft, 0);
      assert.equal(group.status, 'waitlist');
    }
  });
});
