/**
 * The recorded CloudFormation scenario of test_apigateway_lambda_cfn.py: a CDK app (a RestApi, a Python function
 * behind `GET /v1`, two gateway responses, an `ApiId` output) deployed as a stack, then read back through
 * CloudFormation's API — the stack's outputs as AWS answered them, the REST API they name, and a physical id for
 * every gateway response. The app is synthesized by the real CDK toolchain (scripts/stack-fixtures.sh writes
 * test/fixtures/stacks/cdk-recorded/) and deployed as `tollgate deploy cdk.out` deploys it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { GetRestApiCommand } from '@aws-sdk/client-api-gateway';
import { CloudFormationClient, DescribeStackResourcesCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { deployProject, stageUrls } from '../../src/stacks/project/deploy-project.js';
import { A, assertLike, rec } from '../helpers/recorded.js';
import { startTollgate, type TestServer } from '../helpers/tollgate.js';
import { cloudFormationClient } from '../helpers/cloudformation.js';

const ASSEMBLY = fileURLToPath(new URL('../../../test/fixtures/stacks/cdk-recorded/cdk.out', import.meta.url));

describe('recorded: an API Gateway and Lambda stack from a CDK app', () => {
  let t: TestServer;
  let cfn: CloudFormationClient;
  before(async () => {
    t = await startTollgate();
    cfn = cloudFormationClient(t.app.adminUrl);
  });
  after(async () => {
    cfn.destroy();
    await t.close();
  });

  it(rec('test_apigateway_lambda_cfn.py::TestApigatewayLambdaIntegration::test_scenario_validate_infra', 'resources'), async () => {
    const { stack } = await deployProject(t.app.stacks, { path: ASSEMBLY });
    assert.equal(stack.status, 'CREATE_COMPLETE', stack.reason);

    const [described] = (await cfn.send(new DescribeStacksCommand({ StackName: 'ApiGatewayStack' }))).Stacks!;
    const outputs = Object.fromEntries((described.Outputs ?? []).map((o) => [o.OutputKey!, o.OutputValue!]));
    // The recording: {"ApiId": "<api-id:1>", "restapiEndpointC67DEFEA": "https://<api-id:1>.execute-api.<region>.amazonaws.com/prod/"}
    assertLike(outputs, { ApiId: A.id, restapiEndpointC67DEFEA: A.string });
    assert.equal(outputs.restapiEndpointC67DEFEA, `https://${outputs.ApiId}.execute-api.us-east-1.amazonaws.com/prod/`);

    const api = await t.client.send(new GetRestApiCommand({ restApiId: outputs.ApiId }));
    assert.equal(api.id, outputs.ApiId);
    assert.equal(api.name, 'rest-api');

    const resources = (await cfn.send(new DescribeStackResourcesCommand({ StackName: 'ApiGatewayStack' }))).StackResources ?? [];
    const responses = resources.filter((r) => r.ResourceType === 'AWS::ApiGateway::GatewayResponse');
    assert.equal(responses.length, 2);
    for (const r of responses) assert.ok(r.PhysicalResourceId, `${r.LogicalResourceId} has a physical id`);

    // Beyond the recording: the Python function answers through the API, and a 4XX carries the response's header.
    const prod = stageUrls(stack, t.app.url).find((u) => u.stage === 'prod')!.url;
    const hello = await fetch(`${prod}v1`);
    assert.equal(hello.status, 200);
    assert.deepEqual(await hello.json(), { message: 'Hello World!' });
    const missing = await fetch(`${prod}nowhere`);
    assert.equal(missing.status, 403);
    assert.equal(missing.headers.get('access-control-allow-origin'), '*');
  });
});
