/**
 * Replays AWS's recorded answers for RestApi operations
 * (test_apigateway_api.py::TestApiGatewayApiRestApi): every expected value below is what AWS answered
 * to the same request; names and ids were normalised by the recording, so they are matched by shape.
 */
import { CreateRestApiCommand, DeleteRestApiCommand, GetRestApiCommand, GetRestApisCommand, UpdateRestApiCommand, } from '@aws-sdk/client-api-gateway';
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
let n = 0;
const uniqueName = () => `test-api-${++n}`;
const create = (input = {}, client = t.client) => client.send(new CreateRestApiCommand({ name: uniqueName(), ...input }));
const update = (restApiId, patchOperations) => t.client.send(new UpdateRestApiCommand({ restApiId, patchOperations }));
/** A RestApi as AWS shows it with every default; `over` sets or adds members. */
function api(name, over = {}) {
    return {
        apiKeySource: 'HEADER',
        createdDate: A.date,
        disableExecuteApiEndpoint: false,
        endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
        id: A.id,
        name: name ?? A.string,
        rootResourceId: A.id,
        ...over,
    };
}
const badRequest = (Message) => ({ Code: 'BadRequestException', Message, HTTPStatusCode: 400 });
const validation = (Message) => ({ Code: 'ValidationException', Message, HTTPStatusCode: 400 });
describe('RestApi (recorded)', () => {
    it(rec('test_apigateway_api.py::TestApiGatewayApiRestApi::test_list_and_delete_apis', 'create-rest-api-1', 'create-rest-api-2', 'get-rest-api-before-delete', 'delete-rest-api', 'get-rest-api-after-delete'), async () => {
        // A region of its own: the listing holds exactly this test's APIs, as the recorded run cleared the account first.
        const client = t.clientFor('eu-west-3');
        const first = await create({ name: 'list-1', description: 'this is my api' }, client);
        assert.equal(first.$metadata.httpStatusCode, 201);
        assertLike(body(first), api('list-1', { description: 'this is my api' }));
        const second = await create({ name: 'list-2', description: 'this is my api2' }, client);
        assert.equal(second.$metadata.httpStatusCode, 201);
        assertLike(body(second), api('list-2', { description: 'this is my api2' }));
        // The recorded test sorts the listing by createdDate; both fall in one second here, so by name too.
        const byCreation = (items = []) => [...items].sort((a, b) => a.createdDate.getTime() - b.createdDate.getTime() || a.name.localeCompare(b.name));
        const before = await client.send(new GetRestApisCommand({}));
        assertLike({ items: byCreation(before.items) }, {
            items: [api('list-1', { id: first.id, description: 'this is my api' }), api('list-2', { id: second.id, description: 'this is my api2' })],
        });
        const deleted = await client.send(new DeleteRestApiCommand({ restApiId: first.id }));
        assert.equal(deleted.$metadata.httpStatusCode, 202);
        assertLike(body(deleted), {});
        const afterDelete = await client.send(new GetRestApisCommand({}));
        assertLike(body(afterDelete), { items: [api('list-2', { id: second.id, description: 'this is my api2' })] });
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRestApi::test_get_api_case_insensitive', 'get-api-upper-case'), async () => {
        const created = await create({ description: 'lower case api' });
        const upper = created.id.toUpperCase();
        assert.deepEqual(await recordedError(t.client.send(new GetRestApiCommand({ restApiId: upper }))), {
            Code: 'NotFoundException',
            Message: `Invalid API identifier specified ${ACCOUNT}:${upper}`,
            HTTPStatusCode: 404,
        });
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRestApi::test_create_rest_api_with_optional_params', 'create-only-name', 'create-empty-desc', 'create-with-version', 'create-with-empty-binary-media', 'string-compression-size'), async () => {
        const onlyName = await create({ name: 'only-name' });
        assert.equal(onlyName.$metadata.httpStatusCode, 201);
        assertLike(body(onlyName), api('only-name'));
        assert.deepEqual(await recordedError(create({ description: '' })), badRequest('Description cannot be an empty string'));
        assertLike(body(await create({ name: 'with-version', version: 'v1' })), api('with-version', { version: 'v1' }));
        assertLike(body(await create({ name: 'empty-media', binaryMediaTypes: [] })), api('empty-media'));
        assert.deepEqual(await recordedError(create({ minimumCompressionSize: -1 })), badRequest('Invalid minimum compression size, must be between 0 and 10485760'));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRestApi::test_create_rest_api_with_binary_media_types', 'create-with-binary-media'), async () => {
        const res = await create({ name: 'binary', binaryMediaTypes: ['image/png'] });
        assert.equal(res.$metadata.httpStatusCode, 201);
        assertLike(body(res), api('binary', { binaryMediaTypes: ['image/png'] }));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRestApi::test_create_rest_api_with_tags', 'create-rest-api-w-tags', 'get-rest-api-w-tags', 'get-rest-apis-w-tags'), async () => {
        const client = t.clientFor('eu-north-1');
        const expected = api('tagged', { description: 'this is my api', tags: { MY_TAG1: 'MY_VALUE1' } });
        const created = await create({ name: 'tagged', description: 'this is my api', tags: { MY_TAG1: 'MY_VALUE1' } }, client);
        assert.equal(created.$metadata.httpStatusCode, 201);
        assertLike(body(created), expected);
        assertLike(body(await client.send(new GetRestApiCommand({ restApiId: created.id }))), expected);
        assertLike(body(await client.send(new GetRestApisCommand({}))), { items: [expected] });
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRestApi::test_update_rest_api_operation_add_remove', 'update-rest-api-add', 'update-rest-api-replace', 'update-rest-api-remove'), async () => {
        const { id } = await create({ name: 'add-remove', description: 'this is my api' });
        // binaryMediaTypes is a list patched like a map: the type is the path's last segment, `/` as `~1`.
        const added = await update(id, [
            { op: 'add', path: '/binaryMediaTypes/image~1png' },
            { op: 'add', path: '/binaryMediaTypes/image~1jpeg' },
        ]);
        assert.equal(added.$metadata.httpStatusCode, 200);
        assertLike(body(added), api('add-remove', { description: 'this is my api', binaryMediaTypes: ['image/png', 'image/jpeg'], tags: {} }));
        const replaced = await update(id, [{ op: 'replace', path: '/binaryMediaTypes/image~1png', value: 'image/gif' }]);
        assertLike(body(replaced), api('add-remove', { description: 'this is my api', binaryMediaTypes: ['image/jpeg', 'image/gif'], tags: {} }));
        const removed = await update(id, [
            { op: 'remove', path: '/binaryMediaTypes/image~1gif' },
            { op: 'remove', path: '/description' },
        ]);
        assertLike(body(removed), api('add-remove', { binaryMediaTypes: ['image/jpeg'], tags: {} }));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRestApi::test_update_rest_api_compression', 'enable-compression', 'disable-compression', 'set-compression-zero', 'set-negative-compression', 'set-string-compression', 'unsupported-operation'), async () => {
        const { id } = await create({ name: 'compression', description: 'this is my api' });
        const expected = (over = {}) => api('compression', { description: 'this is my api', tags: {}, ...over });
        const replace = (value) => update(id, [{ op: 'replace', path: '/minimumCompressionSize', value }]);
        assertLike(body(await replace('10')), expected({ minimumCompressionSize: 10 }));
        assert.equal((await t.client.send(new GetRestApiCommand({ restApiId: id }))).$metadata.httpStatusCode, 200);
        // An empty value disables compression: the member goes away.
        assertLike(body(await replace('')), expected());
        assert.equal((await t.client.send(new GetRestApiCommand({ restApiId: id }))).$metadata.httpStatusCode, 200);
        assertLike(body(await replace('0')), expected({ minimumCompressionSize: 0 }));
        const outOfRange = badRequest('Invalid minimum compression size, must be between 0 and 10485760');
        assert.deepEqual(await recordedError(replace('-1')), outOfRange);
        assert.deepEqual(await recordedError(replace('test')), outOfRange);
        assert.deepEqual(await recordedError(update(id, [{ op: 'add', path: '/minimumCompressionSize', value: '10' }])), badRequest('Invalid patch operation specified. Must be one of: [replace]'));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRestApi::test_update_rest_api_behaviour', 'update-rest-api-array', 'update-rest-api-add-base-path', 'update-rest-api-replace-base-path', 'update-rest-api-remove-base-path'), async () => {
        const { id } = await create({ name: 'behaviour', description: 'this is my api' });
        // `/-` is not JSON Patch's "append" here: the type added is "-", and the value is ignored.
        const appended = await update(id, [{ op: 'add', path: '/binaryMediaTypes/-', value: 'image/png' }]);
        assertLike(body(appended), api('behaviour', { description: 'this is my api', binaryMediaTypes: ['-'], tags: {} }));
        const bare = badRequest('Invalid patch path /binaryMediaTypes');
        assert.deepEqual(await recordedError(update(id, [{ op: 'add', path: '/binaryMediaTypes', value: 'image/gif' }])), bare);
        assert.deepEqual(await recordedError(update(id, [{ op: 'replace', path: '/binaryMediaTypes', value: 'image/gif' }])), bare);
        assert.deepEqual(await recordedError(update(id, [{ op: 'remove', path: '/binaryMediaTypes' }])), bare);
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRestApi::test_update_rest_api_invalid_api_id', 'not-found-update-rest-api'), async () => {
        assert.deepEqual(await recordedError(update('api_id', [{ op: 'replace', path: '/apiKeySource', value: 'AUTHORIZER' }])), {
            Code: 'NotFoundException',
            Message: `Invalid API identifier specified ${ACCOUNT}:api_id`,
            HTTPStatusCode: 404,
        });
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRestApi::test_update_rest_api_concatenation_of_errors', 'update-rest-api-wrong-operations-on-ipAddressType', 'update-rest-api-wrong-operations-on-type', 'update-rest-api-wrong-operations-on-type-and-on-ip-address-type'), async () => {
        const { id } = await create();
        const badOp = (i) => `Value 'wrong' at 'updateRestApiInput.patchOperations.${i}.member.op' failed to satisfy constraint: ` +
            'Member must satisfy enum value set: [add, remove, move, test, replace, copy]';
        const wrong = (path, value) => ({ op: 'wrong', path, value });
        assert.deepEqual(await recordedError(update(id, [wrong('/endpointConfiguration/ipAddressType', 'dualstack'), wrong('/endpointConfiguration/ipAddressType', 'dualstack')])), validation(`2 validation errors detected: ${badOp(1)}; ${badOp(2)}`));
        assert.deepEqual(await recordedError(update(id, [wrong('/endpointConfiguration/types/0', 'EDGE'), wrong('/endpointConfiguration/types/0', 'EDGE')])), validation(`2 validation errors detected: ${badOp(1)}; ${badOp(2)}`));
        assert.deepEqual(await recordedError(update(id, [
            wrong('/endpointConfiguration/ipAddressType', 'dualstack'),
            wrong('/endpointConfiguration/types/0', 'EDGE'),
            wrong('/binaryMediaTypes', 'image/gif'),
        ])), validation(`3 validation errors detected: ${badOp(1)}; ${badOp(2)}; ${badOp(3)}`));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRestApi::test_update_rest_api_ip_address_type', 'update-rest-api-replace-type', 'update-rest-api-replace-to-ipv4-within-private-type', 'update-rest-api-wrong-ipAddressType', 'update-rest-api-wrong-type', 'update-rest-api-invalid-operation-on-ipAddressType', 'update-rest-api-invalid-operation-on-type', 'update-rest-api-replace-ip-address-type'), async () => {
        const { id, name } = await create();
        const privateApi = api(name, { endpointConfiguration: { ipAddressType: 'dualstack', types: ['PRIVATE'] }, tags: {} });
        // Three replaces of one type in one call: the last wins, and PRIVATE brings dualstack with it.
        const replaced = await update(id, [
            { op: 'replace', path: '/endpointConfiguration/types/0', value: 'EDGE' },
            { op: 'replace', path: '/endpointConfiguration/types/0', value: 'REGIONAL' },
            { op: 'replace', path: '/endpointConfiguration/types/0', value: 'PRIVATE' },
        ]);
        assertLike(body(replaced), privateApi);
        assert.deepEqual(await recordedError(update(id, [{ op: 'replace', path: '/endpointConfiguration/ipAddressType', value: 'ipv4' }])), badRequest('Only dualstack ipAddressType is supported for Private APIs.'));
        assert.deepEqual(await recordedError(update(id, [{ op: 'replace', path: '/endpointConfiguration/ipAddressType', value: 'wrong' }])), badRequest('ipAddressType must be either ipv4 or dualstack.'));
        assert.deepEqual(await recordedError(update(id, [{ op: 'replace', path: '/endpointConfiguration/types/0', value: 'wrong' }])), badRequest('Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE'));
        assert.deepEqual(await recordedError(update(id, [{ op: 'remove', path: '/endpointConfiguration/ipAddressType', value: 'dualstack' }])), badRequest('Invalid patch operation specified. Must be one of: [replace]'));
        assert.deepEqual(await recordedError(update(id, [{ op: 'remove', path: '/endpointConfiguration/types/0', value: 'EDGE' }])), badRequest("Invalid patch operation specified. Must be 'add'|'remove'|'replace'"));
        assertLike(body(await update(id, [{ op: 'replace', path: '/endpointConfiguration/ipAddressType', value: 'dualstack' }])), privateApi);
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRestApi::test_create_rest_api_with_endpoint_configuration', 'create-with-empty-types', 'create-with-invalid-ip-address-type', 'create-with-invalid-types', 'create-with-invalid-ip-address-type-and-types', 'create-with-invalid-types-and-ip-address-type', 'create-with-multiple-errors-1', 'create-with-multiple-errors-2', 'create-with-two-types', 'create-with-endpoint-config-dualstack', 'create-with-endpoint-config-regional'), async () => {
        const badTypes = "Value '[wrong]' at 'createRestApiInput.endpointConfiguration.types' failed to satisfy constraint: " +
            'Member must satisfy constraint: [Member must satisfy enum value set: [PRIVATE, EDGE, REGIONAL]]';
        const badIp = "Value 'wrong' at 'createRestApiInput.endpointConfiguration.ipAddressType' failed to satisfy constraint: " +
            'Member must satisfy enum value set: [ipv4, dualstack]';
        const both = validation(`2 validation errors detected: ${badTypes}; ${badIp}`);
        assert.deepEqual(await recordedError(create({ endpointConfiguration: { types: [] } })), badRequest('REGIONAL Configuration and EDGE Configuration cannot be both DISABLED.'));
        assert.deepEqual(await recordedError(create({ endpointConfiguration: { ipAddressType: 'wrong', types: ['EDGE'] } })), validation(`1 validation error detected: ${badIp}`));
        assert.deepEqual(await recordedError(create({ endpointConfiguration: { ipAddressType: 'ipv4', types: ['wrong'] } })), validation(`1 validation error detected: ${badTypes}`));
        // The order of the errors is the model's member order, not the request's.
        assert.deepEqual(await recordedError(create({ endpointConfiguration: { ipAddressType: 'wrong', types: ['wrong'] } })), both);
        assert.deepEqual(await recordedError(create({ endpointConfiguration: { types: ['wrong'], ipAddressType: 'wrong' } })), both);
        // Validation errors come before the service's own checks (empty description, compression size).
        assert.deepEqual(await recordedError(create({
            description: '',
            minimumCompressionSize: -1,
            endpointConfiguration: { ipAddressType: 'wrong', types: ['wrong'] },
        })), both);
        assert.deepEqual(await recordedError(create({
            description: '',
            minimumCompressionSize: -1,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
        })), badRequest('Description cannot be an empty string'));
        assert.deepEqual(await recordedError(create({ endpointConfiguration: { types: ['EDGE', 'REGIONAL'] } })), badRequest('Cannot create an api with multiple Endpoint Types.'));
        const dual = await create({ name: 'dualstack', endpointConfiguration: { ipAddressType: 'dualstack', types: ['EDGE'] } });
        assert.equal(dual.$metadata.httpStatusCode, 201);
        assertLike(body(dual), api('dualstack', { endpointConfiguration: { ipAddressType: 'dualstack', types: ['EDGE'] } }));
        const regional = await create({ name: 'regional', endpointConfiguration: { ipAddressType: 'ipv4', types: ['REGIONAL'] } });
        assertLike(body(regional), api('regional', { endpointConfiguration: { ipAddressType: 'ipv4', types: ['REGIONAL'] } }));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRestApi::test_create_rest_api_private_type', 'create-with-private-type-and-ipv4-ip-address-type', 'create-with-private-type-and-wrong-ip-address-type', 'create-with-private-type-and-ipv4-ip-address-type-and-empty-description'), async () => {
        assert.deepEqual(await recordedError(create({ endpointConfiguration: { ipAddressType: 'ipv4', types: ['PRIVATE'] } })), badRequest('Only dualstack ipAddressType is supported for Private APIs.'));
        assert.deepEqual(await recordedError(create({ endpointConfiguration: { ipAddressType: 'wrong', types: ['PRIVATE'] } })), validation("1 validation error detected: Value 'wrong' at 'createRestApiInput.endpointConfiguration.ipAddressType' " +
            'failed to satisfy constraint: Member must satisfy enum value set: [ipv4, dualstack]'));
        assert.deepEqual(await recordedError(create({ description: '', endpointConfiguration: { ipAddressType: 'ipv4', types: ['PRIVATE'] } })), badRequest('Description cannot be an empty string'));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRestApi::test_create_rest_api_verify_defaults', 'create-with-edge-default', 'create-with-regional-default', 'create-with-private-default', 'create-with-empty-default', 'create-with-empty-ip-address-type-and-wrong-type'), async () => {
        const withTypes = (name, type) => create({ name, endpointConfiguration: { types: [type] } });
        assertLike(body(await withTypes('edge', 'EDGE')), api('edge'));
        assertLike(body(await withTypes('regional', 'REGIONAL')), api('regional', { endpointConfiguration: { ipAddressType: 'ipv4', types: ['REGIONAL'] } }));
        assertLike(body(await withTypes('private', 'PRIVATE')), api('private', { endpointConfiguration: { ipAddressType: 'dualstack', types: ['PRIVATE'] } }));
        assertLike(body(await create({ name: 'plain' })), api('plain'));
        assert.deepEqual(await recordedError(create({ description: '', endpointConfiguration: { types: ['wrong'] } })), validation("1 validation error detected: Value '[wrong]' at 'createRestApiInput.endpointConfiguration.types' failed to satisfy " +
            'constraint: Member must satisfy constraint: [Member must satisfy enum value set: [PRIVATE, EDGE, REGIONAL]]'));
    });
});
//# sourceMappingURL=api-rest-apis.test.js.map