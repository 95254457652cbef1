/**
 * AWS service integrations beyond the recorded steps: the configuration of endpoints, the URI as AWS
 * reads it and the host rules, failures (unreachable endpoint, timeoutInMillis), and TestInvokeMethod's
 * log of the signed call.
 */
import assert from 'node:assert/strict';
import { GetResourcesCommand, TestInvokeMethodCommand } from '@aws-sdk/client-api-gateway';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config/options.js';
import { serviceEndpoint } from '../../src/pipeline/integrations/aws/service-endpoint.js';
import { parseAwsServiceUri } from '../../src/pipeline/integrations/aws/service-uri.js';
import { addResource, deploy, invokeUrl, newApi, putMethod, putResponse, rawRequest, type Api } from '../helpers/apis.js';
import { startSqsEndpoint, type SqsEndpoint } from '../helpers/sqs-endpoint.js';
import { startTollgate, type TestServer } from '../helpers/tollgate.js';

describe('configuration', () => {
  it('--aws-endpoint takes URL and SERVICE=URL, repeatable; TOLLGATE_AWS_ENDPOINTS the same, comma-separated', () => {
    const c = loadConfig(['--memory', '--aws-endpoint', 'http://127.0.0.1:4566/', '--aws-endpoint', 'sqs=http://127.0.0.1:9324'], {});
    assert.deepEqual(c.awsEndpoints, { all: 'http://127.0.0.1:4566', services: { sqs: 'http://127.0.0.1:9324' } });
    const e = loadConfig(['--memory'], { TOLLGATE_AWS_ENDPOINTS: 'dynamodb=http://127.0.0.1:8000, s3=https://s3.example.com' });
    assert.deepEqual(e.awsEndpoints, { all: undefined, services: { dynamodb: 'http://127.0.0.1:8000', s3: 'https://s3.example.com' } });
    assert.throws(() => loadConfig(['--aws-endpoint', 'sqs=nowhere'], {}), ConfigError);
    assert.throws(() => loadConfig(['--aws-endpoint', 'ftp://x'], {}), ConfigError);
    assert.throws(() => loadConfig([], { TOLLGATE_AWS_ACCESS_KEY_ID: 'AKID' }), ConfigError);
  });

  it('the signing keys never print', () => {
    const c = loadConfig(['--memory'], { TOLLGATE_AWS_ACCESS_KEY_ID: 'AKID', TOLLGATE_AWS_SECRET_ACCESS_KEY: 'very-secret' });
    assert.equal(c.awsKeys?.secretAccessKey, 'very-secret');
    assert.ok(!JSON.stringify(c).includes('very-secret'));
  });
});

describe('the URI and its endpoint', () => {
  const none = { all: undefined, services: {} };
  it('path and action URIs, a subdomain before the service, dotted service names', () => {
    assert.deepEqual(parseAwsServiceUri('arn:aws:apigateway:us-east-1:iam:action/ListUsers&Version=2010-05-08'), {
      region: 'us-east-1',
      service: 'iam',
      subdomain: undefined,
      kind: 'action',
      target: 'ListUsers',
      actionParameters: 'Version=2010-05-08',
    });
    assert.deepEqual(parseAwsServiceUri('arn:aws:apigateway:us-west-2:my.bucket.s3:path/{key}'), {
      region: 'us-west-2',
      service: 's3',
      subdomain: 'my.bucket',
      kind: 'path',
      target: '{key}',
      actionParameters: '',
    });
    assert.equal(parseAwsServiceUri('arn:aws:apigateway:eu-west-1:runtime.sagemaker:path/endpoints/e/invocations')?.service, 'runtime.sagemaker');
    assert.equal(parseAwsServiceUri('arn:aws:iam::000000000000:role/x'), undefined);
  });

  it("AWS's hosts by partition, global services, signing names", () => {
    const at = (uri: string) => serviceEndpoint(parseAwsServiceUri(uri)!, none);
    assert.equal(at('arn:aws:apigateway:us-east-1:sqs:path/1/q').origin, 'https://sqs.us-east-1.amazonaws.com');
    assert.equal(at('arn:aws-cn:apigateway:cn-north-1:dynamodb:action/PutItem').origin, 'https://dynamodb.cn-north-1.amazonaws.com.cn');
    assert.equal(at('arn:aws:apigateway:us-isob-east-1:sqs:path/1/q').origin, 'https://sqs.us-isob-east-1.sc2s.sgov.gov');
    assert.equal(at('arn:aws:apigateway:us-west-2:b.s3:path/k').origin, 'https://b.s3.us-west-2.amazonaws.com');
    assert.deepEqual(
      [at('arn:aws:apigateway:eu-west-1:iam:action/ListUsers').origin, at('arn:aws:apigateway:eu-west-1:iam:action/ListUsers').signingRegion],
      ['https://iam.amazonaws.com', 'us-east-1'],
    );
    assert.equal(at('arn:aws:apigateway:eu-west-1:email:action/SendEmail').signingName, 'ses');
    // StartSyncExecution: the sync-states host, signed as states; a configured sync-states endpoint, else the states one.
    const sync = parseAwsServiceUri('arn:aws:apigateway:eu-west-1:states:action/StartSyncExecution')!;
    assert.deepEqual([serviceEndpoint(sync, none).origin, serviceEndpoint(sync, none).signingName], ['https://sync-states.eu-west-1.amazonaws.com', 'states']);
    assert.equal(at('arn:aws:apigateway:eu-west-1:states:action/StartExecution').origin, 'https://states.eu-west-1.amazonaws.com');
    assert.equal(serviceEndpoint(sync, { all: undefined, services: { states: 'http://127.0.0.1:1' } }).origin, 'http://127.0.0.1:1');
    assert.equal(
      serviceEndpoint(sync, { all: undefined, services: { states: 'http://127.0.0.1:1', 'sync-states': 'http://127.0.0.1:2' } }).origin,
      'http://127.0.0.1:2',
    );
    const local = serviceEndpoint(parseAwsServiceUri('arn:aws:apigateway:us-west-2:b.s3:path/k')!, { all: 'http://127.0.0.1:4566/base', services: {} });
    assert.deepEqual(local, { origin: 'http://127.0.0.1:4566', pathPrefix: '/base/b', signingName: 's3', signingRegion: 'us-west-2', configured: true });
  });
});

describe('failures and the test invocation', () => {
  let t: TestServer;
  let sqs: SqsEndpoint;
  let silent: Server;
  let api: Api;
  before(async () => {
    sqs = await startSqsEndpoint();
    sqs.queues.set('q', []);
    // Accepts connections and never answers.
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    t = await startTollgate([
      '--aws-endpoint',
      `sqs=${sqs.url}`,
      '--aws-endpoint',
      `sns=http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
      '--aws-endpoint',
      `events=http://127.0.0.1:${closedPort}`,
    ]);
    api = await newApi(t.client);
    const integration = { type: 'AWS' as const, integrationHttpMethod: 'POST', credentials: 'arn:aws:iam::000000000000:role/apigw' };
    const routes: [string, Record<string, unknown>][] = [
      [
        'sqs',
        {
          uri: 'arn:aws:apigateway:us-east-1:sqs:path/000000000000/q',
          requestParameters: { 'integration.request.header.Content-Type': "'application/x-www-form-urlencoded'" },
          requestTemplates: { 'application/json': 'Action=SendMessage&MessageBody=hello' },
        },
      ],
      ['sns', { uri: 'arn:aws:apigateway:us-east-1:sns:action/Publish', timeoutInMillis: 50 }],
      ['events', { uri: 'arn:aws:apigateway:us-east-1:events:action/PutEvents' }],
    ];
    for (const [part, extra] of routes) {
      const resource = await addResource(t.client, api, api.root, part);
      await putMethod(t.client, api, resource, 'POST', { ...integration, ...extra });
      await putResponse(t.client, api, resource, 'POST', '200');
    }
    // PutIntegration takes AWS_PROXY with a Firehose action (src/services/apigateway/integrations.ts).
    const firehose = await addResource(t.client, api, api.root, 'firehose');
    await putMethod(t.client, api, firehose, 'POST', {
      type: 'AWS_PROXY',
      integrationHttpMethod: 'POST',
      uri: 'arn:aws:apigateway:us-east-1:firehose:action/PutRecord',
      credentials: 'arn:aws:iam::000000000000:role/apigw',
    });
    await deploy(t.client, api, 'dev');
  });
  after(async () => {
    await t.close();
    await sqs.close();
    silent.closeAllConnections();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('no answer within timeoutInMillis: 504 "Endpoint request timed out"', async () => {
    const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/sns'), { method: 'POST' });
    assert.deepEqual([r.status, r.json(), r.headers['x-amzn-errortype']], [504, { message: 'Endpoint request timed out' }, 'InternalServerErrorException']);
  });

  it('an endpoint that refuses the connection: 504', async () => {
    const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/events'), { method: 'POST' });
    assert.equal(r.status, 504);
    assert.equal(r.headers['x-amzn-errortype'], 'InternalServerErrorException');
  });

  it('AWS_PROXY with a Firehose action, which PutIntegration takes but AWS documents no behaviour of: 500, logged as such', async () => {
    const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/firehose'), { method: 'POST', body: '{"a":1}' });
    assert.deepEqual([r.status, r.json()], [500, { message: 'Internal server error' }]);
    const resource = (await t.client.send(new GetResourcesCommand({ restApiId: api.id }))).items!.find((x) => x.path === '/firehose')!;
    const out = await t.client.send(new TestInvokeMethodCommand({ restApiId: api.id, resourceId: resource.id, httpMethod: 'POST', body: '{"a":1}' }));
    assert.equal(out.status, 500);
    assert.match(out.log!, /Execution failed due to configuration error: AWS_PROXY integrations with firehose are not emulated/);
  });

  it("TestInvokeMethod logs the signed endpoint request and the service's answer", async () => {
    const resource = (await t.client.send(new GetResourcesCommand({ restApiId: api.id }))).items!.find((r) => r.path === '/sqs')!;
    const out = await t.client.send(new TestInvokeMethodCommand({ restApiId: api.id, resourceId: resource.id, httpMethod: 'POST' }));
    assert.equal(out.status, 200);
    assert.match(out.log!, new RegExp(`Endpoint request URI: ${sqs.url}/000000000000/q`));
    assert.match(out.log!, /Endpoint request headers: \{.*authorization=AWS4-HMAC-SHA256 Credential=test\/\d{8}\/us-east-1\/sqs\/aws4_request/);
    assert.match(out.log!, /Endpoint request body after transformations: Action=SendMessage&MessageBody=hello/);
    assert.match(out.log!, /Received response\. Status: 200/);
    assert.equal(sqs.queues.get('q')!.length, 1);
    assert.deepEqual(sqs.refused, []);
  });
});
