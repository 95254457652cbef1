/**
 * Recorded header remapping (test_apigateway_integrations.py::TestApiGatewayHeaderRemapping): a
 * REGIONAL API whose methods are called with 25 awkward headers, and whose integrations map the same
 * headers both ways. What reaches the backend (an httpbin.org look-alike, test/helpers/backend.ts
 * startHttpbin, as the recording used httpbin.org) or the Lambda function, what the method request
 * sees (`$input.params`), which mappings fail the request, and which answer headers come back under
 * their own name or as `x-amzn-Remapped-*`.
 */
import assert from 'node:assert/strict';
import { PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, } from '@aws-sdk/client-api-gateway';
import { after, before, describe, it } from 'node:test';
import { addResource, deploy, newApi } from '../helpers/apis.js';
import { startHttpbin } from '../helpers/backend.js';
import { lambdaUri, writeFunctions } from '../helpers/functions.js';
import { callApi } from '../helpers/recorded-invoke.js';
import { A, assertLike, rec } from '../helpers/recorded.js';
import { ACCOUNT, startTollgate } from '../helpers/tollgate.js';
let t;
let fns;
let httpbin;
before(async () => {
    fns = writeFunctions();
    t = await startTollgate(['--functions', fns.dir]);
    httpbin = await startHttpbin();
});
after(async () => {
    await t.close();
    await httpbin.close();
    fns.remove();
});
/** The recorded test's integration request parameters: static values, and Host from the method request. */
const REQUEST_PARAMETERS = {
    'integration.request.header.Accept': "'text/html'",
    'integration.request.header.Accept-Charset': "'UTF-16'",
    'integration.request.header.Accept-Encoding': "'zstd'",
    'integration.request.header.Age': "'request_params_age'",
    'integration.request.header.Authorization': "'request_params_authorization'",
    'integration.request.header.Content-Encoding': "'compress'",
    'integration.request.header.Content-Length': "'0'",
    'integration.request.header.Content-MD5': "'request_params_Content-MD5'",
    'integration.request.header.Content-Type': "'application/json'",
    'integration.request.header.Date': "'request_params_Date'",
    'integration.request.header.Expect': "'200-ok'",
    'integration.request.header.Host': 'method.request.header.Host',
    'integration.request.header.Max-Forwards': "'2'",
    'integration.request.header.Pragma': "'no-cache'",
    'integration.request.header.Range': "'bytes=0-499'",
    'integration.request.header.Referer': "'https://example.com/page'",
    'integration.request.header.Server': "'https://example.com/page'",
    'integration.request.header.Trailer': "'user-agent'",
    'integration.request.header.Transfer-Encoding': "'deflate'",
    'integration.request.header.Upgrade': "'HTTP/2.0'",
    'integration.request.header.User-Agent': "'Override-Agent'",
    'integration.request.header.Warn': '\'110 anderson/1.3.37 "Response is stale"\'',
    'integration.request.header.WWW-Authenticate': "'Basic YWxhZGRpbjpvcGVuc2VzYW1l'",
    'integration.request.header.Connection': "'keep-alive'",
    'integration.request.header.Proxy-Authenticate': '\'Basic realm="Access to the internal site"\'',
    'integration.request.header.TE': "'gzip'",
    'integration.request.header.Via': "'othersite.net'",
};
const HEADERS = [
    'Accept',
    'Accept-Charset',
    'Accept-Encoding',
    'Age',
    'Authorization',
    'Connection',
    'Content-Encoding',
    'Content-Length',
    'Content-MD5',
    'Content-Type',
    'Date',
    'Expect',
    'Host',
    'Max-Forwards',
    'Pragma',
    'Proxy-Authenticate',
    'Range',
    'Referer',
    'Server',
    'TE',
    'Transfer-Encoding',
    'Trailer',
    'Upgrade',
    'User-Agent',
    'Via',
    'Warn',
    'WWW-Authenticate',
];
/** What the recorded test's client sent on every call (a GET: chunked, with no body). */
const CLIENT_HEADERS = {
    Accept: 'application/json',
    'Accept-Charset': 'UTF-8',
    'Accept-Encoding': 'br',
    Age: 'request_Age',
    Authorization: 'Unauthorized',
    Connection: 'close',
    'Content-Encoding': 'deflate',
    'Content-MD5': 'request_Content-MD5',
    'Content-Type': 'application/json',
    Date: 'request_Date',
    Expect: '100-continue',
    'Max-Forwards': '2',
    Pragma: 'cache',
    'Proxy-Authenticate': 'Basic',
    Range: 'bytes=500-999',
    Referer: 'https://example.com/',
    Server: 'https://example.com/',
    TE: 'deflate',
    Trailer: 'Expires',
    'Transfer-Encoding': 'chunked',
    Upgrade: 'HTTP/2.0',
    'User-Agent': 'localStack/0.0',
    Via: 'p.example.net',
    Warn: '299 localStack/0.0',
    'WWW-Authenticate': 'Basic YWxhZGRpbjpvcGVuc2VzYW1l',
};
/**
 * The recorded fixture: resources /no-param (no mapping), /full (every mapping above but the special
 * cases') and one per special case (that mapping alone), each GET with every header as an optional
 * method request parameter and a 200 method response declaring every header.
 */
async function remappingApi(type, uri, credentials, specialCases) {
    const api = await newApi(t.client, { endpointConfiguration: { types: ['REGIONAL'] } });
    const noParam = await addResource(t.client, api, api.root, 'no-param');
    const full = await addResource(t.client, api, api.root, 'full');
    const params = { ...REQUEST_PARAMETERS };
    const special = [];
    for (const c of specialCases) {
        special.push({
            resourceId: await addResource(t.client, api, api.root, c.path),
            parameter: c.parameter,
            mapping: params[c.parameter] ?? "''",
        });
        delete params[c.parameter];
    }
    for (const resourceId of [noParam, full, ...special.map((s) => s.resourceId)]) {
        const m = { restApiId: api.id, resourceId, httpMethod: 'GET' };
        await t.client.send(new PutMethodCommand({
            ...m,
            authorizationType: 'NONE',
            requestParameters: Object.fromEntries(HEADERS.map((h) => [`method.request.header.${h}`, false])),
        }));
        await t.client.send(new PutMethodResponseCommand({
            ...m,
            statusCode: '200',
            responseParameters: Object.fromEntries(HEADERS.map((h) => [`method.response.header.${h}`, true])),
        }));
    }
    const integration = { type: type, uri, integrationHttpMethod: 'POST', credentials };
    const at = (resourceId) => ({ restApiId: api.id, resourceId, httpMethod: 'GET' });
    await t.client.send(new PutIntegrationCommand({ ...at(noParam), ...integration }));
    await t.client.send(new PutIntegrationResponseCommand({ ...at(noParam), statusCode: '200' }));
    const template = `{${HEADERS.map((h) => `"${h}": "$input.params('${h}')"`).join(',')}}`;
    await t.client.send(new PutIntegrationCommand({
        ...at(full),
        ...integration,
        requestParameters: params,
        requestTemplates: { 'application/json': template },
    }));
    await t.client.send(new PutIntegrationResponseCommand({
        ...at(full),
        statusCode: '200',
        responseParameters: Object.fromEntries(HEADERS.map((h) => [`method.response.header.${h}`, `'response_param_${h}'`])),
    }));
    for (const s of special) {
        await t.client.send(new PutIntegrationCommand({ ...at(s.resourceId), ...integration, requestParameters: { [s.parameter]: s.mapping } }));
        await t.client.send(new PutIntegrationResponseCommand({ ...at(s.resourceId), statusCode: '200' }));
    }
    await deploy(t.client, api, 'test');
    return api.id;
}
async function invoke(apiId, path, expectedStatus) {
    const r = await callApi(t.app.url, apiId, `/test/${path}`, { headers: CLIENT_HEADERS });
    assert.equal(r.status, expectedStatus, `${path}: ${r.text}`);
    // Whatever the recording skipped verifying, the declared length is the body's.
    assert.equal(r.headers['Content-Length'], String(r.body.length));
    return r;
}
const apiHost = (apiId) => A.match(new RegExp(`^${apiId}\\.execute-api\\.localhost:\\d+$`));
const traceId = A.match(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}/);
const length = A.match(/^\d+$/);
/** A mapping that may not be made: 500, with these headers and AWS's body (36 bytes). */
const CONFIGURATION_ERROR = {
    'response-headers': {
        Connection: 'close',
        'Content-Length': '36',
        'Content-Type': 'application/json',
        Date: A.string,
        'x-amz-apigw-id': A.string,
        'x-amzn-ErrorType': 'InternalServerErrorException',
        'x-amzn-RequestId': A.uuid,
    },
    body: '{"message": "Internal server error"}',
};
const errorStep = (r) => ({ 'response-headers': r.headers, body: r.text });
/** The method request as the full resource's template saw it: what API Gateway keeps of the client's headers. */
const seenByTemplate = (apiId) => ({
    Accept: 'application/json',
    'Accept-Charset': 'UTF-8',
    'Accept-Encoding': 'br',
    Age: 'request_Age',
    Authorization: 'Unauthorized',
    Connection: '',
    'Content-Encoding': 'deflate',
    'Content-Length': '',
    'Content-MD5': '',
    'Content-Type': 'application/json',
    Date: 'request_Date',
    Expect: '',
    Host: apiHost(apiId),
    'Max-Forwards': '',
    Pragma: 'cache',
    'Proxy-Authenticate': '',
    Range: 'bytes=500-999',
    Referer: 'https://example.com/',
    Server: '',
    TE: '',
    'Transfer-Encoding': '',
    Trailer: '',
    Upgrade: '',
    'User-Agent': 'localStack/0.0',
    Via: 'p.example.net',
    Warn: '299 localStack/0.0',
    'WWW-Authenticate': '',
});
/** The full resource's answer headers: every mapped header under its name, or remapped (HTTP and AWS alike). */
const fullAnswerHeaders = {
    Accept: 'response_param_Accept',
    'Accept-Charset': 'response_param_Accept-Charset',
    'Accept-Encoding': 'response_param_Accept-Encoding',
    Age: 'response_param_Age',
    Connection: 'close',
    'Content-Encoding': 'response_param_Content-Encoding',
    'Content-Length': length,
    'Content-Type': 'response_param_Content-Type',
    Date: A.string,
    Pragma: 'response_param_Pragma',
    Range: 'response_param_Range',
    Referer: 'response_param_Referer',
    TE: 'response_param_TE',
    Via: 'response_param_Via',
    Warn: 'response_param_Warn',
    'X-Amzn-Trace-Id': traceId,
    'x-amz-apigw-id': A.string,
    'x-amzn-Remapped-Authorization': 'response_param_Authorization',
    'x-amzn-Remapped-Connection': 'response_param_Connection',
    'x-amzn-Remapped-Content-Length': 'response_param_Content-Length',
    'x-amzn-Remapped-Content-MD5': 'response_param_Content-MD5',
    'x-amzn-Remapped-Date': 'response_param_Date',
    'x-amzn-Remapped-Expect': 'response_param_Expect',
    'x-amzn-Remapped-Host': 'response_param_Host',
    'x-amzn-Remapped-Max-Forwards': 'response_param_Max-Forwards',
    'x-amzn-Remapped-Proxy-Authenticate': 'response_param_Proxy-Authenticate',
    'x-amzn-Remapped-Server': 'response_param_Server',
    'x-amzn-Remapped-Trailer': 'response_param_Trailer',
    'x-amzn-Remapped-Upgrade': 'response_param_Upgrade',
    'x-amzn-Remapped-User-Agent': 'response_param_User-Agent',
    'x-amzn-Remapped-WWW-Authenticate': 'response_param_WWW-Authenticate',
    'x-amzn-RequestId': A.uuid,
};
/** What httpbin showed of the full resource's backend call: the mapped headers, Host the client's. */
const fullBackendHeaders = (apiId, contentLength) => ({
    Accept: 'text/html',
    'Accept-Charset': 'UTF-16',
    'Accept-Encoding': 'zstd',
    Age: 'request_params_age',
    Authorization: 'request_params_authorization',
    'Content-Encoding': 'compress',
    'Content-Length': contentLength,
    'Content-Md5': 'request_params_Content-MD5',
    'Content-Type': 'application/json',
    Date: 'request_params_Date',
    Host: apiHost(apiId),
    'Max-Forwards': '2',
    Pragma: 'no-cache',
    Range: 'bytes=0-499',
    Referer: 'https://example.com/page',
    Server: 'https://example.com/page',
    Trailer: 'user-agent',
    Upgrade: 'HTTP/2.0',
    'User-Agent': 'Override-Agent',
    Warn: '110 anderson/1.3.37 "Response is stale"',
    'Www-Authenticate': 'Basic YWxhZGRpbjpvcGVuc2VzYW1l',
    'X-Amzn-Apigateway-Api-Id': apiId,
    'X-Amzn-Trace-Id': traceId,
});
const HTTP_SPECIAL = [
    { path: 'content-length', parameter: 'integration.request.header.Content-Length' },
    { path: 'transfer-encoding', parameter: 'integration.request.header.Transfer-Encoding' },
];
describe('TestApiGatewayHeaderRemapping (recorded)', () => {
    it(rec('test_apigateway_integrations.py::TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_http[HTTP]', 'apigw-id', 'no-param-integration', 'full-integration', 'content-length', 'transfer-encoding'), async () => {
        const apiId = await remappingApi('HTTP', `${httpbin.url}/post`, '', HTTP_SPECIAL);
        assert.match(apiId, /^[a-z0-9]{10}$/);
        const noParam = await invoke(apiId, 'no-param', 200);
        assertLike({ headers: noParam.json().headers, body: noParam.json().data, 'response-headers': noParam.headers }, {
            body: '',
            headers: {
                Accept: 'application/json',
                'Content-Length': '0',
                Host: httpbin.url.slice('http://'.length),
                'User-Agent': `AmazonAPIGateway_${apiId}`,
                'X-Amzn-Apigateway-Api-Id': apiId,
                'X-Amzn-Trace-Id': traceId,
            },
            'response-headers': {
                Connection: 'close',
                'Content-Length': length,
                'Content-Type': 'application/json',
                Date: A.string,
                'X-Amzn-Trace-Id': traceId,
                'x-amz-apigw-id': A.string,
                'x-amzn-RequestId': A.uuid,
            },
        });
        const full = await invoke(apiId, 'full', 200);
        const data = full.json().data;
        assertLike({ headers: full.json().headers, body: JSON.parse(data), 'response-headers': full.headers }, {
            body: seenByTemplate(apiId),
            headers: fullBackendHeaders(apiId, String(Buffer.byteLength(data))),
            'response-headers': fullAnswerHeaders,
        });
        assertLike(errorStep(await invoke(apiId, 'content-length', 500)), CONFIGURATION_ERROR);
        assertLike(errorStep(await invoke(apiId, 'transfer-encoding', 500)), CONFIGURATION_ERROR);
    });
    it(rec('test_apigateway_integrations.py::TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_http[HTTP_PROXY]', 'apigw-id', 'no-param-integration', 'full-integration', 'content-length', 'transfer-encoding'), async () => {
        const apiId = await remappingApi('HTTP_PROXY', `${httpbin.url}/post`, '', HTTP_SPECIAL);
        assert.match(apiId, /^[a-z0-9]{10}$/);
        // The backend's own answer headers come back, Connection, Content-Length, Date and Server remapped.
        const proxyAnswer = {
            'Access-Control-Allow-Credentials': 'true',
            'Access-Control-Allow-Origin': '*',
            Connection: 'close',
            'Content-Length': length,
            'Content-Type': 'application/json',
            Date: A.string,
            'x-amz-apigw-id': A.string,
            'x-amzn-Remapped-Connection': 'keep-alive',
            'x-amzn-Remapped-Content-Length': length,
            'x-amzn-Remapped-Date': A.string,
            'x-amzn-Remapped-Server': 'gunicorn/19.9.0',
            'x-amzn-RequestId': A.uuid,
        };
        const noParam = await invoke(apiId, 'no-param', 200);
        assertLike({ headers: noParam.json().headers, body: noParam.json().data, 'response-headers': noParam.headers }, {
            body: '',
            headers: {
                Accept: 'application/json',
                'Accept-Charset': 'UTF-8',
                'Accept-Encoding': 'br',
                Age: 'request_Age',
                Authorization: 'Unauthorized',
                'Content-Length': '0',
                'Content-Type': 'application/json',
                Date: 'request_Date',
                Host: httpbin.url.slice('http://'.length),
                Pragma: 'cache',
                Range: 'bytes=500-999',
                Referer: 'https://example.com/',
                'User-Agent': 'localStack/0.0',
                Warn: '299 localStack/0.0',
                'X-Amzn-Apigateway-Api-Id': apiId,
                'X-Amzn-Trace-Id': traceId,
            },
            'response-headers': proxyAnswer,
        });
        assert.equal(noParam.headers['x-amzn-Remapped-Content-Length'], noParam.headers['Content-Length']);
        const full = await invoke(apiId, 'full', 200);
        assertLike({ headers: full.json().headers, body: full.json().data, 'response-headers': full.headers }, {
            body: '',
            headers: fullBackendHeaders(apiId, '0'),
            'response-headers': proxyAnswer,
        });
        assertLike(errorStep(await invoke(apiId, 'content-length', 500)), CONFIGURATION_ERROR);
        assertLike(errorStep(await invoke(apiId, 'transfer-encoding', 500)), CONFIGURATION_ERROR);
    });
    const AWS_SPECIAL = [
        ...HTTP_SPECIAL,
        { path: 'authorization', parameter: 'integration.request.header.Authorization' },
        { path: 'connection', parameter: 'integration.request.header.Connection' },
        { path: 'expect', parameter: 'integration.request.header.Expect' },
        { path: 'proxy-authenticate', parameter: 'integration.request.header.Proxy-Authenticate' },
        { path: 'te', parameter: 'integration.request.header.TE' },
    ];
    const ROLE = `arn:aws:iam::${ACCOUNT}:role/apigw-invoke-lambda`;
    const LAMBDA = lambdaUri(`arn:aws:lambda:us-east-1:${ACCOUNT}:function:recawsproxy`);
    async function specialCases(apiId) {
        for (const c of AWS_SPECIAL)
            assertLike(errorStep(await invoke(apiId, c.path, 500)), CONFIGURATION_ERROR);
    }
    it(rec('test_apigateway_integrations.py::TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_aws[AWS]', 'apigw-id', 'no-param-integration', 'full-integration', 'content-length', 'transfer-encoding', 'authorization', 'connection', 'expect', 'proxy-authenticate', 'te'), async () => {
        const apiId = await remappingApi('AWS', LAMBDA, ROLE, AWS_SPECIAL);
        assert.match(apiId, /^[a-z0-9]{10}$/);
        // The function (lambda_aws_proxy.py) answers {statusCode, body: its event as JSON, isBase64Encoded}; the
        // integration response passes that document through.
        const answer = {
            Connection: 'close',
            'Content-Length': length,
            'Content-Type': 'application/json',
            Date: A.string,
            'X-Amzn-Trace-Id': traceId,
            'x-amz-apigw-id': A.string,
            'x-amzn-RequestId': A.uuid,
        };
        const noParam = await invoke(apiId, 'no-param', 200);
        assertLike({ headers: noParam.json().headers ?? null, body: JSON.parse(noParam.json().body), 'response-headers': noParam.headers }, {
            body: {},
            headers: null,
            'response-headers': answer,
        });
        const full = await invoke(apiId, 'full', 200);
        assertLike({ headers: full.json().headers ?? null, body: JSON.parse(full.json().body), 'response-headers': full.headers }, {
            body: seenByTemplate(apiId),
            headers: null,
            'response-headers': fullAnswerHeaders,
        });
        await specialCases(apiId);
    });
    it(rec('test_apigateway_integrations.py::TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_aws[AWS_PROXY]', 'apigw-id', 'no-param-integration', 'full-integration', 'content-length', 'transfer-encoding', 'authorization', 'connection', 'expect', 'proxy-authenticate', 'te'), async () => {
        const apiId = await remappingApi('AWS_PROXY', LAMBDA, ROLE, AWS_SPECIAL);
        assert.match(apiId, /^[a-z0-9]{10}$/);
        const answer = {
            Connection: 'close',
            'Content-Length': length,
            'Content-Type': 'application/json',
            Date: A.string,
            'X-Amzn-Trace-Id': traceId,
            'x-amz-apigw-id': A.string,
            'x-amzn-RequestId': A.uuid,
        };
        // The event's headers: the client's that API Gateway keeps, plus its own; the full resource's
        // mappings are not applied to an AWS_PROXY event.
        const eventHeaders = {
            Accept: 'application/json',
            'Accept-Charset': 'UTF-8',
            'Accept-Encoding': 'br',
            Age: 'request_Age',
            Authorization: 'Unauthorized',
            'Content-Encoding': 'deflate',
            'Content-Type': 'application/json',
            Date: 'request_Date',
            Host: apiHost(apiId),
            Pragma: 'cache',
            Range: 'bytes=500-999',
            Referer: 'https://example.com/',
            'User-Agent': 'localStack/0.0',
            Via: 'p.example.net',
            Warn: '299 localStack/0.0',
            'X-Amzn-Trace-Id': traceId,
            'X-Forwarded-For': A.string,
            'X-Forwarded-Port': A.string,
            'X-Forwarded-Proto': A.string,
        };
        for (const path of ['no-param', 'full']) {
            const r = await invoke(apiId, path, 200);
            assertLike({ headers: r.json().headers, body: r.json().body, 'response-headers': r.headers }, { body: null, headers: eventHeaders, 'response-headers': answer });
        }
        await specialCases(apiId);
    });
});
//# sourceMappingURL=integrations-header-remapping.test.js.map