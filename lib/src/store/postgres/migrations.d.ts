/**
 * Numbered schema migrations for the PostgreSQL store, applied in order, each in its own transaction
 * under an advisory lock (several nodes may start at once); `tollgate_migrations` records the ones
 * applied. Append only: a released migration is never edited.
 *
 * Text columns that are compared or ranged (`kind`, `scope`, `id`, `alt`) use the "C" collation: byte
 * order and case-sensitive equality whatever the database's locale, as SQLite compares them — the
 * scope-prefix range `[scope/, scope0)` depends on it. Bodies are text, not jsonb: jsonb reorders keys
 * and drops duplicates, and a stored resource must come back exactly as written.
 */
export declare const PG_MIGRATIONS: {
    version: number;
    name: string;
    sql: string;
}[];
