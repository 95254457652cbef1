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
export const PG_MIGRATIONS = [
    {
        version: 1,
        name: 'entities',
        sql: `
      CREATE TABLE tollgate_entities (
        seq   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind  text COLLATE "C" NOT NULL,
        scope text COLLATE "C" NOT NULL,
        id    text COLLATE "C" NOT NULL,
        alt   text COLLATE "C",
        body  text NOT NULL
      );
      CREATE UNIQUE INDEX tollgate_entities_key ON tollgate_entities (kind, scope, id);
      CREATE INDEX tollgate_entities_id ON tollgate_entities (kind, id, seq);
      CREATE UNIQUE INDEX tollgate_entities_alt ON tollgate_entities (kind, alt) WHERE alt IS NOT NULL;
      CREATE INDEX tollgate_entities_scope ON tollgate_entities (kind, scope, seq);
      CREATE TABLE tollgate_meta (key text PRIMARY KEY, value bigint NOT NULL);
      INSERT INTO tollgate_meta (key, value) VALUES ('config_version', 0);
    `,
    },
];
