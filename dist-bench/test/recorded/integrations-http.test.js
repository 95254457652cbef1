/**
 * Recorded HTTP and HTTP_PROXY integrations (test_apigateway_http.py) against a backend answering as
 * the recorded one did, an echo function behind a Lambda function URL (test/helpers/backend.ts
 * startFunctionUrlEcho): what the backend was sent (headers, query, method, body), the integration
 * method, status codes passed through or not, and the answer's headers.
 */
import assert from 'node:assert/strict';
import { CreateDeploymentCommand, CreateResourceCommand, CreateStageCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, } from '@aws-sdk/client-api-gateway';
import { after, before, describe, it } from 'node:test';
import { newApi } from '../helpers/apis.js';
import { startFunctionUrlEcho } from '../helpers/backend.js';
import { callApi, requestsHeaders } from '../helpers/recorded-invoke.js';
import { A, assertLike, rec } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
let echo;
let trimmedEcho;
let statusEcho;
before(async () => {
    t = await startTollgate();
    echo = await startFunctionUrlEcho();
    trimmedEcho = await startFunctionUrlEcho({ trimXHeaders: true });
    statusEcho = await startFunctionUrlEcho({ statusFromPath: true });
});
after(async () => {
    await t.close();
    await echo.close();
    await trimmedEcho.close();
    await statusEcho.close();
});
/** What `json.dumps({"message": "hello world"})` sent: 26 bytes. */
const HELLO = '{"message": "hello world"}';
/**
 * The recorded fixture create_rest_api_with_integration: a REGIONAL API, one resource, one method whose
 * request parameters are the mapping's sources (required), the integration (POST, no credentials, no
 * request templates), a 200 method response and a 200 integration response rendering `$input.json('$')`,
 * a deployment and the stage.
 */
async function apiWithIntegration(o) {
    const api = await newApi(t.client, { endpointConfiguration: { types: ['REGIONAL'] } });
    const resource = await t.client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.root, pathPart: o.pathPart ?? 'test' }));
    const m = { restApiId: api.id, resourceId: resource.id, httpMethod: o.resourceMethod ?? 'POST' };
    const requestParameters = o.requestParameters ?? {};
    await t.client.send(new PutMethodCommand({
        ...m,
        authorizationType: 'NONE',
        apiKeyRequired: false,
        requestParameters: Object.fromEntries(Object.values(requestParameters).map((v) => [v, true])),
    }));
    await t.client.send(new PutIntegrationCommand({
        ...m,
        integrationHttpMethod: 'POST',
        type: o.type,
        credentials: '',
        uri: o.uri,
        requestTemplates: {},
        requestParameters,
    }));
    await t.client.send(new PutMethodResponseCommand({ ...m, statusCode: '200' }));
    await t.client.send(new PutIntegrationResponseCommand({ ...m, statusCode: '200', responseTemplates: { 'application/json': "$input.json('$')" } }));
    const deployment = await t.client.send(new CreateDeploymentCommand({ restApiId: api.id }));
    await t.client.send(new CreateStageCommand({ restApiId: api.id, stageName: 'test', deploymentId: deployment.id }));
    return api.id;
}
/** As the recorded test reports an answer: its JSON, its headers by lower-cased name, its status. */
const reported = (r) => ({
    content: r.json(),
    headers: Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k.toLowerCase(), v])),
    status_code: r.status,
});
const echoHost = (b) => b.url.slice('http://'.length);
const traceId = A.match(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}/);
const length = A.match(/^\d+$/);
async function withLambda(type) {
    const proxy = type === 'HTTP_PROXY';
    const apiId = await apiWithIntegration({ uri: `${echo.url}/`, type });
    assert.match(apiId, /^[a-z0-9]{10}$/);
    const r = await callApi(t.app.url, apiId, '/test/test', {
        method: 'POST',
        headers: requestsHeaders({ 'Content-Type': 'application/json', accept: 'application/xml', 'user-Agent': 'test/integration' }),
        body: HELLO,
    });
    assert.equal(r.status, 200, r.text);
    const out = reported(r);
    const origin = out.content.origin;
    assertLike({ ...out, content: { ...out.content, data: JSON.parse(out.content.data) } }, {
        content: {
            args: {},
            data: { message: 'hello world' },
            domain: echoHost(echo),
            headers: {
                // HTTP sends JSON's Accept and its own User-Agent; HTTP_PROXY the client's, Accept-Encoding too.
                accept: proxy ? 'application/xml' : 'application/json',
                ...(proxy ? { 'accept-encoding': 'gzip, deflate' } : {}),
                'content-length': '26',
                'content-type': 'application/json',
                host: echoHost(echo),
                'user-agent': proxy ? 'test/integration' : `AmazonAPIGateway_${apiId}`,
                'x-amzn-apigateway-api-id': apiId,
                'x-amzn-tls-cipher-suite': A.string,
                'x-amzn-tls-version': A.string,
                'x-amzn-trace-id': traceId,
                // The caller's address: API Gateway's own for HTTP; HTTP_PROXY first names the client's.
                'x-forwarded-for': proxy ? A.match(/^127\.0\.0\.1, /) : origin,
                'x-forwarded-port': A.string,
                'x-forwarded-proto': A.string,
            },
            method: 'POST',
            origin: A.string,
            path: '/',
        },
        headers: {
            connection: 'keep-alive',
            'content-length': length,
            'content-type': 'application/json',
            date: A.string,
            'x-amz-apigw-id': A.string,
            // HTTP_PROXY: the backend's Connection, Content-Length, Date and x-amzn-RequestId remapped; its own
            // X-Amzn-Trace-Id passes (API Gateway adds none to an HTTP_PROXY answer).
            ...(proxy
                ? {
                    'x-amzn-remapped-connection': 'keep-alive',
                    'x-amzn-remapped-content-length': length,
                    'x-amzn-remapped-date': A.string,
                    'x-amzn-remapped-x-amzn-requestid': A.uuid,
                }
                : {}),
            'x-amzn-requestid': A.uuid,
            'x-amzn-trace-id': proxy ? A.string : traceId,
        },
        status_code: 200,
    });
    if (proxy)
        assert.notEqual(out.headers['x-amzn-requestid'], out.headers['x-amzn-remapped-x-amzn-requestid']);
}
async function statusPassthrough(type) {
    const proxy = type === 'HTTP_PROXY';
    const apiId = await apiWithIntegration({
        uri: `${statusEcho.url}/{map}`,
        type,
        pathPart: '{map+}',
        requestParameters: { 'integration.request.path.map': 'method.request.path.map' },
    });
    const call = async (code) => {
        const r = await callApi(t.app.url, apiId, `/test/status/${code}`, {
            method: 'POST',
            headers: requestsHeaders({ 'Content-Length': '0' }),
            body: '',
        });
        return { body: r.json(), status_code: r.status };
    };
    assert.deepEqual(await call('200'), { body: { message: '', status_code: 200 }, status_code: 200 });
    // HTTP answers with its one integration response (200) whatever the backend said; HTTP_PROXY passes 400 on.
    assert.deepEqual(await call('400'), { body: { message: '', status_code: 400 }, status_code: proxy ? 400 : 200 });
}
async function integrationMethod(type) {
    const proxy = type === 'HTTP_PROXY';
    const apiId = await apiWithIntegration({ uri: `${trimmedEcho.url}/`, type, resourceMethod: 'ANY' });
    assert.match(apiId, /^[a-z0-9]{10}$/);
    // The recorded test sent POST each time (its loop passes method="POST"): the three steps are alike.
    for (let i = 0; i < 3; i++) {
        const r = await callApi(t.app.url, apiId, '/test/test', {
            method: 'POST',
            headers: requestsHeaders({ 'Content-Type': 'application/json', Accept: 'application/json', 'user-Agent': 'test/integration' }),
            body: HELLO,
        });
        assert.equal(r.status, 200, r.text);
        const content = r.json();
        assertLike({ ...content, data: JSON.parse(content.data) }, {
            args: {},
            data: { message: 'hello world' },
            domain: echoHost(trimmedEcho),
            headers: {
                accept: 'application/json',
                ...(proxy ? { 'accept-encoding': 'gzip, deflate' } : {}),
                'content-length': '26',
                'content-type': 'application/json',
                host: echoHost(trimmedEcho),
                'user-agent': proxy ? 'test/integration' : `AmazonAPIGateway_${apiId}`,
            },
            method: 'POST',
            origin: A.string,
            path: '/',
        });
    }
}
describe('HTTP integrations (recorded)', () => {
    it(rec('test_apigateway_http.py::test_http_integration_with_lambda[HTTP]', 'api_id', 'http-invocation-lambda-url'), () => withLambda('HTTP'));
    it(rec('test_apigateway_http.py::test_http_integration_with_lambda[HTTP_PROXY]', 'api_id', 'http-invocation-lambda-url'), () => withLambda('HTTP_PROXY'));
    it(rec('test_apigateway_http.py::test_http_integration_invoke_status_code_passthrough[HTTP]', 'matching-response', 'non-matching-response'), () => statusPassthrough('HTTP'));
    it(rec('test_apigateway_http.py::test_http_integration_invoke_status_code_passthrough[HTTP_PROXY]', 'matching-response', 'non-matching-response'), () => statusPassthrough('HTTP_PROXY'));
    it(rec('test_apigateway_http.py::test_http_integration_method[HTTP]', 'api_id', 'http-invocation-lambda-url-post', 'http-invocation-lambda-url-put', 'http-invocation-lambda-url-get'), () => integrationMethod('HTTP'));
    it(rec('test_apigateway_http.py::test_http_integration_method[HTTP_PROXY]', 'api_id', 'http-invocation-lambda-url-post', 'http-invocation-lambda-url-put', 'http-invocation-lambda-url-get'), () => integrationMethod('HTTP_PROXY'));
    it(rec('test_apigateway_http.py::test_http_proxy_integration_request_data_mappings', 'api_id', 'http-proxy-invocation'), async () => {
        const requestParameters = {
            'integration.request.header.headerVar': 'method.request.header.foobar',
            'integration.request.path.qsVar': 'method.request.querystring.testVar',
            'integration.request.path.pathVar': 'method.request.path.pathVariable',
            'integration.request.querystring.queryString': 'method.request.querystring.testQueryString',
            'integration.request.querystring.testQs': 'method.request.querystring.testQueryString',
            'integration.request.querystring.testEmptyQs': 'method.request.header.emptyheader',
        };
        const apiId = await apiWithIntegration({
            uri: `${trimmedEcho.url}/?testVar={pathVar}&testQs={qsVar}`,
            type: 'HTTP_PROXY',
            pathPart: '{pathVariable}',
            requestParameters,
        });
        assert.match(apiId, /^[a-z0-9]{10}$/);
        const r = await callApi(t.app.url, apiId, '/test/foobar?testQueryString=foo&testVar=bar', {
            method: 'POST',
            headers: requestsHeaders({
                'Content-Type': 'application/json',
                Accept: 'application/json',
                foobar: 'mapped-value',
                'user-Agent': 'test/integration',
                headerVar: 'request-value',
            }),
            body: HELLO,
        });
        assert.equal(r.status, 200, r.text);
        const out = reported(r);
        assertLike({ ...out, content: { ...out.content, data: JSON.parse(out.content.data) } }, {
            content: {
                // The URI's own query first, then the client's, then the mapped parameters (testEmptyQs maps a
                // header the client did not send: left out).
                args: { queryString: 'foo', testQs: 'bar,foo', testQueryString: 'foo', testVar: 'foobar,bar' },
                data: { message: 'hello world' },
                domain: echoHost(trimmedEcho),
                headers: {
                    accept: 'application/json',
                    'accept-encoding': 'gzip, deflate',
                    'content-length': '26',
                    'content-type': 'application/json',
                    foobar: 'mapped-value',
                    headervar: 'mapped-value',
                    host: echoHost(trimmedEcho),
                    'user-agent': 'test/integration',
                },
                method: 'POST',
                origin: A.string,
                path: '/',
            },
            headers: {
                connection: 'keep-alive',
                'content-length': length,
                'content-type': 'application/json',
                date: A.string,
                'x-amz-apigw-id': A.string,
                'x-amzn-remapped-connection': 'keep-alive',
                'x-amzn-remapped-content-length': length,
                'x-amzn-remapped-date': A.string,
                'x-amzn-remapped-x-amzn-requestid': A.uuid,
                'x-amzn-requestid': A.uuid,
                'x-amzn-trace-id': A.string,
            },
            status_code: 200,
        });
    });
});
//# sourceMappingURL=integrations-http.test.js.map