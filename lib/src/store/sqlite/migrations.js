/**
 * Numbered schema migrations, applied in order inside one transaction each; `PRAGMA user_version`
 * records the last one applied. Append only: a released migration is never edited.
 */
export const MIGRATIONS = [
    {
        version: 1,
        name: 'entities',
        sql: `
      CREATE TABLE entities (
        seq   INTEGER PRIMARY KEY AUTOINCREMENT,
        kind  TEXT NOT NULL,
        scope TEXT NOT NULL,
        id    TEXT NOT NULL,
        alt   TEXT,
        body  TEXT NOT NULL
      );
      CREATE UNIQUE INDEX entities_key ON entities (kind, scope, id);
      CREATE INDEX entities_id ON entities (kind, id);
      CREATE UNIQUE INDEX entities_alt ON entities (kind, alt) WHERE alt IS NOT NULL;
      CREATE INDEX entities_scope ON entities (kind, scope, seq);
      CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
      INSERT INTO meta (key, value) VALUES ('config_version', 0);
    `,
    },
];
