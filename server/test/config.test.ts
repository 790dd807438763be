import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../src/platform/config.js';

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

  it('takes a PostgreSQL DATABASE_URL (postgres:// or postgresql://), else SQLite', () => {
    assert.equal(loadConfig({}, '/srv/hearth').databaseUrl, undefined);
    assert.equal(loadConfig({ DATABASE_URL: ' ' }, '/srv/hearth').databaseUrl, undefined);
    for (const url of [
      'postgres://hearth:secret@db.internal:5432/hearth',
      'postgresql://hearth@localhost/hearth?sslmode=require',
    ]) {
      assert.equal(loadConfig({ DATABASE_URL: url }, '/srv/hearth').databaseUrl, url);
    }
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

  it('has safe defaults for sign-ups: 180 days, no e-mail, no proxy, 10 sign-ups per 10 minutes', () => {
    const config = loadConfig({}, '/srv/hearth');
    assert.equal(config.retentionDays, 180);
    assert.equal(config.dataKey, undefined);
    assert.equal(config.smtpUrl, undefined);
    assert.equal(config.notifyEmail, undefined);
    assert.equal(config.publicUrl, undefined);
    assert.equal(config.trustProxy, false);
    assert.deepEqual(config.rateLimits, {
      signups: { limit: 10, windowSeconds: 600 },
      stories: { limit: 5, windowSeconds: 3600 },
      resonance: { limit: 60, windowSeconds: 600 },
      reports: { limit: 10, windowSeconds: 3600 },
      posts: { limit: 30, windowSeconds: 600 },
    });
    assert.equal(config.reportThreshold, 3);
  });

  it('reads the sign-up variables', () => {
    const hexKey = 'ab'.repeat(32);
    const config = loadConfig({
      HEARTH_DATA_KEY: hexKey,
      HEARTH_RETENTION_DAYS: '90',
      HEARTH_SMTP_URL: 'smtp://hearth:pw@mail.example.org:587',
      HEARTH_NOTIFY_EMAIL: 'groups@mypractice.example',
      HEARTH_PUBLIC_URL: 'https://api.mypractice.example',
      HEARTH_TRUST_PROXY: '1',
      HEARTH_RATE_LIMIT_SIGNUPS: '5/60',
      HEARTH_RATE_LIMIT_POSTS: '100 / 3600',
      HEARTH_RATE_LIMIT_STORIES: '2/86400',
      HEARTH_RATE_LIMIT_RESONANCE: '200/60',
      HEARTH_RATE_LIMIT_REPORTS: '3/600',
      HEARTH_REPORT_THRESHOLD: '5',
    });
    assert.equal(config.dataKey?.toString('hex'), hexKey);
    assert.equal(config.retentionDays, 90);
    assert.equal(config.smtpUrl, 'smtp://hearth:pw@mail.example.org:587');
    assert.equal(config.notifyEmail, 'groups@mypractice.example');
    assert.equal(config.publicUrl, 'https://api.mypractice.example/');
    assert.equal(config.trustProxy, true);
    assert.deepEqual(config.rateLimits, {
      signups: { limit: 5, windowSeconds: 60 },
      stories: { limit: 2, windowSeconds: 86400 },
      resonance: { limit: 200, windowSeconds: 60 },
      reports: { limit: 3, windowSeconds: 600 },
      posts: { limit: 100, windowSeconds: 3600 },
    });
    assert.equal(config.reportThreshold, 5);
    const base64 = loadConfig({ HEARTH_DATA_KEY: Buffer.alloc(32, 7).toString('base64') });
    assert.deepEqual(base64.dataKey, Buffer.alloc(32, 7));
  });

  it('never repeats a bad SMTP URL, which may hold a password', () => {
    assert.throws(
      () => loadConfig({ HEARTH_SMTP_URL: 'http://u:hunter2@x', HEARTH_NOTIFY_EMAIL: 'a@b.c' }),
      (error: unknown) => error instanceof ConfigError && !error.message.includes('hunter2'),
    );
  });

  it('limits slow requests and connections per client, and reads both limits', () => {
    const defaults = loadConfig({});
    assert.equal(defaults.requestTimeoutMs, 30_000);
    assert.equal(defaults.headersTimeoutMs, 10_000);
    assert.equal(defaults.maxConnectionsPerClient, 64);
    const set = loadConfig({
      HEARTH_REQUEST_TIMEOUT_SECONDS: '5',
      HEARTH_MAX_CONNECTIONS_PER_CLIENT: '0',
    });
    assert.equal(set.requestTimeoutMs, 5000);
    assert.equal(set.maxConnectionsPerClient, 0);
  });

  it('rejects bad values with a message naming the variable', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ PORT: 'eighty' }, /PORT/],
      [{ HEARTH_REPORT_THRESHOLD: '0' }, /HEARTH_REPORT_THRESHOLD/],
      [{ HEARTH_RATE_LIMIT_STORIES: 'lots' }, /HEARTH_RATE_LIMIT_STORIES/],
      [{ PORT: '70000' }, /PORT/],
      [{ PORT: '-1' }, /PORT/],
      [{ HEARTH_SEED: 'yes' }, /HEARTH_SEED/],
      [{ HEARTH_LOG_LEVEL: 'loud' }, /HEARTH_LOG_LEVEL/],
      [{ HEARTH_ALLOWED_ORIGINS: 'mypractice.example' }, /HEARTH_ALLOWED_ORIGINS/],
      [{ HEARTH_ALLOWED_ORIGINS: 'https://mypractice.example/groups' }, /HEARTH_ALLOWED_ORIGINS/],
      [{ HEARTH_ALLOWED_ORIGINS: 'https://mypractice.example/' }, /HEARTH_ALLOWED_ORIGINS/],
      [{ DATABASE_URL: 'mysql://localhost/hearth' }, /DATABASE_URL must be a PostgreSQL address/],
      [{ DATABASE_URL: 'file:hearth.db' }, /DATABASE_URL must be a PostgreSQL address/],
      [{ HEARTH_DATA_KEY: 'too-short' }, /HEARTH_DATA_KEY/],
      [{ HEARTH_DATA_KEY: Buffer.alloc(16).toString('base64') }, /HEARTH_DATA_KEY/],
      [{ HEARTH_RETENTION_DAYS: '0' }, /HEARTH_RETENTION_DAYS/],
      [{ HEARTH_RETENTION_DAYS: 'forever' }, /HEARTH_RETENTION_DAYS/],
      [{ HEARTH_SMTP_URL: 'smtp://mail.example.org' }, /HEARTH_NOTIFY_EMAIL/],
      [{ HEARTH_NOTIFY_EMAIL: 'groups@mypractice.example' }, /HEARTH_SMTP_URL/],
      [
        { HEARTH_SMTP_URL: 'smtp://mail.example.org', HEARTH_NOTIFY_EMAIL: 'nobody' },
        /HEARTH_NOTIFY_EMAIL/,
      ],
      [{ HEARTH_PUBLIC_URL: 'api.mypractice.example' }, /HEARTH_PUBLIC_URL/],
      [{ HEARTH_TRUST_PROXY: 'yes' }, /HEARTH_TRUST_PROXY/],
      [{ HEARTH_RATE_LIMIT_SIGNUPS: '10' }, /HEARTH_RATE_LIMIT_SIGNUPS/],
      [{ HEARTH_RATE_LIMIT_POSTS: '0/60' }, /HEARTH_RATE_LIMIT_POSTS/],
      [{ HEARTH_REQUEST_TIMEOUT_SECONDS: '0' }, /HEARTH_REQUEST_TIMEOUT_SECONDS/],
      [{ HEARTH_REQUEST_TIMEOUT_SECONDS: '2.5' }, /HEARTH_REQUEST_TIMEOUT_SECONDS/],
      [{ HEARTH_MAX_CONNECTIONS_PER_CLIENT: 'many' }, /HEARTH_MAX_CONNECTIONS_PER_CLIENT/],
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
