/**
 * RestApi operations through the AWS SDK. Expected values are AWS's recorded answers, numbered as in
 * docs/recorded-facts.md (F1–F22, from LocalStack's AWS-validated snapshots).
 */
import { CreateRestApiCommand, DeleteRestApiCommand, GetResourcesCommand, GetRestApiCommand, GetRestApisCommand, GetTagsCommand, UpdateRestApiCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACCOUNT, raw, sdkError, startTollgate } from '../../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
const create = (input) => t.client.send(new CreateRestApiCommand({ name: 'api', ...input }));
const update = (restApiId, patchOperations) => t.client.send(new UpdateRestApiCommand({ restApiId, patchOperations }));
describe('CreateRestApi', () => {
    it('answers 201 with AWS defaults and omits unset members (F1, F10)', async () => {
        const res = await create({ description: 'd' });
        assert.equal(res.$metadata.httpStatusCode, 201);
        assert.match(res.id, /^[a-z0-9]{10}$/);
        assert.match(res.rootResourceId, /^[a-z0-9]{10}$/);
        assert.equal(res.apiKeySource, 'HEADER');
        assert.equal(res.disableExecuteApiEndpoint, false);
        assert.deepEqual(res.endpointConfiguration, { types: ['EDGE'], ipAddressType: 'ipv4' });
        assert.ok(res.createdDate instanceof Date);
        assert.ok(Math.abs(res.createdDate.getTime() - Date.now()) < 5000);
        for (const k of ['tags', 'binaryMediaTypes', 'version', 'minimumCompressionSize'])
            assert.equal(k in res, false, k);
    });
    it('rejects an empty description (F2)', async () => {
        assert.deepEqual(await sdkError(create({ description: '' })), {
            name: 'BadRequestException',
            message: 'Description cannot be an empty string',
            status: 400,
        });
    });
    it('echoes version and non-empty binaryMediaTypes only (F3)', async () => {
        assert.equal((await create({ version: 'v1' })).version, 'v1');
        assert.equal('binaryMediaTypes' in (await create({ binaryMediaTypes: [] })), false);
        assert.deepEqual((await create({ binaryMediaTypes: ['image/png'] })).binaryMediaTypes, ['image/png']);
    });
    it('checks minimumCompressionSize (F4)', async () => {
        for (const v of [-1, 10485761]) {
            assert.deepEqual(await sdkError(create({ minimumCompressionSize: v })), {
                name: 'BadRequestException',
                message: 'Invalid minimum compression size, must be between 0 and 10485760',
                status: 400,
            });
        }
        assert.equal((await create({ minimumCompressionSize: 0 })).minimumCompressionSize, 0);
    });
    it('keeps tags in Create, Get, the list and GetTags alike (F5)', async () => {
        const res = await create({ tags: { MY_TAG1: 'MY_VALUE1' } });
        assert.deepEqual(res.tags, { MY_TAG1: 'MY_VALUE1' });
        assert.deepEqual((await t.client.send(new GetRestApiCommand({ restApiId: res.id }))).tags, { MY_TAG1: 'MY_VALUE1' });
        const all = await t.client.send(new GetRestApisCommand({ limit: 500 }));
        assert.deepEqual(all.items.find((a) => a.id === res.id).tags, { MY_TAG1: 'MY_VALUE1' });
        const arn = `arn:aws:apigateway:us-east-1::/restapis/${res.id}`;
        assert.deepEqual((await t.client.send(new GetTagsCommand({ resourceArn: arn }))).tags, { MY_TAG1: 'MY_VALUE1' });
    });
    it('validates the endpoint configuration (F6–F11)', async () => {
        assert.deepEqual(await sdkError(create({ endpointConfiguration: { types: [] } })), {
            name: 'BadRequestException',
            message: 'REGIONAL Configuration and EDGE Configuration cannot be both DISABLED.',
            status: 400,
        });
        assert.deepEqual(await sdkError(create({ endpointConfiguration: { types: ['wrong'] } })), {
            name: 'ValidationException',
            message: "1 validation error detected: Value '[wrong]' at 'createRestApiInput.endpointConfiguration.types' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [PRIVATE, EDGE, REGIONAL]]",
            status: 400,
        });
        assert.deepEqual(await sdkError(create({ endpointConfiguration: { types: ['wrong'], ipAddressType: 'wrong' } })), {
            name: 'ValidationException',
            message: "2 validation errors detected: Value '[wrong]' at 'createRestApiInput.endpointConfiguration.types' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [PRIVATE, EDGE, REGIONAL]]; Value 'wrong' at 'createRestApiInput.endpointConfiguration.ipAddressType' failed to satisfy constraint: Member must satisfy enum value set: [ipv4, dualstack]",
            status: 400,
        });
        assert.deepEqual(await sdkError(create({ endpointConfiguration: { types: ['EDGE', 'REGIONAL'] } })), {
            name: 'BadRequestException',
            message: 'Cannot create an api with multiple Endpoint Types.',
            status: 400,
        });
        for (const [type, ip] of [
            ['EDGE', 'ipv4'],
            ['REGIONAL', 'ipv4'],
            ['PRIVATE', 'dualstack'],
        ]) {
            assert.deepEqual((await create({ endpointConfiguration: { types: [type] } })).endpointConfiguration, {
                types: [type],
                ipAddressType: ip,
            });
        }
        assert.deepEqual(await sdkError(create({ endpointConfiguration: { types: ['PRIVATE'], ipAddressType: 'ipv4' } })), {
            name: 'BadRequestException',
            message: 'Only dualstack ipAddressType is supported for Private APIs.',
            status: 400,
        });
    });
    it('creates the root resource (F54)', async () => {
        const api = await create({});
        const res = await t.client.send(new GetResourcesCommand({ restApiId: api.id }));
        assert.deepEqual(res.items, [{ id: api.rootResourceId, path: '/' }]);
    });
    it('takes the id from the _custom_id_ tag, lower case only', async () => {
        const api = await create({ tags: { _custom_id_: 'mycustomid' } });
        assert.equal(api.id, 'mycustomid');
        assert.equal((await sdkError(create({ tags: { _custom_id_: 'mycustomid' } }))).name, 'ConflictException');
        assert.deepEqual(await sdkError(create({ tags: { _custom_id_: 'UPPER' } })), {
            name: 'BadRequestException',
            message: "The RestApiId 'UPPER' cannot contain uppercase characters",
            status: 400,
        });
    });
    it('clones another API', async () => {
        const src = await create({ binaryMediaTypes: ['image/png'], description: 'src' });
        const clone = await create({ name: 'clone', cloneFrom: src.id });
        assert.notEqual(clone.id, src.id);
        assert.deepEqual(clone.binaryMediaTypes, ['image/png']);
        const res = await t.client.send(new GetResourcesCommand({ restApiId: clone.id }));
        assert.deepEqual(res.items.map((r) => r.path), ['/']);
        assert.equal((await sdkError(create({ cloneFrom: 'nosuchapi1' }))).name, 'NotFoundException');
    });
    it('requires a name, and rejects a wrong JSON type', async () => {
        const noName = await raw(t.app.adminUrl, 'POST', '/restapis', '{}');
        assert.equal(noName.status, 400);
        assert.equal(noName.headers.get('x-amzn-errortype'), 'ValidationException');
        assert.equal(noName.json.Message, "1 validation error detected: Value null at 'createRestApiInput.name' failed to satisfy constraint: Member must not be null");
        const bool = await raw(t.app.adminUrl, 'POST', '/restapis', '{"name": true}');
        assert.equal(bool.status, 400);
        assert.equal(bool.headers.get('x-amzn-errortype'), 'SerializationException');
        assert.equal(bool.json.message, 'class java.lang.Boolean can not be converted to an String');
        const bad = await raw(t.app.adminUrl, 'POST', '/restapis', '{"name": ');
        assert.equal(bad.status, 400);
        assert.equal(bad.headers.get('x-amzn-errortype'), 'SerializationException');
    });
});
describe('GetRestApi', () => {
    it('adds tags:{} and is case-sensitive on ids (F12)', async () => {
        const api = await create({});
        const got = await t.client.send(new GetRestApiCommand({ restApiId: api.id }));
        assert.deepEqual(got.tags, {});
        assert.equal(got.name, 'api');
        assert.deepEqual(await sdkError(t.client.send(new GetRestApiCommand({ restApiId: api.id.toUpperCase() }))), {
            name: 'NotFoundException',
            message: `Invalid API identifier specified ${ACCOUNT}:${api.id.toUpperCase()}`,
            status: 404,
        });
    });
    it('partitions APIs by the region of the request signature', async () => {
        const api = await create({});
        const eu = t.clientFor('eu-west-1');
        assert.equal((await sdkError(eu.send(new GetRestApiCommand({ restApiId: api.id })))).name, 'NotFoundException');
        const euApi = await eu.send(new CreateRestApiCommand({ name: 'eu' }));
        const euList = await eu.send(new GetRestApisCommand({}));
        assert.deepEqual(euList.items.map((a) => a.id), [euApi.id]);
        assert.notEqual(euApi.id, api.id);
    });
});
describe('DeleteRestApi', () => {
    it('answers 202 and the API is gone from the list (F13)', async () => {
        const api = await create({});
        const res = await t.client.send(new DeleteRestApiCommand({ restApiId: api.id }));
        assert.equal(res.$metadata.httpStatusCode, 202);
        const list = await t.client.send(new GetRestApisCommand({ limit: 500 }));
        assert.equal(list.items.some((a) => a.id === api.id), false);
        assert.equal((await sdkError(t.client.send(new GetResourcesCommand({ restApiId: api.id })))).name, 'NotFoundException');
        assert.equal((await sdkError(t.client.send(new DeleteRestApiCommand({ restApiId: api.id })))).status, 404);
    });
});
describe('UpdateRestApi', () => {
    it('answers 404 for an unknown API (F14)', async () => {
        assert.deepEqual(await sdkError(update('api_id', [{ op: 'replace', path: '/apiKeySource', value: 'AUTHORIZER' }])), {
            name: 'NotFoundException',
            message: `Invalid API identifier specified ${ACCOUNT}:api_id`,
            status: 404,
        });
    });
    it('adds, replaces and removes binary media types and the description (F15–F17)', async () => {
        const api = await create({ description: 'd' });
        let res = await update(api.id, [
            { op: 'add', path: '/binaryMediaTypes/image~1png' },
            { op: 'add', path: '/binaryMediaTypes/image~1jpeg' },
        ]);
        assert.deepEqual(res.binaryMediaTypes, ['image/png', 'image/jpeg']);
        assert.deepEqual(res.tags, {});
        res = await update(api.id, [{ op: 'replace', path: '/binaryMediaTypes/image~1png', value: 'image/gif' }]);
        assert.deepEqual(res.binaryMediaTypes, ['image/jpeg', 'image/gif']);
        res = await update(api.id, [
            { op: 'remove', path: '/binaryMediaTypes/image~1gif' },
            { op: 'remove', path: '/description' },
        ]);
        assert.deepEqual(res.binaryMediaTypes, ['image/jpeg']);
        assert.equal('description' in res, false);
    });
    it('treats /binaryMediaTypes/- literally and refuses the bare collection (F18)', async () => {
        const api = await create({});
        assert.deepEqual((await update(api.id, [{ op: 'add', path: '/binaryMediaTypes/-', value: 'image/png' }])).binaryMediaTypes, ['-']);
        for (const op of ['add', 'replace', 'remove']) {
            assert.deepEqual(await sdkError(update(api.id, [{ op, path: '/binaryMediaTypes', value: 'image/png' }])), {
                name: 'BadRequestException',
                message: 'Invalid patch path /binaryMediaTypes',
                status: 400,
            });
        }
    });
    it('sets and clears minimumCompressionSize with replace only (F19)', async () => {
        const api = await create({});
        assert.equal((await update(api.id, [{ op: 'replace', path: '/minimumCompressionSize', value: '10' }])).minimumCompressionSize, 10);
        assert.equal('minimumCompressionSize' in (await update(api.id, [{ op: 'replace', path: '/minimumCompressionSize', value: '' }])), false);
        assert.equal((await update(api.id, [{ op: 'replace', path: '/minimumCompressionSize', value: '0' }])).minimumCompressionSize, 0);
        for (const value of ['-1', 'test']) {
            assert.deepEqual(await sdkError(update(api.id, [{ op: 'replace', path: '/minimumCompressionSize', value }])), {
                name: 'BadRequestException',
                message: 'Invalid minimum compression size, must be between 0 and 10485760',
                status: 400,
            });
        }
        assert.deepEqual(await sdkError(update(api.id, [{ op: 'add', path: '/minimumCompressionSize', value: '10' }])), {
            name: 'BadRequestException',
            message: 'Invalid patch operation specified. Must be one of: [replace]',
            status: 400,
        });
    });
    it('switches endpoint types and address types as AWS does (F20, F21)', async () => {
        const api = await create({});
        const res = await update(api.id, [
            { op: 'replace', path: '/endpointConfiguration/types/EDGE', value: 'REGIONAL' },
            { op: 'replace', path: '/endpointConfiguration/types/0', value: 'PRIVATE' },
        ]);
        assert.deepEqual(res.endpointConfiguration, { ipAddressType: 'dualstack', types: ['PRIVATE'] });
        const cases = [
            [{ op: 'replace', path: '/endpointConfiguration/ipAddressType', value: 'ipv4' }, 'Only dualstack ipAddressType is supported for Private APIs.'],
            [{ op: 'replace', path: '/endpointConfiguration/ipAddressType', value: 'wrong' }, 'ipAddressType must be either ipv4 or dualstack.'],
            [{ op: 'replace', path: '/endpointConfiguration/types/0', value: 'wrong' }, 'Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE'],
            [{ op: 'remove', path: '/endpointConfiguration/ipAddressType' }, 'Invalid patch operation specified. Must be one of: [replace]'],
            [{ op: 'remove', path: '/endpointConfiguration/types/0' }, "Invalid patch operation specified. Must be 'add'|'remove'|'replace'"],
        ];
        for (const [op, message] of cases) {
            assert.deepEqual(await sdkError(update(api.id, [op])), { name: 'BadRequestException', message, status: 400 });
        }
    });
    it('lists every bad op in one ValidationException, 1-based (F22)', async () => {
        const api = await create({});
        const err = await sdkError(update(api.id, [
            { op: 'wrong', path: '/description', value: 'x' },
            { op: 'wrong', path: '/name', value: 'x' },
            { op: 'wrong', path: '/binaryMediaTypes/a~1b' },
        ]));
        const one = (i) => `Value 'wrong' at 'updateRestApiInput.patchOperations.${i}.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]`;
        assert.deepEqual(err, {
            name: 'ValidationException',
            message: `3 validation errors detected: ${one(1)}; ${one(2)}; ${one(3)}`,
            status: 400,
        });
    });
    it('applies all operations or none', async () => {
        const api = await create({ description: 'before' });
        const err = await sdkError(update(api.id, [
            { op: 'replace', path: '/description', value: 'after' },
            { op: 'replace', path: '/minimumCompressionSize', value: 'nope' },
        ]));
        assert.equal(err.status, 400);
        assert.equal((await t.client.send(new GetRestApiCommand({ restApiId: api.id }))).description, 'before');
    });
    it('names the allowed paths for an unknown one', async () => {
        const api = await create({});
        const err = await sdkError(update(api.id, [{ op: 'replace', path: '/id', value: 'x' }]));
        assert.equal(err.name, 'BadRequestException');
        assert.match(err.message, /^Invalid patch path {2}'\/id' specified for op 'replace'\. Must be one of: \[\/name, \/description, /);
    });
    it('updates the name, policy, apiKeySource and disableExecuteApiEndpoint', async () => {
        const api = await create({});
        const res = await update(api.id, [
            { op: 'replace', path: '/name', value: 'renamed' },
            { op: 'replace', path: '/apiKeySource', value: 'AUTHORIZER' },
            { op: 'replace', path: '/disableExecuteApiEndpoint', value: 'true' },
            { op: 'replace', path: '/policy', value: '{"Version":"2012-10-17","Statement":[]}' },
        ]);
        assert.equal(res.name, 'renamed');
        assert.equal(res.apiKeySource, 'AUTHORIZER');
        assert.equal(res.disableExecuteApiEndpoint, true);
        // AWS answers the policy escaped as the inside of a JSON string (see the next test).
        assert.equal(res.policy, '{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[]}');
    });
    it('replaces the endpoint type through the bare /endpointConfiguration/types as through /types/0 (not recorded; moto sends it)', async () => {
        const api = await create({});
        const res = await update(api.id, [{ op: 'replace', path: '/endpointConfiguration/types', value: 'REGIONAL' }]);
        assert.deepEqual(res.endpointConfiguration, { types: ['REGIONAL'], ipAddressType: 'ipv4' });
        assert.deepEqual(await sdkError(update(api.id, [{ op: 'replace', path: '/endpointConfiguration/types', value: 'wrong' }])), {
            name: 'BadRequestException',
            message: 'Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE',
            status: 400,
        });
    });
    it("answers the policy as AWS does: compact, escaped as a JSON string's inside, execute-api:/ expanded (localstack/localstack#3325, terraform-provider-aws)", async () => {
        const pretty = JSON.stringify({
            Version: '2012-10-17',
            Statement: [
                {
                    Effect: 'Allow',
                    Principal: '*',
                    Action: 'execute-api:Invoke',
                    Resource: ['execute-api:/*'],
                    Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
                },
            ],
        }, null, 2);
        const created = await create({ policy: pretty });
        const arn = `arn:aws:execute-api:us-east-1:${ACCOUNT}:${created.id}/*`;
        const expected = JSON.stringify(JSON.stringify({
            Version: '2012-10-17',
            // A list of one resource comes back as that resource (rec: test_apigateway_integrations.py::test_create_execute_api_vpc_endpoint [api-details]).
            Statement: [
                {
                    Effect: 'Allow',
                    Principal: '*',
                    Action: 'execute-api:Invoke',
                    Resource: arn,
                    Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
                },
            ],
        }))
            .slice(1, -1)
            .replace(/\//g, '\\/');
        assert.equal(created.policy, expected);
        assert.ok(created.policy.startsWith('{\\"Version\\":\\"2012-10-17\\",'), created.policy);
        assert.ok(created.policy.includes('10.0.0.0\\/8'), created.policy);
        assert.equal((await t.client.send(new GetRestApiCommand({ restApiId: created.id }))).policy, expected);
        const listed = (await t.client.send(new GetRestApisCommand({ limit: 500 }))).items.find((a) => a.id === created.id);
        assert.equal(listed.policy, expected);
        // Unquoted as terraform-provider-aws does (wrap in quotes, parse as a JSON string): the document again.
        assert.deepEqual(JSON.parse(JSON.parse(`"${expected}"`)).Statement[0].Resource, arn);
        // A text that is no JSON is answered as sent (not recorded).
        assert.equal((await update(created.id, [{ op: 'replace', path: '/policy', value: 'not json' }])).policy, 'not json');
    });
});
//# sourceMappingURL=rest-apis.test.js.map