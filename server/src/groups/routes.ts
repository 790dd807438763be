// Groups for visitors: the list (filtered, a page at a time), one group, and the plain HTML list
// the embed snippet's <noscript> links to.
import type { Hono } from 'hono';
import type { Group, GroupFilters } from '../../../src/api/contract/public.js';
import { cachedText, type PublicJson } from '../http/cache.js';
import type { AppEnv } from '../http/env.js';
import { HttpProblem, notFoundProblem, validationProblem } from '../http/problem.js';
import { GROUP_ID } from '../../../src/api/contract/ids.js';
import type { Store } from '../store.js';
import { GROUPS_CSS, renderGroupsPage } from './page.js';
import { encodeGroupCursor, parseGroupPaging } from './paging.js';
import { parseGroupFilters } from './query.js';

export interface GroupRouteOptions {
  store: Store;
  /** A public GET's answer, reused while the stored data and the clock leave it unchanged. */
  publicJson: PublicJson;
}

/** Upcoming sessions in a group's own response (the list carries the default four). */
const GROUP_DETAIL_SESSIONS = 8;

export function addGroupRoutes(app: Hono<AppEnv>, { store, publicJson }: GroupRouteOptions) {
  app.get('/v1/groups', (c) => {
    const params = new URL(c.req.url).searchParams;
    const { paging, fields } = parseGroupPaging(params);
    let filters: GroupFilters;
    try {
      filters = parseGroupFilters(params);
    } catch (error) {
      // Every invalid parameter in one answer, the filters' and the paging's alike.
      if (error instanceof HttpProblem && error.problem.fields) {
        throw validationProblem({ ...error.problem.fields, ...fields });
      }
      throw error;
    }
    if (Object.keys(fields).length > 0) throw validationProblem(fields);
    return publicJson(c, async () => {
      const { items, next } = await store.listGroupPage(filters, paging);
      const nextCursor = next ? encodeGroupCursor(next) : null;
      return { data: { items, nextCursor }, staleAt: firstSessionStart(items) };
    });
  });

  app.get('/v1/groups/:id', (c) => {
    const id = c.req.param('id');
    return publicJson(c, async () => {
      const group = GROUP_ID.test(id)
        ? await store.getGroup(id, { sessions: GROUP_DETAIL_SESSIONS })
        : undefined;
      if (!group) {
        throw notFoundProblem('There is no group with this id. It may have been archived.');
      }
      return { data: group, staleAt: firstSessionStart([group]) };
    });
  });
}

/** The plain HTML list of groups, for the embed snippet's <noscript> link, and its styles. */
export function addGroupPageRoutes(app: Hono<AppEnv>, store: Store) {
  app.get('/groups', async (c) => {
    const practice = await store.getPractice();
    if (!practice) throw notFoundProblem('This practice is not set up yet.');
    const groups = await store.listGroups({}, { sessions: 1 });
    return cachedText(c, renderGroupsPage(practice, groups), 'text/html; charset=utf-8');
  });
  app.get('/groups.css', (c) => cachedText(c, GROUPS_CSS, 'text/css; charset=utf-8'));
}

/** Lists of next sessions change when the earliest of them starts. */
function firstSessionStart(groups: readonly Group[]): number | undefined {
  let first: number | undefined;
  for (const group of groups) {
    const start = group.nextSessions[0] === undefined ? NaN : Date.parse(group.nextSessions[0]);
    if (!Number.isNaN(start) && (first === undefined || start < first)) first = start;
  }
  return first;
}
