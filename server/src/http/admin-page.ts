// `GET /admin`: the page that hosts the staff console. The console itself is a separate bundle
// (`dist/hearth-admin.js`, never part of hearth.js); this page only loads it, with no inline
// script or style, so it runs under the same strict CSP as every page of the server.
import fs from 'node:fs';
import path from 'node:path';
import type { Context } from 'hono';

export const ADMIN_BUNDLE = 'hearth-admin.js';

export const ADMIN_PAGE_CSS = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; }
.notice { border: 1px solid; border-radius: 0.5rem; padding: 1rem 1.25rem; }
`;

/** The console's tab icon: a small hearth, so the browser does not ask for a missing favicon. */
export const ADMIN_ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="19" fill="#1f5f5b"/><path d="M20 7c-3 4-4 7-4 9a4 4 0 0 0 8 0c0-2-1-5-4-9z" fill="#f2b36b"/></svg>`;

export function adminPage(c: Context, distDir: string): Response {
  const built = fs.existsSync(path.join(distDir, ADMIN_BUNDLE));
  const main = built
    ? `<hearth-admin api-base="/"></hearth-admin>
    <noscript><p class="notice">The staff console needs JavaScript. Please turn it on for this site.</p></noscript>`
    : `<hearth-admin api-base="/"></hearth-admin>
    <div class="notice" role="status">
      <h1>The staff console is not built yet</h1>
      <p>This server has no <code>${ADMIN_BUNDLE}</code> to load. Run <code>npm run build</code> in
      the Hearth folder and restart the server, then reload this page.</p>
      <p>The staff API works without it: see <a href="/v1/openapi.json">the API description</a>.</p>
    </div>`;
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>Staff console · Hearth</title>
    <link rel="icon" href="/admin-icon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="/admin.css">
    ${built ? `<script type="module" src="/hearth/${ADMIN_BUNDLE}"></script>` : ''}
  </head>
  <body>
    <main>
    ${main}
    </main>
  </body>
</html>
`;
  return c.body(html, 200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
}
