/**
 * A deploy yields the event loop between resources (src/stacks/engine/provision.ts): while a stack with many
 * resources is being created, the management listener (GetRestApis) and the data plane (an API another stack
 * deployed) answer before the deploy ends, instead of after its last step; so while it is deleted.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import { startTollgate, type TestServer } from '../../helpers/tollgate.js';
import { invoke, mockApi } from './templates.js';

/** A RestApi with `n` resources under its root. */
function manyResources(n: number) {
  const resources: Record<string, unknown> = { Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'many' } } };
  for (let i = 0; i < n; i++)
    resources[`R${i}`] = {
      Type: 'AWS::ApiGateway::Resource',
      Properties: { RestApiId: { Ref: 'Api' }, ParentId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] }, PathPart: `r${i}` },
    };
  return { Resources: resources };
}

describe('a deploy and other requests', () => {
  let t: TestServer;
  before(async () => {
    t = await startTollgate();
  });
  after(async () => {
    await t.close();
  });

  it('answers management and data-plane requests while a stack of 300 resources is being created', async () => {
    const small = await t.app.stacks.deploy({ stackName: 'small', template: mockApi('{"ok": true}') });
    const apiId = small.outputs.find((o) => o.key === 'ApiId')!.value;

    const started = await t.app.stacks.begin({ stackName: 'many', template: manyResources(300) });
    let ended = false;
    const running = started.run().finally(() => {
      ended = true;
    });
    const apis = await t.client.send(new GetRestApisCommand({}));
    const managementDuring = !ended;
    const res = await fetch(invoke(t.app.url, apiId, 'dev', '/pets'));
    const dataPlaneDuring = !ended;
    const done = await running;

    assert.ok(apis.items!.some((a) => a.id === apiId));
    assert.deepEqual(await res.json(), { ok: true });
    assert.equal(managementDuring, true, 'GetRestApis answered only after the deploy ended');
    assert.equal(dataPlaneDuring, true, 'the data plane answered only after the deploy ended');
    // The deploy itself is whole: every resource created, in order (each under the API's root).
    assert.equal(done.status, 'CREATE_COMPLETE');
    assert.equal(Object.keys(done.resources).length, 301);

    // Its deletion too.
    const deleting = (await t.app.stacks.beginDelete('many'))!;
    let deleted = false;
    const removing = deleting.run().finally(() => {
      deleted = true;
    });
    await t.client.send(new GetRestApisCommand({}));
    assert.equal(deleted, false, 'GetRestApis answered only after the deletion ended');
    await removing;
    assert.equal(await t.app.stacks.get('many'), undefined);
  });
});
