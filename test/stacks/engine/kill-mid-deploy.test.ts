/**
 * A `tollgate serve` process SIGKILLed in the middle of a stack's creation (its steps are written without an fsync
 * each: WriteOptions.durable in src/store/store.ts), then started again on the same data dir: the stack is
 * CREATE_FAILED with the reason, every resource on its record exists, and DeleteStack leaves nothing behind but, at
 * most, the one resource whose creation the kill interrupted after it committed (the record names everything else).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { GetResourcesCommand, GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import { LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { CreateStackCommand, DeleteStackCommand, DescribeStacksCommand, ListStackResourcesCommand } from '@aws-sdk/client-cloudformation';
import { freePort, killAll, spawnTollgate } from '../../helpers/process.js';
import { sdkClient, sdkError } from '../../helpers/tollgate.js';
import { cloudFormationClient } from '../../helpers/cloudformation.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-stack-kill-'));
after(async () => {
  await killAll();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A RestApi and N resources, each with a MOCK method and a function created before it: long enough a deploy to be
 * killed in its middle (the server answers the test's polls between resources: the engine yields the event loop
 * between them, src/stacks/engine/provision.ts nextTurn).
 */
function template(n: number): unknown {
  const resources: Record<string, unknown> = { Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'killed' } } };
  for (let i = 0; i < n; i++) {
    resources[`F${i}`] = {
      Type: 'AWS::Lambda::Function',
      Properties: {
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Role: 'arn:aws:iam::000000000000:role/killed',
        Code: { ZipFile: 'exports.handler = async () => 1;' },
      },
    };
    resources[`R${i}`] = {
      Type: 'AWS::ApiGateway::Resource',
      DependsOn: [`F${i}`],
      Properties: { RestApiId: { Ref: 'Api' }, ParentId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] }, PathPart: `r${i}` },
    };
    resources[`M${i}`] = {
      Type: 'AWS::ApiGateway::Method',
      Properties: { RestApiId: { Ref: 'Api' }, ResourceId: { Ref: `R${i}` }, HttpMethod: 'GET', AuthorizationType: 'NONE', Integration: { Type: 'MOCK' } },
    };
  }
  return { Resources: resources };
}

const cfnAt = cloudFormationClient;

it('a deploy killed midway leaves a consistent record: CREATE_FAILED after the restart, every recorded resource there, nothing left after DeleteStack', async () => {
  const first = await spawnTollgate({ port: await freePort(), args: ['--data-dir', dir] });
  const cfn = cfnAt(first.url);
  await cfn.send(new CreateStackCommand({ StackName: 'killed', TemplateBody: JSON.stringify(template(40)) }));
  // Killed once some resources are on record, while the stack is still being created.
  for (;;) {
    const rs = (await cfn.send(new ListStackResourcesCommand({ StackName: 'killed' }))).StackResourceSummaries ?? [];
    if (rs.length >= 10) break;
    await new Promise((r) => setTimeout(r, 2));
  }
  await first.stop('SIGKILL');
  cfn.destroy();

  const second = await spawnTollgate({ port: await freePort(), args: ['--data-dir', dir] });
  const cfn2 = cfnAt(second.url);
  const apigw = sdkClient(second.url);
  const lambda = new LambdaClient({ endpoint: second.url, region: 'us-east-1', credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' } });
  try {
    const s = (await cfn2.send(new DescribeStacksCommand({ StackName: 'killed' }))).Stacks![0];
    assert.equal(s.StackStatus, 'CREATE_FAILED', 'the deploy ended before the kill: make the template larger');
    assert.equal(s.StackStatusReason, 'Tollgate stopped while this stack was being changed');
    const recorded = (await cfn2.send(new ListStackResourcesCommand({ StackName: 'killed' }))).StackResourceSummaries!;
    assert.ok(recorded.length >= 10 && recorded.length < 161, `${recorded.length} resources on record`);
    const api = recorded.find((r) => r.LogicalResourceId === 'Api')!.PhysicalResourceId!;
    const existing = new Set((await apigw.send(new GetResourcesCommand({ restApiId: api, limit: 500 }))).items!.map((r) => r.id));
    for (const r of recorded.filter((x) => x.ResourceType === 'AWS::ApiGateway::Resource')) assert.ok(existing.has(r.PhysicalResourceId), r.LogicalResourceId);
    const functions = new Set((await lambda.send(new ListFunctionsCommand({}))).Functions!.map((f) => f.FunctionName));
    for (const r of recorded.filter((x) => x.ResourceType === 'AWS::Lambda::Function')) assert.ok(functions.has(r.PhysicalResourceId), r.LogicalResourceId);

    await cfn2.send(new DeleteStackCommand({ StackName: 'killed' }));
    // DELETE_IN_PROGRESS is answered while the deletion runs (the engine yields between resources), then "does not exist".
    for (;;) {
      const e = await sdkError(cfn2.send(new DescribeStacksCommand({ StackName: 'killed' }))).catch(() => undefined);
      if (e) {
        assert.equal(e.name, 'ValidationError');
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.deepEqual((await apigw.send(new GetRestApisCommand({}))).items, []);
    // At most the function being created when the kill landed is left: its creation committed, its record not yet
    // (the window between a service call and the stack's record of it, one step wide).
    const left = (await lambda.send(new ListFunctionsCommand({}))).Functions!.map((f) => f.FunctionName);
    assert.ok(left.length <= 1 && !left.some((f) => functions.has(f) && recorded.some((r) => r.PhysicalResourceId === f)), left.join());
  } finally {
    lambda.destroy();
    cfn2.destroy();
    apigw.destroy();
  }
});
