/**
 * The storage contract: every resource is an entity of a kind, living in a scope (a region, or a
 * parent such as `us-east-1/restapis/abc123defg`) under an id, with a JSON body and a creation
 * sequence number that orders lists and backs pagination. Async everywhere, so that the SQLite and
 * PostgreSQL implementations fill the same contract (test/store/store.contract.ts).
 */
export interface Row<T> {
  seq: number;
  scope: string;
  id: string;
  body: T;
}

export interface PageQuery<T> {
  /** Continue after this sequence number (exclusive), in the list's own direction. */
  after?: number;
  /** How many matching rows to return at most. */
  limit: number;
  /** Newest first. */
  desc?: boolean;
  where?: (body: T) => boolean;
}

export interface StoreReader {
  get<T>(kind: string, scope: string, id: string): Promise<T | undefined>;
  /** Find an entity by id in any scope (API ids are unique across regions). */
  findById<T>(kind: string, id: string): Promise<Row<T> | undefined>;
  /** Find by the secondary key `alt` (e.g. an API key's value), unique per kind. */
  findByAlt<T>(kind: string, alt: string): Promise<Row<T> | undefined>;
  page<T>(kind: string, scope: string, q: PageQuery<T>): Promise<Row<T>[]>;
  /** Every entity of a kind in exactly `scope` (none of the scopes below it), in creation order. */
  list<T>(kind: string, scope: string): Promise<Row<T>[]>;
  /** Every entity of a kind in scopes starting with `scopePrefix` (used for cascades and joins). */
  all<T>(kind: string, scopePrefix: string): Promise<Row<T>[]>;
  configVersion(): Promise<number>;
}

export interface StoreWriter extends StoreReader {
  insert<T>(kind: string, scope: string, id: string, body: T, alt?: string): Promise<void>;
  /** Replaces the body; `alt` is kept when not given. */
  update<T>(kind: string, scope: string, id: string, body: T, alt?: string): Promise<void>;
  delete(kind: string, scope: string, id: string): Promise<boolean>;
  /** Delete every entity in `scope` and in the scopes below it. */
  deleteTree(scope: string): Promise<void>;
}

/** How a write is committed. */
export interface WriteOptions {
  /**
   * false: atomic and in order like every write, but not flushed to disk on its own: a kill -9 of the process loses
   * nothing, a power loss may lose it and the writes after it (never one without those before it), until the next
   * durable write flushes them all. For the intermediate steps of a long operation whose start and end are durable
   * (a stack deploy: src/stacks/engine/stack-engine.ts). SQLite: `synchronous = NORMAL` for the transaction (WAL
   * keeps a consistent prefix, https://www.sqlite.org/pragma.html#pragma_synchronous); PostgreSQL: ignored
   * (durable: the database server is not killed with Tollgate). Default true.
   */
  durable?: boolean;
}

export interface Store extends StoreReader {
  /** Runs `fn` in one transaction: all of its writes land, or none do. Bumps the config version. */
  write<T>(fn: (tx: StoreWriter) => Promise<T>, opts?: WriteOptions): Promise<T>;
  /**
   * The config version, when the store knows it without a round trip (what configVersion() would
   * answer now); undefined otherwise. Lets the data plane serve a cached stage synchronously.
   */
  peekConfigVersion?(): number | undefined;
  /**
   * Another process sharing this database committed `version` (told by the cluster's primary, src/cluster/):
   * a cached version below it is stale, and the next read of the version goes to the database.
   */
  sawConfigVersion?(version: number): void;
  /**
   * One round trip to the database, for readiness probes (edge/health.ts); rejects with StoreUnavailable
   * when it cannot be reached. Absent: the store is in this process (SQLite) and reachable while it is open.
   */
  ping?(): Promise<void>;
  close(): Promise<void>;
}

/** A key or alt collision the database itself refused. */
export class UniqueViolation extends Error {}

/**
 * The store cannot be reached (a database server down, refusing, or not answering in time). The
 * control plane answers 503 ServiceUnavailableException; nothing was written.
 */
export class StoreUnavailable extends Error {}

/**
 * The database holds migrations this Tollgate does not know: a newer version wrote it. It is not
 * opened (an older node must not write a schema it does not understand); upgrade this node.
 */
export class SchemaTooNew extends Error {}
