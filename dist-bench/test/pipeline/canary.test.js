/**
 * Canary releases (DG:canary-release; peer-localstack F76–F78 for the control plane): percentTraffic
 * of a stage's requests go to the canary deployment with the canary's stageVariableOverrides, and
 * `$context.isCanaryRequest` says which side answered. The split's random source is seeded
 * (`--canary-seed`), so the 50 % case is reproducible.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateDeploymentCommand, PutIntegrationResponseCommand, UpdateStageCommand } from '@aws-sdk/client-api-gateway';
import { Pool } from 'undici';
import { deploy, newApi, putMethod, putResponse } from '../helpers/apis.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
let api;
let pool;
before(async () => {
    t = await startTollgate(['--canary-seed', '42']);
    pool = new Pool(t.app.url, { connections: 16 });
    api = await newApi(t.client);
    await putMethod(t.client, api, api.root, 'GET', { requestTemplates: { 'application/json': '{"statusCode": 200}' } });
    await putResponse(t.client, api, api.root, 'GET', '200', {
        responseTemplates: { 'application/json': 'stable:$stageVariables.version:$context.isCanaryRequest' },
    });
    await deploy(t.client, api, 'prod', { version: 'v1' });
    await t.client.send(new PutIntegrationResponseCommand({
        restApiId: api.id,
        resourceId: api.root,
        httpMethod: 'GET',
        statusCode: '200',
        responseTemplates: { 'application/json': 'canary:$stageVariables.version:$context.isCanaryRequest' },
    }));
    await t.client.send(new CreateDeploymentCommand({
        restApiId: api.id,
        stageName: 'prod',
        canarySettings: { percentTraffic: 0, stageVariableOverrides: { version: 'v2' } },
    }));
});
after(async () => {
    await pool.close();
    await t.close();
});
async function split(n) {
    const counts = new Map();
    let next = 0;
    const worker = async () => {
        while (next < n) {
            next++;
            const r = await pool.request({ path: `/_aws/execute-api/${api.id}/prod/`, method: 'GET' });
            const body = await r.body.text();
            assert.equal(r.statusCode, 200);
            counts.set(body, (counts.get(body) ?? 0) + 1);
        }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    return counts;
}
const percent = (value) => t.client.send(new UpdateStageCommand({
    restApiId: api.id,
    stageName: 'prod',
    patchOperations: [{ op: 'replace', path: '/canarySettings/percentTraffic', value }],
}));
describe('canary traffic split', () => {
    it("0 %: every request is served by the stage's own deployment", async () => {
        assert.deepEqual([...(await split(200))], [['stable:v1:false', 200]]);
    });
    it('100 %: every request goes to the canary, with its stage variable overrides', async () => {
        await percent('100');
        assert.deepEqual([...(await split(200))], [['canary:v2:true', 200]]);
    });
    it('50 %: 2,000 requests split 50 % ± 5 % with a seeded random source', async () => {
        await percent('50.0');
        const counts = await split(2000);
        const canary = counts.get('canary:v2:true') ?? 0;
        assert.equal(canary + (counts.get('stable:v1:false') ?? 0), 2000);
        assert.ok(canary >= 900 && canary <= 1100, `${canary} of 2000 went to the canary`);
    });
    it("promotion: the canary deployment becomes the stage's, and removing the canary ends the split", async () => {
        await t.client.send(new UpdateStageCommand({
            restApiId: api.id,
            stageName: 'prod',
            patchOperations: [
                { op: 'copy', from: '/canarySettings/deploymentId', path: '/deploymentId' },
                { op: 'remove', path: '/canarySettings' },
            ],
        }));
        // The stage's own variables stay (only the deployment was copied); no canary, no isCanaryRequest.
        assert.deepEqual([...(await split(50))], [['canary:v1:', 50]]);
    });
});
//# sourceMappingURL=canary.test.js.map