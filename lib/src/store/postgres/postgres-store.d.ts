import type { PageQuery, Row, Store, StoreWriter } from '../store.js';
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
export declare class PostgresStore implements Store {
    #private;
    private constructor();
    /** Connects, applies the pending migrations and reads the config version; StoreUnavailable if the server cannot be reached. */
    static open(opts: PostgresOptions): Promise<PostgresStore>;
    get<B>(kind: string, scope: string, id: string): Promise<B | undefined>;
    findById<B>(kind: string, id: string): Promise<Row<B> | undefined>;
    findByAlt<B>(kind: string, alt: string): Promise<Row<B> | undefined>;
    page<B>(kind: string, scope: string, q: PageQuery<B>): Promise<Row<B>[]>;
    list<B>(kind: string, scope: string): Promise<Row<B>[]>;
    all<B>(kind: string, scopePrefix: string): Promise<Row<B>[]>;
    /**
     * The config version: the last known one while it is at most one poll old, else read now. When the
     * database cannot be reached the last known one is answered, so that the data plane keeps serving
     * what it has cached.
     */
    configVersion(): Promise<number>;
    /** The last known version, kept current by the poll: the data plane's synchronous path. */
    peekConfigVersion(): number;
    write<R>(fn: (tx: StoreWriter) => Promise<R>): Promise<R>;
    /** `SELECT 1` on a pooled connection: no retry, so that a probe sees an outage as it is. */
    ping(): Promise<void>;
    close(): Promise<void>;
}
