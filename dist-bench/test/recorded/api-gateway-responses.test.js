/**
 * Replays test_apigateway_api.py::TestApiGatewayGatewayResponse: the 21 gateway responses of an API,
 * customising them with Put and Update (DEFAULT_4XX/DEFAULT_5XX inheritance included), deleting them,
 * and AWS's refusals.
 */
import { CreateRestApiCommand, DeleteGatewayResponseCommand, GetGatewayResponseCommand, GetGatewayResponsesCommand, PutGatewayResponseCommand, UpdateGatewayResponseCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertLike, body, rec, recordedError } from '../helpers/recorded.js';
import { ACCOUNT, startTollgate } from '../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
async function newApi() {
    return (await t.client.send(new CreateRestApiCommand({ name: 'test-api-gw-responses', description: 'APIGW test GatewayResponse' }))).id;
}
const DEFAULT_TEMPLATES = { 'application/json': '{"message":$context.error.messageString}' };
const TEMPLATE = '{\n     "message": $context.error.messageString,\n     "type":  "$context.error.responseType",\n     "stage":  "$context.stage",\n     "resourcePath":  "$context.resourcePath",\n     "stageVariables.a":  "$stageVariables.a",\n     "statusCode": "\'404\'"\n}';
const PARAMETERS = {
    'gatewayresponse.header.x-request-path': 'method.request.path.petId',
    'gatewayresponse.header.Access-Control-Allow-Origin': "'a.b.c'",
    'gatewayresponse.header.x-request-query': 'method.request.querystring.q',
    'gatewayresponse.header.x-request-header': 'method.request.header.Accept',
};
const ACCEPT_HEADER = { 'gatewayresponse.header.x-request-header': 'method.request.header.Accept' };
/** The 21 types and their default status codes, as GetGatewayResponses listed them (DEFAULT_4XX/5XX have none). */
const DEFAULT_STATUS = {
    ACCESS_DENIED: '403',
    API_CONFIGURATION_ERROR: '500',
    AUTHORIZER_CONFIGURATION_ERROR: '500',
    AUTHORIZER_FAILURE: '500',
    BAD_REQUEST_BODY: '400',
    BAD_REQUEST_PARAMETERS: '400',
    DEFAULT_4XX: undefined,
    DEFAULT_5XX: undefined,
    EXPIRED_TOKEN: '403',
    INTEGRATION_FAILURE: '504',
    INTEGRATION_TIMEOUT: '504',
    INVALID_API_KEY: '403',
    INVALID_SIGNATURE: '403',
    MISSING_AUTHENTICATION_TOKEN: '403',
    QUOTA_EXCEEDED: '429',
    REQUEST_TOO_LARGE: '413',
    RESOURCE_NOT_FOUND: '404',
    THROTTLED: '429',
    UNAUTHORIZED: '401',
    UNSUPPORTED_MEDIA_TYPE: '415',
    WAF_FILTERED: '403',
};
const defaults = (responseType) => ({
    defaultResponse: true,
    responseParameters: {},
    responseTemplates: DEFAULT_TEMPLATES,
    responseType: responseType,
    statusCode: DEFAULT_STATUS[responseType],
});
/** The recorded tests sort the list by responseType. */
const sorted = (items) => [...(items ?? [])].sort((a, b) => a.responseType.localeCompare(b.responseType));
const RESPONSE_TYPE_ENUM = '[REQUEST_TOO_LARGE, RESOURCE_NOT_FOUND, AUTHORIZER_CONFIGURATION_ERROR, MISSING_AUTHENTICATION_TOKEN, BAD_REQUEST_BODY, INVALID_SIGNATURE, INVALID_API_KEY, BAD_REQUEST_PARAMETERS, AUTHORIZER_FAILURE, UNAUTHORIZED, INTEGRATION_TIMEOUT, ACCESS_DENIED, DEFAULT_4XX, DEFAULT_5XX, WAF_FILTERED, QUOTA_EXCEEDED, THROTTLED, API_CONFIGURATION_ERROR, UNSUPPORTED_MEDIA_TYPE, INTEGRATION_FAILURE, EXPIRED_TOKEN]';
const badResponseType = {
    Code: 'ValidationException',
    Message: `1 validation error detected: Value 'FAKE_RESPONSE_TYPE' at 'responseType' failed to satisfy constraint: Member must satisfy enum value set: ${RESPONSE_TYPE_ENUM}`,
    HTTPStatusCode: 400,
};
const notFound = (Message) => ({ Code: 'NotFoundException', Message, HTTPStatusCode: 404 });
const badRequest = (Message) => ({ Code: 'BadRequestException', Message, HTTPStatusCode: 400 });
describe('TestApiGatewayGatewayResponse', () => {
    it(rec('test_apigateway_api.py::TestApiGatewayGatewayResponse::test_gateway_response_crud', 'get-gateway-response-default', 'put-gateway-response', 'get-gateway-responses', 'get-gateway-response', 'delete-gateway-response', 'get-deleted-gw-response'), async () => {
        const restApiId = await newApi();
        const responseType = 'MISSING_AUTHENTICATION_TOKEN';
        const get = () => t.client.send(new GetGatewayResponseCommand({ restApiId, responseType }));
        const first = await get();
        assert.equal(first.$metadata.httpStatusCode, 200);
        assertLike(body(first), defaults(responseType));
        const put = await t.client.send(new PutGatewayResponseCommand({
            restApiId,
            responseType,
            statusCode: '404',
            responseParameters: PARAMETERS,
            responseTemplates: { 'application/json': TEMPLATE },
        }));
        assert.equal(put.$metadata.httpStatusCode, 201);
        const custom = {
            defaultResponse: false,
            responseParameters: PARAMETERS,
            responseTemplates: { 'application/json': TEMPLATE },
            responseType,
            statusCode: '404',
        };
        assertLike(body(put), custom);
        const list = await t.client.send(new GetGatewayResponsesCommand({ restApiId }));
        assertLike({ ...body(list), items: sorted(list.items) }, {
            items: Object.keys(DEFAULT_STATUS).map((type) => (type === responseType ? custom : defaults(type))),
        });
        assertLike(body(await get()), custom);
        const del = await t.client.send(new DeleteGatewayResponseCommand({ restApiId, responseType }));
        assert.equal(del.$metadata.httpStatusCode, 202);
        assertLike(body(del), {});
        // Deleting a customised type brings its default back.
        assertLike(body(await get()), defaults(responseType));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayGatewayResponse::test_gateway_response_put', 'put-gateway-response-all-value', 'put-gateway-response-status-only', 'put-gateway-response-response-parameters-only', 'put-gateway-response-response-templates-only', 'put-gateway-response-default-5xx', 'put-gateway-response-default-ignored', 'get-gateway-responses'), async () => {
        const restApiId = await newApi();
        const put = async (responseType, input) => {
            const out = await t.client.send(new PutGatewayResponseCommand({ restApiId, responseType, ...input }));
            assert.equal(out.$metadata.httpStatusCode, 201);
            return body(out);
        };
        const mat = 'MISSING_AUTHENTICATION_TOKEN';
        assertLike(await put(mat, { statusCode: '404', responseParameters: PARAMETERS, responseTemplates: { 'application/json': TEMPLATE } }), {
            defaultResponse: false,
            responseParameters: PARAMETERS,
            responseTemplates: { 'application/json': TEMPLATE },
            responseType: mat,
            statusCode: '404',
        });
        // Each Put replaces the whole response: what it leaves out takes the type's default.
        assertLike(await put(mat, { statusCode: '404' }), {
            defaultResponse: false,
            responseParameters: {},
            responseTemplates: DEFAULT_TEMPLATES,
            responseType: mat,
            statusCode: '404',
        });
        assertLike(await put(mat, { responseParameters: ACCEPT_HEADER }), {
            defaultResponse: false,
            responseParameters: ACCEPT_HEADER,
            responseTemplates: DEFAULT_TEMPLATES,
            responseType: mat,
            statusCode: '403',
        });
        const templatesOnly = {
            defaultResponse: false,
            responseParameters: {},
            responseTemplates: { 'application/json': TEMPLATE },
            responseType: mat,
            statusCode: '403',
        };
        assertLike(await put(mat, { responseTemplates: { 'application/json': TEMPLATE } }), templatesOnly);
        const default5xx = {
            defaultResponse: false,
            responseParameters: ACCEPT_HEADER,
            responseTemplates: { 'application/json': TEMPLATE },
            responseType: 'DEFAULT_5XX',
            statusCode: '599',
        };
        assertLike(await put('DEFAULT_5XX', {
            statusCode: '599',
            responseParameters: ACCEPT_HEADER,
            responseTemplates: { 'application/json': TEMPLATE },
        }), default5xx);
        // A customised 5XX type keeps its own default status (500), not DEFAULT_5XX's.
        const authorizerFailure = {
            defaultResponse: false,
            responseParameters: { 'gatewayresponse.header.foo': "'bar'" },
            responseTemplates: DEFAULT_TEMPLATES,
            responseType: 'AUTHORIZER_FAILURE',
            statusCode: '500',
        };
        assertLike(await put('AUTHORIZER_FAILURE', { responseParameters: { 'gatewayresponse.header.foo': "'bar'" } }), authorizerFailure);
        // The other 5XX types take DEFAULT_5XX's status, parameters and templates, still defaultResponse: true.
        const inherited = (responseType) => ({ ...default5xx, defaultResponse: true, responseType });
        const expected = {
            API_CONFIGURATION_ERROR: inherited('API_CONFIGURATION_ERROR'),
            AUTHORIZER_CONFIGURATION_ERROR: inherited('AUTHORIZER_CONFIGURATION_ERROR'),
            AUTHORIZER_FAILURE: authorizerFailure,
            DEFAULT_5XX: default5xx,
            INTEGRATION_FAILURE: inherited('INTEGRATION_FAILURE'),
            INTEGRATION_TIMEOUT: inherited('INTEGRATION_TIMEOUT'),
            MISSING_AUTHENTICATION_TOKEN: templatesOnly,
        };
        const list = await t.client.send(new GetGatewayResponsesCommand({ restApiId }));
        assertLike({ ...body(list), items: sorted(list.items) }, { items: Object.keys(DEFAULT_STATUS).map((type) => expected[type] ?? defaults(type)) });
    });
    it(rec('test_apigateway_api.py::TestApiGatewayGatewayResponse::test_gateway_response_validation', 'get-gateway-responses-no-api', 'get-gateway-response-no-api', 'delete-gateway-response-no-api', 'update-gateway-response-no-api', 'delete-gateway-response-not-set', 'get-gateway-response-wrong-response-type', 'delete-gateway-response-wrong-response-type', 'update-gateway-response-wrong-response-type', 'put-gateway-response-wrong-response-type'), async () => {
        const restApiId = await newApi();
        const fake = 'apiid123abcd';
        const noApi = notFound(`Invalid API identifier specified ${ACCOUNT}:${fake}`);
        assert.deepEqual(await recordedError(t.client.send(new GetGatewayResponsesCommand({ restApiId: fake }))), noApi);
        assert.deepEqual(await recordedError(t.client.send(new GetGatewayResponseCommand({ restApiId: fake, responseType: 'DEFAULT_4XX' }))), noApi);
        assert.deepEqual(await recordedError(t.client.send(new DeleteGatewayResponseCommand({ restApiId: fake, responseType: 'DEFAULT_4XX' }))), noApi);
        assert.deepEqual(await recordedError(t.client.send(new UpdateGatewayResponseCommand({ restApiId: fake, responseType: 'DEFAULT_4XX', patchOperations: [] }))), noApi);
        assert.deepEqual(await recordedError(t.client.send(new DeleteGatewayResponseCommand({ restApiId, responseType: 'DEFAULT_4XX' }))), notFound('Gateway response type not defined on api'));
        const fakeType = 'FAKE_RESPONSE_TYPE';
        assert.deepEqual(await recordedError(t.client.send(new GetGatewayResponseCommand({ restApiId, responseType: fakeType }))), badResponseType);
        assert.deepEqual(await recordedError(t.client.send(new DeleteGatewayResponseCommand({ restApiId, responseType: fakeType }))), badResponseType);
        assert.deepEqual(await recordedError(t.client.send(new UpdateGatewayResponseCommand({ restApiId, responseType: fakeType, patchOperations: [] }))), badResponseType);
        assert.deepEqual(await recordedError(t.client.send(new PutGatewayResponseCommand({
            restApiId,
            responseType: fakeType,
            statusCode: '404',
            responseParameters: {},
            responseTemplates: {},
        }))), badResponseType);
    });
    it(rec('test_apigateway_api.py::TestApiGatewayGatewayResponse::test_update_gateway_response', 'update-gateway-response-not-set', 'default-get-gateway-response', 'put-gateway-response', 'update-gateway-response', 'get-gateway-response', 'update-gateway-add-status-code', 'update-gateway-remove-status-code', 'update-gateway-replace-invalid-parameter', 'update-gateway-no-path', 'update-gateway-wrong-op', 'update-gateway-wrong-path', 'update-gateway-replace-invalid-parameter-0-none', 'update-gateway-replace-invalid-parameter-1-none'), async () => {
        const restApiId = await newApi();
        const update = (patchOperations, responseType = 'DEFAULT_4XX') => t.client.send(new UpdateGatewayResponseCommand({ restApiId, responseType, patchOperations }));
        const get = () => t.client.send(new GetGatewayResponseCommand({ restApiId, responseType: 'DEFAULT_4XX' }));
        // Updating a type never put customises it, from its defaults.
        const notSet = {
            defaultResponse: false,
            responseParameters: {},
            responseTemplates: DEFAULT_TEMPLATES,
            responseType: 'DEFAULT_4XX',
            statusCode: '444',
        };
        const first = await update([{ op: 'replace', path: '/statusCode', value: '444' }]);
        assert.equal(first.$metadata.httpStatusCode, 200);
        assertLike(body(first), notSet);
        assertLike(body(await get()), notSet);
        const jsonTemplate = JSON.stringify({ 'application/json': '{"message":$context.error.messageString}' });
        const put = await t.client.send(new PutGatewayResponseCommand({
            restApiId,
            responseType: 'DEFAULT_4XX',
            statusCode: '404',
            responseParameters: PARAMETERS,
            responseTemplates: { 'application/json': jsonTemplate },
        }));
        assert.equal(put.$metadata.httpStatusCode, 201);
        assertLike(body(put), {
            defaultResponse: false,
            responseParameters: PARAMETERS,
            responseTemplates: { 'application/json': jsonTemplate },
            responseType: 'DEFAULT_4XX',
            statusCode: '404',
        });
        const xml = '<gatewayResponse><message>$context.error.messageString</message><type>$context.error.responseType</type></gatewayResponse>';
        const updated = {
            defaultResponse: false,
            responseParameters: { ...PARAMETERS, 'gatewayresponse.header.Access-Control-Allow-Origin': "'example.com'" },
            responseTemplates: { 'application/json': jsonTemplate, 'application/xml': xml },
            responseType: 'DEFAULT_4XX',
            statusCode: '444',
        };
        assertLike(body(await update([
            { op: 'replace', path: '/statusCode', value: '444' },
            { op: 'replace', path: '/responseParameters/gatewayresponse.header.Access-Control-Allow-Origin', value: "'example.com'" },
            { op: 'add', path: '/responseTemplates/application~1xml', value: xml },
        ])), updated);
        assertLike(body(await get()), updated);
        assert.deepEqual(await recordedError(update([{ op: 'add', path: '/statusCode', value: '444' }])), badRequest('Invalid patch path /statusCode'));
        assert.deepEqual(await recordedError(update([{ op: 'remove', path: '/statusCode' }])), badRequest('Invalid patch path /statusCode'));
        // DEFAULT_5XX was never customised: it has no such parameter to replace.
        assert.deepEqual(await recordedError(update([{ op: 'replace', path: '/responseParameters/gatewayresponse.header.Access-Control-Allow-Origin', value: "'example.com'" }], 'DEFAULT_5XX')), notFound('Invalid parameter name specified'));
        assert.deepEqual(await recordedError(update([{ op: 'add', value: "'example.com'" }])), badRequest('Invalid patch path null'));
        assert.deepEqual(await recordedError(update([{ op: 'wrong-op', path: '/statusCode', value: "'example.com'" }])), {
            Code: 'ValidationException',
            Message: "1 validation error detected: Value 'wrong-op' at 'updateGatewayResponseInput.patchOperations.1.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]",
            HTTPStatusCode: 400,
        });
        assert.deepEqual(await recordedError(update([{ op: 'add', path: '/wrongPath', value: "'example.com'" }])), badRequest('Invalid patch path /wrongPath'));
        // boto3 sent `"value": None`: the key is left out of the request.
        assert.deepEqual(await recordedError(update([{ op: 'replace', path: '/responseTemplates/application~1xml' }])), badRequest('Invalid null or empty value in responseTemplates'));
        assert.deepEqual(await recordedError(update([{ op: 'replace', path: '/responseParameters/gatewayresponse.header.Access-Control-Allow-Origin' }])), badRequest('Invalid null or empty value in responseParameters'));
    });
});
//# sourceMappingURL=api-gateway-responses.test.js.map