/**
 * Replays test_apigateway_common.py::TestUsagePlans: usage plans and their keys on the control plane,
 * and the key check they drive on the data plane.
 */
import { CreateApiKeyCommand, CreateDeploymentCommand, CreateStageCommand, CreateUsagePlanCommand, CreateUsagePlanKeyCommand, DeleteUsagePlanCommand, GetUsagePlanCommand, GetUsagePlansCommand, UpdateApiKeyCommand, UpdateUsagePlanCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addResource, invokeUrl, newApi, putMethod, putResponse, rawRequest } from '../helpers/apis.js';
import { A, assertLike, body, rec, recordedError } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
describe('TestUsagePlans', () => {
    it(rec('test_apigateway_common.py::TestUsagePlans::test_api_key_required_for_methods', 'create-usage-plan', 'create-api-key', 'create-usage-plan-key', 'update-api-key-disabled'), async () => {
        const api = await newApi(t.client, { name: 'test API key', apiKeySource: 'HEADER' });
        const res = await addResource(t.client, api, api.root, 'test');
        await putMethod(t.client, api, res, 'GET', { integrationHttpMethod: 'GET', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }, { apiKeyRequired: true });
        await putResponse(t.client, api, res, 'GET', '200', { selectionPattern: '' });
        await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'dev' }));
        const plan = await t.client.send(new CreateUsagePlanCommand({
            name: 'test-plan-1',
            description: 'Test Usage Plan for API key',
            quota: { limit: 10, period: 'DAY', offset: 0 },
            throttle: { rateLimit: 2, burstLimit: 1 },
            apiStages: [{ apiId: api.id, stage: 'dev' }],
            tags: { tag_key: 'tag_value' },
        }));
        assert.equal(plan.$metadata.httpStatusCode, 201);
        assertLike(body(plan), {
            apiStages: [{ apiId: api.id, stage: 'dev' }],
            description: 'Test Usage Plan for API key',
            id: A.string,
            name: 'test-plan-1',
            quota: { limit: 10, offset: 0, period: 'DAY' },
            tags: { tag_key: 'tag_value' },
            throttle: { burstLimit: 1, rateLimit: 2.0 },
        });
        const key = await t.client.send(new CreateApiKeyCommand({ name: 'testApiKey-1', enabled: true }));
        assert.equal(key.$metadata.httpStatusCode, 201);
        assertLike(body(key), {
            createdDate: A.date,
            enabled: true,
            id: A.id,
            lastUpdatedDate: A.date,
            name: 'testApiKey-1',
            stageKeys: [],
            value: A.string,
        });
        const upk = await t.client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: 'API_KEY' }));
        assert.equal(upk.$metadata.httpStatusCode, 201);
        assertLike(body(upk), { id: key.id, name: 'testApiKey-1', type: 'API_KEY', value: key.value });
        const url = invokeUrl(t.app.url, api, 'dev', '/test');
        assert.equal((await rawRequest(url)).status, 403);
        assert.equal((await rawRequest(url, { headers: { 'x-api-key': key.value } })).status, 200);
        const disabled = await t.client.send(new UpdateApiKeyCommand({ apiKey: key.id, patchOperations: [{ op: 'replace', path: '/enabled', value: 'false' }] }));
        assert.equal(disabled.$metadata.httpStatusCode, 200);
        assertLike(body(disabled), {
            createdDate: A.date,
            enabled: false,
            id: key.id,
            lastUpdatedDate: A.date,
            name: 'testApiKey-1',
            stageKeys: [],
            tags: {},
        });
        assert.equal((await rawRequest(url, { headers: { 'x-api-key': key.value } })).status, 403);
    });
    it(rec('test_apigateway_common.py::TestUsagePlans::test_usage_plan_crud', 'create-usage-plan', 'get-usage-plan', 'get-usage-plans', 'update-usage-plan', 'update-wrong-id', 'update-wrong-api-stages-no-value', 'update-wrong-api-stages-wrong-api', 'update-wrong-api-stages-wrong-stage', 'update-wrong-api-stages-wrong-value', 'get-usage-plan-after-update', 'get-usage-plans-after-update'), async () => {
        // The recorded test starts by deleting every plan; AWS keeps a plan still covering API stages
        // (DeleteUsagePlan's BadRequestException), so their stages go first.
        for (const p of (await t.client.send(new GetUsagePlansCommand({}))).items ?? []) {
            const patchOperations = (p.apiStages ?? []).map((s) => ({
                op: 'remove',
                path: '/apiStages',
                value: `${s.apiId}:${s.stage}`,
            }));
            if (patchOperations.length)
                await t.client.send(new UpdateUsagePlanCommand({ usagePlanId: p.id, patchOperations }));
            await t.client.send(new DeleteUsagePlanCommand({ usagePlanId: p.id }));
        }
        const api = await newApi(t.client, { name: 'test-api-crud', description: 'this is my api' });
        await putMethod(t.client, api, api.root, 'GET', { type: 'HTTP', integrationHttpMethod: 'POST', uri: 'http://127.0.0.1:1/post' }, { authorizationType: 'none' });
        const dep = await t.client.send(new CreateDeploymentCommand({ restApiId: api.id }));
        await t.client.send(new CreateStageCommand({ restApiId: api.id, stageName: 'dev', deploymentId: dep.id }));
        const created = await t.client.send(new CreateUsagePlanCommand({
            name: 'test-usage-plan-1',
            description: 'this is my usage plan',
            apiStages: [{ apiId: api.id, stage: 'dev' }],
        }));
        assert.equal(created.$metadata.httpStatusCode, 201);
        const base = {
            apiStages: [{ apiId: api.id, stage: 'dev' }],
            description: 'this is my usage plan',
            id: A.string,
            name: 'test-usage-plan-1',
        };
        assertLike(body(created), base);
        const id = created.id;
        assertLike(body(await t.client.send(new GetUsagePlanCommand({ usagePlanId: id }))), { ...base, id, tags: {} });
        assertLike(body(await t.client.send(new GetUsagePlansCommand({}))), { items: [{ ...base, id }] });
        const limits = { quota: { limit: 5000, offset: 0, period: 'MONTH' }, throttle: { burstLimit: 100, rateLimit: 200.0 } };
        const updated = await t.client.send(new UpdateUsagePlanCommand({
            usagePlanId: id,
            patchOperations: [
                { op: 'replace', path: '/throttle/burstLimit', value: '100' },
                { op: 'replace', path: '/throttle/rateLimit', value: '200' },
                { op: 'replace', path: '/quota/period', value: 'MONTH' },
                { op: 'replace', path: '/quota/limit', value: '5000' },
            ],
        }));
        assertLike(body(updated), { ...base, id, tags: {}, ...limits });
        assert.deepEqual(await recordedError(t.client.send(new UpdateUsagePlanCommand({
            usagePlanId: id + '1',
            patchOperations: [
                { op: 'replace', path: '/throttle/burstLimit', value: '100' },
                { op: 'replace', path: '/throttle/rateLimit', value: '200' },
            ],
        }))), { Code: 'NotFoundException', Message: 'Invalid Usage Plan ID specified', HTTPStatusCode: 404 });
        const removeStage = (value) => recordedError(t.client.send(new UpdateUsagePlanCommand({
            usagePlanId: id,
            patchOperations: [{ op: 'remove', path: '/apiStages', value }],
        })));
        assert.deepEqual(await removeStage(), { Code: 'BadRequestException', Message: 'Invalid API Stage specified', HTTPStatusCode: 400 });
        assert.deepEqual(await removeStage(`${api.id}b:dev`), {
            Code: 'NotFoundException',
            Message: `Invalid API Stage {api: ${api.id}b, stage: dev} specified for usageplan ${id}`,
            HTTPStatusCode: 404,
        });
        assert.deepEqual(await removeStage(`${api.id}:fakestagename`), {
            Code: 'NotFoundException',
            Message: `Invalid API Stage {api: ${api.id}, stage: fakestagename} specified for usageplan ${id}`,
            HTTPStatusCode: 404,
        });
        assert.deepEqual(await removeStage('fakevalue'), {
            Code: 'BadRequestException',
            Message: 'Invalid API Stage specified',
            HTTPStatusCode: 400,
        });
        assertLike(body(await t.client.send(new GetUsagePlanCommand({ usagePlanId: id }))), { ...base, id, tags: {}, ...limits });
        assertLike(body(await t.client.send(new GetUsagePlansCommand({}))), { items: [{ ...base, id, ...limits }] });
    });
});
//# sourceMappingURL=common-usage-plans.test.js.map