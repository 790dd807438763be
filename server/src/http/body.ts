// Request bodies: read once, within the size limit, and kept for the routes that hash them.
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './env.js';

/** The client closed the connection, or it was cut, before its whole body arrived. */
export class RequestBodyAborted extends Error {
  override name = 'RequestBodyAborted';
  constructor() {
    super('The client left before sending the whole body.');
  }
}

/** Bodies read by `readBody`, by request: what `requestText` gives the routes. */
const bodiesRead = new WeakMap<Request, string>();

const utf8 = new TextDecoder();

/**
 * Caps a request body at `maxBytes` (`tooLarge` answers past it, before reading it when its
 * declared length already says so) and reads it once, straight from Node's stream: through the
 * framework, each POST built a web `Request` and stream only to be read whole. Routes read it
 * with `requestText`. Not on a Node socket (`app.request()`), the framework's limit does it.
 */
export function readBody(
  maxBytes: number,
  tooLarge: (c: Context) => Response,
): MiddlewareHandler<AppEnv> {
  const viaFramework = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (!incoming) return viaFramework(c, next);
    const declared = incoming.headers['content-length'];
    if (declared !== undefined && incoming.headers['transfer-encoding'] === undefined) {
      if (Number(declared) > maxBytes) return tooLarge(c);
    }
    const body = await readWithin(incoming, maxBytes);
    if (body === undefined) return tooLarge(c);
    // As `Request.text()` decodes: UTF-8, a leading BOM dropped, bad bytes replaced.
    bodiesRead.set(c.req.raw, utf8.decode(body));
    return next();
  };
}

/** The request body as text: as `readBody` read it, else through the framework. */
export function requestText(c: Context): Promise<string> {
  const text = bodiesRead.get(c.req.raw);
  return text === undefined ? c.req.text() : Promise.resolve(text);
}

/**
 * The whole body, or undefined as soon as it passes `maxBytes`: the rest is left unread (the
 * Node adapter drains it after the answer), so the client still gets the answer, not a reset.
 */
function readWithin(incoming: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onAborted);
      incoming.off('close', onAborted);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      stop();
      incoming.pause();
      resolve(undefined);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, size));
    };
    // Errors of the incoming stream are the connection's: a reset, or a timeout that cut it.
    const onAborted = () => {
      stop();
      reject(new RequestBodyAborted());
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onAborted);
    incoming.on('close', onAborted);
  });
}
