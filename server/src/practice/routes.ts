// The practice for visitors: its settings, topics and crisis lines.
import type { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import type { PublicJson } from '../http/cache.js';
import { notFoundProblem } from '../http/problem.js';
import type { Store } from '../store.js';

export interface PracticeRouteOptions {
  store: Store;
  /** A public GET's answer, reused while the stored data leaves it unchanged (app.ts). */
  publicJson: PublicJson;
}

export function addPracticeRoutes(app: Hono<AppEnv>, { store, publicJson }: PracticeRouteOptions) {
  app.get('/v1/practice', (c) =>
    publicJson(c, async () => {
      const practice = await store.getPractice();
      if (!practice) throw notFoundProblem('This practice is not set up yet.');
      return { data: practice };
    }),
  );
}
