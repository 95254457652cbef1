/**
 * PostgresStore: the shared Store contract against the real PostgreSQL server (a fresh schema per
 * store), then what only a server store has: several stores (nodes) on one database seeing each
 * other's writes, writes serialized across them, migrations applied once when nodes start together,
 * and a clear StoreUnavailable — never a hang — when the server cannot be reached.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { SchemaTooNew, StoreUnavailable } from '../../src/store/store.js';
import { admin, freshSchema } from '../helpers/postgres.js';
import { sharedStoreContract, storeContract } from './store.contract.js';
storeContract('PostgresStore', async () => PostgresStore.open({ url: (await freshSchema()).url }));
sharedStoreContract('PostgresStore (one schema)', async () => {
    const { url } = await freshSchema();
    return [await PostgresStore.open({ url, pollMs: 50 }), await PostgresStore.open({ url, pollMs: 50 })];
});
const LATEST = Math.max(...PG_MIGRATIONS.map((m) => m.version));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
describe('PostgresStore on a shared database', () => {
    it('hears another node’s write at once (LISTEN/NOTIFY), and again after its listening connection was cut', async () => {
        const { url } = await freshSchema();
        const app = `tollgate-listen-${process.pid}`;
        // Polls an hour apart: only the notification can bring the new version in time.
        const a = await PostgresStore.open({ url, pollMs: 3_600_000 });
        const b = await PostgresStore.open({ url, pollMs: 3_600_000, applicationName: app });
        const heard = async (version) => {
            const deadline = Date.now() + 5_000;
            while (b.peekConfigVersion() !== version && Date.now() < deadline)
                await sleep(10);
            return b.peekConfigVersion() === version;
        };
        try {
            await sleep(200); // b's listening connection is up
            await a.write((tx) => tx.insert('thing', 's', 'x', { n: 1 }));
            assert.ok(await heard(a.peekConfigVersion()), 'b heard the write');
            // Another schema's writes on the same database are not b's business.
            const other = await PostgresStore.open({ url: (await freshSchema()).url, pollMs: 3_600_000 });
            for (let i = 0; i < 5; i++)
                await other.write((tx) => tx.insert('thing', 's', `o${i}`, { n: i }));
            await other.close();
            assert.equal(b.peekConfigVersion(), a.peekConfigVersion());
            // Cut b's listening connection: it comes back by itself and hears the next write.
            await admin('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [`${app}-listen`]);
            await sleep(1_500);
            await a.write((tx) => tx.insert('thing', 's', 'y', { n: 2 }));
            assert.ok(await heard(a.peekConfigVersion()), 'b heard the write after listening again');
        }
        finally {
            await a.close();
            await b.close();
        }
    });
    it('serializes writes across nodes: concurrent check-then-insert from two stores makes one entity', async () => {
        const { url } = await freshSchema();
        const a = await PostgresStore.open({ url });
        const b = await PostgresStore.open({ url });
        try {
            // Each write reads, yields, then inserts a fresh id if nothing is there yet: without a lock across
            // nodes both would see nothing and both would insert.
            const claim = (s, who) => s.write(async (tx) => {
                const existing = await tx.page('claim', 's', { limit: 10 });
                await sleep(30);
                if (existing.length === 0)
                    await tx.insert('claim', 's', who, { who });
                return existing.length === 0;
            });
            const results = await Promise.all([claim(a, 'a'), claim(b, 'b'), claim(a, 'a2'), claim(b, 'b2')]);
            assert.equal(results.filter(Boolean).length, 1, `exactly one claim wins: ${results}`);
            assert.equal((await a.page('claim', 's', { limit: 10 })).length, 1);
        }
        finally {
            await a.close();
            await b.close();
        }
    });
    it("keeps data across a reopen, and never hands out a deleted row's seq again", async () => {
        const { url } = await freshSchema();
        const first = await PostgresStore.open({ url });
        await first.write(async (tx) => {
            await tx.insert('thing', 's', 'a', { n: 1 });
            await tx.insert('thing', 's', 'b', { n: 2 });
        });
        const seqB = (await first.findById('thing', 'b')).seq;
        await first.write((tx) => tx.delete('thing', 's', 'b'));
        const version = await first.configVersion();
        await first.close();
        const again = await PostgresStore.open({ url });
        try {
            assert.deepEqual(await again.get('thing', 's', 'a'), { n: 1 });
            assert.equal(await again.configVersion(), version);
            await again.write((tx) => tx.insert('thing', 's', 'c', { n: 3 }));
            assert.ok((await again.findById('thing', 'c')).seq > seqB);
        }
        finally {
            await again.close();
        }
    });
    it('applies the migrations once, also when several nodes open an empty schema at the same moment', async () => {
        const { schema, url } = await freshSchema();
        const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresStore.open({ url })));
        try {
            const applied = await admin(`SELECT version FROM ${schema}.tollgate_migrations ORDER BY version`);
            assert.deepEqual(applied.rows.map((r) => r.version), PG_MIGRATIONS.map((m) => m.version));
            await stores[0].write((tx) => tx.insert('thing', 's', 'a', { n: 1 }));
            assert.deepEqual(await stores[3].get('thing', 's', 'a'), { n: 1 });
        }
        finally {
            for (const s of stores)
                await s.close();
        }
    });
    it('refuses to open a schema a newer Tollgate migrated further than it knows, and changes nothing there', async () => {
        const { schema, url } = await freshSchema();
        await (await PostgresStore.open({ url })).close();
        await admin(`INSERT INTO ${schema}.tollgate_migrations (version, name) VALUES ($1, 'from the future')`, [LATEST + 1]);
        await assert.rejects(PostgresStore.open({ url }), (e) => e instanceof SchemaTooNew && new RegExp(`schema version ${LATEST + 1}, this Tollgate knows up to ${LATEST}`).test(e.message));
        assert.equal((await admin(`SELECT count(*)::int AS n FROM ${schema}.tollgate_migrations`)).rows[0].n, PG_MIGRATIONS.length + 1);
    });
    it('rolls a failing migration back entirely and records nothing for it', async () => {
        const { schema, url } = await freshSchema();
        await (await PostgresStore.open({ url })).close();
        const bad = { version: LATEST + 1, name: 'bad', sql: 'CREATE TABLE half (x integer); THIS IS NOT SQL;' };
        PG_MIGRATIONS.push(bad);
        try {
            await assert.rejects(PostgresStore.open({ url }), /syntax error/);
        }
        finally {
            PG_MIGRATIONS.splice(PG_MIGRATIONS.indexOf(bad), 1);
        }
        assert.equal((await admin(`SELECT max(version) AS v FROM ${schema}.tollgate_migrations`)).rows[0].v, LATEST);
        assert.equal((await admin("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'half'", [schema])).rows[0].n, 0);
    });
    it('stores bodies as text: key order and every character come back as written', async () => {
        const { schema, url } = await freshSchema();
        const store = await PostgresStore.open({ url });
        try {
            await store.write((tx) => tx.insert('thing', 's', 'a', { z: 1, a: 2, m: { y: 'ä\u0001"', b: [3] } }));
            assert.equal(JSON.stringify(await store.get('thing', 's', 'a')), '{"z":1,"a":2,"m":{"y":"ä\\u0001\\"","b":[3]}}');
            const raw = await admin(`SELECT body FROM ${schema}.tollgate_entities`);
            assert.equal(raw.rows[0].body, '{"z":1,"a":2,"m":{"y":"ä\\u0001\\"","b":[3]}}');
        }
        finally {
            await store.close();
        }
    });
    it('answers StoreUnavailable quickly when the server cannot be reached, at open and on a write', async () => {
        // Nothing listens on port 1 of 127.0.0.1: connections are refused at once.
        const started = Date.now();
        await assert.rejects(PostgresStore.open({ url: 'postgres://postgres@127.0.0.1:1/postgres' }), StoreUnavailable);
        assert.ok(Date.now() - started < 5_000);
    });
    it('answers StoreUnavailable for a write whose connection the server drops, keeps the last known version, and recovers', async () => {
        const { url } = await freshSchema();
        const app = `tollgate-kill-${process.pid}`;
        const store = await PostgresStore.open({ url, pollMs: 20, applicationName: app });
        try {
            await store.write((tx) => tx.insert('thing', 's', 'a', { n: 1 }));
            const version = store.peekConfigVersion();
            // Kill this store's connections from the server side, mid-transaction for the write.
            const write = store.write(async (tx) => {
                await tx.insert('thing', 's', 'b', { n: 2 });
                await admin('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [app]);
                await tx.insert('thing', 's', 'c', { n: 3 });
            });
            await assert.rejects(write, StoreUnavailable);
            assert.equal(store.peekConfigVersion(), version);
            assert.equal(await store.get('thing', 's', 'b'), undefined, 'nothing of the failed write landed');
            await store.write((tx) => tx.insert('thing', 's', 'd', { n: 4 }));
            assert.deepEqual(await store.get('thing', 's', 'd'), { n: 4 });
            assert.equal(store.peekConfigVersion(), version + 1);
        }
        finally {
            await store.close();
        }
    });
});
//# sourceMappingURL=postgres.test.js.map