// Shared by the server tests: a real server on a free port with its own temporary data
// directory (and, on PostgreSQL, its own database), and a fetch that validates every JSON
// response against the served OpenAPI document.
//
// The engine: SQLite unless HEARTH_TEST_DATABASE_URL is set (`npm run test:pg`, or
// `node scripts/with-postgres.mjs -- …`), then PostgreSQL: every test server and every test store
// gets a database of its own, created from template0 and dropped when the test is done with it.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import SQLite from 'better-sqlite3';
import { CompiledQuery, Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { DATABASE_FILE } from '../src/db/database.js';
import { migrationProviderFor } from '../src/db/migrations/index.js';
import { DATA_KEY_FILE } from '../src/platform/crypto.js';
import type { Database } from '../src/db/schema.js';
import { createLogger, type Logger } from '../src/platform/log.js';
import type { ConfigOverrides } from '../src/platform/config.js';
import { startServer, type RunningServer, type StartOptions } from '../src/server.js';
import { openStore, type Store, type StoreOptions } from '../src/store.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export interface TestServer extends RunningServer {
  /** Its data directory and, on PostgreSQL, its database. */
  testData: TestData;
  /** Log lines written so far, parsed. */
  logs: Record<string, unknown>[];
  /** fetch relative to the server, validating JSON bodies against the OpenAPI document. */
  request(pathAndQuery: string, init?: RequestInit): Promise<CheckedResponse>;
  stop(): Promise<void>;
}

export interface CheckedResponse {
  response: Response;
  status: number;
  headers: Headers;
  /** The parsed body for JSON and problem+json responses, else undefined. */
  body: unknown;
  text: string;
}

/** A fixed clock, so session dates and seed dates are the same on every run. */
export const TEST_NOW = new Date('2025-03-03T17:00:00Z');

export function tempDir(prefix = 'hearth-server-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

// ---- The engine ---------------------------------------------------------------------------

/** Where test databases are made on PostgreSQL (a superuser's URL); unset: SQLite. */
export const TEST_DATABASE_URL = process.env.HEARTH_TEST_DATABASE_URL || undefined;
export const TEST_ENGINE: 'sqlite' | 'postgres' = TEST_DATABASE_URL ? 'postgres' : 'sqlite';
/**
 * `{ skip: SQLITE_FILES_ONLY }` on tests about the SQLite file itself (bytes, WAL, modes, the
 * file copy `npm run backup` makes): PostgreSQL keeps nothing of the database in the data
 * directory (its backups are pg_dump's). Tests of rows and values read them through the
 * database (`readRows`, `withDatabase`) and run on both engines.
 */
export const SQLITE_FILES_ONLY =
  TEST_ENGINE !== 'sqlite' && 'about the SQLite file itself: PostgreSQL keeps no database file';

/** Where one test's data lives: the data directory (key, SQLite file) and, on PostgreSQL, its URL. */
export interface TestData {
  dataDir: string;
  databaseUrl?: string;
}

// One PostgreSQL database per data directory, made on first use: a server stopped and started
// again on the same directory finds its rows again, as it does on SQLite.
const databases = new Map<string, { name: string; url: string }>();
let databaseCount = 0;

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The database URL for `dataDir` on PostgreSQL (created when new); undefined on SQLite. */
export async function testDatabaseUrl(dataDir: string): Promise<string | undefined> {
  if (!TEST_DATABASE_URL) return undefined;
  const key = path.resolve(dataDir);
  const known = databases.get(key);
  if (known) return known.url;
  const name = `hearth_t${process.pid}_${++databaseCount}`;
  await withAdmin((client) => client.query(`create database ${name} template template0`));
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  databases.set(key, { name, url: url.toString() });
  return url.toString();
}

/**
 * `{ dataDir, databaseUrl }` for `dataDir`: what `openStore` and a server's config need. On
 * PostgreSQL the server never makes up a data key (machines sharing a database must share it), so
 * a `data.key` is put in the directory, as an operator would copy one, unless `key: false`.
 */
export async function testData(
  dataDir: string = tempDir(),
  { key = true }: { key?: boolean } = {},
): Promise<TestData> {
  const databaseUrl = await testDatabaseUrl(dataDir);
  if (!databaseUrl) return { dataDir };
  if (key) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    try {
      fs.writeFileSync(
        path.join(dataDir, DATA_KEY_FILE),
        `${randomBytes(32).toString('base64')}\n`,
        { mode: 0o600, flag: 'wx' },
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return { dataDir, databaseUrl };
}

/** The environment for `main.ts` on this data: HEARTH_DATA_DIR and, on PostgreSQL, DATABASE_URL. */
export function testEnv({ dataDir, databaseUrl }: TestData): Record<string, string> {
  return databaseUrl
    ? { HEARTH_DATA_DIR: dataDir, DATABASE_URL: databaseUrl }
    : { HEARTH_DATA_DIR: dataDir };
}

/** Removes a data directory and, on PostgreSQL, drops its database (best effort). */
export async function removeTestData(dataDir: string): Promise<void> {
  fs.rmSync(dataDir, { recursive: true, force: true });
  const key = path.resolve(dataDir);
  const known = databases.get(key);
  if (!known) return;
  databases.delete(key);
  try {
    await withAdmin((client) => client.query(`drop database if exists ${known.name} with (force)`));
  } catch {
    // Left for the throwaway server's removal.
  }
}

/**
 * A store on a database of its own (in memory on SQLite), for tests that need no server; closing
 * it removes the database.
 */
export async function openTestStore(options: Omit<StoreOptions, 'dataDir'> = {}): Promise<Store> {
  if (TEST_ENGINE === 'sqlite') return openStore({ dataDir: ':memory:', ...options });
  const dataDir = tempDir();
  const store = await openStore({ ...(await testData(dataDir)), ...options });
  const close = store.close.bind(store);
  return Object.assign(store, {
    close: async () => {
      try {
        await close();
      } finally {
        await removeTestData(dataDir);
      }
    },
  });
}

// ---- Rows, whatever the engine ----------------------------------------------------------------

type Target = TestServer | TestData;

function dataOf(target: Target): TestData {
  return 'testData' in target ? target.testData : target;
}

/**
 * A second connection to the target's database through Kysely, for tests that look at rows the
 * API does not show. Destroy it when done (`withDatabase` does).
 */
export async function openTestDatabase(target: Target): Promise<Kysely<Database>> {
  const { dataDir, databaseUrl } = dataOf(target);
  if (TEST_ENGINE === 'postgres') {
    const connectionString = databaseUrl ?? (await testDatabaseUrl(dataDir));
    return new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString, max: 2 }) }),
    });
  }
  // Owner-only, as the store makes it, when this connection is the first to open it.
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, DATABASE_FILE);
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  const sqlite = new SQLite(file);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

export async function withDatabase<T>(
  target: Target,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const db = await openTestDatabase(target);
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/**
 * The server's own migrations on a test connection, for tests that build a database as an older
 * version left it (`migrateTo`) or run one migration again (`allowUnorderedMigrations`).
 */
export function testMigrator(
  db: Kysely<Database>,
  options: { allowUnorderedMigrations?: boolean } = {},
): Migrator {
  return new Migrator({ db, provider: migrationProviderFor(TEST_ENGINE), ...options });
}

/** SQL with `?` placeholders, as the engine wants it (`$1`, `$2`… on PostgreSQL). */
export function engineSql(sqlText: string): string {
  if (TEST_ENGINE === 'sqlite') return sqlText;
  let index = 0;
  return sqlText.replace(/\?/g, () => `$${++index}`);
}

/** Rows of one query (`?` placeholders) on the target's database. */
export async function readRows<Row = Record<string, unknown>>(
  target: Target,
  sqlText: string,
  params: readonly unknown[] = [],
): Promise<Row[]> {
  return withDatabase(target, async (db) => {
    const result = await db.executeQuery<Row>(CompiledQuery.raw(engineSql(sqlText), [...params]));
    return result.rows;
  });
}

/** Runs statements (`?` placeholders) on the target's database, one after the other. */
export async function execSql(
  target: Target,
  ...statements: (string | [string, readonly unknown[]])[]
): Promise<void> {
  await withDatabase(target, async (db) => {
    for (const statement of statements) {
      const [text, params] = typeof statement === 'string' ? [statement, []] : statement;
      await db.executeQuery(CompiledQuery.raw(engineSql(text), [...params]));
    }
  });
}

/**
 * Every row of every table of the target's database as text, one line per row: what a copy of
 * the database would show, for tests that no personal value is kept in clear (both engines).
 */
export async function storedText(target: Target): Promise<string> {
  return withDatabase(target, async (db) => {
    const tables = (await db.introspection.getTables()).map((table) => table.name);
    const lines: string[] = [];
    for (const table of tables) {
      const rows = await db.executeQuery<Record<string, unknown>>(
        CompiledQuery.raw(`select * from "${table}"`),
      );
      for (const row of rows.rows) {
        lines.push(
          `${table}: ${Object.values(row)
            .map((value) => (Buffer.isBuffer(value) ? value.toString('latin1') : String(value)))
            .join(' | ')}`,
        );
      }
    }
    return lines.join('\n');
  });
}

/**
 * What a copy of the database would give away, to search for a value that must not be kept in
 * clear: every row as text and, on SQLite, every byte of the files (free pages and WAL included).
 */
export async function atRest(target: Target): Promise<string> {
  const text = await storedText(target);
  if (TEST_ENGINE !== 'sqlite') return text;
  const { dataDir } = dataOf(target);
  const files = fs
    .readdirSync(dataDir)
    .filter((name) => name.startsWith(DATABASE_FILE))
    .map((name) => fs.readFileSync(path.join(dataDir, name)).toString('latin1'));
  return [text, ...files].join('\n');
}

// ---- Servers ---------------------------------------------------------------------------------

export interface TestServerOptions {
  /** The clock; TEST_NOW by default. */
  now?: () => Date;
}

/** A clock a test can move: `clock.now` goes where a `now` option is wanted. */
export function testClock(start: Date = TEST_NOW) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
  };
}

export async function startTestServer(
  config: ConfigOverrides = {},
  configureApp?: StartOptions['configureApp'],
  options: TestServerOptions = {},
): Promise<TestServer> {
  // A directory given by the test is the test's to remove (`removeTestData`); else the server's.
  const ownsData = config.dataDir === undefined;
  const data = await testData(config.dataDir ?? tempDir());
  const logs: Record<string, unknown>[] = [];
  const logger: Logger = createLogger({
    level: 'debug',
    write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>),
  });
  const server = await startServer({
    config: { logLevel: 'silent', ...config, ...data } as ConfigOverrides,
    logger,
    now: options.now ?? (() => TEST_NOW),
    configureApp,
  });
  const validator = await openApiValidator(server.url);
  return {
    ...server,
    testData: data,
    logs,
    request: async (pathAndQuery, init) => {
      const response = await fetch(new URL(pathAndQuery.replace(/^\//, ''), server.url), init);
      const checked = await readChecked(response);
      validator.check(new URL(response.url).pathname, init?.method ?? 'GET', checked);
      return checked;
    },
    stop: async () => {
      await server.close();
      if (ownsData) await removeTestData(data.dataDir);
    },
  };
}

async function readChecked(response: Response): Promise<CheckedResponse> {
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  const isJson = /^application\/(problem\+)?json\b/.test(contentType);
  return {
    response,
    status: response.status,
    headers: response.headers,
    body: isJson && text ? (JSON.parse(text) as unknown) : undefined,
    text,
  };
}

interface OperationObject {
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
}

/**
 * Validates responses against the document the server serves (not the TS object it was built
 * from), so what clients download is what is tested.
 */
export async function openApiValidator(baseUrl: string) {
  const document = (await (
    await fetch(new URL('v1/openapi.json', baseUrl))
  ).json()) as OpenApiDocument;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // The document's top-level keys are not JSON Schema; declaring them lets ajv resolve
  // `#/components/schemas/…` references inside it while staying strict everywhere else.
  for (const keyword of ['openapi', 'info', 'servers', 'paths', 'components', 'tags']) {
    ajv.addKeyword(keyword);
  }
  ajv.addSchema(document, 'openapi.json');
  const compiled = new Map<string, ValidateFunction>();

  const templates = Object.keys(document.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));

  const schemaFor = (template: string, method: string, status: number, mediaType: string) => {
    const pointer = [
      'paths',
      template,
      method,
      'responses',
      String(status),
      'content',
      mediaType,
      'schema',
    ]
      .map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1'))
      .join('/');
    const key = `openapi.json#/${pointer}`;
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.getSchema(key);
      if (!validate) return undefined;
      compiled.set(key, validate);
    }
    return validate;
  };

  return {
    document,
    ajv,
    schemaFor,
    /** Fails the test when a JSON response has no documented schema or does not match it. */
    check(pathname: string, method: string, checked: CheckedResponse) {
      if (checked.body === undefined) return;
      const mediaType = (checked.headers.get('content-type') ?? '').split(';')[0]!.trim();
      const match = templates.find(({ pattern }) => pattern.test(pathname));
      if (!match) {
        // Routes that tests add for themselves (`/v1/test-…`) are not the API: only their
        // errors are checked. Elsewhere outside the document, any JSON must be a problem.
        if (pathname.startsWith('/v1/test-') && checked.status < 400) return;
        assert.equal(mediaType, 'application/problem+json', `${pathname}: undocumented JSON`);
        const validate = schemaFor('/healthz', 'get', 500, mediaType);
        assert.ok(validate?.(checked.body), `${pathname}: not a valid problem document`);
        return;
      }
      // A method the path does not have (405) is described by the path's other operation.
      const operations = document.paths[match.template] ?? {};
      const documentedMethod = operations[method.toLowerCase()]
        ? method.toLowerCase()
        : (Object.keys(operations)[0] ?? 'get');
      const validate = schemaFor(match.template, documentedMethod, checked.status, mediaType);
      assert.ok(
        validate,
        `${method} ${match.template} ${checked.status} ${mediaType} is not in the OpenAPI document`,
      );
      const valid = validate(checked.body);
      assert.ok(
        valid,
        `${method} ${pathname} ${checked.status} does not match the OpenAPI document: ${ajv.errorsText(validate.errors)}`,
      );
    },
  };
}
