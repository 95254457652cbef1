/**
 * Replays test_apigateway_api.py::TestApigatewayIntegrationResponse: PutIntegrationResponse /
 * GetIntegrationResponse / UpdateIntegrationResponse / DeleteIntegrationResponse and their errors.
 */
import { CreateRestApiCommand, DeleteIntegrationResponseCommand, GetIntegrationResponseCommand, GetMethodCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, UpdateIntegrationResponseCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { A, assertLike, body, rec, recordedError } from '../helpers/recorded.js';
import { raw, startTollgate } from '../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
const err = (Code, Message, HTTPStatusCode) => ({ Code, Message, HTTPStatusCode });
const resourceNotFound = err('NotFoundException', 'Invalid Resource identifier specified', 404);
const methodNotFound = err('NotFoundException', 'Invalid Method identifier specified', 404);
const integrationNotFound = err('NotFoundException', 'Invalid Integration identifier specified', 404);
const statusNotFound = err('NotFoundException', 'Invalid Response status code specified', 404);
async function newApi(description) {
    const api = await t.client.send(new CreateRestApiCommand({ name: `test-api-${Date.now()}`, description }));
    return { restApiId: api.id, resourceId: api.rootResourceId };
}
/** The recorded tests' setup: GET on the root, with (unless told) a MOCK integration. */
async function withGet(integration = true) {
    const a = await newApi();
    await t.client.send(new PutMethodCommand({ ...a, httpMethod: 'GET', authorizationType: 'NONE' }));
    if (integration) {
        await t.client.send(new PutIntegrationCommand({ ...a, httpMethod: 'GET', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
    }
    return a;
}
const putResponse = (a, input = {}) => t.client.send(new PutIntegrationResponseCommand({ ...a, httpMethod: 'GET', statusCode: '200', ...input }));
const getResponse = (a, over = {}) => t.client.send(new GetIntegrationResponseCommand({ ...a, httpMethod: 'GET', statusCode: '200', ...over }));
const deleteResponse = (a, over = {}) => t.client.send(new DeleteIntegrationResponseCommand({ ...a, httpMethod: 'GET', statusCode: '200', ...over }));
const created = { responseTemplates: { 'application/json': '"created"' }, selectionPattern: '', statusCode: '200' };
describe('TestApigatewayIntegrationResponse', () => {
    it(rec('test_apigateway_api.py::TestApigatewayIntegrationResponse::test_integration_response_wrong_api', 'put-integration-response-wrong-api', 'get-integration-response-wrong-api'), async () => {
        const a = { restApiId: 'wrong-api', resourceId: 'dummy-value' };
        assert.deepEqual(await recordedError(putResponse(a)), resourceNotFound);
        assert.deepEqual(await recordedError(getResponse(a)), resourceNotFound);
    });
    it(rec('test_apigateway_api.py::TestApigatewayIntegrationResponse::test_integration_response_wrong_resource', 'put-integration-response-wrong-resource', 'get-integration-response-wrong-resource'), async () => {
        const a = { ...(await newApi('APIGW test Integration Resource')), resourceId: 'wrong-resource' };
        assert.deepEqual(await recordedError(putResponse(a)), resourceNotFound);
        assert.deepEqual(await recordedError(getResponse(a)), resourceNotFound);
    });
    it(rec('test_apigateway_api.py::TestApigatewayIntegrationResponse::test_integration_response_wrong_method', 'put-integration-response-wrong-method', 'get-integration-response-wrong-method'), async () => {
        const a = await newApi('APIGW test Integration Method');
        assert.deepEqual(await recordedError(putResponse(a, { httpMethod: 'wrong-method' })), methodNotFound);
        assert.deepEqual(await recordedError(getResponse(a, { httpMethod: 'wrong-method' })), methodNotFound);
    });
    it(rec('test_apigateway_api.py::TestApigatewayIntegrationResponse::test_integration_response_invalid_statuscode', 'put-integration-response-invalid-statusCode', 'get-integration-response-invalid-statusCode'), async () => {
        const a = await newApi('APIGW test Integration Invalid StatusCode');
        const invalid = err('ValidationException', "1 validation error detected: Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d", 400);
        assert.deepEqual(await recordedError(putResponse(a, { statusCode: 'wrong', responseTemplates: { 'application/json': '"created"' }, selectionPattern: '' })), invalid);
        assert.deepEqual(await recordedError(getResponse(a, { statusCode: 'wrong' })), invalid);
    });
    it(rec('test_apigateway_api.py::TestApigatewayIntegrationResponse::test_integration_response_invalid_responsetemplates', 'put-integration-response-invalid-responseTemplates-1', 'put-integration-response-invalid-responseTemplates-2'), async () => {
        const a = await newApi('APIGW test wrong api');
        await t.client.send(new PutMethodCommand({ ...a, httpMethod: 'GET', authorizationType: 'NONE' }));
        await t.client.send(new PutIntegrationCommand({
            ...a,
            httpMethod: 'GET',
            integrationHttpMethod: 'GET',
            type: 'MOCK',
            requestTemplates: { 'application/json': '{"statusCode": 200}' },
        }));
        // A number where a template belongs: the SDK cannot send it.
        const r = await raw(t.app.adminUrl, 'PUT', `/restapis/${a.restApiId}/resources/${a.resourceId}/methods/GET/integration/responses/200`, JSON.stringify({ selectionPattern: '', responseTemplates: { 'application/json': 123 } }));
        assert.equal(r.status, 400);
        assert.equal(r.headers.get('x-amzn-errortype')?.split(':')[0], 'SerializationException');
        assert.equal(r.json.message ?? r.json.Message, 'class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String');
        assert.deepEqual(await recordedError(putResponse(a, { selectionPattern: '', responseTemplates: { 123: '{"statusCode": 200}' } })), err('BadRequestException', 'Validation Result: warnings : [], errors : [Invalid content type specified: 123]', 400));
    });
    it(rec('test_apigateway_api.py::TestApigatewayIntegrationResponse::test_integration_response_invalid_integration', 'get-integration-response-without-integration'), async () => {
        const a = await withGet(false);
        assert.deepEqual(await recordedError(getResponse(a)), integrationNotFound);
    });
    it(rec('test_apigateway_api.py::TestApigatewayIntegrationResponse::test_integration_response_wrong_status_code', 'get-integration-response-wrong-status-code'), async () => {
        const a = await withGet();
        assert.deepEqual(await recordedError(getResponse(a, { statusCode: '201' })), statusNotFound);
    });
    it(rec('test_apigateway_api.py::TestApigatewayIntegrationResponse::test_lifecycle_integration_response', 'put-integration-response', 'get-integration-response', 'update-integration-response', 'overwrite-integration-response', 'get-method', 'delete-integration-response'), async () => {
        const a = await withGet();
        const put = await putResponse(a, { responseTemplates: { 'application/json': '"created"' }, selectionPattern: '' });
        assert.equal(put.$metadata.httpStatusCode, 201);
        assertLike(body(put), created);
        const get = await getResponse(a);
        assert.equal(get.$metadata.httpStatusCode, 200);
        assertLike(body(get), created);
        const upd = await t.client.send(new UpdateIntegrationResponseCommand({
            ...a,
            httpMethod: 'GET',
            statusCode: '200',
            patchOperations: [{ op: 'replace', path: '/selectionPattern', value: 'updated-pattern' }],
        }));
        assert.equal(upd.$metadata.httpStatusCode, 200);
        assertLike(body(upd), { ...created, selectionPattern: 'updated-pattern' });
        const overwritten = {
            responseTemplates: { 'application/json': 'overwrite' },
            selectionPattern: 'overwrite-pattern',
            statusCode: '200',
        };
        const over = await putResponse(a, { responseTemplates: { 'application/json': 'overwrite' }, selectionPattern: 'overwrite-pattern' });
        assert.equal(over.$metadata.httpStatusCode, 201);
        assertLike(body(over), overwritten);
        const method = await t.client.send(new GetMethodCommand({ ...a, httpMethod: 'GET' }));
        assertLike(body(method), {
            apiKeyRequired: false,
            authorizationType: 'NONE',
            httpMethod: 'GET',
            methodIntegration: {
                cacheKeyParameters: [],
                cacheNamespace: A.id,
                integrationResponses: { 200: overwritten },
                passthroughBehavior: 'WHEN_NO_MATCH',
                requestTemplates: { 'application/json': '{"statusCode": 200}' },
                timeoutInMillis: 29000,
                type: 'MOCK',
            },
        });
        const del = await deleteResponse(a);
        assert.equal(del.$metadata.httpStatusCode, 204);
        assertLike(body(del), {});
    });
    it(rec('test_apigateway_api.py::TestApigatewayIntegrationResponse::test_delete_integration_response_errors', 'put-integration-response', 'non-existent-resource', 'non-existent-api-id', 'non-existent-method', 'non-existent-status-code', 'bad-method'), async () => {
        const a = await withGet();
        const put = await putResponse(a, { responseTemplates: { 'application/json': '"created"' }, selectionPattern: '' });
        assert.equal(put.$metadata.httpStatusCode, 201);
        assertLike(body(put), created);
        assert.deepEqual(await recordedError(deleteResponse(a, { resourceId: 'bad-resource' })), resourceNotFound);
        assert.deepEqual(await recordedError(deleteResponse(a, { restApiId: 'bad-api-id' })), resourceNotFound);
        // A method that is not there, or no method at all, is named as a missing integration.
        assert.deepEqual(await recordedError(deleteResponse(a, { httpMethod: 'POST' })), integrationNotFound);
        assert.deepEqual(await recordedError(deleteResponse(a, { statusCode: '201' })), statusNotFound);
        assert.deepEqual(await recordedError(deleteResponse(a, { httpMethod: 'WRONG', statusCode: '201' })), integrationNotFound);
    });
});
//# sourceMappingURL=api-integration-responses.test.js.map