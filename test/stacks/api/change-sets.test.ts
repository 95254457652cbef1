/**
 * Change sets through CloudFormation's API against a running Tollgate: the real @aws-sdk/client-cloudformation
 * (CREATE / UPDATE change sets, their previewed changes, execution, no-change, refusals, a failing execution, a SAM
 * template), and the AWS CLI's `aws cloudformation deploy` spawned as a user runs it (create, update, no change, a
 * failure), which drives DescribeStacks, GetTemplateSummary, CreateChangeSet, DescribeChangeSet, ExecuteChangeSet.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateSummaryCommand,
  ListChangeSetsCommand,
  UpdateStackCommand,
  type Change,
} from '@aws-sdk/client-cloudformation';
import { sdkError, startTollgate, type TestServer } from '../../helpers/tollgate.js';
import { invoke, mockApi } from '../engine/templates.js';
import { cloudFormationClient } from '../../helpers/cloudformation.js';

const run = promisify(execFile);

const actions = (changes: Change[] | undefined) =>
  Object.fromEntries((changes ?? []).map((c) => [c.ResourceChange!.LogicalResourceId, [c.ResourceChange!.Action, c.ResourceChange!.Replacement]]));

describe('change sets with the AWS SDK', () => {
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

  const stack = async (name: string) => (await cfn.send(new DescribeStacksCommand({ StackName: name }))).Stacks![0];
  const apiId = async (name: string) => (await stack(name)).Outputs!.find((o) => o.OutputKey === 'ApiId')!.OutputValue!;

  it('a CREATE change set makes the stack REVIEW_IN_PROGRESS with every resource an Add; executing it creates the stack', async () => {
    const made = await cfn.send(
      new CreateChangeSetCommand({
        StackName: 'cs-pets',
        ChangeSetName: 'first',
        ChangeSetType: 'CREATE',
        TemplateBody: JSON.stringify(mockApi('{"pets": []}')),
        Parameters: [{ ParameterKey: 'StageName', ParameterValue: 'prod' }],
        Capabilities: ['CAPABILITY_IAM'],
        Description: 'the first one',
      }),
    );
    assert.match(made.Id!, /^arn:aws:cloudformation:us-east-1:000000000000:changeSet\/first\/[0-9a-f-]{36}$/);
    const review = await stack('cs-pets');
    assert.equal(review.StackStatus, 'REVIEW_IN_PROGRESS');
    assert.equal(review.StackId, made.StackId);
    const cs = await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: 'first', StackName: 'cs-pets' }));
    assert.equal(cs.Status, 'CREATE_COMPLETE');
    assert.equal(cs.ExecutionStatus, 'AVAILABLE');
    assert.equal(cs.ChangeSetId, made.Id);
    assert.equal(cs.Description, 'the first one');
    assert.deepEqual(cs.Capabilities, ['CAPABILITY_IAM']);
    assert.deepEqual(cs.Parameters, [{ ParameterKey: 'StageName', ParameterValue: 'prod' }]);
    assert.deepEqual(actions(cs.Changes), {
      Api: ['Add', undefined],
      Pets: ['Add', undefined],
      PetsGet: ['Add', undefined],
      Deployment: ['Add', undefined],
      Stage: ['Add', undefined],
    });
    assert.equal(cs.Changes![0].ResourceChange!.ResourceType, 'AWS::ApiGateway::RestApi');
    // By its ARN alone, and listed.
    assert.equal((await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: made.Id }))).ChangeSetName, 'first');
    const list = await cfn.send(new ListChangeSetsCommand({ StackName: 'cs-pets' }));
    assert.deepEqual(
      list.Summaries!.map((s) => [s.ChangeSetName, s.Status, s.ExecutionStatus]),
      [['first', 'CREATE_COMPLETE', 'AVAILABLE']],
    );
    // A stack in review cannot be updated.
    const upd = await sdkError(cfn.send(new UpdateStackCommand({ StackName: 'cs-pets', TemplateBody: JSON.stringify(mockApi('{}')) })));
    assert.deepEqual(upd, { name: 'ValidationError', message: `Stack:${made.StackId} is in REVIEW_IN_PROGRESS state and can not be updated.`, status: 400 });

    await cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: 'first', StackName: 'cs-pets' }));
    const created = await stack('cs-pets');
    assert.equal(created.StackStatus, 'CREATE_COMPLETE');
    assert.equal(created.StackId, made.StackId);
    assert.deepEqual(await (await fetch(invoke(t.app.url, await apiId('cs-pets'), 'prod', '/pets'))).json(), { pets: [] });
    const after = await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: made.Id }));
    assert.deepEqual([after.Status, after.ExecutionStatus], ['CREATE_COMPLETE', 'EXECUTE_COMPLETE']);
    const events = (await cfn.send(new DescribeStackEventsCommand({ StackName: 'cs-pets' }))).StackEvents!;
    assert.deepEqual(
      [events.at(-1)!.ResourceStatus, events.at(-1)!.ResourceStatusReason, events[0].ResourceStatus],
      ['REVIEW_IN_PROGRESS', 'User Initiated', 'CREATE_COMPLETE'],
    );
    // Executed: it cannot run again.
    const again = await sdkError(cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: made.Id })));
    assert.deepEqual(again, {
      name: 'InvalidChangeSetStatusException',
      message: `ChangeSet [${made.Id}] cannot be executed in its current execution status of [EXECUTE_COMPLETE]`,
      status: 400,
    });
  });

  it('an UPDATE change set previews Modify with Replacement from the engine’s diff; executing keeps the ids and drops the other change sets', async () => {
    const before = await apiId('cs-pets');
    const summary = await cfn.send(new GetTemplateSummaryCommand({ StackName: 'cs-pets' }));
    assert.deepEqual(summary.Parameters, [
      { ParameterKey: 'StageName', DefaultValue: 'dev', ParameterType: 'String', NoEcho: false, ParameterConstraints: { AllowedValues: ['dev', 'prod'] } },
    ]);
    assert.deepEqual(summary.ResourceTypes!.sort(), [
      'AWS::ApiGateway::Deployment',
      'AWS::ApiGateway::Method',
      'AWS::ApiGateway::Resource',
      'AWS::ApiGateway::RestApi',
      'AWS::ApiGateway::Stage',
    ]);
    const stale = await cfn.send(
      new CreateChangeSetCommand({
        StackName: 'cs-pets',
        ChangeSetName: 'stale',
        TemplateBody: JSON.stringify(mockApi('{"pets": ["stale"]}')),
        Parameters: [{ ParameterKey: 'StageName', UsePreviousValue: true }],
      }),
    );
    const made = await cfn.send(
      new CreateChangeSetCommand({
        StackName: 'cs-pets',
        ChangeSetName: 'second',
        ChangeSetType: 'UPDATE',
        TemplateBody: JSON.stringify(mockApi('{"pets": [1]}')),
        Parameters: [{ ParameterKey: 'StageName', UsePreviousValue: true }],
      }),
    );
    const cs = await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: 'second', StackName: 'cs-pets' }));
    assert.equal(cs.Status, 'CREATE_COMPLETE');
    // The method's integration changed in place; its API's Deployment is replaced; the Stage follows the new
    // deployment (a dynamic value); the RestApi and the resource are untouched.
    const a = actions(cs.Changes);
    assert.deepEqual(Object.keys(a).sort(), ['Deployment', 'PetsGet', 'Stage']);
    assert.equal(a.PetsGet[0], 'Modify');
    assert.deepEqual(a.Deployment, ['Modify', 'True']);
    assert.deepEqual(a.Stage, ['Modify', 'False']);
    const method = cs.Changes!.find((c) => c.ResourceChange!.LogicalResourceId === 'PetsGet')!.ResourceChange!;
    assert.deepEqual(method.Scope, ['Properties']);
    assert.deepEqual(
      method.Details!.map((d) => [d.Target!.Name, d.Evaluation, d.ChangeSource]),
      [['Integration', 'Static', 'DirectModification']],
    );
    assert.ok(method.PhysicalResourceId);
    const stage = cs.Changes!.find((c) => c.ResourceChange!.LogicalResourceId === 'Stage')!.ResourceChange!;
    assert.deepEqual(
      stage.Details!.map((d) => [d.Target!.Name, d.Evaluation, d.ChangeSource]),
      [['DeploymentId', 'Dynamic', 'ResourceReference']],
    );
    assert.equal((await stack('cs-pets')).StackStatus, 'CREATE_COMPLETE'); // nothing changed yet
    await cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: made.Id }));
    const s = await stack('cs-pets');
    assert.equal(s.StackStatus, 'UPDATE_COMPLETE');
    assert.equal(await apiId('cs-pets'), before);
    assert.deepEqual(await (await fetch(invoke(t.app.url, before, 'prod', '/pets'))).json(), { pets: [1] });
    // The other change set is gone, as CloudFormation deletes the stack's other change sets on execution.
    const list = await cfn.send(new ListChangeSetsCommand({ StackName: 'cs-pets' }));
    assert.deepEqual(
      list.Summaries!.map((x) => [x.ChangeSetName, x.ExecutionStatus]),
      [['second', 'EXECUTE_COMPLETE']],
    );
    assert.equal((await sdkError(cfn.send(new DescribeChangeSetCommand({ ChangeSetName: stale.Id })))).name, 'ChangeSetNotFoundException');
  });

  it('a change set that changes nothing is FAILED with CloudFormation’s reason and cannot be executed', async () => {
    const made = await cfn.send(
      new CreateChangeSetCommand({
        StackName: 'cs-pets',
        ChangeSetName: 'same',
        TemplateBody: JSON.stringify(mockApi('{"pets": [1]}')),
        Parameters: [{ ParameterKey: 'StageName', UsePreviousValue: true }],
      }),
    );
    const cs = await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: 'same', StackName: 'cs-pets' }));
    assert.deepEqual([cs.Status, cs.ExecutionStatus, cs.Changes], ['FAILED', 'UNAVAILABLE', []]);
    assert.equal(cs.StatusReason, "The submitted information didn't contain changes. Submit different information to create a change set.");
    assert.deepEqual(await sdkError(cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: made.Id }))), {
      name: 'InvalidChangeSetStatusException',
      message: `ChangeSet [${made.Id}] cannot be executed in its current status of [FAILED]`,
      status: 400,
    });
    await cfn.send(new DeleteChangeSetCommand({ ChangeSetName: 'same', StackName: 'cs-pets' }));
    assert.equal((await sdkError(cfn.send(new DescribeChangeSetCommand({ ChangeSetName: made.Id })))).status, 404);
  });

  it('refuses in CloudFormation’s words', async () => {
    const id = (await stack('cs-pets')).StackId;
    const body = JSON.stringify(mockApi('{}'));
    assert.deepEqual(
      await sdkError(cfn.send(new CreateChangeSetCommand({ StackName: 'cs-pets', ChangeSetName: 'c', ChangeSetType: 'CREATE', TemplateBody: body }))),
      { name: 'ValidationError', message: 'Stack [cs-pets] already exists and cannot be created again with the changeSet [c].', status: 400 },
    );
    assert.deepEqual(await sdkError(cfn.send(new CreateChangeSetCommand({ StackName: 'nope', ChangeSetName: 'c', TemplateBody: body }))), {
      name: 'ValidationError',
      message: 'Stack [nope] does not exist',
      status: 400,
    });
    assert.deepEqual(await sdkError(cfn.send(new DescribeChangeSetCommand({ ChangeSetName: 'nosuch', StackName: 'cs-pets' }))), {
      name: 'ChangeSetNotFoundException',
      message: 'ChangeSet [nosuch] does not exist',
      status: 404,
    });
    assert.deepEqual(await sdkError(cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: 'nosuch' }))), {
      name: 'ValidationError',
      message: 'StackName must be specified if ChangeSetName is not specified as an ARN.',
      status: 400,
    });
    const bad = await sdkError(cfn.send(new CreateChangeSetCommand({ StackName: 'cs-pets', ChangeSetName: '1bad', TemplateBody: body })));
    assert.equal(bad.name, 'ValidationError');
    assert.match(bad.message, /Value '1bad' at 'changeSetName' failed to satisfy constraint/);
    // A template refused: the change set is not made, and the answer says why.
    const broken = await sdkError(cfn.send(new CreateChangeSetCommand({ StackName: 'cs-pets', ChangeSetName: 'c', TemplateBody: '{"Resources": [' })));
    assert.deepEqual(broken, { name: 'ValidationError', message: 'Template format error: JSON not well-formed. (line 1, column 16)', status: 400 });
    // The same name with another template.
    await cfn.send(new CreateChangeSetCommand({ StackName: 'cs-pets', ChangeSetName: 'twice', TemplateBody: body }));
    const twice = await sdkError(
      cfn.send(new CreateChangeSetCommand({ StackName: 'cs-pets', ChangeSetName: 'twice', TemplateBody: JSON.stringify(mockApi('{"x": 1}')) })),
    );
    assert.deepEqual(twice, {
      name: 'AlreadyExistsException',
      message: 'ChangeSet twice cannot be created due to a mismatch with existing attribute Template',
      status: 400,
    });
    // Deleting a change set that is not there (of a stack that is) succeeds; of a stack that is not there, it does not.
    await cfn.send(new DeleteChangeSetCommand({ ChangeSetName: 'nosuch', StackName: id }));
    assert.deepEqual(await sdkError(cfn.send(new DeleteChangeSetCommand({ ChangeSetName: 'c', StackName: 'nope' }))), {
      name: 'ValidationError',
      message: 'Stack with id nope does not exist',
      status: 400,
    });
    assert.equal((await sdkError(cfn.send(new ListChangeSetsCommand({ StackName: 'nope' })))).name, 'ValidationError');
  });

  it('a failing resource rolls the executed change set back: UPDATE_ROLLBACK_COMPLETE, the change set EXECUTE_FAILED', async () => {
    const api = await apiId('cs-pets');
    const bad = mockApi('{"pets": [2]}', {
      Broken: { Type: 'AWS::ApiGateway::Resource', Properties: { RestApiId: { Ref: 'Api' }, ParentId: 'nosuchparent', PathPart: 'x' } },
    });
    const made = await cfn.send(
      new CreateChangeSetCommand({
        StackName: 'cs-pets',
        ChangeSetName: 'broken',
        TemplateBody: JSON.stringify(bad),
        Parameters: [{ ParameterKey: 'StageName', UsePreviousValue: true }],
      }),
    );
    assert.deepEqual(actions((await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: made.Id }))).Changes).Broken, ['Add', undefined]);
    await cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: made.Id }));
    const s = await stack('cs-pets');
    assert.equal(s.StackStatus, 'UPDATE_ROLLBACK_COMPLETE');
    assert.equal(s.StackStatusReason, 'The following resource(s) failed to update: [Broken]. Rollback requested by user.');
    assert.equal((await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: made.Id }))).ExecutionStatus, 'EXECUTE_FAILED');
    assert.deepEqual(await (await fetch(invoke(t.app.url, api, 'prod', '/pets'))).json(), { pets: [1] });
  });

  it('takes a SAM template (the transform runs when the change set is made), and DeleteStack removes a stack still in review', async () => {
    const sam = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Api:',
      '    Type: AWS::Serverless::Api',
      '    Properties:',
      '      StageName: dev',
      '      DefinitionBody:',
      '        openapi: 3.0.1',
      '        info: {title: sam-cs, version: "1"}',
      '        paths:',
      '          /hi:',
      '            get:',
      '              x-amazon-apigateway-integration:',
      '                type: mock',
      '                requestTemplates: {application/json: \'{"statusCode": 200}\'}',
      '                responses: {default: {statusCode: "200", responseTemplates: {application/json: \'{"hi": true}\'}}}',
      'Outputs:',
      '  ApiId: {Value: !Ref Api}',
    ].join('\n');
    const made = await cfn.send(
      new CreateChangeSetCommand({
        StackName: 'cs-sam',
        ChangeSetName: 'sam',
        ChangeSetType: 'CREATE',
        TemplateBody: sam,
        Capabilities: ['CAPABILITY_AUTO_EXPAND'],
      }),
    );
    const cs = await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: made.Id }));
    const types = cs.Changes!.map((c) => c.ResourceChange!.ResourceType).sort();
    assert.deepEqual(types, ['AWS::ApiGateway::Deployment', 'AWS::ApiGateway::RestApi', 'AWS::ApiGateway::Stage']);
    await cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: made.Id }));
    assert.equal((await stack('cs-sam')).StackStatus, 'CREATE_COMPLETE');
    assert.deepEqual(await (await fetch(invoke(t.app.url, await apiId('cs-sam'), 'dev', '/hi'))).json(), { hi: true });

    await cfn.send(
      new CreateChangeSetCommand({ StackName: 'cs-review', ChangeSetName: 'r', ChangeSetType: 'CREATE', TemplateBody: JSON.stringify(mockApi('{}')) }),
    );
    assert.equal((await stack('cs-review')).StackStatus, 'REVIEW_IN_PROGRESS');
    await cfn.send(new DeleteStackCommand({ StackName: 'cs-review' }));
    // DELETE_IN_PROGRESS may be answered while the deletion runs, then "does not exist".
    for (;;) {
      const e = await sdkError(cfn.send(new DescribeStacksCommand({ StackName: 'cs-review' }))).catch(() => undefined);
      if (e) {
        assert.equal(e.name, 'ValidationError');
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  });
});

describe('`aws cloudformation deploy` (the AWS CLI) against Tollgate', () => {
  let t: TestServer;
  let dir: string;
  before(async () => {
    t = await startTollgate();
    dir = mkdtempSync(join(tmpdir(), 'tollgate-cli-deploy-'));
  });
  after(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const env = {
    ...process.env,
    AWS_ACCESS_KEY_ID: 'AKIDTEST',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  /** The CLI as a user runs it; its exit status and output. */
  async function deploy(body: string, ...extra: string[]): Promise<{ code: number; out: string }> {
    const file = join(dir, 'template.yaml');
    writeFileSync(file, body);
    const args = ['cloudformation', 'deploy', '--template-file', file, '--stack-name', 'cli-pets', '--endpoint-url', t.app.adminUrl, ...extra];
    try {
      const r = await run('/usr/bin/aws', args, { env, timeout: 60_000 });
      return { code: 0, out: r.stdout + r.stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, out: err.stdout + err.stderr };
    }
  }
  const yaml = (body: string) => JSON.stringify(mockApi(body), null, 2); // JSON is YAML
  const cfn = () => cloudFormationClient(t.app.adminUrl);

  it('creates, updates, reports no change, and fails a deploy whose resource fails', async () => {
    const client = cfn();
    try {
      const created = await deploy(yaml('{"v": 1}'), '--parameter-overrides', 'StageName=prod');
      assert.equal(created.code, 0, created.out);
      assert.match(created.out, /Successfully created\/updated stack - cli-pets/);
      const s = (await client.send(new DescribeStacksCommand({ StackName: 'cli-pets' }))).Stacks![0];
      assert.equal(s.StackStatus, 'CREATE_COMPLETE');
      const api = s.Outputs!.find((o) => o.OutputKey === 'ApiId')!.OutputValue!;
      assert.deepEqual(await (await fetch(invoke(t.app.url, api, 'prod', '/pets'))).json(), { v: 1 });

      // An update with a change; StageName kept (the CLI sends UsePreviousValue for parameters not overridden).
      const updated = await deploy(yaml('{"v": 2}'));
      assert.equal(updated.code, 0, updated.out);
      assert.equal((await client.send(new DescribeStacksCommand({ StackName: 'cli-pets' }))).Stacks![0].StackStatus, 'UPDATE_COMPLETE');
      assert.deepEqual(await (await fetch(invoke(t.app.url, api, 'prod', '/pets'))).json(), { v: 2 });

      const same = await deploy(yaml('{"v": 2}'), '--no-fail-on-empty-changeset');
      assert.equal(same.code, 0, same.out);
      assert.match(same.out, /No changes to deploy. Stack cli-pets is up to date/);

      const broken = await deploy(
        JSON.stringify(
          mockApi('{"v": 3}', {
            Broken: { Type: 'AWS::ApiGateway::Resource', Properties: { RestApiId: { Ref: 'Api' }, ParentId: 'nosuchparent', PathPart: 'x' } },
          }),
        ),
      );
      assert.notEqual(broken.code, 0);
      assert.match(broken.out, /Failed to create\/update the stack/);
      assert.equal((await client.send(new DescribeStacksCommand({ StackName: 'cli-pets' }))).Stacks![0].StackStatus, 'UPDATE_ROLLBACK_COMPLETE');
      assert.deepEqual(await (await fetch(invoke(t.app.url, api, 'prod', '/pets'))).json(), { v: 2 });
    } finally {
      client.destroy();
    }
  });
});
