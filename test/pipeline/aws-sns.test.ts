/**
 * SNS Publish through an AWS integration, in the two patterns of AWS's guides: `sns:action/Publish` with
 * TopicArn and Message mapped to the query string (https://repost.aws/knowledge-center/api-gateway-proxy-integrate-service),
 * and `sns:path//` with a form-encoded request template (`Action=Publish&TopicArn=…&Message=$util.urlEncode($input.body)`,
 * Content-Type mapped to application/x-www-form-urlencoded). Against an SNS test endpoint that verifies
 * the SigV4 signature and the query protocol (helpers/sns-endpoint.ts).
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { addResource, deploy, invokeUrl, newApi, putMethod, putResponse, rawRequest, type Api } from '../helpers/apis.js';
import { startSnsEndpoint, type SnsEndpoint } from '../helpers/sns-endpoint.js';
import { startTollgate, type TestServer } from '../helpers/tollgate.js';

const TOPIC = 'arn:aws:sns:us-east-1:000000000000:orders';
const ROLE = 'arn:aws:iam::000000000000:role/apigw-sns';

let t: TestServer;
let sns: SnsEndpoint;
let api: Api;
before(async () => {
  sns = await startSnsEndpoint();
  sns.topics.add(TOPIC);
  t = await startTollgate(['--aws-endpoint', `sns=${sns.url}`]);
  api = await newApi(t.client, { name: 'sns-publish' });
  const query = await addResource(t.client, api, api.root, 'query');
  await putMethod(
    t.client,
    api,
    query,
    'POST',
    {
      type: 'AWS',
      integrationHttpMethod: 'POST',
      uri: 'arn:aws:apigateway:us-east-1:sns:action/Publish',
      credentials: ROLE,
      requestParameters: {
        'integration.request.querystring.TopicArn': 'method.request.querystring.topic',
        'integration.request.querystring.Message': 'method.request.querystring.message',
      },
    },
    { requestParameters: { 'method.request.querystring.topic': true, 'method.request.querystring.message': true } },
  );
  await putResponse(t.client, api, query, 'POST', '200', {
    responseTemplates: { 'application/json': `{"messageId": "$input.path('$.PublishResponse.PublishResult.MessageId')"}` },
  });
  await putResponse(t.client, api, query, 'POST', '404', {
    selectionPattern: '404',
    responseTemplates: { 'application/json': `{"error": "$input.path('$.Error.Code')", "message": "$input.path('$.Error.Message')"}` },
  });
  const form = await addResource(t.client, api, api.root, 'form');
  await putMethod(t.client, api, form, 'POST', {
    type: 'AWS',
    integrationHttpMethod: 'POST',
    uri: 'arn:aws:apigateway:us-east-1:sns:path//',
    credentials: ROLE,
    passthroughBehavior: 'NEVER',
    requestParameters: { 'integration.request.header.Content-Type': "'application/x-www-form-urlencoded'" },
    requestTemplates: {
      'application/json': `Action=Publish&TopicArn=$util.urlEncode('${TOPIC}')&Message=$util.urlEncode($input.body)&Subject=$util.urlEncode($input.path('$.subject'))`,
    },
  });
  await putResponse(t.client, api, form, 'POST', '200');
  await deploy(t.client, api, 'dev');
});
after(async () => {
  await t.close();
  await sns.close();
});

it('action/Publish with TopicArn and Message in the query string: SNS answers JSON, which the response template reads', async () => {
  const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', `/query?topic=${encodeURIComponent(TOPIC)}&message=${encodeURIComponent('hello & bye')}`), {
    method: 'POST',
  });
  assert.equal(r.status, 200);
  const last = sns.published.at(-1)!;
  assert.deepEqual(r.json(), { messageId: last.MessageId });
  assert.deepEqual([last.TopicArn, last.Message], [TOPIC, 'hello & bye']);
  const sent = sns.received.at(-1)!;
  assert.deepEqual(
    [sent.method, sent.path, sent.query.get('Action'), sent.headers.accept, sent.scope.service],
    ['POST', '/', 'Publish', 'application/json', 'sns'],
  );
  assert.deepEqual(sns.refused, []);
});

it("a topic that does not exist: SNS's 404 selects the 404 response, whose template maps SNS's error", async () => {
  const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', `/query?topic=${encodeURIComponent(`${TOPIC}-nope`)}&message=x`), { method: 'POST' });
  assert.deepEqual([r.status, r.json()], [404, { error: 'NotFound', message: 'Topic does not exist' }]);
});

it('path// with a form-encoded template: the JSON body becomes the message, bytes intact', async () => {
  const body = JSON.stringify({ subject: 'Order 7', order: { id: 7, note: 'crème brûlée + 100% = ok' } });
  const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/form'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  assert.equal(r.status, 200);
  const last = sns.published.at(-1)!;
  assert.deepEqual([last.Message, last.Subject, last.TopicArn], [body, 'Order 7', TOPIC]);
  // No response template: SNS's JSON passes through.
  assert.deepEqual(r.json(), {
    PublishResponse: {
      PublishResult: { MessageId: last.MessageId, SequenceNumber: null },
      ResponseMetadata: { RequestId: r.json().PublishResponse.ResponseMetadata.RequestId },
    },
  });
  assert.equal(sns.received.at(-1)!.headers['content-type'], 'application/x-www-form-urlencoded');
});
