import fs from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticFile {
  body: Uint8Array;
  contentType: string;
  /** Weak validator from size and modification time: cheap, and right for files on disk. */
  etag: string;
}

/**
 * Reads `encodedPath` (still percent-encoded, relative to `root`) when it names a regular file
 * inside `root`. Anything else — `..` or hidden segments, encoded slashes or NUL bytes, symlinks
 * leading out of `root`, directories — is treated as absent: returns undefined.
 */
export async function readStaticFile(
  root: string,
  encodedPath: string,
): Promise<StaticFile | undefined> {
  const segments = decodeSegments(encodedPath);
  if (!segments) return undefined;
  const rootReal = await realpathOrUndefined(root);
  if (!rootReal) return undefined;
  const fileReal = await realpathOrUndefined(path.join(rootReal, ...segments));
  if (!fileReal || !fileReal.startsWith(rootReal + path.sep)) return undefined;
  const stat = await fs.stat(fileReal);
  if (!stat.isFile()) return undefined;
  return {
    body: await fs.readFile(fileReal),
    contentType: contentTypeFor(fileReal),
    etag: `W/"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`,
  };
}

function decodeSegments(encodedPath: string): string[] | undefined {
  const segments: string[] = [];
  for (const raw of encodedPath.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (!segment || segment.startsWith('.') || /[/\\\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments.length > 0 ? segments : undefined;
}

async function realpathOrUndefined(target: string): Promise<string | undefined> {
  try {
    return await fs.realpath(target);
  } catch {
    return undefined;
  }
}
