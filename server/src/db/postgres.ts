// PostgreSQL, the second engine (`DATABASE_URL=postgres://…`): several server processes, on one
// machine or several, share one database. The same migrations, queries and row locks as on
// SQLite (decision 11); what differs lives here: the pool, the collation check, and the data
// version that lets each process reuse its public answers until someone changes the data.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

/** The channel the change triggers of migration 0011 notify on. */
export const CHANGE_CHANNEL = 'hearth_changes';

/** Connections per process; each request holds one at most, for the length of a transaction. */
const POOL_SIZE = 10;
/** A statement running longer is cancelled (a stuck request must not hold a group's row lock). */
const STATEMENT_TIMEOUT_MS = 15_000;
/** A transaction left idle this long is ended by the server, releasing its locks. */
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 30_000;
const CONNECT_TIMEOUT_MS = 10_000;
/** How often the listening connection proves it is alive; past twice this it counts as lost. */
const HEARTBEAT_MS = 500;
const RECONNECT_FIRST_MS = 100;
const RECONNECT_MAX_MS = 5_000;

/** Statement tags that change nothing: every other completed statement may have changed data. */
const READ_ONLY_COMMANDS = new Set(['SELECT', 'BEGIN', 'ROLLBACK', 'SET', 'SHOW', 'LISTEN']);

const INT8_OID = 20;

export interface OpenedPostgres {
  db: Kysely<Database>;
  /** Changes after every change committed by this process or (notified) by any other. */
  dataVersion(): string;
  /** Starts listening for other processes' changes (after the migrations made the triggers). */
  listen(): Promise<void>;
  close(): Promise<void>;
}

export async function openPostgres(databaseUrl: string): Promise<OpenedPostgres> {
  const connection: pg.ClientConfig = {
    connectionString: databaseUrl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
    application_name: 'hearth',
    // bigint (counts, epoch milliseconds) as numbers, as SQLite gives them: every such value
    // of Hearth is far below 2^53.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID && format !== 'binary'
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  };
  const version = new ChangeVersion();
  const pool = new pg.Pool({ ...connection, max: POOL_SIZE });
  // An idle client's connection dropping (a server restart) must not crash the process.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => countOwnChanges(client, version));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await checkCollation(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const listener = new ChangeListener(connection, version);
  return {
    db,
    dataVersion: () => version.current(),
    listen: () => listener.start(),
    async close() {
      await listener.stop();
      await db.destroy();
    },
  };
}

/**
 * Text is compared and sorted byte-wise on SQLite; PostgreSQL uses the database's collation.
 * Only `C` gives the same orders (group and story lists, keyset pages, ids as tie-breakers),
 * so another collation is refused rather than silently changing what people see.
 */
async function checkCollation(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{
    datname: string;
    datcollate: string;
  }>`select datname, datcollate from pg_database where datname = current_database()`.execute(db);
  const row = rows[0];
  if (row && row.datcollate !== 'C' && row.datcollate !== 'POSIX') {
    throw new Error(
      `The PostgreSQL database "${row.datname}" uses the collation "${row.datcollate}"; Hearth ` +
        "needs 'C' so text sorts as on SQLite. Create it with: create database " +
        `${row.datname} template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`,
    );
  }
}

/**
 * The version of the data this process may have seen: an epoch (one per connection of the
 * listener) and a counter, bumped by every change notice and every change this process commits.
 * While nobody listens, every call answers a new value, so no kept answer is reused.
 */
class ChangeVersion {
  #epoch = 0;
  #counter = 0;
  #listening = false;
  #deaf = 0;

  current(): string {
    return this.#listening ? `${this.#epoch}.${this.#counter}` : `deaf.${++this.#deaf}`;
  }

  bump(): void {
    this.#counter++;
  }

  listening(on: boolean): void {
    if (on) this.#epoch++;
    this.#listening = on;
  }
}

/**
 * Bumps the version after each statement of this process that may have changed data: outside a
 * transaction it has committed when it completes; inside one, its COMMIT bumps again, so a read
 * right after this process's own write never waits for the notice to come back.
 */
function countOwnChanges(client: pg.PoolClient, version: ChangeVersion): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const result = query(...args);
    if (result instanceof Promise) {
      result.then(
        (done: pg.QueryResult | pg.QueryResult[]) => {
          const results = Array.isArray(done) ? done : [done];
          if (results.some((each) => !READ_ONLY_COMMANDS.has(each.command))) version.bump();
        },
        () => version.bump(),
      );
    }
    return result;
  }) as typeof client.query;
}

/**
 * One connection per process, LISTENing on the change channel. When it is lost (or stops
 * answering its heartbeat) the version goes deaf until it is back, and it reconnects with backoff.
 */
class ChangeListener {
  #client: pg.Client | undefined;
  #heartbeat: NodeJS.Timeout | undefined;
  #retry: NodeJS.Timeout | undefined;
  #delay = RECONNECT_FIRST_MS;
  #stopped = false;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly version: ChangeVersion,
  ) {}

  /** Resolves once listening, or once the first try failed (then it keeps trying, deaf). */
  async start(): Promise<void> {
    await this.#connect().catch(() => this.#retryAfterFailedConnect());
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#retry);
    clearInterval(this.#heartbeat);
    const client = this.#client;
    this.#client = undefined;
    this.version.listening(false);
    await client?.end().catch(() => undefined);
  }

  async #connect(): Promise<void> {
    const client = new pg.Client({ ...this.config, statement_timeout: HEARTBEAT_MS * 2 });
    client.on('notification', () => this.version.bump());
    client.on('error', () => this.#lost(client));
    client.on('end', () => this.#lost(client));
    this.#client = client;
    await client.connect();
    await client.query(`listen ${CHANGE_CHANNEL}`);
    if (this.#stopped || this.#client !== client) return;
    this.#delay = RECONNECT_FIRST_MS;
    this.version.listening(true);
    let waiting = false;
    this.#heartbeat = setInterval(() => {
      if (waiting) return this.#lost(client);
      waiting = true;
      client.query('select 1').then(
        () => void (waiting = false),
        () => this.#lost(client),
      );
    }, HEARTBEAT_MS);
    this.#heartbeat.unref();
  }

  #retryAfterFailedConnect(): void {
    // An `error` event may already have handled the failure (then #client is unset).
    if (this.#client) this.#lost(this.#client);
  }

  #lost(client: pg.Client): void {
    if (this.#client !== client) return;
    this.#client = undefined;
    this.version.listening(false);
    clearInterval(this.#heartbeat);
    void client.end().catch(() => undefined);
    if (this.#stopped) return;
    this.#retry = setTimeout(() => {
      this.#connect().catch(() => this.#retryAfterFailedConnect());
    }, this.#delay);
    this.#retry.unref();
    this.#delay = Math.min(this.#delay * 2, RECONNECT_MAX_MS);
  }
}
