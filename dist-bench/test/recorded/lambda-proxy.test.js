/**
 * Recorded Lambda proxy integrations (test_apigateway_lambda.py): the payload-1.0 event AWS sent for
 * each request shape (trailing and doubled slashes, encoded paths and queries, multi-value queries,
 * header casing), the integration method rule, request parameters that AWS_PROXY ignores, and the
 * validation of what the function answers.
 *
 * The recorded APIs were EDGE APIs: CloudFront added `CloudFront-*`, `Via` and `X-Amz-Cf-Id` to the
 * event and `Via`, `X-Amz-Cf-*`, `X-Cache` to the answers. Tollgate is no CDN, so those headers are
 * the ones left out of the expected values below (the recording skips verifying them too).
 */
import assert from 'node:assert/strict';
import { PutGatewayResponseCommand, PutIntegrationCommand, PutMethodCommand } from '@aws-sdk/client-api-gateway';
import { after, before, describe, it } from 'node:test';
import { addResource, deploy, newApi } from '../helpers/apis.js';
import { lambdaUri, writeFunctions } from '../helpers/functions.js';
import { callApi, requestsHeaders } from '../helpers/recorded-invoke.js';
import { A, assertLike, Matcher, rec } from '../helpers/recorded.js';
import { ACCOUNT, startTollgate } from '../helpers/tollgate.js';
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
const ROLE = 'arn:aws:iam::000000000000:role/apigw-invoke-lambda';
const number = new Matcher('number', (v) => typeof v === 'number');
const CLF = A.match(/^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
/** ANY on `resourceId`, AWS_PROXY to `fn` with the integration method given. */
async function proxyMethod(api, resourceId, fn, extra = {}) {
    const m = { restApiId: api.id, resourceId, httpMethod: 'ANY' };
    await t.client.send(new PutMethodCommand({ ...m, authorizationType: 'NONE', requestParameters: extra.methodParameters }));
    await t.client.send(new PutIntegrationCommand({
        ...m,
        type: 'AWS_PROXY',
        integrationHttpMethod: extra.integrationHttpMethod ?? 'POST',
        uri: lambdaUri(fn),
        credentials: ROLE,
        requestParameters: extra.requestParameters,
    }));
}
/** The event's headers: `headers` as given plus the ones API Gateway adds; multiValueHeaders alike. */
function eventHeaders(api, client) {
    const headers = {
        ...client,
        Host: A.match(new RegExp(`^${api.id}\\.execute-api\\.`)),
        'X-Amzn-Trace-Id': A.match(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}/),
        'X-Forwarded-For': A.string,
        'X-Forwarded-Port': A.string,
        'X-Forwarded-Proto': A.string,
    };
    const multiValueHeaders = {};
    for (const [k, v] of Object.entries(headers))
        multiValueHeaders[k] = [v];
    return { headers, multiValueHeaders };
}
function requestContext(api, stage, fields) {
    return {
        accountId: ACCOUNT,
        apiId: api.id,
        deploymentId: A.shortId,
        domainName: A.match(new RegExp(`^${api.id}\\.execute-api\\.`)),
        domainPrefix: api.id,
        extendedRequestId: A.string,
        httpMethod: fields.httpMethod,
        identity: {
            accessKey: null,
            accountId: null,
            caller: null,
            cognitoAuthenticationProvider: null,
            cognitoAuthenticationType: null,
            cognitoIdentityId: null,
            cognitoIdentityPoolId: null,
            principalOrgId: null,
            sourceIp: A.string,
            user: null,
            userAgent: fields.userAgent,
            userArn: null,
        },
        path: fields.path,
        protocol: 'HTTP/1.1',
        requestId: A.uuid,
        requestTime: CLF,
        requestTimeEpoch: number,
        resourceId: A.shortId,
        resourcePath: fields.resourcePath,
        stage,
    };
}
describe('test_lambda_aws_proxy_integration (recorded)', () => {
    let api;
    const stage = 'stage';
    // "authorization is a weird case, it will get Pascal cased": the recorded test's own note.
    const sent = requestsHeaders({ 'User-Agent': 'python-requests/testing', 'tEsT-HEADeR': 'aValUE', authorization: 'random-value' });
    const get = async (path) => {
        const r = await callApi(t.app.url, api.id, path, { headers: sent });
        assert.equal(r.status, 200, r.text);
        return r.json();
    };
    const clientHeaders = {
        Accept: '*/*',
        'Accept-Encoding': 'gzip, deflate',
        Authorization: 'random-value',
        'User-Agent': 'python-requests/testing',
        'tEsT-HEADeR': 'aValUE',
    };
    const proxyEvent = (f) => ({
        body: null,
        ...eventHeaders(api, clientHeaders),
        httpMethod: 'GET',
        isBase64Encoded: false,
        multiValueQueryStringParameters: f.mqs ?? null,
        path: f.path,
        pathParameters: f.proxy === null ? null : { proxy: f.proxy },
        queryStringParameters: f.qs ?? null,
        requestContext: requestContext(api, stage, {
            path: f.ctxPath,
            resourcePath: f.proxy === null ? '/hardcoded' : '/{proxy+}',
            httpMethod: 'GET',
            userAgent: 'python-requests/testing',
        }),
        resource: f.proxy === null ? '/hardcoded' : '/{proxy+}',
        stageVariables: null,
    });
    before(async () => {
        api = await newApi(t.client, { description: 'Integration test API' });
        await proxyMethod(api, await addResource(t.client, api, api.root, '{proxy+}'), 'recawsproxy');
        await proxyMethod(api, await addResource(t.client, api, api.root, 'hardcoded'), 'recawsproxy');
        await deploy(t.client, api, stage);
    });
    it(rec('test_apigateway_lambda.py::test_lambda_aws_proxy_integration', 'invocation-payload-without-trailing-slash', 'invocation-payload-with-trailing-slash'), async () => {
        assertLike(await get('/stage/proxy-value'), proxyEvent({ path: '/proxy-value', proxy: 'proxy-value', ctxPath: '/stage/proxy-value' }));
        assertLike(await get('/stage/proxy-value/'), proxyEvent({ path: '/proxy-value/', proxy: 'proxy-value', ctxPath: '/stage/proxy-value/' }));
    });
    it(rec('test_apigateway_lambda.py::test_lambda_aws_proxy_integration', 'invocation-payload-with-double-slash', 'invocation-payload-with-prepended-slash-to-stage', 'invocation-payload-with-prepended-slash'), async () => {
        assertLike(await get('/stage/proxy-value//double-slash'), proxyEvent({ path: '/proxy-value//double-slash', proxy: 'proxy-value//double-slash', ctxPath: '/stage/proxy-value//double-slash' }));
        assertLike(await get('//stage/proxy-value'), proxyEvent({ path: '/proxy-value', proxy: 'proxy-value', ctxPath: '/stage/proxy-value' }));
        assertLike(await get('/stage//proxy-value'), proxyEvent({ path: '/proxy-value', proxy: 'proxy-value', ctxPath: '/stage//proxy-value' }));
    });
    it(rec('test_apigateway_lambda.py::test_lambda_aws_proxy_integration', 'invocation-payload-without-trailing-slash-and-query-params', 'invocation-payload-with-trailing-slash-and-query-params'), async () => {
        const q = { qs: { urlparam: 'test' }, mqs: { urlparam: ['test'] } };
        assertLike(await get('/stage/proxy-value?urlparam=test'), proxyEvent({ path: '/proxy-value', proxy: 'proxy-value', ctxPath: '/stage/proxy-value', ...q }));
        assertLike(await get('/stage/proxy-value/?urlparam=test'), proxyEvent({ path: '/proxy-value/', proxy: 'proxy-value', ctxPath: '/stage/proxy-value/', ...q }));
    });
    it(rec('test_apigateway_lambda.py::test_lambda_aws_proxy_integration', 'invocation-payload-with-path-encoded-email', 'invocation-payload-with-params-encoding'), async () => {
        const emails = 'proxy-value/api/user/test%2Balias@gmail.com/plus/test+alias@gmail.com';
        assertLike(await get(`/stage/${emails}`), proxyEvent({ path: `/${emails}`, proxy: emails, ctxPath: `/stage/${emails}` }));
        // What `requests` sent for the recorded URL: the space encoded, the fragment (`#` and after) left off.
        const query = 'dateTimeOffset=2023-06-12T18:05:10.123456+00:00&email=test%2Balias@gmail.com&plus=test+alias@gmail.com&url=https://www.google.com/&whitespace=foo%20bar&zhash=abort/';
        const qs = {
            dateTimeOffset: '2023-06-12T18:05:10.123456 00:00',
            email: 'test+alias@gmail.com',
            plus: 'test alias@gmail.com',
            url: 'https://www.google.com/',
            whitespace: 'foo bar',
            zhash: 'abort/',
        };
        const mqs = Object.fromEntries(Object.entries(qs).map(([k, v]) => [k, [v]]));
        assertLike(await get(`/stage/proxy-value/api?${query}`), proxyEvent({ path: '/proxy-value/api', proxy: 'proxy-value/api', ctxPath: '/stage/proxy-value/api', qs, mqs }));
    });
    it(rec('test_apigateway_lambda.py::test_lambda_aws_proxy_integration', 'invocation-payload-with-params-encoding-multi'), async () => {
        const r = await callApi(t.app.url, api.id, '/stage/proxy-value?category=electronics&category=books&price=10&price=20&price=30', {
            method: 'POST',
            headers: requestsHeaders({
                'Content-Type': 'application/json;charset=utf-8',
                aUThorization: 'Bearer token123;API key456',
                'User-Agent': 'python-requests/testing',
            }),
            body: JSON.stringify({ message: 'hello world' }),
        });
        assert.equal(r.status, 200, r.text);
        const event = r.json();
        assertLike(JSON.parse(event.body), { message: 'hello world' });
        assertLike(event, {
            body: A.string,
            ...eventHeaders(api, {
                Accept: '*/*',
                'Accept-Encoding': 'gzip, deflate',
                Authorization: 'Bearer token123;API key456',
                'Content-Type': 'application/json;charset=utf-8',
                'User-Agent': 'python-requests/testing',
            }),
            httpMethod: 'POST',
            isBase64Encoded: false,
            multiValueQueryStringParameters: { category: ['electronics', 'books'], price: ['10', '20', '30'] },
            path: '/proxy-value',
            pathParameters: { proxy: 'proxy-value' },
            queryStringParameters: { category: 'books', price: '30' },
            requestContext: requestContext(api, stage, {
                path: '/stage/proxy-value',
                resourcePath: '/{proxy+}',
                httpMethod: 'POST',
                userAgent: 'python-requests/testing',
            }),
            resource: '/{proxy+}',
            stageVariables: null,
        });
    });
    it(rec('test_apigateway_lambda.py::test_lambda_aws_proxy_integration', 'invocation-hardcoded'), async () => {
        assertLike(await get('/stage//hardcoded'), proxyEvent({ path: '/hardcoded', proxy: null, ctxPath: '/stage//hardcoded' }));
    });
});
describe('AWS_PROXY integrations (recorded)', () => {
    it(rec('test_apigateway_lambda.py::test_lambda_aws_proxy_integration_non_post_method', 'invocation-payload-with-get-proxy-method'), async () => {
        const api = await newApi(t.client, { description: 'Integration test API' });
        await proxyMethod(api, await addResource(t.client, api, api.root, '{proxy+}'), 'recawsproxy', { integrationHttpMethod: 'GET' });
        await t.client.send(new PutGatewayResponseCommand({ restApiId: api.id, responseType: 'INTEGRATION_FAILURE', responseParameters: {} }));
        await deploy(t.client, api, 'test');
        const r = await callApi(t.app.url, api.id, '/test/test-path', {
            headers: requestsHeaders({ 'User-Agent': 'python-requests/testing' }),
        });
        assert.equal(r.status, 500);
        assert.deepEqual(r.json(), { message: 'Internal server error' });
    });
    it(rec('test_apigateway_lambda.py::test_lambda_aws_proxy_integration_request_data_mapping', 'api_id', 'http-proxy-invocation-data-mapping'), async () => {
        const api = await newApi(t.client, { description: 'Integration test API' });
        assert.match(api.id, /^[a-z0-9]{10}$/);
        const resourceId = await addResource(t.client, api, api.root, '{pathVariable}');
        // Mappings an AWS_PROXY integration accepts and does not apply.
        const requestParameters = {
            'integration.request.header.headerVar': 'method.request.header.foobar',
            'integration.request.path.qsVar': 'method.request.querystring.testVar',
            'integration.request.path.pathVar': 'method.request.path.pathVariable',
            'integration.request.querystring.queryString': 'method.request.querystring.testQueryString',
            'integration.request.querystring.testQs': 'method.request.querystring.testQueryString',
            'integration.request.querystring.testEmptyQs': 'method.request.header.emptyheader',
        };
        const methodParameters = Object.fromEntries(Object.values(requestParameters).map((v) => [v, true]));
        await proxyMethod(api, resourceId, 'recawsproxy', { requestParameters, methodParameters });
        await deploy(t.client, api, 'test');
        const r = await callApi(t.app.url, api.id, '/test/foobar?testQueryString=foo&testVar=bar', {
            method: 'POST',
            headers: requestsHeaders({
                'Content-Type': 'application/json',
                Accept: 'application/json',
                foobar: 'mapped-value',
                'user-Agent': 'test/integration',
                headerVar: 'request-value',
            }),
            body: JSON.stringify({ message: 'hello world' }),
        });
        const event = r.json();
        assertLike({ content: { ...event, body: JSON.parse(event.body) }, status_code: r.status }, {
            content: {
                body: { message: 'hello world' },
                ...eventHeaders(api, {
                    Accept: 'application/json',
                    'Accept-Encoding': 'gzip, deflate',
                    'Content-Type': 'application/json',
                    'User-Agent': 'test/integration',
                    foobar: 'mapped-value',
                    headerVar: 'request-value',
                }),
                httpMethod: 'POST',
                isBase64Encoded: false,
                multiValueQueryStringParameters: { testQueryString: ['foo'], testVar: ['bar'] },
                path: '/foobar',
                pathParameters: { pathVariable: 'foobar' },
                queryStringParameters: { testQueryString: 'foo', testVar: 'bar' },
                requestContext: requestContext(api, 'test', {
                    path: '/test/foobar',
                    resourcePath: '/{pathVariable}',
                    httpMethod: 'POST',
                    userAgent: 'test/integration',
                }),
                resource: '/{pathVariable}',
                stageVariables: null,
            },
            status_code: 200,
        });
    });
});
describe('test_aws_proxy_response_payload_format_validation (recorded)', () => {
    let api;
    before(async () => {
        api = await newApi(t.client, { description: 'Integration test API' });
        await proxyMethod(api, await addResource(t.client, api, api.root, '{proxy+}'), 'recresponsefrombody');
        await deploy(t.client, api, 'test');
    });
    /** The recorded `_invoke`: POST /test/test, the function answering with what the body says (no body when falsy). */
    async function invoke(body, expectedStatus = 200, withHeaders = false) {
        const hasBody = !!body && !(typeof body === 'object' && Object.keys(body).length === 0);
        const r = await callApi(t.app.url, api.id, '/test/test', {
            method: 'POST',
            headers: requestsHeaders(hasBody ? { 'User-Agent': 'python/test', 'Content-Type': 'application/json' } : { 'User-Agent': 'python/test', 'Content-Length': '0' }),
            body: hasBody ? JSON.stringify(body) : '',
        });
        assert.equal(r.status, expectedStatus, r.text);
        let content;
        try {
            content = JSON.parse(r.text);
        }
        catch {
            content = r.text;
        }
        return withHeaders ? { content, headers: r.headers } : { content };
    }
    /** The answer's headers AWS recorded, without CloudFront's; Connection as the client asked (keep-alive). */
    const answerHeaders = (extra) => ({
        Connection: 'keep-alive',
        'Content-Length': '0',
        'Content-Type': 'application/json',
        Date: A.string,
        'X-Amzn-Trace-Id': A.match(/^Root=1-/),
        'x-amz-apigw-id': A.string,
        'x-amzn-RequestId': A.uuid,
        ...extra,
    });
    const failure = { content: { message: 'Internal server error' } };
    it(rec('test_apigateway_lambda.py::test_aws_proxy_response_payload_format_validation', 'invoke-api-no-body', 'invoke-api-with-headers', 'invoke-api-with-headers-null'), async () => {
        assertLike(await invoke({ statusCode: 200 }), { content: '' });
        assertLike(await invoke({ statusCode: 200, headers: { 'test-header': 'value', 'header-bool': true } }, 200, true), {
            content: '',
            headers: answerHeaders({ 'header-bool': 'true', 'test-header': 'value' }),
        });
        assertLike(await invoke({ statusCode: 200, headers: null }, 200, true), { content: '', headers: answerHeaders({}) });
    });
    it(rec('test_apigateway_lambda.py::test_aws_proxy_response_payload_format_validation', 'invoke-api-wrong-format', 'invoke-api-empty-response'), async () => {
        assertLike(await invoke({ statusCode: 200, wrongValue: 'value' }, 502), failure);
        assertLike(await invoke({}, 502), failure);
    });
    it(rec('test_apigateway_lambda.py::test_aws_proxy_response_payload_format_validation', 'invoke-api-b64-encoded-true', 'invoke-api-b64-encoded-false'), async () => {
        const b64 = Buffer.from('test-data').toString('base64');
        assertLike(await invoke({ statusCode: 200, body: b64, isBase64Encoded: true }), { content: 'dGVzdC1kYXRh' });
        assertLike(await invoke({ statusCode: 200, body: b64 }), { content: 'dGVzdC1kYXRh' });
    });
    it(rec('test_apigateway_lambda.py::test_aws_proxy_response_payload_format_validation', 'invoke-api-multi-headers-valid', 'invoke-api-multi-headers-overwrite', 'invoke-api-multi-headers-overwrite-casing', 'invoke-api-multi-headers-invalid'), async () => {
        assertLike(await invoke({ statusCode: 200, multiValueHeaders: { 'test-multi': ['value1', 'value2'] } }, 200, true), {
            content: '',
            headers: answerHeaders({ 'test-multi': 'value1, value2' }),
        });
        assertLike(await invoke({ statusCode: 200, multiValueHeaders: { 'test-multi': ['value-multi'] }, headers: { 'test-multi': 'value-solo' } }, 200, true), {
            content: '',
            headers: answerHeaders({ 'test-multi': 'value-multi, value-solo' }),
        });
        assertLike(await invoke({ statusCode: 200, multiValueHeaders: { 'tesT-Multi': ['value-multi'] }, headers: { 'test-multi': 'value-solo' } }, 200, true), {
            content: '',
            headers: answerHeaders({ 'tesT-Multi': 'value-multi, value-solo' }),
        });
        assertLike(await invoke({ statusCode: 200, multiValueHeaders: { 'test-multi-invalid': 'value1' } }, 502), failure);
    });
    it(rec('test_apigateway_lambda.py::test_aws_proxy_response_payload_format_validation', 'invoke-api-invalid-status-code', 'invoke-api-status-code-str', 'invoke-api-just-string', 'invoke-api-only-headers'), async () => {
        assertLike(await invoke({ statusCode: 'test' }, 502), failure);
        assertLike(await invoke({ statusCode: '201' }, 201), { content: '' });
        assertLike(await invoke('justAString', 502), failure);
        assertLike(await invoke({ headers: { 'test-header': 'value' } }, 200), { content: '' });
    });
});
//# sourceMappingURL=lambda-proxy.test.js.map