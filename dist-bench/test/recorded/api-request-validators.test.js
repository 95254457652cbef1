/**
 * Replays test_apigateway_api.py::TestApiGatewayApiRequestValidator: the request validators' lifecycle
 * and AWS's refusals (unknown API or validator, unsupported patch operations, a blank name).
 */
import { CreateRequestValidatorCommand, CreateRestApiCommand, DeleteRequestValidatorCommand, GetRequestValidatorCommand, GetRequestValidatorsCommand, UpdateRequestValidatorCommand, } from '@aws-sdk/client-api-gateway';
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
const notFound = (Message) => ({ Code: 'NotFoundException', Message, HTTPStatusCode: 404 });
const badRequest = (Message) => ({ Code: 'BadRequestException', Message, HTTPStatusCode: 400 });
const NO_VALIDATOR = notFound('Invalid Request Validator identifier specified');
/** [create-rest-api]: what CreateRestApi answered for a name and a description. */
async function createApi() {
    const api = await t.client.send(new CreateRestApiCommand({ name: 'test-api-validators', description: 'my api' }));
    assert.equal(api.$metadata.httpStatusCode, 201);
    assertLike(body(api), {
        apiKeySource: 'HEADER',
        createdDate: A.date,
        description: 'my api',
        disableExecuteApiEndpoint: false,
        endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
        id: A.id,
        name: 'test-api-validators',
        rootResourceId: A.id,
    });
    return api.id;
}
/** [create-request-validator]: a name only; both flags default to false. */
async function createValidator(restApiId) {
    const v = await t.client.send(new CreateRequestValidatorCommand({ restApiId, name: 'test-validator-1' }));
    assert.equal(v.$metadata.httpStatusCode, 201);
    assertLike(body(v), { id: A.shortId, name: 'test-validator-1', validateRequestBody: false, validateRequestParameters: false });
    return v.id;
}
describe('TestApiGatewayApiRequestValidator', () => {
    it(rec('test_apigateway_api.py::TestApiGatewayApiRequestValidator::test_validators_crud_no_api', 'wrong-rest-api-id-create-validator', 'wrong-rest-api-id-get-validators'), async () => {
        // Create answers 400 with its own text; the list answers 404 naming the account.
        assert.deepEqual(await recordedError(t.client.send(new CreateRequestValidatorCommand({
            restApiId: 'test-fake-rest-id',
            name: 'test-validator',
            validateRequestBody: true,
            validateRequestParameters: false,
        }))), badRequest('Invalid REST API identifier specified'));
        assert.deepEqual(await recordedError(t.client.send(new GetRequestValidatorsCommand({ restApiId: 'test-fake-rest-id' }))), notFound(`Invalid API identifier specified ${ACCOUNT}:test-fake-rest-id`));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRequestValidator::test_request_validator_lifecycle', 'create-rest-api', 'create-request-validator', 'get-request-validator', 'get-request-validators', 'update-request-validator-with-value', 'update-request-validator-without-value', 'get-request-validators-after-update-operation', 'delete-request-validator', 'get-deleted-request-validator', 'get-request-validators-after-delete'), async () => {
        const restApiId = await createApi();
        const id = await createValidator(restApiId);
        const expected = (validateRequestBody) => ({
            id,
            name: 'test-validator-1',
            validateRequestBody,
            validateRequestParameters: false,
        });
        const got = await t.client.send(new GetRequestValidatorCommand({ restApiId, requestValidatorId: id }));
        assert.equal(got.$metadata.httpStatusCode, 200);
        assertLike(body(got), expected(false));
        assertLike(body(await t.client.send(new GetRequestValidatorsCommand({ restApiId }))), { items: [expected(false)] });
        const patch = (patchOperations) => t.client.send(new UpdateRequestValidatorCommand({ restApiId, requestValidatorId: id, patchOperations }));
        const withValue = await patch([{ op: 'replace', path: '/validateRequestBody', value: 'true' }]);
        assert.equal(withValue.$metadata.httpStatusCode, 200);
        assertLike(body(withValue), expected(true));
        // A replace without a value sets the flag back to false.
        assertLike(body(await patch([{ op: 'replace', path: '/validateRequestBody' }])), expected(false));
        assertLike(body(await t.client.send(new GetRequestValidatorCommand({ restApiId, requestValidatorId: id }))), expected(false));
        const del = await t.client.send(new DeleteRequestValidatorCommand({ restApiId, requestValidatorId: id }));
        assert.equal(del.$metadata.httpStatusCode, 202);
        assertLike(body(del), {});
        assert.deepEqual(await recordedError(t.client.send(new GetRequestValidatorCommand({ restApiId, requestValidatorId: id }))), NO_VALIDATOR);
        assertLike(body(await t.client.send(new GetRequestValidatorsCommand({ restApiId }))), { items: [] });
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRequestValidator::test_invalid_get_request_validator', 'get-request-validators-invalid-api-id', 'get-request-validators-invalid-validator-id'), async () => {
        const restApiId = (await t.client.send(new CreateRestApiCommand({ name: 'test-api-validators', description: 'my api' }))).id;
        const id = (await t.client.send(new CreateRequestValidatorCommand({ restApiId, name: 'test-validator-2' }))).id;
        // An unknown API gets the validator's text, not the API's.
        assert.deepEqual(await recordedError(t.client.send(new GetRequestValidatorCommand({ restApiId: 'api_id', requestValidatorId: id }))), NO_VALIDATOR);
        assert.deepEqual(await recordedError(t.client.send(new GetRequestValidatorCommand({ restApiId, requestValidatorId: 'validator_id' }))), NO_VALIDATOR);
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRequestValidator::test_invalid_get_request_validators', 'get-invalid-request-validators'), async () => {
        assert.deepEqual(await recordedError(t.client.send(new GetRequestValidatorsCommand({ restApiId: 'api_id' }))), notFound(`Invalid API identifier specified ${ACCOUNT}:api_id`));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRequestValidator::test_invalid_delete_request_validator', 'delete-request-validator-invalid-api-id', 'delete-request-validator-invalid-validator-id'), async () => {
        const restApiId = (await t.client.send(new CreateRestApiCommand({ name: 'test-api-validators', description: 'my api' }))).id;
        const id = (await t.client.send(new CreateRequestValidatorCommand({ restApiId, name: 'test-validator-3' }))).id;
        assert.deepEqual(await recordedError(t.client.send(new DeleteRequestValidatorCommand({ restApiId: 'api_id', requestValidatorId: id }))), NO_VALIDATOR);
        assert.deepEqual(await recordedError(t.client.send(new DeleteRequestValidatorCommand({ restApiId, requestValidatorId: 'validator_id' }))), NO_VALIDATOR);
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRequestValidator::test_create_request_validator_invalid_api_id', 'invalid-create-request-validator'), async () => {
        assert.deepEqual(await recordedError(t.client.send(new CreateRequestValidatorCommand({ restApiId: 'api_id', name: 'test-validator-4' }))), badRequest('Invalid REST API identifier specified'));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiRequestValidator::test_invalid_update_request_validator_operations', 'create-rest-api', 'create-request-validator', 'update-request-validator-invalid-add-operation', 'update-request-validator-invalid-remove-operation', 'update-request-validator-invalid-path', 'update-request-validator-empty-name-value'), async () => {
        const restApiId = await createApi();
        const id = await createValidator(restApiId);
        const patch = (patchOperations) => t.client.send(new UpdateRequestValidatorCommand({ restApiId, requestValidatorId: id, patchOperations }));
        assert.deepEqual(await recordedError(patch([{ op: 'add', path: '/validateRequestBody', value: 'true' }])), badRequest("Invalid patch path  '/validateRequestBody' specified for op 'add'. Please choose supported operations"));
        assert.deepEqual(await recordedError(patch([{ op: 'remove', path: '/validateRequestBody', value: 'true' }])), badRequest("Invalid patch path  '/validateRequestBody' specified for op 'remove'. Please choose supported operations"));
        assert.deepEqual(await recordedError(patch([{ op: 'replace', path: '/invalidPath', value: 'true' }])), badRequest("Invalid patch path  '/invalidPath' specified for op 'replace'. Must be one of: [/name, /validateRequestParameters, /validateRequestBody]"));
        assert.deepEqual(await recordedError(patch([{ op: 'replace', path: '/name' }])), badRequest('Request Validator name cannot be blank'));
    });
});
//# sourceMappingURL=api-request-validators.test.js.map