/**
 * Replays test_apigateway_api.py::TestApigatewayIntegration: PutIntegration / GetIntegration /
 * UpdateIntegration, their validation, and integration responses' templates.
 */
import { CreateRestApiCommand, GetIntegrationCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, UpdateIntegrationCommand, } from '@aws-sdk/client-api-gateway';
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
async function newApi(description) {
    const api = await t.client.send(new CreateRestApiCommand({ name: `test-api-${Date.now()}`, description }));
    return { restApiId: api.id, resourceId: api.rootResourceId };
}
const putIntegration = (a, input) => t.client.send(new PutIntegrationCommand({ ...a, httpMethod: 'GET', type: 'MOCK', ...input }));
/** A request the SDK would refuse to build, straight to PutIntegration / PutMethod. */
const rawPut = (a, what, verb, input) => raw(t.app.adminUrl, 'PUT', `/restapis/${a.restApiId}/resources/${a.resourceId}/methods/${verb}${what ? `/${what}` : ''}`, JSON.stringify(input));
const rawError = (r) => ({
    Code: r.headers.get('x-amzn-errortype')?.split(':')[0],
    Message: r.json?.message ?? r.json?.Message,
    HTTPStatusCode: r.status,
});
describe('TestApigatewayIntegration', () => {
    it(rec('test_apigateway_api.py::TestApigatewayIntegration::test_put_integration_wrong_type', 'put-integration-wrong-type'), async () => {
        const a = await newApi('APIGW test PutIntegration Types');
        assert.deepEqual(await recordedError(putIntegration(a, { type: 'HTTPS_PROXY' })), err('ValidationException', "1 validation error detected: Value 'HTTPS_PROXY' at 'putIntegrationInput.type' failed to satisfy constraint: Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS]", 400));
    });
    it(rec('test_apigateway_api.py::TestApigatewayIntegration::test_put_integration_response_validation', 'put-integration-wrong-method', 'put-integration-wrong-resource', 'put-integration-response-wrong-method', 'put-integration-response-wrong-resource'), async () => {
        const a = await newApi('testing PutIntegrationResponse method exc');
        await t.client.send(new PutMethodCommand({ ...a, httpMethod: 'POST', authorizationType: 'NONE' }));
        const mock = { integrationHttpMethod: 'GET', requestTemplates: { 'application/json': '{"statusCode": 200}' } };
        const methodNotFound = err('NotFoundException', 'Invalid Method identifier specified', 404);
        const resourceNotFound = err('NotFoundException', 'Invalid Resource identifier specified', 404);
        assert.deepEqual(await recordedError(putIntegration(a, mock)), methodNotFound);
        assert.deepEqual(await recordedError(putIntegration({ ...a, resourceId: 'badresource' }, mock)), resourceNotFound);
        await putIntegration(a, { ...mock, httpMethod: 'POST' });
        const putResponse = (b) => t.client.send(new PutIntegrationResponseCommand({
            ...b,
            httpMethod: 'GET',
            statusCode: '200',
            selectionPattern: '',
            responseTemplates: { 'application/json': '{}' },
        }));
        assert.deepEqual(await recordedError(putResponse(a)), methodNotFound);
        assert.deepEqual(await recordedError(putResponse({ ...a, resourceId: 'badresource' })), resourceNotFound);
    });
    it(rec('test_apigateway_api.py::TestApigatewayIntegration::test_put_integration_response_templates', 'put-integration-response-template-none', 'put-integration-response-template-empty', 'put-integration-no-response-template'), async () => {
        const a = await newApi('testing PutIntegrationResponse method exc');
        await t.client.send(new PutMethodCommand({ ...a, httpMethod: 'POST', authorizationType: 'NONE' }));
        await putIntegration(a, {
            httpMethod: 'POST',
            integrationHttpMethod: 'GET',
            requestTemplates: { 'application/json': '{"statusCode": 200}' },
        });
        const url = `/restapis/${a.restApiId}/resources/${a.resourceId}/methods/POST/integration/responses/200`;
        // A null template (which the SDK drops from a map) is kept as null.
        const none = await raw(t.app.adminUrl, 'PUT', url, JSON.stringify({ selectionPattern: '', responseTemplates: { 'application/json': null } }));
        assert.equal(none.status, 201);
        assert.deepEqual(none.json, { responseTemplates: { 'application/json': null }, selectionPattern: '', statusCode: '200' });
        // An empty template comes back null.
        const empty = await t.client.send(new PutIntegrationResponseCommand({
            ...a,
            httpMethod: 'POST',
            statusCode: '200',
            selectionPattern: '',
            responseTemplates: { 'application/json': '' },
        }));
        assert.equal(empty.$metadata.httpStatusCode, 201);
        const emptyRaw = await raw(t.app.adminUrl, 'GET', url);
        assert.deepEqual(emptyRaw.json, { responseTemplates: { 'application/json': null }, selectionPattern: '', statusCode: '200' });
        const noTemplates = await t.client.send(new PutIntegrationResponseCommand({ ...a, httpMethod: 'POST', statusCode: '200', selectionPattern: '' }));
        assert.equal(noTemplates.$metadata.httpStatusCode, 201);
        assertLike(body(noTemplates), { selectionPattern: '', statusCode: '200' });
    });
    it(rec('test_apigateway_api.py::TestApigatewayIntegration::test_put_integration_request_parameter_bool_type', 'bool-method', 'put-method-request-param-wrong-type', 'put-integration-request-param-wrong-type', 'put-integration-request-param-bool-value'), async () => {
        const a = await newApi('APIGW test PutIntegration RequestParam');
        const m = await t.client.send(new PutMethodCommand({
            ...a,
            httpMethod: 'GET',
            authorizationType: 'NONE',
            requestParameters: { 'method.request.path.testPath': true },
        }));
        assert.equal(m.$metadata.httpStatusCode, 201);
        assertLike(body(m), {
            apiKeyRequired: false,
            authorizationType: 'NONE',
            httpMethod: 'GET',
            requestParameters: { 'method.request.path.testPath': true },
        });
        // boto3 sent the key True as "true": no method request parameter.
        assert.deepEqual(await recordedError(t.client.send(new PutMethodCommand({
            ...a,
            httpMethod: 'POST',
            authorizationType: 'NONE',
            requestParameters: { 'method.request.path.testPath': true, true: true },
        }))), err('BadRequestException', 'Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: true]', 400));
        // A boolean value cannot be read as a string, before anything else is checked.
        const boolean = err('SerializationException', 'class java.lang.Boolean can not be converted to an String', 400);
        assert.deepEqual(rawError(await rawPut(a, 'integration', 'GET', { type: 'HTTP_PROXY', requestParameters: { true: true } })), boolean);
        assert.deepEqual(rawError(await rawPut(a, 'integration', 'GET', { type: 'HTTP_PROXY', requestParameters: { 'integration.request.path.testPath': true } })), boolean);
    });
    it(rec('test_apigateway_api.py::TestApigatewayIntegration::test_create_integration_with_vpc_link', 'put-integration-vpc-link', 'get-integration-vpc-link', 'update-integration-vpc-link', 'get-integration-update-vpc-link'), async () => {
        const a = await newApi();
        await t.client.send(new PutMethodCommand({ ...a, httpMethod: 'GET', authorizationType: 'NONE' }));
        const expected = {
            cacheKeyParameters: [],
            cacheNamespace: A.id,
            connectionId: '${stageVariables.vpcLinkId}',
            connectionType: 'VPC_LINK',
            httpMethod: 'GET',
            passthroughBehavior: 'WHEN_NO_MATCH',
            timeoutInMillis: 29000,
            type: 'HTTP_PROXY',
            uri: 'http://my-vpclink-test-nlb-1234567890abcdef.us-east-1.amazonaws.com',
        };
        // A stage variable as the connection id is taken: the VPC link is looked up at invoke time.
        const put = await putIntegration(a, {
            type: 'HTTP_PROXY',
            uri: 'http://my-vpclink-test-nlb-1234567890abcdef.us-east-1.amazonaws.com',
            integrationHttpMethod: 'GET',
            connectionType: 'VPC_LINK',
            connectionId: '${stageVariables.vpcLinkId}',
        });
        assert.equal(put.$metadata.httpStatusCode, 201);
        assertLike(body(put), expected);
        const get = await t.client.send(new GetIntegrationCommand({ ...a, httpMethod: 'GET' }));
        assert.equal(get.$metadata.httpStatusCode, 200);
        assertLike(body(get), expected);
        const beta = { ...expected, connectionId: '${stageVariables.vpcLinkIdBeta}' };
        const upd = await t.client.send(new UpdateIntegrationCommand({
            ...a,
            httpMethod: 'GET',
            patchOperations: [{ op: 'replace', path: '/connectionId', value: '${stageVariables.vpcLinkIdBeta}' }],
        }));
        assert.equal(upd.$metadata.httpStatusCode, 200);
        assertLike(body(upd), beta);
        assertLike(body(await t.client.send(new GetIntegrationCommand({ ...a, httpMethod: 'GET' }))), beta);
    });
    it(rec('test_apigateway_api.py::TestApigatewayIntegration::test_get_integration_non_existent', 'get-integration-no-api', 'get-integration-no-resource', 'get-integration-no-method', 'get-integration-no-integration'), async () => {
        const a = await newApi('APIGW test PutIntegration Types');
        const get = (b) => t.client.send(new GetIntegrationCommand({ ...b, httpMethod: 'GET' }));
        const resourceNotFound = err('NotFoundException', 'Invalid Resource identifier specified', 404);
        assert.deepEqual(await recordedError(get({ ...a, restApiId: 'abc123' })), resourceNotFound);
        assert.deepEqual(await recordedError(get({ ...a, resourceId: 'abc123' })), resourceNotFound);
        assert.deepEqual(await recordedError(get(a)), err('NotFoundException', 'Invalid Method identifier specified', 404));
        await t.client.send(new PutMethodCommand({ ...a, httpMethod: 'GET', authorizationType: 'NONE' }));
        assert.deepEqual(await recordedError(get(a)), err('NotFoundException', 'Invalid Integration identifier specified', 404));
    });
});
//# sourceMappingURL=api-integrations.test.js.map