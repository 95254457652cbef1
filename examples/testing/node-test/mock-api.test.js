import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
} from '@aws-sdk/client-api-gateway';
import { startTollgate } from 'tollgate/testing';

let tollgate;
before(async () => (tollgate = await startTollgate()));
after(() => tollgate.stop());

it('serves a deployed MOCK method', async () => {
  const client = new APIGatewayClient(tollgate.clientConfig);
  const { id: restApiId, rootResourceId: resourceId } = await client.send(new CreateRestApiCommand({ name: 'node-test' }));
  const method = { restApiId, resourceId, httpMethod: 'GET' };
  await client.send(new PutMethodCommand({ ...method, authorizationType: 'NONE' }));
  await client.send(new PutIntegrationCommand({ ...method, type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
  await client.send(new PutMethodResponseCommand({ ...method, statusCode: '200' }));
  await client.send(new PutIntegrationResponseCommand({ ...method, statusCode: '200', responseTemplates: { 'application/json': '{"pets": []}' } }));
  await client.send(new CreateDeploymentCommand({ restApiId, stageName: 'dev' }));
  const res = await fetch(tollgate.invokeUrl(restApiId, 'dev', '/'));
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { pets: [] });
});
