/**
 * Lambda authorizers (TOKEN and REQUEST) end to end with local functions: every outcome AWS documents
 * (allow, explicit and implicit deny, "Unauthorized", a failing / slow / malformed / nested-context
 * authorizer, missing or invalid identity), the exact input events, policy wildcards, `$context.authorizer`
 * in templates and in the proxy event, the result cache (by identity, by TTL, shared by the API's other
 * methods, emptied by FlushStageAuthorizersCache), the AUTHORIZER API-key source with a usage plan, and
 * TestInvokeAuthorizer. Sources: aws-behavior.md "Lambda authorizers"; the texts in
 * repost.aws knowledge-center api-gateway-403-error-lambda-authorizer.
 */
import {
  CreateApiKeyCommand,
  CreateAuthorizerCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  FlushStageAuthorizersCacheCommand,
  TestInvokeAuthorizerCommand,
} from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { addResource, deploy, invokeUrl, newApi, putMethod, putResponse, rawRequest, type Api } from '../helpers/apis.js';
import { authorizerUri, writeAuthorizerFunctions, type AuthzFunctions } from '../helpers/authorizer-functions.js';
import { lambdaUri } from '../helpers/functions.js';
import { raw, sdkError, startTollgate, type TestServer } from '../helpers/tollgate.js';

let t: TestServer;
let fns: AuthzFunctions;
let api: Api;
const ids: Record<string, string> = {};
const TEMPLATE =
  '{"principal":"$context.authorizer.principalId","user":"$context.authorizer.user","num":"$context.authorizer.num","flag":"$context.authorizer.flag","latency":"$context.authorizer.integrationLatency"}';

async function authorizer(name: string, input: Record<string, unknown>): Promise<string> {
  const a = await t.client.send(
    new CreateAuthorizerCommand({
      restApiId: api.id,
      name,
      type: 'TOKEN',
      authorizerUri: authorizerUri('authz'),
      identitySource: 'method.request.header.Authorization',
      ...input,
    }),
  );
  return a.id!;
}

/** A MOCK method answering TEMPLATE, behind the given authorizer. */
async function mockBehind(resource: string, httpMethod: string, authorizerId: string): Promise<void> {
  await putMethod(
    t.client,
    api,
    resource,
    httpMethod,
    { requestTemplates: { 'application/json': '{"statusCode": 200}' } },
    { authorizationType: 'CUSTOM', authorizerId },
  );
  await putResponse(t.client, api, resource, httpMethod, '200', { responseTemplates: { 'application/json': TEMPLATE } });
}

const call = (path: string, headers: Record<string, string> = {}, method = 'GET', stage = 'dev') =>
  rawRequest(invokeUrl(t.app.url, api, stage, path), { method, headers });

before(async () => {
  fns = writeAuthorizerFunctions();
  t = await startTollgate(['--functions', fns.dir]);
  api = await newApi(t.client);
  ids.tok = await authorizer('token-nocache', { authorizerResultTtlInSeconds: 0 });
  ids.cached = await authorizer('token-cached', { authorizerResultTtlInSeconds: 300 });
  ids.short = await authorizer('token-1s', { authorizerResultTtlInSeconds: 1 });
  ids.validated = await authorizer('token-validated', { authorizerResultTtlInSeconds: 0, identityValidationExpression: 'Bearer [a-z-]+' });
  ids.javaRegex = await authorizer('token-java-regex', {
    authorizerResultTtlInSeconds: 0,
    identityValidationExpression: '(?i)bearer\\h\\p{Lower}++',
  });
  ids.untranslatable = await authorizer('token-atomic', { authorizerResultTtlInSeconds: 0, identityValidationExpression: '(?>Bearer).*' });
  ids.missing = await authorizer('no-function', { authorizerResultTtlInSeconds: 0, authorizerUri: authorizerUri('nosuchfunction') });
  ids.req = await authorizer('request-cached', {
    type: 'REQUEST',
    authorizerResultTtlInSeconds: 300,
    identitySource: 'method.request.header.X-Token, method.request.querystring.tenant, stageVariables.env, context.httpMethod',
  });
  ids.reqNoCache = await authorizer('request-nocache', {
    type: 'REQUEST',
    authorizerResultTtlInSeconds: 0,
    identitySource: 'method.request.header.X-Token',
  });

  const r = async (part: string): Promise<string> => addResource(t.client, api, api.root, part);
  await mockBehind(await r('mock'), 'GET', ids.tok);
  const getOnly = await r('getonly');
  await mockBehind(getOnly, 'GET', ids.tok);
  await mockBehind(getOnly, 'POST', ids.tok);
  await putMethod(
    t.client,
    api,
    await r('proxy'),
    'GET',
    { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri('echo') },
    { authorizationType: 'CUSTOM', authorizerId: ids.tok },
  );
  const cached = await r('cached');
  await mockBehind(cached, 'GET', ids.cached);
  await mockBehind(cached, 'POST', ids.cached);
  await mockBehind(await r('short'), 'GET', ids.short);
  await mockBehind(await r('validated'), 'GET', ids.validated);
  await mockBehind(await r('javaregex'), 'GET', ids.javaRegex);
  await mockBehind(await r('atomic'), 'GET', ids.untranslatable);
  await mockBehind(await r('missing'), 'GET', ids.missing);
  const req = await r('req');
  await mockBehind(await addResource(t.client, api, req, '{id}'), 'GET', ids.req);
  await mockBehind(await r('reqnocache'), 'GET', ids.reqNoCache);
  await deploy(t.client, api, 'dev', { env: 'development' });
});
after(async () => {
  await t?.close();
  fns?.remove();
});

describe('TOKEN authorizer outcomes', () => {
  const NULL = '{"message":null}';
  const cases: [string, Record<string, string>, number, string, string | null][] = [
    ['allow', { Authorization: 'allow' }, 200, '', null],
    [
      'an explicit Deny',
      { Authorization: 'deny' },
      403,
      '{"message":"User is not authorized to access this resource with an explicit deny"}',
      'AccessDeniedException',
    ],
    [
      'no matching Allow (implicit deny)',
      { Authorization: 'implicit' },
      403,
      '{"message":"User is not authorized to access this resource"}',
      'AccessDeniedException',
    ],
    ['the function fails with "Unauthorized"', { Authorization: 'unauthorized' }, 401, '{"message":"Unauthorized"}', 'UnauthorizedException'],
    ['no token at all (not invoked)', {}, 401, '{"message":"Unauthorized"}', 'UnauthorizedException'],
    ['an empty token (not invoked)', { Authorization: '' }, 401, '{"message":"Unauthorized"}', 'UnauthorizedException'],
    ['the function throws something else', { Authorization: 'throw' }, 500, NULL, 'AuthorizerConfigurationException'],
    ['the function times out', { Authorization: 'slow' }, 500, NULL, 'AuthorizerConfigurationException'],
    ['a malformed output', { Authorization: 'bad' }, 500, NULL, 'AuthorizerConfigurationException'],
    ['a nested object in context', { Authorization: 'nested' }, 500, NULL, 'AuthorizerConfigurationException'],
  ];
  for (const [name, headers, status, body, errorType] of cases) {
    it(`${name} → ${status}`, async () => {
      const before = fns.events().length;
      const res = await call('/mock', headers);
      assert.equal(res.status, status, res.text);
      if (body) assert.equal(res.text, body);
      assert.equal(res.headers['x-amzn-errortype'] ?? null, errorType);
      const invoked = fns.events().length - before;
      assert.equal(invoked, headers.Authorization ? 1 : 0, 'invocations');
    });
  }

  it('an authorizer whose function does not exist → 500 {"message":null}', async () => {
    const res = await call('/missing', { Authorization: 'allow' });
    assert.deepEqual([res.status, res.text, res.headers['x-amzn-errortype']], [500, NULL, 'AuthorizerConfigurationException']);
  });

  it("sends {type, authorizationToken, methodArn} with the request's method ARN", async () => {
    await call('/mock?x=1', { Authorization: 'allow' });
    assert.deepEqual(fns.events().at(-1), {
      type: 'TOKEN',
      authorizationToken: 'allow',
      methodArn: `arn:aws:execute-api:us-east-1:000000000000:${api.id}/dev/GET/mock`,
    });
  });

  it('identityValidationExpression: a token that does not match is refused without invoking', async () => {
    const before = fns.events().length;
    const bad = await call('/validated', { Authorization: 'allow' });
    assert.deepEqual([bad.status, bad.text], [401, '{"message":"Unauthorized"}']);
    assert.equal(fns.events().length, before);
    const good = await call('/validated', { Authorization: 'Bearer allow' });
    assert.equal(good.status, 200);
    assert.equal(fns.events().length, before + 1);
  });

  it('identityValidationExpression is a Java regex (inline flags, \\h, \\p{Lower}, possessive); one that cannot be translated refuses every token', async () => {
    const before = fns.events().length;
    assert.equal((await call('/javaregex', { Authorization: 'BEARER allow' })).status, 200);
    assert.equal((await call('/javaregex', { Authorization: 'Bearer allow1' })).status, 401);
    assert.equal((await call('/javaregex', { Authorization: 'Bearer allow!' })).status, 401);
    const atomic = await call('/atomic', { Authorization: 'Bearer allow' });
    assert.deepEqual([atomic.status, atomic.text], [401, '{"message":"Unauthorized"}']);
    assert.equal(fns.events().length, before + 1);
  });

  it('policy wildcards: */GET/* allows GET and denies POST of the same resource', async () => {
    assert.equal((await call('/getonly', { Authorization: 'get-only' })).status, 200);
    const post = await call('/getonly', { Authorization: 'get-only' }, 'POST');
    assert.deepEqual([post.status, post.text], [403, '{"message":"User is not authorized to access this resource"}']);
  });
});

describe('$context.authorizer', () => {
  it('principalId and context values, as strings, in mapping templates', async () => {
    const res = await call('/mock', { Authorization: 'allow' });
    const body = res.json();
    assert.deepEqual({ ...body, latency: undefined }, { principal: 'user-allow', user: 'allow', num: '1', flag: 'true', latency: undefined });
    assert.match(body.latency, /^\d+$/);
  });

  it("in the proxy event's requestContext.authorizer", async () => {
    const event = (await call('/proxy', { Authorization: 'allow' })).json();
    const a = event.requestContext.authorizer;
    assert.deepEqual(
      { ...a, integrationLatency: undefined },
      { principalId: 'user-allow', user: 'allow', num: '1', flag: 'true', integrationLatency: undefined },
    );
    assert.equal(typeof a.integrationLatency, 'number');
  });
});

describe('the result cache', () => {
  it('reuses a result for the same token, on other methods too (a method-specific policy then denies them)', async () => {
    const token = `exact-${randomBytes(3).toString('hex')}`;
    // `exact-…` falls into the default branch: the first call's policy allows the whole API.
    const before = fns.events().length;
    assert.equal((await call('/cached', { Authorization: token })).status, 200);
    assert.equal((await call('/cached', { Authorization: token })).status, 200);
    assert.equal((await call('/cached', { Authorization: token }, 'POST')).status, 200);
    assert.equal(fns.events().length, before + 1, 'one invocation for three requests');
    // Another token is another cache entry.
    assert.equal((await call('/cached', { Authorization: `${token}-2` })).status, 200);
    assert.equal(fns.events().length, before + 2);
  });

  it("a cached policy naming one method denies the others (AWS's documented pitfall)", async () => {
    const before = fns.events().length;
    assert.equal((await call('/cached', { Authorization: 'exact' })).status, 200);
    const post = await call('/cached', { Authorization: 'exact' }, 'POST');
    assert.deepEqual([post.status, post.text], [403, '{"message":"User is not authorized to access this resource"}']);
    assert.equal(fns.events().length, before + 1);
  });

  it('FlushStageAuthorizersCache empties it', async () => {
    const token = `flush-${randomBytes(3).toString('hex')}`;
    await call('/cached', { Authorization: token });
    const before = fns.events().length;
    await call('/cached', { Authorization: token });
    assert.equal(fns.events().length, before);
    await t.client.send(new FlushStageAuthorizersCacheCommand({ restApiId: api.id, stageName: 'dev' }));
    await call('/cached', { Authorization: token });
    assert.equal(fns.events().length, before + 1);
  });

  it('expires after authorizerResultTtlInSeconds', async () => {
    const before = fns.events().length;
    await call('/short', { Authorization: 'ttl' });
    await call('/short', { Authorization: 'ttl' });
    assert.equal(fns.events().length, before + 1);
    await new Promise((r) => setTimeout(r, 1100));
    await call('/short', { Authorization: 'ttl' });
    assert.equal(fns.events().length, before + 2);
  });

  it('failures are not cached', async () => {
    const before = fns.events().length;
    for (let i = 0; i < 2; i++) assert.equal((await call('/cached', { Authorization: 'throw' })).status, 500);
    assert.equal(fns.events().length, before + 2);
  });
});

describe('REQUEST authorizer', () => {
  it('sends the recorded event shape, with header, query, stage variable and context', async () => {
    const res = await call('/req/42?tenant=acme&tenant=globex&other=1', { 'X-Token': 'allow', 'User-Agent': 'authz-test' });
    assert.equal(res.status, 200, res.text);
    const e = fns.events().at(-1)!;
    assert.deepEqual(Object.keys(e), [
      'type',
      'methodArn',
      'resource',
      'path',
      'httpMethod',
      'headers',
      'multiValueHeaders',
      'queryStringParameters',
      'multiValueQueryStringParameters',
      'pathParameters',
      'stageVariables',
      'requestContext',
    ]);
    assert.equal(e.type, 'REQUEST');
    assert.equal(e.methodArn, `arn:aws:execute-api:us-east-1:000000000000:${api.id}/dev/GET/req/42`);
    assert.deepEqual([e.resource, e.path, e.httpMethod], ['/req/{id}', '/req/42', 'GET']);
    assert.equal(e.headers['X-Token'], 'allow');
    assert.deepEqual(e.multiValueHeaders['X-Token'], ['allow']);
    assert.deepEqual(e.queryStringParameters, { tenant: 'globex', other: '1' });
    assert.deepEqual(e.multiValueQueryStringParameters, { tenant: ['acme', 'globex'], other: ['1'] });
    assert.deepEqual(e.pathParameters, { id: '42' });
    assert.deepEqual(e.stageVariables, { env: 'development' });
    assert.equal(e.requestContext.stage, 'dev');
    assert.equal(e.requestContext.resourcePath, '/req/{id}');
    assert.equal(e.requestContext.identity.sourceIp, '127.0.0.1');
    assert.equal(e.requestContext.authorizer, undefined);
  });

  it('with caching on, a missing identity source → 401 without invoking', async () => {
    const before = fns.events().length;
    const res = await call('/req/1', { 'X-Token': 'allow' }); // no ?tenant
    assert.deepEqual([res.status, res.text], [401, '{"message":"Unauthorized"}']);
    assert.equal(fns.events().length, before);
  });

  it('caches by the values of all identity sources', async () => {
    const tenant = randomBytes(3).toString('hex');
    const before = fns.events().length;
    await call(`/req/1?tenant=${tenant}`, { 'X-Token': 'allow' });
    await call(`/req/2?tenant=${tenant}&unrelated=x`, { 'X-Token': 'allow', 'X-Other': 'y' }); // same identity
    assert.equal(fns.events().length, before + 1);
    await call(`/req/1?tenant=${tenant}-b`, { 'X-Token': 'allow' }); // another identity
    assert.equal(fns.events().length, before + 2);
  });

  it('with caching off, identity sources are optional', async () => {
    const before = fns.events().length;
    const res = await call('/reqnocache');
    assert.equal(res.status, 200, res.text);
    assert.equal(fns.events().length, before + 1);
  });
});

describe('AUTHORIZER API-key source', () => {
  let keyed: Api;
  let value: string;
  before(async () => {
    keyed = await newApi(t.client, { apiKeySource: 'AUTHORIZER' });
    const a = await t.client.send(
      new CreateAuthorizerCommand({
        restApiId: keyed.id,
        name: 'keys',
        type: 'TOKEN',
        authorizerUri: authorizerUri('authz'),
        identitySource: 'method.request.header.Authorization',
        authorizerResultTtlInSeconds: 0,
      }),
    );
    await putMethod(
      t.client,
      keyed,
      keyed.root,
      'GET',
      { requestTemplates: { 'application/json': '{"statusCode": 200}' } },
      { authorizationType: 'CUSTOM', authorizerId: a.id, apiKeyRequired: true },
    );
    await putResponse(t.client, keyed, keyed.root, 'GET', '200', {
      responseTemplates: { 'application/json': '{"keyId":"$context.identity.apiKeyId"}' },
    });
    await deploy(t.client, keyed, 'prod');
    const plan = await t.client.send(new CreateUsagePlanCommand({ name: 'authz-plan', apiStages: [{ apiId: keyed.id, stage: 'prod' }] }));
    value = randomBytes(16).toString('hex');
    const key = await t.client.send(new CreateApiKeyCommand({ name: 'authz-key', value, enabled: true }));
    await t.client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: 'API_KEY' }));
    ids.keyId = key.id!;
  });

  it("the authorizer's usageIdentifierKey is the request's key", async () => {
    const res = await rawRequest(invokeUrl(t.app.url, keyed, 'prod', '/'), { headers: { Authorization: `key-${value}` } });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json(), { keyId: ids.keyId });
  });

  it('no usageIdentifierKey, or one no plan knows → 403 Forbidden (an X-API-Key header does not count)', async () => {
    for (const headers of [{ Authorization: 'allow', 'X-API-Key': value }, { Authorization: 'key-notakeyatallnotakeyatall' }] as Record<string, string>[]) {
      const res = await rawRequest(invokeUrl(t.app.url, keyed, 'prod', '/'), { headers });
      assert.deepEqual([res.status, res.text], [403, '{"message":"Forbidden"}']);
    }
  });
});

describe('TestInvokeAuthorizer', () => {
  it('a TOKEN authorizer that allows: clientStatus 200, principalId, policy, context, the execution log', async () => {
    const r = await t.client.send(new TestInvokeAuthorizerCommand({ restApiId: api.id, authorizerId: ids.tok, headers: { Authorization: 'allow' } }));
    assert.equal(r.clientStatus, 200);
    assert.equal(r.principalId, 'user-allow');
    assert.deepEqual(JSON.parse(r.policy!), {
      Version: '2012-10-17',
      Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: `arn:aws:execute-api:us-east-1:000000000000:${api.id}/*` }],
    });
    assert.deepEqual(r.authorization, { user: ['allow'], num: ['1'], flag: ['true'] });
    assert.equal(typeof r.latency, 'number');
    const lines = r.log!.trimEnd().split('\n');
    assert.match(lines[0], /^Execution log for request [0-9a-f-]{36}$/);
    const body = lines.slice(1).map((l) => l.replace(/^\w{3} \w{3} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4} : /, ''));
    assert.match(body[0], new RegExp(`^Starting authorizer: ${ids.tok} for request: [0-9a-f-]{36}$`));
    assert.equal(body[1], 'Incoming identity: allow');
    assert.equal(
      body[2],
      'Endpoint request URI: https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:authz/invocations',
    );
    assert.ok(
      body.includes(
        `Endpoint request body after transformations: {"type":"TOKEN","authorizationToken":"allow","methodArn":"arn:aws:execute-api:us-east-1:000000000000:${api.id}/ESTestInvoke-stage/GET/"}`,
      ),
      r.log,
    );
    assert.ok(body.includes('Using valid authorizer policy for principal: ****-allow'), r.log);
    assert.equal(body.at(-1), 'Successfully completed authorizer execution');
  });

  it('a REQUEST authorizer with headers, path, query and stage variables; the identity masked in the log', async () => {
    const r = await t.client.send(
      new TestInvokeAuthorizerCommand({
        restApiId: api.id,
        authorizerId: ids.req,
        headers: { 'X-Token': 'allow-request' },
        pathWithQueryString: '/req/7?tenant=acme',
        stageVariables: { env: 'test' },
      }),
    );
    assert.equal(r.clientStatus, 200, r.log);
    assert.equal(r.principalId, 'user-allow-request');
    assert.match(
      r.log!,
      / : Incoming identity: \{method\.request\.header\.X-Token=\*+equest, method\.request\.querystring\.tenant=acme, stageVariables\.env=test, context\.httpMethod=GET\}\n/,
    );
    const e = fns.events().at(-1)!;
    assert.equal(e.methodArn, `arn:aws:execute-api:us-east-1:000000000000:${api.id}/ESTestInvoke-stage/GET/req/7`);
    assert.deepEqual(
      [e.requestContext.stage, e.requestContext.resourceId, e.requestContext.identity.sourceIp],
      ['test-invoke-stage', 'test-invoke-resource-id', 'test-invoke-source-ip'],
    );
    assert.deepEqual(e.pathParameters, {});
    assert.deepEqual(e.queryStringParameters, { tenant: 'acme' });
  });

  it('refusals and failures: clientStatus 401 and 500, no principal', async () => {
    const none = await t.client.send(new TestInvokeAuthorizerCommand({ restApiId: api.id, authorizerId: ids.tok }));
    assert.equal(none.clientStatus, 401);
    assert.equal(none.principalId, undefined);
    assert.match(none.log!, /Unauthorized request: [0-9a-f-]{36}\n.* : Unauthorized\n$/);
    const refused = await t.client.send(
      new TestInvokeAuthorizerCommand({ restApiId: api.id, authorizerId: ids.tok, headers: { Authorization: 'unauthorized' } }),
    );
    assert.equal(refused.clientStatus, 401);
    const broken = await t.client.send(new TestInvokeAuthorizerCommand({ restApiId: api.id, authorizerId: ids.tok, headers: { Authorization: 'throw' } }));
    assert.equal(broken.clientStatus, 500);
    assert.match(broken.log!, /Execution failed due to configuration error: Authorizer error\n/);
  });

  it('a JSON-null header, stage variable or additionalContext value is an absent one (found by reading after a fuzz finding: 500)', async () => {
    const invoke = async (authorizerId: string, body: Record<string, unknown>) => {
      const r = await raw(t.app.adminUrl, 'POST', `/restapis/${api.id}/authorizers/${authorizerId}`, JSON.stringify(body));
      assert.equal(r.status, 200, r.text);
      return r.json as { clientStatus: number; log: string; principalId?: string };
    };
    // A null token is no token: refused before the function is called, as without the header.
    const token = await invoke(ids.tok, { headers: { Authorization: null } });
    assert.equal(token.clientStatus, 401, token.log);
    assert.doesNotMatch(token.log, /Endpoint request URI/);
    // A null context value leaves the request's own (context.httpMethod is GET); null stage variables and headers are absent.
    const allowed = await invoke(ids.req, {
      headers: { 'X-Token': 'allow-request', 'X-Other': null },
      pathWithQueryString: '/req/7?tenant=acme',
      stageVariables: { env: 'test', other: null },
      additionalContext: { httpMethod: null },
    });
    assert.equal(allowed.clientStatus, 200, allowed.log);
    assert.equal(allowed.principalId, 'user-allow-request');
    assert.match(allowed.log, /stageVariables\.env=test, context\.httpMethod=GET\}\n/);
    const missing = await invoke(ids.req, { headers: { 'X-Token': null }, pathWithQueryString: '/req/7?tenant=acme', stageVariables: { env: null } });
    assert.equal(missing.clientStatus, 401, missing.log);
    assert.doesNotMatch(missing.log, /Endpoint request URI/);
  });

  it('unknown API or authorizer → 404', async () => {
    assert.deepEqual(await sdkError(t.client.send(new TestInvokeAuthorizerCommand({ restApiId: api.id, authorizerId: 'nope00' }))), {
      name: 'NotFoundException',
      message: 'Invalid Authorizer identifier specified',
      status: 404,
    });
    assert.equal((await sdkError(t.client.send(new TestInvokeAuthorizerCommand({ restApiId: 'nope000000', authorizerId: ids.tok })))).status, 404);
  });
});

describe('method ARN length', () => {
  it('answers 414 when the method ARN passes 1,600 bytes (DG: lambda authorizer output limits)', async () => {
    const res = await call(`/req/${'x'.repeat(1700)}`, { 'X-Token': 'allow' });
    assert.equal(res.status, 414);
  });
});
