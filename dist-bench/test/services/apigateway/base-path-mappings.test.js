/**
 * BasePathMapping operations through the AWS SDK. Texts are AWS's as cited in
 * src/services/apigateway/base-path-mappings.ts; the update cases follow LocalStack's AWS-validated
 * test_update_base_path_mappings_apigw_v1.
 */
import { CreateBasePathMappingCommand, CreateDomainNameCommand, CreateRestApiCommand, DeleteBasePathMappingCommand, GetBasePathMappingCommand, GetBasePathMappingsCommand, UpdateBasePathMappingCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiScope } from '../../../src/domain/kinds.js';
import { raw, sdkError, startTollgate } from '../../helpers/tollgate.js';
let t;
let apiId;
let api2Id;
before(async () => {
    t = await startTollgate();
    apiId = (await t.client.send(new CreateRestApiCommand({ name: 'one' }))).id;
    api2Id = (await t.client.send(new CreateRestApiCommand({ name: 'two' }))).id;
    // Stages are entities of kind `stage` under their API, keyed by name (the contract tags.ts
    // resolves stage ARNs by); they are written directly so these tests do not depend on CreateStage.
    await t.app.store.write(async (tx) => {
        for (const [id, stage] of [
            [apiId, 'test'],
            [apiId, 'prod'],
            [api2Id, 'dev'],
        ])
            await tx.insert('stage', apiScope('us-east-1', id), stage, { stageName: stage });
    });
});
after(async () => {
    await t.close();
});
let n = 0;
async function domain() {
    const name = `bpm${++n}.example.com`;
    await t.client.send(new CreateDomainNameCommand({ domainName: name, certificateName: 'c' }));
    return name;
}
const create = (domainName, input = {}) => t.client.send(new CreateBasePathMappingCommand({ domainName, restApiId: apiId, ...input }));
const update = (domainName, basePath, patchOperations) => t.client.send(new UpdateBasePathMappingCommand({ domainName, basePath, patchOperations }));
const get = (domainName, basePath) => t.client.send(new GetBasePathMappingCommand({ domainName, basePath }));
const bad = (message) => ({ name: 'BadRequestException', message, status: 400 });
const conflict = (message) => ({ name: 'ConflictException', message, status: 409 });
const MAPPING_NOT_FOUND = { name: 'NotFoundException', message: 'Invalid base path mapping identifier specified', status: 404 };
const DOMAIN_NOT_FOUND = { name: 'NotFoundException', message: 'Invalid domain name identifier specified', status: 404 };
const ONLY_ONE = 'Only one base path mapping is allowed if the base path is empty.';
const SLASH = "API Gateway V1 doesn't support the slash character (/) in base path mappings. To create a multi-level base path mapping, use API Gateway V2.";
describe('CreateBasePathMapping', () => {
    it('maps a base path to an API and stage', async () => {
        const d = await domain();
        const res = await create(d, { basePath: 'v1', stage: 'test' });
        assert.equal(res.$metadata.httpStatusCode, 201);
        assert.deepEqual({ basePath: res.basePath, restApiId: res.restApiId, stage: res.stage }, { basePath: 'v1', restApiId: apiId, stage: 'test' });
        const noStage = await create(d, { basePath: "Orders$-_.+!*'()" });
        assert.equal(noStage.basePath, "Orders$-_.+!*'()");
        assert.equal('stage' in noStage, false);
    });
    it('stores an empty or absent base path as (none), which must be the only mapping', async () => {
        const d = await domain();
        assert.equal((await create(d)).basePath, '(none)');
        assert.equal((await get(d, '(none)')).restApiId, apiId);
        assert.deepEqual(await sdkError(create(d, { basePath: 'v1' })), conflict(ONLY_ONE));
        assert.deepEqual(await sdkError(create(d, { basePath: '' })), conflict(ONLY_ONE));
        const d2 = await domain();
        await create(d2, { basePath: 'v1' });
        assert.deepEqual(await sdkError(create(d2, { basePath: '' })), conflict(ONLY_ONE));
        assert.equal((await create(await domain(), { basePath: '' })).basePath, '(none)');
    });
    it('refuses a taken base path (aws/aws-extensions-for-dotnet-cli#102)', async () => {
        const d = await domain();
        await create(d, { basePath: 'orders' });
        assert.deepEqual(await sdkError(create(d, { basePath: 'orders', restApiId: api2Id })), conflict('Base path already exists for this domain name'));
    });
    it('refuses a slash and characters outside the documented set', async () => {
        const d = await domain();
        assert.deepEqual(await sdkError(create(d, { basePath: 'nested/base/path' })), bad(SLASH));
        assert.deepEqual(await sdkError(create(d, { basePath: 'sp ace' })), bad("Base path may only contain letters, numbers and one of $-_.+!*'()"));
    });
    it('checks the domain, the API and the stage', async () => {
        const d = await domain();
        assert.deepEqual(await sdkError(create('nosuch.example.com')), DOMAIN_NOT_FOUND);
        assert.deepEqual(await sdkError(create(d, { restApiId: 'nosuchapi0' })), bad('Invalid REST API identifier specified'));
        assert.deepEqual(await sdkError(create(d, { stage: 'dev' })), bad('Invalid stage identifier specified'));
        assert.equal((await create(d, { basePath: 'x', stage: '(none)' })).stage, undefined);
        const missing = await raw(t.app.adminUrl, 'POST', `/domainnames/${d}/basepathmappings`, '{"basePath":"y"}');
        assert.equal(missing.status, 400);
        assert.equal(missing.json.Message, "1 validation error detected: Value null at 'createBasePathMappingInput.restApiId' failed to satisfy constraint: Member must not be null");
    });
});
describe('GetBasePathMapping', () => {
    it('answers 404 for an unknown mapping or domain', async () => {
        const d = await domain();
        await create(d, { basePath: 'v1' });
        assert.deepEqual(await sdkError(get(d, 'v2')), MAPPING_NOT_FOUND);
        assert.deepEqual(await sdkError(get(d, '(none)')), MAPPING_NOT_FOUND);
        assert.deepEqual(await sdkError(get('nosuch.example.com', 'v1')), DOMAIN_NOT_FOUND);
    });
});
describe('GetBasePathMappings', () => {
    it("pages through a domain's mappings", async () => {
        const d = await domain();
        for (const p of ['a', 'b', 'c'])
            await create(d, { basePath: p });
        const first = await t.client.send(new GetBasePathMappingsCommand({ domainName: d, limit: 2 }));
        assert.deepEqual(first.items.map((m) => m.basePath), ['a', 'b']);
        const second = await t.client.send(new GetBasePathMappingsCommand({ domainName: d, limit: 2, position: first.position }));
        assert.deepEqual(second.items.map((m) => m.basePath), ['c']);
        assert.equal(second.position, undefined);
        assert.deepEqual((await t.client.send(new GetBasePathMappingsCommand({ domainName: await domain() }))).items, []);
        assert.deepEqual(await sdkError(t.client.send(new GetBasePathMappingsCommand({ domainName: 'nosuch.example.com' }))), DOMAIN_NOT_FOUND);
    });
});
describe('UpdateBasePathMapping', () => {
    it('replaces the API, the stage and the base path (/restapiId, /stage, /basePath)', async () => {
        const d = await domain();
        await create(d, { basePath: 'ordersv1', stage: 'test' });
        await create(d, { basePath: 'ordersv3', stage: 'test' });
        let res = await update(d, 'ordersv1', [
            { op: 'replace', path: '/restapiId', value: api2Id },
            { op: 'replace', path: '/stage', value: 'dev' },
        ]);
        assert.deepEqual({ basePath: res.basePath, restApiId: res.restApiId, stage: res.stage }, { basePath: 'ordersv1', restApiId: api2Id, stage: 'dev' });
        res = await update(d, 'ordersv1', [{ op: 'replace', path: '/basePath', value: 'ordersv2' }]);
        assert.equal(res.basePath, 'ordersv2');
        assert.deepEqual(await sdkError(get(d, 'ordersv1')), MAPPING_NOT_FOUND);
        // Renaming onto a taken base path replaces that mapping ("overwrite-exists-base-path-mapping").
        res = await update(d, 'ordersv2', [{ op: 'replace', path: '/basePath', value: 'ordersv3' }]);
        assert.equal(res.restApiId, api2Id);
        const all = await t.client.send(new GetBasePathMappingsCommand({ domainName: d }));
        assert.deepEqual(all.items.map((m) => [m.basePath, m.restApiId, m.stage]), [['ordersv3', api2Id, 'dev']]);
        res = await update(d, 'ordersv3', [{ op: 'replace', path: '/stage', value: '' }]);
        assert.equal('stage' in res, false);
    });
    it("answers AWS's errors for bad paths, ops, APIs, stages and base paths", async () => {
        const d = await domain();
        await create(d, { basePath: 'ordersv3', stage: 'test' });
        await create(d, { basePath: 'other' });
        const cases = [
            [{ op: 'add', path: '/basePath', value: 'v3' }, bad("Invalid patch path  '/basePath' specified for op 'add'. Please choose supported operations")],
            [{ op: 'remove', path: '/basePath', value: 'v3' }, bad("Invalid patch path  '/basePath' specified for op 'remove'. Please choose supported operations")],
            [{ op: 'replace', path: '/restapiId', value: 'abcdef' }, bad('Invalid REST API identifier specified')],
            [{ op: 'replace', path: '/stage', value: 'wrongstage' }, bad('Invalid stage identifier specified')],
            [
                { op: 'replace', path: '/restapiid', value: apiId },
                bad("Invalid patch path  '/restapiid' specified for op 'replace'. Must be one of: [/basePath, /restapiId, /stage]"),
            ],
            [{ op: 'replace', path: '/basePath', value: 'v2/orders' }, bad(SLASH)],
            [{ op: 'replace', path: '/basePath', value: '' }, conflict(ONLY_ONE)],
        ];
        for (const [op, expected] of cases)
            assert.deepEqual(await sdkError(update(d, 'ordersv3', [op])), expected, op.path);
        assert.deepEqual(await sdkError(update(d, 'badpath', [{ op: 'replace', path: '/basePath', value: 'v2' }])), MAPPING_NOT_FOUND);
        assert.deepEqual(await sdkError(update('nosuch.example.com', 'x', [{ op: 'replace', path: '/stage', value: 'test' }])), DOMAIN_NOT_FOUND);
        const kept = await get(d, 'ordersv3');
        assert.deepEqual({ restApiId: kept.restApiId, stage: kept.stage }, { restApiId: apiId, stage: 'test' });
    });
    it('moves the only mapping to the empty base path and back', async () => {
        const d = await domain();
        await create(d, { basePath: 'v1' });
        assert.equal((await update(d, 'v1', [{ op: 'replace', path: '/basePath', value: '' }])).basePath, '(none)');
        assert.equal((await update(d, '(none)', [{ op: 'replace', path: '/basePath', value: 'v9' }])).basePath, 'v9');
    });
});
describe('DeleteBasePathMapping', () => {
    it('answers 202, then 404', async () => {
        const d = await domain();
        await create(d);
        await create(await domain());
        const res = await t.client.send(new DeleteBasePathMappingCommand({ domainName: d, basePath: '(none)' }));
        assert.equal(res.$metadata.httpStatusCode, 202);
        assert.deepEqual(await sdkError(get(d, '(none)')), MAPPING_NOT_FOUND);
        assert.deepEqual(await sdkError(t.client.send(new DeleteBasePathMappingCommand({ domainName: d, basePath: '(none)' }))), MAPPING_NOT_FOUND);
        assert.deepEqual(await sdkError(t.client.send(new DeleteBasePathMappingCommand({ domainName: 'nosuch.example.com', basePath: 'a' }))), DOMAIN_NOT_FOUND);
        assert.equal((await create(d, { basePath: 'v1' })).basePath, 'v1');
    });
});
//# sourceMappingURL=base-path-mappings.test.js.map