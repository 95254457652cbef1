/**
 * ImportRestApi through the AWS SDK. Expected values are AWS's recorded answers: peer-localstack
 * F43–F51 and LS-snap test_apigateway_import ([imp]); other texts cite their public source in
 * src/services/apigateway/openapi/*.ts.
 */
import { CreateDeploymentCommand, GetAuthorizersCommand, GetDocumentationPartsCommand, GetGatewayResponseCommand, GetIntegrationCommand, GetMethodCommand, GetModelCommand, GetModelsCommand, GetRequestValidatorsCommand, GetRestApiCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { stringify as toYaml } from 'yaml';
import { ACCOUNT, raw, sdkError, startTollgate } from '../../../helpers/tollgate.js';
import { apiCount, fixture, importApi, methodMap, mockOp, MOCK, oas3, paths, resources, swagger } from './helpers.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
const badInput = { name: 'BadRequestException', message: 'Invalid OpenAPI input.', status: 400 };
const idOf = async (restApiId, path) => (await resources(t, restApiId)).find((r) => r.path === path).id;
const method = async (restApiId, path, httpMethod) => t.client.send(new GetMethodCommand({ restApiId, resourceId: await idOf(restApiId, path), httpMethod }));
describe('ImportRestApi: the PetStore example (F44, F49)', () => {
    let id;
    before(async () => {
        const res = await importApi(t, fixture('petstore.json'));
        assert.equal(res.$metadata.httpStatusCode, 201);
        id = res.id;
    });
    it('creates the API from info: name, description, EDGE, no tags, no version (the example has none)', async () => {
        const api = await t.client.send(new GetRestApiCommand({ restApiId: id }));
        assert.equal(api.name, 'PetStore');
        assert.equal(api.description, 'Your first API with Amazon API Gateway. This is a sample API that integrates via HTTP with our demo Pet Store endpoints');
        assert.deepEqual(api.endpointConfiguration, { types: ['EDGE'], ipAddressType: 'ipv4' });
        assert.equal(api.apiKeySource, 'HEADER');
        assert.equal('version' in api, false);
        assert.deepEqual(api.tags, {});
    });
    it('creates a resource per path and lists methods as empty objects (F49)', async () => {
        assert.deepEqual(await methodMap(t, id), { '/': ['GET'], '/pets': ['GET', 'OPTIONS', 'POST'], '/pets/{petId}': ['GET', 'OPTIONS'] });
        const listed = await raw(t.app.adminUrl, 'GET', `/restapis/${id}/resources`);
        const pets = listed.json.item.find((r) => r.path === '/pets');
        assert.deepEqual(pets.resourceMethods, { GET: {}, OPTIONS: {}, POST: {} });
    });
    it('creates the models of `definitions` only (the default Error model is gone), $refs as model URLs', async () => {
        const models = (await t.client.send(new GetModelsCommand({ restApiId: id }))).items;
        assert.deepEqual(models.map((m) => m.name).sort(), ['Empty', 'NewPet', 'NewPetResponse', 'Pet', 'PetType', 'Pets']);
        for (const m of models)
            assert.equal(m.contentType, 'application/json');
        const newPet = JSON.parse((await t.client.send(new GetModelCommand({ restApiId: id, modelName: 'NewPet' }))).schema);
        assert.deepEqual(newPet, {
            type: 'object',
            properties: { type: { $ref: `https://apigateway.amazonaws.com/restapis/${id}/models/PetType` }, price: { type: 'number' } },
        });
        const pets = JSON.parse((await t.client.send(new GetModelCommand({ restApiId: id, modelName: 'Pets' }))).schema);
        assert.deepEqual(pets, { type: 'array', items: { $ref: `https://apigateway.amazonaws.com/restapis/${id}/models/Pet` } });
    });
    it('GET / is a MOCK method with its integration and method responses ([imp] method-root-get)', async () => {
        const root = await method(id, '/', 'GET');
        assert.equal(root.authorizationType, 'NONE');
        assert.equal(root.apiKeyRequired, false);
        assert.deepEqual(root.methodResponses, {
            200: { statusCode: '200', responseParameters: { 'method.response.header.Content-Type': false } },
        });
        const i = root.methodIntegration;
        assert.equal(i.type, 'MOCK');
        assert.equal(i.passthroughBehavior, 'WHEN_NO_MATCH');
        assert.equal(i.timeoutInMillis, 29000);
        assert.deepEqual(i.cacheKeyParameters, []);
        assert.equal(i.cacheNamespace, await idOf(id, '/'));
        assert.equal('connectionType' in i || 'httpMethod' in i || 'uri' in i, false);
        assert.deepEqual(i.requestTemplates, { 'application/json': '{"statusCode": 200}' });
        const ir = i.integrationResponses['200'];
        assert.equal(ir.statusCode, '200');
        assert.equal('selectionPattern' in ir, false);
        assert.deepEqual(ir.responseParameters, { 'method.response.header.Content-Type': "'text/html'" });
        assert.match(ir.responseTemplates['text/html'], /Welcome to your Pet Store API/);
    });
    it('GET /pets: query parameters, HTTP integration with connectionType INTERNET, response model Pets', async () => {
        const m = await method(id, '/pets', 'GET');
        assert.deepEqual(m.requestParameters, { 'method.request.querystring.type': false, 'method.request.querystring.page': false });
        assert.deepEqual(m.methodResponses['200'], {
            statusCode: '200',
            responseModels: { 'application/json': 'Pets' },
            responseParameters: { 'method.response.header.Access-Control-Allow-Origin': false },
        });
        const i = m.methodIntegration;
        assert.deepEqual([i.type, i.httpMethod, i.connectionType, i.uri], ['HTTP', 'GET', 'INTERNET', 'http://petstore.execute-api.us-east-1.amazonaws.com/petstore/pets']);
        assert.deepEqual(i.requestParameters, {
            'integration.request.querystring.page': 'method.request.querystring.page',
            'integration.request.querystring.type': 'method.request.querystring.type',
        });
    });
    it('POST /pets: operationName and the body model; GET /pets/{petId}: the path parameter is required', async () => {
        const post = await method(id, '/pets', 'POST');
        assert.equal(post.operationName, 'CreatePet');
        assert.deepEqual(post.requestModels, { 'application/json': 'NewPet' });
        assert.equal(post.methodResponses['200'].responseModels['application/json'], 'NewPetResponse');
        const get = await method(id, '/pets/{petId}', 'GET');
        assert.equal(get.operationName, 'GetPet');
        assert.deepEqual(get.requestParameters, { 'method.request.path.petId': true });
        assert.deepEqual(get.methodIntegration.requestParameters, { 'integration.request.path.petId': 'method.request.path.petId' });
    });
    it('imports x-amazon-apigateway-documentation as documentation parts, locations filled with defaults', async () => {
        const parts = (await t.client.send(new GetDocumentationPartsCommand({ restApiId: id, limit: 100 }))).items;
        assert.equal(parts.length, 14);
        const rootGet = parts.find((p) => p.location.type === 'METHOD' && p.location.path === '/');
        assert.deepEqual(rootGet.location, { type: 'METHOD', path: '/', method: 'GET' });
        assert.deepEqual(JSON.parse(rootGet.properties), {
            tags: ['pets'],
            description: 'PetStore HTML web page containing API usage information',
        });
    });
    it('deploys, and the MOCK methods answer through the data plane', async () => {
        await t.client.send(new CreateDeploymentCommand({ restApiId: id, stageName: 'dev' }));
        const home = await fetch(`${t.app.url}/_aws/execute-api/${id}/dev/`, { headers: { Accept: 'text/html' } });
        assert.equal(home.status, 200);
        assert.match(home.headers.get('content-type') ?? '', /text\/html/);
        const html = await home.text();
        assert.match(html, /<h1>Welcome to your Pet Store API<\/h1>/);
        assert.match(html, /href="\/dev\/pets\/"/);
        const cors = await fetch(`${t.app.url}/_aws/execute-api/${id}/dev/pets`, { method: 'OPTIONS' });
        assert.equal(cors.status, 200);
        assert.equal(cors.headers.get('access-control-allow-methods'), 'POST,GET,OPTIONS');
        assert.equal(cors.headers.get('access-control-allow-origin'), '*');
    });
});
describe('ImportRestApi: parameters', () => {
    it('ignore=documentation imports no documentation parts', async () => {
        const res = await importApi(t, fixture('petstore.json'), { parameters: { ignore: 'documentation' } });
        assert.deepEqual((await t.client.send(new GetDocumentationPartsCommand({ restApiId: res.id }))).items ?? [], []);
    });
    it('endpointConfigurationTypes chooses the endpoint type (EDGE by default)', async () => {
        const doc = swagger({ '/a': { get: mockOp() } });
        assert.deepEqual((await importApi(t, doc, { parameters: { endpointConfigurationTypes: 'REGIONAL' } })).endpointConfiguration, {
            types: ['REGIONAL'],
            ipAddressType: 'ipv4',
        });
        assert.deepEqual((await importApi(t, doc, { parameters: { endpointConfigurationTypes: 'PRIVATE' } })).endpointConfiguration, {
            types: ['PRIVATE'],
            ipAddressType: 'dualstack',
        });
        assert.deepEqual(await sdkError(importApi(t, doc, { parameters: { endpointConfigurationTypes: 'WRONG' } })), {
            name: 'BadRequestException',
            message: 'Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE',
            status: 400,
        });
    });
    it('basepath with a Swagger basePath: ignore / prepend / split (F47)', async () => {
        const doc = swagger({ '/test': { get: mockOp() } }, { basePath: '/base' });
        assert.deepEqual(await paths(t, (await importApi(t, doc)).id), ['/', '/test']);
        assert.deepEqual(await paths(t, (await importApi(t, doc, { parameters: { basepath: 'ignore' } })).id), ['/', '/test']);
        const prepend = (await importApi(t, doc, { parameters: { basepath: 'prepend' } })).id;
        assert.deepEqual(await methodMap(t, prepend), { '/': [], '/base': [], '/base/test': ['GET'] });
        assert.deepEqual(await paths(t, (await importApi(t, doc, { parameters: { basepath: 'split' } })).id), ['/', '/test']);
    });
    it('basepath with a deeper basePath: the developer guide example /a/b/c + /e and /f', async () => {
        const doc = swagger({ '/e': { get: mockOp() }, '/f': { get: mockOp() } }, { basePath: '/a/b/c' });
        assert.deepEqual(await paths(t, (await importApi(t, doc, { parameters: { basepath: 'prepend' } })).id), [
            '/',
            '/a',
            '/a/b',
            '/a/b/c',
            '/a/b/c/e',
            '/a/b/c/f',
        ]);
        assert.deepEqual(await paths(t, (await importApi(t, doc, { parameters: { basepath: 'split' } })).id), ['/', '/b', '/b/c', '/b/c/e', '/b/c/f']);
    });
    it('OAS 3 base paths from the basePath server variable or the server URL (F48)', async () => {
        const byVar = oas3({ '/test': { get: mockOp() } }, { servers: [{ url: 'https://example.com/{basePath}', variables: { basePath: { default: 'base-var' } } }] });
        const byUrl = oas3({ '/test': { get: mockOp() } }, { servers: [{ url: 'https://testdomain.com/base-url/part/' }] });
        const cases = [
            [byVar, 'prepend', ['/', '/base-var', '/base-var/test']],
            [byVar, 'split', ['/', '/test']],
            [byVar, 'ignore', ['/', '/test']],
            [byUrl, 'prepend', ['/', '/base-url', '/base-url/part', '/base-url/part/test']],
            [byUrl, 'split', ['/', '/part', '/part/test']],
            [byUrl, 'ignore', ['/', '/test']],
        ];
        for (const [doc, basepath, expected] of cases) {
            assert.deepEqual(await paths(t, (await importApi(t, doc, { parameters: { basepath } })).id), expected, basepath);
        }
    });
});
describe('ImportRestApi: bad documents (F43)', () => {
    it('answers 400 "Invalid OpenAPI input." for malformed JSON or YAML, scalars, other versions (3.1) and empty bodies, and creates nothing', async () => {
        const before = await apiCount(t);
        const bodies = [
            '{"swagger": "2.0", "info": ',
            'openapi: 3.0.1\ninfo: [unclosed',
            '"just a string"',
            '42',
            '',
            JSON.stringify({ openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: {} }),
            JSON.stringify({ swagger: '1.2', info: { title: 'x' }, paths: {} }),
            JSON.stringify({ info: { title: 'x' }, paths: {} }),
        ];
        for (const body of bodies)
            assert.deepEqual(await sdkError(importApi(t, body)), badInput, body);
        assert.equal(await apiCount(t), before);
    });
    it('refuses a definition over 6 MB', async () => {
        const big = JSON.stringify(swagger({}, { 'x-filler': 'x'.repeat(6 * 1024 * 1024) }));
        assert.deepEqual(await sdkError(importApi(t, big)), {
            name: 'BadRequestException',
            message: 'API definition file exceeds the maximum size of 6 MB',
            status: 400,
        });
    });
    it('reads YAML as well as JSON (Swagger 2.0 and OpenAPI 3.0)', async () => {
        const yaml = toYaml(oas3({ '/y': { get: mockOp() } }, { info: { title: 'from yaml', version: '2.0' } }));
        const res = await importApi(t, yaml);
        assert.equal(res.name, 'from yaml');
        assert.equal(res.version, '2.0');
        assert.deepEqual(await methodMap(t, res.id), { '/': [], '/y': ['GET'] });
    });
});
describe('ImportRestApi: warnings and errors (failonwarnings)', () => {
    // [imp] put-rest-api-oas30-srv-url: a boolean integration request parameter.
    const withWarning = oas3({
        '/test': {
            get: mockOp({
                'x-amazon-apigateway-integration': {
                    ...MOCK,
                    requestParameters: { 'integration.request.header.nothing': true, 'integration.request.header.ok': "'yes'" },
                },
            }),
        },
    });
    const warningText = "Invalid format for 'requestParameters'. Expected type string for property 'integration.request.header.nothing' of resource '/test' and method 'GET' but got 'true'";
    it('imports and returns the warnings in the RestApi when failonwarnings is false (F44)', async () => {
        const res = await importApi(t, withWarning);
        assert.deepEqual(res.warnings, [warningText]);
        const i = await t.client.send(new GetIntegrationCommand({ restApiId: res.id, resourceId: await idOf(res.id, '/test'), httpMethod: 'GET' }));
        assert.deepEqual(i.requestParameters, { 'integration.request.header.ok': "'yes'" });
        assert.equal('warnings' in (await t.client.send(new GetRestApiCommand({ restApiId: res.id }))), false);
    });
    it('with failonwarnings=true answers 400 with the warnings and writes nothing', async () => {
        const before = await apiCount(t);
        assert.deepEqual(await sdkError(importApi(t, withWarning, { failOnWarnings: true })), {
            name: 'BadRequestException',
            message: `Warnings found during import:\n\t${warningText}`,
            status: 400,
        });
        assert.equal(await apiCount(t), before);
    });
    it('lists every error, then the warnings, and writes nothing', async () => {
        const before = await apiCount(t);
        const doc = oas3({
            '/items': { get: mockOp({ parameters: [{ name: 'page[size]', in: 'query', schema: { type: 'string' } }] }) },
            '/tags': { get: mockOp({ 'x-amazon-apigateway-integration': { ...MOCK, timeoutInMillis: 60000 } }) },
            '/test': withWarning.paths['/test'],
        }, { components: { schemas: { body_1: { type: 'object' } } } });
        assert.deepEqual(await sdkError(importApi(t, doc)), {
            name: 'BadRequestException',
            message: [
                'Errors found during import:',
                "\tUnable to create model for 'body_1': Model name must be alphanumeric: body_1",
                "\tUnable to put method 'GET' on resource at path '/items': Invalid mapping expression specified: Validation Result: warnings : [], errors : [Parameter name should match the following regular expression: ^[a-zA-Z0-9._$-]+$]",
                "\tUnable to put integration on 'GET' for resource at path '/tags': Timeout should be between 50 ms and 29000 ms",
                'Additionally, these warnings were found:',
                `\t${warningText}`,
            ].join('\n'),
            status: 400,
        });
        assert.equal(await apiCount(t), before);
    });
    it("integration checks are PutIntegration's (bad URI, bad ARN, missing httpMethod, bad type)", async () => {
        const doc = swagger({
            '/a': { get: mockOp({ 'x-amazon-apigateway-integration': { type: 'http', httpMethod: 'GET', uri: 'not a url' } }) },
            '/b': {
                get: mockOp({
                    'x-amazon-apigateway-integration': { type: 'aws', httpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:functions/x' },
                }),
            },
            '/c': { get: mockOp({ 'x-amazon-apigateway-integration': { type: 'http_proxy', uri: 'https://example.com' } }) },
            '/d': { get: mockOp({ 'x-amazon-apigateway-integration': { type: 'https_proxy' } }) },
        });
        const err = await sdkError(importApi(t, doc));
        assert.equal(err.message, [
            'Errors found during import:',
            "\tUnable to put integration on 'GET' for resource at path '/a': Invalid HTTP endpoint specified for URI",
            "\tUnable to put integration on 'GET' for resource at path '/b': AWS ARN for integration must contain path or action",
            "\tUnable to put integration on 'GET' for resource at path '/c': Enumeration value for HttpMethod must be non-empty",
            "\tUnable to put integration on 'GET' for resource at path '/d': Invalid integration type specified: https_proxy. Valid options are HTTP,HTTP_PROXY,AWS,AWS_PROXY,MOCK",
        ].join('\n'));
    });
    it("mapping expressions are PutIntegration's, PutIntegrationResponse's and PutGatewayResponse's (control/mapping-expressions.ts)", async () => {
        const doc = swagger({
            '/a/{id}': {
                get: mockOp({
                    'x-amazon-apigateway-integration': {
                        type: 'mock',
                        requestParameters: {
                            'integration.request.path.id': 'method.request.path.id',
                            'integration.request.header.x': 'method.request.header.x',
                        },
                    },
                }),
            },
            '/b': {
                get: mockOp({
                    responses: { 200: { description: 'ok', headers: { 'X-Out': { type: 'string' } } } },
                    'x-amazon-apigateway-integration': {
                        type: 'mock',
                        responses: { default: { statusCode: '200', responseParameters: { 'method.response.header.X-Out': 'garbage' } } },
                    },
                }),
            },
            '/c': {
                get: mockOp({
                    responses: { 200: { description: 'ok', headers: { 'X-Out': { type: 'string' } } } },
                    'x-amazon-apigateway-integration': {
                        type: 'mock',
                        responses: { default: { statusCode: '200', responseParameters: { 'method.response.header.X-Out': "'ok'" } } },
                    },
                }),
            },
        }, { 'x-amazon-apigateway-gateway-responses': { DEFAULT_4XX: { responseParameters: { 'gatewayresponse.header.a': 'test-value' } } } });
        assert.equal((await sdkError(importApi(t, doc))).message, [
            'Errors found during import:',
            "\tUnable to put gateway response 'DEFAULT_4XX': Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: test-value]",
            "\tUnable to put integration on 'GET' for resource at path '/a/{id}': Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.request.header.x]",
            "\tUnable to put integration response on 'GET' for resource at path '/b': Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: garbage]",
        ].join('\n'));
    });
    it('a reference to a schema outside the document is not in canonical form', async () => {
        const doc = oas3({}, { components: { schemas: { Feed: { $ref: 'https://example.com/schemas/feed.json' } } } });
        assert.equal((await sdkError(importApi(t, doc))).message, "Errors found during import:\n\tUnable to create model for 'Feed': Invalid model specified: Validation Result: warnings : [], errors : [Model reference must be in canonical form]");
    });
    it("a method referring to an undefined schema gets no model, with AWS's warning", async () => {
        const doc = oas3({
            '/x': {
                get: mockOp({
                    responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Missing' } } } } },
                }),
            },
        });
        const res = await importApi(t, doc);
        assert.deepEqual(res.warnings, ["Reference to model 'Missing' not found. Ignoring."]);
        assert.deepEqual((await method(res.id, '/x', 'GET')).methodResponses, { 200: { statusCode: '200' } });
    });
    it('a model referring to an undefined model is an error', async () => {
        const doc = oas3({}, { components: { schemas: { A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } } } } });
        assert.equal((await sdkError(importApi(t, doc))).message, "Errors found during import:\n\tUnable to create model for 'A': Invalid model specified: Validation Result: warnings : [], errors : [Invalid model specified: B]");
    });
    it("path parts follow CreateResource's rules", async () => {
        const doc = oas3({ '/recordings/{id}.mp3': { get: mockOp() }, '/a/{x}': { get: mockOp() }, '/a/{y}': { get: mockOp() } });
        assert.equal((await sdkError(importApi(t, doc))).message, [
            'Errors found during import:',
            "\tUnable to create resource at path '/recordings/{id}.mp3': Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.",
        ].join('\n'));
        const siblings = oas3({ '/a/{x}': { get: mockOp() }, '/a/{y}': { get: mockOp() } });
        assert.equal((await sdkError(importApi(t, siblings))).message, "Errors found during import:\n\tUnable to create resource at path '/a/{y}': A sibling ({x}) of this resource already has a variable path part -- only one is allowed");
    });
    it('a document without a title cannot name the API', async () => {
        assert.deepEqual(await sdkError(importApi(t, { swagger: '2.0', info: { version: '1' }, paths: {} })), badInput);
    });
});
describe('ImportRestApi with --aws-limits', () => {
    let limited;
    before(async () => {
        limited = await startTollgate(['--aws-limits']);
    });
    after(async () => {
        await limited.close();
    });
    it('refuses more than 300 resources (DG:limits, as CreateResource does) and creates nothing', async () => {
        const many = oas3(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`/r${i}`, { get: mockOp() }])));
        assert.deepEqual(await sdkError(importApi(limited, many)), {
            name: 'LimitExceededException',
            message: 'Maximum number of Resources for this API has been reached: 300',
            status: 429,
        });
        assert.equal(await apiCount(limited), 0);
        delete many.paths['/r299'];
        assert.equal((await paths(limited, (await importApi(limited, many)).id)).length, 300);
    });
});
describe('ImportRestApi: methods, parameters, models', () => {
    it('x-amazon-apigateway-any-method is ANY; path variables become required parameters even when undeclared ([imp] /echo/{data})', async () => {
        const doc = oas3({ '/echo/{data}': { 'x-amazon-apigateway-any-method': mockOp() } });
        const id = (await importApi(t, doc)).id;
        assert.deepEqual(await methodMap(t, id), { '/': [], '/echo': [], '/echo/{data}': ['ANY'] });
        assert.deepEqual((await method(id, '/echo/{data}', 'ANY')).requestParameters, { 'method.request.path.data': true });
    });
    it('query and header parameters keep `required`; path-level parameters apply to every operation; duplicates are refused', async () => {
        const doc = oas3({
            '/things/{id}': {
                parameters: [{ name: 'X-Trace', in: 'header', required: true, schema: { type: 'string' } }],
                get: mockOp({
                    parameters: [
                        { name: 'q', in: 'query', required: true, schema: { type: 'string' } },
                        { name: 'page', in: 'query', schema: { type: 'integer' } },
                    ],
                }),
                delete: mockOp(),
            },
        });
        const id = (await importApi(t, doc)).id;
        assert.deepEqual((await method(id, '/things/{id}', 'GET')).requestParameters, {
            'method.request.path.id': true,
            'method.request.header.X-Trace': true,
            'method.request.querystring.q': true,
            'method.request.querystring.page': false,
        });
        assert.deepEqual((await method(id, '/things/{id}', 'DELETE')).requestParameters, {
            'method.request.path.id': true,
            'method.request.header.X-Trace': true,
        });
        const dup = oas3({ '/d/{id}': { get: mockOp({ parameters: [{ name: 'id', in: 'query', schema: { type: 'string' } }] }) } });
        assert.equal((await sdkError(importApi(t, dup))).message, "Errors found during import:\n\tUnable to put method 'GET' on resource at path '/d/{id}': Parameter names must be unique across querystring, header and path");
    });
    it('inline request and response schemas become MODEL + 6 hex digit models; keywords draft 4 lacks are dropped', async () => {
        const doc = oas3({
            '/users': {
                post: mockOp({
                    requestBody: {
                        content: {
                            'application/json': {
                                schema: {
                                    type: 'object',
                                    required: ['name'],
                                    properties: { name: { type: 'string', example: 'Ann', readOnly: true } },
                                    additionalProperties: false,
                                },
                            },
                        },
                    },
                    responses: {
                        201: {
                            description: 'created',
                            headers: { Location: { schema: { type: 'string' } } },
                            content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } },
                        },
                    },
                }),
            },
        }, {
            components: {
                schemas: { User: { type: 'object', nullable: true, properties: { id: { type: 'integer', example: 3 } }, description: 'A user' } },
            },
        });
        const id = (await importApi(t, doc)).id;
        const post = await method(id, '/users', 'POST');
        const inline = post.requestModels['application/json'];
        assert.match(inline, /^MODEL[0-9a-f]{6}$/);
        assert.deepEqual(post.methodResponses['201'], {
            statusCode: '201',
            responseParameters: { 'method.response.header.Location': false },
            responseModels: { 'application/json': 'User' },
        });
        const model = await t.client.send(new GetModelCommand({ restApiId: id, modelName: inline }));
        assert.deepEqual(JSON.parse(model.schema), {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string' } },
            additionalProperties: false,
        });
        const user = await t.client.send(new GetModelCommand({ restApiId: id, modelName: 'User' }));
        assert.equal(user.description, 'A user');
        assert.equal(user.schema, '{\n  "type" : "object",\n  "properties" : {\n    "id" : {\n      "type" : "integer"\n    }\n  },\n  "description" : "A user"\n}');
    });
    it('circular models survive and x-amazon-apigateway-request-validators create validators (F50); the validator checks bodies when invoked', async () => {
        const person = {
            type: 'object',
            required: ['name', 'b'],
            description: 'Random person schema.',
            properties: { name: { type: 'string' }, b: { type: 'number' }, house: { $ref: '#/components/schemas/House' } },
        };
        const house = {
            type: 'object',
            description: 'Where a Person can live',
            properties: { contains: { type: 'array', items: { $ref: '#/components/schemas/Person' } } },
        };
        const doc = oas3({
            '/person': {
                post: mockOp({
                    operationId: 'CreatePerson',
                    requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Person' } } }, required: true },
                }),
            },
        }, {
            info: { title: 'Circular model reference', version: '1.0' },
            components: { schemas: { Person: person, House: house } },
            'x-amazon-apigateway-request-validators': { basic: { validateRequestBody: true, validateRequestParameters: true } },
            'x-amazon-apigateway-request-validator': 'basic',
        });
        const id = (await importApi(t, doc, { failOnWarnings: true })).id;
        const validators = (await t.client.send(new GetRequestValidatorsCommand({ restApiId: id }))).items;
        assert.deepEqual(validators.map(({ name, validateRequestBody, validateRequestParameters }) => ({
            name,
            validateRequestBody,
            validateRequestParameters,
        })), [{ name: 'basic', validateRequestBody: true, validateRequestParameters: true }]);
        const post = await method(id, '/person', 'POST');
        assert.equal(post.requestValidatorId, validators[0].id);
        assert.deepEqual(post.requestModels, { 'application/json': 'Person' });
        const models = (await t.client.send(new GetModelsCommand({ restApiId: id }))).items;
        assert.deepEqual(models.map((m) => [m.name, m.description]).sort(), [
            ['House', 'Where a Person can live'],
            ['Person', 'Random person schema.'],
        ]);
        assert.match(models.find((m) => m.name === 'House').schema, new RegExp(`restapis/${id}/models/Person`));
        await t.client.send(new CreateDeploymentCommand({ restApiId: id, stageName: 'dev' }));
        const url = `${t.app.url}/_aws/execute-api/${id}/dev/person`;
        const post2 = (body) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        assert.equal((await post2({ name: 'P1', b: 2, house: { contains: [{ name: 'P2', b: 3 }] } })).status, 200);
        const bad = await post2({ name: 'P1', b: 2, house: { contains: [{ random: 'x' }] } });
        assert.equal(bad.status, 400);
        assert.deepEqual(await bad.json(), { message: 'Invalid request body' });
    });
    it('integration responses: `default` has no selection pattern, other keys are patterns, integer status codes are read as text', async () => {
        const doc = swagger({
            '/r': {
                post: mockOp({
                    'x-amazon-apigateway-integration': {
                        type: 'aws_proxy',
                        httpMethod: 'POST',
                        uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations',
                        passthroughBehavior: 'when_no_templates',
                        contentHandling: 'convert_to_text',
                        timeoutInMillis: 5000,
                        cacheKeyParameters: ['method.request.path.x'],
                        responses: { default: { statusCode: 200 }, '4\\d{2}': { statusCode: '400', responseTemplates: { 'application/json': '{}' } } },
                    },
                }),
            },
        });
        const id = (await importApi(t, doc)).id;
        const i = (await method(id, '/r', 'POST')).methodIntegration;
        assert.deepEqual([i.type, i.httpMethod, i.passthroughBehavior, i.contentHandling, i.timeoutInMillis, 'connectionType' in i], ['AWS_PROXY', 'POST', 'WHEN_NO_TEMPLATES', 'CONVERT_TO_TEXT', 5000, false]);
        assert.deepEqual(i.cacheKeyParameters, ['method.request.path.x']);
        assert.deepEqual(i.integrationResponses, {
            200: { statusCode: '200' },
            400: { statusCode: '400', selectionPattern: '4\\d{2}', responseTemplates: { 'application/json': '{}' } },
        });
    });
});
describe('ImportRestApi: security and API-level extensions', () => {
    const LAMBDA = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations';
    const POOL = 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_ABC123';
    it('Cognito schemes become COGNITO_USER_POOLS authorizers; scopes become authorizationScopes; root security applies (F51)', async () => {
        const scheme = {
            type: 'apiKey',
            name: 'TestHeaderAuth',
            in: 'header',
            'x-amazon-apigateway-authtype': 'cognito_user_pools',
            'x-amazon-apigateway-authorizer': { type: 'cognito_user_pools', providerARNs: [POOL] },
        };
        const doc = oas3({
            '/default-no-scope': { get: mockOp({ security: [{ 'cognito-test-identity-source': [] }] }) },
            '/default-scope-override': { get: mockOp({ security: [{ 'cognito-test-identity-source': ['openid'] }] }) },
            '/non-default-authorizer': { get: mockOp({ security: [{ 'extra-test-identity-source': ['email', 'openid'] }] }) },
            '/pets': { get: mockOp() },
        }, {
            components: { securitySchemes: { 'cognito-test-identity-source': scheme, 'extra-test-identity-source': scheme } },
            security: [{ 'cognito-test-identity-source': ['email'] }],
        });
        const id = (await importApi(t, doc, { failOnWarnings: true })).id;
        const authorizers = (await t.client.send(new GetAuthorizersCommand({ restApiId: id }))).items.sort((a, b) => a.name.localeCompare(b.name));
        assert.deepEqual(authorizers.map(({ id: _id, ...a }) => a), [
            {
                name: 'cognito-test-identity-source',
                type: 'COGNITO_USER_POOLS',
                providerARNs: [POOL],
                authType: 'cognito_user_pools',
                identitySource: 'method.request.header.TestHeaderAuth',
            },
            {
                name: 'extra-test-identity-source',
                type: 'COGNITO_USER_POOLS',
                providerARNs: [POOL],
                authType: 'cognito_user_pools',
                identitySource: 'method.request.header.TestHeaderAuth',
            },
        ]);
        const expect = async (path, authorizer, scopes) => {
            const m = await method(id, path, 'GET');
            assert.equal(m.authorizationType, 'COGNITO_USER_POOLS', path);
            assert.equal(m.authorizerId, authorizers[authorizer].id, path);
            assert.deepEqual(m.authorizationScopes, scopes, path);
        };
        await expect('/default-no-scope', 0, undefined);
        await expect('/default-scope-override', 0, ['openid']);
        await expect('/non-default-authorizer', 1, ['email', 'openid']);
        await expect('/pets', 0, ['email']);
    });
    it("Lambda authorizers: authtype, TTL only when given, the scheme's header as identity source ([imp] test_import_swagger_api)", async () => {
        const ext = {
            type: 'token',
            authorizerUri: LAMBDA,
            authorizerCredentials: 'arn:aws:iam::123456789012:role/r',
            identityValidationExpression: '^x-[a-z]+',
        };
        const doc = swagger({ '/': { get: mockOp({ security: [{ 'test-authorizer': [] }] }) }, '/open': { get: mockOp() } }, {
            securityDefinitions: {
                'test-authorizer': {
                    type: 'apiKey',
                    name: 'Authorization',
                    in: 'header',
                    'x-amazon-apigateway-authtype': 'oauth2',
                    'x-amazon-apigateway-authorizer': { ...ext, authorizerResultTtlInSeconds: 60 },
                },
                'test-authorizer-not-used': {
                    type: 'apiKey',
                    name: 'Authorization',
                    in: 'header',
                    'x-amazon-apigateway-authtype': 'oauth2',
                    'x-amazon-apigateway-authorizer': ext,
                },
            },
        });
        const id = (await importApi(t, doc)).id;
        const authorizers = (await t.client.send(new GetAuthorizersCommand({ restApiId: id }))).items.sort((a, b) => a.name.localeCompare(b.name));
        assert.deepEqual(authorizers.map(({ id: _id, ...a }) => a), [
            {
                name: 'test-authorizer',
                type: 'TOKEN',
                authType: 'oauth2',
                authorizerUri: LAMBDA,
                authorizerCredentials: 'arn:aws:iam::123456789012:role/r',
                identitySource: 'method.request.header.Authorization',
                identityValidationExpression: '^x-[a-z]+',
                authorizerResultTtlInSeconds: 60,
            },
            {
                name: 'test-authorizer-not-used',
                type: 'TOKEN',
                authType: 'oauth2',
                authorizerUri: LAMBDA,
                authorizerCredentials: 'arn:aws:iam::123456789012:role/r',
                identitySource: 'method.request.header.Authorization',
                identityValidationExpression: '^x-[a-z]+',
            },
        ]);
        const root = await method(id, '/', 'GET');
        assert.deepEqual([root.authorizationType, root.authorizerId], ['CUSTOM', authorizers[0].id]);
        assert.equal((await method(id, '/open', 'GET')).authorizationType, 'NONE');
    });
    it('a root-level REQUEST authorizer applies to every method; x-amazon-apigateway-api-key-source ([imp] global authorizer)', async () => {
        const doc = oas3({ '/pets': { get: mockOp() }, '/echo/{data}': { 'x-amazon-apigateway-any-method': mockOp() } }, {
            components: {
                securitySchemes: {
                    GatewayAuthorizer: {
                        type: 'apiKey',
                        name: 'X-Api-Key',
                        in: 'header',
                        'x-amazon-apigateway-authtype': 'custom',
                        'x-amazon-apigateway-authorizer': {
                            type: 'request',
                            authorizerUri: LAMBDA,
                            identitySource: 'method.request.header.Custom-Authorization',
                            authorizerResultTtlInSeconds: 300,
                        },
                    },
                },
            },
            security: [{ GatewayAuthorizer: [] }],
            'x-amazon-apigateway-api-key-source': 'AUTHORIZER',
        });
        const res = await importApi(t, doc, { failOnWarnings: true });
        assert.equal(res.apiKeySource, 'AUTHORIZER');
        const [a] = (await t.client.send(new GetAuthorizersCommand({ restApiId: res.id }))).items;
        assert.deepEqual([a.type, a.authType, a.identitySource, a.authorizerResultTtlInSeconds], ['REQUEST', 'custom', 'method.request.header.Custom-Authorization', 300]);
        for (const [path, verb] of [
            ['/pets', 'GET'],
            ['/echo/{data}', 'ANY'],
        ]) {
            const m = await method(res.id, path, verb);
            assert.deepEqual([m.authorizationType, m.authorizerId, m.apiKeyRequired], ['CUSTOM', a.id, false], path);
        }
    });
    it('an x-api-key header scheme requires an API key; awsSigv4 and x-amazon-apigateway-auth mean AWS_IAM; other scheme types warn', async () => {
        const doc = swagger({
            '/key': { get: mockOp({ security: [{ api_key: [] }] }) },
            '/iam': { get: mockOp({ security: [{ sigv4: [] }] }) },
            '/auth': { get: mockOp({ 'x-amazon-apigateway-auth': { type: 'aws_iam' } }) },
            '/oauth': { get: mockOp({ security: [{ oauth: ['read'] }] }) },
        }, {
            securityDefinitions: {
                api_key: { type: 'apiKey', name: 'x-api-key', in: 'header' },
                sigv4: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4' },
                oauth: { type: 'oauth2', flow: 'implicit', authorizationUrl: 'https://example.com/auth', scopes: { read: 'read' } },
            },
        });
        const res = await importApi(t, doc);
        assert.deepEqual(res.warnings, ["Unsupported security definition type 'oauth2' for 'oauth'. Ignoring."]);
        const key = await method(res.id, '/key', 'GET');
        assert.deepEqual([key.authorizationType, key.apiKeyRequired], ['NONE', true]);
        assert.equal((await method(res.id, '/iam', 'GET')).authorizationType, 'AWS_IAM');
        assert.equal((await method(res.id, '/auth', 'GET')).authorizationType, 'AWS_IAM');
        assert.deepEqual([(await method(res.id, '/oauth', 'GET')).authorizationType], ['NONE']);
    });
    it("an authorizer with an invalid Lambda URI is an error (CreateAuthorizer's rule: a bare function ARN, hashicorp/terraform-provider-aws#1757)", async () => {
        const doc = swagger({}, {
            securityDefinitions: {
                a: {
                    type: 'apiKey',
                    name: 'Authorization',
                    in: 'header',
                    'x-amazon-apigateway-authorizer': {
                        type: 'token',
                        authorizerUri: 'arn:aws:lambda:us-east-1:123456789012:function:function-name',
                    },
                },
            },
        });
        assert.equal((await sdkError(importApi(t, doc))).message, "Errors found during import:\n\tUnable to create authorizer 'a': Invalid Authorizer URI: arn:aws:lambda:us-east-1:123456789012:function:function-name. Authorizer URI should be a valid API Gateway ARN that represents a Lambda function invocation.");
    });
    it("binary media types, compression, policy (execute-api:/ → the API's ARN), endpoint configuration, gateway responses", async () => {
        const doc = swagger({ '/a': { get: mockOp() } }, {
            'x-amazon-apigateway-binary-media-types': ['*/*'],
            'x-amazon-apigateway-minimum-compression-size': 1024,
            'x-amazon-apigateway-policy': {
                Version: '2012-10-17',
                Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: ['execute-api:/*'] }],
            },
            'x-amazon-apigateway-endpoint-configuration': { disableExecuteApiEndpoint: true },
            'x-amazon-apigateway-gateway-responses': {
                MISSING_AUTHENTICATION_TOKEN: {
                    statusCode: 404,
                    responseParameters: { 'gatewayresponse.header.x-why': "'gone'" },
                    responseTemplates: { 'application/json': '{"message": "nope"}' },
                },
            },
        });
        const res = await importApi(t, doc);
        assert.deepEqual(res.binaryMediaTypes, ['*/*']);
        assert.equal(res.minimumCompressionSize, 1024);
        assert.equal(res.disableExecuteApiEndpoint, true);
        // Answered as GetRestApi answers it, escaped as a JSON string's inside (src/services/apigateway/rest-apis.ts policyView);
        // a one-element Resource list comes back as the string (rec: test_apigateway_integrations.py::test_create_execute_api_vpc_endpoint [api-details]).
        assert.deepEqual(JSON.parse(JSON.parse(`"${res.policy}"`)), {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: `arn:aws:execute-api:us-east-1:${ACCOUNT}:${res.id}/*` }],
        });
        const gr = await t.client.send(new GetGatewayResponseCommand({ restApiId: res.id, responseType: 'MISSING_AUTHENTICATION_TOKEN' }));
        assert.deepEqual([gr.statusCode, gr.defaultResponse, gr.responseParameters, gr.responseTemplates], ['404', false, { 'gatewayresponse.header.x-why': "'gone'" }, { 'application/json': '{"message": "nope"}' }]);
        assert.deepEqual(await sdkError(importApi(t, swagger({}, { 'x-amazon-apigateway-minimum-compression-size': -1 }))), {
            name: 'BadRequestException',
            message: 'Errors found during import:\n\tInvalid minimum compression size, must be between 0 and 10485760',
            status: 400,
        });
    });
    it('OAS 3 reads x-amazon-apigateway-endpoint-configuration from servers[] (disableExecuteApiEndpoint, vpcEndpointIds)', async () => {
        const doc = oas3({ '/a': { get: mockOp() } }, {
            servers: [
                {
                    url: 'https://example.com',
                    'x-amazon-apigateway-endpoint-configuration': { disableExecuteApiEndpoint: true, vpcEndpointIds: ['vpce-0123456789abcdef0'] },
                },
            ],
        });
        const res = await importApi(t, doc, { parameters: { endpointConfigurationTypes: 'PRIVATE' } });
        assert.equal(res.disableExecuteApiEndpoint, true);
        assert.deepEqual(res.endpointConfiguration, {
            types: ['PRIVATE'],
            ipAddressType: 'dualstack',
            vpcEndpointIds: ['vpce-0123456789abcdef0'],
        });
    });
});
describe('ImportRestApi: what is not refused', () => {
    it("a VPC_LINK integration whose connectionId names no VPC link is imported (AWS's answer is not recorded)", async () => {
        const vpc = {
            type: 'http',
            httpMethod: 'GET',
            uri: 'https://nlb.example.com:8080/api/',
            connectionType: 'VPC_LINK',
            connectionId: 'abc123',
            responses: { default: { statusCode: '200' } },
        };
        const res = await importApi(t, oas3({ '/': { get: { responses: { 200: { description: 'ok' } }, 'x-amazon-apigateway-integration': vpc } } }), {
            failOnWarnings: true,
        });
        const integration = await t.client.send(new GetIntegrationCommand({ restApiId: res.id, resourceId: await idOf(res.id, '/'), httpMethod: 'GET' }));
        assert.deepEqual([integration.connectionType, integration.connectionId, integration.uri], ['VPC_LINK', 'abc123', 'https://nlb.example.com:8080/api/']);
    });
});
//# sourceMappingURL=import.test.js.map