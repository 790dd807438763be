import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTestServer, tempDir, type TestServer } from './helpers.js';

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise `..`). */
function rawGet(url: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path: rawPath }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('static files', () => {
  let server: TestServer;
  let root: string;

  before(async () => {
    root = tempDir('hearth-static-');
    const distDir = path.join(root, 'dist');
    const demoDir = path.join(root, 'demo');
    fs.mkdirSync(distDir);
    fs.mkdirSync(demoDir);
    fs.writeFileSync(path.join(distDir, 'hearth.js'), 'export const hearth = true;\n');
    fs.writeFileSync(path.join(demoDir, 'index.html'), '<!doctype html><title>Demo</title>\n');
    fs.writeFileSync(path.join(demoDir, 'demo.css'), 'body { margin: 0; }\n');
    fs.writeFileSync(path.join(root, 'secret.txt'), 'do not serve\n');
    fs.writeFileSync(path.join(distDir, '.env'), 'SECRET=1\n');
    server = await startTestServer({ distDir, demoDir });
  });
  after(async () => {
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('serves the widget bundle as JavaScript that any site may load', async () => {
    const { status, headers, text } = await server.request('/hearth/hearth.js');
    assert.equal(status, 200);
    assert.equal(headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(headers.get('access-control-allow-origin'), '*');
    assert.equal(headers.get('cross-origin-resource-policy'), 'cross-origin');
    assert.equal(headers.get('x-content-type-options'), 'nosniff');
    assert.match(headers.get('cache-control') ?? '', /max-age=/);
    assert.equal(text, 'export const hearth = true;\n');

    const again = await server.request('/hearth/hearth.js', {
      headers: { 'If-None-Match': headers.get('etag')! },
    });
    assert.equal(again.status, 304);
  });

  it('serves the demo page at / with a strict CSP and framing denied', async () => {
    const { status, headers, text } = await server.request('/');
    assert.equal(status, 200);
    assert.equal(headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(text, /<title>Demo<\/title>/);
    const csp = headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(headers.get('x-frame-options'), 'DENY');

    // A revalidated page keeps its own policy: a 304 must not carry the API's.
    const again = await server.request('/', {
      headers: { 'If-None-Match': headers.get('etag')! },
    });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('content-security-policy'), null);
    assert.equal(headers.get('referrer-policy'), 'no-referrer');
    assert.equal(headers.get('access-control-allow-origin'), null);
  });

  it('serves demo assets with their content type', async () => {
    const { status, headers } = await server.request('/demo/demo.css');
    assert.equal(status, 200);
    assert.equal(headers.get('content-type'), 'text/css; charset=utf-8');
  });

  it('answers a missing file with a 404 problem', async () => {
    const { status, headers } = await server.request('/hearth/nope.js');
    assert.equal(status, 404);
    assert.equal(headers.get('content-type'), 'application/problem+json');
  });

  it('never serves a file outside its folder, hidden files or directories', async () => {
    const attempts = [
      '/hearth/../secret.txt',
      '/hearth/%2e%2e/secret.txt',
      '/hearth/..%2fsecret.txt',
      '/hearth/..%2f..%2fpackage.json',
      '/hearth/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/hearth/..%5csecret.txt',
      '/hearth/.env',
      '/hearth/%2eenv',
      '/hearth/hearth.js%00.txt',
      '/hearth/',
      '/hearth//etc/passwd',
      '/demo/%2e%2e/dist/hearth.js',
      '/demo/%E0%A4%A',
    ];
    for (const attempt of attempts) {
      const { status, body } = await rawGet(server.url, attempt);
      assert.ok(status === 404 || status === 400, `${attempt} answered ${status}`);
      assert.ok(!body.includes('do not serve') && !body.includes('SECRET'), attempt);
    }
  });
});

describe('static files when the widgets are not built', () => {
  let server: TestServer;
  let emptyDir: string;

  before(async () => {
    emptyDir = tempDir('hearth-nodist-');
    server = await startTestServer({ distDir: path.join(emptyDir, 'dist') });
  });
  after(async () => {
    await server.stop();
    fs.rmSync(emptyDir, { recursive: true, force: true });
  });

  it('answers the bundle with a 404 problem that says to build', async () => {
    const { status, body } = await server.request('/hearth/hearth.js');
    assert.equal(status, 404);
    assert.match((body as { detail: string }).detail, /npm run build/);
  });
});
