/**
 * Replays test_apigateway_api.py::TestApigatewayMethodResponse: PutMethodResponse / GetMethodResponse /
 * UpdateMethodResponse / DeleteMethodResponse and their validation.
 */
import { CreateRestApiCommand, DeleteMethodResponseCommand, GetMethodCommand, GetMethodResponseCommand, PutIntegrationCommand, PutMethodCommand, PutMethodResponseCommand, UpdateMethodResponseCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { A, assertLike, body, rec, recordedError } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
const err = (Code, Message, HTTPStatusCode) => ({ Code, Message, HTTPStatusCode });
/** The recorded tests' setup: GET on the root with a MOCK integration and (unless told) a 200 method response. */
async function setup(response) {
    const api = await t.client.send(new CreateRestApiCommand({ name: `test-api-${Date.now()}` }));
    const a = { restApiId: api.id, resourceId: api.rootResourceId };
    await t.client.send(new PutMethodCommand({ ...a, httpMethod: 'GET', authorizationType: 'NONE' }));
    await t.client.send(new PutIntegrationCommand({ ...a, httpMethod: 'GET', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
    if (response !== null) {
        await t.client.send(new PutMethodResponseCommand({
            ...a,
            httpMethod: 'GET',
            statusCode: '200',
            responseParameters: { 'method.response.header.my-header': false },
            responseModels: { 'application/json': 'Empty' },
            ...response,
        }));
    }
    return a;
}
const update = (a, patchOperations, over = {}) => t.client.send(new UpdateMethodResponseCommand({ ...a, httpMethod: 'GET', statusCode: '200', patchOperations, ...over }));
const badOp = (i) => `Value 'wrong_op' at 'updateMethodResponseInput.patchOperations.${i}.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]`;
const wrongOp = (path, value) => ({ op: 'wrong_op', path, value });
const HEADER = '/responseParameters/method.response.header.my-header';
const JSON_MODEL = '/responseModels/application~1json';
const full = {
    responseModels: { 'application/json': 'Empty' },
    responseParameters: { 'method.response.header.my-header': true },
    statusCode: '200',
};
describe('TestApigatewayMethodResponse', () => {
    it(rec('test_apigateway_api.py::TestApigatewayMethodResponse::test_lifecycle_method_response', 'put-method-response', 'get-integration-response', 'add-method-responses', 'update-method-responses', 'get-method', 'delete-method-response'), async () => {
        const a = await setup(null);
        // Empty maps given to PutMethodResponse are kept, and shown.
        const put = await t.client.send(new PutMethodResponseCommand({ ...a, httpMethod: 'GET', statusCode: '200', responseParameters: {}, responseModels: {} }));
        assert.equal(put.$metadata.httpStatusCode, 201);
        assertLike(body(put), { responseModels: {}, responseParameters: {}, statusCode: '200' });
        const get = await t.client.send(new GetMethodResponseCommand({ ...a, httpMethod: 'GET', statusCode: '200' }));
        assert.equal(get.$metadata.httpStatusCode, 200);
        assertLike(body(get), { responseModels: {}, responseParameters: {}, statusCode: '200' });
        const added = await update(a, [
            { op: 'add', path: HEADER, value: 'true' },
            { op: 'add', path: JSON_MODEL, value: 'Empty' },
        ]);
        assert.equal(added.$metadata.httpStatusCode, 201);
        assertLike(body(added), full);
        const replaced = await update(a, [
            { op: 'replace', path: HEADER, value: 'true' },
            { op: 'replace', path: JSON_MODEL, value: 'Empty' },
        ]);
        assert.equal(replaced.$metadata.httpStatusCode, 201);
        assertLike(body(replaced), full);
        const method = await t.client.send(new GetMethodCommand({ ...a, httpMethod: 'GET' }));
        assertLike(body(method), {
            apiKeyRequired: false,
            authorizationType: 'NONE',
            httpMethod: 'GET',
            methodIntegration: {
                cacheKeyParameters: [],
                cacheNamespace: A.id,
                passthroughBehavior: 'WHEN_NO_MATCH',
                requestTemplates: { 'application/json': '{"statusCode": 200}' },
                timeoutInMillis: 29000,
                type: 'MOCK',
            },
            methodResponses: { 200: full },
        });
        const del = await t.client.send(new DeleteMethodResponseCommand({ ...a, httpMethod: 'GET', statusCode: '200' }));
        assert.equal(del.$metadata.httpStatusCode, 204);
        assertLike(body(del), {});
    });
    it(rec('test_apigateway_api.py::TestApigatewayMethodResponse::test_update_method_response', 'remove-update-method-response', 'add-update-method-response'), async () => {
        const a = await setup();
        const removed = await update(a, [
            { op: 'remove', path: HEADER, value: 'true' },
            { op: 'remove', path: JSON_MODEL, value: 'Empty' },
        ]);
        assert.equal(removed.$metadata.httpStatusCode, 201);
        assertLike(body(removed), { statusCode: '200' });
        const added = await update(a, [
            { op: 'add', path: HEADER, value: 'true' },
            { op: 'add', path: JSON_MODEL, value: 'Empty' },
        ]);
        assert.equal(added.$metadata.httpStatusCode, 201);
        assertLike(body(added), full);
    });
    it(rec('test_apigateway_api.py::TestApigatewayMethodResponse::test_update_method_response_wrong_operations', 'update-method-response-wrong-operation-1', 'update-method-response-wrong-operation-2', 'update-method-response-wrong-operation-3', 'update-method-response-wrong-operation-4', 'update-method-response-wrong-operation-5'), async () => {
        const a = await setup();
        const errors = (...i) => err('ValidationException', `${i.length} validation error${i.length === 1 ? '' : 's'} detected: ${i.map(badOp).join('; ')}`, 400);
        assert.deepEqual(await recordedError(update(a, [wrongOp(HEADER, 'true')])), errors(1));
        assert.deepEqual(await recordedError(update(a, [wrongOp(JSON_MODEL, 'Empty')])), errors(1));
        assert.deepEqual(await recordedError(update(a, [wrongOp(HEADER, 'true'), wrongOp(JSON_MODEL, 'Empty')])), errors(1, 2));
        assert.deepEqual(await recordedError(update(a, [wrongOp(HEADER, 'true'), wrongOp(JSON_MODEL, 'Empty'), wrongOp(HEADER, 'true'), wrongOp(JSON_MODEL, 'Empty')])), errors(1, 2, 3, 4));
        assert.deepEqual(await recordedError(update(a, [wrongOp(HEADER, 'true'), { op: 'remove', path: JSON_MODEL, value: 'Empty' }, wrongOp(JSON_MODEL, 'Empty')])), errors(1, 3));
    });
    it(rec('test_apigateway_api.py::TestApigatewayMethodResponse::test_update_method_response_negative_tests', 'update-method-response-wrong-statuscode', 'update-method-response-invalid-statuscode', 'update-method-response-invalid-statuscode-and-wrong-op', 'update-method-response-wrong-resource', 'update-method-response-wrong-method'), async () => {
        const a = await setup();
        const replace = { op: 'replace', path: HEADER, value: 'true' };
        assert.deepEqual(await recordedError(update(a, [replace], { statusCode: '201' })), err('NotFoundException', 'Invalid Response status code specified', 404));
        const badStatus = "Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d";
        assert.deepEqual(await recordedError(update(a, [replace], { statusCode: 'wrong' })), err('ValidationException', `1 validation error detected: ${badStatus}`, 400));
        // The body's violations come before the path's.
        assert.deepEqual(await recordedError(update(a, [wrongOp(HEADER, 'true')], { statusCode: 'wrong' })), err('ValidationException', `2 validation errors detected: ${badOp(1)}; ${badStatus}`, 400));
        assert.deepEqual(await recordedError(update(a, [replace], { resourceId: 'wrong' })), err('NotFoundException', 'Invalid Resource identifier specified', 404));
        assert.deepEqual(await recordedError(update(a, [replace], { httpMethod: 'POST' })), err('NotFoundException', 'Invalid Method identifier specified', 404));
    });
    it(rec('test_apigateway_api.py::TestApigatewayMethodResponse::test_update_method_lack_response_parameters_and_models', 'update-method-response-operation-without-response-parameters', 'update-method-response-operation-without-response-models', 'update-method-response-operation-with-wrong-path'), async () => {
        const a = await setup({ responseParameters: undefined, responseModels: undefined });
        assert.deepEqual(await recordedError(update(a, [{ op: 'remove', path: HEADER, value: 'true' }])), err('NotFoundException', 'Invalid parameter name specified', 404));
        assert.deepEqual(await recordedError(update(a, [{ op: 'remove', path: JSON_MODEL, value: 'Empty' }])), err('NotFoundException', 'Content-Type specified was not found', 404));
        assert.deepEqual(await recordedError(update(a, [{ op: 'remove', path: '/wrong/method.response.header.my-header', value: 'true' }])), err('BadRequestException', 'Invalid patch path /wrong/method.response.header.my-header', 400));
    });
    it(rec('test_apigateway_api.py::TestApigatewayMethodResponse::test_update_method_wrong_param_names', 'update-method-response-operation-with-wrong-param-name-1', 'update-method-response-operation-with-wrong-param-name-2', 'update-method-response-operation-with-wrong-param-name-3', 'update-method-response-operation-with-wrong-param-name-4'), async () => {
        const a = await setup();
        // Replacing, like removing, needs the parameter or content type to be there.
        const noParam = err('NotFoundException', 'Invalid parameter name specified', 404);
        const noType = err('NotFoundException', 'Content-Type specified was not found', 404);
        assert.deepEqual(await recordedError(update(a, [{ op: 'replace', path: '/responseParameters/wrong', value: 'true' }])), noParam);
        assert.deepEqual(await recordedError(update(a, [{ op: 'remove', path: '/responseParameters/wrong', value: 'true' }])), noParam);
        assert.deepEqual(await recordedError(update(a, [{ op: 'replace', path: '/responseModels/wrong', value: 'Empty' }])), noType);
        assert.deepEqual(await recordedError(update(a, [{ op: 'remove', path: '/responseModels/wrong', value: 'Empty' }])), noType);
    });
});
//# sourceMappingURL=api-method-responses.test.js.map