/**
 * The Store contract on embedded SQLite (better-sqlite3 12): WAL, synchronous=FULL so that an
 * acknowledged write survives kill -9 and power loss alike, BEGIN IMMEDIATE per write so that
 * several Tollgate processes can share one database file. better-sqlite3 is synchronous; the async
 * contract is kept by running one write transaction at a time per process (a promise queue).
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PageQuery, Row, Store, StoreWriter, WriteOptions } from '../store.js';
import { SchemaTooNew, UniqueViolation } from '../store.js';
import { MIGRATIONS } from './migrations.js';

interface RawRow {
  seq: number;
  scope: string;
  id: string;
  body: string;
}
const toRow = <T>(r: RawRow): Row<T> => ({ seq: r.seq, scope: r.scope, id: r.id, body: JSON.parse(r.body) as T });

export interface SqliteOptions {
  path: string;
  synchronous?: 'FULL' | 'NORMAL';
}

export class SqliteStore implements Store {
  readonly #db: Database.Database;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #stmt;
  readonly #synchronous: 'FULL' | 'NORMAL';

  constructor(opts: SqliteOptions) {
    if (opts.path !== ':memory:') mkdirSync(dirname(opts.path), { recursive: true });
    this.#db = new Database(opts.path);
    this.#db.pragma('journal_mode = WAL');
    this.#synchronous = opts.synchronous ?? 'FULL';
    this.#db.pragma(`synchronous = ${this.#synchronous}`);
    this.#db.pragma('busy_timeout = 10000');
    this.#db.pragma('foreign_keys = ON');
    try {
      this.#migrate(opts.path);
    } catch (e) {
      this.#db.close(); // do not leak the handle (and its file lock) of a store that never opened
      throw e;
    }
    const db = this.#db;
    this.#stmt = {
      get: db.prepare('SELECT body FROM entities WHERE kind = ? AND scope = ? AND id = ?').pluck(),
      byId: db.prepare('SELECT seq, scope, id, body FROM entities WHERE kind = ? AND id = ? ORDER BY seq LIMIT 1'),
      byAlt: db.prepare('SELECT seq, scope, id, body FROM entities WHERE kind = ? AND alt = ?'),
      pageAsc: db.prepare('SELECT seq, scope, id, body FROM entities WHERE kind = ? AND scope = ? AND seq > ? ORDER BY seq'),
      pageDesc: db.prepare('SELECT seq, scope, id, body FROM entities WHERE kind = ? AND scope = ? AND seq < ? ORDER BY seq DESC'),
      list: db.prepare('SELECT seq, scope, id, body FROM entities WHERE kind = ? AND scope = ? ORDER BY seq'),
      // `scope` or below it: `prefix/` <= scope < `prefix0` ('0' follows '/'), a case-sensitive byte
      // range with no wildcards (LIKE ignores ASCII case and needs escaping), usable by the index.
      all: db.prepare('SELECT seq, scope, id, body FROM entities WHERE kind = ? AND (scope = ? OR (scope >= ? AND scope < ?)) ORDER BY seq'),
      insert: db.prepare('INSERT INTO entities (kind, scope, id, alt, body) VALUES (?, ?, ?, ?, ?)'),
      update: db.prepare('UPDATE entities SET body = ?, alt = COALESCE(?, alt) WHERE kind = ? AND scope = ? AND id = ?'),
      delete: db.prepare('DELETE FROM entities WHERE kind = ? AND scope = ? AND id = ?'),
      deleteTree: db.prepare('DELETE FROM entities WHERE scope = ? OR (scope >= ? AND scope < ?)'),
      version: db.prepare("SELECT value FROM meta WHERE key = 'config_version'").pluck(),
      bump: db.prepare("UPDATE meta SET value = value + 1 WHERE key = 'config_version'"),
    };
  }

  #migrate(path: string): void {
    const current = this.#db.pragma('user_version', { simple: true }) as number;
    const latest = Math.max(...MIGRATIONS.map((m) => m.version));
    if (current > latest)
      throw new SchemaTooNew(`the database ${path} has schema version ${current}, this Tollgate knows up to ${latest}: upgrade Tollgate to open it`);
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      this.#db
        .transaction(() => {
          this.#db.exec(m.sql);
          this.#db.pragma(`user_version = ${m.version}`);
        })
        .immediate();
    }
  }

  async get<T>(kind: string, scope: string, id: string): Promise<T | undefined> {
    const body = this.#stmt.get.get(kind, scope, id) as string | undefined;
    return body === undefined ? undefined : (JSON.parse(body) as T);
  }

  async findById<T>(kind: string, id: string): Promise<Row<T> | undefined> {
    const r = this.#stmt.byId.get(kind, id) as RawRow | undefined;
    return r && toRow<T>(r);
  }

  async findByAlt<T>(kind: string, alt: string): Promise<Row<T> | undefined> {
    const r = this.#stmt.byAlt.get(kind, alt) as RawRow | undefined;
    return r && toRow<T>(r);
  }

  async page<T>(kind: string, scope: string, q: PageQuery<T>): Promise<Row<T>[]> {
    const out: Row<T>[] = [];
    if (q.limit <= 0) return out;
    const it = q.desc ? this.#stmt.pageDesc.iterate(kind, scope, q.after ?? Number.MAX_SAFE_INTEGER) : this.#stmt.pageAsc.iterate(kind, scope, q.after ?? 0);
    for (const raw of it as IterableIterator<RawRow>) {
      const row = toRow<T>(raw);
      if (q.where && !q.where(row.body)) continue;
      out.push(row);
      if (out.length >= q.limit) break;
    }
    return out;
  }

  async list<T>(kind: string, scope: string): Promise<Row<T>[]> {
    return (this.#stmt.list.all(kind, scope) as RawRow[]).map((r) => toRow<T>(r));
  }

  async all<T>(kind: string, scopePrefix: string): Promise<Row<T>[]> {
    return (this.#stmt.all.all(kind, scopePrefix, ...below(scopePrefix)) as RawRow[]).map((r) => toRow<T>(r));
  }

  /**
   * The configuration version, read from the database at most every VERSION_TTL_MS: the data plane
   * asks on every request. This process's own writes are seen at once (the cache is dropped on
   * commit); other processes sharing the file are seen within VERSION_TTL_MS.
   */
  async configVersion(): Promise<number> {
    return this.peekConfigVersion();
  }

  /** SQLite reads are synchronous: the version is always known without waiting. */
  peekConfigVersion(): number {
    const now = Date.now();
    const c = this.#versionCache;
    if (c && now - c.at < SqliteStore.VERSION_TTL_MS) return c.value;
    const value = this.#stmt.version.get() as number;
    this.#versionCache = { value, at: now };
    return value;
  }

  sawConfigVersion(version: number): void {
    if (this.#versionCache && this.#versionCache.value < version) this.#versionCache = undefined;
  }

  static readonly VERSION_TTL_MS = 250;
  #versionCache: { value: number; at: number } | undefined;

  write<T>(fn: (tx: StoreWriter) => Promise<T>, opts: WriteOptions = {}): Promise<T> {
    const run = this.#queue.then(() => this.#runWrite(fn, opts.durable === false && this.#synchronous === 'FULL'));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * One transaction; `deferred`: committed under `synchronous = NORMAL` (no fsync of its own: in WAL mode a crash of
   * the process loses nothing, a power loss keeps a prefix of the commits), the next FULL commit's fsync covers it.
   * Writes are one at a time (#queue), so the setting applies to this transaction only.
   */
  async #runWrite<T>(fn: (tx: StoreWriter) => Promise<T>, deferred: boolean): Promise<T> {
    if (deferred) this.#db.pragma('synchronous = NORMAL');
    try {
      return await this.#transaction(fn);
    } finally {
      if (deferred) this.#db.pragma('synchronous = FULL');
    }
  }

  async #transaction<T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T> {
    const s = this.#stmt;
    const tx: StoreWriter = {
      get: (k, sc, id) => this.get(k, sc, id),
      findById: (k, id) => this.findById(k, id),
      findByAlt: (k, a) => this.findByAlt(k, a),
      page: (k, sc, q) => this.page(k, sc, q),
      list: (k, sc) => this.list(k, sc),
      all: (k, p) => this.all(k, p),
      configVersion: async () => this.#stmt.version.get() as number,
      insert: async (kind, scope, id, body, alt) => {
        unique(`${kind} ${scope}/${id}`, () => s.insert.run(kind, scope, id, alt ?? null, JSON.stringify(body)));
      },
      update: async (kind, scope, id, body, alt) => {
        unique(`${kind} ${scope}/${id} alt`, () => s.update.run(JSON.stringify(body), alt ?? null, kind, scope, id));
      },
      delete: async (kind, scope, id) => s.delete.run(kind, scope, id).changes > 0,
      deleteTree: async (scope) => {
        s.deleteTree.run(scope, ...below(scope));
      },
    };
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const result = await fn(tx);
      s.bump.run();
      this.#db.exec('COMMIT');
      this.#versionCache = undefined;
      return result;
    } catch (e) {
      if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.#queue;
    this.#db.close();
  }
}

/** The bounds of the scopes strictly below `scope`: [`scope/`, `scope0`). */
function below(scope: string): [string, string] {
  return [`${scope}/`, `${scope}0`];
}

/** Runs a statement, turning a unique-index refusal (key or alt) into UniqueViolation. */
function unique(what: string, run: () => unknown): void {
  try {
    run();
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new UniqueViolation(what);
    throw e;
  }
}
