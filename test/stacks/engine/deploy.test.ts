/**
 * The stack engine end to end: a template deployed into a running Tollgate, its API called over HTTP,
 * redeployed after an edit (ids stable, only the changed parts changed), then deleted (nothing left).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GetRestApisCommand, GetResourcesCommand } from '@aws-sdk/client-api-gateway';
import { startTollgate, type TestServer } from '../../helpers/tollgate.js';
import { invoke, mockApi, mockMethod } from './templates.js';

describe('stacks: deploy, redeploy, delete', () => {
  let t: TestServer;
  before(async () => {
    t = await startTollgate();
  });
  after(() => t.close());

  const output = (s: { outputs: { key: string; value: string }[] }, key: string) => s.outputs.find((o) => o.key === key)?.value;

  it('deploys a template and serves its API; a redeploy after an edit keeps the ids and serves the change; delete removes everything', async () => {
    const first = await t.app.stacks.deploy({ stackName: 'pets', template: mockApi('{"v": 1}') });
    assert.equal(first.status, 'CREATE_COMPLETE', first.reason);
    const apiId = output(first, 'ApiId')!;
    assert.equal(output(first, 'Url'), `https://${apiId}.execute-api.us-east-1.amazonaws.com/dev/`);
    let res = await fetch(invoke(t.app.url, apiId, 'dev', '/pets'));
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { v: 1 });

    const again = await t.app.stacks.deploy({ stackName: 'pets', template: mockApi('{"v": 1}') });
    assert.equal(again.status, 'UPDATE_COMPLETE');
    assert.deepEqual(
      Object.fromEntries(Object.entries(again.resources).map(([k, r]) => [k, r.physicalId])),
      Object.fromEntries(Object.entries(first.resources).map(([k, r]) => [k, r.physicalId])),
      'a redeploy without change keeps every id',
    );

    const edited = await t.app.stacks.deploy({ stackName: 'pets', template: mockApi('{"v": 2}') });
    assert.equal(edited.status, 'UPDATE_COMPLETE', edited.reason);
    assert.equal(edited.resources.Api.physicalId, apiId, 'the API keeps its id: the invoke URL does not move');
    assert.equal(edited.resources.Pets.physicalId, first.resources.Pets.physicalId);
    assert.notEqual(edited.resources.Deployment.physicalId, first.resources.Deployment.physicalId, 'the API changed: a new deployment');
    res = await fetch(invoke(t.app.url, apiId, 'dev', '/pets'));
    assert.deepEqual(await res.json(), { v: 2 });

    await t.app.stacks.delete('pets');
    assert.equal(await t.app.stacks.get('pets'), undefined);
    const apis = await t.client.send(new GetRestApisCommand({}));
    assert.deepEqual(apis.items ?? [], []);
  });

  it('adds and removes resources: a removed method is gone from the stage, the rest keep their ids', async () => {
    const withRoot = mockApi('{"v": 1}', { RootGet: mockMethod('{"root": true}') });
    const first = await t.app.stacks.deploy({ stackName: 'grow', template: withRoot });
    assert.equal(first.status, 'CREATE_COMPLETE', first.reason);
    const apiId = first.resources.Api.physicalId;
    assert.equal((await fetch(invoke(t.app.url, apiId, 'dev', '/'))).status, 200);
    const shrunk = await t.app.stacks.deploy({ stackName: 'grow', template: mockApi('{"v": 1}') });
    assert.equal(shrunk.status, 'UPDATE_COMPLETE', shrunk.reason);
    assert.equal(shrunk.resources.RootGet, undefined);
    assert.equal(shrunk.resources.PetsGet.physicalId, first.resources.PetsGet.physicalId);
    const root = await fetch(invoke(t.app.url, apiId, 'dev', '/'));
    assert.equal(root.status, 403, 'the removed method is not served');
    const resources = await t.client.send(new GetResourcesCommand({ restApiId: apiId }));
    assert.deepEqual(resources.items?.map((r) => r.path).sort(), ['/', '/pets']);
    await t.app.stacks.delete('grow');
  });
});
