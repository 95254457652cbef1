/**
 * The Store contract on PostgreSQL (node-postgres 8), for several Tollgate nodes on several machines
 * sharing one state (`--postgres postgres://…`).
 *
 * - Writes: one transaction each, on one pooled connection. It starts by locking the config-version
 *   row (`SELECT … FOR UPDATE`), so writes are serialized across every node as SQLite's BEGIN IMMEDIATE
 *   serializes them across processes: a handler's check-then-insert cannot race another node's. In one
 *   process they also run one at a time, in the order they were started (a promise queue).
 * - Durability: a write is acknowledged after COMMIT, which PostgreSQL makes durable
 *   (synchronous_commit on, its default).
 * - Unique keys: an `INSERT … SELECT … WHERE NOT EXISTS` for the key and the alt, and a look-up before
 *   an alt moves, under the write lock, report a collision as UniqueViolation without aborting the
 *   transaction, as SQLite's failed statement does not abort its own (the indexes are digests, not
 *   unique: keys may be of any length; migration 2).
 * - Config version: read when the store opens and after each of this node's writes; other nodes'
 *   writes are heard at once (each write NOTIFYs, every node LISTENs on a connection of its own, which
 *   reconnects every second when it drops) and looked for every `pollMs` anyway (250 ms, like the
 *   SQLite store's cross-process look), in case a notification was missed. The data plane asks on every
 *   request and gets the last known value without a round trip. While the database cannot be reached
 *   the last known configuration keeps being served from the data plane's caches; anything that needs
 *   the database answers StoreUnavailable (503 on the control plane).
 */
import pg from 'pg';
import type { PageQuery, Row, Store, StoreReader, StoreWriter } from '../store.js';
import { SchemaTooNew, StoreUnavailable, UniqueViolation } from '../store.js';
import { PG_MIGRATIONS } from './migrations.js';

export interface PostgresOptions {
  /** `postgres://user:password@host:port/database`; `?options=-c search_path=schema` picks a schema. */
  url: string;
  /** How often other nodes' writes are looked for (the config version is read); default 250 ms. */
  pollMs?: number;
  /** Connections in the pool; default 10. */
  poolSize?: number;
  /** The connections' application_name (pg_stat_activity); default `tollgate`. */
  applicationName?: string;
}

/** The pool's read timeout (`query_timeout`): a server that stops answering must not hold a request forever. */
const READ_TIMEOUT_MS = 10_000;
type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;
interface RawRow {
  seq: string;
  scope: string;
  id: string;
  body: string;
}
const toRow = <T>(r: RawRow): Row<T> => ({ seq: Number(r.seq), scope: unkey(r.scope), id: unkey(r.id), body: JSON.parse(r.body) as T });

/**
 * Keys (scope, id, alt) as stored: PostgreSQL text cannot hold NUL, which a request's labels can
 * (`%00`), so `\0` stands for it and `\\` for a backslash. The mapping keeps prefixes (the
 * scope range `[scope/, scope0)` selects the same rows) and equality; bodies are JSON, where NUL is
 * escaped already.
 */
const key = (s: string): string => (s.includes('\0') || s.includes('\\') ? s.replace(/[\\\0]/g, (c) => (c === '\\' ? '\\\\' : '\\0')) : s);
const unkey = (s: string): string => (s.includes('\\') ? s.replace(/\\([\\0])/g, (_m, c: string) => (c === '0' ? '\0' : '\\')) : s);

const COLS = 'seq, scope, id, body';

/**
 * Key conditions in the shapes the indexes of migration 2 serve (src/store/postgres/migrations.ts):
 * keys of any length are found by their MD5, then compared as text; scopes by their first 256
 * characters, which keep byte order (a string at or between two bounds has its prefix at or between
 * theirs), for the range of the scopes below one.
 */
const equal = (col: string) => (p: string) => `md5(${col}) = md5(${p}) AND ${col} = ${p}`;
const SCOPE_IS = equal('scope');
const ID_IS = equal('id');
const ALT_IS = equal('alt');
const IN_SCOPE = (p: string): string => `left(scope, 256) = left(${p}, 256) AND scope = ${p}`;
const AT_OR_BELOW = (p: string, from: string, to: string): string =>
  `left(scope, 256) >= left(${p}, 256) AND left(scope, 256) <= left(${to}, 256) AND (scope = ${p} OR (scope >= ${from} AND scope < ${to}))`;
const T = 'tollgate_entities';
/** Rows fetched per round trip when a page filters with `where` (its limit cannot go to SQL). */
const PAGE_BATCH = 200;
/** Writes NOTIFY here with their schema as payload: one database may hold several Tollgate states. */
const CHANNEL = 'tollgate_config';
const RELISTEN_MS = 1_000;

export class PostgresStore implements Store {
  readonly #pool: pg.Pool;
  #queue: Promise<unknown> = Promise.resolve();
  #version: number;
  /** When #version was last read from the database or set by a commit. */
  #versionAt = Date.now();
  /** Bumped by every commit of this node: a version read started before it is stale. */
  #commits = 0;
  #polling: Promise<number> | undefined;
  readonly #pollMs: number;
  readonly #timer: NodeJS.Timeout;
  #closed = false;
  readonly #schema: string;
  readonly #listenerConfig: pg.ClientConfig;
  #listener: pg.Client | undefined;
  /** A notification came while a read was in flight (it may have started before that commit): read again. */
  #again = false;
  /** Reads outside a write, on the pool (built once: a write builds its own on its connection). */
  readonly #read: StoreReader;

  private constructor(pool: pg.Pool, version: number, schema: string, opts: PostgresOptions) {
    this.#pool = pool;
    this.#read = this.#reader(pool);
    this.#version = version;
    this.#schema = schema;
    this.#pollMs = opts.pollMs ?? 250;
    this.#listenerConfig = {
      connectionString: opts.url,
      keepAlive: true,
      application_name: `${opts.applicationName ?? 'tollgate'}-listen`,
    };
    this.#timer = setInterval(() => {
      this.#readVersion().catch(() => undefined);
    }, this.#pollMs);
    this.#timer.unref();
    this.#listen();
  }

  /** LISTENs on a connection of its own; when it fails or drops, again after RELISTEN_MS (the poll covers the gap). */
  #listen(): void {
    if (this.#closed) return;
    const client = new pg.Client(this.#listenerConfig);
    this.#listener = client;
    const retry = (): void => {
      if (this.#listener !== client) return;
      this.#listener = undefined;
      client.end().catch(() => undefined);
      if (!this.#closed) setTimeout(() => this.#listen(), RELISTEN_MS).unref();
    };
    client.on('error', retry);
    client.on('end', retry);
    client.on('notification', (n) => {
      if (n.payload === this.#schema) this.#heard();
    });
    client
      .connect()
      .then(() => client.query(`LISTEN ${CHANNEL}`))
      .then(() => this.#heard(), retry); // not listening while this connection was down or opening: look now
  }

  #heard(): void {
    if (this.#polling) {
      this.#again = true;
      return;
    }
    this.#readVersion().catch(() => undefined);
  }

  /** Connects, applies the pending migrations and reads the config version; StoreUnavailable if the server cannot be reached. */
  static async open(opts: PostgresOptions): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
      query_timeout: READ_TIMEOUT_MS,
      idleTimeoutMillis: 10_000,
      keepAlive: true,
      // Idle pooled connections do not keep the process alive by themselves (the listeners do).
      allowExitOnIdle: true,
      application_name: opts.applicationName ?? 'tollgate',
    });
    // An idle connection that drops (server restart) is discarded by the pool, which emits it here;
    // unhandled it would take the process down. The next query opens a new one.
    pool.on('error', () => undefined);
    try {
      const schema = await migrate(pool);
      const version = await selectVersion(pool);
      return new PostgresStore(pool, version, schema, opts);
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw storeError(e);
    }
  }

  #reader(db: Queryable): StoreReader {
    const rows = async (text: string, values: unknown[]): Promise<RawRow[]> => {
      try {
        return (await query<RawRow>(db, text, values)).rows;
      } catch (e) {
        // A pooled connection the server had just dropped (a restart, a terminated backend) fails
        // before the pool hears of it; a read is safe to run once more, on another connection.
        if (db !== this.#pool || !(e instanceof StoreUnavailable)) throw e;
        return (await query<RawRow>(db, text, values)).rows;
      }
    };
    return {
      get: async <B>(kind: string, scope: string, id: string) => {
        const r = await rows(`SELECT body FROM ${T} WHERE kind = $1 AND ${SCOPE_IS('$2')} AND ${ID_IS('$3')}`, [kind, key(scope), key(id)]);
        return r.length ? (JSON.parse(r[0].body) as B) : undefined;
      },
      findById: async <B>(kind: string, id: string) => {
        const r = await rows(`SELECT ${COLS} FROM ${T} WHERE kind = $1 AND ${ID_IS('$2')} ORDER BY seq LIMIT 1`, [kind, key(id)]);
        return r.length ? toRow<B>(r[0]) : undefined;
      },
      findByAlt: async <B>(kind: string, alt: string) => {
        const r = await rows(`SELECT ${COLS} FROM ${T} WHERE kind = $1 AND ${ALT_IS('$2')}`, [kind, key(alt)]);
        return r.length ? toRow<B>(r[0]) : undefined;
      },
      page: async <B>(kind: string, scope: string, q: PageQuery<B>) => {
        const out: Row<B>[] = [];
        if (q.limit <= 0) return out;
        const sql = q.desc
          ? `SELECT ${COLS} FROM ${T} WHERE kind = $1 AND ${IN_SCOPE('$2')} AND seq < $3 ORDER BY seq DESC LIMIT $4`
          : `SELECT ${COLS} FROM ${T} WHERE kind = $1 AND ${IN_SCOPE('$2')} AND seq > $3 ORDER BY seq LIMIT $4`;
        let after = q.after ?? (q.desc ? Number.MAX_SAFE_INTEGER : 0);
        const batch = q.where ? Math.max(q.limit, PAGE_BATCH) : q.limit;
        for (;;) {
          const got = await rows(sql, [kind, key(scope), after, batch]);
          for (const raw of got) {
            const row = toRow<B>(raw);
            after = row.seq;
            if (q.where && !q.where(row.body)) continue;
            out.push(row);
            if (out.length >= q.limit) return out;
          }
          if (got.length < batch) return out;
        }
      },
      list: async <B>(kind: string, scope: string) => {
        const r = await rows(`SELECT ${COLS} FROM ${T} WHERE kind = $1 AND ${IN_SCOPE('$2')} ORDER BY seq`, [kind, key(scope)]);
        return r.map((x) => toRow<B>(x));
      },
      all: async <B>(kind: string, scopePrefix: string) => {
        const r = await rows(`SELECT ${COLS} FROM ${T} WHERE kind = $1 AND ${AT_OR_BELOW('$2', '$3', '$4')} ORDER BY seq`, [
          kind,
          key(scopePrefix),
          ...below(key(scopePrefix)),
        ]);
        return r.map((x) => toRow<B>(x));
      },
      configVersion: () => this.configVersion(),
    };
  }

  get<B>(kind: string, scope: string, id: string): Promise<B | undefined> {
    return this.#read.get<B>(kind, scope, id);
  }
  findById<B>(kind: string, id: string): Promise<Row<B> | undefined> {
    return this.#read.findById<B>(kind, id);
  }
  findByAlt<B>(kind: string, alt: string): Promise<Row<B> | undefined> {
    return this.#read.findByAlt<B>(kind, alt);
  }
  page<B>(kind: string, scope: string, q: PageQuery<B>): Promise<Row<B>[]> {
    return this.#read.page<B>(kind, scope, q);
  }
  list<B>(kind: string, scope: string): Promise<Row<B>[]> {
    return this.#read.list<B>(kind, scope);
  }
  all<B>(kind: string, scopePrefix: string): Promise<Row<B>[]> {
    return this.#read.all<B>(kind, scopePrefix);
  }

  /**
   * The config version: the last known one while it is at most one poll old, else read now. When the
   * database cannot be reached the last known one is answered, so that the data plane keeps serving
   * what it has cached.
   */
  async configVersion(): Promise<number> {
    if (Date.now() - this.#versionAt < this.#pollMs) return this.#version;
    try {
      return await this.#readVersion();
    } catch {
      return this.#version;
    }
  }

  /** The last known version, kept current by the poll: the data plane's synchronous path. */
  peekConfigVersion(): number {
    return this.#version;
  }

  /** Another worker of this machine committed `version` (src/cluster/): taken at once, as a NOTIFY would be heard; a read in flight is older. */
  sawConfigVersion(version: number): void {
    if (version <= this.#version) return;
    this.#version = version;
    this.#versionAt = Date.now();
    this.#commits++;
  }

  /** One read at a time; its answer is dropped if a commit of this node landed meanwhile (the commit's is newer). */
  #readVersion(): Promise<number> {
    if (this.#polling) return this.#polling;
    const commits = this.#commits;
    const p = selectVersion(this.#pool)
      .then(
        (v) => {
          if (commits === this.#commits) {
            this.#version = v;
            this.#versionAt = Date.now();
          }
          return this.#version;
        },
        (e: unknown) => {
          throw storeError(e);
        },
      )
      .finally(() => {
        this.#polling = undefined;
        if (this.#again) {
          this.#again = false;
          this.#readVersion().catch(() => undefined);
        }
      });
    this.#polling = p;
    return p;
  }

  write<R>(fn: (tx: StoreWriter) => Promise<R>): Promise<R> {
    if (this.#closed) return Promise.reject(new StoreUnavailable('the store is closed'));
    const run = this.#queue.then(() => this.#runWrite(fn));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * A pooled connection with a transaction begun, `onError` listening on it. A connection the server
   * had just dropped fails at BEGIN, before anything ran: then once more, on another connection.
   */
  async #begin(onError: (e: Error) => void): Promise<pg.PoolClient> {
    for (let attempt = 1; ; attempt++) {
      let client: pg.PoolClient;
      try {
        client = await this.#pool.connect();
      } catch (e) {
        throw storeError(e);
      }
      client.on('error', onError);
      try {
        await query(client, 'BEGIN');
        return client;
      } catch (e) {
        client.off('error', onError);
        client.release(e as Error);
        if (attempt >= 2 || !(e instanceof StoreUnavailable)) throw e;
      }
    }
  }

  /** A write transaction's store on its connection: reads, and writes that report a key or alt collision as UniqueViolation. */
  #writer(client: pg.PoolClient, locked: number): StoreWriter {
    return {
      ...this.#reader(client),
      configVersion: async () => locked,
      insert: async (kind, scope, id, body, alt) => {
        const r = await query(
          client,
          `INSERT INTO ${T} (kind, scope, id, alt, body) SELECT $1::text, $2::text, $3::text, $4::text, $5::text WHERE NOT EXISTS (SELECT 1 FROM ${T} WHERE kind = $1 AND ${SCOPE_IS('$2')} AND ${ID_IS('$3')}) AND ($4::text IS NULL OR NOT EXISTS (SELECT 1 FROM ${T} WHERE kind = $1 AND ${ALT_IS('$4')}))`,
          [kind, key(scope), key(id), alt === undefined ? null : key(alt), JSON.stringify(body)],
        );
        if (r.rowCount === 0) throw new UniqueViolation(`${kind} ${scope}/${id}`);
      },
      update: async (kind, scope, id, body, alt) => {
        if (alt !== undefined) {
          // Another entity holding this alt: a collision, reported before the statement runs (race-free under the write lock).
          const taken = await query(client, `SELECT 1 FROM ${T} WHERE kind = $1 AND ${ALT_IS('$2')} AND NOT (scope = $3 AND id = $4)`, [
            kind,
            key(alt),
            key(scope),
            key(id),
          ]);
          if (taken.rowCount) throw new UniqueViolation(`${kind} ${scope}/${id} alt`);
        }
        await query(client, `UPDATE ${T} SET body = $1, alt = COALESCE($2, alt) WHERE kind = $3 AND ${SCOPE_IS('$4')} AND ${ID_IS('$5')}`, [
          JSON.stringify(body),
          alt === undefined ? null : key(alt),
          kind,
          key(scope),
          key(id),
        ]);
      },
      delete: async (kind, scope, id) =>
        ((await query(client, `DELETE FROM ${T} WHERE kind = $1 AND ${SCOPE_IS('$2')} AND ${ID_IS('$3')}`, [kind, key(scope), key(id)])).rowCount ?? 0) > 0,
      deleteTree: async (scope) => {
        await query(client, `DELETE FROM ${T} WHERE scope = $1 OR (scope >= $2 AND scope < $3)`, [key(scope), ...below(key(scope))]);
      },
    };
  }

  /** Bumps the config version, commits, and takes the new version as this node's. */
  async #commit(client: pg.PoolClient): Promise<void> {
    // The bump, and the notification the other nodes hear when this commits (NOTIFY is transactional).
    const version = Number(
      (
        await query<{ value: string }>(
          client,
          "WITH v AS (UPDATE tollgate_meta SET value = value + 1 WHERE key = 'config_version' RETURNING value) SELECT value, pg_notify($1, $2) FROM v",
          [CHANNEL, this.#schema],
        )
      ).rows[0].value,
    );
    await query(client, 'COMMIT');
    this.#commits++;
    this.#version = version;
    this.#versionAt = Date.now();
  }

  async #runWrite<R>(fn: (tx: StoreWriter) => Promise<R>): Promise<R> {
    let broken: Error | undefined;
    // A checked-out connection that the server drops between statements emits 'error' on the client;
    // unhandled, that would take the process down. The next statement then fails, and this one goes.
    const dropped = (e: Error): void => {
      broken = e;
    };
    const client = await this.#begin(dropped);
    try {
      // The write lock, for every node: the config-version row, held until COMMIT or ROLLBACK.
      const locked = Number((await query<{ value: string }>(client, "SELECT value FROM tollgate_meta WHERE key = 'config_version' FOR UPDATE")).rows[0].value);
      const tx = this.#writer(client, locked);
      let result: R;
      try {
        result = await fn(tx);
      } catch (e) {
        await query(client, 'ROLLBACK').catch((re: unknown) => {
          broken = re as Error;
        });
        throw e;
      }
      await this.#commit(client);
      return result;
    } catch (e) {
      const err = storeError(e);
      if (err instanceof StoreUnavailable) broken = err;
      else if (!broken)
        await query(client, 'ROLLBACK').catch((re: unknown) => {
          broken = re as Error;
        });
      throw err;
    } finally {
      client.off('error', dropped);
      client.release(broken); // a connection that failed is destroyed, not handed out again
    }
  }

  /** `SELECT 1` on a pooled connection: no retry, so that a probe sees an outage as it is. */
  async ping(): Promise<void> {
    if (this.#closed) throw new StoreUnavailable('the store is closed');
    await query(this.#pool, 'SELECT 1');
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#timer);
    const listener = this.#listener;
    this.#listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.#queue;
    await this.#polling?.catch(() => undefined);
    await this.#pool.end();
  }
}

/**
 * Statements with parameters run as named prepared statements: each connection parses and plans one
 * once, then only binds. The names are fixed per text (the texts are this file's constants).
 */
const statementNames = new Map<string, string>();
const statementName = (text: string): string => {
  let name = statementNames.get(text);
  if (!name) {
    name = `tollgate_${statementNames.size}`;
    statementNames.set(text, name);
  }
  return name;
};

/**
 * A statement's read timeout grows with the bytes it sends: storing a 50 MB zip (a ~70 MB body, which
 * PostgreSQL compresses and TOASTs in one go) took over 10 s on a loaded 2-core machine, and a timeout there
 * answered 503 to a CreateFunction the server was still storing (code-size.test, issue 18). One second more
 * per MiB; pg takes `query_timeout` per query (node-postgres lib/client.js, `config.query_timeout ||`).
 */
function readTimeout(values: unknown[]): number {
  let bytes = 0;
  for (const v of values) if (typeof v === 'string' || Buffer.isBuffer(v)) bytes += v.length;
  return READ_TIMEOUT_MS + Math.floor(bytes / (1024 * 1024)) * 1000;
}

/** Runs one statement, turning connection failures into StoreUnavailable. */
async function query<R extends pg.QueryResultRow = pg.QueryResultRow>(db: Queryable, text: string, values?: unknown[]): Promise<pg.QueryResult<R>> {
  try {
    if (!values) return await db.query<R>(text);
    const statement: pg.QueryConfig & { query_timeout: number } = { name: statementName(text), text, values, query_timeout: readTimeout(values) };
    return await db.query<R>(statement);
  } catch (e) {
    throw storeError(e);
  }
}

async function selectVersion(db: Queryable): Promise<number> {
  return Number((await db.query<{ value: string }>("SELECT value FROM tollgate_meta WHERE key = 'config_version'")).rows[0].value);
}

/** Applies the pending migrations, each in its own transaction, under an advisory lock per schema; the schema. */
async function migrate(pool: pg.Pool): Promise<string> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const dropped = (e: Error): void => {
    broken = e;
  }; // as in #runWrite
  client.on('error', dropped);
  const locked = async <R>(fn: () => Promise<R>): Promise<R> => {
    await client.query('BEGIN');
    try {
      await client.query("SELECT pg_advisory_xact_lock(hashtext('tollgate-migrations:' || current_schema()))");
      const r = await fn();
      await client.query('COMMIT');
      return r;
    } catch (e) {
      await client.query('ROLLBACK').catch((re: unknown) => {
        broken = re as Error;
      });
      throw e;
    }
  };
  try {
    const schema = (await client.query<{ s: string | null }>('SELECT current_schema() AS s')).rows[0].s;
    if (!schema) throw new Error('PostgreSQL has no current schema: the search_path names no existing schema');
    await locked(() =>
      client.query(
        'CREATE TABLE IF NOT EXISTS tollgate_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
      ),
    );
    const latest = Math.max(...PG_MIGRATIONS.map((m) => m.version));
    const applied = Number((await client.query<{ v: number | null }>('SELECT max(version) AS v FROM tollgate_migrations')).rows[0].v ?? 0);
    if (applied > latest)
      throw new SchemaTooNew(`the database schema ${schema} has schema version ${applied}, this Tollgate knows up to ${latest}: upgrade Tollgate to open it`);
    for (const m of PG_MIGRATIONS) {
      await locked(async () => {
        // Read under the lock: another node may have applied it while this one waited.
        const done = await client.query('SELECT 1 FROM tollgate_migrations WHERE version = $1', [m.version]);
        if (done.rowCount) return;
        await client.query(m.sql);
        await client.query('INSERT INTO tollgate_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      });
    }
    return schema;
  } finally {
    client.off('error', dropped);
    client.release(broken);
  }
}

/** The bounds of the scopes strictly below `scope`: [`scope/`, `scope0`) in byte order ("C" collation). */
function below(scope: string): [string, string] {
  return [`${scope}/`, `${scope}0`];
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', '57014']);

/**
 * Connection failures become StoreUnavailable: refused, reset, DNS, timeouts, SQLSTATE class 08
 * (connection exception), 53 (insufficient resources, e.g. too many connections), 57P (server shutting
 * down or starting). Anything else is a bug or a constraint and stays as it is.
 */
function storeError(e: unknown): unknown {
  if (e instanceof StoreUnavailable || e instanceof UniqueViolation) return e;
  const code = String((e as { code?: unknown }).code ?? '');
  const message = (e as { message?: unknown }).message;
  const text = typeof message === 'string' ? message : String(e);
  if (
    UNREACHABLE_CODES.has(code) ||
    /^(08|53|57P)/.test(code) ||
    /Connection terminated|timeout exceeded when trying to connect|Query read timeout|connection error|Connection closed|not queryable/i.test(text)
  ) {
    return new StoreUnavailable(`PostgreSQL is unavailable: ${text}`, { cause: e });
  }
  return e;
}
