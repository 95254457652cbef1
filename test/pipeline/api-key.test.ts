/**
 * The data plane's key check (src/pipeline/api-key.ts) on a real store, without a Lambda authorizer to run:
 * apiKeySource AUTHORIZER takes the key from the authorizer's result on the invocation
 * (`usageIdentifierKey`, DG:api-gateway-lambda-authorizer-output), ignoring X-API-Key. The HTTP paths
 * (HEADER, refusals, changes at once) are in usage-plans.test.ts.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { altFor } from '../../src/domain/api-key.js';
import { planScope } from '../../src/domain/kinds.js';
import { ApiKeys } from '../../src/pipeline/api-key.js';
import { GatewayError } from '../../src/pipeline/gateway-errors.js';
import type { Invocation } from '../../src/pipeline/invocation.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

const VALUE = 'k'.repeat(30);

function invocation(source: 'HEADER' | 'AUTHORIZER', opts: { header?: string; usageIdentifierKey?: string } = {}): Invocation {
  const headers = new Map<string, { name: string; values: string[] }>();
  if (opts.header !== undefined) headers.set('x-api-key', { name: 'X-Api-Key', values: [opts.header] });
  return {
    served: {
      region: 'us-east-1',
      accountId: '000000000000',
      stage: { stageName: 'dev', deploymentId: 'd1' },
      deployment: { snapshot: { api: { apiKeySource: source } } },
    },
    request: { target: { apiId: 'api1234567' }, headers },
    ...(opts.usageIdentifierKey === undefined ? {} : { authorizer: { usageIdentifierKey: opts.usageIdentifierKey } }),
  } as unknown as Invocation;
}

describe('ApiKeys.check', () => {
  let store: SqliteStore;
  let keys: ApiKeys;
  beforeEach(async () => {
    store = new SqliteStore({ path: ':memory:' });
    keys = new ApiKeys(store);
    await store.write(async (tx) => {
      await tx.insert(
        'apikey',
        'us-east-1',
        'key1234567',
        { id: 'key1234567', value: VALUE, enabled: true, stageKeys: [], tags: {} },
        altFor('us-east-1', VALUE),
      );
      await tx.insert('usageplan', 'us-east-1', 'plan01', {
        id: 'plan01',
        name: 'p',
        apiStages: [{ apiId: 'api1234567', stage: 'dev' }],
        tags: {},
      });
      await tx.insert('usageplankey', planScope('us-east-1', 'plan01'), 'key1234567', { id: 'key1234567', type: 'API_KEY' });
    });
  });
  afterEach(async () => {
    await store.close();
  });

  const refused = (p: Promise<unknown>) =>
    assert.rejects(p, (e: unknown) => e instanceof GatewayError && e.type === 'INVALID_API_KEY' && e.gatewayMessage === 'Forbidden');

  it('AUTHORIZER: takes usageIdentifierKey from the authorizer result and sets $context.identity', async () => {
    const inv = invocation('AUTHORIZER', { usageIdentifierKey: VALUE });
    const grant = await keys.check(inv);
    assert.equal(grant.plan.id, 'plan01');
    assert.deepEqual(inv.apiKey, { id: 'key1234567', value: VALUE });
  });

  it('AUTHORIZER: no authorizer result (or an empty key) is a missing key, whatever X-API-Key says', async () => {
    await refused(keys.check(invocation('AUTHORIZER', { header: VALUE })));
    await refused(keys.check(invocation('AUTHORIZER', { usageIdentifierKey: '' })));
    await refused(keys.check(invocation('AUTHORIZER', { usageIdentifierKey: 'unknown-key-value-00000' })));
  });

  it('HEADER: ignores an authorizer result; sees a store change at once', async () => {
    await refused(keys.check(invocation('HEADER', { usageIdentifierKey: VALUE })));
    assert.equal((await keys.check(invocation('HEADER', { header: VALUE }))).key.id, 'key1234567');
    await store.write((tx) => tx.update('apikey', 'us-east-1', 'key1234567', { id: 'key1234567', value: VALUE, enabled: false, stageKeys: [], tags: {} }));
    await refused(keys.check(invocation('HEADER', { header: VALUE })));
  });
});
