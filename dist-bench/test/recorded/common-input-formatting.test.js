/**
 * Replays test_apigateway_common.py::TestApiGatewayCommon::test_input_path_template_formatting and
 * test_input_body_formatting (recorded against AWS): how `$input.path` values and `$input.body` render
 * in request and response templates of HTTP integrations.
 *
 * The recorded backends were an httpbin-style `/post` echo (the request's JSON back under `json`, null
 * when there is none) and a Lambda function URL answering `event.get("body", "")` (the request body
 * back, as it came, with Content-Type application/json); here both are local HTTP servers doing the same.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { addResource, deploy, invokeUrl, newApi, putMethod, putResponse, rawRequest } from '../helpers/apis.js';
import { rec } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
const servers = [];
async function serve(answer) {
    const server = createServer((req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
            const out = Buffer.from(answer(Buffer.concat(chunks).toString('utf8')));
            res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': out.length });
            res.end(out);
        });
    });
    servers.push(server);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${server.address().port}/`;
}
/** httpbin's /post: the parsed JSON body under `json` (null when there is none or it is not JSON). */
function httpbinPost(body) {
    let json;
    try {
        json = body ? JSON.parse(body) : null;
    }
    catch {
        json = null;
    }
    return JSON.stringify({ args: {}, data: body, json });
}
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
    for (const s of servers) {
        s.closeAllConnections();
        s.close();
    }
});
/** An HTTP integration (POST) with a 200 response rendering `responseTemplate` (and an optional request template). */
async function route(api, path, uri, responseTemplate, requestTemplate) {
    const id = await addResource(t.client, api, api.root, path);
    await putMethod(t.client, api, id, 'POST', {
        type: 'HTTP',
        integrationHttpMethod: 'POST',
        uri,
        requestTemplates: requestTemplate === undefined ? undefined : { 'application/json': requestTemplate },
    }, { apiKeyRequired: false });
    await putResponse(t.client, api, id, 'POST', '200', {
        selectionPattern: '',
        responseTemplates: { 'application/json': responseTemplate },
    });
}
/** What Python's `requests.post(url, json=value)` sends: json.dumps's `", "` and `": "` separators. */
function pyJson(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return `[${value.map(pyJson).join(', ')}]`;
    if (typeof value === 'object')
        return `{${Object.entries(value)
            .map(([k, v]) => `${JSON.stringify(k)}: ${pyJson(v)}`)
            .join(', ')}}`;
    return JSON.stringify(value);
}
describe('$input.path formatting', () => {
    let api;
    const post = async (path, json) => {
        const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', `/${path}`), json === undefined ? { method: 'POST' } : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: pyJson(json) });
        assert.equal(r.status, 200, r.text);
        return r.text;
    };
    const CHECKS = '{"body": $result, "nested": $result.nested, "isNull": #if( $result == $null )"true"#else"false"#end, "isEmptyString": #if( $result == "" )"true"#else"false"#end}';
    before(async () => {
        const echo = await serve(httpbinPost);
        api = await newApi(t.client);
        await route(api, 'path', echo, '#set($result = $input.path("$.json"))$result');
        await route(api, 'nested', echo, '#set($result = $input.path("$.json"))$result.nested');
        await route(api, 'list', echo, '#set($result = $input.path("$.json"))$result[0]');
        await route(api, 'to-string', echo, '#set($result = $input.path("$.json"))$result.toString()');
        await route(api, 'invalid-path', echo, `#set($result = $input.path("$.nonExisting"))${CHECKS}`);
        await route(api, 'nested-list', echo, `#set($result = $input.path("$.json.listValue"))${CHECKS}`);
        await deploy(t.client, api, 'dev');
    });
    it(rec('test_apigateway_common.py::TestApiGatewayCommon::test_input_path_template_formatting', 'dict-response', 'json-list', 'nested-dict', 'nested-list', 'dict-in-list', 'list-with-nested-list', 'dict-with-nested-list', 'bigger-dict', 'to-string', 'list-to-string'), async () => {
        // A map prints as Java's {k=v}, a list as JSON (json-smart), a map inside a list as JSON too.
        assert.equal(await post('path', { foo: 'bar' }), '{foo=bar}');
        assert.equal(await post('path', [{ foo: 'bar' }]), '[{"foo":"bar"}]');
        assert.equal(await post('nested', { nested: { foo: 'bar' } }), '{foo=bar}');
        assert.equal(await post('nested', { nested: [{ foo: 'bar' }] }), '[{"foo":"bar"}]');
        assert.equal(await post('list', [{ foo: 'bar' }]), '{foo=bar}');
        assert.equal(await post('list', [[{ foo: 'bar' }]]), '[{"foo":"bar"}]');
        assert.equal(await post('path', { foo: [{ nested: 'bar' }] }), '{foo=[{"nested":"bar"}]}');
        assert.equal(await post('path', { bigger: 'dict', to: 'test', with: 'separators' }), '{bigger=dict, to=test, with=separators}');
        assert.equal(await post('to-string', { foo: 'bar' }), '{foo=bar}');
        assert.equal(await post('to-string', { list: [{ foo: 'bar' }] }), '{list=[{"foo":"bar"}]}');
    });
    it(rec('test_apigateway_common.py::TestApiGatewayCommon::test_input_path_template_formatting', 'empty-body', 'nested-empty-list', 'nested-null-list'), async () => {
        // A null renders as nothing and equals both $null and ""; an empty list equals neither.
        assert.equal(await post('invalid-path'), '{"body": , "nested": , "isNull": "true", "isEmptyString": "true"}');
        assert.equal(await post('nested-list', { listValue: [] }), '{"body": [], "nested": , "isNull": "false", "isEmptyString": "false"}');
        assert.equal(await post('nested-list', { listValue: null }), '{"body": , "nested": , "isNull": "true", "isEmptyString": "true"}');
    });
});
describe('$input.body formatting', () => {
    let api;
    const RAW_BODY = '#set($result = $input.body)$result';
    const BODY_IN_STR = 'Action=SendMessage&MessageBody=$input.body';
    const ATTR_ACCESS = '#set($result = $input.body.testAccess)$result';
    const URL_ENCODE = 'EncodedBody=$util.urlEncode($input.body)&EncodedBodyAccess=$util.urlEncode($input.body.testAccess)';
    before(async () => {
        const echo = await serve((body) => body); // the Lambda function URL: event["body"] back
        api = await newApi(t.client);
        await route(api, 'raw-body', echo, RAW_BODY, RAW_BODY);
        await route(api, 'str-body-input', echo, RAW_BODY, BODY_IN_STR);
        await route(api, 'str-body-output', echo, BODY_IN_STR, RAW_BODY);
        await route(api, 'str-body-all', echo, BODY_IN_STR, BODY_IN_STR);
        await route(api, 'body-attr-access', echo, RAW_BODY, ATTR_ACCESS);
        await route(api, 'url-encode', echo, RAW_BODY, URL_ENCODE);
        await deploy(t.client, api, 'dev');
    });
    /** The recorded trio: no body, `{"some": "value"}`, and `some raw data`, each as application/json. */
    async function trio(path) {
        const out = {};
        for (const [name, body] of [
            ['empty-body', undefined],
            ['json-body', '{"some": "value"}'],
            ['str-body', 'some raw data'],
        ]) {
            const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', `/${path}`), {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body,
            });
            assert.equal(r.status, 200, `${path} ${name}: ${r.text}`);
            out[name] = r.text;
        }
        return out;
    }
    it(rec('test_apigateway_common.py::TestApiGatewayCommon::test_input_body_formatting', 'response-raw-body', 'response-str-body-input', 'response-str-body-output', 'response-str-body-all', 'response-body-attr-access', 'response-url-encode'), async () => {
        assert.deepEqual(await trio('raw-body'), { 'empty-body': '{}', 'json-body': '{"some": "value"}', 'str-body': 'some raw data' });
        assert.deepEqual(await trio('str-body-input'), {
            'empty-body': 'Action=SendMessage&MessageBody={}',
            'json-body': 'Action=SendMessage&MessageBody={"some": "value"}',
            'str-body': 'Action=SendMessage&MessageBody=some raw data',
        });
        assert.deepEqual(await trio('str-body-output'), {
            'empty-body': 'Action=SendMessage&MessageBody={}',
            'json-body': 'Action=SendMessage&MessageBody={"some": "value"}',
            'str-body': 'Action=SendMessage&MessageBody=some raw data',
        });
        assert.deepEqual(await trio('str-body-all'), {
            'empty-body': 'Action=SendMessage&MessageBody=Action=SendMessage&MessageBody={}',
            'json-body': 'Action=SendMessage&MessageBody=Action=SendMessage&MessageBody={"some": "value"}',
            'str-body': 'Action=SendMessage&MessageBody=Action=SendMessage&MessageBody=some raw data',
        });
        // `$input.body` is a String: `.testAccess` is nothing, the backend gets an empty body, and an
        // empty body reads as {} in the response template.
        assert.deepEqual(await trio('body-attr-access'), { 'empty-body': '{}', 'json-body': '{}', 'str-body': '{}' });
        assert.deepEqual(await trio('url-encode'), {
            'empty-body': 'EncodedBody=%7B%7D&EncodedBodyAccess=',
            'json-body': 'EncodedBody=%7B%22some%22%3A+%22value%22%7D&EncodedBodyAccess=',
            'str-body': 'EncodedBody=some+raw+data&EncodedBodyAccess=',
        });
    });
});
//# sourceMappingURL=common-input-formatting.test.js.map