/**
 * Replays test_apigateway_common.py::TestStages: a stage's create, patch (method settings, variables,
 * tracing) and the paths UpdateStage refuses.
 */
import { CreateDeploymentCommand, CreateDocumentationPartCommand, CreateDocumentationVersionCommand, CreateStageCommand, GetStageCommand, UpdateStageCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newApi, putMethod } from '../helpers/apis.js';
import { A, assertLike, body, recordedError, rec } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
/** The fixture of both tests: an API with GET / (MOCK), a deployment, doc version v123, stage s1. */
async function apiWithStage() {
    const api = await newApi(t.client);
    await putMethod(t.client, api, api.root, 'GET', { type: 'MOCK' });
    const deploymentId = (await t.client.send(new CreateDeploymentCommand({ restApiId: api.id }))).id;
    await t.client.send(new CreateDocumentationPartCommand({ restApiId: api.id, location: { type: 'API' }, properties: JSON.stringify({ foo: 'bar' }) }));
    await t.client.send(new CreateDocumentationVersionCommand({ restApiId: api.id, documentationVersion: 'v123' }));
    const stage = await t.client.send(new CreateStageCommand({
        restApiId: api.id,
        stageName: 's1',
        deploymentId,
        description: 'my stage',
        documentationVersion: 'v123',
    }));
    assert.equal(stage.$metadata.httpStatusCode, 201);
    assertLike(body(stage), stageView(deploymentId, {}));
    return { apiId: api.id, deploymentId };
}
function stageView(deploymentId, methodSettings, extra = {}) {
    return {
        cacheClusterEnabled: false,
        cacheClusterStatus: 'NOT_AVAILABLE',
        createdDate: A.date,
        deploymentId,
        description: 'my stage',
        documentationVersion: 'v123',
        lastUpdatedDate: A.date,
        methodSettings,
        stageName: 's1',
        tracingEnabled: false,
        ...extra,
    };
}
/** A method setting as AWS fills it in from the defaults. */
const setting = (over) => ({
    cacheDataEncrypted: false,
    cacheTtlInSeconds: 300,
    cachingEnabled: false,
    dataTraceEnabled: false,
    metricsEnabled: false,
    requireAuthorizationForCacheControl: true,
    throttlingBurstLimit: 5000,
    throttlingRateLimit: 10000.0,
    unauthorizedCacheControlHeaderStrategy: 'SUCCEED_WITH_RESPONSE_HEADER',
    ...over,
});
const PATHS = '[/deploymentId, /description, /cacheClusterEnabled, /cacheClusterSize, /clientCertificateId, /accessLogSettings, /accessLogSettings/destinationArn, /accessLogSettings/format, /{resourcePath}/{httpMethod}/metrics/enabled, /{resourcePath}/{httpMethod}/logging/dataTrace, /{resourcePath}/{httpMethod}/logging/loglevel, /{resourcePath}/{httpMethod}/throttling/burstLimit/{resourcePath}/{httpMethod}/throttling/rateLimit/{resourcePath}/{httpMethod}/caching/ttlInSeconds, /{resourcePath}/{httpMethod}/caching/enabled, /{resourcePath}/{httpMethod}/caching/dataEncrypted, /{resourcePath}/{httpMethod}/caching/requireAuthorizationForCacheControl, /{resourcePath}/{httpMethod}/caching/unauthorizedCacheControlHeaderStrategy, /*/*/metrics/enabled, /*/*/logging/dataTrace, /*/*/logging/loglevel, /*/*/throttling/burstLimit /*/*/throttling/rateLimit /*/*/caching/ttlInSeconds, /*/*/caching/enabled, /*/*/caching/dataEncrypted, /*/*/caching/requireAuthorizationForCacheControl, /*/*/caching/unauthorizedCacheControlHeaderStrategy, /variables/{variable_name}, /tracingEnabled]';
const update = (restApiId, patchOperations) => t.client.send(new UpdateStageCommand({ restApiId, stageName: 's1', patchOperations }));
describe('TestStages', () => {
    it(rec('test_apigateway_common.py::TestStages::test_create_update_stages', 'create-stage', 'error-update-doc-version', 'error-update-tags', 'update-stage', 'get-stage', 'update-stage-override'), async () => {
        const { apiId, deploymentId } = await apiWithStage();
        assert.deepEqual(await recordedError(update(apiId, [{ op: 'replace', path: '/documentation_version', value: '123' }])), {
            Code: 'BadRequestException',
            Message: `Invalid method setting path: /documentation_version. Must be one of: ${PATHS}`,
            HTTPStatusCode: 400,
        });
        assert.deepEqual(await recordedError(update(apiId, [{ op: 'replace', path: '/tags/tag1', value: 'value1' }])), {
            Code: 'BadRequestException',
            Message: `Invalid method setting path: /tags/tag1. Must be one of: ${PATHS}`,
            HTTPStatusCode: 400,
        });
        const updated = await update(apiId, [
            { op: 'replace', path: '/description', value: 'stage new' },
            { op: 'replace', path: '/variables/var1', value: 'test' },
            { op: 'replace', path: '/variables/var2', value: 'test2' },
            { op: 'replace', path: '/*/*/throttling/burstLimit', value: '123' },
            { op: 'replace', path: '/*/*/caching/enabled', value: 'true' },
            { op: 'replace', path: '/tracingEnabled', value: 'true' },
            { op: 'replace', path: '/test/GET/throttling/burstLimit', value: '124' },
        ]);
        const after1 = stageView(deploymentId, {
            '*/*': setting({ cachingEnabled: true, throttlingBurstLimit: 123 }),
            'test/GET': setting({ cachingEnabled: true, throttlingBurstLimit: 124 }),
        }, { description: 'stage new', tracingEnabled: true, variables: { var1: 'test', var2: 'test2' } });
        assert.equal(updated.$metadata.httpStatusCode, 200);
        assertLike(body(updated), after1);
        assertLike(body(await t.client.send(new GetStageCommand({ restApiId: apiId, stageName: 's1' }))), after1);
        // Patching */* again changes only */*: test/GET keeps what it was given.
        assertLike(body(await update(apiId, [{ op: 'replace', path: '/*/*/throttling/burstLimit', value: '100' }])), stageView(deploymentId, {
            '*/*': setting({ cachingEnabled: true, throttlingBurstLimit: 100 }),
            'test/GET': setting({ cachingEnabled: true, throttlingBurstLimit: 124 }),
        }, { description: 'stage new', tracingEnabled: true, variables: { var1: 'test', var2: 'test2' } }));
    });
    it(rec('test_apigateway_common.py::TestStages::test_update_stage_remove_wildcard', 'create-stage', 'get-stage', 'delete-error', 'update-stage', 'update-stage-reset', 'get-stage-after-reset'), async () => {
        const { apiId, deploymentId } = await apiWithStage();
        const get = () => t.client.send(new GetStageCommand({ restApiId: apiId, stageName: 's1' }));
        assertLike(body(await get()), stageView(deploymentId, {}));
        assert.deepEqual(await recordedError(update(apiId, [{ op: 'remove', path: '/*/*' }])), {
            Code: 'BadRequestException',
            Message: 'Cannot remove method setting */* because there is no method setting for this method ',
            HTTPStatusCode: 400,
        });
        assertLike(body(await update(apiId, [{ op: 'replace', path: '/*/*/caching/enabled', value: 'true' }])), stageView(deploymentId, { '*/*': setting({ cachingEnabled: true }) }));
        assertLike(body(await update(apiId, [{ op: 'remove', path: '/*/*' }])), stageView(deploymentId, {}));
        assertLike(body(await get()), stageView(deploymentId, {}));
    });
});
//# sourceMappingURL=common-stages.test.js.map