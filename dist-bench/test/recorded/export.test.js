/**
 * Replays test_apigateway_extended.py's export tests: AWS's PetStore (petstore-swagger.json, no
 * `info.version`) and pets.json imported, deployed to `local`, and exported as Swagger 2.0 and OpenAPI
 * 3.0.1, without and with the `apigateway` extensions. The body is compared by content: the recordings
 * show AWS's key order varying between two exports of the same shape (an integration's `type` first in
 * one OpenAPI 3 export, last in the other), so only the document's top-level order is checked.
 */
import { CreateDeploymentCommand, GetExportCommand } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { A, assertLike, body, Matcher, rec } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
import { Ids, importDoc, input } from './import-replay.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
const PETSTORE_URI = 'http://petstore.execute-api.us-east-1.amazonaws.com/petstore/pets';
/**
 * A document without `info.version` is exported with a date as its version (and file name): the
 * recordings show `date` where LocalStack's transformer replaced it.
 */
const versionDate = (ids) => new Matcher('a date version', (v) => {
    if (typeof v !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(v))
        return false;
    return ids.m('version-date:1').test(v);
});
/** GetExport's answer with its body parsed, and the body's top-level keys in order. */
async function exported(restApiId, exportType, parameters) {
    const res = await t.client.send(new GetExportCommand({ restApiId, stageName: 'local', exportType, parameters }));
    assert.equal(res.$metadata.httpStatusCode, 200);
    const doc = JSON.parse(Buffer.from(res.body).toString('utf8'));
    return { out: { ...body(res), body: doc }, order: Object.keys(doc) };
}
describe('GetExport of imported APIs (recorded)', () => {
    it(rec('test_apigateway_extended.py::test_export_swagger_openapi[TEST_IMPORT_PETSTORE_SWAGGER]', 'import-api', 'get-export', 'get-export-with-extensions'), async () => {
        const ids = new Ids();
        const VERSION_DATE = versionDate(ids);
        const res = await importDoc(t, input('petstore-swagger.json').replaceAll('${uri}', PETSTORE_URI), { failOnWarnings: true });
        assert.equal(res.$metadata.httpStatusCode, 201);
        assertLike(body(res), {
            apiKeySource: 'HEADER',
            createdDate: A.date,
            description: 'Your first API with Amazon API Gateway. This is a sample API that integrates via HTTP with our demo Pet Store endpoints',
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
            id: ids.m('api-id:1'),
            name: 'PetStore',
            rootResourceId: ids.m('root-resource-id:1'),
        });
        await t.client.send(new CreateDeploymentCommand({ restApiId: res.id, stageName: 'local' }));
        const plain = await exported(res.id, 'swagger');
        assert.deepEqual(plain.order, ['swagger', 'info', 'host', 'basePath', 'schemes', 'paths', 'definitions']);
        assertLike(plain.out, {
            body: {
                swagger: '2.0',
                info: {
                    description: 'Your first API with Amazon API Gateway. This is a sample API that integrates via HTTP with our demo Pet Store endpoints',
                    version: VERSION_DATE,
                    title: 'PetStore',
                },
                host: ids.t('<api-id:1>.execute-api.us-east-1.amazonaws.com'),
                basePath: '/local',
                schemes: ['https'],
                paths: {
                    '/': {
                        get: {
                            consumes: ['application/json'],
                            produces: ['text/html'],
                            responses: { '200': { description: '200 response', headers: { 'Content-Type': { type: 'string' } } } },
                        },
                    },
                    '/pets': {
                        get: {
                            produces: ['application/json'],
                            parameters: [
                                { name: 'type', in: 'query', required: false, type: 'string' },
                                { name: 'page', in: 'query', required: false, type: 'string' },
                            ],
                            responses: {
                                '200': {
                                    description: '200 response',
                                    schema: { $ref: '#/definitions/Pets' },
                                    headers: { 'Access-Control-Allow-Origin': { type: 'string' } },
                                },
                            },
                        },
                        post: {
                            operationId: 'CreatePet',
                            consumes: ['application/json'],
                            produces: ['application/json'],
                            parameters: [{ in: 'body', name: 'NewPet', required: true, schema: { $ref: '#/definitions/NewPet' } }],
                            responses: {
                                '200': {
                                    description: '200 response',
                                    schema: { $ref: '#/definitions/NewPetResponse' },
                                    headers: { 'Access-Control-Allow-Origin': { type: 'string' } },
                                },
                            },
                        },
                        options: {
                            consumes: ['application/json'],
                            produces: ['application/json'],
                            responses: {
                                '200': {
                                    description: '200 response',
                                    schema: { $ref: '#/definitions/Empty' },
                                    headers: {
                                        'Access-Control-Allow-Origin': { type: 'string' },
                                        'Access-Control-Allow-Methods': { type: 'string' },
                                        'Access-Control-Allow-Headers': { type: 'string' },
                                    },
                                },
                            },
                        },
                    },
                    '/pets/{petId}': {
                        get: {
                            operationId: 'GetPet',
                            produces: ['application/json'],
                            parameters: [{ name: 'petId', in: 'path', required: true, type: 'string' }],
                            responses: {
                                '200': {
                                    description: '200 response',
                                    schema: { $ref: '#/definitions/Pet' },
                                    headers: { 'Access-Control-Allow-Origin': { type: 'string' } },
                                },
                            },
                        },
                        options: {
                            consumes: ['application/json'],
                            produces: ['application/json'],
                            parameters: [{ name: 'petId', in: 'path', required: true, type: 'string' }],
                            responses: {
                                '200': {
                                    description: '200 response',
                                    schema: { $ref: '#/definitions/Empty' },
                                    headers: {
                                        'Access-Control-Allow-Origin': { type: 'string' },
                                        'Access-Control-Allow-Methods': { type: 'string' },
                                        'Access-Control-Allow-Headers': { type: 'string' },
                                    },
                                },
                            },
                        },
                    },
                },
                definitions: {
                    Pets: { type: 'array', items: { $ref: '#/definitions/Pet' } },
                    Empty: { type: 'object' },
                    NewPetResponse: { type: 'object', properties: { pet: { $ref: '#/definitions/Pet' }, message: { type: 'string' } } },
                    Pet: {
                        type: 'object',
                        properties: { id: { type: 'integer' }, type: { type: 'string' }, price: { type: 'number' } },
                    },
                    NewPet: { type: 'object', properties: { type: { $ref: '#/definitions/PetType' }, price: { type: 'number' } } },
                    PetType: { type: 'string', enum: ['dog', 'cat', 'fish', 'bird', 'gecko'] },
                },
            },
            contentDisposition: ids.t('attachment; filename="swagger_<version-date:1>.json"'),
            contentType: 'application/octet-stream',
        });
        const withExtensions = await exported(res.id, 'swagger', { extensions: 'apigateway' });
        assert.deepEqual(withExtensions.order, ['swagger', 'info', 'host', 'basePath', 'schemes', 'paths', 'definitions']);
        assertLike(withExtensions.out, {
            body: {
                swagger: '2.0',
                info: {
                    description: 'Your first API with Amazon API Gateway. This is a sample API that integrates via HTTP with our demo Pet Store endpoints',
                    version: VERSION_DATE,
                    title: 'PetStore',
                },
                host: ids.t('<api-id:1>.execute-api.us-east-1.amazonaws.com'),
                basePath: '/local',
                schemes: ['https'],
                paths: {
                    '/': {
                        get: {
                            consumes: ['application/json'],
                            produces: ['text/html'],
                            responses: { '200': { description: '200 response', headers: { 'Content-Type': { type: 'string' } } } },
                            'x-amazon-apigateway-integration': {
                                type: 'mock',
                                responses: {
                                    default: {
                                        statusCode: '200',
                                        responseParameters: { 'method.response.header.Content-Type': "'text/html'" },
                                        responseTemplates: {
                                            'text/html': '<html>\n    <head>\n        <style>\n        body {\n            color: #333;\n            font-family: Sans-serif;\n            max-width: 800px;\n            margin: auto;\n        }\n        </style>\n    </head>\n    <body>\n        <h1>Welcome to your Pet Store API</h1>\n        <p>\n            You have successfully deployed your first API. You are seeing this HTML page because the <code>GET</code> method to the root resource of your API returns this content as a Mock integration.\n        </p>\n        <p>\n            The Pet Store API contains the <code>/pets</code> and <code>/pets/{petId}</code> resources. By making a <a href="/$context.stage/pets/" target="_blank"><code>GET</code> request</a> to <code>/pets</code> you can retrieve a list of Pets in your API. If you are looking for a specific pet, for example the pet with ID 1, you can make a <a href="/$context.stage/pets/1" target="_blank"><code>GET</code> request</a> to <code>/pets/1</code>.\n        </p>\n        <p>\n            You can use a REST client such as <a href="https://www.getpostman.com/" target="_blank">Postman</a> to test the <code>POST</code> methods in your API to create a new pet. Use the sample body below to send the <code>POST</code> request:\n        </p>\n        <pre>\n{\n    "type" : "cat",\n    "price" : 123.11\n}\n        </pre>\n    </body>\n</html>',
                                        },
                                    },
                                },
                                requestTemplates: { 'application/json': '{"statusCode": 200}' },
                                passthroughBehavior: 'when_no_match',
                            },
                        },
                    },
                    '/pets': {
                        get: {
                            produces: ['application/json'],
                            parameters: [
                                { name: 'type', in: 'query', required: false, type: 'string' },
                                { name: 'page', in: 'query', required: false, type: 'string' },
                            ],
                            responses: {
                                '200': {
                                    description: '200 response',
                                    schema: { $ref: '#/definitions/Pets' },
                                    headers: { 'Access-Control-Allow-Origin': { type: 'string' } },
                                },
                            },
                            'x-amazon-apigateway-integration': {
                                type: 'http',
                                httpMethod: 'GET',
                                uri: 'http://petstore.execute-api.us-east-1.amazonaws.com/petstore/pets',
                                responses: {
                                    default: {
                                        statusCode: '200',
                                        responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
                                    },
                                },
                                requestParameters: {
                                    'integration.request.querystring.page': 'method.request.querystring.page',
                                    'integration.request.querystring.type': 'method.request.querystring.type',
                                },
                                passthroughBehavior: 'when_no_match',
                            },
                        },
                        post: {
                            operationId: 'CreatePet',
                            consumes: ['application/json'],
                            produces: ['application/json'],
                            parameters: [{ in: 'body', name: 'NewPet', required: true, schema: { $ref: '#/definitions/NewPet' } }],
                            responses: {
                                '200': {
                                    description: '200 response',
                                    schema: { $ref: '#/definitions/NewPetResponse' },
                                    headers: { 'Access-Control-Allow-Origin': { type: 'string' } },
                                },
                            },
                            'x-amazon-apigateway-integration': {
                                type: 'http',
                                httpMethod: 'POST',
                                uri: 'http://petstore.execute-api.us-east-1.amazonaws.com/petstore/pets',
                                responses: {
                                    default: {
                                        statusCode: '200',
                                        responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
                                    },
                                },
                                passthroughBehavior: 'when_no_match',
                            },
                        },
                        options: {
                            consumes: ['application/json'],
                            produces: ['application/json'],
                            responses: {
                                '200': {
                                    description: '200 response',
                                    schema: { $ref: '#/definitions/Empty' },
                                    headers: {
                                        'Access-Control-Allow-Origin': { type: 'string' },
                                        'Access-Control-Allow-Methods': { type: 'string' },
                                        'Access-Control-Allow-Headers': { type: 'string' },
                                    },
                                },
                            },
                            'x-amazon-apigateway-integration': {
                                type: 'mock',
                                responses: {
                                    default: {
                                        statusCode: '200',
                                        responseParameters: {
                                            'method.response.header.Access-Control-Allow-Methods': "'POST,GET,OPTIONS'",
                                            'method.response.header.Access-Control-Allow-Headers': "'Content-Type,X-Amz-Date,Authorization,X-Api-Key'",
                                            'method.response.header.Access-Control-Allow-Origin': "'*'",
                                        },
                                    },
                                },
                                requestTemplates: { 'application/json': '{"statusCode": 200}' },
                                passthroughBehavior: 'when_no_match',
                            },
                        },
                    },
                    '/pets/{petId}': {
                        get: {
                            operationId: 'GetPet',
                            produces: ['application/json'],
                            parameters: [{ name: 'petId', in: 'path', required: true, type: 'string' }],
                            responses: {
                                '200': {
                                    description: '200 response',
                                    schema: { $ref: '#/definitions/Pet' },
                                    headers: { 'Access-Control-Allow-Origin': { type: 'string' } },
                                },
                            },
                            'x-amazon-apigateway-integration': {
                                type: 'http',
                                httpMethod: 'GET',
                                uri: 'http://petstore.execute-api.us-east-1.amazonaws.com/petstore/pets/{petId}',
                                responses: {
                                    default: {
                                        statusCode: '200',
                                        responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
                                    },
                                },
                                requestParameters: { 'integration.request.path.petId': 'method.request.path.petId' },
                                passthroughBehavior: 'when_no_match',
                            },
                        },
                        options: {
                            consumes: ['application/json'],
                            produces: ['application/json'],
                            parameters: [{ name: 'petId', in: 'path', required: true, type: 'string' }],
                            responses: {
                                '200': {
                                    description: '200 response',
                                    schema: { $ref: '#/definitions/Empty' },
                                    headers: {
                                        'Access-Control-Allow-Origin': { type: 'string' },
                                        'Access-Control-Allow-Methods': { type: 'string' },
                                        'Access-Control-Allow-Headers': { type: 'string' },
                                    },
                                },
                            },
                            'x-amazon-apigateway-integration': {
                                type: 'mock',
                                responses: {
                                    default: {
                                        statusCode: '200',
                                        responseParameters: {
                                            'method.response.header.Access-Control-Allow-Methods': "'GET,OPTIONS'",
                                            'method.response.header.Access-Control-Allow-Headers': "'Content-Type,X-Amz-Date,Authorization,X-Api-Key'",
                                            'method.response.header.Access-Control-Allow-Origin': "'*'",
                                        },
                                    },
                                },
                                requestTemplates: { 'application/json': '{"statusCode": 200}' },
                                passthroughBehavior: 'when_no_match',
                            },
                        },
                    },
                },
                definitions: {
                    Pets: { type: 'array', items: { $ref: '#/definitions/Pet' } },
                    Empty: { type: 'object' },
                    NewPetResponse: { type: 'object', properties: { pet: { $ref: '#/definitions/Pet' }, message: { type: 'string' } } },
                    Pet: {
                        type: 'object',
                        properties: { id: { type: 'integer' }, type: { type: 'string' }, price: { type: 'number' } },
                    },
                    NewPet: { type: 'object', properties: { type: { $ref: '#/definitions/PetType' }, price: { type: 'number' } } },
                    PetType: { type: 'string', enum: ['dog', 'cat', 'fish', 'bird', 'gecko'] },
                },
            },
            contentDisposition: ids.t('attachment; filename="swagger_<version-date:1>.json"'),
            contentType: 'application/octet-stream',
        });
    });
    it(rec('test_apigateway_extended.py::test_export_swagger_openapi[TEST_IMPORT_PETS]', 'import-api', 'get-export', 'get-export-with-extensions'), async () => {
        const ids = new Ids();
        const res = await importDoc(t, input('pets.json').replaceAll('${uri}', PETSTORE_URI), { failOnWarnings: true });
        assert.equal(res.$metadata.httpStatusCode, 201);
        assertLike(body(res), {
            apiKeySource: 'HEADER',
            binaryMediaTypes: ['image/png', 'image/jpg'],
            createdDate: A.date,
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
            id: ids.m('api-id:1'),
            name: 'Simple PetStore (Swagger)',
            rootResourceId: ids.m('root-resource-id:1'),
            version: '1.0.0',
        });
        await t.client.send(new CreateDeploymentCommand({ restApiId: res.id, stageName: 'local' }));
        const plain = await exported(res.id, 'swagger');
        assert.deepEqual(plain.order, ['swagger', 'info', 'host', 'basePath', 'schemes', 'paths']);
        assertLike(plain.out, {
            body: {
                swagger: '2.0',
                info: { version: '1.0.0', title: 'Simple PetStore (Swagger)' },
                host: ids.t('<api-id:1>.execute-api.us-east-1.amazonaws.com'),
                basePath: '/local',
                schemes: ['https'],
                paths: {
                    '/pets': { get: { responses: { '200': { description: '200 response' } } } },
                    '/pets/{petId}': {
                        get: {
                            parameters: [{ name: 'petId', in: 'path', required: true, type: 'string' }],
                            responses: { '200': { description: '200 response' } },
                        },
                    },
                },
            },
            contentDisposition: 'attachment; filename="swagger_1.0.0.json"',
            contentType: 'application/octet-stream',
        });
        const withExtensions = await exported(res.id, 'swagger', { extensions: 'apigateway' });
        assert.deepEqual(withExtensions.order, ['swagger', 'info', 'host', 'basePath', 'schemes', 'paths', 'x-amazon-apigateway-binary-media-types']);
        assertLike(withExtensions.out, {
            body: {
                swagger: '2.0',
                info: { version: '1.0.0', title: 'Simple PetStore (Swagger)' },
                host: ids.t('<api-id:1>.execute-api.us-east-1.amazonaws.com'),
                basePath: '/local',
                schemes: ['https'],
                paths: {
                    '/pets': {
                        get: {
                            responses: { '200': { description: '200 response' } },
                            'x-amazon-apigateway-integration': {
                                type: 'http',
                                httpMethod: 'GET',
                                uri: 'http://petstore-demo-endpoint.execute-api.com/petstore/pets',
                                responses: { default: { statusCode: '200' } },
                                passthroughBehavior: 'when_no_match',
                            },
                        },
                    },
                    '/pets/{petId}': {
                        get: {
                            parameters: [{ name: 'petId', in: 'path', required: true, type: 'string' }],
                            responses: { '200': { description: '200 response' } },
                            'x-amazon-apigateway-integration': {
                                type: 'http',
                                httpMethod: 'GET',
                                uri: 'http://petstore-demo-endpoint.execute-api.com/petstore/pets/{id}',
                                responses: { default: { statusCode: '200' } },
                                requestParameters: { 'integration.request.path.id': 'method.request.path.petId' },
                                passthroughBehavior: 'when_no_match',
                            },
                        },
                    },
                },
                'x-amazon-apigateway-binary-media-types': ['image/png', 'image/jpg'],
            },
            contentDisposition: 'attachment; filename="swagger_1.0.0.json"',
            contentType: 'application/octet-stream',
        });
    });
    it(rec('test_apigateway_extended.py::test_export_oas30_openapi[TEST_IMPORT_PETSTORE_SWAGGER]', 'import-api', 'get-export', 'get-export-with-extensions'), async () => {
        const ids = new Ids();
        const VERSION_DATE = versionDate(ids);
        const res = await importDoc(t, input('petstore-swagger.json').replaceAll('${uri}', PETSTORE_URI), { failOnWarnings: true });
        assert.equal(res.$metadata.httpStatusCode, 201);
        assertLike(body(res), {
            apiKeySource: 'HEADER',
            createdDate: A.date,
            description: 'Your first API with Amazon API Gateway. This is a sample API that integrates via HTTP with our demo Pet Store endpoints',
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
            id: ids.m('api-id:1'),
            name: 'PetStore',
            rootResourceId: ids.m('root-resource-id:1'),
        });
        await t.client.send(new CreateDeploymentCommand({ restApiId: res.id, stageName: 'local' }));
        const plain = await exported(res.id, 'oas30');
        assert.deepEqual(plain.order, ['openapi', 'info', 'servers', 'paths', 'components']);
        assertLike(plain.out, {
            body: {
                openapi: '3.0.1',
                info: {
                    title: 'PetStore',
                    description: 'Your first API with Amazon API Gateway. This is a sample API that integrates via HTTP with our demo Pet Store endpoints',
                    version: VERSION_DATE,
                },
                servers: [
                    {
                        url: ids.t('https://<api-id:1>.execute-api.us-east-1.amazonaws.com/{basePath}'),
                        variables: { basePath: { default: 'local' } },
                    },
                ],
                paths: {
                    '/pets': {
                        get: {
                            parameters: [
                                { name: 'type', in: 'query', schema: { type: 'string' } },
                                { name: 'page', in: 'query', schema: { type: 'string' } },
                            ],
                            responses: {
                                '200': {
                                    description: '200 response',
                                    headers: { 'Access-Control-Allow-Origin': { schema: { type: 'string' } } },
                                    content: { 'application/json': { schema: { $ref: '#/components/schemas/Pets' } } },
                                },
                            },
                        },
                        post: {
                            operationId: 'CreatePet',
                            requestBody: {
                                content: { 'application/json': { schema: { $ref: '#/components/schemas/NewPet' } } },
                                required: true,
                            },
                            responses: {
                                '200': {
                                    description: '200 response',
                                    headers: { 'Access-Control-Allow-Origin': { schema: { type: 'string' } } },
                                    content: { 'application/json': { schema: { $ref: '#/components/schemas/NewPetResponse' } } },
                                },
                            },
                        },
                        options: {
                            responses: {
                                '200': {
                                    description: '200 response',
                                    headers: {
                                        'Access-Control-Allow-Origin': { schema: { type: 'string' } },
                                        'Access-Control-Allow-Methods': { schema: { type: 'string' } },
                                        'Access-Control-Allow-Headers': { schema: { type: 'string' } },
                                    },
                                    content: { 'application/json': { schema: { $ref: '#/components/schemas/Empty' } } },
                                },
                            },
                        },
                    },
                    '/pets/{petId}': {
                        get: {
                            operationId: 'GetPet',
                            parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'string' } }],
                            responses: {
                                '200': {
                                    description: '200 response',
                                    headers: { 'Access-Control-Allow-Origin': { schema: { type: 'string' } } },
                                    content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
                                },
                            },
                        },
                        options: {
                            parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'string' } }],
                            responses: {
                                '200': {
                                    description: '200 response',
                                    headers: {
                                        'Access-Control-Allow-Origin': { schema: { type: 'string' } },
                                        'Access-Control-Allow-Methods': { schema: { type: 'string' } },
                                        'Access-Control-Allow-Headers': { schema: { type: 'string' } },
                                    },
                                    content: { 'application/json': { schema: { $ref: '#/components/schemas/Empty' } } },
                                },
                            },
                        },
                    },
                    '/': {
                        get: {
                            responses: {
                                '200': {
                                    description: '200 response',
                                    headers: { 'Content-Type': { schema: { type: 'string' } } },
                                    content: {},
                                },
                            },
                        },
                    },
                },
                components: {
                    schemas: {
                        Pets: { type: 'array', items: { $ref: '#/components/schemas/Pet' } },
                        Empty: { type: 'object' },
                        NewPetResponse: {
                            type: 'object',
                            properties: { pet: { $ref: '#/components/schemas/Pet' }, message: { type: 'string' } },
                        },
                        Pet: {
                            type: 'object',
                            properties: { id: { type: 'integer' }, type: { type: 'string' }, price: { type: 'number' } },
                        },
                        NewPet: {
                            type: 'object',
                            properties: { type: { $ref: '#/components/schemas/PetType' }, price: { type: 'number' } },
                        },
                        PetType: { type: 'string', enum: ['dog', 'cat', 'fish', 'bird', 'gecko'] },
                    },
                },
            },
            contentDisposition: ids.t('attachment; filename="oas30_<version-date:1>.json"'),
            contentType: 'application/octet-stream',
        });
        const withExtensions = await exported(res.id, 'oas30', { extensions: 'apigateway' });
        assert.deepEqual(withExtensions.order, ['openapi', 'info', 'servers', 'paths', 'components']);
        assertLike(withExtensions.out, {
            body: {
                openapi: '3.0.1',
                info: {
                    title: 'PetStore',
                    description: 'Your first API with Amazon API Gateway. This is a sample API that integrates via HTTP with our demo Pet Store endpoints',
                    version: VERSION_DATE,
                },
                servers: [
                    {
                        url: ids.t('https://<api-id:1>.execute-api.us-east-1.amazonaws.com/{basePath}'),
                        variables: { basePath: { default: 'local' } },
                    },
                ],
                paths: {
                    '/pets': {
                        get: {
                            parameters: [
                                { name: 'type', in: 'query', schema: { type: 'string' } },
                                { name: 'page', in: 'query', schema: { type: 'string' } },
                            ],
                            responses: {
                                '200': {
                                    description: '200 response',
                                    headers: { 'Access-Control-Allow-Origin': { schema: { type: 'string' } } },
                                    content: { 'application/json': { schema: { $ref: '#/components/schemas/Pets' } } },
                                },
                            },
                            'x-amazon-apigateway-integration': {
                                type: 'http',
                                httpMethod: 'GET',
                                uri: 'http://petstore.execute-api.us-east-1.amazonaws.com/petstore/pets',
                                responses: {
                                    default: {
                                        statusCode: '200',
                                        responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
                                    },
                                },
                                requestParameters: {
                                    'integration.request.querystring.page': 'method.request.querystring.page',
                                    'integration.request.querystring.type': 'method.request.querystring.type',
                                },
                                passthroughBehavior: 'when_no_match',
                            },
                        },
                        post: {
                            operationId: 'CreatePet',
                            requestBody: {
                                content: { 'application/json': { schema: { $ref: '#/components/schemas/NewPet' } } },
                                required: true,
                            },
                            responses: {
                                '200': {
                                    description: '200 response',
                                    headers: { 'Access-Control-Allow-Origin': { schema: { type: 'string' } } },
                                    content: { 'application/json': { schema: { $ref: '#/components/schemas/NewPetResponse' } } },
                                },
                            },
                            'x-amazon-apigateway-integration': {
                                type: 'http',
                                httpMethod: 'POST',
                                uri: 'http://petstore.execute-api.us-east-1.amazonaws.com/petstore/pets',
                                responses: {
                                    default: {
                                        statusCode: '200',
                                        responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
                                    },
                                },
                                passthroughBehavior: 'when_no_match',
                            },
                        },
                        options: {
                            responses: {
                                '200': {
                                    description: '200 response',
                                    headers: {
                                        'Access-Control-Allow-Origin': { schema: { type: 'string' } },
                                        'Access-Control-Allow-Methods': { schema: { type: 'string' } },
                                        'Access-Control-Allow-Headers': { schema: { type: 'string' } },
                                    },
                                    content: { 'application/json': { schema: { $ref: '#/components/schemas/Empty' } } },
                                },
                            },
                            'x-amazon-apigateway-integration': {
                                type: 'mock',
                                responses: {
                                    default: {
                                        statusCode: '200',
                                        responseParameters: {
                                            'method.response.header.Access-Control-Allow-Methods': "'POST,GET,OPTIONS'",
                                            'method.response.header.Access-Control-Allow-Headers': "'Content-Type,X-Amz-Date,Authorization,X-Api-Key'",
                                            'method.response.header.Access-Control-Allow-Origin': "'*'",
                                        },
                                    },
                                },
                                requestTemplates: { 'application/json': '{"statusCode": 200}' },
                                passthroughBehavior: 'when_no_match',
                            },
                        },
                    },
                    '/pets/{petId}': {
                        get: {
                            operationId: 'GetPet',
                            parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'string' } }],
                            responses: {
                                '200': {
                                    description: '200 response',
                                    headers: { 'Access-Control-Allow-Origin': { schema: { type: 'string' } } },
                                    content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
                                },
                            },
                            'x-amazon-apigateway-integration': {
                                type: 'http',
                                httpMethod: 'GET',
                                uri: 'http://petstore.execute-api.us-east-1.amazonaws.com/petstore/pets/{petId}',
                                responses: {
                                    default: {
                                        statusCode: '200',
                                        responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
                                    },
                                },
                                requestParameters: { 'integration.request.path.petId': 'method.request.path.petId' },
                                passthroughBehavior: 'when_no_match',
                            },
                        },
                        options: {
                            parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'string' } }],
                            responses: {
                                '200': {
                                    description: '200 response',
                                    headers: {
                                        'Access-Control-Allow-Origin': { schema: { type: 'string' } },
                                        'Access-Control-Allow-Methods': { schema: { type: 'string' } },
                                        'Access-Control-Allow-Headers': { schema: { type: 'string' } },
                                    },
                                    content: { 'application/json': { schema: { $ref: '#/components/schemas/Empty' } } },
                                },
                            },
                            'x-amazon-apigateway-integration': {
                                type: 'mock',
                                responses: {
                                    default: {
                                        statusCode: '200',
                                        responseParameters: {
                                            'method.response.header.Access-Control-Allow-Methods': "'GET,OPTIONS'",
                                            'method.response.header.Access-Control-Allow-Headers': "'Content-Type,X-Amz-Date,Authorization,X-Api-Key'",
                                            'method.response.header.Access-Control-Allow-Origin': "'*'",
                                        },
                                    },
                                },
                                requestTemplates: { 'application/json': '{"statusCode": 200}' },
                                passthroughBehavior: 'when_no_match',
                            },
                        },
                    },
                    '/': {
                        get: {
                            responses: {
                                '200': {
                                    description: '200 response',
                                    headers: { 'Content-Type': { schema: { type: 'string' } } },
                                    content: {},
                                },
                            },
                            'x-amazon-apigateway-integration': {
                                type: 'mock',
                                responses: {
                                    default: {
                                        statusCode: '200',
                                        responseParameters: { 'method.response.header.Content-Type': "'text/html'" },
                                        responseTemplates: {
                                            'text/html': '<html>\n    <head>\n        <style>\n        body {\n            color: #333;\n            font-family: Sans-serif;\n            max-width: 800px;\n            margin: auto;\n        }\n        </style>\n    </head>\n    <body>\n        <h1>Welcome to your Pet Store API</h1>\n        <p>\n            You have successfully deployed your first API. You are seeing this HTML page because the <code>GET</code> method to the root resource of your API returns this content as a Mock integration.\n        </p>\n        <p>\n            The Pet Store API contains the <code>/pets</code> and <code>/pets/{petId}</code> resources. By making a <a href="/$context.stage/pets/" target="_blank"><code>GET</code> request</a> to <code>/pets</code> you can retrieve a list of Pets in your API. If you are looking for a specific pet, for example the pet with ID 1, you can make a <a href="/$context.stage/pets/1" target="_blank"><code>GET</code> request</a> to <code>/pets/1</code>.\n        </p>\n        <p>\n            You can use a REST client such as <a href="https://www.getpostman.com/" target="_blank">Postman</a> to test the <code>POST</code> methods in your API to create a new pet. Use the sample body below to send the <code>POST</code> request:\n        </p>\n        <pre>\n{\n    "type" : "cat",\n    "price" : 123.11\n}\n        </pre>\n    </body>\n</html>',
                                        },
                                    },
                                },
                                requestTemplates: { 'application/json': '{"statusCode": 200}' },
                                passthroughBehavior: 'when_no_match',
                            },
                        },
                    },
                },
                components: {
                    schemas: {
                        Pets: { type: 'array', items: { $ref: '#/components/schemas/Pet' } },
                        Empty: { type: 'object' },
                        NewPetResponse: {
                            type: 'object',
                            properties: { pet: { $ref: '#/components/schemas/Pet' }, message: { type: 'string' } },
                        },
                        Pet: {
                            type: 'object',
                            properties: { id: { type: 'integer' }, type: { type: 'string' }, price: { type: 'number' } },
                        },
                        NewPet: {
                            type: 'object',
                            properties: { type: { $ref: '#/components/schemas/PetType' }, price: { type: 'number' } },
                        },
                        PetType: { type: 'string', enum: ['dog', 'cat', 'fish', 'bird', 'gecko'] },
                    },
                },
            },
            contentDisposition: ids.t('attachment; filename="oas30_<version-date:1>.json"'),
            contentType: 'application/octet-stream',
        });
    });
    it(rec('test_apigateway_extended.py::test_export_oas30_openapi[TEST_IMPORT_PETS]', 'import-api', 'get-export', 'get-export-with-extensions'), async () => {
        const ids = new Ids();
        const res = await importDoc(t, input('pets.json').replaceAll('${uri}', PETSTORE_URI), { failOnWarnings: true });
        assert.equal(res.$metadata.httpStatusCode, 201);
        assertLike(body(res), {
            apiKeySource: 'HEADER',
            binaryMediaTypes: ['image/png', 'image/jpg'],
            createdDate: A.date,
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
            id: ids.m('api-id:1'),
            name: 'Simple PetStore (Swagger)',
            rootResourceId: ids.m('root-resource-id:1'),
            version: '1.0.0',
        });
        await t.client.send(new CreateDeploymentCommand({ restApiId: res.id, stageName: 'local' }));
        const plain = await exported(res.id, 'oas30');
        assert.deepEqual(plain.order, ['openapi', 'info', 'servers', 'paths', 'components']);
        assertLike(plain.out, {
            body: {
                openapi: '3.0.1',
                info: { title: 'Simple PetStore (Swagger)', version: '1.0.0' },
                servers: [
                    {
                        url: ids.t('https://<api-id:1>.execute-api.us-east-1.amazonaws.com/{basePath}'),
                        variables: { basePath: { default: 'local' } },
                    },
                ],
                paths: {
                    '/pets': { get: { responses: { '200': { description: '200 response', content: {} } } } },
                    '/pets/{petId}': {
                        get: {
                            parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'string' } }],
                            responses: { '200': { description: '200 response', content: {} } },
                        },
                    },
                },
                components: {},
            },
            contentDisposition: 'attachment; filename="oas30_1.0.0.json"',
            contentType: 'application/octet-stream',
        });
        const withExtensions = await exported(res.id, 'oas30', { extensions: 'apigateway' });
        assert.deepEqual(withExtensions.order, ['openapi', 'info', 'servers', 'paths', 'components', 'x-amazon-apigateway-binary-media-types']);
        assertLike(withExtensions.out, {
            body: {
                openapi: '3.0.1',
                info: { title: 'Simple PetStore (Swagger)', version: '1.0.0' },
                servers: [
                    {
                        url: ids.t('https://<api-id:1>.execute-api.us-east-1.amazonaws.com/{basePath}'),
                        variables: { basePath: { default: 'local' } },
                    },
                ],
                paths: {
                    '/pets': {
                        get: {
                            responses: { '200': { description: '200 response', content: {} } },
                            'x-amazon-apigateway-integration': {
                                httpMethod: 'GET',
                                uri: 'http://petstore-demo-endpoint.execute-api.com/petstore/pets',
                                responses: { default: { statusCode: '200' } },
                                passthroughBehavior: 'when_no_match',
                                type: 'http',
                            },
                        },
                    },
                    '/pets/{petId}': {
                        get: {
                            parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'string' } }],
                            responses: { '200': { description: '200 response', content: {} } },
                            'x-amazon-apigateway-integration': {
                                httpMethod: 'GET',
                                uri: 'http://petstore-demo-endpoint.execute-api.com/petstore/pets/{id}',
                                responses: { default: { statusCode: '200' } },
                                requestParameters: { 'integration.request.path.id': 'method.request.path.petId' },
                                passthroughBehavior: 'when_no_match',
                                type: 'http',
                            },
                        },
                    },
                },
                components: {},
                'x-amazon-apigateway-binary-media-types': ['image/png', 'image/jpg'],
            },
            contentDisposition: 'attachment; filename="oas30_1.0.0.json"',
            contentType: 'application/octet-stream',
        });
    });
});
//# sourceMappingURL=export.test.js.map