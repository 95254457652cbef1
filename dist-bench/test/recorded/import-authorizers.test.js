/**
 * Replays test_apigateway_import.py (TestApiGatewayImportRestApi) on security schemes: a REQUEST
 * authorizer applied to the whole API with `x-amazon-apigateway-api-key-source: AUTHORIZER`, and
 * Cognito user pool authorizers with their identity source and per-operation scopes.
 */
import { GetAuthorizersCommand } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { A, assertLike, body, rec } from '../helpers/recorded.js';
import { ACCOUNT, startTollgate } from '../helpers/tollgate.js';
import { Ids, importDoc, input, json, LAMBDA_INVOCATION_ARN, replayMethods, sortedResources } from './import-replay.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
const byName = (items) => [...(items ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1));
describe('ImportRestApi: authorizers (recorded)', () => {
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_with_global_api_key_authorizer', 'import-swagger', 'get-authorizers', 'resources', 'method-echo/{data}-any', 'method-response-echo/{data}-any', 'integration-echo/{data}-any', 'integration-response-echo/{data}-any', 'method-pets-get', 'method-response-pets-get', 'integration-pets-get', 'integration-response-pets-get'), async () => {
        const ids = new Ids();
        const doc = input('openapi.spec.global-auth.json').replaceAll('${authorizer_lambda_invocation_arn}', LAMBDA_INVOCATION_ARN);
        const res = await importDoc(t, doc, { failOnWarnings: true });
        assert.equal(res.$metadata.httpStatusCode, 201);
        assertLike(body(res), {
            apiKeySource: 'AUTHORIZER',
            createdDate: A.date,
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
            id: ids.m('id:1'),
            name: ids.m('name:1'),
            rootResourceId: ids.m('id:3'),
            version: '1.0',
        });
        assertLike(body(await t.client.send(new GetAuthorizersCommand({ restApiId: res.id }))), {
            items: [
                {
                    authType: 'custom',
                    authorizerResultTtlInSeconds: 300,
                    authorizerUri: ids.m('authorizer-uri:1'),
                    id: ids.m('id:2'),
                    identitySource: 'method.request.header.Custom-Authorization',
                    name: ids.m('name:2'),
                    type: 'REQUEST',
                },
            ],
        });
        const resources = await sortedResources(t, res.id);
        assertLike(resources, {
            items: [
                { id: ids.m('id:3'), path: '/' },
                { id: ids.m('id:4'), parentId: ids.m('id:3'), path: '/echo', pathPart: 'echo' },
                {
                    id: ids.m('id:5'),
                    parentId: ids.m('id:4'),
                    path: '/echo/{data}',
                    pathPart: '{data}',
                    resourceMethods: { ANY: {} },
                },
                { id: ids.m('id:6'), parentId: ids.m('id:3'), path: '/pets', pathPart: 'pets', resourceMethods: { GET: {} } },
            ],
        });
        await replayMethods(t, res.id, resources.items, {
            'echo/{data}-any': {
                apiKeyRequired: false,
                authorizationType: 'CUSTOM',
                authorizerId: ids.m('id:2'),
                httpMethod: 'ANY',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('id:5'),
                    integrationResponses: {
                        '200': {
                            responseTemplates: { 'application/json': json({ echo: "$input.params('data')", response: 'mocked' }) },
                            statusCode: '200',
                        },
                    },
                    passthroughBehavior: 'WHEN_NO_TEMPLATES',
                    requestTemplates: { 'application/json': json({ statusCode: 200 }) },
                    timeoutInMillis: 29000,
                    type: 'MOCK',
                },
                methodResponses: { '200': { responseModels: { 'application/json': 'Empty' }, statusCode: '200' } },
                requestParameters: { 'method.request.path.data': true },
            },
            'pets-get': {
                apiKeyRequired: false,
                authorizationType: 'CUSTOM',
                authorizerId: ids.m('id:2'),
                httpMethod: 'GET',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('id:6'),
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
        });
    });
    it(rec('test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_with_cognito_auth_identity_source', 'import-swagger', 'get-authorizers', 'resources', 'method-default-no-scope-get', 'method-response-default-no-scope-get', 'integration-default-no-scope-get', 'integration-response-default-no-scope-get', 'method-default-scope-override-get', 'method-response-default-scope-override-get', 'integration-default-scope-override-get', 'integration-response-default-scope-override-get', 'method-non-default-authorizer-get', 'method-response-non-default-authorizer-get', 'integration-non-default-authorizer-get', 'integration-response-non-default-authorizer-get', 'method-pets-get', 'method-response-pets-get', 'integration-pets-get', 'integration-response-pets-get'), async () => {
        const ids = new Ids();
        // The pool does not need to exist (the recorded test's comment); the ARN is in Tollgate's account.
        const doc = input('openapi.cognito-auth.json').replaceAll('${cognito_pool_arn}', `arn:aws:cognito-idp:us-east-1:${ACCOUNT}:userpool/us-east-1_ABC123`);
        const res = await importDoc(t, doc, { failOnWarnings: true });
        assert.equal(res.$metadata.httpStatusCode, 201);
        assertLike(body(res), {
            apiKeySource: 'HEADER',
            createdDate: A.date,
            description: 'A Pet Store API.',
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'ipv4', types: ['EDGE'] },
            id: ids.m('rest-id:1'),
            name: 'Example Pet Store',
            rootResourceId: ids.m('resource-id:1'),
            version: '1.0',
        });
        const authorizers = byName((await t.client.send(new GetAuthorizersCommand({ restApiId: res.id }))).items);
        assertLike(authorizers, [
            {
                id: ids.m('authorizer-id:1'),
                name: 'cognito-test-identity-source',
                type: 'COGNITO_USER_POOLS',
                providerARNs: ['arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_ABC123'],
                authType: 'cognito_user_pools',
                identitySource: 'method.request.header.TestHeaderAuth',
            },
            {
                id: ids.m('authorizer-id:2'),
                name: 'extra-test-identity-source',
                type: 'COGNITO_USER_POOLS',
                providerARNs: ['arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_ABC123'],
                authType: 'cognito_user_pools',
                identitySource: 'method.request.header.TestHeaderAuth',
            },
        ]);
        const resources = await sortedResources(t, res.id);
        assertLike(resources, {
            items: [
                { id: ids.m('resource-id:1'), path: '/' },
                {
                    id: ids.m('resource-id:2'),
                    parentId: ids.m('resource-id:1'),
                    path: '/default-no-scope',
                    pathPart: 'default-no-scope',
                    resourceMethods: { GET: {} },
                },
                {
                    id: ids.m('resource-id:3'),
                    parentId: ids.m('resource-id:1'),
                    path: '/default-scope-override',
                    pathPart: 'default-scope-override',
                    resourceMethods: { GET: {} },
                },
                {
                    id: ids.m('resource-id:4'),
                    parentId: ids.m('resource-id:1'),
                    path: '/non-default-authorizer',
                    pathPart: 'non-default-authorizer',
                    resourceMethods: { GET: {} },
                },
                {
                    id: ids.m('resource-id:5'),
                    parentId: ids.m('resource-id:1'),
                    path: '/pets',
                    pathPart: 'pets',
                    resourceMethods: { GET: {} },
                },
            ],
        });
        await replayMethods(t, res.id, resources.items, {
            'default-no-scope-get': {
                apiKeyRequired: false,
                authorizationType: 'COGNITO_USER_POOLS',
                authorizerId: ids.m('authorizer-id:1'),
                httpMethod: 'GET',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('resource-id:2'),
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
            'default-scope-override-get': {
                apiKeyRequired: false,
                authorizationScopes: ['openid'],
                authorizationType: 'COGNITO_USER_POOLS',
                authorizerId: ids.m('authorizer-id:1'),
                httpMethod: 'GET',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('resource-id:3'),
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
            'non-default-authorizer-get': {
                apiKeyRequired: false,
                authorizationScopes: ['email', 'openid'],
                authorizationType: 'COGNITO_USER_POOLS',
                authorizerId: ids.m('authorizer-id:2'),
                httpMethod: 'GET',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('resource-id:4'),
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
            'pets-get': {
                apiKeyRequired: false,
                authorizationScopes: ['email'],
                authorizationType: 'COGNITO_USER_POOLS',
                authorizerId: ids.m('authorizer-id:1'),
                httpMethod: 'GET',
                methodIntegration: {
                    cacheKeyParameters: [],
                    cacheNamespace: ids.m('resource-id:5'),
                    connectionType: 'INTERNET',
                    httpMethod: 'GET',
                    passthroughBehavior: 'WHEN_NO_MATCH',
                    timeoutInMillis: 29000,
                    type: 'HTTP_PROXY',
                    uri: 'http://petstore.execute-api.us-west-1.amazonaws.com/petstore/pets',
                },
                methodResponses: {
                    '200': {
                        responseModels: { 'application/json': 'Pets' },
                        responseParameters: { 'method.response.header.Access-Control-Allow-Origin': false },
                        statusCode: '200',
                    },
                },
                operationName: 'GET HTTP',
                requestParameters: { 'method.request.querystring.page': false, 'method.request.querystring.type': false },
            },
        });
    });
});
//# sourceMappingURL=import-authorizers.test.js.map