/*
 * Pages of `GET /v1/groups`. Without `limit` the list is whole (`nextCursor: null`), as older
 * clients, the `<noscript>` page and the staff console expect; with it, pages follow the list's
 * own order (position, name, id) from an opaque cursor naming the last group sent, so a group
 * added, edited or archived between two pages neither repeats nor hides the others.
 */
import { GROUP_ID } from '../../../src/api/contract/ids.js';

/** Where the previous page ended, in the list's order. */
export interface GroupCursor {
  position: number;
  name: string;
  id: string;
}

/** A page: at most `limit` groups (all when absent) after `after` (from the start when absent). */
export interface GroupPaging {
  limit?: number;
  after?: GroupCursor;
}

export const GROUP_PAGE_MAX = 500;

const MAX_CURSOR_LENGTH = 1000;

/** Opaque to clients: base64url of the last group's position, name and id. */
export function encodeGroupCursor({ position, name, id }: GroupCursor): string {
  return Buffer.from(JSON.stringify([position, name, id])).toString('base64url');
}

export function decodeGroupCursor(raw: string): GroupCursor | undefined {
  if (raw.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(raw)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length !== 3) return undefined;
  const [position, name, id] = value as unknown[];
  if (!Number.isSafeInteger(position) || typeof name !== 'string' || typeof id !== 'string') {
    return undefined;
  }
  if (!GROUP_ID.test(id) || name.length > 500) return undefined;
  return { position: position as number, name, id };
}

/**
 * Reads `limit` and `cursor`. Returns the problems by parameter instead of throwing, so the
 * route can list them with the filters' own in one 400.
 */
export function parseGroupPaging(params: URLSearchParams): {
  paging: GroupPaging;
  fields: Record<string, string>;
} {
  const fields: Record<string, string> = {};
  const limits = params.getAll('limit');
  let limit: number | undefined;
  if (limits.length > 1) fields['limit'] = 'must be given at most once';
  else if (limits.length === 1) {
    limit = /^\d{1,4}$/.test(limits[0]!) ? Number(limits[0]) : NaN;
    if (!(limit >= 1 && limit <= GROUP_PAGE_MAX)) {
      fields['limit'] = `must be a whole number from 1 to ${GROUP_PAGE_MAX}`;
    }
  }
  const cursors = params.getAll('cursor');
  let after: GroupCursor | undefined;
  if (cursors.length > 1) fields['cursor'] = 'must be given at most once';
  else if (cursors.length === 1) {
    after = decodeGroupCursor(cursors[0]!);
    if (!after) fields['cursor'] = 'must be a `nextCursor` from an earlier page, unchanged';
  }
  // A cursor without a limit: every group after it, in one answer.
  return { paging: { ...(limit !== undefined && { limit }), ...(after && { after }) }, fields };
}
