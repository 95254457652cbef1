/**
 * Replays test_apigateway_import.py (TestApiGatewayImportRestApi) for whole documents imported as they
 * come: Pulumi's and Terraform's OpenAPI files, AWS's PetStore with authorizers, a SAM-synthesized
 * Swagger file with CORS mocks, PutRestApi's binaryMediaTypes in merge and overwrite mode, and documents
 * that do not parse. The inputs are LocalStack's (test/fixtures/openapi/localstack/), with the recorded
 * test's substitutions; what every resource, method and integration looks like after the import is
 * checked step by step (see import-replay.ts for the walk).
 */
import { CreateRestApiCommand, GetAuthorizersCommand, GetModelsCommand, GetRestApiCommand, PutRestApiCommand } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { A, assertLike, body, rec, recordedError } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
import { Ids, importDoc, input, json, LAMBDA_INVOCATION_ARN, replayMethods, ROLE_ARN, sortedResources } from './import-replay.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
const byName = (items) => [...(items ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1));
describe('ImportRestApi: whole documents (recorded)', () => {
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_rest_api', 'import_rest_api'), async () => {
        // Pulumi's document: an authorizer with "identitySource": "" and "authorizerCredentials": "", accepted with failOnWarnings.
        const ids = new Ids();
        const res = await importDoc(t, input('openapi.spec.pulumi.json'), { failOnWarnings: true });
        assert.equal(res.$metadata.httpStatusCode, 201);
        assertLike(body(res), {
            apiKeySource: 'HEADER',
            binaryMediaTypes: ['*/*'],
            createdDate: A.date,
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
            id: ids.m('id:1'),
            name: ids.m('name:1'),
            rootResourceId: ids.m('root-resource-id:1'),
            version: '1.0',
        });
    });
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_swagger_api', 'import-swagger', 'get-authorizers', 'get-models', 'resources', 'method-root-get', 'method-response-root-get', 'integration-root-get', 'integration-response-root-get', 'method-pets-get', 'method-response-pets-get', 'integration-pets-get', 'integration-response-pets-get', 'method-pets-options', 'method-response-pets-options', 'integration-pets-options', 'integration-response-pets-options', 'method-pets-post', 'method-response-pets-post', 'integration-pets-post', 'integration-response-pets-post', 'method-pets/{petId}-get', 'method-response-pets/{petId}-get', 'integration-pets/{petId}-get', 'integration-response-pets/{petId}-get', 'method-pets/{petId}-options', 'method-response-pets/{petId}-options', 'integration-pets/{petId}-options', 'integration-response-pets/{petId}-options'), async () => {
        // The recorded test's substitutions: the HTTP backend, a real function's invocation ARN and a role for the authorizers.
        const doc = input('petstore-authorizer.swagger.json')
            .replaceAll('${uri}', 'http://petstore.execute-api.us-east-1.amazonaws.com/petstore/pets')
            .replaceAll('arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:account-id:function:function-name/invocations', LAMBDA_INVOCATION_ARN)
            .replaceAll('arn:aws:iam::account-id:role', ROLE_ARN);
        const ids = new Ids();
        const res = await importDoc(t, doc, { failOnWarnings: true });
        assert.equal(res.$metadata.httpStatusCode, 201);
        assertLike(body(res), {
            apiKeySource: 'HEADER',
            createdDate: A.date,
            description: 'Your first API with Amazon API Gateway. This is a sample API that integrates via HTTP with our demo Pet Store endpoints',
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
            id: ids.m('rest-id:1'),
            name: 'PetStore',
            rootResourceId: ids.m('resource-id:1'),
            version: '1.0',
        });
        const id = res.id;
        const authorizers = body(await t.client.send(new GetAuthorizersCommand({ restApiId: id })));
        assertLike({ ...authorizers, items: byName(authorizers.items) }, {
            items: [
                {
                    authType: 'oauth2',
                    authorizerCredentials: ids.m('authorizer-credentials:1'),
                    authorizerResultTtlInSeconds: 60,
                    authorizerUri: ids.m('authorizer-uri:1'),
                    id: ids.m('authorizer-id:1'),
                    identitySource: 'method.request.header.Authorization',
                    identityValidationExpression: '^x-[a-z]+',
                    name: 'test-authorizer',
                    type: 'TOKEN',
                },
                {
                    authType: 'oauth2',
                    authorizerCredentials: ids.m('authorizer-credentials:1'),
                    authorizerUri: ids.m('authorizer-uri:1'),
                    id: ids.m('authorizer-id:2'),
                    identitySource: 'method.request.header.Authorization',
                    identityValidationExpression: '^x-[a-z]+',
                    name: 'test-authorizer-not-used',
                    type: 'TOKEN',
                },
            ],
        });
        const models = body(await t.client.send(new GetModelsCommand({ restApiId: id })));
        assertLike({ ...models, items: byName(models.items) }, {
            items: [
                { contentType: 'application/json', id: ids.m('model-id:1'), name: 'Empty', schema: json({ type: 'object' }) },
                {
                    contentType: 'application/json',
                    id: ids.m('model-id:2'),
                    name: 'NewPet',
                    schema: json({
                        type: 'object',
                        properties: {
                            type: { $ref: ids.t('https://apigateway.amazonaws.com/restapis/<rest-id:1>/models/PetType') },
                            price: { type: 'number' },
                        },
                    }),
                },
                {
                    contentType: 'application/json',
                    id: ids.m('model-id:3'),
                    name: 'NewPetResponse',
                    schema: json({
                        type: 'object',
                        properties: {
                            pet: { $ref: ids.t('https://apigateway.amazonaws.com/restapis/<rest-id:1>/models/Pet') },
                            message: { type: 'string' },
                        },
                    }),
                },
                {
                    contentType: 'application/json',
                    id: ids.m('model-id:4'),
                    name: 'Pet',
                    schema: json({
                        type: 'object',
                        properties: { petid: { type: 'integer' }, type: { type: 'string' }, price: { type: 'number' } },
                    }),
                },
                {
                    contentType: 'application/json',
                    id: ids.m('model-id:5'),
                    name: 'PetType',
                    schema: json({ type: 'string', enum: ['dog', 'cat', 'fish', 'bird', 'gecko'] }),
                },
                {
                    contentType: 'application/json',
                    id: ids.m('model-id:6'),
                    name: 'Pets',
                    schema: json({
                        type: 'array',
                        items: { $ref: ids.t('https://apigateway.amazonaws.com/restapis/<rest-id:1>/models/Pet') },
                    }),
                },
            ],
        });
        const resources = await sortedResources(t, id);
        assertLike(resources, {
            items: [
                { id: ids.m('resource-id:1'), path: '/', resourceMethods: { GET: {} } },
                {
                    id: ids.m('resource-id:2'),
                    parentId: ids.m('resource-id:1'),
                    path: '/pets',
                    pathPart: 'pets',
                    resourceMethods: { GET: {}, OPTIONS: {}, POST: {} },
                },
                {
                    id: ids.m('resource-id:3'),
                    parentId: ids.m('resource-id:2'),
                    path: '/pets/{petId}',
                    pathPart: '{petId}',
                    resourceMethods: { GET: {}, OPTIONS: {} },
                },
            ],
        });
        await replayMethods(t, id, resources.items, {
            'root-get': {
                apiKeyRequired: false,
                authorizationType: 'CUSTOM',
                authorizerId: ids.m('authorizer-id:1'),
                httpMethod: 'GET',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('resource-id:1'),
                    integrationResponses: {
                        '200': {
                            responseParameters: { 'method.response.header.Content-Type': "'text/html'" },
                            responseTemplates: {
                                'text/html': '<html>\n    <head>\n        <style>\n        body {\n            color: #333;\n            font-family: Sans-serif;\n            max-width: 800px;\n            margin: auto;\n        }\n        </style>\n    </head>\n    <body>\n        <h1>Welcome to your Pet Store API</h1>\n        <p>\n            You have successfully deployed your first API. You are seeing this HTML page because the <code>GET</code> method to the root resource of your API returns this content as a Mock integration.\n        </p>\n        <p>\n            The Pet Store API contains the <code>/pets</code> and <code>/pets/{petId}</code> resources. By making a <a href="/$context.stage/pets/" target="_blank"><code>GET</code> request</a> to <code>/pets</code> you can retrieve a list of Pets in your API. If you are looking for a specific pet, for example the pet with ID 1, you can make a <a href="/$context.stage/pets/1" target="_blank"><code>GET</code> request</a> to <code>/pets/1</code>.\n        </p>\n        <p>\n            You can use a REST client such as <a href="https://www.getpostman.com/" target="_blank">Postman</a> to test the <code>POST</code> methods in your API to create a new pet. Use the sample body below to send the <code>POST</code> request:\n        </p>\n        <pre>\n{\n    "type" : "cat",\n    "price" : 123.11\n}\n        </pre>\n    </body>\n</html>',
                            },
                            statusCode: '200',
                        },
                    },
                    passthroughBehavior: 'WHEN_NO_MATCH',
                    requestTemplates: { 'application/json': json({ statusCode: 200 }) },
                    timeoutInMillis: 29000,
                    type: 'MOCK',
                },
                methodResponses: { '200': { responseParameters: { 'method.response.header.Content-Type': false }, statusCode: '200' } },
            },
            'pets-get': {
                apiKeyRequired: false,
                authorizationType: 'CUSTOM',
                authorizerId: ids.m('authorizer-id:1'),
                httpMethod: 'GET',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('resource-id:2'),
                    connectionType: 'INTERNET',
                    httpMethod: 'GET',
                    integrationResponses: {
                        '200': {
                            responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
                            statusCode: '200',
                        },
                    },
                    passthroughBehavior: 'WHEN_NO_MATCH',
                    requestParameters: {
                        'integration.request.querystring.page': 'method.request.querystring.page',
                        'integration.request.querystring.type': 'method.request.querystring.type',
                    },
                    timeoutInMillis: 29000,
                    type: 'HTTP',
                    uri: 'http://petstore.execute-api.us-east-1.amazonaws.com/petstore/pets',
                },
                methodResponses: {
                    '200': {
                        responseModels: { 'application/json': 'Pets' },
                        responseParameters: { 'method.response.header.Access-Control-Allow-Origin': false },
                        statusCode: '200',
                    },
                },
                requestParameters: { 'method.request.querystring.page': false, 'method.request.querystring.type': false },
            },
            'pets-options': {
                apiKeyRequired: false,
                authorizationType: 'NONE',
                httpMethod: 'OPTIONS',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('resource-id:2'),
                    integrationResponses: {
                        '200': {
                            responseParameters: {
                                'method.response.header.Access-Control-Allow-Headers': "'Content-Type,X-Amz-Date,Authorization,X-Api-Key'",
                                'method.response.header.Access-Control-Allow-Methods': "'POST,GET,OPTIONS'",
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
            'pets-post': {
                apiKeyRequired: false,
                authorizationType: 'NONE',
                httpMethod: 'POST',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('resource-id:2'),
                    connectionType: 'INTERNET',
                    httpMethod: 'POST',
                    integrationResponses: {
                        '200': {
                            responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
                            statusCode: '200',
                        },
                    },
                    passthroughBehavior: 'WHEN_NO_MATCH',
                    timeoutInMillis: 29000,
                    type: 'HTTP',
                    uri: 'http://petstore.execute-api.us-east-1.amazonaws.com/petstore/pets',
                },
                methodResponses: {
                    '200': {
                        responseModels: { 'application/json': 'NewPetResponse' },
                        responseParameters: { 'method.response.header.Access-Control-Allow-Origin': false },
                        statusCode: '200',
                    },
                },
                operationName: 'CreatePet',
                requestModels: { 'application/json': 'NewPet' },
            },
            'pets/{petId}-get': {
                apiKeyRequired: false,
                authorizationType: 'NONE',
                httpMethod: 'GET',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('resource-id:3'),
                    connectionType: 'INTERNET',
                    httpMethod: 'GET',
                    integrationResponses: {
                        '200': {
                            responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
                            statusCode: '200',
                        },
                    },
                    passthroughBehavior: 'WHEN_NO_MATCH',
                    requestParameters: { 'integration.request.path.petId': 'method.request.path.petId' },
                    timeoutInMillis: 29000,
                    type: 'HTTP',
                    uri: 'http://petstore.execute-api.us-east-1.amazonaws.com/petstore/pets/{petId}',
                },
                methodResponses: {
                    '200': {
                        responseModels: { 'application/json': 'Pet' },
                        responseParameters: { 'method.response.header.Access-Control-Allow-Origin': false },
                        statusCode: '200',
                    },
                },
                operationName: 'GetPet',
                requestParameters: { 'method.request.path.petId': true },
            },
            'pets/{petId}-options': {
                apiKeyRequired: false,
                authorizationType: 'NONE',
                httpMethod: 'OPTIONS',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('resource-id:3'),
                    integrationResponses: {
                        '200': {
                            responseParameters: {
                                'method.response.header.Access-Control-Allow-Headers': "'Content-Type,X-Amz-Date,Authorization,X-Api-Key'",
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
                requestParameters: { 'method.request.path.petId': true },
            },
        });
    });
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_and_validate_rest_api[openapi.spec.tf.json]', 'import_tf_rest_api', 'get-models', 'resources', 'method-root-get', 'method-response-root-get', 'integration-root-get', 'integration-response-root-get', 'method-root-options', 'method-response-root-options', 'integration-root-options', 'integration-response-root-options'), async () => {
        const ids = new Ids();
        const res = await importDoc(t, input('openapi.spec.tf.json'), { failOnWarnings: true });
        assert.equal(res.$metadata.httpStatusCode, 201);
        assertLike(body(res), {
            apiKeySource: 'HEADER',
            createdDate: A.date,
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
            id: ids.m('id:1'),
            name: ids.m('name:1'),
            rootResourceId: ids.m('id:3'),
            version: '1',
        });
        const id = res.id;
        const models = body(await t.client.send(new GetModelsCommand({ restApiId: id })));
        assertLike({ ...models, items: byName(models.items) }, {
            items: [
                {
                    contentType: 'application/json',
                    id: ids.m('id:2'),
                    name: ids.m('name:2'),
                    schema: json({ title: ids.t('<name:2> Schema'), type: 'object' }),
                },
            ],
        });
        const resources = await sortedResources(t, id);
        assertLike(resources, { items: [{ id: ids.m('id:3'), path: '/', resourceMethods: { GET: {}, OPTIONS: {} } }] });
        await replayMethods(t, id, resources.items, {
            'root-get': {
                apiKeyRequired: true,
                authorizationType: 'NONE',
                httpMethod: 'GET',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('id:3'),
                    contentHandling: 'CONVERT_TO_TEXT',
                    httpMethod: 'POST',
                    integrationResponses: {
                        '200': {
                            responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
                            statusCode: '200',
                        },
                    },
                    passthroughBehavior: 'WHEN_NO_MATCH',
                    timeoutInMillis: 29000,
                    type: 'AWS_PROXY',
                    uri: 'arn:aws:apigateway:us-west-2:lambda:path/2015-03-31/functions/arn:aws:lambda:us-west-2:000000000000:function:s3OnObjectCreatedLambda-60c92b6/invocations',
                },
                methodResponses: {
                    '200': {
                        responseModels: { 'application/json': ids.m('name:2') },
                        responseParameters: { 'method.response.header.Access-Control-Allow-Origin': false },
                        statusCode: '200',
                    },
                },
            },
            'root-options': {
                apiKeyRequired: false,
                authorizationType: 'NONE',
                httpMethod: 'OPTIONS',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('id:3'),
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
                        responseModels: { 'application/json': ids.m('name:2') },
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
    });
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_and_validate_rest_api[swagger-mock-cors.json]', 'import_tf_rest_api', 'get-models', 'resources', 'method-product-get', 'method-response-product-get', 'integration-product-get', 'integration-response-product-get', 'method-product-options', 'method-response-product-options', 'integration-product-options', 'integration-response-product-options', 'method-product/{product_id}-get', 'method-response-product/{product_id}-get', 'integration-product/{product_id}-get', 'integration-response-product/{product_id}-get', 'method-product/{product_id}-options', 'method-response-product/{product_id}-options', 'integration-product/{product_id}-options', 'integration-response-product/{product_id}-options'), async () => {
        const ids = new Ids();
        const res = await importDoc(t, input('swagger-mock-cors.json'), { failOnWarnings: true });
        assert.equal(res.$metadata.httpStatusCode, 201);
        assertLike(body(res), {
            apiKeySource: 'HEADER',
            createdDate: A.date,
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
            id: ids.m('id:1'),
            name: ids.m('name:1'),
            rootResourceId: ids.m('id:2'),
            version: '1.0',
        });
        const id = res.id;
        const models = body(await t.client.send(new GetModelsCommand({ restApiId: id })));
        assertLike({ ...models, items: byName(models.items) }, { items: [] });
        const resources = await sortedResources(t, id);
        assertLike(resources, {
            items: [
                { id: ids.m('id:2'), path: '/' },
                {
                    id: ids.m('id:3'),
                    parentId: ids.m('id:2'),
                    path: '/product',
                    pathPart: 'product',
                    resourceMethods: { GET: {}, OPTIONS: {} },
                },
                {
                    id: ids.m('id:4'),
                    parentId: ids.m('id:3'),
                    path: '/product/{product_id}',
                    pathPart: '{product_id}',
                    resourceMethods: { GET: {}, OPTIONS: {} },
                },
            ],
        });
        await replayMethods(t, id, resources.items, {
            'product-get': {
                apiKeyRequired: false,
                authorizationType: 'NONE',
                httpMethod: 'GET',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('id:3'),
                    httpMethod: 'POST',
                    passthroughBehavior: 'WHEN_NO_MATCH',
                    timeoutInMillis: 29000,
                    type: 'AWS_PROXY',
                    uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:aws-serverless-shopping-cart-produ-GetProductsFunction-c1359550:live/invocations',
                },
            },
            'product-options': {
                apiKeyRequired: false,
                authorizationType: 'NONE',
                httpMethod: 'OPTIONS',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('id:3'),
                    integrationResponses: {
                        '200': {
                            responseParameters: {
                                'method.response.header.Access-Control-Allow-Headers': "'Content-Type'",
                                'method.response.header.Access-Control-Allow-Methods': "'OPTIONS,POST,GET'",
                                'method.response.header.Access-Control-Allow-Origin': "'http://localhost:8080'",
                            },
                            responseTemplates: { 'application/json': json({}) },
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
            'product/{product_id}-get': {
                apiKeyRequired: false,
                authorizationType: 'NONE',
                httpMethod: 'GET',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('id:4'),
                    httpMethod: 'POST',
                    passthroughBehavior: 'WHEN_NO_MATCH',
                    timeoutInMillis: 29000,
                    type: 'AWS_PROXY',
                    uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:aws-serverless-shopping-cart-produc-GetProductFunction-28378339:live/invocations',
                },
                requestParameters: { 'method.request.path.product_id': true },
            },
            'product/{product_id}-options': {
                apiKeyRequired: false,
                authorizationType: 'NONE',
                httpMethod: 'OPTIONS',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('id:4'),
                    integrationResponses: {
                        '200': {
                            responseParameters: {
                                'method.response.header.Access-Control-Allow-Headers': "'Content-Type'",
                                'method.response.header.Access-Control-Allow-Methods': "'OPTIONS,POST,GET'",
                                'method.response.header.Access-Control-Allow-Origin': "'http://localhost:8080'",
                            },
                            responseTemplates: { 'application/json': json({}) },
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
                requestParameters: { 'method.request.path.product_id': true },
            },
        });
    });
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_put_rest_api_mode_binary_media_types[merge]', 'create-rest-api', 'get-rest-api', 'put-api'), async () => {
        const ids = new Ids();
        const created = await t.client.send(new CreateRestApiCommand({ name: 'binary-merge', binaryMediaTypes: ['image/heif'] }));
        assert.equal(created.$metadata.httpStatusCode, 201);
        assertLike(body(created), {
            apiKeySource: 'HEADER',
            binaryMediaTypes: ['image/heif'],
            createdDate: A.date,
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
            id: ids.m('id:1'),
            name: ids.m('name:1'),
            rootResourceId: ids.m('root-resource-id:1'),
        });
        assertLike(body(await t.client.send(new GetRestApiCommand({ restApiId: created.id }))), {
            apiKeySource: 'HEADER',
            binaryMediaTypes: ['image/heif'],
            createdDate: A.date,
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
            id: ids.m('id:1'),
            name: ids.m('name:1'),
            rootResourceId: ids.m('root-resource-id:1'),
            tags: {},
        });
        const put = await t.client.send(new PutRestApiCommand({ restApiId: created.id, body: Buffer.from(input('pets.json')), mode: 'merge' }));
        assert.equal(put.$metadata.httpStatusCode, 200);
        assertLike(body(put), {
            apiKeySource: 'HEADER',
            binaryMediaTypes: ['image/heif', 'image/png', 'image/jpg'],
            createdDate: A.date,
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
            id: ids.m('id:1'),
            name: ids.m('name:2'),
            rootResourceId: ids.m('root-resource-id:1'),
            tags: {},
            version: '1.0.0',
        });
    });
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_put_rest_api_mode_binary_media_types[overwrite]', 'create-rest-api', 'get-rest-api', 'put-api'), async () => {
        const ids = new Ids();
        const created = await t.client.send(new CreateRestApiCommand({ name: 'binary-overwrite', binaryMediaTypes: ['image/heif'] }));
        assert.equal(created.$metadata.httpStatusCode, 201);
        assertLike(body(created), {
            apiKeySource: 'HEADER',
            binaryMediaTypes: ['image/heif'],
            createdDate: A.date,
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
            id: ids.m('id:1'),
            name: ids.m('name:1'),
            rootResourceId: ids.m('root-resource-id:1'),
        });
        assertLike(body(await t.client.send(new GetRestApiCommand({ restApiId: created.id }))), {
            apiKeySource: 'HEADER',
            binaryMediaTypes: ['image/heif'],
            createdDate: A.date,
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
            id: ids.m('id:1'),
            name: ids.m('name:1'),
            rootResourceId: ids.m('root-resource-id:1'),
            tags: {},
        });
        const put = await t.client.send(new PutRestApiCommand({ restApiId: created.id, body: Buffer.from(input('pets.json')), mode: 'overwrite' }));
        assert.equal(put.$metadata.httpStatusCode, 200);
        assertLike(body(put), {
            apiKeySource: 'HEADER',
            binaryMediaTypes: ['image/png', 'image/jpg'],
            createdDate: A.date,
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
            id: ids.m('id:1'),
            name: ids.m('name:2'),
            rootResourceId: ids.m('root-resource-id:1'),
            tags: {},
            version: '1.0.0',
        });
    });
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_api_bad_file', 'import-api-bad-yaml-file', 'import-api-bad-json-file', 'put-rest-api-bad-yaml-file', 'put-rest-api-bad-json-file'), async () => {
        // Python's """…"…""" in the recorded test: the backslashes are not part of the text.
        const badYaml = 'test:\n    value:\n        - "value ... "escaped": $var, "dt": $(var +"%a")}"\n        ';
        const badJson = "{'key:value}";
        const refused = { Code: 'BadRequestException', Message: 'Invalid OpenAPI input.', HTTPStatusCode: 400 };
        assert.deepEqual(await recordedError(importDoc(t, badYaml)), refused);
        assert.deepEqual(await recordedError(importDoc(t, badJson)), refused);
        // PutRestApi reads the document before it looks the API up: an id that names no API still answers 400.
        assert.deepEqual(await recordedError(t.client.send(new PutRestApiCommand({ restApiId: 'nosuchapi1', body: Buffer.from(badYaml) }))), refused);
        assert.deepEqual(await recordedError(t.client.send(new PutRestApiCommand({ restApiId: 'nosuchapi1', body: Buffer.from(badJson) }))), refused);
    });
});
//# sourceMappingURL=import-documents.test.js.map