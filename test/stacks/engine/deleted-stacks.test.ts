/**
 * Deleted stacks' retention (src/stacks/engine/deleted-stacks.ts): the live record removed and a DELETE_COMPLETE one
 * kept by stack id in one transaction; 90 days, and at most DELETED_KEPT per region.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Stack } from '../../../src/domain/stack.js';
import { DELETED_KEPT, DELETED_RETENTION_MS, getDeleted, listDeleted, recordDeleted } from '../../../src/stacks/engine/deleted-stacks.js';
import { stacks } from '../../../src/store/collections/index.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';

const stack = (name: string, n: number): Stack => ({
  name,
  id: `arn:aws:cloudformation:us-east-1:000000000000:stack/${name}/00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
  region: 'us-east-1',
  status: 'DELETE_IN_PROGRESS',
  created: 0,
  originalTemplate: {},
  template: {},
  parameters: {},
  parameterView: [],
  skipUnsupported: false,
  resources: {},
  outputs: [],
  imports: [],
  events: [],
  lease: { owner: 'me', expires: 1 },
});

describe('deleted stacks', () => {
  it('frees the name, keeps the record by id as DELETE_COMPLETE, and drops it after 90 days', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    try {
      const s = stack('a', 1);
      await store.write((tx) => stacks.in(tx, 'us-east-1').insert('a', s));
      await store.write((tx) => recordDeleted(tx, s, 1000));
      assert.equal(await stacks.in(store, 'us-east-1').get('a'), undefined);
      const kept = await getDeleted(store, 'us-east-1', s.id, 2000);
      assert.equal(kept?.status, 'DELETE_COMPLETE');
      assert.equal(kept?.deleted, 1000);
      assert.equal(kept?.lease, undefined);
      assert.equal(await getDeleted(store, 'eu-west-1', s.id, 2000), undefined);
      assert.equal(await getDeleted(store, 'us-east-1', s.id, 1000 + DELETED_RETENTION_MS), undefined);
      assert.deepEqual(await listDeleted(store, 'us-east-1', 1000 + DELETED_RETENTION_MS), []);
    } finally {
      await store.close();
    }
  });

  it(`keeps the newest ${DELETED_KEPT} per region, newest first`, async () => {
    const store = new SqliteStore({ path: ':memory:' });
    try {
      for (let i = 0; i < DELETED_KEPT + 3; i++) await store.write((tx) => recordDeleted(tx, stack('same', i), 1000 + i));
      const all = await listDeleted(store, 'us-east-1', 5000);
      assert.equal(all.length, DELETED_KEPT);
      assert.equal(all[0].deleted, 1000 + DELETED_KEPT + 2);
      assert.equal(all.at(-1)!.deleted, 1003);
    } finally {
      await store.close();
    }
  });
});
