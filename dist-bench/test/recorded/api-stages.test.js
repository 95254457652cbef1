/**
 * Replays test_apigateway_api.py::TestApiGatewayStage: GetStages filtered by deployment, and a
 * stage's accessLogSettings through UpdateStage (what it takes and how it refuses).
 */
import { CreateDeploymentCommand, CreateRestApiCommand, CreateStageCommand, GetStagesCommand, PutIntegrationCommand, PutMethodCommand, UpdateStageCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { A, assertLike, body, rec, recordedError } from '../helpers/recorded.js';
import { ACCOUNT, startTollgate } from '../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
/** The recorded tests' fixture: an API whose root GET has a MOCK integration, so it can be deployed. */
async function apiForDeployment() {
    const api = await t.client.send(new CreateRestApiCommand({ name: 'test-stages' }));
    const common = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'GET' };
    await t.client.send(new PutMethodCommand({ ...common, authorizationType: 'NONE' }));
    await t.client.send(new PutIntegrationCommand({ ...common, type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
    return api.id;
}
/** A stage as AWS answers it with nothing configured. */
const stage = (stageName, deploymentId, extra = {}) => ({
    cacheClusterEnabled: false,
    cacheClusterStatus: 'NOT_AVAILABLE',
    createdDate: A.date,
    deploymentId,
    lastUpdatedDate: A.date,
    methodSettings: {},
    stageName,
    tracingEnabled: false,
    ...extra,
});
/** The recorded tests' log group ARN had its trailing ":*" removed; AWS does not look the log group up. */
const LOG_GROUP = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:test-log-group-1`;
/** [create-deployment] and [create-stage] of both access-log tests: a deployment, then stage dev with a description. */
async function devStage(restApiId) {
    const deployment = await t.client.send(new CreateDeploymentCommand({ restApiId }));
    assert.equal(deployment.$metadata.httpStatusCode, 201);
    assertLike(body(deployment), { createdDate: A.date, id: A.shortId });
    const created = await t.client.send(new CreateStageCommand({ restApiId, stageName: 'dev', deploymentId: deployment.id, description: 'dev stage' }));
    assert.equal(created.$metadata.httpStatusCode, 201);
    assertLike(body(created), stage('dev', deployment.id, { description: 'dev stage' }));
    return deployment.id;
}
const badRequest = (Message) => ({ Code: 'BadRequestException', Message, HTTPStatusCode: 400 });
const BAD_PATH = badRequest('Invalid accessLogSettings path. Must be one of : [/accessLogSettings/destinationArn, /accessLogSettings/format]');
const cannotRemove = (what) => badRequest(`Cannot remove method setting ${what} because there is no method setting for this method `);
describe('TestApiGatewayStage', () => {
    it(rec('test_apigateway_api.py::TestApiGatewayStage::test_get_stages_filters_by_deployment_id', 'all-stages', 'stages-deploy1', 'stages-deploy2'), async () => {
        const restApiId = await apiForDeployment();
        const deploy1 = await t.client.send(new CreateDeploymentCommand({ restApiId, stageName: 'stage1' }));
        const deploy2 = await t.client.send(new CreateDeploymentCommand({ restApiId, stageName: 'stage2' }));
        const all = await t.client.send(new GetStagesCommand({ restApiId }));
        assert.equal(all.$metadata.httpStatusCode, 200);
        assertLike(body(all), { item: [stage('stage1', deploy1.id), stage('stage2', deploy2.id)] });
        assertLike(body(await t.client.send(new GetStagesCommand({ restApiId, deploymentId: deploy1.id }))), {
            item: [stage('stage1', deploy1.id)],
        });
        assertLike(body(await t.client.send(new GetStagesCommand({ restApiId, deploymentId: deploy2.id }))), {
            item: [stage('stage2', deploy2.id)],
        });
    });
    it(rec('test_apigateway_api.py::TestApiGatewayStage::test_stage_access_log_settings', 'create-deployment', 'create-stage', 'update-stage-access-log-dest-add', 'update-stage-access-log-dest-replace', 'update-stage-access-log-format-add', 'update-stage-access-log-remove-all'), async () => {
        const restApiId = await apiForDeployment();
        const deploymentId = await devStage(restApiId);
        const update = async (op) => {
            const out = await t.client.send(new UpdateStageCommand({ restApiId, stageName: 'dev', patchOperations: [op] }));
            assert.equal(out.$metadata.httpStatusCode, 200);
            return body(out);
        };
        const dev = (extra = {}) => stage('dev', deploymentId, { description: 'dev stage', ...extra });
        assertLike(await update({ op: 'add', path: '/accessLogSettings/destinationArn', value: LOG_GROUP }), dev({ accessLogSettings: { destinationArn: LOG_GROUP } }));
        assertLike(await update({ op: 'replace', path: '/accessLogSettings/destinationArn', value: `${LOG_GROUP}a` }), dev({ accessLogSettings: { destinationArn: `${LOG_GROUP}a` } }));
        assertLike(await update({ op: 'add', path: '/accessLogSettings/format', value: '$context.requestId $context.identity.sourceIp' }), dev({ accessLogSettings: { destinationArn: `${LOG_GROUP}a`, format: '$context.requestId $context.identity.sourceIp' } }));
        assertLike(await update({ op: 'remove', path: '/accessLogSettings' }), dev());
    });
    it(rec('test_apigateway_api.py::TestApiGatewayStage::test_stage_access_log_settings_validation', 'create-deployment', 'create-stage', 'invalid-path-add', 'invalid-path-remove', 'invalid-path-replace', 'star-and-add', 'star-and-remove', 'star-and-replace', 'root-and-add', 'root-and-replace', 'update-stage-access-log-dest-add', 'update-stage-access-log-destinationArn-empty', 'update-stage-access-log-format-empty', 'update-stage-access-log-dest-remove'), async () => {
        const restApiId = await apiForDeployment();
        const deploymentId = await devStage(restApiId);
        const update = (op) => t.client.send(new UpdateStageCommand({ restApiId, stageName: 'dev', patchOperations: [op] }));
        // A path under /accessLogSettings other than its two members: add and replace list them, remove
        // answers as for a method setting.
        for (const member of ['randomValue', '*']) {
            const path = `/accessLogSettings/${member}`;
            assert.deepEqual(await recordedError(update({ op: 'add', path, value: 'updated' })), BAD_PATH, `add ${path}`);
            assert.deepEqual(await recordedError(update({ op: 'remove', path, value: 'updated' })), cannotRemove(`accessLogSettings/${member}`), `remove ${path}`);
            assert.deepEqual(await recordedError(update({ op: 'replace', path, value: 'updated' })), BAD_PATH, `replace ${path}`);
        }
        // /accessLogSettings itself takes no value.
        assert.deepEqual(await recordedError(update({ op: 'add', path: '/accessLogSettings', value: 'test' })), BAD_PATH);
        assert.deepEqual(await recordedError(update({ op: 'replace', path: '/accessLogSettings', value: 'test' })), BAD_PATH);
        const added = await update({ op: 'add', path: '/accessLogSettings/destinationArn', value: LOG_GROUP });
        assert.equal(added.$metadata.httpStatusCode, 200);
        assertLike(body(added), stage('dev', deploymentId, { description: 'dev stage', accessLogSettings: { destinationArn: LOG_GROUP } }));
        for (const member of ['destinationArn', 'format']) {
            assert.deepEqual(await recordedError(update({ op: 'replace', path: `/accessLogSettings/${member}`, value: '' })), badRequest('Access Log value must not be empty'), member);
        }
        // Even a member that is set cannot be removed on its own.
        assert.deepEqual(await recordedError(update({ op: 'remove', path: '/accessLogSettings/destinationArn' })), cannotRemove('accessLogSettings/destinationArn'));
    });
});
//# sourceMappingURL=api-stages.test.js.map