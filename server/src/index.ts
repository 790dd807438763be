// The server's public surface, for the CLI (main.ts) and for tests elsewhere in the repository.
export { createApp, type AppOptions } from './app.js';
export { ConfigError, defaultConfig, loadConfig, type Config } from './platform/config.js';
export { createLogger, redact, type Logger } from './platform/log.js';
export { openApiDocument } from './http/openapi.js';
export { nextSessions } from './groups/recurrence.js';
export { DEMO_STAFF_EMAIL, demoData, seedIfEmpty } from './seed.js';
export { startServer, type RunningServer, type StartOptions } from './server.js';
export { openStore, type Store, type StoreOptions } from './store.js';
