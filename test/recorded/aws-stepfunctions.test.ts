/**
 * Recorded Step Functions integrations (test_apigateway_stepfunctions.py): `arn:aws:apigateway:{region}:states:action/{Action}`
 * with the request template of AWS's tutorial (`"input": "$util.escapeJavaScript($input.json('$'))"`),
 * X-Amz-Target and Content-Type left to API Gateway, against Step Functions test endpoints that verify
 * the SigV4 signature and the JSON protocol (helpers/states-endpoint.ts), reached through
 * `--aws-endpoint states=URL`; StartSyncExecution through `--aws-endpoint sync-states=URL`.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, it } from 'node:test';
import { deploy, newApi, putMethod, putResponse, type Api } from '../helpers/apis.js';
import { callApi, requestsHeaders } from '../helpers/recorded-invoke.js';
import { A, assertLike, rec } from '../helpers/recorded.js';
import { startStatesEndpoints, type StatesEndpoints } from '../helpers/states-endpoint.js';
import { startTollgate, type TestServer } from '../helpers/tollgate.js';

const ROLE = 'arn:aws:iam::000000000000:role/role-apigw-sfn';
const MACHINE = 'arn:aws:states:us-east-1:000000000000:stateMachine:test-recorded';

let t: TestServer;
let sfn: StatesEndpoints;
before(async () => {
  sfn = await startStatesEndpoints();
  t = await startTollgate(['--aws-endpoint', `states=${sfn.states.url}`, '--aws-endpoint', `sync-states=${sfn.sync.url}`]);
});
after(async () => {
  await t.close();
  await sfn.close();
});
beforeEach(() => {
  sfn.machines.set(MACHINE, { type: 'EXPRESS' });
  sfn.executions.length = 0;
});

const REQUEST_TEMPLATE = `
            {
            "input": "$util.escapeJavaScript($input.json('$'))",
            "stateMachineArn": "${MACHINE}"
            }
            `;

/** POST / → states:action/{action}, with the test's templates (an empty map: none). */
async function statesApi(action: string, requestTemplates: Record<string, string>, responseTemplates: Record<string, string>): Promise<Api> {
  const api = await newApi(t.client, { name: 'test-sfn', description: 'test-step-function-integration' });
  await putMethod(t.client, api, api.root, 'POST', {
    type: 'AWS',
    integrationHttpMethod: 'POST',
    uri: `arn:aws:apigateway:us-east-1:states:action/${action}`,
    credentials: ROLE,
    requestTemplates,
  });
  await putResponse(t.client, api, api.root, 'POST', '200', { selectionPattern: '', responseTemplates });
  await deploy(t.client, api, 'dev');
  return api;
}

// requests.post(url, data=json.dumps(…)): a body and no Content-Type.
const post = (api: Api, body: string) => callApi(t.app.url, api.id, '/dev/', { method: 'POST', headers: requestsHeaders(), body });

it(
  rec(
    'test_apigateway_stepfunctions.py::TestApigatewayStepfunctions::test_apigateway_with_step_function_integration[StartExecution]',
    'start_execution_response',
  ),
  async () => {
    const api = await statesApi('StartExecution', { 'application/json': REQUEST_TEMPLATE }, {});
    const r = await post(api, JSON.stringify({ test: 'test-value' }).replace(':', ': '));
    assert.equal(r.status, 200);
    // The service's answer passes through: {"executionArn": …, "startDate": epoch seconds}.
    assertLike(r.json(), {
      executionArn: A.match(/^arn:aws:states:us-east-1:000000000000:express:test-recorded:[0-9a-f-]{36}:[0-9a-f-]{36}$/),
      startDate: A.any,
    });
    assert.equal(typeof r.json().startDate, 'number');
    assert.deepEqual(
      sfn.executions.map((e) => [e.executionArn, e.input]),
      [[r.json().executionArn, '{"test":"test-value"}']],
    );
    const sent = sfn.states.received.at(-1)!;
    assert.deepEqual(
      [sent.headers['x-amz-target'], sent.headers['content-type'], sent.scope.service, sent.path],
      ['AWSStepFunctions.StartExecution', 'application/x-amz-json-1.0', 'states', '/'],
    );
    assert.deepEqual(sfn.states.refused, []);
  },
);

it(
  rec(
    'test_apigateway_stepfunctions.py::TestApigatewayStepfunctions::test_apigateway_with_step_function_integration[DeleteStateMachine]',
    'delete_state_machine_response',
  ),
  async () => {
    // No request template: the client's body passes through as DeleteStateMachine's input.
    const api = await statesApi('DeleteStateMachine', {}, {});
    const r = await post(api, JSON.stringify({ stateMachineArn: MACHINE }));
    assert.deepEqual([r.status, r.text, r.json()], [200, '{}', {}]);
    assert.equal(sfn.machines.has(MACHINE), false);
    assert.equal(sfn.states.received.at(-1)!.headers['x-amz-target'], 'AWSStepFunctions.DeleteStateMachine');
  },
);

it("StartSyncExecution (the CDK StepFunctionsIntegration pattern) goes to the sync-states endpoint; $input.path('$.output') answers the output", async () => {
  const api = await statesApi('StartSyncExecution', { 'application/json': REQUEST_TEMPLATE }, { 'application/json': "$input.path('$.output')" });
  const before = [sfn.states.received.length, sfn.sync.received.length];
  const r = await post(api, JSON.stringify({ test: 'test-value' }));
  assert.deepEqual([r.status, r.json()], [200, { test: 'test-value' }]);
  assert.deepEqual([sfn.states.received.length, sfn.sync.received.length], [before[0], before[1] + 1]);
  const sent = sfn.sync.received.at(-1)!;
  assert.deepEqual([sent.headers['x-amz-target'], sent.scope.service], ['AWSStepFunctions.StartSyncExecution', 'states']);
  assert.deepEqual(sfn.sync.refused, []);
  // A machine that does not exist: Step Functions' 400 selects no response but the default, which maps its error.
  sfn.machines.delete(MACHINE);
  const missing = await post(api, '{}');
  assert.equal(missing.status, 200);
  assert.equal(missing.text, '');
});
