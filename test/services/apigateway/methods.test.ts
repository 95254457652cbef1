/**
 * Methods and method responses through the AWS SDK (peer-localstack F58, F59, F68, F69).
 */
import {
  CreateRestApiCommand,
  DeleteMethodCommand,
  DeleteMethodResponseCommand,
  GetMethodCommand,
  GetMethodResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateMethodCommand,
  UpdateMethodResponseCommand,
  type PutMethodCommandInput,
} from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { raw, sdkError, startTollgate, type TestServer } from '../../helpers/tollgate.js';

let t: TestServer;
before(async () => {
  t = await startTollgate();
});
after(async () => {
  await t.close();
});

async function newApi(): Promise<{ restApiId: string; resourceId: string }> {
  const api = await t.client.send(new CreateRestApiCommand({ name: 'm' }));
  return { restApiId: api.id!, resourceId: api.rootResourceId! };
}
const put = (a: { restApiId: string; resourceId: string }, input: Partial<PutMethodCommandInput>) =>
  t.client.send(new PutMethodCommand({ ...a, httpMethod: 'GET', authorizationType: 'NONE', ...input }));

describe('PutMethod / GetMethod / DeleteMethod', () => {
  it('has AWS defaults and lifecycle (F58)', async () => {
    const a = await newApi();
    const m = await put(a, { httpMethod: 'ANY' });
    assert.equal(m.$metadata.httpStatusCode, 201);
    const { $metadata: _, ...body } = m;
    assert.deepEqual(body, { apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'ANY' });
    assert.equal((await t.client.send(new GetMethodCommand({ ...a, httpMethod: 'ANY' }))).httpMethod, 'ANY');
    const del = await t.client.send(new DeleteMethodCommand({ ...a, httpMethod: 'ANY' }));
    assert.equal(del.$metadata.httpStatusCode, 204);
    assert.deepEqual(await sdkError(t.client.send(new GetMethodCommand({ ...a, httpMethod: 'ANY' }))), {
      name: 'NotFoundException',
      message: 'Invalid Method identifier specified',
      status: 404,
    });
  });

  it('validates like AWS (F59)', async () => {
    const a = await newApi();
    assert.deepEqual(await sdkError(put(a, { httpMethod: 'WRONG' })), {
      name: 'BadRequestException',
      message: 'Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY',
      status: 400,
    });
    assert.deepEqual(await sdkError(put(a, { authorizationType: 'CUSTOM' })), {
      name: 'BadRequestException',
      message: 'Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.',
      status: 400,
    });
    assert.deepEqual(await sdkError(put(a, { requestValidatorId: 'nope12' })), {
      name: 'BadRequestException',
      message: 'Invalid Request Validator identifier specified',
      status: 400,
    });
    assert.deepEqual(await sdkError(put(a, { requestModels: { 'application/json': 'petModel' } })), {
      name: 'BadRequestException',
      message: 'Invalid model identifier specified: petModel',
      status: 400,
    });
    assert.deepEqual(await sdkError(put(a, { requestParameters: { 'method.request.querystring.id': true, 'method.request.header.id': false } })), {
      name: 'BadRequestException',
      message: 'Parameter names must be unique across querystring, header and path',
      status: 400,
    });
    // The default models exist on every new API.
    assert.deepEqual((await put(a, { requestModels: { 'application/json': 'Empty' } })).requestModels, { 'application/json': 'Empty' });
  });

  it('refuses a second PutMethod on the same verb (aws/aws-cli#3992)', async () => {
    const a = await newApi();
    await put(a, {});
    assert.deepEqual(await sdkError(put(a, {})), {
      name: 'ConflictException',
      message: 'Method already exists for this resource',
      status: 409,
    });
  });

  it('needs a known resource and an authorizationType', async () => {
    const a = await newApi();
    assert.deepEqual(await sdkError(put({ ...a, resourceId: 'nope12' }, {})), {
      name: 'NotFoundException',
      message: 'Invalid Resource identifier specified',
      status: 404,
    });
    const r = await raw(t.app.adminUrl, 'PUT', `/restapis/${a.restApiId}/resources/${a.resourceId}/methods/GET`, '{}');
    assert.equal(r.status, 400);
    assert.equal(r.headers.get('x-amzn-errortype'), 'ValidationException');
  });
});

describe('UpdateMethod', () => {
  it('patches the supported paths', async () => {
    const a = await newApi();
    await put(a, { requestParameters: { 'method.request.querystring.q': false } });
    const m = await t.client.send(
      new UpdateMethodCommand({
        ...a,
        httpMethod: 'GET',
        patchOperations: [
          { op: 'replace', path: '/apiKeyRequired', value: 'true' },
          { op: 'replace', path: '/operationName', value: 'ListPets' },
          { op: 'add', path: '/requestParameters/method.request.header.x-id', value: 'true' },
          { op: 'remove', path: '/requestParameters/method.request.querystring.q' },
          { op: 'add', path: '/requestModels/application~1json', value: 'Error' },
          { op: 'add', path: '/authorizationScopes', value: 'read' },
        ],
      }),
    );
    assert.equal(m.apiKeyRequired, true);
    assert.equal(m.operationName, 'ListPets');
    assert.deepEqual(m.requestParameters, { 'method.request.header.x-id': true });
    assert.deepEqual(m.requestModels, { 'application/json': 'Error' });
    assert.deepEqual(m.authorizationScopes, ['read']);
    const err = await sdkError(
      t.client.send(new UpdateMethodCommand({ ...a, httpMethod: 'GET', patchOperations: [{ op: 'replace', path: '/httpMethod', value: 'POST' }] })),
    );
    assert.equal(err.name, 'BadRequestException');
    // An unknown path is named bare (recorded: TestApiGatewayApiMethod::test_update_method_validation [unsupported-path]).
    assert.equal(err.message, 'Invalid patch path /httpMethod');
    assert.equal((await sdkError(t.client.send(new UpdateMethodCommand({ ...a, httpMethod: 'POST', patchOperations: [] })))).status, 404);
  });
});

describe('method responses', () => {
  it('put, get, update (201) and delete (F68)', async () => {
    const a = await newApi();
    await put(a, {});
    const mr = await t.client.send(
      new PutMethodResponseCommand({
        ...a,
        httpMethod: 'GET',
        statusCode: '200',
        responseParameters: { 'method.response.header.my-header': false },
        responseModels: { 'application/json': 'Empty' },
      }),
    );
    assert.equal(mr.$metadata.httpStatusCode, 201);
    let up = await t.client.send(
      new UpdateMethodResponseCommand({
        ...a,
        httpMethod: 'GET',
        statusCode: '200',
        patchOperations: [
          { op: 'remove', path: '/responseParameters/method.response.header.my-header' },
          { op: 'remove', path: '/responseModels/application~1json' },
        ],
      }),
    );
    assert.equal(up.$metadata.httpStatusCode, 201);
    assert.deepEqual({ ...up, $metadata: undefined }, { statusCode: '200', $metadata: undefined });
    up = await t.client.send(
      new UpdateMethodResponseCommand({
        ...a,
        httpMethod: 'GET',
        statusCode: '200',
        patchOperations: [
          { op: 'add', path: '/responseParameters/method.response.header.my-header', value: 'true' },
          { op: 'add', path: '/responseModels/application~1json', value: 'Error' },
        ],
      }),
    );
    assert.deepEqual(up.responseParameters, { 'method.response.header.my-header': true });
    assert.deepEqual(up.responseModels, { 'application/json': 'Error' });
    assert.equal((await t.client.send(new GetMethodResponseCommand({ ...a, httpMethod: 'GET', statusCode: '200' }))).statusCode, '200');
    assert.equal((await t.client.send(new DeleteMethodResponseCommand({ ...a, httpMethod: 'GET', statusCode: '200' }))).$metadata.httpStatusCode, 204);
    assert.deepEqual(await sdkError(t.client.send(new GetMethodResponseCommand({ ...a, httpMethod: 'GET', statusCode: '200' }))), {
      name: 'NotFoundException',
      message: 'Invalid Response status code specified',
      status: 404,
    });
  });

  it('takes a model map whose value is JSON null for an unknown model: 400, on either store (a fuzz finding: 500 on PostgreSQL)', async () => {
    const a = await newApi();
    await put(a, {});
    const base = `/restapis/${a.restApiId}/resources/${a.resourceId}/methods/GET`;
    for (const [path, body] of [
      [`${base}/responses/200`, { responseModels: { 'application/json': null } }],
      [base, { authorizationType: 'NONE', requestModels: { 'application/json': null } }],
    ] as const) {
      if (path === base) await raw(t.app.adminUrl, 'DELETE', base);
      const r = await raw(t.app.adminUrl, 'PUT', path, JSON.stringify(body));
      assert.equal(r.status, 400, r.text);
      assert.equal(r.headers.get('x-amzn-errortype'), 'BadRequestException');
      assert.equal(r.json.message, 'Invalid model identifier specified: null');
    }
  });

  it('answers F69 texts', async () => {
    const a = await newApi();
    await put(a, {});
    await t.client.send(new PutMethodResponseCommand({ ...a, httpMethod: 'GET', statusCode: '200' }));
    const upd = (patchOperations: { op: 'add' | 'remove' | 'replace'; path: string; value?: string }[]) =>
      t.client.send(new UpdateMethodResponseCommand({ ...a, httpMethod: 'GET', statusCode: '200', patchOperations }));
    assert.deepEqual(await sdkError(upd([{ op: 'remove', path: '/responseParameters/method.response.header.nope' }])), {
      name: 'NotFoundException',
      message: 'Invalid parameter name specified',
      status: 404,
    });
    assert.deepEqual(await sdkError(upd([{ op: 'remove', path: '/responseModels/application~1xml' }])), {
      name: 'NotFoundException',
      message: 'Content-Type specified was not found',
      status: 404,
    });
    assert.deepEqual(await sdkError(upd([{ op: 'add', path: '/wrong/method.response.header.my-header', value: 'true' }])), {
      name: 'BadRequestException',
      message: 'Invalid patch path /wrong/method.response.header.my-header',
      status: 400,
    });
    const two = await sdkError(
      upd([
        { op: 'wrong_op' as 'add', path: '/responseParameters/a' },
        { op: 'add', path: '/responseParameters/b', value: 'true' },
        { op: 'wrong_op' as 'add', path: '/responseParameters/c' },
      ]),
    );
    const one = (i: number) =>
      `Value 'wrong_op' at 'updateMethodResponseInput.patchOperations.${i}.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]`;
    assert.deepEqual(two, { name: 'ValidationException', message: `2 validation errors detected: ${one(1)}; ${one(3)}`, status: 400 });
    assert.deepEqual(await sdkError(t.client.send(new PutMethodResponseCommand({ ...a, httpMethod: 'GET', statusCode: 'wrong' }))), {
      name: 'ValidationException',
      message:
        "1 validation error detected: Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d",
      status: 400,
    });
  });
});
