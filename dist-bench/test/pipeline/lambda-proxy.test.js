/**
 * AWS_PROXY (Lambda proxy integration, payload 1.0) end to end with local functions: the event
 * compared field by field with AWS's documented example (DG:set-up-lambda-proxy-integrations, "Input
 * format of a Lambda function for proxy integration") and the recorded rules (LS-snap
 * test_apigateway_lambda; aws-behavior.md "Lambda proxy integration"), and the response rules of F86.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addResource, deploy, invokeUrl, newApi, putMethod, rawRequest } from '../helpers/apis.js';
import { lambdaUri, writeFunctions } from '../helpers/functions.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
let fns;
before(async () => {
    fns = writeFunctions();
    t = await startTollgate(['--functions', fns.dir]);
});
after(async () => {
    await t.close();
    fns.remove();
});
/**
 * The DG's example (request `POST /testStage/hello/world?name=me` with a stage variable
 * stageVariableName=stageVariableValue, Content-Type application/json, headerName: headerValue),
 * trimmed of the CloudFront and Postman headers an edge API behind CloudFront adds.
 */
const DG_EXAMPLE = {
    resource: '/{proxy+}',
    path: '/hello/world',
    httpMethod: 'POST',
    headers: { 'Content-Type': 'application/json', headerName: 'headerValue' },
    multiValueHeaders: { 'Content-Type': ['application/json'], headerName: ['headerValue'] },
    queryStringParameters: { name: 'me', multivalueName: 'me' },
    multiValueQueryStringParameters: { name: ['me'], multivalueName: ['you', 'me'] },
    pathParameters: { proxy: 'hello/world' },
    stageVariables: { stageVariableName: 'stageVariableValue' },
    requestContext: {
        accountId: '12345678912',
        resourceId: 'roq9wj',
        stage: 'testStage',
        requestId: 'deef4878-7910-11e6-8f14-25afc3e9ae33',
        identity: {
            cognitoIdentityPoolId: null,
            accountId: null,
            cognitoIdentityId: null,
            caller: null,
            apiKey: null,
            sourceIp: '192.168.196.186',
            cognitoAuthenticationType: null,
            cognitoAuthenticationProvider: null,
            userArn: null,
            userAgent: 'PostmanRuntime/2.4.5',
            user: null,
        },
        resourcePath: '/{proxy+}',
        httpMethod: 'POST',
        apiId: 'gy415nuibc',
    },
    body: '{\r\n\t"a": 1\r\n}',
    isBase64Encoded: false,
};
/** requestContext keys AWS sends today (recorded: LS-snap test_lambda_aws_proxy_integration, 2024). */
const RECORDED_CONTEXT_KEYS = [
    'accountId',
    'apiId',
    'deploymentId',
    'domainName',
    'domainPrefix',
    'extendedRequestId',
    'httpMethod',
    'identity',
    'path',
    'protocol',
    'requestId',
    'requestTime',
    'requestTimeEpoch',
    'resourceId',
    'resourcePath',
    'stage',
];
const RECORDED_IDENTITY_KEYS = [
    'accessKey',
    'accountId',
    'caller',
    'cognitoAuthenticationProvider',
    'cognitoAuthenticationType',
    'cognitoIdentityId',
    'cognitoIdentityPoolId',
    'principalOrgId',
    'sourceIp',
    'user',
    'userAgent',
    'userArn',
];
async function proxyApi(fn = 'echo', integration = {}) {
    const api = await newApi(t.client, { binaryMediaTypes: ['image/png'] });
    const proxy = await addResource(t.client, api, api.root, '{proxy+}');
    await putMethod(t.client, api, proxy, 'ANY', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri(fn), ...integration });
    await putMethod(t.client, api, api.root, 'ANY', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri(fn), ...integration });
    return api;
}
describe('AWS_PROXY event (payload 1.0)', () => {
    let api;
    before(async () => {
        api = await proxyApi();
        await deploy(t.client, api, 'testStage', { stageVariableName: 'stageVariableValue' });
        await deploy(t.client, api, 'bare');
    });
    it("matches AWS's documented example field by field", async () => {
        const started = Date.now();
        const r = await rawRequest(invokeUrl(t.app.url, api, 'testStage', '/hello/world?name=me&multivalueName=you&multivalueName=me'), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', headerName: 'headerValue', 'User-Agent': 'PostmanRuntime/2.4.5' },
            body: DG_EXAMPLE.body,
        });
        assert.equal(r.status, 200);
        const event = r.json();
        // The same top-level fields, each with the documented value.
        assert.deepEqual(Object.keys(event).sort(), Object.keys(DG_EXAMPLE).sort());
        for (const k of [
            'resource',
            'path',
            'httpMethod',
            'queryStringParameters',
            'multiValueQueryStringParameters',
            'pathParameters',
            'stageVariables',
            'body',
            'isBase64Encoded',
        ]) {
            assert.deepEqual(event[k], DG_EXAMPLE[k], k);
        }
        for (const [name, value] of Object.entries(DG_EXAMPLE.headers))
            assert.equal(event.headers[name], value, `headers.${name}`);
        for (const [name, values] of Object.entries(DG_EXAMPLE.multiValueHeaders))
            assert.deepEqual(event.multiValueHeaders[name], values, `multiValueHeaders.${name}`);
        // requestContext: every documented key, the same JSON type, nulls where the example has null.
        const ctx = event.requestContext;
        for (const [k, v] of Object.entries(DG_EXAMPLE.requestContext)) {
            assert.ok(k in ctx, `requestContext.${k}`);
            if (k !== 'identity')
                assert.equal(typeof ctx[k], typeof v, `requestContext.${k} type`);
        }
        for (const [k, v] of Object.entries(DG_EXAMPLE.requestContext.identity)) {
            // The 2016 example lists identity.apiKey: null; AWS today sends apiKey only when the method
            // requires a key (recorded, LS-snap test_lambda_aws_proxy_integration).
            if (k === 'apiKey') {
                assert.ok(!(k in ctx.identity));
                continue;
            }
            assert.ok(k in ctx.identity, `identity.${k}`);
            if (v === null)
                assert.equal(ctx.identity[k], null, `identity.${k} is null`);
        }
        assert.deepEqual(Object.keys(ctx).sort(), RECORDED_CONTEXT_KEYS);
        assert.deepEqual(Object.keys(ctx.identity).sort(), RECORDED_IDENTITY_KEYS);
        // Values.
        assert.equal(ctx.accountId, '000000000000');
        assert.equal(ctx.apiId, api.id);
        assert.equal(ctx.stage, 'testStage');
        assert.equal(ctx.resourcePath, '/{proxy+}');
        assert.equal(ctx.httpMethod, 'POST');
        assert.equal(ctx.path, '/testStage/hello/world');
        assert.equal(ctx.protocol, 'HTTP/1.1');
        assert.match(ctx.requestId, /^[0-9a-f-]{36}$/);
        assert.equal(r.headers['x-amzn-requestid'], ctx.requestId);
        assert.equal(typeof ctx.requestTimeEpoch, 'number');
        assert.ok(ctx.requestTimeEpoch >= started - 5 && ctx.requestTimeEpoch <= Date.now(), 'requestTimeEpoch is in milliseconds');
        assert.match(ctx.requestTime, /^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
        assert.equal(ctx.identity.sourceIp, '127.0.0.1');
        assert.equal(ctx.identity.userAgent, 'PostmanRuntime/2.4.5');
        assert.equal(ctx.identity.accessKey, null);
    });
    it('null where AWS sends null; Content-Length and Connection removed; X-Forwarded-* added', async () => {
        const r = await rawRequest(invokeUrl(t.app.url, api, 'bare', '/'), { headers: { Connection: 'keep-alive' } });
        const event = r.json();
        assert.equal(event.queryStringParameters, null);
        assert.equal(event.multiValueQueryStringParameters, null);
        assert.equal(event.pathParameters, null);
        assert.equal(event.stageVariables, null);
        assert.equal(event.body, null);
        assert.equal(event.isBase64Encoded, false);
        assert.equal(event.resource, '/');
        const names = Object.keys(event.headers).map((h) => h.toLowerCase());
        assert.ok(!names.includes('content-length') && !names.includes('connection'));
        assert.equal(event.headers['X-Forwarded-For'], '127.0.0.1');
        assert.ok(event.headers['X-Forwarded-Port']);
        assert.equal(event.headers['X-Forwarded-Proto'], 'http');
        assert.match(event.headers['X-Amzn-Trace-Id'], /^Root=1-/);
    });
    it('last value wins for repeated keys; multiValue maps keep all; query decoded, path raw; client casing kept', async () => {
        const r = await rawRequest(invokeUrl(t.app.url, api, 'bare', '/test%2Balias/a%20b/?q=a+b&q=c%20d&e'), {
            headers: { 'tEsT-HEADeR': 'aValUE', 'X-Multi': ['one', 'two'], 'X-Forwarded-For': '10.0.0.1' },
        });
        const event = r.json();
        assert.equal(event.path, '/test%2Balias/a%20b/');
        assert.deepEqual(event.pathParameters, { proxy: 'test%2Balias/a%20b' });
        assert.equal(event.requestContext.path, '/bare/test%2Balias/a%20b/');
        assert.deepEqual(event.queryStringParameters, { q: 'c d', e: '' });
        assert.deepEqual(event.multiValueQueryStringParameters, { q: ['a b', 'c d'], e: [''] });
        assert.equal(event.headers['tEsT-HEADeR'], 'aValUE');
        assert.equal(event.headers['X-Multi'], 'two');
        assert.deepEqual(event.multiValueHeaders['X-Multi'], ['one', 'two']);
        assert.equal(event.headers['X-Forwarded-For'], '10.0.0.1, 127.0.0.1');
    });
    it('does not apply integration.request header and querystring mappings (recorded request_data_mapping)', async () => {
        const mapped = await proxyApi('echo', {
            requestParameters: {
                'integration.request.header.foobar': "'mapped-value'",
                'integration.request.querystring.testVar': 'method.request.header.headerVar',
            },
        });
        await deploy(t.client, mapped, 'test');
        const event = (await rawRequest(invokeUrl(t.app.url, mapped, 'test', '/foobar?testQueryString=foo'), { headers: { headerVar: 'request-value' } })).json();
        assert.equal(event.headers.foobar, undefined);
        assert.equal(event.multiValueHeaders.foobar, undefined);
        assert.equal(event.headers.headerVar, 'request-value');
        assert.deepEqual(event.queryStringParameters, { testQueryString: 'foo' });
    });
});
describe('AWS_PROXY response rules (F86)', () => {
    let api;
    before(async () => {
        api = await proxyApi('raw');
        await deploy(t.client, api);
    });
    const lambdaReturns = (value, headers = {}) => rawRequest(invokeUrl(t.app.url, api, 'dev', '/'), {
        method: 'POST',
        body: JSON.stringify(value),
        headers: { 'Content-Type': 'application/json', ...headers },
    });
    it('502 {"message":"Internal server error"} for an unknown key, a non-numeric statusCode, a bare string, {} (F86)', async () => {
        for (const bad of [
            { statusCode: 200, wrongValue: 1 },
            { statusCode: 'test' },
            'a bare string',
            [1],
            null,
            { statusCode: 200, body: { a: 1 } },
            { statusCode: 200, headers: { x: { nested: 1 } } },
            { statusCode: 200, headers: { x: [1] } },
            { statusCode: 200, multiValueHeaders: { x: 'not a list' } },
        ]) {
            const r = await lambdaReturns(bad);
            assert.equal(r.status, 502, JSON.stringify(bad));
            assert.deepEqual(r.json(), { message: 'Internal server error' });
            assert.equal(r.headers['x-amzn-errortype'], 'InternalServerErrorException');
        }
    });
    // {} is a 200 with an empty body (AWS-validated: LS test_apigateway_lambda.py::test_lambda_aws_proxy_response_format,
    // "empty-response"); this test used to list it among the 502s.
    it('accepts {}, a numeric string statusCode, headers only, null headers; an empty body is allowed (F86)', async () => {
        const empty = await lambdaReturns({});
        assert.deepEqual([empty.status, empty.text, empty.headers['content-type']], [200, '', 'application/json']);
        const created = await lambdaReturns({ statusCode: '201' });
        assert.equal(created.status, 201);
        assert.equal(created.text, '');
        const onlyHeaders = await lambdaReturns({ headers: { 'x-only': 'h' } });
        assert.equal(onlyHeaders.status, 200);
        assert.equal(onlyHeaders.headers['x-only'], 'h');
        assert.equal((await lambdaReturns({ statusCode: 200, headers: null, body: 'ok' })).text, 'ok');
        assert.equal((await lambdaReturns({ statusCode: 404, body: 'nf' })).status, 404);
    });
    it('merges the header maps, multiValueHeaders first; booleans become text; reserved headers are remapped', async () => {
        const r = await lambdaReturns({
            statusCode: 200,
            headers: { 'X-Both': 'solo', 'x-bool': true, Server: 'fn', 'Content-Type': 'text/plain' },
            multiValueHeaders: { 'x-both': ['multi'], 'Set-Cookie': ['a=1', 'b=2'] },
            body: 'hi',
        });
        assert.equal(r.status, 200);
        assert.equal(r.headers['x-both'], 'multi, solo');
        assert.equal(r.headers['x-bool'], 'true');
        assert.deepEqual(r.headers['set-cookie'], ['a=1', 'b=2']);
        assert.equal(r.headers['x-amzn-remapped-server'], 'fn');
        assert.equal(r.headers['content-type'], 'text/plain');
        assert.equal(r.text, 'hi');
    });
    it('each answer shape of the AWS-validated LS test_apigateway_lambda.py::test_lambda_aws_proxy_response_format', async () => {
        const shapes = await proxyApi('recawsproxyformat');
        await deploy(t.client, shapes, 'test');
        const get = (path) => rawRequest(invokeUrl(t.app.url, shapes, 'test', path), { headers: { 'User-Agent': 'python-requests/testing' } });
        for (const path of ['/no-body', '/only-headers', '/empty-response']) {
            const r = await get(path);
            assert.deepEqual([r.status, r.text], [200, ''], path);
            if (path === '/only-headers')
                assert.equal(r.headers['test-header'], 'value');
        }
        const wrong = await get('/wrong-format');
        assert.equal(wrong.status, 502);
        assert.deepEqual(wrong.json(), { message: 'Internal server error' });
    });
    it('a function error is 502', async () => {
        const boom = await proxyApi('boom');
        await deploy(t.client, boom);
        const r = await rawRequest(invokeUrl(t.app.url, boom, 'dev', '/'));
        assert.equal(r.status, 502);
        assert.deepEqual(r.json(), { message: 'Internal server error' });
    });
});
describe('AWS_PROXY failures', () => {
    it('an integration method other than POST: 500 (recorded, test_lambda_aws_proxy_integration_non_post_method)', async () => {
        const api = await proxyApi('echo', { integrationHttpMethod: 'GET' });
        await deploy(t.client, api);
        const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/'));
        assert.equal(r.status, 500);
        assert.deepEqual(r.json(), { message: 'Internal server error' });
    });
    it('a function nobody serves: 500; a missing stage variable in the URI too', async () => {
        const api = await proxyApi('${stageVariables.fn}');
        await deploy(t.client, api, 'gone', { fn: 'nosuchfunction' });
        await deploy(t.client, api, 'novar');
        await deploy(t.client, api, 'good', { fn: 'arn:aws:lambda:us-east-1:000000000000:function:echo' });
        for (const stage of ['gone', 'novar']) {
            const r = await rawRequest(invokeUrl(t.app.url, api, stage, '/'));
            assert.equal(r.status, 500, stage);
            assert.deepEqual(r.json(), { message: 'Internal server error' });
        }
        assert.equal((await rawRequest(invokeUrl(t.app.url, api, 'good', '/'))).status, 200);
    });
    it("the integration timeout is 504 Endpoint request timed out, whatever the function's own timeout", async () => {
        const api = await proxyApi('slow', { timeoutInMillis: 200 });
        await deploy(t.client, api);
        const started = Date.now();
        const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/'));
        assert.equal(r.status, 504);
        assert.deepEqual(r.json(), { message: 'Endpoint request timed out' });
        assert.ok(Date.now() - started < 900);
    });
});
//# sourceMappingURL=lambda-proxy.test.js.map