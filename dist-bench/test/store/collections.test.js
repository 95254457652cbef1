/**
 * The typed collections (src/store/collections/) on both stores: scoped reads and writes inside a
 * transaction and outside, exact-scope lists, not-found errors (the collection's own, or the
 * caller's), and new ids unique in their scope or across their kind.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { Kind } from '../../src/domain/kinds.js';
import { Collection, apiKeys, resources, vpcLinks } from '../../src/store/collections/index.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { freshSchema } from '../helpers/postgres.js';
class Missing extends Error {
}
const stores = [
    ['SqliteStore', async () => new SqliteStore({ path: ':memory:' })],
    ['PostgresStore', async () => PostgresStore.open({ url: (await freshSchema()).url })],
];
const res = (id, path) => ({ id, path });
for (const [name, open] of stores) {
    describe(`typed collections: ${name}`, () => {
        let store;
        beforeEach(async () => {
            store = await open();
        });
        afterEach(async () => {
            await store.close();
        });
        it('writes and reads one scope inside a transaction, and the store reads what it committed', async () => {
            const seen = await store.write(async (tx) => {
                const api = resources.in(tx, 'us-east-1', 'api1');
                assert.equal(api.scope, 'us-east-1/restapis/api1');
                await api.insert('r2', res('r2', '/b'));
                await api.insert('r1', res('r1', '/a'));
                await resources.in(tx, 'us-east-1', 'api2').insert('r3', res('r3', '/c'));
                await api.update('r2', res('r2', '/b2'));
                return api.list();
            });
            assert.deepEqual(seen, [res('r2', '/b2'), res('r1', '/a')], 'creation order, not id order');
            const api = resources.in(store, 'us-east-1', 'api1');
            assert.deepEqual(await api.get('r1'), res('r1', '/a'));
            assert.equal(await api.get('r3'), undefined, 'another scope');
            assert.equal(await api.has('r1'), true);
            assert.equal(await api.count(), 2);
            assert.deepEqual((await api.rows()).map((r) => `${r.scope}|${r.id}`), ['us-east-1/restapis/api1|r2', 'us-east-1/restapis/api1|r1']);
            assert.deepEqual((await api.page({ limit: 1, desc: true })).map((r) => r.id), ['r1']);
            assert.equal(await store.write((tx) => resources.in(tx, 'us-east-1', 'api1').remove('r1')), true);
            assert.equal(await store.write((tx) => resources.in(tx, 'us-east-1', 'api1').remove('r1')), false);
            assert.deepEqual(await resources.in(store, 'us-east-1', 'api1').list(), [res('r2', '/b2')]);
        });
        it('lists exactly its scope: not the scopes below it, nor a longer name beside it', async () => {
            await store.write(async (tx) => {
                await tx.insert(Kind.resource, 'us-east-1/restapis/a', 'x', res('x', '/x'));
                await tx.insert(Kind.resource, 'us-east-1/restapis/a/below', 'y', res('y', '/y'));
                await tx.insert(Kind.resource, 'us-east-1/restapis/ab', 'z', res('z', '/z'));
            });
            assert.deepEqual(await resources.in(store, 'us-east-1', 'a').list(), [res('x', '/x')]);
            assert.deepEqual((await resources.under(store, 'us-east-1/restapis/a')).map((r) => r.id), ['x', 'y']);
        });
        it("throws the caller's not-found error, else the collection's own", async () => {
            const bound = resources.withNotFound((id) => new Missing(`no ${id}`));
            await assert.rejects(bound.in(store, 'us-east-1', 'a').getOrThrow('nope'), new Missing('no nope'));
            await assert.rejects(bound.in(store, 'us-east-1', 'a').getOrThrow('nope', () => new Missing('mine')), new Missing('mine'));
            await assert.rejects(resources.in(store, 'us-east-1', 'a').getOrThrow('nope'), /resource us-east-1\/restapis\/a\/nope not found/);
            await store.write((tx) => resources.in(tx, 'us-east-1', 'a').insert('x', res('x', '/x')));
            assert.deepEqual(await bound.in(store, 'us-east-1', 'a').getOrThrow('x'), res('x', '/x'));
        });
        it('makes new ids in the kind’s format, free in the scope or across the kind', async () => {
            const scoped = () => new Collection(Kind.vpcLink, (r) => r, { make: sequence('dup', 'dup', 'new1'), unique: 'scope' });
            const global = new Collection(Kind.vpcLink, (r) => r, { make: sequence('dup', 'dup', 'new2'), unique: 'kind' });
            await store.write((tx) => tx.insert(Kind.vpcLink, 'eu-west-1', 'dup', { n: 1 }));
            assert.equal(await scoped().in(store, 'us-east-1').newId(), 'dup', 'free in its scope, though taken in another');
            assert.equal(await scoped().in(store, 'eu-west-1').newId(), 'new1', 'taken in its scope: skipped');
            assert.equal(await global.in(store, 'us-east-1').newId(), 'new2', 'taken in the kind: skipped');
            assert.match(await vpcLinks.in(store, 'us-east-1').newId(), /^[a-z0-9]{6}$/);
            assert.match(await store.write((tx) => apiKeys.in(tx, 'us-east-1').newId()), /^[a-z0-9]{10}$/);
        });
    });
}
function sequence(...ids) {
    let i = 0;
    return () => ids[Math.min(i++, ids.length - 1)];
}
//# sourceMappingURL=collections.test.js.map