/**
 * TestInvokeMethod through the SDK: a method of the draft API (never deployed) run through the data
 * pipeline, answered with status, body, headers, multiValueHeaders, latency and AWS's execution log;
 * F90's errors for unknown APIs, resources and methods.
 */
import { TestInvokeMethodCommand } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addResource, newApi, putMethod, putResponse, type Api } from '../../helpers/apis.js';
import { startBackend, type Backend } from '../../helpers/backend.js';
import { lambdaUri, writeFunctions, type FunctionsDir } from '../../helpers/functions.js';
import { raw, sdkError, startTollgate, type TestServer } from '../../helpers/tollgate.js';

let t: TestServer;
let fns: FunctionsDir;
let backend: Backend;
let api: Api;
let pet: string;
let fn: string;
let fail: string;

before(async () => {
  fns = writeFunctions();
  backend = await startBackend();
  t = await startTollgate(['--functions', fns.dir]);
  api = await newApi(t.client);
  await putMethod(t.client, api, api.root, 'GET', { requestTemplates: { 'application/json': '{"statusCode": 200}' } }, { authorizationType: 'AWS_IAM' });
  await putResponse(t.client, api, api.root, 'GET', '200', {
    responseTemplates: { 'application/json': '{"stage":"$context.stage","q":"$input.params(\'q\')","v":"$stageVariables.v"}' },
  });
  const pets = await addResource(t.client, api, api.root, 'pets');
  pet = await addResource(t.client, api, pets, '{id}');
  await putMethod(
    t.client,
    api,
    pet,
    'GET',
    {
      type: 'HTTP',
      integrationHttpMethod: 'GET',
      uri: `${backend.url}/pets/{id}`,
      requestParameters: { 'integration.request.path.id': 'method.request.path.id' },
    },
    { requestParameters: { 'method.request.path.id': true } },
  );
  await putResponse(t.client, api, pet, 'GET', '200', {
    responseParameters: { 'method.response.header.X-Backend': 'integration.response.header.X-Backend' },
  });
  fn = await addResource(t.client, api, api.root, 'fn');
  await putMethod(t.client, api, fn, 'POST', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri('echo') });
  fail = await addResource(t.client, api, api.root, 'fail');
  await putMethod(t.client, api, fail, 'GET', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri('boom') });
});
after(async () => {
  await t.close();
  await backend.close();
  fns.remove();
});

const LINE = /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4} : /;

describe('TestInvokeMethod', () => {
  it('runs a MOCK method of an API never deployed, skipping authorization, with the given stage variables', async () => {
    const out = await t.client.send(
      new TestInvokeMethodCommand({
        restApiId: api.id,
        resourceId: api.root,
        httpMethod: 'GET',
        pathWithQueryString: '/?q=abc',
        stageVariables: { v: 'sv' },
      }),
    );
    assert.equal(out.status, 200);
    assert.deepEqual(JSON.parse(out.body!), { stage: 'test-invoke-stage', q: 'abc', v: 'sv' });
    assert.equal(out.headers!['Content-Type'], 'application/json');
    assert.deepEqual(out.multiValueHeaders!['Content-Type'], ['application/json']);
    assert.equal(out.headers!['Content-Length'], undefined);
    assert.equal(typeof out.latency, 'number');
    const lines = out.log!.trimEnd().split('\n');
    assert.match(lines[0], /^Execution log for request [0-9a-f-]{36}$/);
    for (const l of lines.slice(1)) assert.match(l, LINE);
    const text = lines.slice(1).map((l) => l.replace(LINE, ''));
    assert.deepEqual(text, [
      text[0],
      'HTTP Method: GET, Resource Path: /',
      'Method request path: {}',
      'Method request query string: {q=abc}',
      'Method request headers: {}',
      'Method request body before transformations: ',
      `Method response body after transformations: ${out.body}`,
      text[7],
      'Successfully completed execution',
      'Method completed with status: 200',
    ]);
    assert.match(text[0], /^Starting execution for request: [0-9a-f-]{36}$/);
    assert.match(text[7], /^Method response headers: \{.*Content-Type=application\/json.*\}$/);
  });

  it('runs an HTTP method with path parameters and logs the endpoint request and response', async () => {
    const out = await t.client.send(
      new TestInvokeMethodCommand({
        restApiId: api.id,
        resourceId: pet,
        httpMethod: 'GET',
        pathWithQueryString: '/pets/42',
        headers: { 'X-Test': '1' },
      }),
    );
    assert.equal(out.status, 200);
    assert.equal(out.headers!['X-Backend'], 'yes');
    assert.equal(JSON.parse(out.body!).url, '/pets/42');
    assert.match(out.log!, /: Method request path: \{id=42\}\n/);
    assert.match(out.log!, /: Method request headers: \{X-Test=1\}\n/);
    assert.match(out.log!, new RegExp(`: Endpoint request URI: ${backend.url}/pets/42\\n`));
    assert.match(out.log!, /: Received response\. Status: 200, Integration latency: \d+ ms\n/);
    assert.match(out.log!, /: Endpoint response body before transformations: \{"method":"GET"/);
    assert.match(out.log!, /: Method completed with status: 200\n$/);
  });

  it("runs a Lambda proxy method: the event shows the test invocation's context", async () => {
    const out = await t.client.send(
      new TestInvokeMethodCommand({
        restApiId: api.id,
        resourceId: fn,
        httpMethod: 'POST',
        pathWithQueryString: '/fn?a=1&a=2',
        body: '{"x":1}',
        multiValueHeaders: { 'X-Multi': ['one', 'two'] },
      }),
    );
    assert.equal(out.status, 200);
    const event = JSON.parse(out.body!);
    assert.equal(event.requestContext.stage, 'test-invoke-stage');
    assert.equal(event.requestContext.identity.sourceIp, 'test-invoke-source-ip');
    assert.equal(event.requestContext.domainName, 'testPrefix.testDomainName');
    assert.deepEqual(event.multiValueQueryStringParameters, { a: ['1', '2'] });
    assert.deepEqual(event.multiValueHeaders['X-Multi'], ['one', 'two']);
    assert.equal(event.body, '{"x":1}');
    assert.match(
      out.log!,
      /: Endpoint request URI: https:\/\/lambda\.us-east-1\.amazonaws\.com\/2015-03-31\/functions\/arn:aws:lambda:us-east-1:000000000000:function:echo\/invocations\n/,
    );
  });

  it('reports a failing integration in the log and the status', async () => {
    const out = await t.client.send(new TestInvokeMethodCommand({ restApiId: api.id, resourceId: fail, httpMethod: 'GET' }));
    assert.equal(out.status, 502);
    assert.deepEqual(JSON.parse(out.body!), { message: 'Internal server error' });
    assert.match(out.log!, /: Lambda execution failed with status 200 due to customer function error: boom\n/);
    assert.match(out.log!, /: Method completed with status: 502\n$/);
  });

  it('takes a JSON-null header or stage variable for an absent one (found by reading after a fuzz finding: Accept: null failed the invocation)', async () => {
    const r = await raw(
      t.app.adminUrl,
      'POST',
      `/restapis/${api.id}/resources/${api.root}/methods/GET`,
      JSON.stringify({ pathWithQueryString: '/?q=abc', headers: { Accept: null, 'Content-Type': null }, stageVariables: { v: null } }),
    );
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.status, 200, r.json.log);
    assert.deepEqual(JSON.parse(r.json.body), { stage: 'test-invoke-stage', q: 'abc', v: '' });
    assert.match(r.json.log, / : Method request headers: \{\}\n/);
  });

  it('404 for an unknown method, resource or API (F90)', async () => {
    assert.deepEqual(await sdkError(t.client.send(new TestInvokeMethodCommand({ restApiId: api.id, resourceId: api.root, httpMethod: 'DELETE' }))), {
      name: 'NotFoundException',
      message: 'Invalid Method identifier specified',
      status: 404,
    });
    assert.deepEqual(await sdkError(t.client.send(new TestInvokeMethodCommand({ restApiId: api.id, resourceId: 'nosuch', httpMethod: 'GET' }))), {
      name: 'NotFoundException',
      message: 'Invalid Resource identifier specified',
      status: 404,
    });
    assert.deepEqual(await sdkError(t.client.send(new TestInvokeMethodCommand({ restApiId: 'nosuchapi0', resourceId: api.root, httpMethod: 'GET' }))), {
      name: 'NotFoundException',
      message: 'Invalid Resource identifier specified',
      status: 404,
    });
  });
});
