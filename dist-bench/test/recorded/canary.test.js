/**
 * Replays test_apigateway_canary.py: canary settings made with a stage, by a canary deployment or by
 * patching the stage; their validation and copy (promotion) operations; and the data plane serving the
 * canary deployment with its stage-variable overrides.
 */
import { CreateDeploymentCommand, CreateStageCommand, GetStageCommand, UpdateIntegrationResponseCommand, UpdateStageCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { invokeUrl, newApi, putMethod, putResponse, rawRequest } from '../helpers/apis.js';
import { A, assertLike, body, rec, recordedError } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
/** The file's fixture: GET / on a MOCK integration answering the response template. */
async function apiForDeployment(template = { statusCode: 200, message: 'default deployment' }) {
    const api = await newApi(t.client);
    await putMethod(t.client, api, api.root, 'GET', { type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } });
    await putResponse(t.client, api, api.root, 'GET', '200', {
        selectionPattern: '',
        responseTemplates: { 'application/json': JSON.stringify(template) },
    });
    return api;
}
async function deploy(input) {
    const d = await t.client.send(new CreateDeploymentCommand(input));
    assert.equal(d.$metadata.httpStatusCode, 201);
    assertLike(body(d), { createdDate: A.date, id: A.shortId });
    return d.id;
}
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
const devStage = (deploymentId, extra = {}) => stage('dev', deploymentId, { description: 'dev stage', variables: { testVar: 'default' }, ...extra });
const canary = (deploymentId, percentTraffic, stageVariableOverrides) => ({
    canarySettings: { deploymentId, percentTraffic, ...(stageVariableOverrides ? { stageVariableOverrides } : {}), useStageCache: false },
});
const update = (restApiId, stageName, patchOperations) => t.client.send(new UpdateStageCommand({ restApiId, stageName, patchOperations }));
const getStage = async (restApiId, stageName) => body(await t.client.send(new GetStageCommand({ restApiId, stageName })));
const bad = (Message) => ({ Code: 'BadRequestException', Message, HTTPStatusCode: 400 });
const PATHS = '[/deploymentId, /description, /cacheClusterEnabled, /cacheClusterSize, /clientCertificateId, /accessLogSettings, /accessLogSettings/destinationArn, /accessLogSettings/format, /{resourcePath}/{httpMethod}/metrics/enabled, /{resourcePath}/{httpMethod}/logging/dataTrace, /{resourcePath}/{httpMethod}/logging/loglevel, /{resourcePath}/{httpMethod}/throttling/burstLimit/{resourcePath}/{httpMethod}/throttling/rateLimit/{resourcePath}/{httpMethod}/caching/ttlInSeconds, /{resourcePath}/{httpMethod}/caching/enabled, /{resourcePath}/{httpMethod}/caching/dataEncrypted, /{resourcePath}/{httpMethod}/caching/requireAuthorizationForCacheControl, /{resourcePath}/{httpMethod}/caching/unauthorizedCacheControlHeaderStrategy, /*/*/metrics/enabled, /*/*/logging/dataTrace, /*/*/logging/loglevel, /*/*/throttling/burstLimit /*/*/throttling/rateLimit /*/*/caching/ttlInSeconds, /*/*/caching/enabled, /*/*/caching/dataEncrypted, /*/*/caching/requireAuthorizationForCacheControl, /*/*/caching/unauthorizedCacheControlHeaderStrategy, /variables/{variable_name}, /tracingEnabled]';
describe('TestStageCrudCanary', () => {
    it(rec('test_apigateway_canary.py::TestStageCrudCanary::test_create_update_stages', 'create-deployment-1', 'create-deployment-2', 'create-stage', 'get-stage', 'update-stage-canary-settings-overrides', 'update-stage-remove-canary-settings', 'get-stage-after-remove'), async () => {
        const api = await apiForDeployment();
        const d1 = await deploy({ restApiId: api.id });
        await t.client.send(new UpdateIntegrationResponseCommand({
            restApiId: api.id,
            resourceId: api.root,
            httpMethod: 'GET',
            statusCode: '200',
            patchOperations: [
                {
                    op: 'replace',
                    path: '/responseTemplates/application~1json',
                    value: JSON.stringify({ statusCode: 200, message: 'second deployment' }),
                },
            ],
        }));
        const d2 = await deploy({ restApiId: api.id });
        const created = await t.client.send(new CreateStageCommand({
            restApiId: api.id,
            stageName: 'dev',
            deploymentId: d1,
            description: 'dev stage',
            variables: { testVar: 'default' },
            canarySettings: { deploymentId: d2, percentTraffic: 50, stageVariableOverrides: { testVar: 'canary' } },
        }));
        assert.equal(created.$metadata.httpStatusCode, 201);
        assertLike(body(created), devStage(d1, canary(d2, 50, { testVar: 'canary' })));
        assertLike(await getStage(api.id, 'dev'), devStage(d1, canary(d2, 50, { testVar: 'canary' })));
        assertLike(body(await update(api.id, 'dev', [{ op: 'replace', path: '/canarySettings/stageVariableOverrides/testVar', value: 'updated' }])), devStage(d1, canary(d2, 50, { testVar: 'updated' })));
        assertLike(body(await update(api.id, 'dev', [{ op: 'remove', path: '/canarySettings' }])), devStage(d1));
        assertLike(await getStage(api.id, 'dev'), devStage(d1));
    });
    it(rec('test_apigateway_canary.py::TestStageCrudCanary::test_create_canary_deployment_with_stage', 'create-deployment', 'create-stage', 'create-canary-deployment', 'get-stage'), async () => {
        const api = await apiForDeployment();
        const d1 = await deploy({ restApiId: api.id });
        const created = await t.client.send(new CreateStageCommand({
            restApiId: api.id,
            stageName: 'dev',
            deploymentId: d1,
            description: 'dev stage',
            variables: { testVar: 'default' },
        }));
        assert.equal(created.$metadata.httpStatusCode, 201);
        assertLike(body(created), devStage(d1));
        const d2 = await deploy({
            restApiId: api.id,
            stageName: 'dev',
            canarySettings: { percentTraffic: 50, stageVariableOverrides: { testVar: 'canary' } },
        });
        assertLike(await getStage(api.id, 'dev'), devStage(d1, canary(d2, 50, { testVar: 'canary' })));
    });
    it(rec('test_apigateway_canary.py::TestStageCrudCanary::test_create_canary_deployment', 'create-deployment', 'create-stage', 'create-canary-deployment', 'get-stage-1', 'create-stage-2', 'bad-canary-deployment-id'), async () => {
        const api = await apiForDeployment();
        const d1 = await deploy({ restApiId: api.id });
        const created = await t.client.send(new CreateStageCommand({
            restApiId: api.id,
            stageName: 'dev1',
            deploymentId: d1,
            description: 'dev stage',
            variables: { testVar: 'default' },
            canarySettings: { deploymentId: d1, percentTraffic: 40, stageVariableOverrides: { testVar: 'canary1' } },
        }));
        const dev = (name, extra) => stage(name, d1, { description: 'dev stage', variables: { testVar: 'default' }, ...extra });
        assertLike(body(created), dev('dev1', canary(d1, 40, { testVar: 'canary1' })));
        // A canary deployment replaces the stage's canary settings whole: the overrides are the new ones.
        const d2 = await deploy({
            restApiId: api.id,
            stageName: 'dev1',
            canarySettings: { percentTraffic: 50, stageVariableOverrides: { testVar: 'canary2' } },
        });
        assertLike(await getStage(api.id, 'dev1'), dev('dev1', canary(d2, 50, { testVar: 'canary2' })));
        const created2 = await t.client.send(new CreateStageCommand({
            restApiId: api.id,
            stageName: 'dev2',
            deploymentId: d1,
            description: 'dev stage',
            variables: { testVar: 'default' },
            canarySettings: { deploymentId: d2, percentTraffic: 60, stageVariableOverrides: { testVar: 'canary-overridden' } },
        }));
        assertLike(body(created2), dev('dev2', canary(d2, 60, { testVar: 'canary-overridden' })));
        assert.deepEqual(await recordedError(t.client.send(new CreateStageCommand({
            restApiId: api.id,
            stageName: 'dev3',
            deploymentId: d1,
            description: 'dev stage',
            canarySettings: { deploymentId: 'deploy' },
        }))), bad('Deployment id does not exist'));
    });
    it(rec('test_apigateway_canary.py::TestStageCrudCanary::test_create_canary_deployment_by_stage_update', 'create-deployment', 'create-deployment-2', 'create-stage', 'update-stage-with-deployment', 'remove-stage-canary', 'update-stage-with-percent', 'get-stage'), async () => {
        const api = await apiForDeployment();
        const d1 = await deploy({ restApiId: api.id });
        const d2 = await deploy({ restApiId: api.id });
        assertLike(body(await t.client.send(new CreateStageCommand({
            restApiId: api.id,
            stageName: 'dev',
            deploymentId: d1,
            description: 'dev stage',
            variables: { testVar: 'default' },
        }))), devStage(d1));
        // Patching one canary field onto a stage without a canary makes one: percentTraffic 0, no overrides.
        assertLike(body(await update(api.id, 'dev', [{ op: 'replace', path: '/canarySettings/deploymentId', value: d2 }])), devStage(d1, canary(d2, 0)));
        assertLike(body(await update(api.id, 'dev', [{ op: 'remove', path: '/canarySettings' }])), devStage(d1));
        // ... and its deployment defaults to the stage's own.
        assertLike(body(await update(api.id, 'dev', [{ op: 'replace', path: '/canarySettings/percentTraffic', value: '50' }])), devStage(d1, canary(d1, 50)));
        assertLike(await getStage(api.id, 'dev'), devStage(d1, canary(d1, 50)));
    });
    it(rec('test_apigateway_canary.py::TestStageCrudCanary::test_create_canary_deployment_validation', 'create-canary-deployment-no-stage', 'create-canary-deployment-empty-stage', 'create-canary-deployment-non-existing-stage'), async () => {
        const api = await apiForDeployment();
        const canarySettings = { percentTraffic: 50, stageVariableOverrides: { testVar: 'canary' } };
        const PREFIX = 'Invalid deployment content specified.';
        assert.deepEqual(await recordedError(t.client.send(new CreateDeploymentCommand({ restApiId: api.id, canarySettings }))), bad(`${PREFIX}Non null and non empty stageName must be provided for canary deployment. Provided value is null`));
        assert.deepEqual(await recordedError(t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: '', canarySettings }))), bad(`${PREFIX}Non null and non empty stageName must be provided for canary deployment. Provided value is `));
        assert.deepEqual(await recordedError(t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'non-existing', canarySettings }))), bad(`${PREFIX}Stage non-existing must already be created before making a canary release deployment`));
    });
    it(rec('test_apigateway_canary.py::TestStageCrudCanary::test_update_stage_canary_deployment_validation', 'get-stage', 'update-stage-canary-settings-remove-overrides', 'update-stage-canary-settings-bad-path', 'update-stage-canary-settings-bad-path-2', 'update-stage-canary-settings-replace-bad-path', 'update-stage-add-deployment', 'update-stage-no-deployment'), async () => {
        const api = await apiForDeployment();
        const d1 = await deploy({ restApiId: api.id, stageName: 'dev' });
        assertLike(await getStage(api.id, 'dev'), stage('dev', d1));
        await deploy({
            restApiId: api.id,
            stageName: 'dev',
            canarySettings: { percentTraffic: 50, stageVariableOverrides: { testVar: 'canary' } },
        });
        const err = (ops, stageName = 'dev') => recordedError(update(api.id, stageName, ops));
        assert.deepEqual(await err([{ op: 'remove', path: '/canarySettings/stageVariableOverrides' }]), bad('Cannot remove method setting canarySettings/stageVariableOverrides because there is no method setting for this method '));
        assert.deepEqual(await err([{ op: 'remove', path: '/canarySettings/badPath' }]), bad('Cannot remove method setting canarySettings/badPath because there is no method setting for this method '));
        assert.deepEqual(await err([{ op: 'replace', path: '/canarySettings', value: 'test' }]), bad(`Invalid method setting path: /canarySettings. Must be one of: ${PATHS}`));
        assert.deepEqual(await err([{ op: 'replace', path: '/canarySettings/badPath', value: 'badPath' }]), bad(`Invalid method setting path: /canarySettings/badPath. Must be one of: ${PATHS}`));
        const d2 = await deploy({ restApiId: api.id, stageName: 'dev2' });
        assert.deepEqual(await err([{ op: 'add', path: '/canarySettings/deploymentId', value: d2 }], 'dev2'), bad('Invalid add operation with path: /canarySettings/deploymentId'));
        assert.deepEqual(await err([{ op: 'replace', path: '/canarySettings/deploymentId', value: 'deploy' }], 'dev2'), bad('Deployment id does not exist'));
    });
    it(rec('test_apigateway_canary.py::TestStageCrudCanary::test_update_stage_with_copy_ops', 'deployment-1', 'copy-with-bad-statement', 'copy-with-no-replace', 'update-stage-with-copy', 'deployment-canary', 'get-stage', 'update-stage-with-copy-2'), async () => {
        const api = await apiForDeployment();
        const d1 = await deploy({ restApiId: api.id, stageName: 'dev', variables: { testVar: 'test', testVar2: 'test2' } });
        const err = (ops) => recordedError(update(api.id, 'dev', ops));
        assert.deepEqual(await err([
            { op: 'copy', path: '/canarySettings/stageVariableOverrides', from: '/variables' },
            { op: 'copy', path: '/canarySettings/deploymentId', from: '/deploymentId' },
        ]), bad('Invalid copy operation with path: /canarySettings/stageVariableOverrides and from /variables. Valid copy:path are [/deploymentId, /variables] and valid copy:from are [/canarySettings/deploymentId, /canarySettings/stageVariableOverrides]'));
        const promote = [
            { op: 'copy', from: '/canarySettings/stageVariableOverrides', path: '/variables' },
            { op: 'copy', from: '/canarySettings/deploymentId', path: '/deploymentId' },
        ];
        assert.deepEqual(await err(promote), bad('Promotion not available. Canary does not exist.'));
        const promoteAfterReplace = [
            { op: 'replace', value: '0.0', path: '/canarySettings/percentTraffic' },
            { op: 'copy', from: '/canarySettings/deploymentId', path: '/deploymentId' },
            { op: 'copy', from: '/canarySettings/stageVariableOverrides', path: '/variables' },
        ];
        const vars = { testVar: 'test', testVar2: 'test2' };
        assertLike(body(await update(api.id, 'dev', promoteAfterReplace)), stage('dev', d1, { variables: vars, ...canary(d1, 0) }));
        const d2 = await deploy({
            restApiId: api.id,
            stageName: 'dev',
            canarySettings: { percentTraffic: 50, stageVariableOverrides: { testVar: 'override' } },
        });
        assertLike(await getStage(api.id, 'dev'), stage('dev', d1, { variables: vars, ...canary(d2, 50, { testVar: 'override' }) }));
        // Promotion: the canary's deployment becomes the stage's, its overrides merge into the variables; the canary stays.
        assertLike(body(await update(api.id, 'dev', promoteAfterReplace)), stage('dev', d2, { variables: { testVar: 'override', testVar2: 'test2' }, ...canary(d2, 0, { testVar: 'override' }) }));
    });
});
describe('TestCanaryDeployments', () => {
    it(rec('test_apigateway_canary.py::TestCanaryDeployments::test_invoking_canary_deployment', 'create-deployment-1', 'create-deployment-2', 'response-deployment-1', 'update-stage', 'response-canary-deployment'), async () => {
        const template = (message) => ({
            statusCode: 200,
            message,
            variable: '$stageVariables.testVar',
            nonExistingDefault: '$stageVariables.noStageVar',
            nonOverridden: '$stageVariables.defaultVar',
            isCanary: '$context.isCanaryRequest',
        });
        const api = await apiForDeployment(template('default deployment'));
        const d1 = await deploy({ restApiId: api.id, stageName: 'dev', variables: { testVar: 'default', defaultVar: 'default' } });
        await t.client.send(new UpdateIntegrationResponseCommand({
            restApiId: api.id,
            resourceId: api.root,
            httpMethod: 'GET',
            statusCode: '200',
            patchOperations: [{ op: 'replace', path: '/responseTemplates/application~1json', value: JSON.stringify(template('canary deployment')) }],
        }));
        const d2 = await deploy({
            restApiId: api.id,
            stageName: 'dev',
            canarySettings: { percentTraffic: 0, stageVariableOverrides: { testVar: 'canary', noStageVar: 'canary' } },
        });
        const url = invokeUrl(t.app.url, api, 'dev', '/');
        const invoke = async () => {
            const r = await rawRequest(url);
            assert.equal(r.status, 200, r.text);
            return r.json();
        };
        // percentTraffic 0: every request goes to the stage's own deployment.
        for (let i = 0; i < 5; i++) {
            assert.deepEqual(await invoke(), {
                isCanary: 'false',
                message: 'default deployment',
                nonExistingDefault: '',
                nonOverridden: 'default',
                statusCode: 200,
                variable: 'default',
            });
        }
        const updated = await update(api.id, 'dev', [{ op: 'replace', path: '/canarySettings/percentTraffic', value: '100.0' }]);
        assertLike(body(updated), stage('dev', d1, {
            variables: { defaultVar: 'default', testVar: 'default' },
            ...canary(d2, 100, { noStageVar: 'canary', testVar: 'canary' }),
        }));
        // percentTraffic 100: every request goes to the canary, with its overrides over the stage's variables.
        for (let i = 0; i < 5; i++) {
            assert.deepEqual(await invoke(), {
                isCanary: 'true',
                message: 'canary deployment',
                nonExistingDefault: 'canary',
                nonOverridden: 'default',
                statusCode: 200,
                variable: 'canary',
            });
        }
    });
});
//# sourceMappingURL=canary.test.js.map