/**
 * PutRestApi computes its writes from a snapshot taken outside the transaction; a write that lands
 * between the snapshot and the transaction must not be lost or survive wrongly. The handler is
 * called directly on a real store, with a store wrapper that slips another write in just before
 * the import's transaction.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import { loadConfig } from '../../../../src/config/options.js';
import { apiScope } from '../../../../src/domain/kinds.js';
import { type ControlContext } from '../../../../src/services/apigateway/context.js';
import { openApiImportHandlers } from '../../../../src/services/apigateway/openapi/import.js';
import type { Resource } from '../../../../src/domain/resource.js';
import { createRestApi } from '../../../../src/services/apigateway/rest-apis.js';
import { SqliteStore } from '../../../../src/store/sqlite/sqlite-store.js';
import type { Store, StoreWriter } from '../../../../src/store/store.js';
import { mockOp, oas3 } from './helpers.js';
import { unwiredPorts } from '../../../helpers/ports.js';

function context(store: Store): ControlContext {
  return {
    region: 'us-east-1',
    accountId: '000000000000',
    requestId: 'r',
    store,
    config: loadConfig(['--memory']),
    log: pino({ level: 'silent' }),
    ...unwiredPorts(),
  };
}

async function pathsOf(store: Store, apiId: string): Promise<string[]> {
  const scope = apiScope('us-east-1', apiId);
  return (await store.all<Resource>('resource', scope)).map((r) => r.body.path).sort();
}

describe('PutRestApi: a write between the snapshot and the transaction', () => {
  for (const mode of ['overwrite', 'merge'] as const) {
    it(`${mode}: the writes are computed again against what is stored`, async () => {
      const store = new SqliteStore({ path: ':memory:' });
      try {
        const ctx = context(store);
        const api = await store.write((tx) => createRestApi({ name: 'a' }, ctx, tx));
        const scope = apiScope('us-east-1', api.id);
        let slipped = false;
        const racing: Store = {
          get: (k, sc, id) => store.get(k, sc, id),
          findById: (k, id) => store.findById(k, id),
          findByAlt: (k, a) => store.findByAlt(k, a),
          page: (k, sc, q) => store.page(k, sc, q),
          list: (k, sc) => store.list(k, sc),
          all: (k, p) => store.all(k, p),
          configVersion: () => store.configVersion(),
          close: () => store.close(),
          write: async <T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T> => {
            if (!slipped) {
              slipped = true;
              // Another client creates /late after the import's snapshot.
              await store.write(async (tx) => {
                await tx.insert('resource', scope, 'late01', {
                  id: 'late01',
                  parentId: api.rootResourceId,
                  pathPart: 'late',
                  path: '/late',
                });
              });
            }
            return store.write(fn);
          },
        };
        const body = Buffer.from(JSON.stringify(oas3({ '/fresh': { get: mockOp() } })));
        await openApiImportHandlers.PutRestApi({ restApiId: api.id, body, mode }, context(racing));
        assert.equal(slipped, true);
        assert.deepEqual(await pathsOf(store, api.id), mode === 'overwrite' ? ['/', '/fresh'] : ['/', '/fresh', '/late']);
      } finally {
        await store.close();
      }
    });
  }
});
