/**
 * Request validators through the AWS SDK, and methods that use them. Expected values are AWS's
 * recorded answers (peer-localstack F62; LS-snap test_apigateway_api TestApiGatewayApiRequestValidator).
 */
import { CreateRequestValidatorCommand, CreateRestApiCommand, DeleteRequestValidatorCommand, GetMethodCommand, GetRequestValidatorCommand, GetRequestValidatorsCommand, PutMethodCommand, UpdateMethodCommand, UpdateRequestValidatorCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACCOUNT, sdkError, startTollgate } from '../../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
async function newApi() {
    const api = await t.client.send(new CreateRestApiCommand({ name: 'validators' }));
    return { restApiId: api.id, rootId: api.rootResourceId };
}
const create = (restApiId, input = { name: 'v' }) => t.client.send(new CreateRequestValidatorCommand({ restApiId, ...input }));
const update = (restApiId, requestValidatorId, patchOperations) => t.client.send(new UpdateRequestValidatorCommand({ restApiId, requestValidatorId, patchOperations }));
const NOT_FOUND = { name: 'NotFoundException', message: 'Invalid Request Validator identifier specified', status: 404 };
const bad = (message) => ({ name: 'BadRequestException', message, status: 400 });
const body = (r) => {
    const { $metadata: _m, ...rest } = r;
    return rest;
};
describe('CreateRequestValidator', () => {
    it('defaults both flags to false and answers 201 (F62)', async () => {
        const { restApiId } = await newApi();
        const v = await create(restApiId, { name: 'my-validator' });
        assert.equal(v.$metadata.httpStatusCode, 201);
        assert.match(v.id, /^[a-z0-9]{6}$/);
        assert.deepEqual(body(v), { id: v.id, name: 'my-validator', validateRequestBody: false, validateRequestParameters: false });
        const both = await create(restApiId, { name: 'both', validateRequestBody: true, validateRequestParameters: true });
        assert.deepEqual([both.validateRequestBody, both.validateRequestParameters], [true, true]);
    });
    it('answers 400 for an unknown API where GetRequestValidators answers 404 (F62)', async () => {
        assert.deepEqual(await sdkError(create('test-fake-rest-id')), bad('Invalid REST API identifier specified'));
        assert.deepEqual(await sdkError(t.client.send(new GetRequestValidatorsCommand({ restApiId: 'test-fake-rest-id' }))), {
            name: 'NotFoundException',
            message: `Invalid API identifier specified ${ACCOUNT}:test-fake-rest-id`,
            status: 404,
        });
    });
    it('refuses a blank name', async () => {
        const { restApiId } = await newApi();
        assert.deepEqual(await sdkError(create(restApiId, { name: '' })), bad('Request Validator name cannot be blank'));
    });
});
describe('GetRequestValidator / GetRequestValidators', () => {
    it('gets and lists; unknown API or id answer 404 (LS-snap test_invalid_get_request_validator)', async () => {
        const { restApiId } = await newApi();
        const v = await create(restApiId);
        assert.deepEqual(body(await t.client.send(new GetRequestValidatorCommand({ restApiId, requestValidatorId: v.id }))), body(v));
        assert.deepEqual(await sdkError(t.client.send(new GetRequestValidatorCommand({ restApiId, requestValidatorId: 'nope12' }))), NOT_FOUND);
        assert.deepEqual(await sdkError(t.client.send(new GetRequestValidatorCommand({ restApiId: 'nope123456', requestValidatorId: v.id }))), NOT_FOUND);
        const w = await create(restApiId, { name: 'w' });
        const all = await t.client.send(new GetRequestValidatorsCommand({ restApiId }));
        assert.deepEqual(all.items.map((x) => x.id), [v.id, w.id]);
        const p1 = await t.client.send(new GetRequestValidatorsCommand({ restApiId, limit: 1 }));
        assert.deepEqual(p1.items.map((x) => x.id), [v.id]);
        const p2 = await t.client.send(new GetRequestValidatorsCommand({ restApiId, limit: 1, position: p1.position }));
        assert.deepEqual(p2.items.map((x) => x.id), [w.id]);
        assert.equal(p2.position, undefined);
    });
});
describe('UpdateRequestValidator', () => {
    it('replaces the flags; no value means false (LS-snap test_request_validator_lifecycle)', async () => {
        const { restApiId } = await newApi();
        const v = await create(restApiId);
        let up = await update(restApiId, v.id, [{ op: 'replace', path: '/validateRequestBody', value: 'true' }]);
        assert.deepEqual(body(up), { id: v.id, name: 'v', validateRequestBody: true, validateRequestParameters: false });
        up = await update(restApiId, v.id, [{ op: 'replace', path: '/validateRequestBody' }]);
        assert.equal(up.validateRequestBody, false);
        up = await update(restApiId, v.id, [
            { op: 'replace', path: '/validateRequestParameters', value: 'TRUE' },
            { op: 'replace', path: '/name', value: 'renamed' },
        ]);
        assert.deepEqual([up.name, up.validateRequestParameters], ['renamed', true]);
        assert.equal((await t.client.send(new GetRequestValidatorCommand({ restApiId, requestValidatorId: v.id }))).name, 'renamed');
    });
    it('answers the recorded texts (LS-snap test_invalid_update_request_validator_operations)', async () => {
        const { restApiId } = await newApi();
        const v = await create(restApiId);
        assert.deepEqual(await sdkError(update(restApiId, v.id, [{ op: 'add', path: '/validateRequestBody', value: 'true' }])), bad("Invalid patch path  '/validateRequestBody' specified for op 'add'. Please choose supported operations"));
        assert.deepEqual(await sdkError(update(restApiId, v.id, [{ op: 'remove', path: '/validateRequestBody' }])), bad("Invalid patch path  '/validateRequestBody' specified for op 'remove'. Please choose supported operations"));
        assert.deepEqual(await sdkError(update(restApiId, v.id, [{ op: 'replace', path: '/invalidPath', value: 'x' }])), bad("Invalid patch path  '/invalidPath' specified for op 'replace'. Must be one of: [/name, /validateRequestParameters, /validateRequestBody]"));
        assert.deepEqual(await sdkError(update(restApiId, v.id, [{ op: 'replace', path: '/name', value: '' }])), bad('Request Validator name cannot be blank'));
        assert.deepEqual(await sdkError(update(restApiId, 'nope12', [])), NOT_FOUND);
    });
});
describe('DeleteRequestValidator', () => {
    it('deletes (202); unknown API or id answer 404 (LS-snap test_invalid_delete_request_validator)', async () => {
        const { restApiId } = await newApi();
        const v = await create(restApiId);
        const del = (api, id) => t.client.send(new DeleteRequestValidatorCommand({ restApiId: api, requestValidatorId: id }));
        assert.deepEqual(await sdkError(del('nope123456', v.id)), NOT_FOUND);
        assert.equal((await del(restApiId, v.id)).$metadata.httpStatusCode, 202);
        assert.deepEqual(await sdkError(t.client.send(new GetRequestValidatorCommand({ restApiId, requestValidatorId: v.id }))), NOT_FOUND);
        assert.deepEqual((await t.client.send(new GetRequestValidatorsCommand({ restApiId }))).items, []);
        assert.deepEqual(await sdkError(del(restApiId, v.id)), NOT_FOUND);
    });
    it('refuses while a method uses it (Terraform retries on the ConflictException)', async () => {
        const { restApiId, rootId } = await newApi();
        const v = await create(restApiId, { name: 'body-only', validateRequestBody: true });
        await t.client.send(new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'POST', authorizationType: 'NONE', requestValidatorId: v.id }));
        const del = () => t.client.send(new DeleteRequestValidatorCommand({ restApiId, requestValidatorId: v.id }));
        assert.deepEqual(await sdkError(del()), {
            name: 'ConflictException',
            message: "Cannot delete request validator 'body-only', is referenced in method: POST//",
            status: 409,
        });
        // An empty validator id on the method releases it.
        await t.client.send(new UpdateMethodCommand({
            restApiId,
            resourceId: rootId,
            httpMethod: 'POST',
            patchOperations: [{ op: 'replace', path: '/requestValidatorId', value: '' }],
        }));
        assert.equal((await del()).$metadata.httpStatusCode, 202);
    });
});
describe('methods with a request validator', () => {
    it('PutMethod and UpdateMethod accept a validator of the API (F59 counterpart)', async () => {
        const { restApiId, rootId } = await newApi();
        const a = await create(restApiId, { name: 'a', validateRequestParameters: true });
        const b = await create(restApiId, { name: 'b', validateRequestBody: true });
        const m = await t.client.send(new PutMethodCommand({
            restApiId,
            resourceId: rootId,
            httpMethod: 'GET',
            authorizationType: 'NONE',
            requestValidatorId: a.id,
            requestParameters: { 'method.request.querystring.q': true },
        }));
        assert.equal(m.$metadata.httpStatusCode, 201);
        assert.deepEqual(body(m), {
            apiKeyRequired: false,
            authorizationType: 'NONE',
            httpMethod: 'GET',
            requestValidatorId: a.id,
            requestParameters: { 'method.request.querystring.q': true },
        });
        const up = await t.client.send(new UpdateMethodCommand({
            restApiId,
            resourceId: rootId,
            httpMethod: 'GET',
            patchOperations: [{ op: 'replace', path: '/requestValidatorId', value: b.id }],
        }));
        assert.equal(up.requestValidatorId, b.id);
        assert.equal((await t.client.send(new GetMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'GET' }))).requestValidatorId, b.id);
        // A validator of another API is not one of this API's.
        const other = await newApi();
        const foreign = await create(other.restApiId);
        assert.deepEqual(await sdkError(t.client.send(new UpdateMethodCommand({
            restApiId,
            resourceId: rootId,
            httpMethod: 'GET',
            patchOperations: [{ op: 'replace', path: '/requestValidatorId', value: foreign.id }],
        }))), bad('Invalid Request Validator identifier specified'));
    });
});
//# sourceMappingURL=request-validators.test.js.map