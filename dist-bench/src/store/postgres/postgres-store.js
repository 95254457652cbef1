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
 * - Unique keys: `INSERT … ON CONFLICT DO NOTHING` and a look-up before an alt moves (under the write
 *   lock) report a collision as UniqueViolation without aborting the transaction, as SQLite's failed
 *   statement does not abort its own.
 * - Config version: read when the store opens and after each of this node's writes; other nodes'
 *   writes are heard at once (each write NOTIFYs, every node LISTENs on a connection of its own, which
 *   reconnects every second when it drops) and looked for every `pollMs` anyway (250 ms, like the
 *   SQLite store's cross-process look), in case a notification was missed. The data plane asks on every
 *   request and gets the last known value without a round trip. While the database cannot be reached
 *   the last known configuration keeps being served from the data plane's caches; anything that needs
 *   the database answers StoreUnavailable (503 on the control plane).
 */
import pg from 'pg';
import { SchemaTooNew, StoreUnavailable, UniqueViolation } from '../store.js';
import { PG_MIGRATIONS } from './migrations.js';
const toRow = (r) => ({ seq: Number(r.seq), scope: unkey(r.scope), id: unkey(r.id), body: JSON.parse(r.body) });
/**
 * Keys (scope, id, alt) as stored: PostgreSQL text cannot hold NUL, which a request's labels can
 * (`%00`), so `\0` stands for it and `\\` for a backslash. The mapping keeps prefixes (the
 * scope range `[scope/, scope0)` selects the same rows) and equality; bodies are JSON, where NUL is
 * escaped already.
 */
const key = (s) => (s.includes('\0') || s.includes('\\') ? s.replace(/[\\\0]/g, (c) => (c === '\\' ? '\\\\' : '\\0')) : s);
const unkey = (s) => (s.includes('\\') ? s.replace(/\\([\\0])/g, (_m, c) => (c === '0' ? '\0' : '\\')) : s);
const COLS = 'seq, scope, id, body';
const T = 'tollgate_entities';
/** Rows fetched per round trip when a page filters with `where` (its limit cannot go to SQL). */
const PAGE_BATCH = 200;
/** Writes NOTIFY here with their schema as payload: one database may hold several Tollgate states. */
const CHANNEL = 'tollgate_config';
const RELISTEN_MS = 1_000;
export class PostgresStore {
    #pool;
    #queue = Promise.resolve();
    #version;
    /** When #version was last read from the database or set by a commit. */
    #versionAt = Date.now();
    /** Bumped by every commit of this node: a version read started before it is stale. */
    #commits = 0;
    #polling;
    #pollMs;
    #timer;
    #closed = false;
    #schema;
    #listenerConfig;
    #listener;
    /** A notification came while a read was in flight (it may have started before that commit): read again. */
    #again = false;
    /** Reads outside a write, on the pool (built once: a write builds its own on its connection). */
    #read;
    constructor(pool, version, schema, opts) {
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
    #listen() {
        if (this.#closed)
            return;
        const client = new pg.Client(this.#listenerConfig);
        this.#listener = client;
        const retry = () => {
            if (this.#listener !== client)
                return;
            this.#listener = undefined;
            client.end().catch(() => undefined);
            if (!this.#closed)
                setTimeout(() => this.#listen(), RELISTEN_MS).unref();
        };
        client.on('error', retry);
        client.on('end', retry);
        client.on('notification', (n) => {
            if (n.payload === this.#schema)
                this.#heard();
        });
        client
            .connect()
            .then(() => client.query(`LISTEN ${CHANNEL}`))
            .then(() => this.#heard(), retry); // not listening while this connection was down or opening: look now
    }
    #heard() {
        if (this.#polling) {
            this.#again = true;
            return;
        }
        this.#readVersion().catch(() => undefined);
    }
    /** Connects, applies the pending migrations and reads the config version; StoreUnavailable if the server cannot be reached. */
    static async open(opts) {
        const pool = new pg.Pool({
            connectionString: opts.url,
            max: opts.poolSize ?? 10,
            connectionTimeoutMillis: 5_000,
            // A server that stops answering must not hold a request forever.
            query_timeout: 10_000,
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
        }
        catch (e) {
            await pool.end().catch(() => undefined);
            throw storeError(e);
        }
    }
    #reader(db) {
        const rows = async (text, values) => {
            try {
                return (await query(db, text, values)).rows;
            }
            catch (e) {
                // A pooled connection the server had just dropped (a restart, a terminated backend) fails
                // before the pool hears of it; a read is safe to run once more, on another connection.
                if (db !== this.#pool || !(e instanceof StoreUnavailable))
                    throw e;
                return (await query(db, text, values)).rows;
            }
        };
        return {
            get: async (kind, scope, id) => {
                const r = await rows(`SELECT body FROM ${T} WHERE kind = $1 AND scope = $2 AND id = $3`, [kind, key(scope), key(id)]);
                return r.length ? JSON.parse(r[0].body) : undefined;
            },
            findById: async (kind, id) => {
                const r = await rows(`SELECT ${COLS} FROM ${T} WHERE kind = $1 AND id = $2 ORDER BY seq LIMIT 1`, [kind, key(id)]);
                return r.length ? toRow(r[0]) : undefined;
            },
            findByAlt: async (kind, alt) => {
                const r = await rows(`SELECT ${COLS} FROM ${T} WHERE kind = $1 AND alt = $2`, [kind, key(alt)]);
                return r.length ? toRow(r[0]) : undefined;
            },
            page: async (kind, scope, q) => {
                const out = [];
                if (q.limit <= 0)
                    return out;
                const sql = q.desc
                    ? `SELECT ${COLS} FROM ${T} WHERE kind = $1 AND scope = $2 AND seq < $3 ORDER BY seq DESC LIMIT $4`
                    : `SELECT ${COLS} FROM ${T} WHERE kind = $1 AND scope = $2 AND seq > $3 ORDER BY seq LIMIT $4`;
                let after = q.after ?? (q.desc ? Number.MAX_SAFE_INTEGER : 0);
                const batch = q.where ? Math.max(q.limit, PAGE_BATCH) : q.limit;
                for (;;) {
                    const got = await rows(sql, [kind, key(scope), after, batch]);
                    for (const raw of got) {
                        const row = toRow(raw);
                        after = row.seq;
                        if (q.where && !q.where(row.body))
                            continue;
                        out.push(row);
                        if (out.length >= q.limit)
                            return out;
                    }
                    if (got.length < batch)
                        return out;
                }
            },
            list: async (kind, scope) => {
                const r = await rows(`SELECT ${COLS} FROM ${T} WHERE kind = $1 AND scope = $2 ORDER BY seq`, [kind, key(scope)]);
                return r.map((x) => toRow(x));
            },
            all: async (kind, scopePrefix) => {
                const r = await rows(`SELECT ${COLS} FROM ${T} WHERE kind = $1 AND (scope = $2 OR (scope >= $3 AND scope < $4)) ORDER BY seq`, [
                    kind,
                    key(scopePrefix),
                    ...below(key(scopePrefix)),
                ]);
                return r.map((x) => toRow(x));
            },
            configVersion: () => this.configVersion(),
        };
    }
    get(kind, scope, id) {
        return this.#read.get(kind, scope, id);
    }
    findById(kind, id) {
        return this.#read.findById(kind, id);
    }
    findByAlt(kind, alt) {
        return this.#read.findByAlt(kind, alt);
    }
    page(kind, scope, q) {
        return this.#read.page(kind, scope, q);
    }
    list(kind, scope) {
        return this.#read.list(kind, scope);
    }
    all(kind, scopePrefix) {
        return this.#read.all(kind, scopePrefix);
    }
    /**
     * The config version: the last known one while it is at most one poll old, else read now. When the
     * database cannot be reached the last known one is answered, so that the data plane keeps serving
     * what it has cached.
     */
    async configVersion() {
        if (Date.now() - this.#versionAt < this.#pollMs)
            return this.#version;
        try {
            return await this.#readVersion();
        }
        catch {
            return this.#version;
        }
    }
    /** The last known version, kept current by the poll: the data plane's synchronous path. */
    peekConfigVersion() {
        return this.#version;
    }
    /** One read at a time; its answer is dropped if a commit of this node landed meanwhile (the commit's is newer). */
    #readVersion() {
        if (this.#polling)
            return this.#polling;
        const commits = this.#commits;
        const p = selectVersion(this.#pool)
            .then((v) => {
            if (commits === this.#commits) {
                this.#version = v;
                this.#versionAt = Date.now();
            }
            return this.#version;
        }, (e) => {
            throw storeError(e);
        })
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
    write(fn) {
        if (this.#closed)
            return Promise.reject(new StoreUnavailable('the store is closed'));
        const run = this.#queue.then(() => this.#runWrite(fn));
        this.#queue = run.catch(() => undefined);
        return run;
    }
    /**
     * A pooled connection with a transaction begun, `onError` listening on it. A connection the server
     * had just dropped fails at BEGIN, before anything ran: then once more, on another connection.
     */
    async #begin(onError) {
        for (let attempt = 1;; attempt++) {
            let client;
            try {
                client = await this.#pool.connect();
            }
            catch (e) {
                throw storeError(e);
            }
            client.on('error', onError);
            try {
                await query(client, 'BEGIN');
                return client;
            }
            catch (e) {
                client.off('error', onError);
                client.release(e);
                if (attempt >= 2 || !(e instanceof StoreUnavailable))
                    throw e;
            }
        }
    }
    /** A write transaction's store on its connection: reads, and writes that report a key or alt collision as UniqueViolation. */
    #writer(client, locked) {
        return {
            ...this.#reader(client),
            configVersion: async () => locked,
            insert: async (kind, scope, id, body, alt) => {
                const r = await query(client, `INSERT INTO ${T} (kind, scope, id, alt, body) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`, [
                    kind,
                    key(scope),
                    key(id),
                    alt === undefined ? null : key(alt),
                    JSON.stringify(body),
                ]);
                if (r.rowCount === 0)
                    throw new UniqueViolation(`${kind} ${scope}/${id}`);
            },
            update: async (kind, scope, id, body, alt) => {
                if (alt !== undefined) {
                    // Another entity holding this alt: a collision, reported before the statement runs (race-free under the write lock).
                    const taken = await query(client, `SELECT 1 FROM ${T} WHERE kind = $1 AND alt = $2 AND NOT (scope = $3 AND id = $4)`, [
                        kind,
                        key(alt),
                        key(scope),
                        key(id),
                    ]);
                    if (taken.rowCount)
                        throw new UniqueViolation(`${kind} ${scope}/${id} alt`);
                }
                await query(client, `UPDATE ${T} SET body = $1, alt = COALESCE($2, alt) WHERE kind = $3 AND scope = $4 AND id = $5`, [
                    JSON.stringify(body),
                    alt === undefined ? null : key(alt),
                    kind,
                    key(scope),
                    key(id),
                ]);
            },
            delete: async (kind, scope, id) => ((await query(client, `DELETE FROM ${T} WHERE kind = $1 AND scope = $2 AND id = $3`, [kind, key(scope), key(id)])).rowCount ?? 0) > 0,
            deleteTree: async (scope) => {
                await query(client, `DELETE FROM ${T} WHERE scope = $1 OR (scope >= $2 AND scope < $3)`, [key(scope), ...below(key(scope))]);
            },
        };
    }
    /** Bumps the config version, commits, and takes the new version as this node's. */
    async #commit(client) {
        // The bump, and the notification the other nodes hear when this commits (NOTIFY is transactional).
        const version = Number((await query(client, "WITH v AS (UPDATE tollgate_meta SET value = value + 1 WHERE key = 'config_version' RETURNING value) SELECT value, pg_notify($1, $2) FROM v", [CHANNEL, this.#schema])).rows[0].value);
        await query(client, 'COMMIT');
        this.#commits++;
        this.#version = version;
        this.#versionAt = Date.now();
    }
    async #runWrite(fn) {
        let broken;
        // A checked-out connection that the server drops between statements emits 'error' on the client;
        // unhandled, that would take the process down. The next statement then fails, and this one goes.
        const dropped = (e) => {
            broken = e;
        };
        const client = await this.#begin(dropped);
        try {
            // The write lock, for every node: the config-version row, held until COMMIT or ROLLBACK.
            const locked = Number((await query(client, "SELECT value FROM tollgate_meta WHERE key = 'config_version' FOR UPDATE")).rows[0].value);
            const tx = this.#writer(client, locked);
            let result;
            try {
                result = await fn(tx);
            }
            catch (e) {
                await query(client, 'ROLLBACK').catch((re) => {
                    broken = re;
                });
                throw e;
            }
            await this.#commit(client);
            return result;
        }
        catch (e) {
            const err = storeError(e);
            if (err instanceof StoreUnavailable)
                broken = err;
            else if (!broken)
                await query(client, 'ROLLBACK').catch((re) => {
                    broken = re;
                });
            throw err;
        }
        finally {
            client.off('error', dropped);
            client.release(broken); // a connection that failed is destroyed, not handed out again
        }
    }
    /** `SELECT 1` on a pooled connection: no retry, so that a probe sees an outage as it is. */
    async ping() {
        if (this.#closed)
            throw new StoreUnavailable('the store is closed');
        await query(this.#pool, 'SELECT 1');
    }
    async close() {
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
const statementNames = new Map();
const statementName = (text) => {
    let name = statementNames.get(text);
    if (!name) {
        name = `tollgate_${statementNames.size}`;
        statementNames.set(text, name);
    }
    return name;
};
/** Runs one statement, turning connection failures into StoreUnavailable. */
async function query(db, text, values) {
    try {
        return values ? await db.query({ name: statementName(text), text, values }) : await db.query(text);
    }
    catch (e) {
        throw storeError(e);
    }
}
async function selectVersion(db) {
    return Number((await db.query("SELECT value FROM tollgate_meta WHERE key = 'config_version'")).rows[0].value);
}
/** Applies the pending migrations, each in its own transaction, under an advisory lock per schema; the schema. */
async function migrate(pool) {
    const client = await pool.connect();
    let broken;
    const dropped = (e) => {
        broken = e;
    }; // as in #runWrite
    client.on('error', dropped);
    const locked = async (fn) => {
        await client.query('BEGIN');
        try {
            await client.query("SELECT pg_advisory_xact_lock(hashtext('tollgate-migrations:' || current_schema()))");
            const r = await fn();
            await client.query('COMMIT');
            return r;
        }
        catch (e) {
            await client.query('ROLLBACK').catch((re) => {
                broken = re;
            });
            throw e;
        }
    };
    try {
        const schema = (await client.query('SELECT current_schema() AS s')).rows[0].s;
        if (!schema)
            throw new Error('PostgreSQL has no current schema: the search_path names no existing schema');
        await locked(() => client.query('CREATE TABLE IF NOT EXISTS tollgate_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())'));
        const latest = Math.max(...PG_MIGRATIONS.map((m) => m.version));
        const applied = Number((await client.query('SELECT max(version) AS v FROM tollgate_migrations')).rows[0].v ?? 0);
        if (applied > latest)
            throw new SchemaTooNew(`the database schema ${schema} has schema version ${applied}, this Tollgate knows up to ${latest}: upgrade Tollgate to open it`);
        for (const m of PG_MIGRATIONS) {
            await locked(async () => {
                // Read under the lock: another node may have applied it while this one waited.
                const done = await client.query('SELECT 1 FROM tollgate_migrations WHERE version = $1', [m.version]);
                if (done.rowCount)
                    return;
                await client.query(m.sql);
                await client.query('INSERT INTO tollgate_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
            });
        }
        return schema;
    }
    finally {
        client.off('error', dropped);
        client.release(broken);
    }
}
/** The bounds of the scopes strictly below `scope`: [`scope/`, `scope0`) in byte order ("C" collation). */
function below(scope) {
    return [`${scope}/`, `${scope}0`];
}
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', '57014']);
/**
 * Connection failures become StoreUnavailable: refused, reset, DNS, timeouts, SQLSTATE class 08
 * (connection exception), 53 (insufficient resources, e.g. too many connections), 57P (server shutting
 * down or starting). Anything else is a bug or a constraint and stays as it is.
 */
function storeError(e) {
    if (e instanceof StoreUnavailable || e instanceof UniqueViolation)
        return e;
    const code = String(e.code ?? '');
    const message = e.message;
    const text = typeof message === 'string' ? message : String(e);
    if (UNREACHABLE_CODES.has(code) ||
        /^(08|53|57P)/.test(code) ||
        /Connection terminated|timeout exceeded when trying to connect|Query read timeout|connection error|Connection closed|not queryable/i.test(text)) {
        return new StoreUnavailable(`PostgreSQL is unavailable: ${text}`, { cause: e });
    }
    return e;
}
//# sourceMappingURL=postgres-store.js.map