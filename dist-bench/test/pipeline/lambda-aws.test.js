/**
 * AWS (non-proxy) Lambda integrations with local functions: the request template is the payload,
 * a failed invocation's errorMessage drives selectionPattern, a successful one takes the default
 * response, response templates shape the answer (LS-snap test_apigateway_lambda
 * test_lambda_aws_integration_with_request_template, test_lambda_selection_patterns,
 * test_lambda_aws_integration_response_with_mapping_templates; SVC IntegrationResponse).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addResource, deploy, invokeUrl, newApi, putMethod, putResponse, rawRequest } from '../helpers/apis.js';
import { lambdaUri, writeFunctions } from '../helpers/functions.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
let fns;
let api;
before(async () => {
    fns = writeFunctions();
    t = await startTollgate(['--functions', fns.dir]);
    api = await newApi(t.client);
    // GET /params?param1=…: the request template builds the payload.
    const params = await addResource(t.client, api, api.root, 'params');
    await putMethod(t.client, api, params, 'GET', {
        type: 'AWS',
        integrationHttpMethod: 'POST',
        uri: lambdaUri('custom'),
        requestTemplates: { 'application/json': '{"param1": "$input.params(\'param1\')"}' },
    }, { requestParameters: { 'method.request.querystring.param1': false } });
    await putResponse(t.client, api, params, 'GET', '200', { selectionPattern: '' });
    // POST /select: errorMessage selects the response; `.*Oops.*` is a catch-all for errors only.
    const select = await addResource(t.client, api, api.root, 'select');
    await putMethod(t.client, api, select, 'POST', { type: 'AWS', integrationHttpMethod: 'POST', uri: lambdaUri('custom') });
    await putResponse(t.client, api, select, 'POST', '200', {
        responseTemplates: {
            'application/json': "#set($b = $input.path('$'))#if($b.errorMessage)unmatched: $b.errorMessage#{else}ok: $b.got.n#end",
        },
    });
    await putResponse(t.client, api, select, 'POST', '400', {
        selectionPattern: 'Bad.*',
        responseTemplates: { 'application/json': '{"error": "$input.path(\'$.errorMessage\')", "type": "$input.path(\'$.errorType\')"}' },
    });
    await putResponse(t.client, api, select, 'POST', '418', { selectionPattern: '.*teapot.*' });
    // POST /catchall: `.*` matches every error message, never a success.
    const catchall = await addResource(t.client, api, api.root, 'catchall');
    await putMethod(t.client, api, catchall, 'POST', { type: 'AWS', integrationHttpMethod: 'POST', uri: lambdaUri('custom') });
    await putResponse(t.client, api, catchall, 'POST', '200');
    await putResponse(t.client, api, catchall, 'POST', '500', {
        selectionPattern: '.*',
        responseTemplates: { 'application/json': 'failed' },
    });
    // GET /plain: no template, passthrough of an empty GET body.
    const plain = await addResource(t.client, api, api.root, 'plain');
    await putMethod(t.client, api, plain, 'GET', {
        type: 'AWS',
        integrationHttpMethod: 'POST',
        uri: lambdaUri('arn:aws:lambda:us-east-1:000000000000:function:custom'),
    });
    await putResponse(t.client, api, plain, 'GET', '200');
    // GET /timeout: a function error of its own (Sandbox.Timedout) selected by its message.
    const slow = await addResource(t.client, api, api.root, 'timeout');
    await putMethod(t.client, api, slow, 'GET', { type: 'AWS', integrationHttpMethod: 'POST', uri: lambdaUri('slow') });
    await putResponse(t.client, api, slow, 'GET', '200');
    await putResponse(t.client, api, slow, 'GET', '504', {
        selectionPattern: '.*Task timed out.*',
        responseTemplates: { 'application/json': '{"timedOut": true}' },
    });
    // POST /java: selectionPatterns are java.util.regex patterns matched against the whole errorMessage.
    const java = await addResource(t.client, api, api.root, 'java');
    await putMethod(t.client, api, java, 'POST', { type: 'AWS', integrationHttpMethod: 'POST', uri: lambdaUri('custom') });
    await putResponse(t.client, api, java, 'POST', '200', { responseTemplates: { 'application/json': 'default' } });
    await putResponse(t.client, api, java, 'POST', '401', {
        selectionPattern: '(?i).*unauthori[sz]ed.*',
        responseTemplates: { 'application/json': 'inline flag' },
    });
    await putResponse(t.client, api, java, 'POST', '409', {
        selectionPattern: 'Conflict:.*',
        responseTemplates: { 'application/json': 'one line' },
    });
    await putResponse(t.client, api, java, 'POST', '410', {
        selectionPattern: '(?s)Gone:.*',
        responseTemplates: { 'application/json': 'dotall' },
    });
    await putResponse(t.client, api, java, 'POST', '422', {
        selectionPattern: '\\p{Upper}{3}-\\p{Digit}++',
        responseTemplates: { 'application/json': 'posix class' },
    });
    await putResponse(t.client, api, java, 'POST', '423', {
        selectionPattern: '(?>Locked).*',
        responseTemplates: { 'application/json': 'atomic' },
    });
    await deploy(t.client, api);
});
after(async () => {
    await t.close();
    fns.remove();
});
const post = (path, body) => rawRequest(invokeUrl(t.app.url, api, 'dev', path), {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
});
describe('AWS (non-proxy) Lambda integration', () => {
    it('sends the rendered request template as the payload and passes the result through', async () => {
        const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/params?param1=foobar'));
        assert.equal(r.status, 200);
        assert.deepEqual(r.json(), { got: { param1: 'foobar' } });
        assert.equal(r.headers['content-type'], 'application/json');
    });
    it('an empty passthrough payload reaches the function as {}', async () => {
        const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/plain'));
        assert.deepEqual(r.json(), { got: {} });
    });
    it('selects the integration response by errorMessage; a success takes the default even when an error pattern would match', async () => {
        const ok = await post('/select', { n: 7 });
        assert.deepEqual([ok.status, ok.text], [200, 'ok: 7']);
        const bad = await post('/select', { fail: 'Bad input: n' });
        assert.equal(bad.status, 400);
        assert.deepEqual(bad.json(), { error: 'Bad input: n', type: 'Error' });
        const teapot = await post('/select', { fail: 'I am a teapot' });
        assert.equal(teapot.status, 418);
        assert.equal(teapot.json().errorMessage, 'I am a teapot'); // no template: the error payload passes through
        // An error no pattern matches falls to the default response, with AWS's 200.
        const other = await post('/select', { fail: 'Something else' });
        assert.deepEqual([other.status, other.text], [200, 'unmatched: Something else']);
        const success = await post('/catchall', { n: 1 });
        assert.deepEqual([success.status, success.json()], [200, { got: { n: 1 } }]);
        const failure = await post('/catchall', { fail: 'anything' });
        assert.deepEqual([failure.status, failure.text], [500, 'failed']);
    });
    it('selectionPattern is a Java regex: inline flags, POSIX classes, possessive quantifiers; `.` stops at a newline; an untranslatable one never matches', async () => {
        const cases = [
            ['Request was UNAUTHORIZED here', 401, 'inline flag'],
            ['Conflict: one line', 409, 'one line'],
            // SVC IntegrationResponse.selectionPattern: `.+` does not match an error message with a newline.
            ['Conflict: two\nlines', 200, 'default'],
            ['Gone: two\nlines', 410, 'dotall'],
            ['ABC-123', 422, 'posix class'],
            ['abc-123', 200, 'default'],
            // Atomic groups cannot be translated: the pattern is kept and never matches (no 500).
            ['Locked out', 200, 'default'],
        ];
        for (const [message, status, text] of cases) {
            const r = await post('/java', { fail: message });
            assert.deepEqual([r.status, r.text], [status, text], message);
        }
    });
    it('a function timeout is an error like any other: selected by "Task timed out"', async () => {
        const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/timeout'));
        assert.equal(r.status, 504);
        assert.deepEqual(r.json(), { timedOut: true });
    });
});
//# sourceMappingURL=lambda-aws.test.js.map