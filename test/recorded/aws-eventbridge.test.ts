/**
 * Recorded EventBridge integration (test_apigateway_eventbridge.py): `arn:aws:apigateway:{region}:events:action/PutEvents`,
 * X-Amz-Target and Content-Type set by the request template through `$context.requestOverride.header`
 * (API Gateway adds neither for EventBridge), against an EventBridge test endpoint that verifies the
 * SigV4 signature and the JSON 1.1 protocol (helpers/events-endpoint.ts), reached through
 * `--aws-endpoint events=URL`.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { addResource, deploy, newApi, putMethod, putResponse } from '../helpers/apis.js';
import { startEventsEndpoint, type EventsEndpoint } from '../helpers/events-endpoint.js';
import { callApi, requestsHeaders } from '../helpers/recorded-invoke.js';
import { rec } from '../helpers/recorded.js';
import { startTollgate, type TestServer } from '../helpers/tollgate.js';

let t: TestServer;
let events: EventsEndpoint;
before(async () => {
  events = await startEventsEndpoint();
  t = await startTollgate(['--aws-endpoint', `events=${events.url}`]);
});
after(async () => {
  await t.close();
  await events.close();
});

// The recorded template as the test's Python source renders it (its `"\\'"` is `"\'"` in the template).
const TEMPLATE = `
              #set($context.requestOverride.header.X-Amz-Target = "AWSEvents.PutEvents")
              #set($context.requestOverride.header.Content-Type = "application/x-amz-json-1.1")
              #set($inputRoot = $input.path('$'))
              {
                "Entries": [
                  #foreach($elem in $inputRoot.items)
                  {
                    "Detail": "$util.escapeJavaScript($elem.Detail).replaceAll("\\'","'")",
                    "DetailType": "$elem.DetailType",
                    "Source":"$elem.Source"
                  }#if($foreach.hasNext),#end
                  #end
                ]
              }
            `;

it(rec('test_apigateway_eventbridge.py::test_apigateway_to_eventbridge', 'eventbridge-put-events-response'), async () => {
  const api = await newApi(t.client, { name: 'recorded-eventbridge' });
  const resource = await addResource(t.client, api, api.root, 'event');
  await putMethod(
    t.client,
    api,
    resource,
    'POST',
    {
      type: 'AWS',
      integrationHttpMethod: 'POST',
      uri: 'arn:aws:apigateway:us-east-1:events:action/PutEvents',
      passthroughBehavior: 'WHEN_NO_TEMPLATES',
      credentials: 'arn:aws:iam::000000000000:role/apigw-events',
      requestParameters: {},
      requestTemplates: { 'application/json': TEMPLATE },
    },
    { requestParameters: { 'method.request.header.X-Amz-Target': false, 'method.request.header.Content-Type': false } },
  );
  await putResponse(t.client, api, resource, 'POST', '200', { responseTemplates: { 'application/json': "#set($inputRoot = $input.json('$'))\n$inputRoot" } });
  await deploy(t.client, api, 'dev');

  const r = await callApi(t.app.url, api.id, '/dev/event', {
    method: 'POST',
    headers: requestsHeaders({ 'Content-Type': 'application/json', Accept: 'application/json' }),
    // json.dumps(…) of the same items: `": ` and `, ` separators.
    body: '{"items": [{"Detail": "{\\"data\\":\\"Order is created\\"}", "DetailType": "Test", "Source": "order"}]}',
  });
  assert.equal(r.status, 200);
  assert.equal(events.events.length, 1);
  const [event] = events.events;
  // {"Entries": [{"EventId": "<uuid:1>"}], "FailedEntryCount": 0}, EventBridge's answer as the template re-renders it.
  assert.equal(r.text, `{"Entries":[{"EventId":"${event.EventId}"}],"FailedEntryCount":0}`);
  assert.deepEqual(
    { Source: event.Source, DetailType: event.DetailType, Detail: event.Detail, EventBusName: event.EventBusName },
    { Source: 'order', DetailType: 'Test', Detail: '{"data":"Order is created"}', EventBusName: 'default' },
  );
  const sent = events.received.at(-1)!;
  assert.deepEqual(
    [sent.headers['x-amz-target'], sent.headers['content-type'], sent.scope.service],
    ['AWSEvents.PutEvents', 'application/x-amz-json-1.1', 'events'],
  );
  assert.deepEqual(events.refused, []);
});
