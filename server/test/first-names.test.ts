// The committed dictionary of first names is exactly what scripts/first-names.mjs makes from the
// package's data, so an upgrade of the package or a hand edit shows here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FIRST_NAMES } from '../../src/api/rules/safety/first-names.js';

describe('the dictionary of first names', () => {
  it('holds common English and Spanish first names, lower-cased and without accents', () => {
    for (const name of ['jennifer', 'kevin', 'maria', 'jose', 'lucia', 'mateo']) {
      assert.ok(FIRST_NAMES.has(name), name);
    }
    assert.ok([...FIRST_NAMES].every((name) => /^[a-z]{2,}$/.test(name)));
    assert.ok(FIRST_NAMES.size > 3000);
  });

  it('is what the script makes from the package data', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hearth-names-')), 'first-names.ts');
    execFileSync(process.execPath, ['scripts/first-names.mjs', out], {
      cwd: new URL('../../', import.meta.url),
    });
    const made = new Set(
      readFileSync(out, 'utf8')
        .match(/"[a-z]+"/g)!
        .map((word) => word.slice(1, -1)),
    );
    assert.deepEqual([...made].sort(), [...FIRST_NAMES].sort());
  });
});
