import { afterAll, beforeAll, expect, test } from '@jest/globals';
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
beforeAll(async () => (tollgate = await startTollgate()));
afterAll(() => tollgate.stop());

test('serves a deployed MOCK method', async () => {
  const client = new APIGatewayClient(tollgate.clientConfig);
  const { id: restApiId, rootResourceId: resourceId } = await client.send(new CreateRestApiCommand({ name: 'jest' }));
  const method = { restApiId, resourceId, httpMethod: 'GET' };
  await client.send(new PutMethodCommand({ ...method, authorizationType: 'NONE' }));
  await client.send(new PutIntegrationCommand({ ...method, type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
  await client.send(new PutMethodResponseCommand({ ...method, statusCode: '200' }));
  await client.send(new PutIntegrationResponseCommand({ ...method, statusCode: '200', responseTemplates: { 'application/json': '{"pets": []}' } }));
  await client.send(new CreateDeploymentCommand({ restApiId, stageName: 'dev' }));
  const res = await fetch(tollgate.invokeUrl(restApiId, 'dev', '/'));
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ pets: [] });
});
