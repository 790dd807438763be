import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { addressGroup } from '../platform/address-group.js';

/**
 * The client as every public limit counts it: the address group (`addressGroup`: an IPv4
 * address, or an IPv6 /64) of the socket's peer, or, when the server is told it sits behind a
 * proxy, of the last `X-Forwarded-For` entry (the one the proxy itself added; earlier entries
 * come from the client and can be forged).
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').pop()?.trim();
    if (forwarded) return addressGroup(forwarded);
  }
  try {
    return addressGroup(getConnInfo(c).remote.address ?? 'unknown');
  } catch {
    // Not running on a Node socket (e.g. `app.request()` in a test).
    return 'unknown';
  }
}
