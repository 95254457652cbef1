/**
 * Replays the control-plane tests of test_apigateway_integrations.py (integration and integration
 * response lifecycle, PutIntegration's validation, a private API's endpoint configuration and policy)
 * and test_apigateway_lambda.py::test_put_integration_aws_proxy_uri (AWS_PROXY URIs).
 */
import { CreateDeploymentCommand, CreateRestApiCommand, DeleteIntegrationResponseCommand, GetIntegrationResponseCommand, GetMethodCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, UpdateRestApiCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { invokeUrl, rawRequest } from '../helpers/apis.js';
import { startBackend } from '../helpers/backend.js';
import { A, assertLike, body, rec, recordedError } from '../helpers/recorded.js';
import { ACCOUNT, startTollgate } from '../helpers/tollgate.js';
let t;
let backend;
before(async () => {
    t = await startTollgate();
    backend = await startBackend();
});
after(async () => {
    await t.close();
    await backend.close();
});
const err = (Code, Message, HTTPStatusCode) => ({ Code, Message, HTTPStatusCode });
const REGION = 'us-east-1';
async function newApi(name, description) {
    const api = await t.client.send(new CreateRestApiCommand({ name, description }));
    return { restApiId: api.id, resourceId: api.rootResourceId };
}
describe('test_apigateway_integrations.py (control plane)', () => {
    it(rec('test_apigateway_integrations.py::test_put_integration_responses', 'put-method-get', 'put-method-response-get', 'put-integration-get', 'put-integration-response-get', 'get-integration-response-get', 'get-method-get', 'deploy', 'delete-integration-response-get', 'get-method-get-after-int-resp-delete', 'put-method-put', 'put-method-response-put', 'put-integration-put', 'put-integration-response-put', 'get-integration-response-put'), async () => {
        const a = await newApi('my_api', 'this is my api');
        const uri = `${backend.url}/echo`;
        const steps = async (httpMethod, authorizationType) => {
            const m = await t.client.send(new PutMethodCommand({ ...a, httpMethod, authorizationType }));
            assert.equal(m.$metadata.httpStatusCode, 201);
            assertLike(body(m), { apiKeyRequired: false, authorizationType: 'NONE', httpMethod });
            const mr = await t.client.send(new PutMethodResponseCommand({ ...a, httpMethod, statusCode: '200' }));
            assert.equal(mr.$metadata.httpStatusCode, 201);
            assertLike(body(mr), { statusCode: '200' });
            const i = await t.client.send(new PutIntegrationCommand({ ...a, httpMethod, type: 'HTTP', uri, integrationHttpMethod: 'POST' }));
            assert.equal(i.$metadata.httpStatusCode, 201);
            assertLike(body(i), integration);
        };
        const integration = {
            cacheKeyParameters: [],
            cacheNamespace: A.id,
            connectionType: 'INTERNET',
            httpMethod: 'POST',
            passthroughBehavior: 'WHEN_NO_MATCH',
            timeoutInMillis: 29000,
            type: 'HTTP',
            uri,
        };
        await steps('GET', 'NONE');
        // An empty map of templates is kept.
        const getResponse = { responseTemplates: {}, selectionPattern: '2\\d{2}', statusCode: '200' };
        const ir = await t.client.send(new PutIntegrationResponseCommand({
            ...a,
            httpMethod: 'GET',
            statusCode: '200',
            selectionPattern: '2\\d{2}',
            responseTemplates: {},
        }));
        assert.equal(ir.$metadata.httpStatusCode, 201);
        assertLike(body(ir), getResponse);
        const got = await t.client.send(new GetIntegrationResponseCommand({ ...a, httpMethod: 'GET', statusCode: '200' }));
        assert.equal(got.$metadata.httpStatusCode, 200);
        assertLike(body(got), getResponse);
        const method = {
            apiKeyRequired: false,
            authorizationType: 'NONE',
            httpMethod: 'GET',
            methodResponses: { 200: { statusCode: '200' } },
        };
        assertLike(body(await t.client.send(new GetMethodCommand({ ...a, httpMethod: 'GET' }))), {
            ...method,
            methodIntegration: { ...integration, integrationResponses: { 200: getResponse } },
        });
        const deployment = await t.client.send(new CreateDeploymentCommand({ restApiId: a.restApiId, stageName: 'local' }));
        assert.equal(deployment.$metadata.httpStatusCode, 201);
        assertLike(body(deployment), { createdDate: A.date, id: A.shortId });
        const served = await rawRequest(invokeUrl(t.app.adminUrl, { id: a.restApiId, root: a.resourceId }, 'local', '/'));
        assert.equal(served.status, 200);
        const del = await t.client.send(new DeleteIntegrationResponseCommand({ ...a, httpMethod: 'GET', statusCode: '200' }));
        assert.equal(del.$metadata.httpStatusCode, 204);
        assertLike(body(await t.client.send(new GetMethodCommand({ ...a, httpMethod: 'GET' }))), {
            ...method,
            methodIntegration: integration,
        });
        // authorizationType in lower case is taken, and stored upper-cased.
        await steps('PUT', 'none');
        const putResponse = { contentHandling: 'CONVERT_TO_BINARY', selectionPattern: '2\\d{2}', statusCode: '200' };
        const ir2 = await t.client.send(new PutIntegrationResponseCommand({
            ...a,
            httpMethod: 'PUT',
            statusCode: '200',
            selectionPattern: '2\\d{2}',
            contentHandling: 'CONVERT_TO_BINARY',
        }));
        assert.equal(ir2.$metadata.httpStatusCode, 201);
        assertLike(body(ir2), putResponse);
        assertLike(body(await t.client.send(new GetIntegrationResponseCommand({ ...a, httpMethod: 'PUT', statusCode: '200' }))), putResponse);
    });
    it(rec('test_apigateway_integrations.py::test_put_integration_response_with_response_template', 'get-integration-response'), async () => {
        const a = await newApi('test-apigw');
        await t.client.send(new PutMethodCommand({ ...a, httpMethod: 'GET', authorizationType: 'NONE' }));
        await t.client.send(new PutMethodResponseCommand({ ...a, httpMethod: 'GET', statusCode: '200' }));
        await t.client.send(new PutIntegrationCommand({ ...a, httpMethod: 'GET', type: 'HTTP', uri: backend.url, integrationHttpMethod: 'POST' }));
        await t.client.send(new PutIntegrationResponseCommand({
            ...a,
            httpMethod: 'GET',
            statusCode: '200',
            selectionPattern: 'foobar',
            responseTemplates: { 'application/json': '{"data": "test"}' },
        }));
        const got = await t.client.send(new GetIntegrationResponseCommand({ ...a, httpMethod: 'GET', statusCode: '200' }));
        assert.equal(got.$metadata.httpStatusCode, 200);
        assertLike(body(got), { responseTemplates: { 'application/json': '{"data": "test"}' }, selectionPattern: 'foobar', statusCode: '200' });
    });
    it(rec('test_apigateway_integrations.py::test_put_integration_validation', 'required-integration-method-HTTP', 'required-integration-method-HTTP_PROXY', 'required-integration-method-AWS', 'not-required-integration-method-MOCK', 'http-method-HTTP', 'http-method-HTTP_PROXY', 'aws-integration-AWS', 'aws-integration-type-AWS', 'aws-integration-type-AWS_PROXY', 'no-s3-support-AWS_PROXY', 'invalid-uri-HTTP', 'invalid-uri-HTTP_PROXY', 'invalid-uri-not-an-arn', 'invalid-uri-invalid-arn'), async () => {
        const a = await newApi('test-apigw');
        await t.client.send(new PutMethodCommand({ ...a, httpMethod: 'GET', authorizationType: 'NONE' }));
        await t.client.send(new PutMethodResponseCommand({ ...a, httpMethod: 'GET', statusCode: '200' }));
        const put = (input) => t.client.send(new PutIntegrationCommand({ ...a, httpMethod: 'GET', type: 'MOCK', ...input }));
        const bad = (message) => err('BadRequestException', message, 400);
        const defaults = { cacheKeyParameters: [], cacheNamespace: A.id, passthroughBehavior: 'WHEN_NO_MATCH', timeoutInMillis: 29000 };
        for (const type of ['HTTP', 'HTTP_PROXY', 'AWS']) {
            assert.deepEqual(await recordedError(put({ type, uri: 'http://example.com' })), bad('Enumeration value for HttpMethod must be non-empty'), type);
        }
        // MOCK keeps neither the URI nor a method.
        const mock = await put({ type: 'MOCK', uri: 'http://example.com' });
        assert.equal(mock.$metadata.httpStatusCode, 201);
        assertLike(body(mock), { ...defaults, type: 'MOCK' });
        for (const type of ['HTTP', 'HTTP_PROXY']) {
            const out = await put({ type, uri: 'http://example.com', integrationHttpMethod: 'POST' });
            assert.equal(out.$metadata.httpStatusCode, 201);
            assertLike(body(out), { ...defaults, connectionType: 'INTERNET', httpMethod: 'POST', type, uri: 'http://example.com' });
        }
        const credentials = `arn:aws:iam::${ACCOUNT}:role/service-role/testfunction-role-oe783psq`;
        const s3 = `arn:aws:apigateway:${REGION}:s3:path/b/k`;
        const s3Out = await put({ type: 'AWS', uri: s3, credentials, integrationHttpMethod: 'POST' });
        assert.equal(s3Out.$metadata.httpStatusCode, 201);
        assertLike(body(s3Out), { ...defaults, credentials, httpMethod: 'POST', type: 'AWS', uri: s3 });
        const lambda = `arn:aws:apigateway:${REGION}:lambda:path/2015-03-31/functions/arn:aws:lambda:${REGION}:${ACCOUNT}:function:MyLambda/invocations`;
        for (const type of ['AWS', 'AWS_PROXY']) {
            // No credentials are needed to call a Lambda function.
            const out = await put({ type, uri: lambda, integrationHttpMethod: 'POST' });
            assert.equal(out.$metadata.httpStatusCode, 201);
            assertLike(body(out), { ...defaults, httpMethod: 'POST', type, uri: lambda });
        }
        assert.deepEqual(await recordedError(put({ type: 'AWS_PROXY', uri: s3, credentials, integrationHttpMethod: 'POST' })), bad("Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations."));
        for (const type of ['HTTP', 'HTTP_PROXY']) {
            assert.deepEqual(await recordedError(put({ type, uri: 'non-valid-http', integrationHttpMethod: 'POST' })), bad('Invalid HTTP endpoint specified for URI'));
        }
        assert.deepEqual(await recordedError(put({ type: 'AWS', uri: 'non-valid-arn', integrationHttpMethod: 'POST' })), bad('Invalid ARN specified in the request'));
        // An ARN of another service is an ARN, but not an integration's.
        assert.deepEqual(await recordedError(put({ type: 'AWS', uri: 'arn:aws:iam::0000000000:role/service-role/asdf', integrationHttpMethod: 'POST' })), bad('AWS ARN for integration must contain path or action'));
    });
    it(rec('test_apigateway_integrations.py::test_create_execute_api_vpc_endpoint', 'api-details'), async () => {
        const api = await t.client.send(new CreateRestApiCommand({ name: 'test-apigw-vpce', endpointConfiguration: { types: ['REGIONAL'] } }));
        const restApiId = api.id;
        // The recorded test named the EDGE type while the API was REGIONAL: the type is replaced all the same.
        await t.client.send(new UpdateRestApiCommand({
            restApiId,
            patchOperations: [
                { op: 'replace', path: '/endpointConfiguration/types/EDGE', value: 'PRIVATE' },
                { op: 'add', path: '/endpointConfiguration/vpcEndpointIds', value: 'vpce-0123456789abcdef0' },
            ],
        }));
        const statement = {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: ['execute-api:/*'] }],
        };
        const out = await t.client.send(new UpdateRestApiCommand({ restApiId, patchOperations: [{ op: 'replace', path: '/policy', value: JSON.stringify(statement) }] }));
        assert.equal(out.$metadata.httpStatusCode, 200);
        // The policy comes back as JSON with its quotes escaped; the shorthand resource is made an ARN, a one-element list a string.
        const policy = JSON.parse(JSON.parse(`"${out.policy}"`));
        assertLike({ ...body(out), policy }, {
            apiKeySource: 'HEADER',
            createdDate: A.date,
            disableExecuteApiEndpoint: false,
            endpointConfiguration: { ipAddressType: 'dualstack', types: ['PRIVATE'], vpcEndpointIds: ['vpce-0123456789abcdef0'] },
            id: restApiId,
            name: 'test-apigw-vpce',
            policy: {
                Statement: [
                    {
                        Action: 'execute-api:Invoke',
                        Effect: 'Allow',
                        Principal: '*',
                        Resource: `arn:aws:execute-api:${REGION}:${ACCOUNT}:${restApiId}/*`,
                    },
                ],
                Version: '2012-10-17',
            },
            rootResourceId: api.rootResourceId,
            tags: {},
        });
    });
});
describe('test_apigateway_lambda.py (control plane)', () => {
    it(rec('test_apigateway_lambda.py::test_put_integration_aws_proxy_uri', 'put-integration-lambda-uri', 'put-integration-wrong-arn', 'put-integration-wrong-type', 'put-integration-wrong-firehose', 'put-integration-bad-lambda-arn'), async () => {
        const a = await newApi('test-api-proxy-uri', 'APIGW test PutIntegration AWS_PROXY URI');
        await t.client.send(new PutMethodCommand({ ...a, httpMethod: 'ANY', authorizationType: 'NONE' }));
        const lambdaArn = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:function-abc123`;
        const put = (uri) => t.client.send(new PutIntegrationCommand({
            ...a,
            httpMethod: 'ANY',
            type: 'AWS_PROXY',
            integrationHttpMethod: 'POST',
            credentials: `arn:aws:iam::${ACCOUNT}:role/apigw-invoke`,
            uri,
        }));
        const bad = (message) => err('BadRequestException', message, 400);
        const noPath = bad('AWS ARN for integration must contain path or action');
        const onlyLambda = bad("Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.");
        // The function's own ARN is an ARN, but not an integration's.
        assert.deepEqual(await recordedError(put(lambdaArn)), noPath);
        assert.deepEqual(await recordedError(put(`bad-arn:lambda:path/2015-03-31/functions/${lambdaArn}/invocations`)), bad('Invalid ARN specified in the request'));
        assert.deepEqual(await recordedError(put(`arn:aws:apigateway:${REGION}:lambda:test/2015-03-31/functions/${lambdaArn}/invocations`)), noPath);
        // Firehose takes no Lambda path, and a Lambda path must name a function's invocations.
        assert.deepEqual(await recordedError(put(`arn:aws:apigateway:${REGION}:firehose:path/2015-03-31/functions/${lambdaArn}/invocations`)), onlyLambda);
        assert.deepEqual(await recordedError(put(`arn:aws:apigateway:${REGION}:lambda:path/random/value/${lambdaArn}/invocations`)), onlyLambda);
    });
});
//# sourceMappingURL=integrations-control.test.js.map