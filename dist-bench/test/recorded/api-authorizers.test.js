/**
 * Replays AWS's recorded answers for Authorizer operations: on an API that does not exist
 * (test_apigateway_api.py::TestApiGatewayApiAuthorizer), and a Lambda authorizer used by a method
 * (test_apigateway_basic.py::TestAPIGateway::test_apigateway_with_custom_authorization_method).
 */
import { CreateAuthorizerCommand, CreateRestApiCommand, GetAuthorizersCommand, GetResourcesCommand, PutMethodCommand } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { A, assertLike, body, rec, recordedError } from '../helpers/recorded.js';
import { ACCOUNT, startTollgate } from '../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
describe('Authorizer (recorded)', () => {
    it(rec('test_apigateway_api.py::TestApiGatewayApiAuthorizer::test_authorizer_crud_no_api', 'wrong-rest-api-id-create-authorizer', 'wrong-rest-api-id-get-authorizers'), async () => {
        // CreateAuthorizer on a missing API answers 409 "concurrent modification", not 404: AWS's answer, recorded.
        assert.deepEqual(await recordedError(t.client.send(new CreateAuthorizerCommand({
            restApiId: 'test-fake-rest-id',
            name: 'fake-auth-name',
            type: 'TOKEN',
            authorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:myApiAuthorizer/invocations',
            identitySource: 'method.request.header.Authorization',
        }))), {
            Code: 'ConflictException',
            Message: 'Unable to complete operation due to concurrent modification. Please try again later.',
            HTTPStatusCode: 409,
        });
        assert.deepEqual(await recordedError(t.client.send(new GetAuthorizersCommand({ restApiId: 'test-fake-rest-id' }))), {
            Code: 'NotFoundException',
            Message: `Invalid API identifier specified ${ACCOUNT}:test-fake-rest-id`,
            HTTPStatusCode: 404,
        });
    });
    it(rec('test_apigateway_basic.py::TestAPIGateway::test_apigateway_with_custom_authorization_method', 'api-id', 'authorizer', 'put-method-response'), async () => {
        const api = await t.client.send(new CreateRestApiCommand({ name: 'test-api' }));
        assertLike({ api_id: api.id }, { api_id: A.id });
        const rootId = (await t.client.send(new GetResourcesCommand({ restApiId: api.id }))).items[0].id;
        // The recorded request's URI holds the spaces of a Python line continuation after `path/`: AWS took it.
        const lambdaArn = 'arn:aws:lambda:us-east-1:000000000000:function:integration-lambda';
        const authorizerUri = `arn:aws:apigateway:us-east-1:lambda:path/                 2015-03-31/functions/${lambdaArn}/invocations`;
        const authorizer = await t.client.send(new CreateAuthorizerCommand({
            restApiId: api.id,
            name: 'lambda_authorizer',
            type: 'TOKEN',
            authorizerUri,
            identitySource: 'method.request.header.Auth',
        }));
        assert.equal(authorizer.$metadata.httpStatusCode, 201);
        assertLike(body(authorizer), {
            authType: 'custom',
            authorizerUri,
            id: A.shortId,
            identitySource: 'method.request.header.Auth',
            name: 'lambda_authorizer',
            type: 'TOKEN',
        });
        const method = await t.client.send(new PutMethodCommand({
            restApiId: api.id,
            resourceId: rootId,
            httpMethod: 'GET',
            authorizationType: 'CUSTOM',
            authorizerId: authorizer.id,
            apiKeyRequired: true,
        }));
        assert.equal(method.$metadata.httpStatusCode, 201);
        assertLike(body(method), { apiKeyRequired: true, authorizationType: 'CUSTOM', authorizerId: authorizer.id, httpMethod: 'GET' });
    });
});
//# sourceMappingURL=api-authorizers.test.js.map