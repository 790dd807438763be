// The Hono environment of every request: the id the request log gives it.

export interface AppEnv {
  Variables: { requestId: string };
}
