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
export const PG_MIGRATIONS: { version: number; name: string; sql: string }[] = [
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
  {
    // A btree index row holds at most 2,704 bytes (after compression), and AWS documents no length for
    // most names a key is made of: the protocol fuzz test's 121,587-character documentationVersion
    // failed its insert ("index row size 4248 exceeds btree version 4 maximum 2704 for index
    // tollgate_entities_key"). Keys are indexed by their MD5 instead (a fixed 32 characters; md5 is
    // IMMUTABLE, as an index needs, where sha256(convert_to(…)) is not) and scopes, for ranges, by their
    // first 256 characters; the queries then compare the text itself (postgres-store.ts). The indexes
    // are no longer unique, as a digest cannot promise that: writes are serialized by the lock on
    // tollgate_meta's config_version row, so the insert's own look-up keeps keys and alts unique.
    version: 2,
    name: 'keys of any length',
    sql: `
      DROP INDEX tollgate_entities_key;
      DROP INDEX tollgate_entities_id;
      DROP INDEX tollgate_entities_alt;
      DROP INDEX tollgate_entities_scope;
      CREATE INDEX tollgate_entities_key ON tollgate_entities (kind, md5(scope), md5(id));
      CREATE INDEX tollgate_entities_id ON tollgate_entities (kind, md5(id), seq);
      CREATE INDEX tollgate_entities_alt ON tollgate_entities (kind, md5(alt)) WHERE alt IS NOT NULL;
      CREATE INDEX tollgate_entities_scope ON tollgate_entities (kind, left(scope, 256), seq);
    `,
  },
];
