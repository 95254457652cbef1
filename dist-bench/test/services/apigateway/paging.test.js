/**
 * listPage over a real SqliteStore (':memory:'): limit defaults to 25 and is capped at 500, a limit
 * below 1 gives an empty page without position (peer-localstack F30), the last page has no position
 * (F29), and positions stay valid while items are created and deleted between pages.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { ServiceError } from '../../../src/protocol/errors.js';
import { DEFAULT_LIMIT, decodePosition, encodePosition, listPage, MAX_LIMIT } from '../../../src/services/apigateway/paging.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
const KIND = 'thing';
const SCOPE = 'us-east-1/restapis/abc';
let store;
let next = 0;
beforeEach(() => {
    store = new SqliteStore({ path: ':memory:' });
    next = 0;
});
afterEach(async () => {
    await store.close();
});
async function insert(count, scope = SCOPE, kind = KIND) {
    return store.write(async (tx) => {
        const ids = [];
        for (let i = 0; i < count; i++) {
            const id = `i${String(next).padStart(4, '0')}`;
            await tx.insert(kind, scope, id, { id, n: next++ });
            ids.push(id);
        }
        return ids;
    });
}
const remove = (ids) => store.write(async (tx) => {
    for (const id of ids)
        assert.ok(await tx.delete(KIND, SCOPE, id), id);
});
const page = (input, opts = {}) => listPage(store, KIND, SCOPE, input, opts);
const ids = (p) => p.items.map((i) => i.id);
async function badPosition(position) {
    await assert.rejects(page({ position }), (e) => {
        assert.ok(e instanceof ServiceError);
        assert.equal(e.code, 'BadRequestException');
        assert.equal(e.status, 400);
        // Not recorded from AWS (paging.ts says so).
        assert.equal(e.message, 'Invalid position parameter');
        return true;
    }, JSON.stringify(position));
}
describe('listPage', () => {
    it('defaults the limit to 25, oldest first, with a position while more remain', async () => {
        const all = await insert(60);
        assert.equal(DEFAULT_LIMIT, 25);
        const p1 = await page({});
        assert.deepEqual(ids(p1), all.slice(0, 25));
        assert.equal(typeof p1.position, 'string');
        const p2 = await page({ position: p1.position });
        assert.deepEqual(ids(p2), all.slice(25, 50));
        const p3 = await page({ position: p2.position });
        assert.deepEqual(ids(p3), all.slice(50));
        assert.equal('position' in p3, false, 'the last page has no position (F29)');
    });
    it('caps the limit at 500', async () => {
        const all = await insert(520);
        assert.equal(MAX_LIMIT, 500);
        for (const limit of [500, 501, 10_000, Number.MAX_SAFE_INTEGER]) {
            const p = await page({ limit });
            assert.equal(p.items.length, 500, String(limit));
            assert.ok(p.position);
            assert.deepEqual(ids(await page({ limit, position: p.position })), all.slice(500));
        }
    });
    it('gives an empty page without position for a limit below 1 (F30)', async () => {
        await insert(5);
        for (const limit of [0, -1, -500])
            assert.deepEqual(await page({ limit }), { items: [] }, String(limit));
    });
    it('omits the position when the page ends exactly at the last item, and on an empty list', async () => {
        await insert(7);
        assert.deepEqual(Object.keys(await page({ limit: 7 })), ['items']);
        assert.equal((await page({ limit: 6 })).items.length, 6);
        assert.deepEqual(await listPage(store, KIND, 'elsewhere', {}), { items: [] });
    });
    it('lists only its own kind and scope (not the scopes below it)', async () => {
        const mine = await insert(3);
        await insert(2, `${SCOPE}/child`);
        await insert(2, SCOPE, 'other');
        await insert(2, 'us-east-1/restapis/abcd');
        assert.deepEqual(ids(await page({})), mine);
    });
    it('pages newest first with desc, and counts only matching items with where', async () => {
        const all = await insert(20);
        const d1 = await page({ limit: 8 }, { desc: true });
        assert.deepEqual(ids(d1), all.slice(12).reverse());
        const d2 = await page({ limit: 8, position: d1.position }, { desc: true });
        assert.deepEqual(ids(d2), all.slice(4, 12).reverse());
        const odd = (b) => b.n % 2 === 1;
        const w1 = await page({ limit: 4 }, { where: odd });
        assert.deepEqual(w1.items.map((i) => i.n), [1, 3, 5, 7]);
        const w2 = await page({ limit: 4, position: w1.position }, { where: odd });
        assert.deepEqual(w2.items.map((i) => i.n), [9, 11, 13, 15]);
        const mapped = await listPage(store, KIND, SCOPE, { limit: 2 }, { map: (b) => `#${b.n}` });
        assert.deepEqual(mapped.items, ['#0', '#1']);
    });
    it('keeps positions stable while items are created and deleted between pages', async () => {
        const initial = await insert(60);
        const deleted = new Set();
        const seen = [];
        let position;
        let pages = 0;
        do {
            const p = await page({ limit: 7, position });
            assert.ok(p.items.length <= 7);
            seen.push(...ids(p));
            position = p.position;
            pages++;
            // Between pages: two new items (for a while), and two deletions: an item already listed, and
            // one not reached yet — alternately the one right after the position and one further on.
            await insert(pages <= 10 ? 2 : 0);
            const listed = seen.filter((id) => !deleted.has(id));
            const ahead = initial.filter((id) => !deleted.has(id) && !seen.includes(id));
            const victims = [listed[(pages * 5) % Math.max(listed.length, 1)], pages % 2 ? ahead[0] : ahead.at(-2)].filter((id) => id !== undefined);
            await remove([...new Set(victims)]);
            for (const v of victims)
                deleted.add(v);
            assert.ok(pages < 40, 'paging does not end');
        } while (position);
        assert.equal(new Set(seen).size, seen.length, `an item repeated: ${seen.join(',')}`);
        const throughout = initial.filter((id) => !deleted.has(id));
        assert.ok(throughout.length > 20 && deleted.size > 10, `${throughout.length} lived throughout, ${deleted.size} deleted`);
        for (const id of throughout)
            assert.equal(seen.filter((s) => s === id).length, 1, `${id} seen exactly once`);
        // What was deleted before the listing reached it never shows up; the rest is in creation order.
        const skipped = initial.filter((id) => !seen.includes(id));
        assert.ok(skipped.length > 0 && skipped.every((id) => deleted.has(id)));
        assert.deepEqual(seen, [...seen].sort());
        // Items created during the listing come after the position and are listed too.
        assert.ok(seen.some((id) => !initial.includes(id)));
        assert.ok(pages > 8, `${pages} pages`);
    });
    it('answers 400 BadRequestException for a position it did not issue', async () => {
        await insert(3);
        for (const position of [
            'garbage',
            'p12',
            Buffer.from('p').toString('base64url'),
            Buffer.from('p-1').toString('base64url'),
            Buffer.from('p1x').toString('base64url'),
            Buffer.from(`p${'9'.repeat(16)}`).toString('base64url'),
            '%%%',
            '!!',
        ]) {
            await badPosition(position);
        }
    });
    it('treats an empty position as the first page, and a position past the end as the end', async () => {
        const all = await insert(3);
        assert.deepEqual(ids(await page({ position: '' })), all);
        assert.deepEqual(await page({ position: encodePosition(1e9) }), { items: [] });
    });
    it('round-trips positions opaquely', () => {
        for (const seq of [0, 1, 42, 2 ** 40]) {
            const p = encodePosition(seq);
            assert.match(p, /^[A-Za-z0-9_-]+$/);
            assert.equal(decodePosition(p), seq);
        }
        assert.equal(decodePosition(undefined), undefined);
    });
});
//# sourceMappingURL=paging.test.js.map