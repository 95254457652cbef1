/**
 * The README's quick start, as written: examples/api.yaml imported, deployed to `dev` with the stage
 * variable `backend`, its three methods (MOCK, AWS_PROXY to examples/functions/hello.mjs, HTTP_PROXY)
 * answering 200.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CreateDeploymentCommand, ImportRestApiCommand } from '@aws-sdk/client-api-gateway';
import { startTollgate, type TestServer } from '../helpers/tollgate.js';

const examples = new URL('../../../examples/', import.meta.url); // dist/test/e2e → the repository
let t: TestServer;
let apiId: string;

before(async () => {
  t = await startTollgate(['--functions', fileURLToPath(new URL('functions', examples))]);
  const api = await t.client.send(new ImportRestApiCommand({ body: readFileSync(new URL('api.yaml', examples)) }));
  apiId = api.id!;
  await t.client.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'dev', variables: { backend: new URL(t.app.url).host } }));
});
after(() => t.close());

describe('the quick start (examples/)', () => {
  it('GET /pets answers 200 from MOCK', async () => {
    const r = await fetch(`${t.app.url}/_aws/execute-api/${apiId}/dev/pets`);
    assert.equal(r.status, 200);
    assert.deepEqual(await r.json(), [
      { id: 1, type: 'dog' },
      { id: 2, type: 'cat' },
    ]);
  });

  it('GET /hello answers 200 from the function', async () => {
    const r = await fetch(`${t.app.url}/_aws/execute-api/${apiId}/dev/hello`);
    assert.equal(r.status, 200);
    assert.deepEqual(await r.json(), { message: 'hello from /hello', stage: 'dev' });
  });

  it('GET /health answers 200 through HTTP_PROXY', async () => {
    const r = await fetch(`${t.app.url}/_aws/execute-api/${apiId}/dev/health`);
    assert.equal(r.status, 200);
    assert.deepEqual(await r.json(), { status: 'alive' });
  });
});
