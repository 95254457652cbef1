/**
 * Replays test_apigateway_import.py (TestApiGatewayImportRestApi) on models and integrations:
 * schemas that reference each other in a cycle (and a request validator checking bodies against them
 * on a deployed stage), an HTTP integration whose `httpMethod` differs from the method's, status codes
 * written as YAML integers, and an HTTP_PROXY URI built from stage variables, called on two stages.
 */
import { CreateDeploymentCommand, CreateStageCommand, GetModelsCommand, GetRequestValidatorsCommand } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createServer } from 'node:http';
import { rawRequest } from '../helpers/apis.js';
import { A, assertLike, body, rec } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
import { Ids, importDoc, input, json, LAMBDA_INVOCATION_ARN, replayMethods, sortedList, sortedResources } from './import-replay.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
const byName = (items) => [...(items ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1));
describe('ImportRestApi: models and integrations (recorded)', () => {
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_with_circular_models', 'import-api', 'get-models', 'resources', 'method-person-post', 'method-response-person-post', 'integration-person-post', 'integration-response-person-post'), async () => {
        const ids = new Ids();
        const res = await importDoc(t, input('openapi.spec.circular-ref.json'), { failOnWarnings: true });
        assert.equal(res.$metadata.httpStatusCode, 201);
        assertLike(body(res), {
            apiKeySource: 'HEADER',
            createdDate: A.date,
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
            id: ids.m('rest-id:1'),
            name: 'Circular model reference',
            rootResourceId: ids.m('resource-id:1'),
            version: '1.0',
        });
        const models = body(await t.client.send(new GetModelsCommand({ restApiId: res.id })));
        assertLike({ ...models, items: byName(models.items) }, {
            items: [
                {
                    contentType: 'application/json',
                    id: ids.m('model-id:1'),
                    name: 'Empty',
                    schema: json({ title: 'Empty Schema', type: 'object' }),
                },
                {
                    contentType: 'application/json',
                    description: 'Where a Person can live',
                    id: ids.m('model-id:2'),
                    name: 'House',
                    schema: json({
                        type: 'object',
                        properties: {
                            randomProperty: { type: 'string', description: 'Random property', format: 'byte' },
                            contains: {
                                minItems: 1,
                                type: 'array',
                                description: 'The information of who is living in the house',
                                items: { $ref: ids.t('https://apigateway.amazonaws.com/restapis/<rest-id:1>/models/Person') },
                            },
                        },
                        description: 'Where a Person can live',
                    }),
                },
                {
                    contentType: 'application/json',
                    description: 'Random person schema.',
                    id: ids.m('model-id:3'),
                    name: 'Person',
                    schema: json({
                        required: sortedList(['b', 'name']),
                        type: 'object',
                        properties: {
                            name: { type: 'string', description: 'Random property' },
                            b: { type: 'number' },
                            house: { $ref: ids.t('https://apigateway.amazonaws.com/restapis/<rest-id:1>/models/House') },
                        },
                        description: 'Random person schema.',
                    }),
                },
            ],
        });
        const resources = await sortedResources(t, res.id);
        assertLike(resources, {
            items: [
                { id: ids.m('resource-id:1'), path: '/' },
                {
                    id: ids.m('resource-id:2'),
                    parentId: ids.m('resource-id:1'),
                    path: '/person',
                    pathPart: 'person',
                    resourceMethods: { POST: {} },
                },
            ],
        });
        await replayMethods(t, res.id, resources.items, {
            'person-post': {
                apiKeyRequired: false,
                authorizationType: 'NONE',
                httpMethod: 'POST',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('resource-id:2'),
                    integrationResponses: {
                        '200': {
                            responseTemplates: { 'application/json': '{"echo": $input.json(\'$\'), "response": "mocked"}' },
                            statusCode: '200',
                        },
                    },
                    passthroughBehavior: 'WHEN_NO_TEMPLATES',
                    requestTemplates: { 'application/json': json({ statusCode: 200 }) },
                    timeoutInMillis: 29000,
                    type: 'MOCK',
                },
                methodResponses: { '200': { responseModels: { 'application/json': 'Empty' }, statusCode: '200' } },
                operationName: 'CreatePerson',
                requestModels: { 'application/json': 'Person' },
            },
        });
    });
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_with_circular_models_and_request_validation', 'import-api', 'get-models', 'request-validators', 'resources', 'method-person-post', 'method-response-person-post', 'integration-person-post', 'integration-response-person-post'), async () => {
        const ids = new Ids();
        const res = await importDoc(t, input('openapi.spec.circular-ref-with-request-body.json'), { failOnWarnings: true });
        assert.equal(res.$metadata.httpStatusCode, 201);
        assertLike(body(res), {
            apiKeySource: 'HEADER',
            createdDate: A.date,
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
            id: ids.m('rest-id:1'),
            name: 'Circular model reference',
            rootResourceId: ids.m('resource-id:1'),
            version: '1.0',
        });
        const id = res.id;
        const models = body(await t.client.send(new GetModelsCommand({ restApiId: id })));
        assertLike({ ...models, items: byName(models.items) }, {
            items: [
                {
                    contentType: 'application/json',
                    id: ids.m('model-id:1'),
                    name: 'Empty',
                    schema: json({ title: 'Empty Schema', type: 'object' }),
                },
                {
                    contentType: 'application/json',
                    description: 'Where a Person can live',
                    id: ids.m('model-id:2'),
                    name: 'House',
                    schema: json({
                        type: 'object',
                        properties: {
                            randomProperty: { type: 'string', description: 'Random property', format: 'byte' },
                            contains: {
                                minItems: 1,
                                type: 'array',
                                description: 'The information of who is living in the house',
                                items: { $ref: ids.t('https://apigateway.amazonaws.com/restapis/<rest-id:1>/models/Person') },
                            },
                        },
                        description: 'Where a Person can live',
                    }),
                },
                {
                    contentType: 'application/json',
                    description: 'Random person schema.',
                    id: ids.m('model-id:3'),
                    name: 'Person',
                    schema: json({
                        required: sortedList(['b', 'name']),
                        type: 'object',
                        properties: {
                            name: { type: 'string', description: 'Random property' },
                            b: { type: 'number' },
                            house: { $ref: ids.t('https://apigateway.amazonaws.com/restapis/<rest-id:1>/models/House') },
                        },
                        description: 'Random person schema.',
                    }),
                },
            ],
        });
        assertLike(body(await t.client.send(new GetRequestValidatorsCommand({ restApiId: id }))), {
            items: [
                {
                    id: ids.m('request-validator-id:1'),
                    name: 'basic',
                    validateRequestBody: true,
                    validateRequestParameters: true,
                },
            ],
        });
        const resources = await sortedResources(t, id);
        assertLike(resources, {
            items: [
                { id: ids.m('resource-id:1'), path: '/' },
                {
                    id: ids.m('resource-id:2'),
                    parentId: ids.m('resource-id:1'),
                    path: '/person',
                    pathPart: 'person',
                    resourceMethods: { POST: {} },
                },
            ],
        });
        await replayMethods(t, id, resources.items, {
            'person-post': {
                apiKeyRequired: false,
                authorizationType: 'NONE',
                httpMethod: 'POST',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('resource-id:2'),
                    integrationResponses: {
                        '200': {
                            responseTemplates: { 'application/json': '{"echo": $input.json(\'$\'), "response": "mocked"}' },
                            statusCode: '200',
                        },
                    },
                    passthroughBehavior: 'WHEN_NO_TEMPLATES',
                    requestTemplates: { 'application/json': json({ statusCode: 200 }) },
                    timeoutInMillis: 29000,
                    type: 'MOCK',
                },
                methodResponses: { '200': { responseModels: { 'application/json': 'Empty' }, statusCode: '200' } },
                operationName: 'CreatePerson',
                requestModels: { 'application/json': 'Person' },
                requestValidatorId: ids.m('request-validator-id:1'),
            },
        });
        // Deployed, the validator checks bodies against the circular models, as the recorded test asserts.
        await t.client.send(new CreateDeploymentCommand({ restApiId: id, stageName: 'dev' }));
        const post = (doc) => rawRequest(`${t.app.url}/_aws/execute-api/${id}/dev/person`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(doc),
        });
        const ok = await post({ name: 'Person1', b: 2, house: { randomProperty: 'this is random', contains: [{ name: 'Person2', b: 3 }] } });
        assert.equal(ok.status, 200);
        for (const bad of [
            { random: 'blabla' },
            {
                name: 'Person1',
                b: 2,
                house: {
                    randomProperty: 'this is random, but I follow House schema except for contains',
                    contains: [{ randomObject: 'I am not following Person schema' }],
                },
            },
        ]) {
            const refused = await post(bad);
            assert.equal(refused.status, 400);
            assert.equal(refused.json().message, 'Invalid request body');
        }
    });
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_with_http_method_integration', 'resources', 'method-root-get', 'method-response-root-get', 'integration-root-get', 'integration-response-root-get', 'method-root-options', 'method-response-root-options', 'integration-root-options', 'integration-response-root-options'), async () => {
        const ids = new Ids();
        const doc = input('openapi-http-method-integration.json').replaceAll('${lambda_invocation_arn}', LAMBDA_INVOCATION_ARN);
        const res = await importDoc(t, doc, { failOnWarnings: true });
        const resources = await sortedResources(t, res.id);
        assertLike(resources, { items: [{ id: ids.m('id:1'), path: '/', resourceMethods: { GET: {}, OPTIONS: {} } }] });
        await replayMethods(t, res.id, resources.items, {
            'root-get': {
                apiKeyRequired: false,
                authorizationType: 'NONE',
                httpMethod: 'GET',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('id:1'),
                    contentHandling: 'CONVERT_TO_TEXT',
                    httpMethod: 'POST',
                    integrationResponses: { '200': { statusCode: '200' } },
                    passthroughBehavior: 'WHEN_NO_TEMPLATES',
                    requestParameters: { 'integration.request.header.X-Amz-Invocation-Type': "'Event'" },
                    requestTemplates: {
                        'application/json': '#set($allParams = $input.params())\n{\n  "params" : {\n    #foreach($type in $allParams.keySet())\n      #set($params = $allParams.get($type))\n      "$type" : {\n        #foreach($paramName in $params.keySet())\n          "$paramName" : "$util.escapeJavaScript($params.get($paramName))"\n          #if($foreach.hasNext),#end\n        #end\n      }\n      #if($foreach.hasNext),#end\n    #end\n  }\n}\n',
                    },
                    timeoutInMillis: 29000,
                    type: 'AWS',
                    uri: ids.m('uri:1'),
                },
                methodResponses: { '200': { responseModels: { 'application/json': 'Empty' }, statusCode: '200' } },
            },
            'root-options': {
                apiKeyRequired: false,
                authorizationType: 'NONE',
                httpMethod: 'OPTIONS',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('id:1'),
                    integrationResponses: {
                        '200': {
                            responseParameters: { 'method.response.header.Access-Control-Allow-Headers': "'Content-Type'" },
                            statusCode: '200',
                        },
                    },
                    passthroughBehavior: 'WHEN_NO_MATCH',
                    requestTemplates: { 'application/json': json({ statusCode: 200 }) },
                    timeoutInMillis: 29000,
                    type: 'MOCK',
                },
                methodResponses: {
                    '200': {
                        responseModels: { 'application/json': 'Empty' },
                        responseParameters: { 'method.response.header.Access-Control-Allow-Headers': false },
                        statusCode: '200',
                    },
                },
            },
        });
    });
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_with_integer_http_status_code', 'resources', 'method-test-get', 'method-response-test-get', 'integration-test-get', 'integration-response-test-get'), async () => {
        // `200:` (a YAML integer) as a method response and integration response status: stored as the string "200".
        const ids = new Ids();
        const res = await importDoc(t, input('openapi-method-int.spec.yaml'), { failOnWarnings: true });
        const resources = await sortedResources(t, res.id);
        assertLike(resources, {
            items: [
                { id: ids.m('id:1'), path: '/' },
                { id: ids.m('id:2'), parentId: ids.m('id:1'), path: '/test', pathPart: 'test', resourceMethods: { GET: {} } },
            ],
        });
        await replayMethods(t, res.id, resources.items, {
            'test-get': {
                apiKeyRequired: false,
                authorizationType: 'NONE',
                httpMethod: 'GET',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('id:2'),
                    integrationResponses: {
                        '200': {
                            responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
                            statusCode: '200',
                        },
                    },
                    passthroughBehavior: 'WHEN_NO_MATCH',
                    requestParameters: { 'integration.request.header.X-Amz-Invocation-Type': "'Event'" },
                    requestTemplates: { 'application/json': json({ statusCode: 200 }) },
                    timeoutInMillis: 29000,
                    type: 'MOCK',
                },
                methodResponses: {
                    '200': {
                        responseModels: { 'application/json': 'Empty' },
                        responseParameters: { 'method.response.header.Access-Control-Allow-Origin': false },
                        statusCode: '200',
                    },
                },
            },
        });
    });
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_with_stage_variables', 'get-resp-from-http', 'get-error-resp-from-http'), async () => {
        // The recorded test's echo server answers what it received as httpbin does (headers left out);
        // locally, as in the recorded test run outside AWS, the URI's https:// is http://.
        const echo = createServer((req, res) => {
            const chunks = [];
            req.on('data', (c) => chunks.push(c));
            req.on('end', () => {
                const url = new URL(req.url, `http://${req.headers.host}`);
                res.writeHead(200, { 'content-type': 'application/json' });
                res.end(JSON.stringify({
                    args: Object.fromEntries(url.searchParams),
                    data: Buffer.concat(chunks).toString(),
                    domain: req.headers.host,
                    method: req.method,
                    origin: req.socket.remoteAddress,
                    path: url.pathname,
                }));
            });
        });
        await new Promise((resolve) => echo.listen(0, '127.0.0.1', resolve));
        try {
            const host = `127.0.0.1:${echo.address().port}`;
            const res = await importDoc(t, input('openapi.spec.stage-variables.json').replaceAll('https://', 'http://'), {
                failOnWarnings: true,
            });
            const id = res.id;
            const deployment = await t.client.send(new CreateDeploymentCommand({ restApiId: id }));
            await t.client.send(new CreateStageCommand({
                restApiId: id,
                stageName: 'v1',
                deploymentId: deployment.id,
                variables: { TestHost: host, testPath: 'test-path', querystring: 'qs_key=qs_value' },
            }));
            const ok = await rawRequest(`${t.app.url}/_aws/execute-api/${id}/v1/path1`);
            assert.equal(ok.status, 200);
            assertLike(ok.json(), {
                args: { qs_key: 'qs_value' },
                data: '',
                domain: host,
                method: 'POST',
                origin: A.string,
                path: '/test-path',
            });
            // Without the variables the URI is no URL: 500, INTEGRATION_FAILURE's type.
            await t.client.send(new CreateStageCommand({ restApiId: id, stageName: 'v2', deploymentId: deployment.id }));
            const failed = await rawRequest(`${t.app.url}/_aws/execute-api/${id}/v2/path1`);
            assert.equal(failed.status, 500);
            assert.deepEqual({ body: failed.json(), errorType: failed.headers['x-amzn-errortype'] }, {
                body: { message: 'Internal server error' },
                errorType: 'InternalServerErrorException',
            });
        }
        finally {
            await new Promise((resolve) => echo.close(() => resolve()));
        }
    });
});
//# sourceMappingURL=import-models-integrations.test.js.map