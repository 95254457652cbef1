/**
 * Replays test_apigateway_import.py (TestApiGatewayImportRestApi) on the `basepath` import parameter
 * (DG: api-gateway-import-api-basePath): `ignore`, `prepend` and `split` of a Swagger 2.0 `basePath`,
 * of an OpenAPI 3.0 server URL's path and of its `{basePath}` server variable, through PutRestApi in
 * overwrite mode and ImportRestApi; the OpenAPI 3.0 APIs are then deployed and called on the path
 * each mode gives, as the recorded test does.
 *
 * The mode changes where the resources go, not what their methods are: in every recording a document's
 * methods answer alike (GetMethod and the three calls derived from it), their integrations'
 * cacheNamespace being their resource's id, except after an overwrite that keeps a resource (see
 * oas30Url). So the methods are written once per document below, and each test says where they are.
 */
import { CreateDeploymentCommand, CreateRestApiCommand, PutRestApiCommand } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rawRequest } from '../helpers/apis.js';
import { A, assertLike, body, rec } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
import { Ids, importDoc, input, json, LAMBDA_INVOCATION_ARN, replayMethods, ROLE_ARN, sortedResources } from './import-replay.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
/** `{get: …}` under a resource path → the walk's keys, `{'<path>-get': …}`. */
const at = (path, methods) => Object.fromEntries(Object.entries(methods).map(([m, v]) => [`${path}-${m}`, v]));
/** swagger.json's GET and OPTIONS (a TOKEN authorizer, MOCK integrations); `ns` is their resource's id. */
const swaggerMethods = (ids, ns) => ({
    get: {
        apiKeyRequired: false,
        authorizationType: 'CUSTOM',
        authorizerId: ids.m('authorizer-id:1'),
        httpMethod: 'GET',
        methodIntegration: {
            cacheKeyParameters: [],
            cacheNamespace: ns,
            integrationResponses: {
                '200': { responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" }, statusCode: '200' },
            },
            passthroughBehavior: 'WHEN_NO_MATCH',
            requestTemplates: { 'application/json': json({ statusCode: 200 }) },
            timeoutInMillis: 29000,
            type: 'MOCK',
        },
        methodResponses: {
            '200': { responseParameters: { 'method.response.header.Access-Control-Allow-Origin': false }, statusCode: '200' },
        },
    },
    options: {
        apiKeyRequired: false,
        authorizationType: 'CUSTOM',
        authorizerId: ids.m('authorizer-id:1'),
        httpMethod: 'OPTIONS',
        methodIntegration: {
            cacheKeyParameters: [],
            cacheNamespace: ns,
            integrationResponses: {
                '200': {
                    responseParameters: {
                        'method.response.header.Access-Control-Allow-Headers': "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'",
                        'method.response.header.Access-Control-Allow-Methods': "'GET,OPTIONS'",
                        'method.response.header.Access-Control-Allow-Origin': "'*'",
                    },
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
                responseParameters: {
                    'method.response.header.Access-Control-Allow-Headers': false,
                    'method.response.header.Access-Control-Allow-Methods': false,
                    'method.response.header.Access-Control-Allow-Origin': false,
                },
                statusCode: '200',
            },
        },
    },
});
/** pets.json's two HTTP methods, GET /pets and GET /pets/{petId}. */
const petsMethods = (ids, pets, pet) => ({
    'pets-get': {
        apiKeyRequired: false,
        authorizationType: 'NONE',
        httpMethod: 'GET',
        methodIntegration: {
            cacheKeyParameters: [],
            cacheNamespace: pets,
            connectionType: 'INTERNET',
            httpMethod: 'GET',
            integrationResponses: { '200': { statusCode: '200' } },
            passthroughBehavior: 'WHEN_NO_MATCH',
            timeoutInMillis: 29000,
            type: 'HTTP',
            uri: 'http://petstore-demo-endpoint.execute-api.com/petstore/pets',
        },
        methodResponses: { '200': { statusCode: '200' } },
    },
    'pets/{petId}-get': {
        apiKeyRequired: false,
        authorizationType: 'NONE',
        httpMethod: 'GET',
        methodIntegration: {
            cacheKeyParameters: [],
            cacheNamespace: pet,
            connectionType: 'INTERNET',
            httpMethod: 'GET',
            integrationResponses: { '200': { statusCode: '200' } },
            passthroughBehavior: 'WHEN_NO_MATCH',
            requestParameters: { 'integration.request.path.id': 'method.request.path.petId' },
            timeoutInMillis: 29000,
            type: 'HTTP',
            uri: 'http://petstore-demo-endpoint.execute-api.com/petstore/pets/{id}',
        },
        methodResponses: { '200': { statusCode: '200' } },
        requestParameters: { 'method.request.path.petId': true },
    },
});
/** The GET and OPTIONS (MOCK) both OpenAPI 3 base-path documents define; the GET's request parameters differ. */
const oas30Methods = (ns, requestParameters) => ({
    get: {
        apiKeyRequired: false,
        authorizationType: 'NONE',
        httpMethod: 'GET',
        methodIntegration: {
            cacheKeyParameters: [],
            cacheNamespace: ns,
            integrationResponses: {
                '200': { responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" }, statusCode: '200' },
            },
            passthroughBehavior: 'WHEN_NO_MATCH',
            requestParameters,
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
    options: {
        apiKeyRequired: false,
        authorizationType: 'NONE',
        httpMethod: 'OPTIONS',
        methodIntegration: {
            cacheKeyParameters: [],
            cacheNamespace: ns,
            integrationResponses: {
                '200': {
                    responseParameters: {
                        'method.response.header.Access-Control-Allow-Headers': "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'",
                        'method.response.header.Access-Control-Allow-Methods': "'GET,OPTIONS'",
                        'method.response.header.Access-Control-Allow-Origin': "'*'",
                    },
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
                responseParameters: {
                    'method.response.header.Access-Control-Allow-Headers': false,
                    'method.response.header.Access-Control-Allow-Methods': false,
                    'method.response.header.Access-Control-Allow-Origin': false,
                },
                statusCode: '200',
            },
        },
    },
});
/** openapi-basepath-server-variable.yaml's GET and OPTIONS (MOCK). */
const oas30Var = (ns) => oas30Methods(ns, { 'integration.request.header.X-Amz-Invocation-Type': "'Event'" });
/**
 * openapi-basepath-url.yaml's GET and OPTIONS (MOCK). Put over the server-variable document in overwrite
 * mode: where the path stays (`ignore`: /test) the resource keeps its id but the integrations' cacheNamespace
 * is a new value (`<cache-namespace:1>` in the recording), elsewhere it is the new resource's id.
 */
const oas30Url = (ns) => oas30Methods(ns, { 'integration.request.header.X-Amz-Invocation-Type': "'Event'", 'integration.request.header.double-single': "'True'" });
const SWAGGER_AUTHORIZER_URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:myapi-authorizer-0-22ad13b/invocations';
const SWAGGER_AUTHORIZER_ROLE = 'arn:aws:iam::000000000000:role/myapi-authorizer-0-authorizer-role-3bd761a';
/**
 * The recorded Swagger test: swagger.json put over a new API in overwrite mode with `basepath`, then
 * pets.json (no basePath) imported with it. The expectations are the recording's for that mode.
 */
async function swaggerBasePath(basepath, ids, expected) {
    const api = await t.client.send(new CreateRestApiCommand({ name: `basepath-swagger-${basepath}` }));
    // The recorded test's substitutions: a real function's invocation ARN and a role for the authorizer.
    const doc = input('swagger.json').replaceAll(SWAGGER_AUTHORIZER_URI, LAMBDA_INVOCATION_ARN).replaceAll(SWAGGER_AUTHORIZER_ROLE, ROLE_ARN);
    const put = await t.client.send(new PutRestApiCommand({ restApiId: api.id, body: Buffer.from(doc), mode: 'overwrite', parameters: { basepath } }));
    assert.equal(put.$metadata.httpStatusCode, 200);
    assertLike(body(put), expected.put);
    const resources = await sortedResources(t, api.id);
    assertLike(resources, expected.resources);
    await replayMethods(t, api.id, resources.items, expected.methods);
    // pets.json has no basePath: every mode imports the same resources.
    const imported = await importDoc(t, input('pets.json'), { parameters: { basepath } });
    const petResources = await sortedResources(t, imported.id);
    assertLike(petResources, expected.petResources);
    await replayMethods(t, imported.id, petResources.items, expected.petMethods);
}
/**
 * The recorded OpenAPI 3.0 test: the server-variable document put over a new API in overwrite mode,
 * deployed and called; then the server-URL document put over it, deployed and called.
 */
async function oas30BasePath(basepath, ids, paths, expected) {
    const api = await t.client.send(new CreateRestApiCommand({ name: `basepath-oas30-${basepath}` }));
    const call = (path) => rawRequest(`${t.app.url}/_aws/execute-api/${api.id}/dev${path}`);
    // The basePath as the `{basePath}` server variable, default "/base-var".
    const put = await t.client.send(new PutRestApiCommand({
        restApiId: api.id,
        body: Buffer.from(input('openapi-basepath-server-variable.yaml')),
        mode: 'overwrite',
        parameters: { basepath },
    }));
    assertLike(body(put), expected.putVariable);
    const resources = await sortedResources(t, api.id);
    assertLike(resources, expected.resourcesVariable);
    await replayMethods(t, api.id, resources.items, expected.methodsVariable);
    await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'dev' }));
    assert.equal((await call(paths.variable)).status, 200);
    // The basePath in the server URL, "/base-url/part/".
    const again = await t.client.send(new PutRestApiCommand({
        restApiId: api.id,
        body: Buffer.from(input('openapi-basepath-url.yaml')),
        mode: 'overwrite',
        parameters: { basepath },
    }));
    assertLike(body(again), expected.putUrl);
    const after = await sortedResources(t, api.id);
    assertLike(after, expected.resourcesUrl);
    await replayMethods(t, api.id, after.items, expected.methodsUrl);
    await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'dev' }));
    assert.equal((await call(paths.url)).status, 200);
}
describe('ImportRestApi / PutRestApi: the basepath parameter (recorded)', () => {
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_rest_apis_with_base_path_swagger[ignore]', 'put-rest-api-swagger-json', 'get-resources-swagger-json', 'method-test-get', 'method-response-test-get', 'integration-test-get', 'integration-response-test-get', 'method-test-options', 'method-response-test-options', 'integration-test-options', 'integration-response-test-options', 'get-resources-no-base-path-swagger', 'method-pets-get', 'method-response-pets-get', 'integration-pets-get', 'integration-response-pets-get', 'method-pets/{petId}-get', 'method-response-pets/{petId}-get', 'integration-pets/{petId}-get', 'integration-response-pets/{petId}-get'), async () => {
        const ids = new Ids();
        await swaggerBasePath('ignore', ids, {
            put: {
                apiKeySource: 'HEADER',
                createdDate: A.date,
                disableExecuteApiEndpoint: false,
                endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
                id: ids.m('id:1'),
                name: ids.m('name:1'),
                rootResourceId: ids.m('id:2'),
                tags: {},
                version: '2',
            },
            resources: {
                items: [
                    { id: ids.m('id:2'), path: '/' },
                    {
                        id: ids.m('id:3'),
                        parentId: ids.m('id:2'),
                        path: '/test',
                        pathPart: 'test',
                        resourceMethods: { GET: {}, OPTIONS: {} },
                    },
                ],
            },
            methods: at('test', swaggerMethods(ids, ids.m('id:3'))),
            petResources: {
                items: [
                    { id: ids.m('id:4'), path: '/' },
                    {
                        id: ids.m('id:5'),
                        parentId: ids.m('id:4'),
                        path: '/pets',
                        pathPart: 'pets',
                        resourceMethods: { GET: {} },
                    },
                    {
                        id: ids.m('id:6'),
                        parentId: ids.m('id:5'),
                        path: '/pets/{petId}',
                        pathPart: '{petId}',
                        resourceMethods: { GET: {} },
                    },
                ],
            },
            petMethods: petsMethods(ids, ids.m('id:5'), ids.m('id:6')),
        });
    });
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_rest_apis_with_base_path_swagger[prepend]', 'put-rest-api-swagger-json', 'get-resources-swagger-json', 'method-base/test-get', 'method-response-base/test-get', 'integration-base/test-get', 'integration-response-base/test-get', 'method-base/test-options', 'method-response-base/test-options', 'integration-base/test-options', 'integration-response-base/test-options', 'get-resources-no-base-path-swagger', 'method-pets-get', 'method-response-pets-get', 'integration-pets-get', 'integration-response-pets-get', 'method-pets/{petId}-get', 'method-response-pets/{petId}-get', 'integration-pets/{petId}-get', 'integration-response-pets/{petId}-get'), async () => {
        const ids = new Ids();
        await swaggerBasePath('prepend', ids, {
            put: {
                apiKeySource: 'HEADER',
                createdDate: A.date,
                disableExecuteApiEndpoint: false,
                endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
                id: ids.m('id:1'),
                name: ids.m('name:1'),
                rootResourceId: ids.m('id:2'),
                tags: {},
                version: '2',
            },
            resources: {
                items: [
                    { id: ids.m('id:2'), path: '/' },
                    { id: ids.m('id:3'), parentId: ids.m('id:2'), path: '/base', pathPart: 'base' },
                    {
                        id: ids.m('id:4'),
                        parentId: ids.m('id:3'),
                        path: '/base/test',
                        pathPart: 'test',
                        resourceMethods: { GET: {}, OPTIONS: {} },
                    },
                ],
            },
            methods: at('base/test', swaggerMethods(ids, ids.m('id:4'))),
            petResources: {
                items: [
                    { id: ids.m('id:5'), path: '/' },
                    {
                        id: ids.m('id:6'),
                        parentId: ids.m('id:5'),
                        path: '/pets',
                        pathPart: 'pets',
                        resourceMethods: { GET: {} },
                    },
                    {
                        id: ids.m('id:7'),
                        parentId: ids.m('id:6'),
                        path: '/pets/{petId}',
                        pathPart: '{petId}',
                        resourceMethods: { GET: {} },
                    },
                ],
            },
            petMethods: petsMethods(ids, ids.m('id:6'), ids.m('id:7')),
        });
    });
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_rest_apis_with_base_path_swagger[split]', 'put-rest-api-swagger-json', 'get-resources-swagger-json', 'method-test-get', 'method-response-test-get', 'integration-test-get', 'integration-response-test-get', 'method-test-options', 'method-response-test-options', 'integration-test-options', 'integration-response-test-options', 'get-resources-no-base-path-swagger', 'method-pets-get', 'method-response-pets-get', 'integration-pets-get', 'integration-response-pets-get', 'method-pets/{petId}-get', 'method-response-pets/{petId}-get', 'integration-pets/{petId}-get', 'integration-response-pets/{petId}-get'), async () => {
        const ids = new Ids();
        await swaggerBasePath('split', ids, {
            put: {
                apiKeySource: 'HEADER',
                createdDate: A.date,
                disableExecuteApiEndpoint: false,
                endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
                id: ids.m('id:1'),
                name: ids.m('name:1'),
                rootResourceId: ids.m('id:2'),
                tags: {},
                version: '2',
            },
            resources: {
                items: [
                    { id: ids.m('id:2'), path: '/' },
                    {
                        id: ids.m('id:3'),
                        parentId: ids.m('id:2'),
                        path: '/test',
                        pathPart: 'test',
                        resourceMethods: { GET: {}, OPTIONS: {} },
                    },
                ],
            },
            methods: at('test', swaggerMethods(ids, ids.m('id:3'))),
            petResources: {
                items: [
                    { id: ids.m('id:4'), path: '/' },
                    {
                        id: ids.m('id:5'),
                        parentId: ids.m('id:4'),
                        path: '/pets',
                        pathPart: 'pets',
                        resourceMethods: { GET: {} },
                    },
                    {
                        id: ids.m('id:6'),
                        parentId: ids.m('id:5'),
                        path: '/pets/{petId}',
                        pathPart: '{petId}',
                        resourceMethods: { GET: {} },
                    },
                ],
            },
            petMethods: petsMethods(ids, ids.m('id:5'), ids.m('id:6')),
        });
    });
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_rest_api_with_base_path_oas30[ignore]', 'put-rest-api-oas30-srv-var', 'get-resources-oas30-srv-var', 'srv-var-method-test-get', 'srv-var-method-response-test-get', 'srv-var-integration-test-get', 'srv-var-integration-response-test-get', 'srv-var-method-test-options', 'srv-var-method-response-test-options', 'srv-var-integration-test-options', 'srv-var-integration-response-test-options', 'put-rest-api-oas30-srv-url', 'get-resources-oas30-srv-url', 'srv-url-method-test-get', 'srv-url-method-response-test-get', 'srv-url-integration-test-get', 'srv-url-integration-response-test-get', 'srv-url-method-test-options', 'srv-url-method-response-test-options', 'srv-url-integration-test-options', 'srv-url-integration-response-test-options'), async () => {
        const ids = new Ids();
        await oas30BasePath('ignore', ids, { variable: '/test', url: '/test' }, {
            putVariable: {
                apiKeySource: 'HEADER',
                createdDate: A.date,
                disableExecuteApiEndpoint: false,
                endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
                id: ids.m('id:1'),
                name: ids.m('name:1'),
                rootResourceId: ids.m('id:2'),
                tags: {},
                version: '2.0',
            },
            resourcesVariable: {
                items: [
                    { id: ids.m('id:2'), path: '/' },
                    {
                        id: ids.m('id:3'),
                        parentId: ids.m('id:2'),
                        path: '/test',
                        pathPart: 'test',
                        resourceMethods: { GET: {}, OPTIONS: {} },
                    },
                ],
            },
            methodsVariable: at('test', oas30Var(ids.m('id:3'))),
            putUrl: {
                apiKeySource: 'HEADER',
                createdDate: A.date,
                disableExecuteApiEndpoint: false,
                endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
                id: ids.m('id:1'),
                name: ids.m('name:1'),
                rootResourceId: ids.m('id:2'),
                tags: {},
                version: '2.0',
                warnings: [
                    "Invalid format for 'requestParameters'. Expected type string for property 'integration.request.header.nothing' of resource '/test' and method 'GET' but got 'true'",
                ],
            },
            resourcesUrl: {
                items: [
                    { id: ids.m('id:2'), path: '/' },
                    {
                        id: ids.m('id:3'),
                        parentId: ids.m('id:2'),
                        path: '/test',
                        pathPart: 'test',
                        resourceMethods: { GET: {}, OPTIONS: {} },
                    },
                ],
            },
            methodsUrl: at('test', oas30Url(ids.m('cache-namespace:1'))),
        });
    });
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_rest_api_with_base_path_oas30[prepend]', 'put-rest-api-oas30-srv-var', 'get-resources-oas30-srv-var', 'srv-var-method-base-var/test-get', 'srv-var-method-response-base-var/test-get', 'srv-var-integration-base-var/test-get', 'srv-var-integration-response-base-var/test-get', 'srv-var-method-base-var/test-options', 'srv-var-method-response-base-var/test-options', 'srv-var-integration-base-var/test-options', 'srv-var-integration-response-base-var/test-options', 'put-rest-api-oas30-srv-url', 'get-resources-oas30-srv-url', 'srv-url-method-base-url/part/test-get', 'srv-url-method-response-base-url/part/test-get', 'srv-url-integration-base-url/part/test-get', 'srv-url-integration-response-base-url/part/test-get', 'srv-url-method-base-url/part/test-options', 'srv-url-method-response-base-url/part/test-options', 'srv-url-integration-base-url/part/test-options', 'srv-url-integration-response-base-url/part/test-options'), async () => {
        const ids = new Ids();
        await oas30BasePath('prepend', ids, { variable: '/base-var/test', url: '/base-url/part/test' }, {
            putVariable: {
                apiKeySource: 'HEADER',
                createdDate: A.date,
                disableExecuteApiEndpoint: false,
                endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
                id: ids.m('id:1'),
                name: ids.m('name:1'),
                rootResourceId: ids.m('id:2'),
                tags: {},
                version: '2.0',
            },
            resourcesVariable: {
                items: [
                    { id: ids.m('id:2'), path: '/' },
                    { id: ids.m('id:3'), parentId: ids.m('id:2'), path: '/base-var', pathPart: 'base-var' },
                    {
                        id: ids.m('id:4'),
                        parentId: ids.m('id:3'),
                        path: '/base-var/test',
                        pathPart: 'test',
                        resourceMethods: { GET: {}, OPTIONS: {} },
                    },
                ],
            },
            methodsVariable: at('base-var/test', oas30Var(ids.m('id:4'))),
            putUrl: {
                apiKeySource: 'HEADER',
                createdDate: A.date,
                disableExecuteApiEndpoint: false,
                endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
                id: ids.m('id:1'),
                name: ids.m('name:1'),
                rootResourceId: ids.m('id:2'),
                tags: {},
                version: '2.0',
                warnings: [
                    "Invalid format for 'requestParameters'. Expected type string for property 'integration.request.header.nothing' of resource '/base-url/part/test' and method 'GET' but got 'true'",
                ],
            },
            resourcesUrl: {
                items: [
                    { id: ids.m('id:2'), path: '/' },
                    { id: ids.m('id:5'), parentId: ids.m('id:2'), path: '/base-url', pathPart: 'base-url' },
                    { id: ids.m('id:6'), parentId: ids.m('id:5'), path: '/base-url/part', pathPart: 'part' },
                    {
                        id: ids.m('id:7'),
                        parentId: ids.m('id:6'),
                        path: '/base-url/part/test',
                        pathPart: 'test',
                        resourceMethods: { GET: {}, OPTIONS: {} },
                    },
                ],
            },
            methodsUrl: at('base-url/part/test', oas30Url(ids.m('id:7'))),
        });
    });
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_rest_api_with_base_path_oas30[split]', 'put-rest-api-oas30-srv-var', 'get-resources-oas30-srv-var', 'srv-var-method-test-get', 'srv-var-method-response-test-get', 'srv-var-integration-test-get', 'srv-var-integration-response-test-get', 'srv-var-method-test-options', 'srv-var-method-response-test-options', 'srv-var-integration-test-options', 'srv-var-integration-response-test-options', 'put-rest-api-oas30-srv-url', 'get-resources-oas30-srv-url', 'srv-url-method-part/test-get', 'srv-url-method-response-part/test-get', 'srv-url-integration-part/test-get', 'srv-url-integration-response-part/test-get', 'srv-url-method-part/test-options', 'srv-url-method-response-part/test-options', 'srv-url-integration-part/test-options', 'srv-url-integration-response-part/test-options'), async () => {
        const ids = new Ids();
        await oas30BasePath('split', ids, { variable: '/test', url: '/part/test' }, {
            putVariable: {
                apiKeySource: 'HEADER',
                createdDate: A.date,
                disableExecuteApiEndpoint: false,
                endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
                id: ids.m('id:1'),
                name: ids.m('name:1'),
                rootResourceId: ids.m('id:2'),
                tags: {},
                version: '2.0',
            },
            resourcesVariable: {
                items: [
                    { id: ids.m('id:2'), path: '/' },
                    {
                        id: ids.m('id:3'),
                        parentId: ids.m('id:2'),
                        path: '/test',
                        pathPart: 'test',
                        resourceMethods: { GET: {}, OPTIONS: {} },
                    },
                ],
            },
            methodsVariable: at('test', oas30Var(ids.m('id:3'))),
            putUrl: {
                apiKeySource: 'HEADER',
                createdDate: A.date,
                disableExecuteApiEndpoint: false,
                endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
                id: ids.m('id:1'),
                name: ids.m('name:1'),
                rootResourceId: ids.m('id:2'),
                tags: {},
                version: '2.0',
                warnings: [
                    "Invalid format for 'requestParameters'. Expected type string for property 'integration.request.header.nothing' of resource '/part/test' and method 'GET' but got 'true'",
                ],
            },
            resourcesUrl: {
                items: [
                    { id: ids.m('id:2'), path: '/' },
                    { id: ids.m('id:4'), parentId: ids.m('id:2'), path: '/part', pathPart: 'part' },
                    {
                        id: ids.m('id:5'),
                        parentId: ids.m('id:4'),
                        path: '/part/test',
                        pathPart: 'test',
                        resourceMethods: { GET: {}, OPTIONS: {} },
                    },
                ],
            },
            methodsUrl: at('part/test', oas30Url(ids.m('id:5'))),
        });
    });
});
//# sourceMappingURL=import-base-path.test.js.map