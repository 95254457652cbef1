/**
 * Replays test_apigateway_common.py::TestApiGatewayCommon's request-validator tests (recorded against
 * AWS): required parameters and body models on deployed stages, models referring to other models by
 * URL (`$ref`, inside `oneOf` too), and what the calls around them answered.
 *
 * The recorded Lambda function (LocalStack's lambda_aws_proxy) answers its event as the body; here it
 * is a local function doing the same.
 */
import { CreateDeploymentCommand, CreateModelCommand, CreateRequestValidatorCommand, GetModelsCommand, UpdateMethodCommand, UpdateRequestValidatorCommand, UpdateStageCommand, } from '@aws-sdk/client-api-gateway';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addResource, deploy, invokeUrl, newApi, putMethod, putResponse, rawRequest } from '../helpers/apis.js';
import { lambdaUri, writeFunctions } from '../helpers/functions.js';
import { A, assertLike, body, rec } from '../helpers/recorded.js';
import { ACCOUNT, startTollgate } from '../helpers/tollgate.js';
let t;
let fns;
/** LocalStack's lambda_aws_proxy: `{statusCode: 200, body: json.dumps(event), isBase64Encoded: false}`. */
const AWS_PROXY_ECHO = `
export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify(event), isBase64Encoded: false });`;
before(async () => {
    fns = writeFunctions({ 'validator-echo.mjs': AWS_PROXY_ECHO }, {});
    t = await startTollgate(['--functions', fns.dir]);
});
after(async () => {
    await t.close();
    fns.remove();
});
/** The fixture `apigw_redeploy_api`: a new deployment, then the stage pointed at it. */
async function redeploy(api, stageName) {
    const d = await t.client.send(new CreateDeploymentCommand({ restApiId: api.id }));
    await t.client.send(new UpdateStageCommand({ restApiId: api.id, stageName, patchOperations: [{ op: 'replace', path: '/deploymentId', value: d.id }] }));
}
/** What Python's `requests` sends for `json=value`: json.dumps's `", "` and `": "` separators. */
const pyJson = (v) => `{${Object.entries(v)
    .map(([k, x]) => `${JSON.stringify(k)}: ${JSON.stringify(x)}`)
    .join(', ')}}`;
describe('test_api_gateway_request_validator', () => {
    const FN_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:validator-echo`;
    let api;
    let resourceId;
    let validatorId;
    let url;
    const call = (method, opts = {}) => rawRequest(`${url}${opts.qs ? `?${opts.qs}` : ''}`, {
        method,
        headers: { ...(opts.json ? { 'Content-Type': 'application/json' } : {}), ...(opts.headers ?? {}) },
        body: opts.json ? pyJson(opts.json) : undefined,
    });
    /** UpdateMethod's answer: the whole POST method, with `requestParameters` as given. */
    const updatedMethod = (requestParameters) => ({
        apiKeyRequired: false,
        authorizationType: 'NONE',
        httpMethod: 'POST',
        methodIntegration: {
            cacheKeyParameters: [],
            cacheNamespace: resourceId,
            httpMethod: 'POST',
            integrationResponses: { 200: { statusCode: '200' } },
            passthroughBehavior: 'WHEN_NO_MATCH',
            timeoutInMillis: 29000,
            type: 'AWS_PROXY',
            uri: lambdaUri(FN_ARN),
        },
        methodResponses: { 200: { statusCode: '200' } },
        requestModels: { 'application/json': 'testSchema' },
        requestParameters,
        requestValidatorId: validatorId,
    });
    before(async () => {
        api = await newApi(t.client, { name: 'aws lambda api' });
        const nested = await addResource(t.client, api, api.root, 'nested');
        resourceId = await addResource(t.client, api, nested, '{test}');
        validatorId = (await t.client.send(new CreateRequestValidatorCommand({
            restApiId: api.id,
            name: 'test-validator',
            validateRequestParameters: true,
            validateRequestBody: true,
        }))).id;
        await t.client.send(new CreateModelCommand({
            restApiId: api.id,
            name: 'testSchema',
            contentType: 'application/json',
            schema: JSON.stringify({
                $schema: 'http://json-schema.org/draft-04/schema#',
                title: 'testSchema',
                type: 'object',
                properties: { a: { type: 'number' }, b: { type: 'number' } },
                required: ['a', 'b'],
            }),
        }));
        for (const httpMethod of ['GET', 'POST']) {
            await putMethod(t.client, api, resourceId, httpMethod, { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri(FN_ARN) }, {
                requestValidatorId: validatorId,
                requestParameters: {
                    'method.request.path.test': true,
                    'method.request.querystring.qs1': true,
                    'method.request.header.x-header-param': true,
                },
                requestModels: { 'application/json': 'testSchema' },
            });
            await putResponse(t.client, api, resourceId, httpMethod, '200');
        }
        url = invokeUrl(t.app.url, api, 'local', '/nested/value');
    });
    it(rec('test_apigateway_common.py::TestApiGatewayCommon::test_api_gateway_request_validator', 'deploy-1', 'change-request-path-names', 'missing-all-required-request-params-post', 'missing-required-headers-request-params-get', 'missing-required-qs-request-params-get', 'revert-request-path-names', 'invalid-request-body', 'disable-request-validator'), async () => {
        const d = await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'local' }));
        assert.equal(d.$metadata.httpStatusCode, 201);
        assertLike(body(d), { createdDate: A.date, id: A.shortId });
        // Every parameter and a valid body pass; the function sees the body.
        let r = await call('POST', { json: { a: 1, b: 2 }, headers: { 'x-header-param': 'test' }, qs: 'qs1=test' });
        assert.equal(r.status, 200, r.text);
        assert.deepEqual(JSON.parse(r.json().body), { a: 1, b: 2 });
        // A GET without a body fails the model.
        r = await call('GET', { headers: { 'x-header-param': 'test' }, qs: 'qs1=test' });
        assert.equal(r.status, 400);
        // POST now requires an {issuer} path parameter the resource does not have.
        const changed = await t.client.send(new UpdateMethodCommand({
            restApiId: api.id,
            resourceId,
            httpMethod: 'POST',
            patchOperations: [
                { op: 'add', path: '/requestParameters/method.request.path.issuer', value: 'true' },
                { op: 'remove', path: '/requestParameters/method.request.path.test', value: 'true' },
            ],
        }));
        assertLike(body(changed), updatedMethod({
            'method.request.header.x-header-param': true,
            'method.request.path.issuer': true,
            'method.request.querystring.qs1': true,
        }));
        await redeploy(api, 'local');
        // The missing names are listed header, path, querystring.
        r = await call('POST', { json: { test: 'test' } });
        assert.equal(r.status, 400);
        assertLike(r.json(), { message: 'Missing required request parameters: [x-header-param, issuer, qs1]' });
        r = await call('GET', { qs: 'qs1=test' });
        assert.equal(r.status, 400);
        assertLike(r.json(), { message: 'Missing required request parameters: [x-header-param]' });
        r = await call('GET', { headers: { 'x-header-param': 'test' } });
        assert.equal(r.status, 400);
        assertLike(r.json(), { message: 'Missing required request parameters: [qs1]' });
        const reverted = await t.client.send(new UpdateMethodCommand({
            restApiId: api.id,
            resourceId,
            httpMethod: 'POST',
            patchOperations: [
                { op: 'add', path: '/requestParameters/method.request.path.test', value: 'true' },
                { op: 'remove', path: '/requestParameters/method.request.path.issuer', value: 'true' },
            ],
        }));
        assertLike(body(reverted), updatedMethod({
            'method.request.header.x-header-param': true,
            'method.request.path.test': true,
            'method.request.querystring.qs1': true,
        }));
        await redeploy(api, 'local');
        r = await call('POST', { json: { a: 1, b: 2 }, headers: { 'x-header-param': 'test' }, qs: 'qs1=test' });
        assert.equal(r.status, 200, r.text);
        r = await call('POST', { json: { test: 'test' }, headers: { 'x-header-param': 'test' }, qs: 'qs1=test' });
        assert.equal(r.status, 400);
        assertLike(r.json(), { message: 'Invalid request body' });
        // A GET with an empty body fails the model too, with or without a JSON Content-Type.
        r = await call('GET', { headers: { 'x-header-param': 'test' }, qs: 'qs1=test' });
        assert.equal(r.status, 400);
        assert.equal(r.json().message, 'Invalid request body');
        r = await call('GET', { headers: { 'Content-Type': 'application/json', 'x-header-param': 'test' }, qs: 'qs1=test' });
        assert.equal(r.status, 400);
        const disabled = await t.client.send(new UpdateRequestValidatorCommand({
            restApiId: api.id,
            requestValidatorId: validatorId,
            patchOperations: [
                { op: 'replace', path: '/validateRequestBody', value: 'false' },
                { op: 'replace', path: '/validateRequestParameters', value: 'false' },
            ],
        }));
        assert.equal(disabled.$metadata.httpStatusCode, 200);
        assertLike(body(disabled), { id: validatorId, name: 'test-validator', validateRequestBody: false, validateRequestParameters: false });
        await redeploy(api, 'local');
        r = await call('POST', { json: { test: 'test' } });
        assert.equal(r.status, 200, r.text);
        assert.deepEqual(JSON.parse(r.json().body), { test: 'test' });
        r = await call('GET');
        assert.equal(r.status, 200, r.text);
    });
});
/** The two models every API starts with, as GetModels lists them. */
const DEFAULT_MODELS = [
    {
        contentType: 'application/json',
        description: 'This is a default empty schema model',
        id: A.shortId,
        name: 'Empty',
        schema: { $schema: 'http://json-schema.org/draft-04/schema#', title: 'Empty Schema', type: 'object' },
    },
    {
        contentType: 'application/json',
        description: 'This is a default error schema model',
        id: A.shortId,
        name: 'Error',
        schema: {
            $schema: 'http://json-schema.org/draft-04/schema#',
            title: 'Error Schema',
            type: 'object',
            properties: { message: { type: 'string' } },
        },
    },
];
/** A POST /path MOCK method validating its body against `model`, answering {"data": "ok"}; deployed to `local`. */
async function validatedMock(api, model) {
    const path = await addResource(t.client, api, api.root, 'path');
    const validatorId = (await t.client.send(new CreateRequestValidatorCommand({
        restApiId: api.id,
        name: 'test-validator',
        validateRequestParameters: true,
        validateRequestBody: true,
    }))).id;
    await putMethod(t.client, api, path, 'POST', { type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }, {
        requestValidatorId: validatorId,
        requestModels: { 'application/json': model },
    });
    await putResponse(t.client, api, path, 'POST', '200', {
        selectionPattern: '',
        responseTemplates: { 'application/json': JSON.stringify({ data: 'ok' }) },
    });
    await deploy(t.client, api, 'local');
    return invokeUrl(t.app.url, api, 'local', '/path');
}
const postJson = (url, json) => rawRequest(url, { method: 'POST', headers: json === undefined ? {} : { 'Content-Type': 'application/json' }, body: json });
async function getModelsByName(api) {
    const got = body(await t.client.send(new GetModelsCommand({ restApiId: api.id })));
    const items = (got.items ?? []).map((m) => ({ ...m, schema: m.schema === undefined ? undefined : JSON.parse(m.schema) }));
    items.sort((a, b) => (a.name < b.name ? -1 : 1));
    return { ...got, items };
}
it(rec('test_apigateway_common.py::TestApiGatewayCommon::test_api_gateway_request_validator_with_ref_models', 'get-models-with-ref', 'successful', 'failed-validation'), async () => {
    const api = await newApi(t.client, { name: 'test ref models' });
    const testSchema = {
        $schema: 'http://json-schema.org/draft-04/schema#',
        title: 'testSchema',
        type: 'object',
        properties: { a: { type: 'number' }, b: { type: 'number' } },
        required: ['a', 'b'],
    };
    const listSchema = { type: 'array', items: { $ref: `https://apigateway.amazonaws.com/restapis/${api.id}/models/testSchema` } };
    await t.client.send(new CreateModelCommand({
        restApiId: api.id,
        name: 'testSchema',
        contentType: 'application/json',
        schema: JSON.stringify(testSchema),
    }));
    await t.client.send(new CreateModelCommand({
        restApiId: api.id,
        name: 'testSchemaList',
        contentType: 'application/json',
        schema: JSON.stringify(listSchema),
    }));
    assertLike(await getModelsByName(api), {
        items: [
            ...DEFAULT_MODELS,
            { contentType: 'application/json', id: A.shortId, name: 'testSchema', schema: testSchema },
            { contentType: 'application/json', id: A.shortId, name: 'testSchemaList', schema: listSchema },
        ],
    });
    const url = await validatedMock(api, 'testSchemaList');
    let r = await postJson(url, '[{"a": 1, "b": 2}]');
    assert.equal(r.status, 200, r.text);
    assertLike(r.json(), { data: 'ok' });
    r = await postJson(url);
    assert.equal(r.status, 400);
    assertLike(r.json(), { message: 'Invalid request body' });
});
it(rec('test_apigateway_common.py::TestApiGatewayCommon::test_api_gateway_request_validator_with_ref_one_ofmodels', 'get-models-with-ref', 'successful', 'successful-with-data', 'failed-validation-no-data', 'failed-validation-bad-data'), async () => {
    const api = await newApi(t.client, { name: 'test oneOf ref models' });
    const statusModel = {
        type: 'object',
        properties: { Status: { type: 'string' }, Order: { type: 'integer' } },
        required: ['Status', 'Order'],
    };
    const testModel = {
        type: 'object',
        properties: {
            status: { oneOf: [{ type: 'null' }, { $ref: `https://apigateway.amazonaws.com/restapis/${api.id}/models/StatusModel` }] },
        },
        required: ['status'],
    };
    await t.client.send(new CreateModelCommand({
        restApiId: api.id,
        name: 'StatusModel',
        contentType: 'application/json',
        schema: JSON.stringify(statusModel),
    }));
    await t.client.send(new CreateModelCommand({ restApiId: api.id, name: 'TestModel', contentType: 'application/json', schema: JSON.stringify(testModel) }));
    assertLike(await getModelsByName(api), {
        items: [
            ...DEFAULT_MODELS,
            { contentType: 'application/json', id: A.shortId, name: 'StatusModel', schema: statusModel },
            { contentType: 'application/json', id: A.shortId, name: 'TestModel', schema: testModel },
        ],
    });
    const url = await validatedMock(api, 'TestModel');
    for (const ok of ['{"status": null}', '{"status": {"Status": "works", "Order": 1}}']) {
        const r = await postJson(url, ok);
        assert.equal(r.status, 200, `${ok}: ${r.text}`);
        assertLike(r.json(), { data: 'ok' });
    }
    for (const bad of [undefined, '{"badFormat": "bla"}']) {
        const r = await postJson(url, bad);
        assert.equal(r.status, 400, String(bad));
        assertLike(r.json(), { message: 'Invalid request body' });
    }
});
//# sourceMappingURL=common-request-validation.test.js.map