import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateRestApiCommand,
  GetRestApisCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
} from '@aws-sdk/client-api-gateway';
import { startTollgate, type RunningTollgate } from '../../src/testing.js';

describe('with await using', () => {
  it('creates a REST API', async () => {
    await using tollgate = await startTollgate();
    const client = new APIGatewayClient(tollgate.clientConfig);
    const { id } = await client.send(new CreateRestApiCommand({ name: 'demo' }));
    const { items } = await client.send(new GetRestApisCommand({}));
    assert.deepEqual(
      items?.map((api) => api.id),
      [id],
    );
  });
});

describe('with start and stop', () => {
  let tollgate: RunningTollgate;
  let client: APIGatewayClient;
  before(async () => {
    tollgate = await startTollgate();
    client = new APIGatewayClient(tollgate.clientConfig);
  });
  after(() => tollgate.stop());

  it('serves a deployed MOCK method', async () => {
    const { id: restApiId, rootResourceId: resourceId } = await client.send(new CreateRestApiCommand({ name: 'pets' }));
    const method = { restApiId, resourceId, httpMethod: 'GET' };
    await client.send(new PutMethodCommand({ ...method, authorizationType: 'NONE' }));
    await client.send(new PutIntegrationCommand({ ...method, type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
    await client.send(new PutMethodResponseCommand({ ...method, statusCode: '200' }));
    await client.send(new PutIntegrationResponseCommand({ ...method, statusCode: '200', responseTemplates: { 'application/json': '{"pets": []}' } }));
    await client.send(new CreateDeploymentCommand({ restApiId, stageName: 'dev' }));

    const res = await fetch(tollgate.invokeUrl(restApiId!, 'dev', '/'));
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { pets: [] });
  });
});
