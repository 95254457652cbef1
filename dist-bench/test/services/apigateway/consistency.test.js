/**
 * What deleting one resource does to the others that name it. Each rule cites its source:
 * - DeleteStage / DeleteRestApi take the stages out of every usage plan
 *   (hashicorp/terraform-provider-aws#14100: deleting a stage "will remove downstream resources such
 *   as … aws_api_gateway_usage_plan associated with that stage");
 * - DeleteUsagePlan is refused while the plan covers API stages (aws/aws-sdk-js#3841);
 * - DeleteRestApi is refused while base path mappings point at it (serverless/serverless#3638,
 *   glomex/gcdt#373);
 * - DeleteApiKey takes the key out of its plans (peer-localstack F42).
 */
import { CreateApiKeyCommand, CreateBasePathMappingCommand, CreateDomainNameCommand, CreateUsagePlanCommand, CreateUsagePlanKeyCommand, DeleteApiKeyCommand, DeleteBasePathMappingCommand, DeleteRestApiCommand, DeleteStageCommand, DeleteUsagePlanCommand, GetUsagePlanCommand, GetUsagePlanKeysCommand, UpdateUsagePlanCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiWithStages, sdkError, startTollgate } from '../../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
describe('stages named by usage plans and keys must exist', () => {
    it('refuses a stage the API does not have', async () => {
        const apiId = await apiWithStages(t.client, ['dev']);
        const err = await sdkError(t.client.send(new CreateUsagePlanCommand({ name: 'p', apiStages: [{ apiId, stage: 'nostage' }] })));
        assert.equal(err.status, 400);
        assert.equal(err.name, 'BadRequestException');
        const keyErr = await sdkError(t.client.send(new CreateApiKeyCommand({ name: 'k', stageKeys: [{ restApiId: apiId, stageName: 'nostage' }] })));
        assert.equal(keyErr.name, 'NotFoundException');
        assert.equal(keyErr.message, 'Invalid stage identifier specified');
        const plan = await t.client.send(new CreateUsagePlanCommand({ name: 'p' }));
        const addErr = await sdkError(t.client.send(new UpdateUsagePlanCommand({
            usagePlanId: plan.id,
            patchOperations: [{ op: 'add', path: '/apiStages', value: `${apiId}:nostage` }],
        })));
        assert.equal(addErr.status, 404);
    });
});
describe('cascades', () => {
    it('DeleteStage and DeleteRestApi take their stages out of usage plans', async () => {
        const apiId = await apiWithStages(t.client, ['dev', 'prod']);
        const plan = await t.client.send(new CreateUsagePlanCommand({
            name: 'p',
            apiStages: [
                { apiId, stage: 'dev' },
                { apiId, stage: 'prod' },
            ],
        }));
        await t.client.send(new DeleteStageCommand({ restApiId: apiId, stageName: 'dev' }));
        assert.deepEqual((await t.client.send(new GetUsagePlanCommand({ usagePlanId: plan.id }))).apiStages, [{ apiId, stage: 'prod' }]);
        await t.client.send(new DeleteRestApiCommand({ restApiId: apiId }));
        assert.deepEqual((await t.client.send(new GetUsagePlanCommand({ usagePlanId: plan.id }))).apiStages, []);
        assert.equal((await t.client.send(new DeleteUsagePlanCommand({ usagePlanId: plan.id }))).$metadata.httpStatusCode, 202);
    });
    it('DeleteUsagePlan is refused while the plan covers API stages', async () => {
        const apiId = await apiWithStages(t.client, ['dev']);
        const plan = await t.client.send(new CreateUsagePlanCommand({ name: 'p', apiStages: [{ apiId, stage: 'dev' }] }));
        assert.deepEqual(await sdkError(t.client.send(new DeleteUsagePlanCommand({ usagePlanId: plan.id }))), {
            name: 'BadRequestException',
            message: `Cannot delete Usage Plan ${plan.id} because there are API Stages associated with it, including ${apiId}:dev`,
            status: 400,
        });
    });
    it('DeleteRestApi is refused while base path mappings point at it', async () => {
        const apiId = await apiWithStages(t.client, ['dev']);
        await t.client.send(new CreateDomainNameCommand({
            domainName: 'api.consistency.example',
            certificateName: 'c',
            certificateArn: 'arn:aws:acm:us-east-1:000000000000:certificate/x',
        }));
        await t.client.send(new CreateBasePathMappingCommand({ domainName: 'api.consistency.example', restApiId: apiId, stage: 'dev', basePath: 'v1' }));
        assert.deepEqual(await sdkError(t.client.send(new DeleteRestApiCommand({ restApiId: apiId }))), {
            name: 'BadRequestException',
            message: `Deleting RestApi ${apiId} failed. Please remove all base path mappings related to the RestApi in your domains: api.consistency.example`,
            status: 400,
        });
        await t.client.send(new DeleteBasePathMappingCommand({ domainName: 'api.consistency.example', basePath: 'v1' }));
        assert.equal((await t.client.send(new DeleteRestApiCommand({ restApiId: apiId }))).$metadata.httpStatusCode, 202);
    });
    it('DeleteApiKey takes the key out of its plans (F42)', async () => {
        const plan = await t.client.send(new CreateUsagePlanCommand({ name: 'p' }));
        const key = await t.client.send(new CreateApiKeyCommand({ name: 'k' }));
        await t.client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: 'API_KEY' }));
        await t.client.send(new DeleteApiKeyCommand({ apiKey: key.id }));
        assert.deepEqual((await t.client.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id }))).items, []);
    });
});
//# sourceMappingURL=consistency.test.js.map