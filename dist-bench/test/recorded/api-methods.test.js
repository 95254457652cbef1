/**
 * Replays test_apigateway_api.py::TestApiGatewayApiMethod: PutMethod / GetMethod / UpdateMethod /
 * DeleteMethod, their validation, and models referenced by methods.
 */
import { CreateAuthorizerCommand, CreateModelCommand, CreateResourceCommand, CreateRestApiCommand, DeleteMethodCommand, DeleteModelCommand, GetMethodCommand, PutMethodCommand, UpdateMethodCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { A, assertLike, body, rec, recordedError } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
async function newApi(description) {
    const api = await t.client.send(new CreateRestApiCommand({ name: `test-api-${Date.now()}`, description }));
    return { restApiId: api.id, resourceId: api.rootResourceId };
}
const putMethod = (a, input) => t.client.send(new PutMethodCommand({ ...a, httpMethod: 'ANY', authorizationType: 'NONE', ...input }));
const updateMethod = (a, patchOperations, httpMethod = 'ANY') => t.client.send(new UpdateMethodCommand({ ...a, httpMethod, patchOperations }));
const err = (Code, Message, HTTPStatusCode) => ({ Code, Message, HTTPStatusCode });
const methodNotFound = err('NotFoundException', 'Invalid Method identifier specified', 404);
const resourceNotFound = err('NotFoundException', 'Invalid Resource identifier specified', 404);
const badAuthorizer = err('BadRequestException', 'Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.', 400);
const bareAny = { apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'ANY' };
describe('TestApiGatewayApiMethod', () => {
    it(rec('test_apigateway_api.py::TestApiGatewayApiMethod::test_method_lifecycle', 'put-base-method-response', 'get-base-method-response', 'del-base-method-response', 'get-deleted-method-response', 'delete-deleted-method-response'), async () => {
        const a = await newApi('testing resource method lifecycle');
        const put = await putMethod(a, {});
        assert.equal(put.$metadata.httpStatusCode, 201);
        assertLike(body(put), bareAny);
        const get = await t.client.send(new GetMethodCommand({ ...a, httpMethod: 'ANY' }));
        assert.equal(get.$metadata.httpStatusCode, 200);
        assertLike(body(get), bareAny);
        const del = await t.client.send(new DeleteMethodCommand({ ...a, httpMethod: 'ANY' }));
        assert.equal(del.$metadata.httpStatusCode, 204);
        assertLike(body(del), {});
        assert.deepEqual(await recordedError(t.client.send(new GetMethodCommand({ ...a, httpMethod: 'ANY' }))), methodNotFound);
        assert.deepEqual(await recordedError(t.client.send(new DeleteMethodCommand({ ...a, httpMethod: 'ANY' }))), methodNotFound);
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiMethod::test_method_request_parameters', 'put-method-request-params-response', 'get-method-request-params-response', 'req-params-same-name'), async () => {
        const a = await newApi('testing resource method request params');
        const expected = {
            ...bareAny,
            requestParameters: {
                'method.request.header.h_optional': false,
                'method.request.header.h_required': true,
                'method.request.querystring.q_optional': false,
                'method.request.querystring.q_required': true,
            },
        };
        const put = await putMethod(a, {
            requestParameters: {
                'method.request.querystring.q_optional': false,
                'method.request.querystring.q_required': true,
                'method.request.header.h_optional': false,
                'method.request.header.h_required': true,
            },
        });
        assert.equal(put.$metadata.httpStatusCode, 201);
        assertLike(body(put), expected);
        assertLike(body(await t.client.send(new GetMethodCommand({ ...a, httpMethod: 'ANY' }))), expected);
        assert.deepEqual(await recordedError(putMethod(a, {
            httpMethod: 'GET',
            requestParameters: { 'method.request.querystring.optional': false, 'method.request.header.optional': false },
        })), err('BadRequestException', 'Parameter names must be unique across querystring, header and path', 400));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiMethod::test_put_method_model', 'create-model', 'create-model-2', 'put-method-request-models', 'delete-model-used', 'update-method-model', 'delete-model-unused', 'delete-model-used-2', 'put-method-2-request-models', 'delete-model-used-by-2-method', 'update-method-model-2', 'delete-model-used-by-method-1', 'delete-method-using-model-2', 'delete-model-unused-2'), async () => {
        const a = await newApi('testing resource method model');
        const createModel = async (name) => {
            const m = await t.client.send(new CreateModelCommand({
                restApiId: a.restApiId,
                name,
                contentType: 'application/json',
                description: '',
                schema: JSON.stringify({ title: name, type: 'object' }),
            }));
            assert.equal(m.$metadata.httpStatusCode, 201);
            // An empty description is left out.
            assertLike({ ...body(m), schema: JSON.parse(m.schema) }, { contentType: 'application/json', id: A.shortId, name, schema: { title: name, type: 'object' } });
        };
        await createModel('MySchema');
        await createModel('MySchemaTwo');
        const put = await putMethod(a, { requestModels: { 'application/json': 'MySchema' } });
        assert.equal(put.$metadata.httpStatusCode, 201);
        assertLike(body(put), { ...bareAny, requestModels: { 'application/json': 'MySchema' } });
        const deleteModel = (modelName) => t.client.send(new DeleteModelCommand({ restApiId: a.restApiId, modelName }));
        const inUse = (name, where) => err('ConflictException', `Cannot delete model '${name}', is referenced in method request: ${where}`, 409);
        assert.deepEqual(await recordedError(deleteModel('MySchema')), inUse('MySchema', '//ANY'));
        const upd = await updateMethod(a, [{ op: 'replace', path: '/requestModels/application~1json', value: 'MySchemaTwo' }]);
        assert.equal(upd.$metadata.httpStatusCode, 200);
        assertLike(body(upd), { ...bareAny, requestModels: { 'application/json': 'MySchemaTwo' } });
        assert.equal((await deleteModel('MySchema')).$metadata.httpStatusCode, 202);
        assert.deepEqual(await recordedError(deleteModel('MySchemaTwo')), inUse('MySchemaTwo', '//ANY'));
        const child = await t.client.send(new CreateResourceCommand({ restApiId: a.restApiId, parentId: a.resourceId, pathPart: 'test' }));
        const b = { restApiId: a.restApiId, resourceId: child.id };
        const put2 = await putMethod(b, { requestModels: { 'application/json': 'MySchemaTwo' } });
        assert.equal(put2.$metadata.httpStatusCode, 201);
        assertLike(body(put2), { ...bareAny, requestModels: { 'application/json': 'MySchemaTwo' } });
        // AWS named /test/ANY here; which of the two methods is named is not fixed (the recording's
        // test does not verify this message), so either is taken.
        const both = await recordedError(deleteModel('MySchemaTwo'));
        assert.ok([inUse('MySchemaTwo', '/test/ANY').Message, inUse('MySchemaTwo', '//ANY').Message].includes(both.Message), both.Message);
        assert.deepEqual({ ...both, Message: '' }, { ...inUse('MySchemaTwo', ''), Message: '' });
        const upd2 = await updateMethod(b, [{ op: 'remove', path: '/requestModels/application~1json', value: 'MySchemaTwo' }]);
        assert.equal(upd2.$metadata.httpStatusCode, 200);
        assertLike(body(upd2), bareAny);
        assert.deepEqual(await recordedError(deleteModel('MySchemaTwo')), inUse('MySchemaTwo', '//ANY'));
        assert.equal((await t.client.send(new DeleteMethodCommand({ ...a, httpMethod: 'ANY' }))).$metadata.httpStatusCode, 204);
        assert.equal((await deleteModel('MySchemaTwo')).$metadata.httpStatusCode, 202);
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiMethod::test_put_method_validation', 'wrong-api', 'wrong-resource', 'wrong-method', 'missing-authorizer-id', 'invalid-request-validator', 'invalid-model-name'), async () => {
        const a = await newApi('testing resource method request params');
        // The resource is looked up before the HTTP method is checked.
        assert.deepEqual(await recordedError(putMethod({ ...a, restApiId: 'fake-api' }, { httpMethod: 'WRONG' })), resourceNotFound);
        assert.deepEqual(await recordedError(putMethod({ ...a, resourceId: 'fake-resource-id' }, { httpMethod: 'WRONG' })), resourceNotFound);
        assert.deepEqual(await recordedError(putMethod(a, { httpMethod: 'WRONG' })), err('BadRequestException', 'Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY', 400));
        assert.deepEqual(await recordedError(putMethod(a, { authorizationType: 'CUSTOM' })), badAuthorizer);
        assert.deepEqual(await recordedError(putMethod(a, { requestValidatorId: 'fake-validator' })), err('BadRequestException', 'Invalid Request Validator identifier specified', 400));
        assert.deepEqual(await recordedError(putMethod(a, { requestModels: { 'application/json': 'petModel' } })), err('BadRequestException', 'Invalid model identifier specified: petModel', 400));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiMethod::test_update_method', 'put-method-response', 'update-method-add', 'update-method-replace', 'update-method-replace-authorizer', 'update-method-remove'), async () => {
        const a = await newApi('testing update method');
        const put = await putMethod(a, {});
        assert.equal(put.$metadata.httpStatusCode, 201);
        assertLike(body(put), bareAny);
        const add = await updateMethod(a, [
            { op: 'add', path: '/requestParameters/method.request.querystring.optional', value: 'true' },
            { op: 'add', path: '/requestModels/application~1json', value: 'Empty' },
        ]);
        assert.equal(add.$metadata.httpStatusCode, 200);
        const models = { requestModels: { 'application/json': 'Empty' } };
        assertLike(body(add), { ...bareAny, ...models, requestParameters: { 'method.request.querystring.optional': true } });
        const replaced = {
            apiKeyRequired: true,
            authorizationType: 'AWS_IAM',
            httpMethod: 'ANY',
            operationName: 'ReplacedOperationName',
            ...models,
            requestParameters: { 'method.request.querystring.optional': false },
        };
        assertLike(body(await updateMethod(a, [
            { op: 'replace', path: '/operationName', value: 'ReplacedOperationName' },
            { op: 'replace', path: '/apiKeyRequired', value: 'true' },
            { op: 'replace', path: '/authorizationType', value: 'AWS_IAM' },
            { op: 'replace', path: '/requestParameters/method.request.querystring.optional', value: 'false' },
        ])), replaced);
        const authorizer = await t.client.send(new CreateAuthorizerCommand({
            restApiId: a.restApiId,
            name: 'authorizer-test',
            type: 'TOKEN',
            authorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:myApiAuthorizer/invocations',
            identitySource: 'method.request.header.Authorization',
        }));
        const withAuth = { ...replaced, authorizationType: 'CUSTOM', authorizerId: authorizer.id };
        assertLike(body(await updateMethod(a, [
            { op: 'replace', path: '/authorizerId', value: authorizer.id },
            { op: 'replace', path: '/authorizationType', value: 'CUSTOM' },
        ])), withAuth);
        const { requestModels: _m, requestParameters: _p, ...removed } = withAuth;
        assertLike(body(await updateMethod(a, [
            { op: 'remove', path: '/requestParameters/method.request.querystring.optional', value: 'true' },
            { op: 'remove', path: '/requestModels/application~1json', value: 'Empty' },
        ])), removed);
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiMethod::test_update_method_validation', 'wrong-rest-api', 'wrong-resource-id', 'method-does-not-exist', 'put-method-response', 'unsupported-operation', 'unsupported-operation-2', 'unsupported-path', 'wrong-path-request-parameters', 'wrong-path-request-models', 'wrong-value-type', 'wrong-auth-type', 'skip-auth-id-with-wrong-type', 'wrong-auth-id', 'wrong-req-validator-id'), async () => {
        const a = await newApi('testing resource method request params');
        assert.deepEqual(await recordedError(updateMethod({ ...a, restApiId: 'fake-api' }, [])), resourceNotFound);
        assert.deepEqual(await recordedError(updateMethod({ ...a, resourceId: 'fake-resource-id' }, [])), resourceNotFound);
        assert.deepEqual(await recordedError(updateMethod(a, [{ op: 'replace', path: '/operationName', value: 'methodDoesNotExist' }], 'GET')), methodNotFound);
        const put = await putMethod(a, { apiKeyRequired: true });
        assert.equal(put.$metadata.httpStatusCode, 201);
        assertLike(body(put), { ...bareAny, apiKeyRequired: true });
        const onlyReplace = err('BadRequestException', 'Invalid patch operation specified. Must be one of: [replace]', 400);
        assert.deepEqual(await recordedError(updateMethod(a, [{ op: 'add', path: '/operationName', value: 'operationName' }])), onlyReplace);
        assert.deepEqual(await recordedError(updateMethod(a, [{ op: 'add', path: '/requestValidatorId', value: 'wrong-id' }])), onlyReplace);
        const badPath = (path) => err('BadRequestException', `Invalid patch path ${path}`, 400);
        assert.deepEqual(await recordedError(updateMethod(a, [{ op: 'add', path: '/httpMethod', value: 'PUT' }])), badPath('/httpMethod'));
        assert.deepEqual(await recordedError(updateMethod(a, [{ op: 'replace', path: '/requestParameters', value: 'method.request.querystring.optional=false' }])), badPath('/requestParameters'));
        // A content type's "/" must be escaped as ~1.
        assert.deepEqual(await recordedError(updateMethod(a, [{ op: 'add', path: '/requestModels/application/json', value: 'Empty' }])), badPath('/requestModels/application/json'));
        // Anything but "true" is false.
        const wrongValue = await updateMethod(a, [{ op: 'replace', path: '/apiKeyRequired', value: 'whatever' }]);
        assert.equal(wrongValue.$metadata.httpStatusCode, 200);
        assertLike(body(wrongValue), bareAny);
        assert.deepEqual(await recordedError(updateMethod(a, [{ op: 'replace', path: '/authorizationType', value: 'CUSTOM' }])), badAuthorizer);
        // An authorizerId on a NONE method is dropped.
        assertLike(body(await updateMethod(a, [{ op: 'replace', path: '/authorizerId', value: 'abc123' }])), bareAny);
        assert.deepEqual(await recordedError(updateMethod(a, [
            { op: 'replace', path: '/authorizationType', value: 'CUSTOM' },
            { op: 'replace', path: '/authorizerId', value: 'abc123' },
        ])), badAuthorizer);
        assert.deepEqual(await recordedError(updateMethod(a, [{ op: 'replace', path: '/requestValidatorId', value: 'fake-id' }])), err('BadRequestException', 'Invalid Request Validator identifier specified', 400));
    });
});
//# sourceMappingURL=api-methods.test.js.map