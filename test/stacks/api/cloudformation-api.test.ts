/**
 * CloudFormation's API (awsQuery) with the real @aws-sdk/client-cloudformation against a running Tollgate: create,
 * describe, update (a change, no change), events, resources, templates, exports, delete, and the refusals in
 * CloudFormation's codes and texts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CloudFormationClient,
  CreateStackCommand,
  DeleteStackCommand,
  DescribeStackEventsCommand,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  GetTemplateCommand,
  ListExportsCommand,
  ListStackResourcesCommand,
  ListStacksCommand,
  UpdateStackCommand,
  ValidateTemplateCommand,
  DescribeChangeSetHooksCommand,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { raw, sdkError, startTollgate, type TestServer } from '../../helpers/tollgate.js';
import { invoke, mockApi } from '../engine/templates.js';
import { cloudFormationClient } from '../../helpers/cloudformation.js';

const FINAL = /_(COMPLETE|FAILED)$/;

describe('CloudFormation API with the AWS SDK', () => {
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

  /** DescribeStacks until the stack leaves *_IN_PROGRESS (the deploy runs on after CreateStack answers). */
  async function settled(name: string): Promise<Stack> {
    for (;;) {
      const s = (await cfn.send(new DescribeStacksCommand({ StackName: name }))).Stacks![0];
      if (FINAL.test(s.StackStatus!) && !s.StackStatus!.endsWith('_IN_PROGRESS')) return s;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('creates a stack, answers its id at once, and describes it CREATE_COMPLETE with its outputs and parameters', async () => {
    const created = await cfn.send(
      new CreateStackCommand({
        StackName: 'pets',
        TemplateBody: JSON.stringify(mockApi('{"pets": []}')),
        Parameters: [{ ParameterKey: 'StageName', ParameterValue: 'prod' }],
      }),
    );
    assert.match(created.StackId!, /^arn:aws:cloudformation:us-east-1:000000000000:stack\/pets\/[0-9a-f-]{36}$/);
    const s = await settled('pets');
    assert.equal(s.StackStatus, 'CREATE_COMPLETE');
    assert.equal(s.StackId, created.StackId);
    assert.ok(s.CreationTime instanceof Date);
    assert.deepEqual(s.Parameters, [{ ParameterKey: 'StageName', ParameterValue: 'prod' }]);
    const apiId = s.Outputs!.find((o) => o.OutputKey === 'ApiId')!.OutputValue!;
    const res = await fetch(invoke(t.app.url, apiId, 'prod', '/pets'));
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { pets: [] });
    // By id too, and in ListStacks.
    assert.equal((await cfn.send(new DescribeStacksCommand({ StackName: created.StackId }))).Stacks![0].StackName, 'pets');
    const list = await cfn.send(new ListStacksCommand({ StackStatusFilter: ['CREATE_COMPLETE'] }));
    assert.deepEqual(
      list.StackSummaries!.map((x) => x.StackName),
      ['pets'],
    );
  });

  it('lists events newest first and resources with physical ids; GetTemplate gives the body as sent', async () => {
    const events = (await cfn.send(new DescribeStackEventsCommand({ StackName: 'pets' }))).StackEvents!;
    assert.equal(events[0].LogicalResourceId, 'pets');
    assert.equal(events[0].ResourceStatus, 'CREATE_COMPLETE');
    assert.equal(events.at(-1)!.ResourceStatus, 'CREATE_IN_PROGRESS');
    assert.equal(events.at(-1)!.ResourceStatusReason, 'User Initiated');
    assert.ok(events.some((e) => e.LogicalResourceId === 'Api' && e.ResourceStatus === 'CREATE_COMPLETE' && e.ResourceType === 'AWS::ApiGateway::RestApi'));
    const resources = (await cfn.send(new DescribeStackResourcesCommand({ StackName: 'pets' }))).StackResources!;
    assert.deepEqual(resources.map((r) => r.LogicalResourceId).sort(), ['Api', 'Deployment', 'Pets', 'PetsGet', 'Stage']);
    assert.ok(resources.every((r) => r.ResourceStatus === 'CREATE_COMPLETE' && r.PhysicalResourceId && r.StackName === 'pets'));
    const summaries = (await cfn.send(new ListStackResourcesCommand({ StackName: 'pets' }))).StackResourceSummaries!;
    assert.equal(summaries.find((r) => r.LogicalResourceId === 'Stage')!.PhysicalResourceId, 'prod');
    const tpl = await cfn.send(new GetTemplateCommand({ StackName: 'pets' }));
    assert.deepEqual(JSON.parse(tpl.TemplateBody!), mockApi('{"pets": []}'));
  });

  it('updates in place (same API id), and refuses an update that changes nothing: "No updates are to be performed."', async () => {
    const before = await settled('pets');
    const apiId = before.Outputs!.find((o) => o.OutputKey === 'ApiId')!.OutputValue!;
    await cfn.send(
      new UpdateStackCommand({
        StackName: 'pets',
        TemplateBody: JSON.stringify(mockApi('{"pets": [1]}')),
        Parameters: [{ ParameterKey: 'StageName', UsePreviousValue: true }],
      }),
    );
    const s = await settled('pets');
    assert.equal(s.StackStatus, 'UPDATE_COMPLETE');
    assert.ok(s.LastUpdatedTime instanceof Date);
    assert.equal(s.Outputs!.find((o) => o.OutputKey === 'ApiId')!.OutputValue, apiId);
    assert.deepEqual(await (await fetch(invoke(t.app.url, apiId, 'prod', '/pets'))).json(), { pets: [1] });
    const same = await sdkError(
      cfn.send(new UpdateStackCommand({ StackName: 'pets', UsePreviousTemplate: true, Parameters: [{ ParameterKey: 'StageName', UsePreviousValue: true }] })),
    );
    assert.deepEqual(same, { name: 'ValidationError', message: 'No updates are to be performed.', status: 400 });
  });

  it('a failing resource rolls the update back: UPDATE_ROLLBACK_COMPLETE with the reason, the failure in the events', async () => {
    const bad = mockApi('{"pets": [1]}', {
      Broken: { Type: 'AWS::ApiGateway::Resource', Properties: { RestApiId: { Ref: 'Api' }, ParentId: 'nosuchparent', PathPart: 'x' } },
    });
    await cfn.send(
      new UpdateStackCommand({ StackName: 'pets', TemplateBody: JSON.stringify(bad), Parameters: [{ ParameterKey: 'StageName', UsePreviousValue: true }] }),
    );
    const s = await settled('pets');
    assert.equal(s.StackStatus, 'UPDATE_ROLLBACK_COMPLETE');
    assert.equal(s.StackStatusReason, 'The following resource(s) failed to update: [Broken]. Rollback requested by user.');
    const events = (await cfn.send(new DescribeStackEventsCommand({ StackName: 'pets' }))).StackEvents!;
    const failed = events.find((e) => e.LogicalResourceId === 'Broken' && e.ResourceStatus === 'CREATE_FAILED');
    assert.ok(failed?.ResourceStatusReason, JSON.stringify(events.slice(0, 6)));
  });

  it('refuses in CloudFormation words: a second CreateStack, an unknown stack, no template, a template that is not one, a bad name, too large a body', async () => {
    assert.deepEqual(await sdkError(cfn.send(new CreateStackCommand({ StackName: 'pets', TemplateBody: JSON.stringify(mockApi('{}')) }))), {
      name: 'AlreadyExistsException',
      message: 'Stack [pets] already exists',
      status: 400,
    });
    assert.deepEqual(await sdkError(cfn.send(new DescribeStacksCommand({ StackName: 'nope' }))), {
      name: 'ValidationError',
      message: 'Stack with id nope does not exist',
      status: 400,
    });
    assert.deepEqual(await sdkError(cfn.send(new UpdateStackCommand({ StackName: 'nope', TemplateBody: '{}' }))), {
      name: 'ValidationError',
      message: 'Stack [nope] does not exist',
      status: 400,
    });
    assert.deepEqual(await sdkError(cfn.send(new CreateStackCommand({ StackName: 'x' }))), {
      name: 'ValidationError',
      message: 'Either Template URL or Template Body must be specified.',
      status: 400,
    });
    assert.deepEqual(await sdkError(cfn.send(new CreateStackCommand({ StackName: 'x', TemplateBody: '{"Resources": [' }))), {
      name: 'ValidationError',
      message: 'Template format error: JSON not well-formed. (line 1, column 16)',
      status: 400,
    });
    const badName = await sdkError(cfn.send(new CreateStackCommand({ StackName: '1bad', TemplateBody: JSON.stringify(mockApi('{}')) })));
    assert.equal(badName.name, 'ValidationError');
    assert.match(badName.message, /^1 validation error detected: Value '1bad' at 'stackName' failed to satisfy constraint/);
    const big = JSON.stringify({ ...mockApi('{}'), Description: 'x'.repeat(51_200) });
    const tooBig = await sdkError(cfn.send(new CreateStackCommand({ StackName: 'big', TemplateBody: big })));
    assert.equal(tooBig.name, 'ValidationError');
    assert.match(tooBig.message, /at 'templateBody' failed to satisfy constraint: Member must have length less than or equal to 51200$/);
    // An operation Tollgate does not serve.
    const cs = await sdkError(cfn.send(new DescribeChangeSetHooksCommand({ StackName: 'pets', ChangeSetName: 'c' })));
    assert.deepEqual(cs, { name: 'NotImplementedException', message: 'Tollgate does not implement DescribeChangeSetHooks yet', status: 501 });
    // Raw: an Action the API lacks.
    const r = await raw(t.app.adminUrl, 'POST', '/', 'Action=NoSuchThing&Version=2010-05-15', { 'content-type': 'application/x-www-form-urlencoded' });
    assert.equal(r.status, 400);
    assert.match(r.text, /<Code>InvalidAction<\/Code><Message>Could not find operation NoSuchThing for version 2010-05-15<\/Message>/);
  });

  it('validates a template (parameters, description, transforms) and lists exports', async () => {
    const v = await cfn.send(
      new ValidateTemplateCommand({
        TemplateBody:
          'Transform: AWS::Serverless-2016-10-31\nDescription: d\nParameters:\n  P: {Type: String, Default: a, NoEcho: true}\nResources:\n  Api: {Type: AWS::Serverless::Api, Properties: {StageName: dev}}\n',
      }),
    );
    assert.deepEqual(v.Parameters, [{ ParameterKey: 'P', DefaultValue: 'a', NoEcho: true }]);
    assert.equal(v.Description, 'd');
    assert.deepEqual(v.DeclaredTransforms, ['AWS::Serverless-2016-10-31']);
    const exporting = mockApi('{}');
    (exporting.Outputs as Record<string, unknown>).ApiId = { Value: { Ref: 'Api' }, Export: { Name: 'shared-api' } };
    await cfn.send(new CreateStackCommand({ StackName: 'exporter', TemplateBody: JSON.stringify(exporting) }));
    const s = await settled('exporter');
    const exports = (await cfn.send(new ListExportsCommand({}))).Exports!;
    assert.deepEqual(exports, [{ ExportingStackId: s.StackId, Name: 'shared-api', Value: s.Outputs!.find((o) => o.OutputKey === 'ApiId')!.OutputValue }]);
  });

  it('deletes: the stack and its resources are gone, and DescribeStacks says so', async () => {
    const apiId = (await settled('pets')).Outputs!.find((o) => o.OutputKey === 'ApiId')!.OutputValue!;
    await cfn.send(new DeleteStackCommand({ StackName: 'pets' }));
    for (;;) {
      const e = await sdkError(cfn.send(new DescribeStacksCommand({ StackName: 'pets' }))).catch(() => undefined);
      if (e) {
        assert.deepEqual(e, { name: 'ValidationError', message: 'Stack with id pets does not exist', status: 400 });
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.equal((await fetch(invoke(t.app.url, apiId, 'prod', '/pets'))).status, 403);
    await cfn.send(new DeleteStackCommand({ StackName: 'pets' })); // again: success, as CloudFormation answers
  });

  it('keeps a deleted stack as DELETE_COMPLETE: listed, described and its events read by id (not by name); the name is free for a new stack', async () => {
    const gone = (await cfn.send(new ListStacksCommand({ StackStatusFilter: ['DELETE_COMPLETE'] }))).StackSummaries!.filter((x) => x.StackName === 'pets');
    assert.equal(gone.length, 1);
    const id = gone[0].StackId!;
    assert.ok(gone[0].DeletionTime instanceof Date);
    // Unfiltered, ListStacks lists deleted stacks beside live ones.
    assert.ok((await cfn.send(new ListStacksCommand({}))).StackSummaries!.some((x) => x.StackId === id && x.StackStatus === 'DELETE_COMPLETE'));
    const s = (await cfn.send(new DescribeStacksCommand({ StackName: id }))).Stacks![0];
    assert.equal(s.StackName, 'pets');
    assert.equal(s.StackStatus, 'DELETE_COMPLETE');
    assert.ok(s.DeletionTime instanceof Date && s.DeletionTime.getTime() >= s.CreationTime!.getTime());
    // DescribeStacks of all: live stacks only.
    assert.ok(!(await cfn.send(new DescribeStacksCommand({}))).Stacks!.some((x) => x.StackId === id));
    const events = (await cfn.send(new DescribeStackEventsCommand({ StackName: id }))).StackEvents!;
    assert.deepEqual([events[0].LogicalResourceId, events[0].ResourceStatus], ['pets', 'DELETE_COMPLETE']);
    assert.ok(events.some((e) => e.ResourceType === 'AWS::ApiGateway::RestApi' && e.ResourceStatus === 'DELETE_COMPLETE'));
    assert.deepEqual((await cfn.send(new ListStackResourcesCommand({ StackName: id }))).StackResourceSummaries, []);
    assert.deepEqual(await sdkError(cfn.send(new DescribeStackEventsCommand({ StackName: 'pets' }))), {
      name: 'ValidationError',
      message: 'Stack with id pets does not exist',
      status: 400,
    });
    // An update of the deleted stack by id: there is no such live stack.
    assert.equal((await sdkError(cfn.send(new UpdateStackCommand({ StackName: id, UsePreviousTemplate: true })))).name, 'ValidationError');

    // The name again: a new stack, a new id; the deleted one still answers by its id.
    const again = await cfn.send(new CreateStackCommand({ StackName: 'pets', TemplateBody: JSON.stringify(mockApi('{"pets": [1]}')) }));
    assert.notEqual(again.StackId, id);
    assert.equal((await settled('pets')).StackStatus, 'CREATE_COMPLETE');
    assert.equal((await cfn.send(new DescribeStacksCommand({ StackName: id }))).Stacks![0].StackStatus, 'DELETE_COMPLETE');
    const named = (await cfn.send(new ListStacksCommand({}))).StackSummaries!.filter((x) => x.StackName === 'pets');
    assert.deepEqual(
      named.map((x) => [x.StackId, x.StackStatus]),
      [
        [again.StackId, 'CREATE_COMPLETE'],
        [id, 'DELETE_COMPLETE'],
      ],
    );
    await t.app.stacks.delete('pets');
  });
});
