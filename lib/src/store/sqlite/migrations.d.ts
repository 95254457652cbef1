/**
 * Numbered schema migrations, applied in order inside one transaction each; `PRAGMA user_version`
 * records the last one applied. Append only: a released migration is never edited.
 */
export declare const MIGRATIONS: {
    version: number;
    name: string;
    sql: string;
}[];
