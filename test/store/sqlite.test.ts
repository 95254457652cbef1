/**
 * SqliteStore: the shared Store contract on a temp file and on ':memory:', then what only a file
 * store has: data surviving a reopen, numbered migrations applied exactly once (PRAGMA
 * user_version), two stores sharing one file.
 */
import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { SchemaTooNew } from '../../src/store/store.js';
import { sharedStoreContract, storeContract } from './store.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = (): string => join(dir, `s${++n}`, 'tollgate.db');

storeContract('SqliteStore (file, synchronous FULL)', async () => new SqliteStore({ path: freshPath() }));
storeContract('SqliteStore (:memory:)', async () => new SqliteStore({ path: ':memory:' }));
sharedStoreContract('SqliteStore (one file)', async () => {
  const path = freshPath();
  return [new SqliteStore({ path }), new SqliteStore({ path })];
});

const LATEST = Math.max(...MIGRATIONS.map((m) => m.version));
const userVersion = (path: string): number => {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
};

/** The PRAGMA statements every better-sqlite3 connection runs while `run` does. */
async function pragmasDuring(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const proto = Database.prototype as unknown as { pragma: (this: Database.Database, source: string, options?: Database.PragmaOptions) => unknown };
  const original = proto.pragma;
  proto.pragma = function (source, options) {
    seen.push(source);
    return original.call(this, source, options);
  };
  try {
    await run();
  } finally {
    proto.pragma = original;
  }
  return seen;
}

describe('SqliteStore on a file', () => {
  it('commits a write marked not durable under synchronous NORMAL, that write only, and keeps it like any other', async () => {
    const path = freshPath();
    const store = new SqliteStore({ path });
    try {
      assert.deepEqual(await pragmasDuring(() => store.write((tx) => tx.insert('k', 's', 'a', { n: 1 }), { durable: false })), [
        'synchronous = NORMAL',
        'synchronous = FULL',
      ]);
      assert.deepEqual(await pragmasDuring(() => store.write((tx) => tx.insert('k', 's', 'b', { n: 2 }))), []);
      const failing = store.write(
        async (tx) => {
          await tx.insert('k', 's', 'c', { n: 3 });
          throw new Error('no');
        },
        { durable: false },
      );
      assert.deepEqual(await pragmasDuring(() => assert.rejects(failing)), ['synchronous = NORMAL', 'synchronous = FULL']);
    } finally {
      await store.close();
    }
    const again = new SqliteStore({ path });
    assert.deepEqual(
      (await again.list<{ n: number }>('k', 's')).map((r) => r.body.n),
      [1, 2],
    );
    await again.close();
    // A store opened with synchronous NORMAL has nothing to lower.
    const normal = new SqliteStore({ path: freshPath(), synchronous: 'NORMAL' });
    assert.deepEqual(await pragmasDuring(() => normal.write((tx) => tx.insert('k', 's', 'a', {}), { durable: false })), []);
    await normal.close();
  });

  it('creates the directory and a WAL database', async () => {
    const path = freshPath();
    const store = new SqliteStore({ path });
    await store.write((tx) => tx.insert('thing', 's', 'a', { n: 1 }));
    assert.ok(existsSync(path));
    const db = new Database(path, { readonly: true });
    try {
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    } finally {
      db.close();
    }
    await store.close();
  });

  it('keeps entities, alts, order and the config version across a reopen', async () => {
    const path = freshPath();
    let store = new SqliteStore({ path, synchronous: 'NORMAL' });
    await store.write(async (tx) => {
      await tx.insert('thing', 's', 'a', { n: 1 }, 'alt-a');
      await tx.insert('thing', 's/sub', 'b', { n: 2 });
      await tx.insert('thing', 's', 'c', { n: 3 });
    });
    await store.write((tx) => tx.delete('thing', 's', 'c'));
    const version = await store.configVersion();
    const seqB = (await store.findById('thing', 'b'))!.seq;
    await store.close();

    store = new SqliteStore({ path });
    try {
      assert.deepEqual(await store.get('thing', 's', 'a'), { n: 1 });
      assert.equal((await store.findByAlt('thing', 'alt-a'))?.id, 'a');
      assert.deepEqual(
        (await store.all<{ n: number }>('thing', 's')).map((r) => r.body.n),
        [1, 2],
      );
      assert.equal(await store.get('thing', 's', 'c'), undefined);
      assert.equal(await store.configVersion(), version);
      // A deleted row's seq is never handed out again, so positions given out before the restart stay valid.
      await store.write((tx) => tx.insert('thing', 's', 'd', { n: 4 }));
      const seqD = (await store.findById('thing', 'd'))!.seq;
      assert.ok(seqD > seqB + 1, `seq ${seqD} must be above the deleted row's`);
      assert.equal(await store.configVersion(), version + 1);
    } finally {
      await store.close();
    }
  });

  it('finishes the writes already started before close() resolves', async () => {
    const path = freshPath();
    const store = new SqliteStore({ path });
    const writes = Array.from({ length: 5 }, (_, i) => store.write((tx) => tx.insert('thing', 's', `k${i}`, { n: i })));
    await store.close();
    await Promise.all(writes);
    const again = new SqliteStore({ path });
    try {
      assert.equal((await again.page('thing', 's', { limit: 10 })).length, 5);
    } finally {
      await again.close();
    }
  });

  it('applies the migrations once: user_version is the latest, and a reopen applies nothing again', async () => {
    const path = freshPath();
    await new SqliteStore({ path }).close();
    assert.equal(userVersion(path), LATEST);
    // Migration 1 creates tables without IF NOT EXISTS: applying it twice would throw here.
    const store = new SqliteStore({ path });
    await store.write((tx) => tx.insert('thing', 's', 'a', { n: 1 }));
    await store.close();
    assert.equal(userVersion(path), LATEST);
  });

  it('applies only the migrations above user_version, each once, keeping the data', async () => {
    const path = freshPath();
    const first = new SqliteStore({ path });
    await first.write((tx) => tx.insert('thing', 's', 'a', { n: 1 }));
    await first.close();
    const probe = { version: LATEST + 1, name: 'probe', sql: 'CREATE TABLE probe (x INTEGER); INSERT INTO probe (x) VALUES (1);' };
    MIGRATIONS.push(probe);
    try {
      for (let i = 0; i < 2; i++) {
        const store = new SqliteStore({ path });
        assert.deepEqual(await store.get('thing', 's', 'a'), { n: 1 });
        await store.close();
      }
      assert.equal(userVersion(path), LATEST + 1);
      const db = new Database(path, { readonly: true });
      try {
        assert.equal(db.prepare('SELECT count(*) FROM probe').pluck().get(), 1, 'the new migration ran exactly once');
      } finally {
        db.close();
      }
    } finally {
      MIGRATIONS.splice(MIGRATIONS.indexOf(probe), 1);
    }
  });

  it('refuses to open a database a newer Tollgate wrote (user_version above every migration it knows), and leaves it alone', async () => {
    const path = freshPath();
    const first = new SqliteStore({ path });
    await first.write((tx) => tx.insert('thing', 's', 'a', { n: 1 }));
    await first.close();
    const db = new Database(path);
    try {
      db.pragma(`user_version = ${LATEST + 1}`);
    } finally {
      db.close();
    }
    assert.throws(
      () => new SqliteStore({ path }),
      (e: unknown) => e instanceof SchemaTooNew && new RegExp(`schema version ${LATEST + 1}, this Tollgate knows up to ${LATEST}`).test(e.message),
    );
    assert.equal(userVersion(path), LATEST + 1);
  });

  it('rolls a failing migration back entirely and leaves user_version where it was', async () => {
    const path = freshPath();
    await new SqliteStore({ path }).close();
    const bad = { version: LATEST + 1, name: 'bad', sql: 'CREATE TABLE half (x INTEGER); THIS IS NOT SQL;' };
    MIGRATIONS.push(bad);
    try {
      assert.throws(() => new SqliteStore({ path }), /syntax error/);
    } finally {
      MIGRATIONS.splice(MIGRATIONS.indexOf(bad), 1);
    }
    assert.equal(userVersion(path), LATEST);
    const db = new Database(path, { readonly: true });
    try {
      assert.equal(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get(), 0);
    } finally {
      db.close();
    }
    const store = new SqliteStore({ path });
    await store.write((tx) => tx.insert('thing', 's', 'a', { n: 1 }));
    await store.close();
  });
});
