import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('has safe defaults: port 8787, loopback, ./data, own origin only, demo seed', () => {
    const config = loadConfig({}, '/srv/hearth');
    assert.equal(config.port, 8787);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.dataDir, '/srv/hearth/data');
    assert.deepEqual(config.allowedOrigins, []);
    assert.equal(config.seed, 'demo');
    assert.equal(config.logLevel, 'info');
    assert.equal(path.basename(config.distDir), 'dist');
    assert.equal(path.basename(config.demoDir), 'demo');
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '0',
        HOST: '0.0.0.0',
        HEARTH_DATA_DIR: 'var/db',
        HEARTH_ALLOWED_ORIGINS: 'https://mypractice.example, http://localhost:3000',
        HEARTH_SEED: 'none',
        HEARTH_LOG_LEVEL: 'silent',
        HEARTH_DIST_DIR: '/opt/hearth/dist',
        HEARTH_DEMO_DIR: '/opt/hearth/demo',
      },
      '/srv/hearth',
    );
    assert.equal(config.port, 0);
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.dataDir, '/srv/hearth/var/db');
    assert.deepEqual(config.allowedOrigins, [
      'https://mypractice.example',
      'http://localhost:3000',
    ]);
    assert.equal(config.seed, 'none');
    assert.equal(config.logLevel, 'silent');
    assert.equal(config.distDir, '/opt/hearth/dist');
    assert.equal(config.demoDir, '/opt/hearth/demo');
  });

  it('rejects bad values with a message naming the variable', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ PORT: 'eighty' }, /PORT/],
      [{ PORT: '70000' }, /PORT/],
      [{ PORT: '-1' }, /PORT/],
      [{ HEARTH_SEED: 'yes' }, /HEARTH_SEED/],
      [{ HEARTH_LOG_LEVEL: 'loud' }, /HEARTH_LOG_LEVEL/],
      [{ HEARTH_ALLOWED_ORIGINS: 'mypractice.example' }, /HEARTH_ALLOWED_ORIGINS/],
      [{ HEARTH_ALLOWED_ORIGINS: 'https://mypractice.example/groups' }, /HEARTH_ALLOWED_ORIGINS/],
      [{ HEARTH_ALLOWED_ORIGINS: 'https://mypractice.example/' }, /HEARTH_ALLOWED_ORIGINS/],
      [{ DATABASE_URL: 'postgres://localhost/hearth' }, /DATABASE_URL/],
    ];
    for (const [env, message] of cases) {
      assert.throws(
        () => loadConfig(env),
        (error: unknown) => {
          assert.ok(error instanceof ConfigError);
          assert.match(error.message, message);
          return true;
        },
      );
    }
  });
});
