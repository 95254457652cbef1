/**
 * What a deploy refuses before changing anything (an unsupported type, a bad reference, a cycle, not a
 * template), what it does when a resource fails midway (rolled back, the previous version still serving,
 * the reason given), and the rules around it (one deploy of a stack at a time, exports in use, Retain).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import { StackError } from '../../../src/stacks/errors.js';
import { startTollgate, type TestServer } from '../../helpers/tollgate.js';
import { invoke, mockApi } from './templates.js';

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof StackError, String(e));
    return `${e.code}: ${e.message}`;
  }
  throw new Error('expected the deploy to be refused');
}

describe('stacks: refusals and failures', () => {
  let t: TestServer;
  before(async () => {
    t = await startTollgate();
  });
  after(() => t.close());

  const apiCount = async () => (await t.client.send(new GetRestApisCommand({}))).items?.length ?? 0;

  it('an unsupported type is refused before anything changes, naming each such resource', async () => {
    const template = mockApi('{}', { Bucket: { Type: 'AWS::S3::Bucket' }, Queue: { Type: 'AWS::SQS::Queue' } });
    assert.equal(
      await refusal(t.app.stacks.deploy({ stackName: 'unsupported', template })),
      'ValidationError: Tollgate does not provision these resources (types it does not serve): [Bucket (AWS::S3::Bucket), Queue (AWS::SQS::Queue)]. Deploy with --skip-unsupported to skip them (references to them resolve to placeholders).',
    );
    assert.equal(await apiCount(), 0);
    assert.equal(await t.app.stacks.get('unsupported'), undefined);
  });

  it('with skipUnsupported, each is skipped with a warning event and references to it resolve to the stated placeholder', async () => {
    const template = mockApi('{}', { Bucket: { Type: 'AWS::S3::Bucket' } });
    template.Outputs = { ...template.Outputs, Bucket: { Value: { 'Fn::GetAtt': ['Bucket', 'Arn'] } }, BucketRef: { Value: { Ref: 'Bucket' } } } as never;
    const s = await t.app.stacks.deploy({ stackName: 'skipping', template, skipUnsupported: true });
    assert.equal(s.status, 'CREATE_COMPLETE', s.reason);
    assert.equal(s.outputs.find((o) => o.key === 'Bucket')?.value, 'tollgate-unsupported-Bucket');
    assert.equal(s.outputs.find((o) => o.key === 'BucketRef')?.value, 'tollgate-unsupported-Bucket');
    assert.match(s.events.find((e) => e.logicalId === 'Bucket')!.reason!, /^Skipped: Tollgate does not serve AWS::S3::Bucket/);
    await t.app.stacks.delete('skipping');
  });

  it('a bad reference, a GetAtt of an attribute the type lacks, a cycle, not a template: refused, nothing created', async () => {
    const bad = mockApi('{}', { X: { Type: 'AWS::ApiGateway::Resource', Properties: { RestApiId: { Ref: 'Apy' }, ParentId: 'p', PathPart: 'x' } } });
    assert.equal(
      await refusal(t.app.stacks.deploy({ stackName: 'bad', template: bad })),
      'ValidationError: Template format error: Unresolved resource dependencies [Apy] in the Resources block of the template',
    );
    const attr = mockApi('{}', {
      X: { Type: 'AWS::ApiGateway::Resource', Properties: { RestApiId: { Ref: 'Api' }, ParentId: { 'Fn::GetAtt': ['Api', 'Arn'] }, PathPart: 'x' } },
    });
    assert.equal(
      await refusal(t.app.stacks.deploy({ stackName: 'bad', template: attr })),
      'ValidationError: Template error: resource Api does not support attribute type Arn in Fn::GetAtt',
    );
    const cycle = mockApi('{}');
    (cycle.Resources.Api as { DependsOn?: string }).DependsOn = 'Stage';
    assert.equal(
      await refusal(t.app.stacks.deploy({ stackName: 'bad', template: cycle })),
      'ValidationError: Circular dependency between resources: [Api, Deployment, Pets, PetsGet, Stage]',
    );
    assert.equal(
      await refusal(t.app.stacks.deploy({ stackName: 'bad', template: 'hello' })),
      'ValidationError: Template format error: Template must be a JSON or YAML object',
    );
    assert.equal(
      await refusal(t.app.stacks.deploy({ stackName: 'bad', template: { Resources: {} } })),
      'ValidationError: Template format error: At least one Resources member must be defined.',
    );
    assert.equal(await apiCount(), 0);
    assert.equal(await t.app.stacks.get('bad'), undefined);
  });

  it('a resource failing on create: everything created is deleted again, the stack says which resource failed and why', async () => {
    const template = mockApi('{}', {
      Broken: {
        Type: 'AWS::ApiGateway::Resource',
        DependsOn: 'Stage',
        Properties: { RestApiId: { Ref: 'Api' }, ParentId: { Ref: 'Pets' }, PathPart: 'no spaces allowed' },
      },
    });
    const s = await t.app.stacks.deploy({ stackName: 'broken', template });
    assert.equal(s.status, 'ROLLBACK_COMPLETE');
    assert.equal(s.reason, 'The following resource(s) failed to create: [Broken]. Rollback requested by user.');
    const failed = s.events.find((e) => e.logicalId === 'Broken' && e.status === 'CREATE_FAILED')!;
    assert.match(
      failed.reason!,
      /^Resource handler returned message: "Resource's path part only allow a-zA-Z0-9\._- .*\(Service: ApiGateway, Status Code: 400, Request ID: .+\)" \(HandlerErrorCode: InvalidRequest\)$/,
    );
    assert.deepEqual(s.resources, {});
    assert.equal(await apiCount(), 0);
    // A stack whose creation was rolled back is deployed again as a new creation.
    const again = await t.app.stacks.deploy({ stackName: 'broken', template: mockApi('{}') });
    assert.equal(again.status, 'CREATE_COMPLETE', again.reason);
    await t.app.stacks.delete('broken');
  });

  it('a resource failing on update: rolled back, the previous version still serving, the reason given', async () => {
    const v1 = await t.app.stacks.deploy({ stackName: 'rollback', template: mockApi('{"v": 1}') });
    assert.equal(v1.status, 'CREATE_COMPLETE', v1.reason);
    const apiId = v1.resources.Api.physicalId;
    // v2 changes the method (so a new deployment, and the stage moved to it) and then fails after the stage.
    const v2 = mockApi('{"v": 2}', {
      Broken: {
        Type: 'AWS::ApiGateway::Resource',
        DependsOn: 'Stage',
        Properties: { RestApiId: { Ref: 'Api' }, ParentId: { Ref: 'Pets' }, PathPart: 'bad path' },
      },
    });
    const s = await t.app.stacks.deploy({ stackName: 'rollback', template: v2 });
    assert.equal(s.status, 'UPDATE_ROLLBACK_COMPLETE');
    assert.equal(s.reason, 'The following resource(s) failed to update: [Broken]. Rollback requested by user.');
    assert.equal(s.resources.Broken, undefined);
    assert.equal(s.resources.Deployment.physicalId, v1.resources.Deployment.physicalId, 'the previous deployment is the stack’s again');
    const res = await fetch(invoke(t.app.url, apiId, 'dev', '/pets'));
    assert.deepEqual(await res.json(), { v: 1 }, 'the previous version still serves');
    assert.deepEqual(s.outputs, v1.outputs);
    // Fixed, it deploys.
    const fixed = await t.app.stacks.deploy({ stackName: 'rollback', template: mockApi('{"v": 2}') });
    assert.equal(fixed.status, 'UPDATE_COMPLETE', fixed.reason);
    assert.deepEqual(await (await fetch(invoke(t.app.url, apiId, 'dev', '/pets'))).json(), { v: 2 });
    await t.app.stacks.delete('rollback');
  });

  it('two deploys of one stack at once: the second is refused', async () => {
    // Both start together: the first claims the stack (the claim is one store transaction), the second finds it claimed.
    const first = t.app.stacks.deploy({ stackName: 'busy', template: mockApi('{}') });
    const second = refusal(t.app.stacks.deploy({ stackName: 'busy', template: mockApi('{}') }));
    assert.match(
      await second,
      /^ValidationError: Stack:arn:aws:cloudformation:us-east-1:000000000000:stack\/busy\/[0-9a-f-]+ is in CREATE_IN_PROGRESS state and can not be updated\.$/,
    );
    assert.equal((await first).status, 'CREATE_COMPLETE');
    await t.app.stacks.delete('busy');
  });

  it('exports: imported by another stack across stacks; one in use cannot be deleted; a name exported twice is refused', async () => {
    const exporter = mockApi('{}');
    exporter.Outputs = { ApiId: { Value: { Ref: 'Api' }, Export: { Name: 'shared-api' } } } as never;
    const a = await t.app.stacks.deploy({ stackName: 'exporter', template: exporter });
    assert.equal(a.status, 'CREATE_COMPLETE', a.reason);
    const importer = {
      Resources: {
        Extra: { Type: 'AWS::ApiGateway::Model', Properties: { RestApiId: { 'Fn::ImportValue': 'shared-api' }, Name: 'Pet', Schema: { type: 'object' } } },
      },
    };
    const b = await t.app.stacks.deploy({ stackName: 'importer', template: importer });
    assert.equal(b.status, 'CREATE_COMPLETE', b.reason);
    assert.equal(b.resources.Extra.properties.RestApiId, a.resources.Api.physicalId);
    assert.equal(await refusal(t.app.stacks.delete('exporter')), 'ValidationError: Export shared-api cannot be deleted as it is in use by importer');
    const twice = await t.app.stacks.deploy({ stackName: 'exporter2', template: exporter });
    assert.equal(twice.status, 'ROLLBACK_COMPLETE');
    assert.equal(twice.reason, 'Export with name shared-api is already exported by stack exporter');
    const missing = { Resources: { M: { Type: 'AWS::ApiGateway::Model', Properties: { RestApiId: { 'Fn::ImportValue': 'nope' }, Name: 'X' } } } };
    const m = await t.app.stacks.deploy({ stackName: 'missing-import', template: missing });
    assert.equal(m.events.find((e) => e.logicalId === 'M')?.reason, 'No export named nope found');
    await t.app.stacks.delete('missing-import');
    await t.app.stacks.delete('importer');
    await t.app.stacks.delete('exporter');
  });

  it('DeletionPolicy Retain: a retained resource outlives its stack', async () => {
    const template = { Resources: { Kept: { Type: 'AWS::ApiGateway::RestApi', DeletionPolicy: 'Retain', Properties: { Name: 'kept' } } } };
    const s = await t.app.stacks.deploy({ stackName: 'retain', template });
    await t.app.stacks.delete('retain');
    const apis = (await t.client.send(new GetRestApisCommand({}))).items ?? [];
    assert.deepEqual(
      apis.map((a) => a.id),
      [s.resources.Kept.physicalId],
    );
  });
});
