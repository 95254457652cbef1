/**
 * Replays test_apigateway_common.py::TestDeployments: deployments made with and without a stage, the
 * refusal to delete one a stage still points at, and a redeploy moving the stage.
 */
import { CreateDeploymentCommand, CreateStageCommand, DeleteDeploymentCommand, DeleteStageCommand, GetDeploymentCommand, GetDeploymentsCommand, GetStagesCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newApi, putMethod } from '../helpers/apis.js';
import { A, assertLike, body, rec, recordedError } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
async function mockApi() {
    const api = await newApi(t.client);
    await putMethod(t.client, api, api.root, 'GET', { type: 'MOCK' });
    return api.id;
}
const stages = (deploymentId) => ({
    item: [
        {
            cacheClusterEnabled: false,
            cacheClusterStatus: 'NOT_AVAILABLE',
            createdDate: A.date,
            deploymentId,
            lastUpdatedDate: A.date,
            methodSettings: {},
            stageName: 's1',
            tracingEnabled: false,
        },
    ],
});
const ACTIVE = {
    Code: 'BadRequestException',
    Message: 'Active stages pointing to this deployment must be moved or deleted',
    HTTPStatusCode: 400,
};
/** The loop of test_create_delete_deployments, a stage made by CreateStage (manual) or by CreateDeployment. */
async function createDelete(manual) {
    const restApiId = await mockApi();
    const deploy = async () => {
        const id = (await t.client.send(new CreateDeploymentCommand({ restApiId, ...(manual ? {} : { stageName: 's1' }) }))).id;
        if (manual)
            await t.client.send(new CreateStageCommand({ restApiId, stageName: 's1', deploymentId: id }));
        return id;
    };
    let deploymentId = await deploy();
    assertLike(body(await t.client.send(new GetDeploymentCommand({ restApiId, deploymentId }))), { createdDate: A.date, id: deploymentId });
    assertLike(body(await t.client.send(new GetStagesCommand({ restApiId }))), stages(deploymentId));
    for (let i = 0; i < 3; i++) {
        assert.deepEqual(await recordedError(t.client.send(new DeleteDeploymentCommand({ restApiId, deploymentId }))), ACTIVE, `delete-deployment-error-${i}`);
        await t.client.send(new DeleteStageCommand({ restApiId, stageName: 's1' }));
        await t.client.send(new DeleteDeploymentCommand({ restApiId, deploymentId }));
        deploymentId = await deploy();
        assertLike(body(await t.client.send(new GetDeploymentsCommand({ restApiId }))), { items: [{ createdDate: A.date, id: deploymentId }] });
        assertLike(body(await t.client.send(new GetStagesCommand({ restApiId }))), stages(deploymentId));
    }
}
describe('TestDeployments', () => {
    it(rec('test_apigateway_common.py::TestDeployments::test_create_delete_deployments[True]', 'get-deployment', 'get-stages', 'delete-deployment-error-0', 'get-deployments-0', 'get-stages-0', 'delete-deployment-error-1', 'get-deployments-1', 'get-stages-1', 'delete-deployment-error-2', 'get-deployments-2', 'get-stages-2'), async () => {
        await createDelete(true);
    });
    it(rec('test_apigateway_common.py::TestDeployments::test_create_delete_deployments[False]', 'get-deployment', 'get-stages', 'delete-deployment-error-0', 'get-deployments-0', 'get-stages-0', 'delete-deployment-error-1', 'get-deployments-1', 'get-stages-1', 'delete-deployment-error-2', 'get-deployments-2', 'get-stages-2'), async () => {
        await createDelete(false);
    });
    it(rec('test_apigateway_common.py::TestDeployments::test_create_update_deployments', 'get-deployment-1', 'get-stages', 'delete-deployment-error', 'get-deployment-1-after-update', 'get-deployment-2', 'get-stages-after-update', 'delete-deployment-1', 'delete-deployment-2-error'), async () => {
        const restApiId = await mockApi();
        const d1 = (await t.client.send(new CreateDeploymentCommand({ restApiId }))).id;
        await t.client.send(new CreateStageCommand({ restApiId, stageName: 's1', deploymentId: d1 }));
        const getDeployment = async (deploymentId) => body(await t.client.send(new GetDeploymentCommand({ restApiId, deploymentId })));
        assertLike(await getDeployment(d1), { createdDate: A.date, id: d1 });
        assertLike(body(await t.client.send(new GetStagesCommand({ restApiId }))), stages(d1));
        assert.deepEqual(await recordedError(t.client.send(new DeleteDeploymentCommand({ restApiId, deploymentId: d1 }))), ACTIVE);
        const d2 = (await t.client.send(new CreateDeploymentCommand({ restApiId, stageName: 's1' }))).id;
        assertLike(await getDeployment(d1), { createdDate: A.date, id: d1 });
        assertLike(await getDeployment(d2), { createdDate: A.date, id: d2 });
        assertLike(body(await t.client.send(new GetStagesCommand({ restApiId }))), stages(d2));
        const deleted = await t.client.send(new DeleteDeploymentCommand({ restApiId, deploymentId: d1 }));
        assert.equal(deleted.$metadata.httpStatusCode, 202);
        assertLike(body(deleted), {});
        assert.deepEqual(await recordedError(t.client.send(new DeleteDeploymentCommand({ restApiId, deploymentId: d2 }))), ACTIVE);
    });
});
//# sourceMappingURL=common-deployments.test.js.map