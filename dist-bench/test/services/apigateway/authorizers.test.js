/**
 * Authorizers through the AWS SDK, and CUSTOM / COGNITO_USER_POOLS methods that use them. Expected
 * values are AWS's recorded answers (peer-localstack F51, F59, F63) or AWS texts from public
 * reports, as cited in src/services/apigateway/authorizers.ts.
 */
import { CreateAuthorizerCommand, CreateResourceCommand, CreateRestApiCommand, DeleteAuthorizerCommand, DeleteMethodCommand, GetAuthorizerCommand, GetAuthorizersCommand, GetMethodCommand, PutMethodCommand, TestInvokeAuthorizerCommand, UpdateAuthorizerCommand, UpdateMethodCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACCOUNT, sdkError, startTollgate } from '../../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
async function newApi(server = t) {
    const api = await server.client.send(new CreateRestApiCommand({ name: 'authorizers' }));
    return { restApiId: api.id, rootId: api.rootResourceId };
}
const FN = 'arn:aws:lambda:us-east-1:123456789012:function:auth';
const URI = `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${FN}/invocations`;
const POOL = 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_aWcZeQbuD';
const token = (restApiId, input = {}, server = t) => server.client.send(new CreateAuthorizerCommand({
    restApiId,
    name: 'tok',
    type: 'TOKEN',
    authorizerUri: URI,
    identitySource: 'method.request.header.Authorization',
    ...input,
}));
const update = (restApiId, authorizerId, patchOperations) => t.client.send(new UpdateAuthorizerCommand({ restApiId, authorizerId, patchOperations }));
const bad = (message) => ({ name: 'BadRequestException', message, status: 400 });
const NOT_FOUND = { name: 'NotFoundException', message: 'Invalid Authorizer identifier specified', status: 404 };
const body = (r) => {
    const { $metadata: _m, ...rest } = r;
    return rest;
};
const badUri = (uri) => bad(`Invalid Authorizer URI: ${uri}. Authorizer URI should be a valid API Gateway ARN that represents a Lambda function invocation.`);
const badToken = (src) => bad(`Invalid token source expression: ${src}. The source must be a method request header, matching 'method.request.header.[a-zA-Z0-9._-]+'`);
describe('CreateAuthorizer', () => {
    it('TOKEN: 201 with authType "custom" added and no TTL unless given (F63)', async () => {
        const { restApiId } = await newApi();
        const a = await token(restApiId);
        assert.equal(a.$metadata.httpStatusCode, 201);
        assert.match(a.id, /^[a-z0-9]{6}$/);
        assert.deepEqual(body(a), {
            authType: 'custom',
            authorizerUri: URI,
            id: a.id,
            identitySource: 'method.request.header.Authorization',
            name: 'tok',
            type: 'TOKEN',
        });
        const full = await token(restApiId, {
            name: 'full',
            authorizerResultTtlInSeconds: 0,
            identityValidationExpression: '^Bearer .+$',
            authType: 'oauth2',
            authorizerCredentials: 'arn:aws:iam::123456789012:role/invoke',
        });
        assert.deepEqual([full.authorizerResultTtlInSeconds, full.identityValidationExpression, full.authType, full.authorizerCredentials], [0, '^Bearer .+$', 'oauth2', 'arn:aws:iam::123456789012:role/invoke']);
        assert.equal((await token(restApiId, { name: 'hour', authorizerResultTtlInSeconds: 3600 })).authorizerResultTtlInSeconds, 3600);
        // Stage variables may name the function.
        const staged = URI.replace(':function:auth', ':function:${stageVariables.authFn}');
        assert.equal((await token(restApiId, { name: 'staged', authorizerUri: staged })).authorizerUri, staged);
    });
    it('answers 409 for an unknown API (F63)', async () => {
        assert.deepEqual(await sdkError(token('test-fake-rest-id')), {
            name: 'ConflictException',
            message: 'Unable to complete operation due to concurrent modification. Please try again later.',
            status: 409,
        });
    });
    it('checks the Lambda URI (hashicorp/terraform-provider-aws#1757) and the token source (serverless#4428)', async () => {
        const { restApiId } = await newApi();
        const regionless = `arn:aws:apigateway:region:lambda:path/2015-03-31/functions/${FN}/invocations`;
        assert.deepEqual(await sdkError(token(restApiId, { authorizerUri: regionless })), badUri(regionless));
        assert.deepEqual(await sdkError(token(restApiId, { authorizerUri: FN })), badUri(FN));
        assert.deepEqual(await sdkError(token(restApiId, { authorizerUri: undefined })), badUri('null'));
        assert.deepEqual(await sdkError(token(restApiId, { identitySource: 'method.request.querystring.key' })), badToken('method.request.querystring.key'));
        assert.deepEqual(await sdkError(token(restApiId, { identitySource: 'method.request.header.' })), badToken('method.request.header.'));
        assert.deepEqual(await sdkError(token(restApiId, { identitySource: undefined })), badToken('null'));
        for (const ttl of [-1, 3601])
            assert.equal((await sdkError(token(restApiId, { authorizerResultTtlInSeconds: ttl }))).status, 400);
        assert.deepEqual(await sdkError(token(restApiId, { authorizerResultTtlInSeconds: 3601 })), bad('Invalid authorizerResultTtlInSeconds specified: 3601. It must be between 0 and 3600'));
    });
    it('REQUEST: several identity sources; none only without caching', async () => {
        const { restApiId } = await newApi();
        const src = 'method.request.header.Auth, method.request.querystring.key, stageVariables.stage, context.requestId';
        const r = await token(restApiId, { name: 'req', type: 'REQUEST', identitySource: src });
        assert.deepEqual(body(r), { authType: 'custom', authorizerUri: URI, id: r.id, identitySource: src, name: 'req', type: 'REQUEST' });
        assert.deepEqual(await sdkError(token(restApiId, { name: 'req', type: 'REQUEST', identitySource: undefined })), bad('Identity source must be set if authorizer caching is enabled (TTL is greater than 0)'));
        assert.equal((await sdkError(token(restApiId, { name: 'req', type: 'REQUEST', identitySource: undefined, authorizerResultTtlInSeconds: 60 }))).status, 400);
        const open = await token(restApiId, { name: 'open', type: 'REQUEST', identitySource: undefined, authorizerResultTtlInSeconds: 0 });
        assert.equal('identitySource' in open, false);
        assert.deepEqual(await sdkError(token(restApiId, { name: 'req', type: 'REQUEST', identitySource: 'method.request.path.id' })), bad('Invalid identity source expression: method.request.path.id. The source must be a method request header or query string, a stage variable or a context variable'));
    });
    it('COGNITO_USER_POOLS: authType "cognito_user_pools", user pools required, no TTL shown (F51)', async () => {
        const { restApiId } = await newApi();
        const c = await t.client.send(new CreateAuthorizerCommand({
            restApiId,
            name: 'pool',
            type: 'COGNITO_USER_POOLS',
            providerARNs: [POOL],
            identitySource: 'method.request.header.Authorization',
            authorizerResultTtlInSeconds: 300,
        }));
        assert.deepEqual(body(c), {
            authType: 'cognito_user_pools',
            id: c.id,
            identitySource: 'method.request.header.Authorization',
            name: 'pool',
            providerARNs: [POOL],
            type: 'COGNITO_USER_POOLS',
        });
        const cognito = (input) => t.client.send(new CreateAuthorizerCommand({
            restApiId,
            name: 'pool',
            type: 'COGNITO_USER_POOLS',
            identitySource: 'method.request.header.Authorization',
            ...input,
        }));
        assert.deepEqual(await sdkError(cognito({})), bad('Invalid providerARNs specified. A COGNITO_USER_POOLS authorizer requires at least one Cognito user pool ARN.'));
        assert.deepEqual(await sdkError(cognito({ providerARNs: ['us-east-1_aWcZeQbuD'] })), bad('Invalid providerARNs specified: us-east-1_aWcZeQbuD is not a Cognito user pool ARN'));
        assert.deepEqual(await sdkError(cognito({ providerARNs: [POOL], identitySource: undefined })), badToken('null'));
    });
    it("validates the type against the model (AWS's enum order is not recorded)", async () => {
        const { restApiId } = await newApi();
        const err = await sdkError(token(restApiId, { type: 'AWS_IAM' }));
        assert.deepEqual([err.name, err.status], ['ValidationException', 400]);
        assert.match(err.message, /^1 validation error detected: Value 'AWS_IAM' at 'createAuthorizerInput\.type' failed to satisfy constraint: Member must satisfy enum value set: \[(TOKEN|REQUEST|COGNITO_USER_POOLS)(, (TOKEN|REQUEST|COGNITO_USER_POOLS)){2}\]$/);
    });
    it('allows 10 authorizers per API with --aws-limits (DG:limits)', async () => {
        const limited = await startTollgate(['--aws-limits']);
        try {
            const { restApiId } = await newApi(limited);
            for (let i = 0; i < 10; i++)
                await token(restApiId, { name: `a${i}` }, limited);
            assert.deepEqual(await sdkError(token(restApiId, { name: 'a10' }, limited)), {
                name: 'LimitExceededException',
                message: 'Maximum number of Authorizers for this API has been reached: 10',
                status: 429,
            });
        }
        finally {
            await limited.close();
        }
    });
});
describe('GetAuthorizer / GetAuthorizers', () => {
    it('gets and pages; unknown ids answer 404; an unknown API 404 with its id', async () => {
        const { restApiId } = await newApi();
        const a = await token(restApiId, { name: 'a' });
        const b = await token(restApiId, { name: 'b' });
        assert.deepEqual(body(await t.client.send(new GetAuthorizerCommand({ restApiId, authorizerId: a.id }))), body(a));
        assert.deepEqual(await sdkError(t.client.send(new GetAuthorizerCommand({ restApiId, authorizerId: 'nope12' }))), NOT_FOUND);
        assert.deepEqual(await sdkError(t.client.send(new GetAuthorizerCommand({ restApiId: 'nope123456', authorizerId: a.id }))), NOT_FOUND);
        assert.deepEqual((await t.client.send(new GetAuthorizersCommand({ restApiId }))).items.map((x) => x.id), [a.id, b.id]);
        const p1 = await t.client.send(new GetAuthorizersCommand({ restApiId, limit: 1 }));
        assert.deepEqual(p1.items.map((x) => x.name), ['a']);
        const p2 = await t.client.send(new GetAuthorizersCommand({ restApiId, limit: 1, position: p1.position }));
        assert.deepEqual(p2.items.map((x) => x.name), ['b']);
        assert.equal(p2.position, undefined);
        // LS-snap test_authorizer_crud_no_api [wrong-rest-api-id-get-authorizers].
        assert.deepEqual(await sdkError(t.client.send(new GetAuthorizersCommand({ restApiId: 'test-fake-rest-id' }))), {
            name: 'NotFoundException',
            message: `Invalid API identifier specified ${ACCOUNT}:test-fake-rest-id`,
            status: 404,
        });
    });
});
describe('UpdateAuthorizer', () => {
    it('patches every path of the PATCH table', async () => {
        const { restApiId } = await newApi();
        const a = await token(restApiId);
        const uri2 = URI.replace(':function:auth', ':function:auth2');
        let up = await update(restApiId, a.id, [
            { op: 'replace', path: '/name', value: 'renamed' },
            { op: 'replace', path: '/authorizerUri', value: uri2 },
            { op: 'replace', path: '/authorizerCredentials', value: 'arn:aws:iam::123456789012:role/r' },
            { op: 'replace', path: '/authorizerResultTtlInSeconds', value: '60' },
            { op: 'replace', path: '/authType', value: 'oauth2' },
            { op: 'replace', path: '/identityValidationExpression', value: '^x$' },
            { op: 'replace', path: '/identitySource', value: 'method.request.header.X-Token' },
        ]);
        assert.equal(up.$metadata.httpStatusCode, 200);
        assert.deepEqual(body(up), {
            authType: 'oauth2',
            authorizerCredentials: 'arn:aws:iam::123456789012:role/r',
            authorizerResultTtlInSeconds: 60,
            authorizerUri: uri2,
            id: a.id,
            identitySource: 'method.request.header.X-Token',
            identityValidationExpression: '^x$',
            name: 'renamed',
            type: 'TOKEN',
        });
        // TOKEN → REQUEST with more sources (add), then remove one; the default authType follows the type.
        up = await update(restApiId, a.id, [
            { op: 'replace', path: '/authType', value: '' },
            { op: 'replace', path: '/type', value: 'REQUEST' },
            { op: 'add', path: '/identitySource', value: 'method.request.querystring.key' },
            { op: 'replace', path: '/identityValidationExpression', value: '' },
            { op: 'replace', path: '/authorizerResultTtlInSeconds', value: '' },
        ]);
        assert.deepEqual([up.type, up.authType, up.identitySource, up.identityValidationExpression, up.authorizerResultTtlInSeconds], ['REQUEST', 'custom', 'method.request.header.X-Token, method.request.querystring.key', undefined, undefined]);
        up = await update(restApiId, a.id, [{ op: 'remove', path: '/identitySource', value: 'method.request.header.X-Token' }]);
        assert.equal(up.identitySource, 'method.request.querystring.key');
        // → COGNITO_USER_POOLS needs pools: add them in the same request.
        up = await update(restApiId, a.id, [
            { op: 'replace', path: '/type', value: 'COGNITO_USER_POOLS' },
            { op: 'add', path: '/providerARNs', value: POOL },
            { op: 'replace', path: '/identitySource', value: 'method.request.header.Authorization' },
        ]);
        assert.deepEqual([up.type, up.authType, up.providerARNs], ['COGNITO_USER_POOLS', 'cognito_user_pools', [POOL]]);
        const pool2 = POOL.replace('aWcZeQbuD', 'second');
        up = await update(restApiId, a.id, [
            { op: 'add', path: '/providerARNs', value: pool2 },
            { op: 'remove', path: '/providerARNs', value: POOL },
        ]);
        assert.deepEqual(up.providerARNs, [pool2]);
        assert.deepEqual(body(await t.client.send(new GetAuthorizerCommand({ restApiId, authorizerId: a.id }))), body(up));
    });
    it('re-validates and answers AWS texts', async () => {
        const { restApiId } = await newApi();
        const a = await token(restApiId);
        assert.deepEqual(await sdkError(update(restApiId, a.id, [{ op: 'replace', path: '/authorizerUri', value: 'nope' }])), badUri('nope'));
        assert.deepEqual(await sdkError(update(restApiId, a.id, [{ op: 'remove', path: '/identitySource' }])), badToken('null'));
        assert.equal((await sdkError(update(restApiId, a.id, [{ op: 'replace', path: '/authorizerResultTtlInSeconds', value: 'abc' }]))).status, 400);
        assert.deepEqual(await sdkError(update(restApiId, a.id, [{ op: 'replace', path: '/type', value: 'AWS_IAM' }])), bad('Invalid authorizer type specified: AWS_IAM. Valid options are TOKEN,REQUEST,COGNITO_USER_POOLS'));
        assert.deepEqual(await sdkError(update(restApiId, a.id, [{ op: 'replace', path: '/type', value: 'COGNITO_USER_POOLS' }])), bad('Invalid providerARNs specified. A COGNITO_USER_POOLS authorizer requires at least one Cognito user pool ARN.'));
        assert.deepEqual(await sdkError(update(restApiId, a.id, [{ op: 'replace', path: '/name', value: '' }])), bad('Authorizer name must be non-empty'));
        const path = await sdkError(update(restApiId, a.id, [{ op: 'replace', path: '/id', value: 'x' }]));
        assert.equal(path.name, 'BadRequestException');
        assert.match(path.message, /^Invalid patch path {2}'\/id' specified for op 'replace'\. Must be one of: \[\/name, \/type, \/authorizerUri, /);
        assert.deepEqual(await sdkError(update(restApiId, a.id, [{ op: 'add', path: '/name', value: 'x' }])), bad("Invalid patch path  '/name' specified for op 'add'. Please choose supported operations"));
        assert.deepEqual(await sdkError(update(restApiId, 'nope12', [])), NOT_FOUND);
        // Nothing changed.
        assert.deepEqual(body(await t.client.send(new GetAuthorizerCommand({ restApiId, authorizerId: a.id }))), body(a));
    });
});
describe('DeleteAuthorizer', () => {
    it('refuses while a method uses it (hashicorp/terraform-provider-aws#14812), then deletes (202)', async () => {
        const { restApiId, rootId } = await newApi();
        const a = await token(restApiId, { name: 'tf-acc-test-authorizer' });
        const test = await t.client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: 'test' }));
        await t.client.send(new PutMethodCommand({ restApiId, resourceId: test.id, httpMethod: 'GET', authorizationType: 'CUSTOM', authorizerId: a.id }));
        const del = () => t.client.send(new DeleteAuthorizerCommand({ restApiId, authorizerId: a.id }));
        assert.deepEqual(await sdkError(del()), {
            name: 'ConflictException',
            message: "Cannot delete authorizer 'tf-acc-test-authorizer', is referenced in method: GET//test",
            status: 409,
        });
        await t.client.send(new DeleteMethodCommand({ restApiId, resourceId: test.id, httpMethod: 'GET' }));
        assert.equal((await del()).$metadata.httpStatusCode, 202);
        assert.deepEqual(await sdkError(t.client.send(new GetAuthorizerCommand({ restApiId, authorizerId: a.id }))), NOT_FOUND);
        assert.deepEqual(await sdkError(del()), NOT_FOUND);
    });
    it('TestInvokeAuthorizer runs the authorizer (test/pipeline/authorizers.test.ts): without its identity → clientStatus 401', async () => {
        const { restApiId } = await newApi();
        const a = await token(restApiId);
        const r = await t.client.send(new TestInvokeAuthorizerCommand({ restApiId, authorizerId: a.id }));
        assert.equal(r.clientStatus, 401);
        assert.match(r.log, /Unauthorized request: /);
    });
});
describe('methods with an authorizer', () => {
    it('PutMethod CUSTOM with a valid authorizer; UpdateMethod switches to it (F59 counterpart)', async () => {
        const { restApiId, rootId } = await newApi();
        const a = await token(restApiId);
        const m = await t.client.send(new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', authorizationType: 'CUSTOM', authorizerId: a.id }));
        assert.equal(m.$metadata.httpStatusCode, 201);
        assert.deepEqual(body(m), { apiKeyRequired: false, authorizationType: 'CUSTOM', authorizerId: a.id, httpMethod: 'GET' });
        await t.client.send(new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'POST', authorizationType: 'NONE' }));
        // LS-snap test_update_method [update-method-replace-authorizer].
        const up = await t.client.send(new UpdateMethodCommand({
            restApiId,
            resourceId: rootId,
            httpMethod: 'POST',
            patchOperations: [
                { op: 'replace', path: '/authorizationType', value: 'CUSTOM' },
                { op: 'replace', path: '/authorizerId', value: a.id },
            ],
        }));
        assert.deepEqual([up.authorizationType, up.authorizerId], ['CUSTOM', a.id]);
        assert.equal((await t.client.send(new GetMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'POST' }))).authorizerId, a.id);
        // An authorizer of another API is not valid here (F59's text).
        const other = await newApi();
        const foreign = await token(other.restApiId);
        assert.deepEqual(await sdkError(t.client.send(new UpdateMethodCommand({
            restApiId,
            resourceId: rootId,
            httpMethod: 'POST',
            patchOperations: [{ op: 'replace', path: '/authorizerId', value: foreign.id }],
        }))), bad('Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.'));
    });
    it('PutMethod COGNITO_USER_POOLS with a user pool authorizer and scopes (F51)', async () => {
        const { restApiId, rootId } = await newApi();
        const c = await t.client.send(new CreateAuthorizerCommand({
            restApiId,
            name: 'pool',
            type: 'COGNITO_USER_POOLS',
            providerARNs: [POOL],
            identitySource: 'method.request.header.Authorization',
        }));
        const m = await t.client.send(new PutMethodCommand({
            restApiId,
            resourceId: rootId,
            httpMethod: 'GET',
            authorizationType: 'COGNITO_USER_POOLS',
            authorizerId: c.id,
            authorizationScopes: ['email'],
        }));
        assert.deepEqual(body(m), {
            apiKeyRequired: false,
            authorizationScopes: ['email'],
            authorizationType: 'COGNITO_USER_POOLS',
            authorizerId: c.id,
            httpMethod: 'GET',
        });
    });
});
//# sourceMappingURL=authorizers.test.js.map