/**
 * Integrations and integration responses through the AWS SDK (peer-localstack F64–F67).
 */
import { CreateRestApiCommand, DeleteIntegrationCommand, DeleteIntegrationResponseCommand, GetIntegrationCommand, GetIntegrationResponseCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, UpdateIntegrationCommand, UpdateIntegrationResponseCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { raw, sdkError, startTollgate } from '../../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
async function newMethod() {
    const api = await t.client.send(new CreateRestApiCommand({ name: 'i' }));
    const a = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'POST' };
    await t.client.send(new PutMethodCommand({ ...a, authorizationType: 'NONE' }));
    return a;
}
const put = (a, input) => t.client.send(new PutIntegrationCommand({ ...a, type: 'MOCK', ...input }));
describe('PutIntegration', () => {
    it('MOCK gets AWS defaults; HTTP adds connectionType (F65)', async () => {
        const a = await newMethod();
        const mock = await put(a, { uri: 'http://ignored' });
        assert.equal(mock.$metadata.httpStatusCode, 201);
        const { $metadata: _, ...body } = mock;
        assert.deepEqual(body, {
            cacheKeyParameters: [],
            cacheNamespace: a.resourceId,
            passthroughBehavior: 'WHEN_NO_MATCH',
            timeoutInMillis: 29000,
            type: 'MOCK',
        });
        const http = await put(a, { type: 'HTTP', integrationHttpMethod: 'GET', uri: 'https://example.com/{id}' });
        assert.equal(http.connectionType, 'INTERNET');
        assert.equal(http.httpMethod, 'GET');
        assert.equal(http.uri, 'https://example.com/{id}');
    });
    it('rejects what AWS rejects (F64, F65)', async () => {
        const a = await newMethod();
        assert.deepEqual(await sdkError(put(a, { type: 'HTTPS_PROXY' })), {
            name: 'ValidationException',
            message: "1 validation error detected: Value 'HTTPS_PROXY' at 'putIntegrationInput.type' failed to satisfy constraint: Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS]",
            status: 400,
        });
        const cases = [
            [{ type: 'HTTP', uri: 'http://example.com' }, 'Enumeration value for HttpMethod must be non-empty'],
            [
                { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:s3:path/bucket/key' },
                "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.",
            ],
            [{ type: 'HTTP', integrationHttpMethod: 'GET', uri: 'not a url' }, 'Invalid HTTP endpoint specified for URI'],
            [{ type: 'AWS', integrationHttpMethod: 'POST', uri: 'not-an-arn' }, 'Invalid ARN specified in the request'],
            [
                { type: 'AWS', integrationHttpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:functions/x' },
                'AWS ARN for integration must contain path or action',
            ],
            [{ timeoutInMillis: 10 }, 'Timeout should be between 50 ms and 29000 ms'],
            // Another service than Lambda needs a role (hashicorp/terraform-provider-aws#7916, aws/aws-cdk#1465).
            [{ type: 'AWS', integrationHttpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:s3:path/b/k' }, 'Role ARN must be specified for AWS integrations'],
            [
                { type: 'AWS', integrationHttpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:states:action/StartExecution' },
                'Role ARN must be specified for AWS integrations',
            ],
        ];
        for (const [input, message] of cases)
            assert.deepEqual(await sdkError(put(a, input)), { name: 'BadRequestException', message, status: 400 });
        const lambda = await put(a, {
            type: 'AWS_PROXY',
            integrationHttpMethod: 'POST',
            uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:f/invocations',
        });
        assert.equal(lambda.type, 'AWS_PROXY');
    });
    it("refuses a role of another account, and takes one of its own or the caller's credentials (amazon-archives/aws-apigateway-importer#25)", async () => {
        const a = await newMethod();
        const lambda = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:f/invocations';
        for (const type of ['AWS', 'AWS_PROXY']) {
            assert.deepEqual(await sdkError(put(a, { type, integrationHttpMethod: 'POST', uri: lambda, credentials: 'arn:aws:iam::123456789012:role/other' })), {
                name: 'AccessDeniedException',
                message: 'Cross-account pass role is not allowed.',
                status: 403,
            });
        }
        assert.equal((await put(a, { type: 'AWS', integrationHttpMethod: 'POST', uri: lambda, credentials: 'arn:aws:iam::000000000000:role/own' })).credentials, 'arn:aws:iam::000000000000:role/own');
        assert.equal((await put(a, { type: 'AWS', integrationHttpMethod: 'POST', uri: lambda, credentials: 'arn:aws:iam::*:user/*' })).credentials, 'arn:aws:iam::*:user/*');
    });
    it('needs the method, and string parameter values (F66, F67)', async () => {
        const a = await newMethod();
        assert.deepEqual(await sdkError(put({ ...a, httpMethod: 'GET' }, {})), {
            name: 'NotFoundException',
            message: 'Invalid Method identifier specified',
            status: 404,
        });
        const r = await raw(t.app.adminUrl, 'PUT', `/restapis/${a.restApiId}/resources/${a.resourceId}/methods/POST/integration`, JSON.stringify({ type: 'MOCK', requestParameters: { 'integration.request.header.x': true } }));
        assert.equal(r.status, 400);
        assert.equal(r.headers.get('x-amzn-errortype'), 'SerializationException');
        assert.equal(r.json.message, 'class java.lang.Boolean can not be converted to an String');
    });
});
describe('GetIntegration / UpdateIntegration / DeleteIntegration', () => {
    it('answers the F66 chain of 404s', async () => {
        const a = await newMethod();
        assert.deepEqual(await sdkError(t.client.send(new GetIntegrationCommand({ ...a, restApiId: 'nosuchapi1' }))), {
            name: 'NotFoundException',
            message: 'Invalid Resource identifier specified',
            status: 404,
        });
        assert.deepEqual(await sdkError(t.client.send(new GetIntegrationCommand({ ...a, resourceId: 'nope12' }))), {
            name: 'NotFoundException',
            message: 'Invalid Resource identifier specified',
            status: 404,
        });
        assert.deepEqual(await sdkError(t.client.send(new GetIntegrationCommand({ ...a, httpMethod: 'GET' }))), {
            name: 'NotFoundException',
            message: 'Invalid Method identifier specified',
            status: 404,
        });
        assert.deepEqual(await sdkError(t.client.send(new GetIntegrationCommand(a))), {
            name: 'NotFoundException',
            message: 'Invalid Integration identifier specified',
            status: 404,
        });
    });
    it('updates, then deletes with 204', async () => {
        const a = await newMethod();
        await put(a, { type: 'HTTP', integrationHttpMethod: 'GET', uri: 'https://example.com/' });
        const up = await t.client.send(new UpdateIntegrationCommand({
            ...a,
            patchOperations: [
                { op: 'replace', path: '/timeoutInMillis', value: '5000' },
                { op: 'replace', path: '/uri', value: 'https://example.org/x' },
                { op: 'add', path: '/requestParameters/integration.request.header.x-a', value: "'static'" },
                { op: 'add', path: '/requestTemplates/application~1json', value: '{}' },
                { op: 'add', path: '/cacheKeyParameters/method.request.path.id' },
            ],
        }));
        assert.equal(up.timeoutInMillis, 5000);
        assert.equal(up.uri, 'https://example.org/x');
        assert.deepEqual(up.requestParameters, { 'integration.request.header.x-a': "'static'" });
        assert.deepEqual(up.requestTemplates, { 'application/json': '{}' });
        assert.deepEqual(up.cacheKeyParameters, ['method.request.path.id']);
        assert.equal((await sdkError(t.client.send(new UpdateIntegrationCommand({ ...a, patchOperations: [{ op: 'replace', path: '/timeoutInMillis', value: '30001' }] }))))
            .name, 'BadRequestException');
        assert.equal((await sdkError(t.client.send(new UpdateIntegrationCommand({ ...a, patchOperations: [{ op: 'replace', path: '/type', value: 'MOCK' }] })))).name, 'BadRequestException');
        assert.equal((await t.client.send(new GetIntegrationCommand(a))).timeoutInMillis, 5000);
        assert.equal((await t.client.send(new DeleteIntegrationCommand(a))).$metadata.httpStatusCode, 204);
        assert.equal((await sdkError(t.client.send(new GetIntegrationCommand(a)))).message, 'Invalid Integration identifier specified');
    });
});
describe('integration responses', () => {
    it('put keeps null templates, turns empty ones null, and keeps the empty selection pattern (F67)', async () => {
        const a = await newMethod();
        await put(a, {});
        const ir = await t.client.send(new PutIntegrationResponseCommand({ ...a, statusCode: '200', selectionPattern: '', responseTemplates: { 'application/json': '' } }));
        assert.equal(ir.$metadata.httpStatusCode, 201);
        assert.equal(ir.selectionPattern, '');
        // An empty template comes back null (rec: test_apigateway_api.py::TestApigatewayIntegration::test_put_integration_response_templates [put-integration-response-template-empty]).
        assert.deepEqual(ir.responseTemplates, { 'application/json': null });
        const r = await raw(t.app.adminUrl, 'PUT', `/restapis/${a.restApiId}/resources/${a.resourceId}/methods/POST/integration/responses/400`, JSON.stringify({ responseTemplates: { 'application/json': null } }));
        assert.equal(r.status, 201);
        assert.deepEqual(r.json.responseTemplates, { 'application/json': null });
        assert.deepEqual(await sdkError(t.client.send(new PutIntegrationResponseCommand({ ...a, statusCode: 'wrong' }))), {
            name: 'ValidationException',
            message: "1 validation error detected: Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d",
            status: 400,
        });
    });
    it('update, get and delete', async () => {
        const a = await newMethod();
        await put(a, {});
        await t.client.send(new PutMethodResponseCommand({ ...a, statusCode: '200', responseParameters: { 'method.response.header.x': false } }));
        await t.client.send(new PutIntegrationResponseCommand({ ...a, statusCode: '200' }));
        const up = await t.client.send(new UpdateIntegrationResponseCommand({
            ...a,
            statusCode: '200',
            patchOperations: [
                { op: 'replace', path: '/selectionPattern', value: '2\\d{2}' },
                { op: 'add', path: '/responseParameters/method.response.header.x', value: "'v'" },
                { op: 'add', path: '/responseTemplates/application~1json', value: '$input.body' },
            ],
        }));
        assert.equal(up.selectionPattern, '2\\d{2}');
        assert.deepEqual(up.responseParameters, { 'method.response.header.x': "'v'" });
        assert.equal((await t.client.send(new GetIntegrationResponseCommand({ ...a, statusCode: '200' }))).responseTemplates['application/json'], '$input.body');
        assert.equal((await t.client.send(new GetIntegrationCommand(a))).integrationResponses['200'].statusCode, '200');
        assert.equal((await t.client.send(new DeleteIntegrationResponseCommand({ ...a, statusCode: '200' }))).$metadata.httpStatusCode, 204);
        assert.deepEqual(await sdkError(t.client.send(new GetIntegrationResponseCommand({ ...a, statusCode: '200' }))), {
            name: 'NotFoundException',
            message: 'Invalid Response status code specified',
            status: 404,
        });
    });
});
//# sourceMappingURL=integrations.test.js.map