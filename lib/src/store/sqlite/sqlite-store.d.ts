import type { PageQuery, Row, Store, StoreWriter } from '../store.js';
export interface SqliteOptions {
    path: string;
    synchronous?: 'FULL' | 'NORMAL';
}
export declare class SqliteStore implements Store {
    #private;
    constructor(opts: SqliteOptions);
    get<T>(kind: string, scope: string, id: string): Promise<T | undefined>;
    findById<T>(kind: string, id: string): Promise<Row<T> | undefined>;
    findByAlt<T>(kind: string, alt: string): Promise<Row<T> | undefined>;
    page<T>(kind: string, scope: string, q: PageQuery<T>): Promise<Row<T>[]>;
    list<T>(kind: string, scope: string): Promise<Row<T>[]>;
    all<T>(kind: string, scopePrefix: string): Promise<Row<T>[]>;
    /**
     * The configuration version, read from the database at most every VERSION_TTL_MS: the data plane
     * asks on every request. This process's own writes are seen at once (the cache is dropped on
     * commit); other processes sharing the file are seen within VERSION_TTL_MS.
     */
    configVersion(): Promise<number>;
    /** SQLite reads are synchronous: the version is always known without waiting. */
    peekConfigVersion(): number;
    static readonly VERSION_TTL_MS = 250;
    write<T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T>;
    close(): Promise<void>;
}
