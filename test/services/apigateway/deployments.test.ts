/**
 * Deployments through the AWS SDK. Expected values are AWS's recorded answers (peer-localstack
 * F70, F76; LS-snap test_apigateway_common TestDeployments, test_apigateway_canary).
 */
import {
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  DeleteDeploymentCommand,
  DeleteStageCommand,
  GetDeploymentCommand,
  GetDeploymentsCommand,
  GetStageCommand,
  GetStagesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateDeploymentCommand,
  UpdateStageCommand,
} from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiScope } from '../../../src/domain/kinds.js';
import type { Deployment } from '../../../src/domain/deployment.js';
import { ACCOUNT, sdkError, startTollgate, type TestServer } from '../../helpers/tollgate.js';

let t: TestServer;
before(async () => {
  t = await startTollgate();
});
after(async () => {
  await t.close();
});

/** An API with GET / on a MOCK integration: what AWS needs to deploy. */
async function deployableApi(): Promise<{ id: string; root: string }> {
  const api = await t.client.send(new CreateRestApiCommand({ name: 'd' }));
  const a = { restApiId: api.id!, resourceId: api.rootResourceId!, httpMethod: 'GET' };
  await t.client.send(new PutMethodCommand({ ...a, authorizationType: 'NONE' }));
  await t.client.send(new PutIntegrationCommand({ ...a, type: 'MOCK' }));
  return { id: api.id!, root: api.rootResourceId! };
}
const deploy = (restApiId: string, input: Record<string, unknown> = {}) => t.client.send(new CreateDeploymentCommand({ restApiId, ...input }));
const stripMeta = <T extends { $metadata?: unknown }>(r: T): Omit<T, '$metadata'> => {
  const { $metadata: _, ...rest } = r;
  return rest;
};

describe('CreateDeployment', () => {
  it('answers 201 with {id, createdDate} only (F70)', async () => {
    const api = await deployableApi();
    const res = await deploy(api.id);
    assert.equal(res.$metadata.httpStatusCode, 201);
    assert.match(res.id!, /^[a-z0-9]{6}$/);
    assert.ok(res.createdDate instanceof Date);
    assert.deepEqual(Object.keys(stripMeta(res)).sort(), ['createdDate', 'id']);
    const withDesc = await deploy(api.id, { description: 'first' });
    assert.equal(withDesc.description, 'first');
  });

  it('refuses an API without methods, and a method without an integration', async () => {
    const api = await t.client.send(new CreateRestApiCommand({ name: 'empty' }));
    // sst/sst#3976, MOTO NoMethodDefined.
    assert.deepEqual(await sdkError(deploy(api.id!)), {
      name: 'BadRequestException',
      message: "The REST API doesn't contain any methods",
      status: 400,
    });
    await t.client.send(new PutMethodCommand({ restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'POST', authorizationType: 'NONE' }));
    // hashicorp/terraform-provider-aws#21210.
    assert.deepEqual(await sdkError(deploy(api.id!)), {
      name: 'BadRequestException',
      message: 'No integration defined for method',
      status: 400,
    });
  });

  it('answers 404 for an unknown API', async () => {
    assert.deepEqual(await sdkError(deploy('nosuchapi1')), {
      name: 'NotFoundException',
      message: `Invalid API identifier specified ${ACCOUNT}:nosuchapi1`,
      status: 404,
    });
  });

  it('creates the named stage with the stage settings (F70 test_create_delete_deployments[False])', async () => {
    const api = await deployableApi();
    const d = await deploy(api.id, {
      stageName: 's1',
      stageDescription: 'stage d',
      variables: { v: 'x' },
      tracingEnabled: true,
      cacheClusterEnabled: true,
      cacheClusterSize: '1.6',
    });
    const s = await t.client.send(new GetStageCommand({ restApiId: api.id, stageName: 's1' }));
    assert.equal(s.deploymentId, d.id);
    assert.equal(s.description, 'stage d');
    assert.deepEqual(s.variables, { v: 'x' });
    assert.equal(s.tracingEnabled, true);
    assert.equal(s.cacheClusterEnabled, true);
    assert.equal(s.cacheClusterSize, '1.6');
    assert.equal(s.cacheClusterStatus, 'AVAILABLE');
    const plain = await deploy(api.id, { stageName: 's2' });
    const s2 = await t.client.send(new GetStageCommand({ restApiId: api.id, stageName: 's2' }));
    assert.deepEqual(Object.keys(stripMeta(s2)).sort(), [
      'cacheClusterEnabled',
      'cacheClusterStatus',
      'createdDate',
      'deploymentId',
      'lastUpdatedDate',
      'methodSettings',
      'stageName',
      'tracingEnabled',
    ]);
    assert.equal(s2.deploymentId, plain.id);
  });

  it('points an existing stage at the new deployment and refreshes lastUpdatedDate (F70 test_create_update_deployments)', async () => {
    const api = await deployableApi();
    const d1 = await deploy(api.id);
    const created = await t.client.send(
      new CreateStageCommand({ restApiId: api.id, stageName: 's1', deploymentId: d1.id, description: 'keep', variables: { a: '1' } }),
    );
    await new Promise((r) => setTimeout(r, 1100));
    const d2 = await deploy(api.id, { stageName: 's1', variables: { b: '2' } });
    const stages = await t.client.send(new GetStagesCommand({ restApiId: api.id }));
    assert.equal(stages.item!.length, 1);
    assert.equal(stages.item![0].deploymentId, d2.id);
    assert.equal(stages.item![0].description, 'keep');
    assert.deepEqual(stages.item![0].variables, { b: '2' });
    assert.ok(stages.item![0].lastUpdatedDate!.getTime() > created.lastUpdatedDate!.getTime());
    // d1 is free now; d2 is not.
    assert.equal((await t.client.send(new DeleteDeploymentCommand({ restApiId: api.id, deploymentId: d1.id }))).$metadata.httpStatusCode, 202);
    assert.deepEqual(await sdkError(t.client.send(new DeleteDeploymentCommand({ restApiId: api.id, deploymentId: d2.id }))), {
      name: 'BadRequestException',
      message: 'Active stages pointing to this deployment must be moved or deleted',
      status: 400,
    });
  });

  it('validates stage names and variables', async () => {
    const api = await deployableApi();
    assert.deepEqual(await sdkError(deploy(api.id, { stageName: 'bad name' })), {
      name: 'BadRequestException',
      message: 'Stage name only allows a-zA-Z0-9_-',
      status: 400,
    });
    // sirceljm/aws-lambda-blog#10 (AWS's text for an empty value).
    assert.deepEqual(await sdkError(deploy(api.id, { stageName: 'ok', variables: { v: '' } })), {
      name: 'BadRequestException',
      message:
        "Invalid stage variable value: .  Please use values with alphanumeric characters and the symbols ' ', -', '.', '_', ':', '/', '?', '&', '=', and ','.",
      status: 400,
    });
    // Nothing was created by the failed calls.
    assert.deepEqual((await t.client.send(new GetDeploymentsCommand({ restApiId: api.id }))).items, []);
    assert.deepEqual((await t.client.send(new GetStagesCommand({ restApiId: api.id }))).item, []);
  });

  it('validates canary deployments (F76)', async () => {
    const api = await deployableApi();
    const canary = { percentTraffic: 50, stageVariableOverrides: { testVar: 'canary' } };
    assert.deepEqual(await sdkError(deploy(api.id, { canarySettings: canary })), {
      name: 'BadRequestException',
      message: 'Invalid deployment content specified.Non null and non empty stageName must be provided for canary deployment. Provided value is null',
      status: 400,
    });
    assert.deepEqual(await sdkError(deploy(api.id, { stageName: '', canarySettings: canary })), {
      name: 'BadRequestException',
      message: 'Invalid deployment content specified.Non null and non empty stageName must be provided for canary deployment. Provided value is ',
      status: 400,
    });
    assert.deepEqual(await sdkError(deploy(api.id, { stageName: 'non-existing', canarySettings: canary })), {
      name: 'BadRequestException',
      message: 'Invalid deployment content specified.Stage non-existing must already be created before making a canary release deployment',
      status: 400,
    });
    await deploy(api.id, { stageName: 'dev' });
    const bad = await sdkError(deploy(api.id, { stageName: 'dev', canarySettings: { percentTraffic: 101 } }));
    assert.equal(bad.name, 'BadRequestException');
    assert.equal(bad.message, 'Invalid canary percentTraffic specified. Must be between 0.0 and 100.0');
  });

  it('makes a canary deployment the stage canary, replacing an earlier one (LS-snap canary get-stage, get-stage-1)', async () => {
    const api = await deployableApi();
    const d1 = await deploy(api.id);
    await t.client.send(
      new CreateStageCommand({
        restApiId: api.id,
        stageName: 'dev1',
        deploymentId: d1.id,
        variables: { testVar: 'default' },
        canarySettings: { deploymentId: d1.id, percentTraffic: 40, stageVariableOverrides: { testVar: 'canary1' } },
      }),
    );
    const d2 = await deploy(api.id, {
      stageName: 'dev1',
      canarySettings: { percentTraffic: 50, stageVariableOverrides: { testVar: 'canary2' } },
    });
    const s = await t.client.send(new GetStageCommand({ restApiId: api.id, stageName: 'dev1' }));
    assert.equal(s.deploymentId, d1.id);
    assert.deepEqual(s.canarySettings, {
      deploymentId: d2.id,
      percentTraffic: 50,
      stageVariableOverrides: { testVar: 'canary2' },
      useStageCache: false,
    });
    assert.deepEqual(s.variables, { testVar: 'default' });
    // A stage's canary keeps its deployment in use (F70).
    assert.equal((await sdkError(t.client.send(new DeleteDeploymentCommand({ restApiId: api.id, deploymentId: d2.id })))).status, 400);
    // A plain deployment to the stage ends the canary (not recorded; as LocalStack).
    const d3 = await deploy(api.id, { stageName: 'dev1' });
    const after3 = await t.client.send(new GetStageCommand({ restApiId: api.id, stageName: 'dev1' }));
    assert.equal(after3.deploymentId, d3.id);
    assert.equal(after3.canarySettings, undefined);
  });

  it('freezes the API: later edits do not change a deployment snapshot', async () => {
    const api = await deployableApi();
    const d = await deploy(api.id);
    const scope = apiScope('us-east-1', api.id);
    const before = await t.app.store.get<Deployment>('deployment', scope, d.id!);
    assert.ok(before?.snapshot);
    assert.deepEqual(
      before.snapshot.resources.map((r) => r.path),
      ['/'],
    );
    assert.deepEqual(Object.keys(before.snapshot.resources[0].resourceMethods ?? {}), ['GET']);
    const child = await t.client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.root, pathPart: 'later' }));
    await t.client.send(new PutMethodCommand({ restApiId: api.id, resourceId: child.id, httpMethod: 'POST', authorizationType: 'NONE' }));
    await t.client.send(new PutIntegrationCommand({ restApiId: api.id, resourceId: child.id, httpMethod: 'POST', type: 'MOCK' }));
    const later = await t.app.store.get<Deployment>('deployment', scope, d.id!);
    assert.deepEqual(later!.snapshot, before.snapshot);
    // The next deployment sees the change.
    const d2 = await deploy(api.id);
    const next = await t.app.store.get<Deployment>('deployment', scope, d2.id!);
    assert.deepEqual(next!.snapshot.resources.map((r) => r.path).sort(), ['/', '/later']);
    // No operation returns the snapshot.
    const got = await t.client.send(new GetDeploymentCommand({ restApiId: api.id, deploymentId: d.id }));
    assert.equal('snapshot' in got, false);
  });
});

describe('GetDeployment', () => {
  it('answers {id, createdDate} and 404 for an unknown id (F70)', async () => {
    const api = await deployableApi();
    const d = await deploy(api.id);
    const got = await t.client.send(new GetDeploymentCommand({ restApiId: api.id, deploymentId: d.id }));
    assert.deepEqual(stripMeta(got), { id: d.id, createdDate: d.createdDate });
    assert.deepEqual(await sdkError(t.client.send(new GetDeploymentCommand({ restApiId: api.id, deploymentId: 'nope00' }))), {
      name: 'NotFoundException',
      message: 'Invalid Deployment identifier specified',
      status: 404,
    });
    assert.equal((await sdkError(t.client.send(new GetDeploymentCommand({ restApiId: 'nosuchapi1', deploymentId: d.id })))).name, 'NotFoundException');
  });

  it('embeds the API summary with embed=apisummary', async () => {
    const api = await deployableApi();
    const child = await t.client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.root, pathPart: 'pets' }));
    await t.client.send(
      new PutMethodCommand({
        restApiId: api.id,
        resourceId: child.id,
        httpMethod: 'POST',
        authorizationType: 'AWS_IAM',
        apiKeyRequired: true,
      }),
    );
    await t.client.send(new PutIntegrationCommand({ restApiId: api.id, resourceId: child.id, httpMethod: 'POST', type: 'MOCK' }));
    const d = await deploy(api.id);
    const got = await t.client.send(new GetDeploymentCommand({ restApiId: api.id, deploymentId: d.id, embed: ['apisummary'] }));
    assert.deepEqual(got.apiSummary, {
      '/': { GET: { authorizationType: 'NONE', apiKeyRequired: false } },
      '/pets': { POST: { authorizationType: 'AWS_IAM', apiKeyRequired: true } },
    });
  });
});

describe('GetDeployments', () => {
  it('lists {id, createdDate} items and pages with position/limit', async () => {
    const api = await deployableApi();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await deploy(api.id)).id!);
    const all = await t.client.send(new GetDeploymentsCommand({ restApiId: api.id }));
    assert.deepEqual(
      all.items!.map((d) => d.id),
      ids,
    );
    assert.deepEqual(Object.keys(all.items![0]).sort(), ['createdDate', 'id']);
    assert.equal(all.position, undefined);
    const p1 = await t.client.send(new GetDeploymentsCommand({ restApiId: api.id, limit: 2 }));
    assert.deepEqual(
      p1.items!.map((d) => d.id),
      ids.slice(0, 2),
    );
    const p2 = await t.client.send(new GetDeploymentsCommand({ restApiId: api.id, limit: 2, position: p1.position }));
    assert.deepEqual(
      p2.items!.map((d) => d.id),
      ids.slice(2),
    );
    assert.equal(p2.position, undefined);
    assert.equal((await sdkError(t.client.send(new GetDeploymentsCommand({ restApiId: 'nosuchapi1' })))).status, 404);
  });
});

describe('UpdateDeployment', () => {
  it('replaces /description and refuses other paths', async () => {
    const api = await deployableApi();
    const d = await deploy(api.id, { description: 'one' });
    const res = await t.client.send(
      new UpdateDeploymentCommand({
        restApiId: api.id,
        deploymentId: d.id,
        patchOperations: [{ op: 'replace', path: '/description', value: 'two' }],
      }),
    );
    assert.deepEqual(stripMeta(res), { id: d.id, description: 'two', createdDate: d.createdDate });
    assert.equal((await t.client.send(new GetDeploymentCommand({ restApiId: api.id, deploymentId: d.id }))).description, 'two');
    assert.deepEqual(
      await sdkError(
        t.client.send(
          new UpdateDeploymentCommand({
            restApiId: api.id,
            deploymentId: d.id,
            patchOperations: [{ op: 'replace', path: '/id', value: 'x' }],
          }),
        ),
      ),
      {
        name: 'BadRequestException',
        message: "Invalid patch path  '/id' specified for op 'replace'. Must be one of: [/description]",
        status: 400,
      },
    );
    assert.deepEqual(
      await sdkError(
        t.client.send(
          new UpdateDeploymentCommand({
            restApiId: api.id,
            deploymentId: d.id,
            patchOperations: [{ op: 'add', path: '/description', value: 'x' }],
          }),
        ),
      ),
      {
        name: 'BadRequestException',
        message: "Invalid patch path  '/description' specified for op 'add'. Please choose supported operations",
        status: 400,
      },
    );
    assert.equal((await sdkError(t.client.send(new UpdateDeploymentCommand({ restApiId: api.id, deploymentId: 'nope00', patchOperations: [] })))).status, 404);
  });
});

describe('DeleteDeployment', () => {
  it('refuses while a stage points at it, then answers 202 (F70 test_create_delete_deployments[True])', async () => {
    const api = await deployableApi();
    let d = await deploy(api.id);
    await t.client.send(new CreateStageCommand({ restApiId: api.id, stageName: 's1', deploymentId: d.id }));
    for (let i = 0; i < 2; i++) {
      assert.deepEqual(await sdkError(t.client.send(new DeleteDeploymentCommand({ restApiId: api.id, deploymentId: d.id }))), {
        name: 'BadRequestException',
        message: 'Active stages pointing to this deployment must be moved or deleted',
        status: 400,
      });
      await t.client.send(new DeleteStageCommand({ restApiId: api.id, stageName: 's1' }));
      assert.equal((await t.client.send(new DeleteDeploymentCommand({ restApiId: api.id, deploymentId: d.id }))).$metadata.httpStatusCode, 202);
      d = await deploy(api.id);
      await t.client.send(new CreateStageCommand({ restApiId: api.id, stageName: 's1', deploymentId: d.id }));
      const list = await t.client.send(new GetDeploymentsCommand({ restApiId: api.id }));
      assert.deepEqual(
        list.items!.map((x) => x.id),
        [d.id],
      );
    }
    assert.deepEqual(await sdkError(t.client.send(new DeleteDeploymentCommand({ restApiId: api.id, deploymentId: 'nope00' }))), {
      name: 'NotFoundException',
      message: 'Invalid Deployment identifier specified',
      status: 404,
    });
  });

  it('refuses while a stage canary points at it', async () => {
    const api = await deployableApi();
    const d1 = await deploy(api.id, { stageName: 'dev' });
    const d2 = await deploy(api.id);
    await t.client.send(
      new UpdateStageCommand({
        restApiId: api.id,
        stageName: 'dev',
        patchOperations: [{ op: 'replace', path: '/canarySettings/deploymentId', value: d2.id }],
      }),
    );
    assert.equal(
      (await sdkError(t.client.send(new DeleteDeploymentCommand({ restApiId: api.id, deploymentId: d2.id })))).message,
      'Active stages pointing to this deployment must be moved or deleted',
    );
    await t.client.send(new UpdateStageCommand({ restApiId: api.id, stageName: 'dev', patchOperations: [{ op: 'remove', path: '/canarySettings' }] }));
    assert.equal((await t.client.send(new DeleteDeploymentCommand({ restApiId: api.id, deploymentId: d2.id }))).$metadata.httpStatusCode, 202);
    assert.ok(d1.id);
  });
});
