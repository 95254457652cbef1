/**
 * API Gateway invoking functions created through Lambda's management API follows their resource-based policy,
 * as on AWS: without an AddPermission for apigateway.amazonaws.com whose SourceArn matches the method, the call
 * answers 500 {"message":"Internal server error"} and the execution log says "Execution failed due to
 * configuration error: Invalid permissions on Lambda function"
 * (https://repost.aws/knowledge-center/api-gateway-rest-api-lambda-integrations); a permission applies only to
 * the ARN it names (https://docs.aws.amazon.com/lambda/latest/dg/using-aliases.html "Resource policies");
 * `--lambda-permissions off` lets every call through. Everything through the unmodified SDKs and a real socket.
 */
import { TestInvokeMethodCommand, CreateAuthorizerCommand, type APIGatewayClient } from '@aws-sdk/client-api-gateway';
import {
  AddPermissionCommand,
  CreateAliasCommand,
  CreateFunctionCommand,
  PublishVersionCommand,
  RemovePermissionCommand,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addResource, deploy, invokeUrl, newApi, putMethod, rawRequest, type Api } from '../helpers/apis.js';
import { lambdaUri } from '../helpers/functions.js';
import { lambdaClient, ROLE, zipOf } from '../helpers/lambda.js';
import { ACCOUNT, startTollgate, type TestServer } from '../helpers/tollgate.js';

const PROXY_FN = zipOf({
  'index.mjs':
    'export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ resource: event.resource, v: process.env.AWS_LAMBDA_FUNCTION_VERSION }) });\n',
});
const AUTHORIZER_FN = zipOf({
  'index.mjs':
    'export const handler = async (event) => ({ principalId: "me", policyDocument: { Version: "2012-10-17", Statement: [{ Action: "execute-api:Invoke", Effect: "Allow", Resource: event.methodArn }] } });\n',
});

interface Setup {
  t: TestServer;
  api: APIGatewayClient;
  lambda: LambdaClient;
}

async function start(args: string[] = []): Promise<Setup> {
  const t = await startTollgate(args);
  return { t, api: t.client, lambda: lambdaClient(t.app.adminUrl) };
}

async function stop(s: Setup): Promise<void> {
  s.lambda.destroy();
  await s.t.close();
}

async function createFunction(s: Setup, name: string, zip = PROXY_FN): Promise<void> {
  await s.lambda.send(new CreateFunctionCommand({ FunctionName: name, Role: ROLE, Runtime: 'nodejs20.x', Handler: 'index.handler', Code: { ZipFile: zip } }));
}

/** An API whose GET /pets/{id} is an AWS_PROXY integration of `fn`, deployed to `dev`. */
async function proxyApi(s: Setup, fn: string, integration: Record<string, unknown> = {}): Promise<Api & { resourceId: string }> {
  const api = await newApi(s.api);
  const pets = await addResource(s.api, api, api.root, 'pets');
  const id = await addResource(s.api, api, pets, '{id}');
  await putMethod(s.api, api, id, 'GET', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri(fn), ...integration });
  await deploy(s.api, api, 'dev');
  return { ...api, resourceId: id };
}

const sourceArn = (api: Api, rest: string): string => `arn:aws:execute-api:us-east-1:${ACCOUNT}:${api.id}/${rest}`;

async function allow(s: Setup, fn: string, sid: string, extra: { SourceArn?: string; Qualifier?: string; SourceAccount?: string } = {}): Promise<void> {
  await s.lambda.send(
    new AddPermissionCommand({ FunctionName: fn, StatementId: sid, Action: 'lambda:InvokeFunction', Principal: 'apigateway.amazonaws.com', ...extra }),
  );
}

const get = (s: Setup, api: Api, path = '/pets/7', stage = 'dev') => rawRequest(invokeUrl(s.t.app.url, api, stage, path));

describe('API Gateway → Lambda resource-based policy (--lambda-permissions enforce, the default)', () => {
  let s: Setup;
  before(async () => {
    s = await start();
  });
  after(() => stop(s));

  it('answers 500 Internal server error without a permission, and logs the configuration error', async () => {
    await createFunction(s, 'no-permission');
    const api = await proxyApi(s, 'no-permission');
    const res = await get(s, api);
    assert.equal(res.status, 500);
    assert.deepEqual(res.json(), { message: 'Internal server error' });
    assert.equal(res.headers['x-amzn-errortype'], 'InternalServerErrorException');
    const test = await s.api.send(
      new TestInvokeMethodCommand({ restApiId: api.id, resourceId: api.resourceId, httpMethod: 'GET', pathWithQueryString: '/pets/7' }),
    );
    assert.equal(test.status, 500);
    const lines = test.log!.split('\n').map((l) => l.replace(/^.* : /, ''));
    const sending = lines.findIndex((l) => l.startsWith('Sending request to https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/'));
    assert.ok(sending > 0, test.log);
    assert.equal(lines[sending + 1], 'Execution failed due to configuration error: Invalid permissions on Lambda function');
    assert.equal(lines[sending + 2], 'Method completed with status: 500');
  });

  it('runs the function once apigateway.amazonaws.com may invoke it for this method (SourceArn with wildcards)', async () => {
    await createFunction(s, 'with-permission');
    const api = await proxyApi(s, 'with-permission');
    await allow(s, 'with-permission', 'apigw', { SourceArn: sourceArn(api, '*/GET/pets/{id}') });
    const res = await get(s, api);
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json(), { resource: '/pets/{id}', v: '$LATEST' });
  });

  it('refuses a SourceArn that names another method, stage or API; `?` and `*` match as IAM matches them', async () => {
    await createFunction(s, 'scoped');
    const api = await proxyApi(s, 'scoped');
    await allow(s, 'scoped', 'post-only', { SourceArn: sourceArn(api, '*/POST/pets/{id}') });
    await allow(s, 'scoped', 'prod-only', { SourceArn: sourceArn(api, 'prod/GET/*') });
    await allow(s, 'scoped', 'other-api', { SourceArn: `arn:aws:execute-api:us-east-1:${ACCOUNT}:otherapi01/*/GET/pets/{id}` });
    assert.equal((await get(s, api)).status, 500);
    await allow(s, 'scoped', 'one-char', { SourceArn: sourceArn(api, 'de?/GET/pets/*') });
    assert.equal((await get(s, api)).status, 200);
    await s.lambda.send(new RemovePermissionCommand({ FunctionName: 'scoped', StatementId: 'one-char' }));
    assert.equal((await get(s, api)).status, 500);
  });

  it('takes a permission without SourceArn, and one limited by SourceAccount', async () => {
    await createFunction(s, 'any-source');
    const api = await proxyApi(s, 'any-source');
    await allow(s, 'any-source', 'wrong-account', { SourceAccount: '111122223333' });
    assert.equal((await get(s, api)).status, 500);
    await allow(s, 'any-source', 'account', { SourceAccount: ACCOUNT });
    assert.equal((await get(s, api)).status, 200);
  });

  it('checks the policy of the ARN invoked: an alias needs its own permission, the unqualified one does not cover it', async () => {
    await createFunction(s, 'aliased');
    await s.lambda.send(new PublishVersionCommand({ FunctionName: 'aliased' }));
    await s.lambda.send(new CreateAliasCommand({ FunctionName: 'aliased', Name: 'live', FunctionVersion: '1' }));
    await allow(s, 'aliased', 'unqualified');
    const api = await proxyApi(s, 'aliased:${stageVariables.alias}');
    await deploy(s.api, api, 'live', { alias: 'live' });
    assert.equal((await get(s, api, '/pets/7', 'live')).status, 500);
    await allow(s, 'aliased', 'alias', { Qualifier: 'live', SourceArn: sourceArn(api, 'live/GET/pets/{id}') });
    const res = await get(s, api, '/pets/7', 'live');
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json().v, '1');
  });

  it('lets TestInvokeMethod through only for the test-invoke-stage source', async () => {
    await createFunction(s, 'test-invoke');
    const api = await proxyApi(s, 'test-invoke');
    await allow(s, 'test-invoke', 'deployed', { SourceArn: sourceArn(api, 'dev/GET/pets/{id}') });
    const call = () =>
      s.api.send(new TestInvokeMethodCommand({ restApiId: api.id, resourceId: api.resourceId, httpMethod: 'GET', pathWithQueryString: '/pets/7' }));
    assert.equal((await call()).status, 500);
    await allow(s, 'test-invoke', 'console', { SourceArn: sourceArn(api, 'test-invoke-stage/GET/pets/{id}') });
    assert.equal((await call()).status, 200);
  });

  it('does not check the policy when the integration has credentials (a role API Gateway assumes)', async () => {
    await createFunction(s, 'with-role');
    const api = await proxyApi(s, 'with-role', { credentials: 'arn:aws:iam::000000000000:role/apigw-invokes-lambda' });
    assert.equal((await get(s, api)).status, 200);
  });

  it('a Lambda authorizer without a permission fails the request with 500, with its source ARN it passes', async () => {
    await createFunction(s, 'no-perm-authorizer', AUTHORIZER_FN);
    await createFunction(s, 'protected');
    const api = await newApi(s.api);
    const authorizer = await s.api.send(
      new CreateAuthorizerCommand({
        restApiId: api.id,
        name: 'auth',
        type: 'TOKEN',
        identitySource: 'method.request.header.Authorization',
        authorizerUri: lambdaUri('no-perm-authorizer'),
        authorizerResultTtlInSeconds: 0,
      }),
    );
    await putMethod(
      s.api,
      api,
      api.root,
      'GET',
      { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri('protected') },
      { authorizationType: 'CUSTOM', authorizerId: authorizer.id },
    );
    await allow(s, 'protected', 'apigw');
    await deploy(s.api, api, 'dev');
    const call = () => rawRequest(invokeUrl(s.t.app.url, api, 'dev', '/'), { headers: { Authorization: 'token' } });
    const denied = await call();
    assert.equal(denied.status, 500, denied.text);
    assert.deepEqual(denied.json(), { message: null });
    await allow(s, 'no-perm-authorizer', 'apigw', { SourceArn: sourceArn(api, `authorizers/${authorizer.id}`) });
    assert.equal((await call()).status, 200);
  });
});

describe('--lambda-permissions off', () => {
  let s: Setup;
  before(async () => {
    s = await start(['--lambda-permissions', 'off']);
  });
  after(() => stop(s));

  it('runs a function no permission lets API Gateway invoke', async () => {
    await createFunction(s, 'loose');
    const api = await proxyApi(s, 'loose');
    const res = await get(s, api);
    assert.equal(res.status, 200, res.text);
  });
});
