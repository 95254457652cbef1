/**
 * Replays test_apigateway_common.py::TestApiGatewayCommon::test_invocation_trace_id (recorded against
 * AWS): which answers carry an X-Amzn-Trace-Id, and what becomes of the client's own. The recorded
 * function (LocalStack's lambda_aws_proxy) answers its event as the body; here it is a local function
 * doing the same.
 *
 * The recording is of an edge API behind CloudFront: `via`, `x-amz-cf-id`, `x-amz-cf-pop` and
 * `x-cache` are CloudFront's, not API Gateway's, and are left out of the header sets compared.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { addResource, deploy, invokeUrl, newApi, putMethod, putResponse } from '../helpers/apis.js';
import { lambdaUri, writeFunctions } from '../helpers/functions.js';
import { A, assertLike, rec } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
let fns;
let api;
/** LocalStack's lambda_aws_proxy: `{statusCode: 200, body: json.dumps(event), isBase64Encoded: false}`. */
const AWS_PROXY_ECHO = `
export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify(event), isBase64Encoded: false });`;
before(async () => {
    fns = writeFunctions({ 'trace-echo.mjs': AWS_PROXY_ECHO }, {});
    t = await startTollgate(['--functions', fns.dir]);
    api = await newApi(t.client, { name: 'test trace id' });
    const path = await addResource(t.client, api, api.root, 'path');
    await putMethod(t.client, api, path, 'GET', { type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } });
    await putResponse(t.client, api, path, 'GET', '200', {
        selectionPattern: '',
        responseTemplates: { 'application/json': JSON.stringify({ statusCode: 200 }) },
    });
    const proxy = await addResource(t.client, api, api.root, '{proxy+}');
    await putMethod(t.client, api, proxy, 'ANY', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri('trace-echo') });
    await deploy(t.client, api, 'dev');
});
after(async () => {
    await t.close();
    fns.remove();
});
const FULL_TRACE = 'Root=1-3152b799-8954dae64eda91bc9a23a7e8;Parent=7fa8c0f79203be72;Sampled=1';
const ROOT_ONLY = 'Root=1-3152b799-8954dae64eda91bc9a23a7e8';
const GENERATED = /^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/;
/** The answer's headers, lower-cased, as the recorded test collected them (requests, keep-alive). */
async function invoke(path, headers = {}) {
    const res = await fetch(invokeUrl(t.app.url, api, 'dev', path), { headers });
    assert.equal(res.status, 200);
    const out = {};
    res.headers.forEach((v, k) => {
        out[k] = v;
    });
    return { headers: out, body: await res.json() };
}
const BASE = {
    connection: 'keep-alive',
    'content-length': A.match(/^\d+$/),
    'content-type': 'application/json',
    date: A.string,
    'x-amz-apigw-id': A.string,
    'x-amzn-requestid': A.uuid,
};
it(rec('test_apigateway_common.py::TestApiGatewayCommon::test_invocation_trace_id', 'normal-req-headers-MOCK', 'trace-id-req-headers-MOCK'), async () => {
    // A MOCK answer has no X-Amzn-Trace-Id, even when the client sent one.
    assertLike((await invoke('/path')).headers, BASE);
    assertLike((await invoke('/path', { 'x-amzn-trace-id': FULL_TRACE })).headers, BASE);
});
it(rec('test_apigateway_common.py::TestApiGatewayCommon::test_invocation_trace_id', 'normal-req-headers-AWS_PROXY', 'trace-id-req-headers-AWS_PROXY', 'trace-id-small-req-headers-AWS_PROXY'), async () => {
    // A Lambda proxy answer has one: API Gateway's own when the client sent none ...
    const normal = await invoke('/proxy-value');
    assertLike(normal.headers, { ...BASE, 'x-amzn-trace-id': A.match(GENERATED) });
    assert.equal(normal.body.headers['X-Amzn-Trace-Id'], normal.headers['x-amzn-trace-id'], 'the function saw the same id');
    // ... the client's whole when it names its Parent ...
    const full = await invoke('/proxy-value', { 'x-amzn-trace-id': FULL_TRACE });
    assertLike(full.headers, { ...BASE, 'x-amzn-trace-id': A.any });
    assert.ok(full.headers['x-amzn-trace-id'].includes(FULL_TRACE));
    assert.equal(full.headers['x-amzn-trace-id'].split(';')[1], 'Parent=7fa8c0f79203be72');
    assert.equal(full.body.headers['x-amzn-trace-id'], full.headers['x-amzn-trace-id'], 'the function saw the same id');
    // ... and a Root-only one completed with a generated Parent (and Sampled=0).
    const small = await invoke('/proxy-value', { 'x-amzn-trace-id': ROOT_ONLY });
    assertLike(small.headers, { ...BASE, 'x-amzn-trace-id': A.any });
    assert.ok(small.headers['x-amzn-trace-id'].startsWith(ROOT_ONLY));
    const parts = small.headers['x-amzn-trace-id'].split(';');
    assert.notEqual(parts[1], 'Parent=7fa8c0f79203be72');
    assert.match(parts[1], /^Parent=[0-9a-f]{16}$/);
    assert.equal(parts[2], 'Sampled=0');
    assert.equal(small.body.headers['x-amzn-trace-id'], small.headers['x-amzn-trace-id'], 'the function saw the same id');
});
//# sourceMappingURL=common-trace-id.test.js.map