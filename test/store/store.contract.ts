/**
 * The Store contract (src/store/store.ts), one suite for every implementation: SqliteStore runs it in
 * test/store/sqlite.test.ts, a PostgreSQL store will run the same. `makeStore` must give a fresh,
 * empty store each time (a new file, database or schema); the suite closes it after each test.
 * Nothing here assumes absolute sequence numbers or config versions: only their order and deltas.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { UniqueViolation, type Row, type Store, type StoreWriter } from '../../src/store/store.js';

interface Item {
  n: number;
  tag?: string;
}

const ids = <T>(rows: Row<T>[]): string[] => rows.map((r) => r.id);
const scopes = <T>(rows: Row<T>[]): string[] => rows.map((r) => `${r.scope}|${r.id}`);

class Boom extends Error {}

export function storeContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    /** Insert items n = 0..count-1 in one scope, ids chosen so that id order differs from creation order. */
    const fill = (kind: string, scope: string, count: number, prefix = 'x'): Promise<void> =>
      store.write(async (tx) => {
        for (let n = 0; n < count; n++) await tx.insert<Item>(kind, scope, `${prefix}${String(((count - n) * 7) % 101).padStart(3, '0')}-${n}`, { n });
      });
    const ns = (rows: Row<Item>[]): number[] => rows.map((r) => r.body.n);

    describe('insert and get', () => {
      it('stores a JSON body and gives it back equal, under (kind, scope, id)', async () => {
        const body = {
          name: 'ä ✓ "q" \\ \n',
          n: 1.5,
          big: 2 ** 53 - 1,
          nested: { list: [1, 'two', null, { deep: true }] },
          empty: {},
          f: false,
        };
        await store.write((tx) => tx.insert('thing', 'us-east-1', 'a1', body));
        assert.deepEqual(await store.get('thing', 'us-east-1', 'a1'), body);
      });

      it('answers undefined for a missing entity, and keys include kind and scope', async () => {
        await store.write((tx) => tx.insert('thing', 'us-east-1', 'a1', { n: 1 }));
        assert.equal(await store.get('thing', 'us-east-1', 'nope'), undefined);
        assert.equal(await store.get('other', 'us-east-1', 'a1'), undefined);
        assert.equal(await store.get('thing', 'eu-west-1', 'a1'), undefined);
        assert.equal(await store.get('thing', 'US-EAST-1', 'a1'), undefined, 'scopes are case-sensitive');
        assert.equal(await store.get('thing', 'us-east-1', 'A1'), undefined, 'ids are case-sensitive');
      });

      it('lets the same id live in another kind or another scope', async () => {
        await store.write(async (tx) => {
          await tx.insert('thing', 's1', 'same', { n: 1 });
          await tx.insert('thing', 's2', 'same', { n: 2 });
          await tx.insert('other', 's1', 'same', { n: 3 });
        });
        assert.deepEqual(await store.get('thing', 's1', 'same'), { n: 1 });
        assert.deepEqual(await store.get('thing', 's2', 'same'), { n: 2 });
        assert.deepEqual(await store.get('other', 's1', 'same'), { n: 3 });
      });

      it('hands out copies: mutating a body read or written does not change the stored one', async () => {
        const body = { n: 1, list: [1] };
        await store.write((tx) => tx.insert('thing', 's', 'a', body));
        body.list.push(2);
        const read = await store.get<{ n: number; list: number[] }>('thing', 's', 'a');
        read!.n = 99;
        assert.deepEqual(await store.get('thing', 's', 'a'), { n: 1, list: [1] });
      });

      it('refuses a duplicate (kind, scope, id) with UniqueViolation and rolls the whole write back', async () => {
        await store.write((tx) => tx.insert('thing', 's', 'a', { n: 1 }));
        const v0 = await store.configVersion();
        await assert.rejects(
          store.write(async (tx) => {
            await tx.insert('thing', 's', 'b', { n: 2 });
            await tx.insert('thing', 's', 'a', { n: 3 });
          }),
          UniqueViolation,
        );
        assert.deepEqual(await store.get('thing', 's', 'a'), { n: 1 });
        assert.equal(await store.get('thing', 's', 'b'), undefined);
        assert.equal(await store.configVersion(), v0);
      });
    });

    describe('findById', () => {
      it('finds an entity of a kind by id in any scope, with its scope and seq', async () => {
        await store.write(async (tx) => {
          await tx.insert('restapi', 'us-east-1', 'aaa', { n: 1 });
          await tx.insert('restapi', 'eu-west-1', 'bbb', { n: 2 });
          await tx.insert('model', 'eu-west-1/restapis/bbb', 'ccc', { n: 3 });
        });
        const row = await store.findById<Item>('restapi', 'bbb');
        assert.equal(row?.scope, 'eu-west-1');
        assert.equal(row?.id, 'bbb');
        assert.deepEqual(row?.body, { n: 2 });
        assert.equal(typeof row?.seq, 'number');
        assert.equal(await store.findById('restapi', 'ccc'), undefined, 'another kind');
        assert.equal(await store.findById('restapi', 'BBB'), undefined);
        assert.equal(await store.findById('restapi', 'zzz'), undefined);
      });
    });

    describe('findByAlt', () => {
      it('finds by the unique secondary key, per kind', async () => {
        await store.write(async (tx) => {
          await tx.insert('apikey', 'us-east-1', 'k1', { n: 1 }, 'us-east-1:secret1');
          await tx.insert('apikey', 'us-east-1', 'k2', { n: 2 });
          await tx.insert('other', 'us-east-1', 'o1', { n: 3 }, 'us-east-1:secret1');
        });
        const row = await store.findByAlt<Item>('apikey', 'us-east-1:secret1');
        assert.deepEqual({ scope: row?.scope, id: row?.id, body: row?.body }, { scope: 'us-east-1', id: 'k1', body: { n: 1 } });
        assert.equal((await store.findByAlt<Item>('other', 'us-east-1:secret1'))?.id, 'o1');
        assert.equal(await store.findByAlt('apikey', 'us-east-1:SECRET1'), undefined);
        assert.equal(await store.findByAlt('apikey', 'nope'), undefined);
      });

      it('refuses a duplicate alt in the same kind with UniqueViolation, also across scopes', async () => {
        await store.write((tx) => tx.insert('apikey', 's1', 'k1', { n: 1 }, 'v'));
        await assert.rejects(
          store.write((tx) => tx.insert('apikey', 's2', 'k2', { n: 2 }, 'v')),
          UniqueViolation,
        );
        assert.equal(await store.get('apikey', 's2', 'k2'), undefined);
      });

      it('lets many entities go without an alt', async () => {
        await store.write(async (tx) => {
          for (let i = 0; i < 3; i++) await tx.insert('apikey', 's', `k${i}`, { n: i });
        });
        assert.deepEqual(ns(await store.page<Item>('apikey', 's', { limit: 10 })), [0, 1, 2]);
      });

      it('frees an alt when its entity is deleted', async () => {
        await store.write((tx) => tx.insert('apikey', 's', 'k1', { n: 1 }, 'v'));
        await store.write((tx) => tx.delete('apikey', 's', 'k1'));
        assert.equal(await store.findByAlt('apikey', 'v'), undefined);
        await store.write((tx) => tx.insert('apikey', 's', 'k2', { n: 2 }, 'v'));
        assert.equal((await store.findByAlt('apikey', 'v'))?.id, 'k2');
      });
    });

    describe('update', () => {
      it('replaces the body and keeps the alt when none is given', async () => {
        await store.write((tx) => tx.insert('apikey', 's', 'k', { n: 1, tag: 'old' }, 'v1'));
        await store.write((tx) => tx.update('apikey', 's', 'k', { n: 2 }));
        assert.deepEqual(await store.get('apikey', 's', 'k'), { n: 2 });
        assert.deepEqual((await store.findByAlt('apikey', 'v1'))?.body, { n: 2 });
      });

      it('moves the alt when one is given', async () => {
        await store.write((tx) => tx.insert('apikey', 's', 'k', { n: 1 }, 'v1'));
        await store.write((tx) => tx.update('apikey', 's', 'k', { n: 2 }, 'v2'));
        assert.equal(await store.findByAlt('apikey', 'v1'), undefined);
        assert.equal((await store.findByAlt('apikey', 'v2'))?.id, 'k');
      });

      it("refuses to take another entity's alt with UniqueViolation and rolls back", async () => {
        await store.write(async (tx) => {
          await tx.insert('apikey', 's', 'k1', { n: 1 }, 'v1');
          await tx.insert('apikey', 's', 'k2', { n: 2 }, 'v2');
        });
        await assert.rejects(
          store.write(async (tx) => {
            await tx.update('apikey', 's', 'k1', { n: 10 });
            await tx.update('apikey', 's', 'k2', { n: 20 }, 'v1');
          }),
          UniqueViolation,
        );
        assert.deepEqual(await store.get('apikey', 's', 'k1'), { n: 1 });
        assert.deepEqual(await store.get('apikey', 's', 'k2'), { n: 2 });
        assert.equal((await store.findByAlt('apikey', 'v2'))?.id, 'k2');
      });

      it('keeps the creation order (seq) of the entity', async () => {
        await fill('thing', 's', 3);
        const before = await store.page<Item>('thing', 's', { limit: 10 });
        await store.write((tx) => tx.update('thing', 's', before[0].id, { n: 100 }));
        const after = await store.page<Item>('thing', 's', { limit: 10 });
        assert.deepEqual(ids(after), ids(before));
        assert.deepEqual(
          after.map((r) => r.seq),
          before.map((r) => r.seq),
        );
        assert.deepEqual(ns(after), [100, 1, 2]);
      });

      it('does not create a missing entity', async () => {
        await store.write((tx) => tx.update('thing', 's', 'ghost', { n: 1 }));
        assert.equal(await store.get('thing', 's', 'ghost'), undefined);
      });
    });

    describe('delete', () => {
      it('removes one entity and tells whether there was one', async () => {
        await store.write(async (tx) => {
          await tx.insert('thing', 's', 'a', { n: 1 });
          await tx.insert('thing', 's', 'b', { n: 2 });
          await tx.insert('other', 's', 'a', { n: 3 });
        });
        assert.equal(await store.write((tx) => tx.delete('thing', 's', 'a')), true);
        assert.equal(await store.write((tx) => tx.delete('thing', 's', 'a')), false);
        assert.equal(await store.write((tx) => tx.delete('thing', 'other-scope', 'b')), false);
        assert.equal(await store.get('thing', 's', 'a'), undefined);
        assert.deepEqual(await store.get('thing', 's', 'b'), { n: 2 });
        assert.deepEqual(await store.get('other', 's', 'a'), { n: 3 });
      });

      it('lets the key be used again, as a newer entity (later in lists)', async () => {
        await store.write(async (tx) => {
          await tx.insert('thing', 's', 'a', { n: 1 });
          await tx.insert('thing', 's', 'b', { n: 2 });
        });
        const seqA = (await store.findById('thing', 'a'))!.seq;
        await store.write((tx) => tx.delete('thing', 's', 'a'));
        await store.write((tx) => tx.insert('thing', 's', 'a', { n: 3 }));
        assert.ok((await store.findById('thing', 'a'))!.seq > seqA);
        assert.deepEqual(ids(await store.page('thing', 's', { limit: 10 })), ['b', 'a']);
      });
    });

    describe('page', () => {
      it('lists one scope of one kind in creation order, not id order, with increasing seq', async () => {
        await fill('thing', 's', 5);
        await store.write(async (tx) => {
          await tx.insert('thing', 's/child', 'c', { n: 100 });
          await tx.insert('thing', 's2', 'd', { n: 101 });
          await tx.insert('thing', 'S', 'e', { n: 102 });
          await tx.insert('other', 's', 'f', { n: 103 });
        });
        const rows = await store.page<Item>('thing', 's', { limit: 100 });
        assert.deepEqual(ns(rows), [0, 1, 2, 3, 4]);
        assert.notDeepEqual(ids(rows), [...ids(rows)].sort(), 'the fixture must not be in id order');
        for (let i = 1; i < rows.length; i++) assert.ok(rows[i].seq > rows[i - 1].seq);
        for (const r of rows) assert.equal(r.scope, 's');
      });

      it('stops at limit, and continues after a seq', async () => {
        await fill('thing', 's', 7);
        const first = await store.page<Item>('thing', 's', { limit: 3 });
        assert.deepEqual(ns(first), [0, 1, 2]);
        const second = await store.page<Item>('thing', 's', { limit: 3, after: first[2].seq });
        assert.deepEqual(ns(second), [3, 4, 5]);
        const third = await store.page<Item>('thing', 's', { limit: 3, after: second[2].seq });
        assert.deepEqual(ns(third), [6]);
        assert.deepEqual(await store.page('thing', 's', { limit: 3, after: third[0].seq }), []);
      });

      it('lists newest first with desc, and continues below a seq', async () => {
        await fill('thing', 's', 5);
        const first = await store.page<Item>('thing', 's', { limit: 2, desc: true });
        assert.deepEqual(ns(first), [4, 3]);
        const second = await store.page<Item>('thing', 's', { limit: 10, desc: true, after: first[1].seq });
        assert.deepEqual(ns(second), [2, 1, 0]);
      });

      it('applies where before limit, so a page is full when enough rows match', async () => {
        await fill('thing', 's', 10);
        const even = (b: Item): boolean => b.n % 2 === 0;
        const first = await store.page<Item>('thing', 's', { limit: 3, where: even });
        assert.deepEqual(ns(first), [0, 2, 4]);
        assert.deepEqual(ns(await store.page<Item>('thing', 's', { limit: 3, where: even, after: first[2].seq })), [6, 8]);
        assert.deepEqual(ns(await store.page<Item>('thing', 's', { limit: 3, where: even, desc: true })), [8, 6, 4]);
        assert.deepEqual(await store.page<Item>('thing', 's', { limit: 3, where: () => false }), []);
      });

      it('answers an empty page for limit 0 and for an empty or unknown scope', async () => {
        await fill('thing', 's', 2);
        assert.deepEqual(await store.page('thing', 's', { limit: 0 }), []);
        assert.deepEqual(await store.page('thing', 'nope', { limit: 10 }), []);
        assert.deepEqual(await store.page('nope', 's', { limit: 10 }), []);
      });

      it('is stable while entities are created and deleted between pages', async () => {
        await fill('thing', 's', 6);
        const first = await store.page<Item>('thing', 's', { limit: 3 });
        await store.write(async (tx) => {
          await tx.delete('thing', 's', first[1].id);
          await tx.insert<Item>('thing', 's', 'new', { n: 6 });
        });
        const rest = await store.page<Item>('thing', 's', { limit: 10, after: first[2].seq });
        assert.deepEqual(ns(rest), [3, 4, 5, 6]);
      });

      it('treats _ and % in a scope literally', async () => {
        await store.write(async (tx) => {
          await tx.insert('thing', 'a_c', '1', { n: 1 });
          await tx.insert('thing', 'abc', '2', { n: 2 });
          await tx.insert('thing', 'a%', '3', { n: 3 });
          await tx.insert('thing', 'axyz', '4', { n: 4 });
        });
        assert.deepEqual(ns(await store.page<Item>('thing', 'a_c', { limit: 10 })), [1]);
        assert.deepEqual(ns(await store.page<Item>('thing', 'a%', { limit: 10 })), [3]);
      });
    });

    describe('all (scope prefix)', () => {
      const fixture = (): Promise<void> =>
        store.write(async (tx) => {
          const put = (scope: string, id: string, n: number, kind = 'thing'): Promise<void> => tx.insert<Item>(kind, scope, id, { n });
          await put('r/apis/a_c', '1', 1);
          await put('r/apis/a_c/sub', '2', 2);
          await put('r/apis/a_c/sub/deeper', '3', 3);
          await put('r/apis/abc', '4', 4); // `_` must not match b
          await put('r/apis/abc/sub', '5', 5);
          await put('r/apis/a_cd', '6', 6); // a longer name is not below a_c
          await put('r/apis/a_c', '7', 7, 'other'); // another kind
          await put('r/apis/A_C/sub', '8', 8); // another case
          await put('r/apis/a%', '9', 9);
          await put('r/apis/a%/x', '10', 10);
          await put('r/apis/ab/x', '11', 11); // `%` must not match b
          await put('r/apis/a\\c', '12', 12);
          await put('r/apis/a\\c/x', '13', 13);
          await put('r/apis/aXc/x', '14', 14);
          await put('r/apis/a_c', '15', 15); // created last: order is creation order
        });

      it('lists the scope itself and every scope below it, in creation order', async () => {
        await fixture();
        const rows = await store.all<Item>('thing', 'r/apis/a_c');
        assert.deepEqual(scopes(rows), ['r/apis/a_c|1', 'r/apis/a_c/sub|2', 'r/apis/a_c/sub/deeper|3', 'r/apis/a_c|15']);
        assert.deepEqual(ns(rows), [1, 2, 3, 15]);
      });

      it('treats _ % and \\ in the prefix literally, and is case-sensitive', async () => {
        await fixture();
        assert.deepEqual(ns(await store.all<Item>('thing', 'r/apis/a%')), [9, 10]);
        assert.deepEqual(ns(await store.all<Item>('thing', 'r/apis/a\\c')), [12, 13]);
        assert.deepEqual(ns(await store.all<Item>('thing', 'r/apis/A_C')), [8]);
        assert.deepEqual(ns(await store.all<Item>('thing', 'r/apis/abc')), [4, 5]);
      });

      it('spans regions with a region prefix and answers [] for an unknown prefix', async () => {
        await fixture();
        assert.equal((await store.all('thing', 'r')).length, 14);
        assert.deepEqual(await store.all('thing', 'r/api'), []);
        assert.deepEqual(await store.all('thing', 'nope'), []);
        assert.deepEqual(await store.all('nope', 'r'), []);
      });
    });

    describe('list (exact scope)', () => {
      const fixture = (): Promise<void> =>
        store.write(async (tx) => {
          const put = (scope: string, id: string, n: number, kind = 'thing'): Promise<void> => tx.insert<Item>(kind, scope, id, { n });
          await put('r/apis/a_c', 'z', 1); // id order differs from creation order
          await put('r/apis/a_c/sub', 'y', 2); // below: not listed
          await put('r/apis/abc', 'x', 3); // `_` must not match b
          await put('r/apis/a_cd', 'w', 4); // a longer name
          await put('r/apis/a_c', 'v', 5, 'other'); // another kind
          await put('r/apis/A_C', 'u', 6); // another case
          await put('r/apis/a_c', 'a', 7);
          await put('r/apis', 't', 8); // above
        });

      it('lists one kind in exactly the scope, none below or beside it, in creation order with scope and seq', async () => {
        await fixture();
        const rows = await store.list<Item>('thing', 'r/apis/a_c');
        assert.deepEqual(scopes(rows), ['r/apis/a_c|z', 'r/apis/a_c|a']);
        assert.deepEqual(ns(rows), [1, 7]);
        assert.ok(rows[0].seq < rows[1].seq);
        assert.deepEqual(ns(await store.list<Item>('other', 'r/apis/a_c')), [5]);
        assert.deepEqual(ns(await store.list<Item>('thing', 'r/apis/A_C')), [6]);
        assert.deepEqual(ns(await store.list<Item>('thing', 'r/apis')), [8]);
      });

      it('answers [] for an unknown scope or kind, and sees a transaction’s own writes and deletes', async () => {
        await fixture();
        assert.deepEqual(await store.list('thing', 'r/apis/a_'), []);
        assert.deepEqual(await store.list('nope', 'r/apis/a_c'), []);
        const inside = await store.write(async (tx) => {
          await tx.insert<Item>('thing', 'r/apis/a_c', 'b', { n: 9 });
          await tx.delete('thing', 'r/apis/a_c', 'z');
          return ns(await tx.list<Item>('thing', 'r/apis/a_c'));
        });
        assert.deepEqual(inside, [7, 9]);
        assert.deepEqual(ns(await store.list<Item>('thing', 'r/apis/a_c')), [7, 9]);
      });
    });

    describe('keys with any character', () => {
      // A request's labels reach the store as scopes and ids, NUL (`%00`) and backslashes included
      // (the protocol fuzz suite sends them); PostgreSQL text cannot hold NUL, so its store escapes keys.
      const scope = 'r/a\u0000b\\0c\\';
      const fill2 = () =>
        store.write(async (tx) => {
          await tx.insert<Item>('thing', scope, 'i\u0000d', { n: 1 }, 'alt\u0000\\');
          await tx.insert<Item>('thing', `${scope}/below`, '\\0', { n: 2 });
          await tx.insert<Item>('thing', 'r/a\\0b', 'x', { n: 3 }); // the escaped spelling of 'r/a\u0000b'
          await tx.insert<Item>('thing', 'r/a\u0000b', 'y', { n: 4 });
        });

      it('finds by exact scope, id and alt, and hands scope and id back exactly', async () => {
        await fill2();
        assert.deepEqual(await store.get('thing', scope, 'i\u0000d'), { n: 1 });
        assert.equal(await store.get('thing', scope, 'i\\0d'), undefined);
        const byAlt = await store.findByAlt<Item>('thing', 'alt\u0000\\');
        assert.equal(byAlt?.scope, scope);
        assert.equal(byAlt?.id, 'i\u0000d');
        assert.equal((await store.findById<Item>('thing', '\\0'))?.scope, `${scope}/below`);
        assert.deepEqual(ns(await store.page<Item>('thing', 'r/a\u0000b', { limit: 10 })), [4]);
        assert.deepEqual(ns(await store.page<Item>('thing', 'r/a\\0b', { limit: 10 })), [3]);
        assert.deepEqual(ns(await store.list<Item>('thing', 'r/a\u0000b')), [4]);
        assert.deepEqual(scopes(await store.list<Item>('thing', scope)), [`${scope}|i\u0000d`]);
      });

      it('keeps scope prefixes, updates and deletes exact', async () => {
        await fill2();
        assert.deepEqual(scopes(await store.all<Item>('thing', scope)), [`${scope}|i\u0000d`, `${scope}/below|\\0`]);
        assert.deepEqual(ns(await store.all<Item>('thing', 'r/a\u0000b')), [4], 'a longer name is not a scope below');
        assert.deepEqual(ns(await store.all<Item>('thing', 'r/a\\0b')), [3]);
        await store.write((tx) => tx.update<Item>('thing', scope, 'i\u0000d', { n: 5 }));
        assert.deepEqual(await store.get('thing', scope, 'i\u0000d'), { n: 5 });
        await store.write((tx) => tx.deleteTree(scope));
        assert.deepEqual(ns(await store.all<Item>('thing', 'r')), [3, 4]);
        assert.equal(await store.write((tx) => tx.delete('thing', 'r/a\u0000b', 'y')), true);
        assert.deepEqual(ns(await store.all<Item>('thing', 'r')), [3]);
      });
    });
    describe('keys of any length', () => {
      // AWS documents no length for many names a key is made of (a documentation version, for one);
      // the protocol fuzz test sent a 121,587-character one, which PostgreSQL's btree index could not
      // hold. Random characters, so that no compression brings them under an index's row size.
      let seed = 7;
      const noise = (n: number): string => {
        let out = '';
        for (let i = 0; i < n; i++) {
          seed = (seed * 1103515245 + 12345) >>> 0;
          out += String.fromCharCode(0x21 + (seed % 0x5000));
        }
        return out;
      };
      const scope = `r/${noise(20_000)}`;
      const id = noise(50_000);
      const alt = noise(30_000);

      it('stores, finds, lists, updates and deletes them; a second insert is a UniqueViolation', async () => {
        await store.write(async (tx) => {
          await tx.insert<Item>('thing', scope, id, { n: 1 }, alt);
          await tx.insert<Item>('thing', `${scope}/below`, `${id}2`, { n: 2 });
          await tx.insert<Item>('thing', scope, `${id}3`, { n: 3 });
        });
        assert.deepEqual(await store.get('thing', scope, id), { n: 1 });
        assert.equal((await store.findById<Item>('thing', id))?.scope, scope);
        assert.equal((await store.findByAlt<Item>('thing', alt))?.id, id);
        assert.deepEqual(ns(await store.list<Item>('thing', scope)), [1, 3]);
        assert.deepEqual(ns(await store.page<Item>('thing', scope, { limit: 1 })), [1]);
        assert.deepEqual(ns(await store.all<Item>('thing', scope)), [1, 2, 3]);
        assert.deepEqual(ns(await store.all<Item>('thing', scope.slice(0, 300))), [], 'a prefix that is not a whole scope selects nothing');
        await assert.rejects(
          store.write((tx) => tx.insert<Item>('thing', scope, id, { n: 9 })),
          UniqueViolation,
        );
        await assert.rejects(
          store.write((tx) => tx.insert<Item>('thing', scope, 'other', { n: 9 }, alt)),
          UniqueViolation,
        );
        await store.write((tx) => tx.update<Item>('thing', scope, id, { n: 5 }));
        assert.deepEqual(await store.get('thing', scope, id), { n: 5 });
        assert.equal(await store.write((tx) => tx.delete('thing', scope, `${id}3`)), true);
        await store.write((tx) => tx.deleteTree(scope));
        assert.deepEqual(ns(await store.all<Item>('thing', 'r')), []);
      });
    });

    describe('deleteTree', () => {
      it('deletes every kind in the scope and below it, and nothing else', async () => {
        await store.write(async (tx) => {
          await tx.insert('restapi', 'us-east-1', 'a_c', { n: 0 });
          await tx.insert('resource', 'us-east-1/restapis/a_c', 'r1', { n: 1 }, 'alt-1');
          await tx.insert('model', 'us-east-1/restapis/a_c', 'm1', { n: 2 });
          await tx.insert('method', 'us-east-1/restapis/a_c/resources/r1', 'GET', { n: 3 });
          await tx.insert('resource', 'us-east-1/restapis/abc', 'r2', { n: 4 }); // `_` lookalike
          await tx.insert('resource', 'us-east-1/restapis/a_cd', 'r3', { n: 5 }); // longer sibling
          await tx.insert('resource', 'us-east-1/restapis/A_C/resources/x', 'r4', { n: 6 }); // other case
          await tx.insert('resource', 'us-east-1/restapis/a%', 'r5', { n: 7 });
          await tx.insert('resource', 'us-east-1/restapis/ab', 'r6', { n: 8 }); // `%` lookalike
        });
        await store.write((tx) => tx.deleteTree('us-east-1/restapis/a_c'));
        assert.deepEqual(ns(await store.all<Item>('resource', 'us-east-1')), [4, 5, 6, 7, 8]);
        assert.deepEqual(await store.all('model', 'us-east-1'), []);
        assert.deepEqual(await store.all('method', 'us-east-1'), []);
        assert.deepEqual(await store.get('restapi', 'us-east-1', 'a_c'), { n: 0 }, 'the parent scope stays');
        assert.equal(await store.findByAlt('resource', 'alt-1'), undefined);

        await store.write((tx) => tx.deleteTree('us-east-1/restapis/a%'));
        assert.deepEqual(ns(await store.all<Item>('resource', 'us-east-1')), [4, 5, 6, 8]);
      });

      it('is a no-op for an unknown scope', async () => {
        await fill('thing', 's', 2);
        await store.write((tx) => tx.deleteTree('nope'));
        await store.write((tx) => tx.deleteTree('s/nope'));
        assert.equal((await store.page('thing', 's', { limit: 10 })).length, 2);
      });
    });

    describe('write', () => {
      it('returns what the function returns, and its reads see its own writes', async () => {
        await store.write((tx) => tx.insert('thing', 's', 'old', { n: 0 }, 'alt-old'));
        const seen = await store.write(async (tx) => {
          await tx.insert('thing', 's', 'a', { n: 1 }, 'alt-a');
          await tx.insert('thing', 's/sub', 'b', { n: 2 });
          await tx.update('thing', 's', 'old', { n: 10 });
          await tx.delete('thing', 's', 'gone');
          return {
            get: await tx.get('thing', 's', 'a'),
            byId: (await tx.findById('thing', 'b'))?.scope,
            byAlt: (await tx.findByAlt('thing', 'alt-a'))?.id,
            page: ns(await tx.page<Item>('thing', 's', { limit: 10 })),
            all: ns(await tx.all<Item>('thing', 's')),
            updated: await tx.get('thing', 's', 'old'),
          };
        });
        assert.deepEqual(seen, { get: { n: 1 }, byId: 's/sub', byAlt: 'a', page: [10, 1], all: [10, 1, 2], updated: { n: 10 } });
      });

      it('rolls back every insert, update and delete when the function throws, and rethrows the same error', async () => {
        await store.write(async (tx) => {
          await tx.insert('thing', 's', 'keep', { n: 1 }, 'alt-keep');
          await tx.insert('thing', 's/sub', 'child', { n: 2 });
        });
        const v0 = await store.configVersion();
        const boom = new Boom('boom');
        const err = await store
          .write(async (tx) => {
            await tx.insert('thing', 's', 'new', { n: 3 }, 'alt-new');
            await tx.update('thing', 's', 'keep', { n: 100 }, 'alt-moved');
            await tx.delete('thing', 's/sub', 'child');
            await tx.deleteTree('s');
            assert.deepEqual(await tx.all('thing', 's'), []);
            throw boom;
          })
          .then(
            () => undefined,
            (e: unknown) => e,
          );
        assert.equal(err, boom);
        assert.deepEqual(await store.get('thing', 's', 'keep'), { n: 1 });
        assert.equal((await store.findByAlt('thing', 'alt-keep'))?.id, 'keep');
        assert.equal(await store.findByAlt('thing', 'alt-moved'), undefined);
        assert.equal(await store.findByAlt('thing', 'alt-new'), undefined);
        assert.equal(await store.get('thing', 's', 'new'), undefined);
        assert.deepEqual(await store.get('thing', 's/sub', 'child'), { n: 2 });
        assert.equal(await store.configVersion(), v0);
      });

      it('rolls back when the function throws synchronously or after yielding to the event loop', async () => {
        await assert.rejects(
          store.write((tx: StoreWriter) => {
            void tx;
            throw new Boom('sync');
          }),
          Boom,
        );
        await assert.rejects(
          store.write(async (tx) => {
            await tx.insert('thing', 's', 'a', { n: 1 });
            await new Promise((r) => setImmediate(r));
            throw new Boom('late');
          }),
          Boom,
        );
        assert.equal(await store.get('thing', 's', 'a'), undefined);
        await store.write((tx) => tx.insert('thing', 's', 'a', { n: 2 }));
        assert.deepEqual(await store.get('thing', 's', 'a'), { n: 2 }, 'the store works after failed writes');
      });

      it('bumps configVersion exactly once per successful write, whatever it does', async () => {
        const v0 = await store.configVersion();
        assert.equal(typeof v0, 'number');
        await fill('thing', 's', 20);
        assert.equal(await store.configVersion(), v0 + 1);
        await store.write(async () => undefined);
        assert.equal(await store.configVersion(), v0 + 2);
        const inside = await store.write(async (tx) => {
          await tx.insert('thing', 's', 'z', { n: 1 });
          return tx.configVersion();
        });
        assert.ok(inside === v0 + 2 || inside === v0 + 3, `inside a write the version is the old or the new one, got ${inside}`);
        assert.equal(await store.configVersion(), v0 + 3);
        await assert.rejects(
          store.write(async () => {
            throw new Boom();
          }),
          Boom,
        );
        assert.equal(await store.configVersion(), v0 + 3);
      });

      it('serializes writes in the order they were started, even when they yield and some fail', async () => {
        await store.write((tx) => tx.insert<{ count: number; log: number[] }>('counter', 's', 'c', { count: 0, log: [] }));
        const v0 = await store.configVersion();
        const N = 40;
        const finished: number[] = [];
        const writes = Array.from({ length: N }, (_, i) =>
          store
            .write(async (tx) => {
              const c = (await tx.get<{ count: number; log: number[] }>('counter', 's', 'c'))!;
              // Yield to the event loop in the middle of the read-modify-write: an unserialized store loses updates here.
              if (i % 3 === 0) await new Promise((r) => setImmediate(r));
              else await Promise.resolve();
              await tx.update('counter', 's', 'c', { count: c.count + 1, log: [...c.log, i] });
              if (i % 10 === 7) throw new Boom(`write ${i}`);
              return i;
            })
            .then(
              (v) => {
                finished.push(v);
                return v;
              },
              (e: unknown) => {
                finished.push(i);
                throw e;
              },
            ),
        );
        const results = await Promise.allSettled(writes);
        const failed = [...Array(N).keys()].filter((i) => i % 10 === 7);
        const ok = [...Array(N).keys()].filter((i) => i % 10 !== 7);
        results.forEach((r, i) => {
          if (failed.includes(i)) assert.ok(r.status === 'rejected' && r.reason instanceof Boom, `write ${i} rejects`);
          else assert.deepEqual(r, { status: 'fulfilled', value: i });
        });
        assert.deepEqual(finished, [...Array(N).keys()], 'writes settle in the order they were started');
        assert.deepEqual(await store.get('counter', 's', 'c'), { count: ok.length, log: ok });
        assert.equal(await store.configVersion(), v0 + ok.length);
      });

      it('lets a check-then-insert see the insert of an earlier concurrent write', async () => {
        const results = await Promise.allSettled(
          Array.from({ length: 8 }, (_, i) =>
            store.write(async (tx) => {
              if (await tx.get('thing', 's', 'k')) throw new Boom('exists');
              await new Promise((r) => setImmediate(r));
              await tx.insert('thing', 's', 'k', { n: i });
              return i;
            }),
          ),
        );
        assert.deepEqual(results[0], { status: 'fulfilled', value: 0 });
        for (const r of results.slice(1)) assert.ok(r.status === 'rejected' && r.reason instanceof Boom);
        assert.deepEqual(await store.get('thing', 's', 'k'), { n: 0 });
      });

      it('gives concurrent blind inserts of one key one winner and UniqueViolation for the rest', async () => {
        const results = await Promise.allSettled(
          Array.from({ length: 8 }, (_, i) =>
            store.write(async (tx) => {
              await tx.insert('thing', 's', `own-${i}`, { n: i });
              await tx.insert('thing', 's', 'k', { n: i });
              return i;
            }),
          ),
        );
        assert.deepEqual(results[0], { status: 'fulfilled', value: 0 });
        for (const r of results.slice(1)) assert.ok(r.status === 'rejected' && r.reason instanceof UniqueViolation);
        assert.deepEqual(ids(await store.page('thing', 's', { limit: 20 })), ['own-0', 'k']);
      });
    });
  });
}

/**
 * Two stores on one database (two processes on one SQLite file, two nodes on one PostgreSQL schema):
 * each sees the other's committed writes at once, the other's config version within its poll, and
 * the other's unique keys. `openTwo` opens both on a fresh, empty database.
 */
export function sharedStoreContract(name: string, openTwo: () => Promise<[Store, Store]>): void {
  describe(`Store contract, two stores on one database: ${name}`, () => {
    it('each sees the other’s writes, its config version within a poll, and its alt', async () => {
      const [a, b] = await openTwo();
      try {
        const before = await b.configVersion();
        await a.write((tx) => tx.insert('thing', 's', 'x', { n: 1 }, 'alt-x'));
        assert.deepEqual(await b.get('thing', 's', 'x'), { n: 1 }, 'reads go to the database');
        const deadline = Date.now() + 2_000;
        while ((await b.configVersion()) !== before + 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        assert.equal(await b.configVersion(), before + 1, 'the other store sees the new version within its poll');
        assert.equal(await b.configVersion(), await a.configVersion());
        await assert.rejects(
          b.write((tx) => tx.insert('thing', 's', 'y', { n: 2 }, 'alt-x')),
          UniqueViolation,
        );
        await b.write((tx) => tx.update('thing', 's', 'x', { n: 3 }));
        assert.deepEqual(await a.get('thing', 's', 'x'), { n: 3 });
      } finally {
        await a.close();
        await b.close();
      }
    });
  });
}
