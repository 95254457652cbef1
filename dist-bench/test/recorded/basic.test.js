/**
 * Replays test_apigateway_basic.py (recorded against AWS): TestInvokeMethod on a Lambda (AWS)
 * integration, UpdateDeployment, a MOCK API imported from OpenAPI, and MOCK integrations under each
 * passthroughBehavior, called path-style and host-style. The authorizer steps of
 * test_apigateway_with_custom_authorization_method are replayed in api-authorizers.test.ts.
 *
 * The recorded Lambda function (LocalStack's lambda_handler.js) answers
 * `{statusCode: 200, body: JSON.stringify("response from localstack lambda: " + JSON.stringify(event)), isBase64Encoded: false, headers: {}}`;
 * here it is a local function doing the same.
 */
import { CreateDeploymentCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, PutRestApiCommand, TestInvokeMethodCommand, UpdateDeploymentCommand, } from '@aws-sdk/client-api-gateway';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addResource, deploy, invokeUrl, newApi, putMethod, putResponse, rawRequest } from '../helpers/apis.js';
import { lambdaUri, writeFunctions } from '../helpers/functions.js';
import { A, assertLike, body, rec } from '../helpers/recorded.js';
import { ACCOUNT, startTollgate } from '../helpers/tollgate.js';
let t;
let fns;
const LAMBDA_HANDLER_JS = `
exports.handler = async (event) => ({
  statusCode: 200,
  body: JSON.stringify(\`response from localstack lambda: \${JSON.stringify(event)}\`),
  isBase64Encoded: false,
  headers: {},
});`;
before(async () => {
    fns = writeFunctions({ 'basic-lambda.js': LAMBDA_HANDLER_JS }, {});
    t = await startTollgate(['--functions', fns.dir]);
});
after(async () => {
    await t.close();
    fns.remove();
});
const TRACE_ID = /^Root=1-[0-9a-f]{8}-[0-9a-f]{24}/;
/**
 * The execution log with the recording's normalisations (LocalStack's transformers for this test:
 * dates, latencies, ids, the signed headers' values), split into `lineNN` entries.
 */
function normalisedLog(log, ids) {
    const text = log
        .replaceAll(ids.requestId, '<request-id-1>')
        .replaceAll(ids.traceId, '<x-amz-trace-id>')
        .replaceAll(ids.apiId, '<rest-api-id>')
        .replaceAll(`arn:aws:lambda:us-east-1:${ACCOUNT}:function:basic-lambda`, 'arn:<partition>:lambda:<region>:111111111111:function:<function-name>')
        .replaceAll('lambda.us-east-1.amazonaws.com', 'lambda.<region>.amazonaws.com')
        .replace(/URI: https:\/\/.*?\/2015-03-31/g, 'URI: https://<endpoint_url>/2015-03-31')
        .replace(/Integration latency: \d*? ms/g, 'Integration latency: <latency> ms')
        .replace(/Date=[a-zA-Z]{3},\s\d{2}\s[a-zA-Z]{3}\s\d{4}\s\d{2}:\d{2}:\d{2}\sGMT/g, 'Date=Day, dd MMM yyyy hh:mm:ss GMT')
        .replace(/x-amzn-RequestId=[a-f0-9-]{36}/g, 'x-amzn-RequestId=<request-id-lambda>')
        .replace(/[a-zA-Z]{3}\s[a-zA-Z]{3}\s\d{2}\s\d{2}:\d{2}:\d{2}\sUTC\s\d{4} :/g, 'DDD MMM dd hh:mm:ss UTC yyyy :')
        .replace(/Authorization=.*?,/g, 'Authorization=<authorization-header>,')
        .replace(/X-Amz-Security-Token=.*?\s\[/g, 'X-Amz-Security-Token=<token> [')
        .replace(/\d{8}T\d{6}Z/g, '<date>');
    return Object.fromEntries(text.split('\n').map((line, i) => [`line${String(i).padStart(2, '0')}`, line]));
}
/** One recorded TestInvokeMethod answer: the lines that differ between the two calls are given. */
function checkInvoke(out, apiId, event, lines) {
    const fnAnswer = {
        statusCode: 200,
        body: JSON.stringify(`response from localstack lambda: ${event}`),
        isBase64Encoded: false,
        headers: {},
    };
    const traceId = out.headers?.['X-Amzn-Trace-Id'] ?? '';
    assertLike(body(out), {
        body: A.string,
        headers: { 'Content-Type': 'application/json', 'X-Amzn-Trace-Id': A.match(TRACE_ID) },
        latency: A.any,
        log: A.string,
        multiValueHeaders: { 'Content-Type': ['application/json'], 'X-Amzn-Trace-Id': [traceId] },
        status: 200,
    });
    assert.deepEqual(JSON.parse(out.body), fnAnswer);
    assert.equal(typeof out.latency, 'number');
    const requestId = /^Execution log for request (\S+)/.exec(out.log)?.[1] ?? '';
    const L = 'DDD MMM dd hh:mm:ss UTC yyyy : ';
    const fnBody = JSON.stringify(fnAnswer);
    assert.deepEqual(normalisedLog(out.log, { requestId, apiId, traceId }), {
        line00: 'Execution log for request <request-id-1>',
        line01: `${L}Starting execution for request: <request-id-1>`,
        line02: `${L}HTTP Method: GET, Resource Path: /foo`,
        line03: L + lines.line03,
        line04: L + lines.line04,
        line05: L + lines.line05,
        line06: L + lines.line06,
        line07: `${L}Endpoint request URI: https://<endpoint_url>/2015-03-31/functions/arn:<partition>:lambda:<region>:111111111111:function:<function-name>/invocations`,
        line08: `${L}Endpoint request headers: {x-amzn-lambda-integration-tag=<request-id-1>, Authorization=<authorization-header>, X-Amz-Date=<date>, x-amzn-apigateway-api-id=<rest-api-id>, Accept=application/json, User-Agent=AmazonAPIGateway_<rest-api-id>, X-Amz-Security-Token=<token> [TRUNCATED]`,
        line09: L + lines.line09,
        line10: `${L}Sending request to https://lambda.<region>.amazonaws.com/2015-03-31/functions/arn:<partition>:lambda:<region>:111111111111:function:<function-name>/invocations`,
        line11: `${L}Received response. Status: 200, Integration latency: <latency> ms`,
        line12: L + lines.line12,
        line13: `${L}Endpoint response body before transformations: ${fnBody}`,
        line14: `${L}Method response body after transformations: ${fnBody}`,
        line15: `${L}Method response headers: {X-Amzn-Trace-Id=<x-amz-trace-id>, Content-Type=application/json}`,
        line16: `${L}Successfully completed execution`,
        line17: `${L}Method completed with status: 200`,
        line18: '',
    });
}
describe('TestAPIGateway', () => {
    it(rec('test_apigateway_basic.py::TestAPIGateway::test_apigw_test_invoke_method_api', 'test_invoke_method_response', 'test_invoke_method_response_with_body'), async () => {
        const fnArn = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:basic-lambda`;
        const api = await newApi(t.client, { name: 'test-invoke' });
        const foo = await addResource(t.client, api, api.root, 'foo');
        await putMethod(t.client, api, foo, 'GET', { type: 'AWS', integrationHttpMethod: 'POST', uri: lambdaUri(fnArn) });
        await putResponse(t.client, api, foo, 'GET', '200', { selectionPattern: '' });
        await deploy(t.client, api, 'local');
        const invoke = (extra) => t.client.send(new TestInvokeMethodCommand({ restApiId: api.id, resourceId: foo, httpMethod: 'GET', ...extra }));
        const simple = await invoke({ pathWithQueryString: '/foo' });
        checkInvoke(simple, api.id, '{}', {
            line03: 'Method request path: {}',
            line04: 'Method request query string: {}',
            line05: 'Method request headers: {}',
            line06: 'Method request body before transformations: ',
            line09: 'Endpoint request body after transformations: ',
            line12: 'Endpoint response headers: {Date=Day, dd MMM yyyy hh:mm:ss GMT, Content-Type=application/json, Content-Length=104, Connection=keep-alive, x-amzn-RequestId=<request-id-lambda>, x-amzn-Remapped-Content-Length=0, X-Amz-Executed-Version=$LATEST, X-Amzn-Trace-Id=<x-amz-trace-id>}',
        });
        const withBody = await invoke({
            pathWithQueryString: '/foo?queryTest=value',
            body: '{"test": "val123"}',
            headers: { 'content-type': 'application/json' },
        });
        checkInvoke(withBody, api.id, '{"test":"val123"}', {
            line03: 'Method request path: {}',
            line04: 'Method request query string: {queryTest=value}',
            line05: 'Method request headers: {content-type=application/json}',
            line06: 'Method request body before transformations: {"test": "val123"}',
            line09: 'Endpoint request body after transformations: {"test": "val123"}',
            line12: 'Endpoint response headers: {Date=Day, dd MMM yyyy hh:mm:ss GMT, Content-Type=application/json, Content-Length=131, Connection=keep-alive, x-amzn-RequestId=<request-id-lambda>, x-amzn-Remapped-Content-Length=0, X-Amz-Executed-Version=$LATEST, X-Amzn-Trace-Id=<x-amz-trace-id>}',
        });
    });
    it(rec('test_apigateway_basic.py::TestAPIGateway::test_update_rest_api_deployment', 'after-update'), async () => {
        const api = await newApi(t.client, { name: 'test_gateway5' });
        await putMethod(t.client, api, api.root, 'GET', { type: 'HTTP', uri: 'http://httpbin.org/robots.txt', integrationHttpMethod: 'POST' });
        await putResponse(t.client, api, api.root, 'GET', '200', { selectionPattern: 'foobar', responseTemplates: {} });
        const d = await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, description: 'my deployment' }));
        const updated = await t.client.send(new UpdateDeploymentCommand({
            restApiId: api.id,
            deploymentId: d.id,
            patchOperations: [{ op: 'replace', path: '/description', value: 'new-description' }],
        }));
        assert.equal(updated.$metadata.httpStatusCode, 200);
        assertLike(body(updated), { createdDate: A.date, description: 'new-description', id: d.id });
    });
    it(rec('test_apigateway_basic.py::TestAPIGateway::test_api_gateway_mock_integration', 'mocked-response'), async () => {
        const api = await newApi(t.client, { name: 'apigw-mock' });
        // The test's OpenAPI document (tests/aws/files/openapi-mock.json): ANY /echo/{data}, a MOCK
        // integration echoing the path parameter.
        const document = {
            openapi: '3.0.1',
            info: { title: 'wait-for-seconds', description: 'Test API for asynchronous Lambda invocation', version: '2022-04-12T15:36:55Z' },
            paths: {
                '/echo/{data}': {
                    'x-amazon-apigateway-any-method': {
                        responses: {
                            200: { description: '200 response', content: { 'application/json': { schema: { $ref: '#/components/schemas/Empty' } } } },
                        },
                        'x-amazon-apigateway-integration': {
                            type: 'mock',
                            responses: {
                                default: {
                                    statusCode: '200',
                                    responseTemplates: { 'application/json': '{"echo": "$input.params(\'data\')", "response": "mocked"}' },
                                },
                            },
                            requestTemplates: { 'application/json': '{"statusCode": 200}' },
                            passthroughBehavior: 'when_no_templates',
                        },
                    },
                },
            },
            components: { schemas: { Empty: { title: 'Empty Schema', type: 'object' } } },
        };
        await t.client.send(new PutRestApiCommand({ restApiId: api.id, mode: 'overwrite', body: new TextEncoder().encode(JSON.stringify(document)) }));
        await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'test' }));
        const r = await rawRequest(invokeUrl(t.app.url, api, 'test', '/echo/foobar'));
        assert.equal(r.status, 200, r.text);
        assertLike(r.json(), { echo: 'foobar', response: 'mocked' });
    });
});
describe('TestIntegrations', () => {
    /** The test's MOCK method on /{id}, deployed to `test`, called as `/42` in the given URL style. */
    async function mockResponse(passthroughBehavior, urlType, method) {
        const api = await newApi(t.client, { name: 'mock-api' });
        const id = await addResource(t.client, api, api.root, '{id}');
        await t.client.send(new PutMethodCommand({ restApiId: api.id, resourceId: id, httpMethod: method, authorizationType: 'NONE' }));
        await t.client.send(new PutIntegrationCommand({
            restApiId: api.id,
            resourceId: id,
            httpMethod: method,
            type: 'MOCK',
            integrationHttpMethod: method,
            passthroughBehavior,
            requestTemplates: { 'application/json': '{"statusCode":200}' },
        }));
        await t.client.send(new PutMethodResponseCommand({
            restApiId: api.id,
            resourceId: id,
            httpMethod: method,
            statusCode: '200',
            responseModels: { 'application/json': 'Empty' },
        }));
        await t.client.send(new PutIntegrationResponseCommand({
            restApiId: api.id,
            resourceId: id,
            httpMethod: method,
            statusCode: '200',
            responseTemplates: { 'application/json': '{"statusCode": 200, "id": $input.params().path.id}' },
        }));
        await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'test' }));
        const port = new URL(t.app.url).port;
        const r = urlType === 'PATH_BASED'
            ? await rawRequest(invokeUrl(t.app.url, api, 'test', '/42'), { method, headers: { 'Content-Type': 'application/json' } })
            : await rawRequest(`http://127.0.0.1:${port}/test/42`, {
                method,
                headers: { 'Content-Type': 'application/json', Host: `${api.id}.execute-api.localhost:${port}` },
            });
        assert.equal(r.status, 200, r.text);
        return r.json();
    }
    it(rec('test_apigateway_basic.py::TestIntegrations::test_mock_integration_response[WHEN_NO_MATCH-UrlType.PATH_BASED-GET]', 'mock-response'), async () => {
        assertLike(await mockResponse('WHEN_NO_MATCH', 'PATH_BASED', 'GET'), { id: 42, statusCode: 200 });
    });
    it(rec('test_apigateway_basic.py::TestIntegrations::test_mock_integration_response[WHEN_NO_MATCH-UrlType.PATH_BASED-POST]', 'mock-response'), async () => {
        assertLike(await mockResponse('WHEN_NO_MATCH', 'PATH_BASED', 'POST'), { id: 42, statusCode: 200 });
    });
    it(rec('test_apigateway_basic.py::TestIntegrations::test_mock_integration_response[WHEN_NO_MATCH-UrlType.HOST_BASED-GET]', 'mock-response'), async () => {
        assertLike(await mockResponse('WHEN_NO_MATCH', 'HOST_BASED', 'GET'), { id: 42, statusCode: 200 });
    });
    it(rec('test_apigateway_basic.py::TestIntegrations::test_mock_integration_response[WHEN_NO_MATCH-UrlType.HOST_BASED-POST]', 'mock-response'), async () => {
        assertLike(await mockResponse('WHEN_NO_MATCH', 'HOST_BASED', 'POST'), { id: 42, statusCode: 200 });
    });
    it(rec('test_apigateway_basic.py::TestIntegrations::test_mock_integration_response[NEVER-UrlType.PATH_BASED-GET]', 'mock-response'), async () => {
        assertLike(await mockResponse('NEVER', 'PATH_BASED', 'GET'), { id: 42, statusCode: 200 });
    });
    it(rec('test_apigateway_basic.py::TestIntegrations::test_mock_integration_response[NEVER-UrlType.PATH_BASED-POST]', 'mock-response'), async () => {
        assertLike(await mockResponse('NEVER', 'PATH_BASED', 'POST'), { id: 42, statusCode: 200 });
    });
    it(rec('test_apigateway_basic.py::TestIntegrations::test_mock_integration_response[NEVER-UrlType.HOST_BASED-GET]', 'mock-response'), async () => {
        assertLike(await mockResponse('NEVER', 'HOST_BASED', 'GET'), { id: 42, statusCode: 200 });
    });
    it(rec('test_apigateway_basic.py::TestIntegrations::test_mock_integration_response[NEVER-UrlType.HOST_BASED-POST]', 'mock-response'), async () => {
        assertLike(await mockResponse('NEVER', 'HOST_BASED', 'POST'), { id: 42, statusCode: 200 });
    });
    it(rec('test_apigateway_basic.py::TestIntegrations::test_mock_integration_response[WHEN_NO_TEMPLATES-UrlType.PATH_BASED-GET]', 'mock-response'), async () => {
        assertLike(await mockResponse('WHEN_NO_TEMPLATES', 'PATH_BASED', 'GET'), { id: 42, statusCode: 200 });
    });
    it(rec('test_apigateway_basic.py::TestIntegrations::test_mock_integration_response[WHEN_NO_TEMPLATES-UrlType.PATH_BASED-POST]', 'mock-response'), async () => {
        assertLike(await mockResponse('WHEN_NO_TEMPLATES', 'PATH_BASED', 'POST'), { id: 42, statusCode: 200 });
    });
    it(rec('test_apigateway_basic.py::TestIntegrations::test_mock_integration_response[WHEN_NO_TEMPLATES-UrlType.HOST_BASED-GET]', 'mock-response'), async () => {
        assertLike(await mockResponse('WHEN_NO_TEMPLATES', 'HOST_BASED', 'GET'), { id: 42, statusCode: 200 });
    });
    it(rec('test_apigateway_basic.py::TestIntegrations::test_mock_integration_response[WHEN_NO_TEMPLATES-UrlType.HOST_BASED-POST]', 'mock-response'), async () => {
        assertLike(await mockResponse('WHEN_NO_TEMPLATES', 'HOST_BASED', 'POST'), { id: 42, statusCode: 200 });
    });
});
//# sourceMappingURL=basic.test.js.map