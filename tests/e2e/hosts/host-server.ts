// A practice's own website, on another origin than the Hearth server: it serves the host pages
// in `pages/` (with the API's address filled in), a React app bundled with esbuild, an older copy
// of the script-tag bundle, and a reverse proxy to the Hearth server that can misbehave on
// purpose (`/fault/<mode>/…`), as flaky hosting, a wrong rewrite rule or a slow network would.
// `theme.html?theme=<name>` is one page under each site theme of `themes.ts`, whose framework
// stylesheets come from node_modules as `/vendor/<name>.css`.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { VERSION } from '../../../src/internal/version.js';
import { HOST_THEMES, VENDOR_STYLESHEETS } from './themes.js';

const here = import.meta.dirname;
const pagesDir = join(here, 'pages');
const distDir = resolve(here, '../../../dist');
const nodeModulesDir = resolve(here, '../../../node_modules');

/**
 * How the proxy answers `/v1/*`: `pass` forwards; `drop` closes the connection; `lost` forwards
 * but closes the connection instead of answering; `slow` answers after the client gave up; `500`
 * is an HTML error page; `garbage` is cut-off JSON; `html` a home page; `shape` JSON of another API.
 */
export const FAULT_MODES = [
  'pass',
  'drop',
  'lost',
  'slow',
  '500',
  'garbage',
  'html',
  'shape',
] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

/** Longer than the client's 10 s timeout: a request through a `slow` proxy never completes. */
export const SLOW_MS = 12_000;

/** The strict policy of the CSP host page: nothing inline, no eval, everything from itself. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

export interface HostServer {
  /** `http://127.0.0.1:<port>`: the origin the Hearth server allows. */
  origin: string;
  /** `http://localhost:<port>`: the same site under an origin the Hearth server does not allow. */
  refusedOrigin: string;
  /** URL of a page; `api` says what its `api-base` is (see `apiFor`). */
  page(name: string, api?: string): string;
  /** URL of the page under a site theme of `themes.ts`. */
  themePage(theme: string): string;
  /** The behaviour of `/fault/switch/…`, changed while a page is open. */
  setSwitch(mode: FaultMode): void;
  /**
   * API requests that reached the proxy, as `METHOD path` (without the fault prefix), followed
   * by ` key=<Idempotency-Key>` when there is one.
   */
  proxied: string[];
  close(): Promise<void>;
}

export interface HostServerOptions {
  /** The Hearth server's base URL, with a trailing slash (known once it started: it needs our origin). */
  api: () => string;
}

/** A base URL where nothing listens: the browser's connection is refused. */
export async function unusedBaseUrl(): Promise<string> {
  const probe = http.createServer();
  await new Promise<void>((listening) => probe.listen(0, '127.0.0.1', listening));
  const port = (probe.address() as AddressInfo).port;
  await new Promise((closed) => probe.close(closed));
  return `http://127.0.0.1:${port}/`;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const downApi = await unusedBaseUrl();
  const reactApp = await bundleReactApp();
  const oldBundle = olderBundle();
  const proxied: string[] = [];
  let switchMode: FaultMode = 'pass';
  let origin = '';

  /** `api` query values: `direct` (the Hearth server), `proxy` (this origin), `down`, a fault. */
  const apiFor = (api: string | null): string => {
    if (!api || api === 'direct') return options.api();
    if (api === 'proxy') return '/';
    if (api === 'down') return downApi;
    if ((FAULT_MODES as readonly string[]).includes(api) || api === 'switch')
      return `/fault/${api}/`;
    throw new Error(`unknown api ${api}`);
  };

  const server = http.createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500).end(String(error));
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://host');
    const fault = /^\/fault\/([\w-]+)(\/.*)$/.exec(url.pathname);
    if (fault) {
      const mode = (fault[1] === 'switch' ? switchMode : fault[1]) as FaultMode;
      return misbehave(mode, request, response, fault[2]! + url.search);
    }
    if (url.pathname.startsWith('/v1/') || url.pathname.startsWith('/hearth/')) {
      return forward(request, response, url.pathname + url.search);
    }
    if (url.pathname === '/favicon.ico') return send(response, 204, '.html', '');
    if (url.pathname === '/react/app.js') return send(response, 200, '.js', reactApp);
    if (url.pathname === '/old/hearth.iife.js') return send(response, 200, '.js', oldBundle);
    const vendor = /^\/vendor\/([\w-]+)\.css$/.exec(url.pathname)?.[1];
    if (vendor && VENDOR_STYLESHEETS[vendor]) {
      return send(response, 200, '.css', await vendorStylesheet(VENDOR_STYLESHEETS[vendor]));
    }
    const name = /^\/pages\/([\w-]+\.(?:html|js|css))$/.exec(url.pathname)?.[1];
    if (!name) return send(response, 404, '.html', 'Not found');
    let body = await readFile(join(pagesDir, name), 'utf8');
    if (name.endsWith('.html')) {
      body = body
        .replaceAll('{{api}}', apiFor(url.searchParams.get('api')))
        .replaceAll('{{cdn}}', `${options.api()}hearth/`);
      if (name === 'theme.html') body = themed(body, url.searchParams.get('theme') ?? 'plain');
    }
    const headers: Record<string, string> = {};
    if (name.startsWith('csp')) headers['Content-Security-Policy'] = STRICT_CSP;
    send(response, 200, extname(name), body, headers);
  }

  async function misbehave(
    mode: FaultMode,
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
  ): Promise<void> {
    if (request.method === 'OPTIONS' || mode === 'pass') return forward(request, response, path);
    proxied.push(describe(request, path));
    switch (mode) {
      case 'drop':
        request.socket.destroy();
        return;
      case 'lost':
        // The server does the work, but its answer never reaches the browser.
        return forward(request, response, path, false, true);
      case 'slow': {
        const timer = setTimeout(() => void forward(request, response, path, false), SLOW_MS);
        response.once('close', () => clearTimeout(timer));
        return;
      }
      case '500':
        // What a crashed upstream behind a proxy looks like: an HTML error page.
        return send(response, 500, '.html', '<h1>500 Internal Server Error</h1>');
      case 'garbage':
        return send(response, 200, '.json', '{"items":[{"id":"g1","name":"Gri', {
          'Content-Type': 'application/json',
        });
      case 'html':
        // A site whose rewrite rule answers every unknown path with its home page.
        return send(response, 200, '.html', '<!doctype html><title>Welcome</title><h1>Hi</h1>');
      case 'shape':
        // Well-formed JSON of the wrong shape: another API on the same path.
        return send(response, 200, '.json', '{"data":[],"ok":true}', {
          'Content-Type': 'application/json',
        });
    }
  }

  function forward(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
    count = true,
    loseAnswer = false,
  ): Promise<void> {
    if (count && path.startsWith('/v1/') && request.method !== 'OPTIONS') {
      proxied.push(describe(request, path));
    }
    const target = new URL(path.replace(/^\//, ''), options.api());
    return new Promise((done) => {
      const upstream = http.request(
        target,
        {
          method: request.method,
          headers: { ...request.headers, host: target.host },
        },
        (answer) => {
          if (loseAnswer) {
            answer.resume();
            response.socket?.destroy();
            done();
            return;
          }
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
          answer.once('end', () => done());
        },
      );
      upstream.once('error', () => {
        if (!response.headersSent) response.writeHead(502).end();
        else response.destroy();
        done();
      });
      request.pipe(upstream);
    });
  }

  await new Promise<void>((listening) => server.listen(0, listening));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    refusedOrigin: `http://localhost:${port}`,
    page: (name, api) => `${origin}/pages/${name}${api ? `?api=${api}` : ''}`,
    themePage: (theme) => `${origin}/pages/theme.html?theme=${theme}`,
    setSwitch: (mode) => {
      switchMode = mode;
    },
    proxied,
    close: () =>
      new Promise((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}

/** The theme page with the named theme's stylesheets linked. */
function themed(page: string, name: string): string {
  const theme = HOST_THEMES.find((candidate) => candidate.name === name);
  if (!theme) throw new Error(`unknown theme ${name}`);
  const links = theme.stylesheets.map((href) => `<link rel="stylesheet" href="${href}" />`);
  return page.replaceAll('{{theme}}', theme.name).replace('{{stylesheets}}', links.join('\n'));
}

/**
 * A framework's stylesheet as its package ships it. Tailwind's preflight is its build's input:
 * its `--theme(--name, fallback)` calls become the fallback, as the build writes them with the
 * default theme.
 */
async function vendorStylesheet(path: string): Promise<string> {
  const css = await readFile(join(nodeModulesDir, path), 'utf8');
  return css.replace(/--theme\(\s*--[\w-]+,\s*([^()]*?)\s*\)/g, '$1');
}

function describe(request: IncomingMessage, path: string): string {
  const key = request.headers['idempotency-key'];
  return `${request.method} ${path}${key ? ` key=${String(key)}` : ''}`;
}

function send(
  response: ServerResponse,
  status: number,
  extension: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'Content-Type': TYPES[extension] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(body);
}

/** The React host app, bundled as a site would ship it (production React, one ES module). */
async function bundleReactApp(): Promise<string> {
  const result = await build({
    entryPoints: [join(here, 'react-app.js')],
    bundle: true,
    format: 'esm',
    write: false,
    minify: true,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * The classic-script bundle as an older release would have shipped it: the same code with
 * another version stamp, so `define()` sees two Hearth versions on one page.
 */
export const OLDER_VERSION = '0.0.9';
function olderBundle(): string {
  const current = readFileSync(join(distDir, 'hearth.iife.js'), 'utf8');
  const older = current.replaceAll(`\`${VERSION}\``, `\`${OLDER_VERSION}\``);
  if (older === current) throw new Error('the version stamp was not found in hearth.iife.js');
  return older;
}
