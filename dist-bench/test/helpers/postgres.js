/**
 * PostgreSQL for tests: the server on 127.0.0.1:5432 (`TOLLGATE_TEST_POSTGRES` overrides the URL;
 * `.ci/run` installs and starts one). Each store under test gets a schema of its own, made here and
 * dropped when the test file's process ends, so that test files run in parallel on one database.
 */
import pg from 'pg';
export const PG_URL = process.env.TOLLGATE_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';
let made = [];
let n = 0;
/** `url` with its search_path set to `schema`: the pg `options` connection parameter. */
export function withSchema(url, schema) {
    const u = new URL(url);
    u.searchParams.set('options', `-c search_path=${schema}`);
    return u.toString();
}
/** An empty schema, dropped with everything in it after the test file; its URL. */
export async function freshSchema() {
    const schema = `tg_test_${process.pid}_${++n}_${Math.random().toString(36).slice(2, 8)}`;
    await admin(`CREATE SCHEMA ${schema}`);
    made.push(schema);
    return { schema, url: withSchema(PG_URL, schema) };
}
/** Runs one statement with a connection of its own. */
export async function admin(sql, values) {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
        return await c.query(sql, values);
    }
    finally {
        await c.end();
    }
}
// When the test file's process has nothing left to do (each test file runs in a process of its own):
// node:test's `after` would tie the drop to whichever test or hook first imported this module.
process.once('beforeExit', () => {
    void dropAll();
});
async function dropAll() {
    const schemas = made;
    made = [];
    for (const s of schemas)
        await admin(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
}
//# sourceMappingURL=postgres.js.map