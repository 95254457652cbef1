/**
 * Binary payloads for every integration type (DG:api-gateway-payload-encodings-workflow; aws-behavior.md
 * "Binary and contentHandling"): a PNG goes in and comes out byte for byte through AWS_PROXY, MOCK,
 * HTTP and HTTP_PROXY; contentHandling and the first Accept type convert as AWS's table says.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { UpdateIntegrationCommand, UpdateRestApiCommand } from '@aws-sdk/client-api-gateway';
import { addResource, deploy, invokeUrl, newApi, putMethod, putResponse, rawRequest } from '../helpers/apis.js';
import { lambdaUri, writeFunctions } from '../helpers/functions.js';
import { startTollgate } from '../helpers/tollgate.js';
/** A 1×1 PNG: bytes that are not valid UTF-8, so any text round trip would corrupt them. */
const PNG_B64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const PNG = Buffer.from(PNG_B64, 'base64');
let t;
let fns;
let backend;
let backendUrl;
before(async () => {
    fns = writeFunctions();
    t = await startTollgate(['--functions', fns.dir]);
    // /echo answers the received bytes with the received Content-Type; /info describes what arrived.
    backend = createServer((req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
            const body = Buffer.concat(chunks);
            if (req.url.startsWith('/info')) {
                res.writeHead(200, { 'Content-Type': 'application/json' });
                res.end(JSON.stringify({ contentType: req.headers['content-type'], base64: body.toString('base64') }));
                return;
            }
            res.writeHead(200, { 'Content-Type': req.headers['content-type'] ?? 'application/octet-stream' });
            res.end(body);
        });
    });
    await new Promise((resolve) => backend.listen(0, '127.0.0.1', resolve));
    backendUrl = `http://127.0.0.1:${backend.address().port}`;
});
after(async () => {
    await t.close();
    fns.remove();
    backend.closeAllConnections();
    await new Promise((resolve) => backend.close(() => resolve()));
});
const png = (url, accept = 'image/png') => rawRequest(url, { method: 'POST', body: PNG, headers: { 'Content-Type': 'image/png', Accept: accept } });
describe('AWS_PROXY', () => {
    let api;
    before(async () => {
        api = await newApi(t.client, { binaryMediaTypes: ['image/png'] });
        const img = await addResource(t.client, api, api.root, 'img');
        await putMethod(t.client, api, img, 'POST', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri('binary') });
        const event = await addResource(t.client, api, api.root, 'event');
        await putMethod(t.client, api, event, 'POST', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri('echo') });
        const raw = await addResource(t.client, api, api.root, 'raw');
        await putMethod(t.client, api, raw, 'POST', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri('raw') });
        await deploy(t.client, api);
    });
    it('PNG in, PNG out', async () => {
        const r = await png(invokeUrl(t.app.url, api, 'dev', '/img'));
        assert.equal(r.status, 200);
        assert.equal(r.headers['content-type'], 'image/png');
        assert.ok(r.body.equals(PNG), 'the same bytes');
    });
    it('a binary request body reaches Lambda base64-encoded with isBase64Encoded:true; text does not', async () => {
        const bin = (await png(invokeUrl(t.app.url, api, 'dev', '/event'), 'application/json')).json();
        assert.equal(bin.isBase64Encoded, true);
        assert.equal(bin.body, PNG_B64);
        const text = (await rawRequest(invokeUrl(t.app.url, api, 'dev', '/event'), {
            method: 'POST',
            body: 'héllo',
            headers: { 'Content-Type': 'text/plain' },
        })).json();
        assert.equal(text.isBase64Encoded, false);
        assert.equal(text.body, 'héllo');
    });
    // The response's own type does not count (AWS-validated: LS test_apigateway_lambda.py::test_aws_proxy_binary_response,
    // "ContentType does not matter at all"); this test used to assert it did.
    it('isBase64Encoded:true is decoded only for a binary Accept type', async () => {
        const answer = (accept, contentType) => rawRequest(invokeUrl(t.app.url, api, 'dev', '/raw'), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Accept: accept },
            body: JSON.stringify({ statusCode: 200, isBase64Encoded: true, body: 'aGVsbG8=', headers: { 'Content-Type': contentType } }),
        });
        assert.equal((await answer('text/plain', 'text/plain')).text, 'aGVsbG8=');
        assert.equal((await answer('image/png', 'text/plain')).text, 'hello');
        assert.equal((await answer('text/plain', 'image/png')).text, 'aGVsbG8=');
    });
});
describe('AWS_PROXY: which answers are decoded (the AWS-validated assertions of LS test_apigateway_lambda.py::test_aws_proxy_binary_response)', () => {
    const IMAGE_B64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/wIAAgkBAyMAlYwAAAAASUVORK5CYII=';
    const IMAGE = Buffer.from(IMAGE_B64, 'base64');
    let api;
    let answer;
    /** Whether the client got the image's bytes (true), its base64 text (false), or neither (an Error). */
    const binary = async (stage, accept) => {
        const r = await rawRequest(invokeUrl(t.app.url, api, stage, '/test'), {
            method: 'POST',
            body: JSON.stringify(answer),
            headers: { 'User-Agent': 'python/test', ...(accept ? { Accept: accept } : {}) },
        });
        assert.equal(r.status, 200, r.text);
        if (r.body.equals(IMAGE))
            return true;
        assert.equal(r.text, IMAGE_B64);
        return false;
    };
    const patch = (patchOperations) => t.client.send(new UpdateRestApiCommand({ restApiId: api.id, patchOperations }));
    before(async () => {
        api = await newApi(t.client);
        const proxy = await addResource(t.client, api, api.root, '{proxy+}');
        await putMethod(t.client, api, proxy, 'ANY', {
            type: 'AWS_PROXY',
            integrationHttpMethod: 'POST',
            uri: lambdaUri('recresponsefrombody'),
        });
        await deploy(t.client, api, 'test');
        await patch([
            { op: 'add', path: '/binaryMediaTypes/image~1png' },
            { op: 'add', path: '/binaryMediaTypes/*~1test' },
        ]);
        await deploy(t.client, api, 'test2');
        await patch([
            { op: 'add', path: '/binaryMediaTypes/application~1*' },
            { op: 'add', path: '/binaryMediaTypes/image~1jpg' },
            { op: 'remove', path: '/binaryMediaTypes/*~1test' },
        ]);
        await deploy(t.client, api, 'test3');
    });
    it('without binaryMediaTypes nothing is decoded; then only the first Accept type decides, exactly or by a right-hand wildcard', async () => {
        answer = {
            statusCode: 200,
            body: IMAGE_B64,
            isBase64Encoded: true,
            headers: { 'Content-Type': 'image/png', 'Cache-Control': 'no-cache' },
        };
        assert.equal(await binary('test', 'image/png'), false);
        assert.equal(await binary('test2', 'image/png'), true);
        for (const accept of ['image/jpg', 'image/*', '*/test', 'random/test', '*/*', 'image/webp,image/png,*/*;q=0.8'])
            assert.equal(await binary('test2', accept), false, accept);
        assert.equal(await binary('test2', 'image/png,image/*,*/*;q=0.8'), true);
        answer.isBase64Encoded = false;
        assert.equal(await binary('test2', 'image/png'), false);
    });
    it("the answer's Content-Type does not count; no Accept or a bad one is text; a body that is not base64 is 500", async () => {
        answer = { statusCode: 200, body: IMAGE_B64, isBase64Encoded: true, headers: { 'Content-Type': 'application/test' } };
        for (const accept of ['application/whatever', 'application/test', 'application/*'])
            assert.equal(await binary('test3', accept), true, accept);
        answer.headers['Content-Type'] = 'image/png';
        assert.equal(await binary('test3', 'image/jpg'), true);
        answer.headers['Content-Type'] = 'application/whatever';
        assert.equal(await binary('test3', 'image/png'), true);
        delete answer.headers['Content-Type'];
        assert.equal(await binary('test3', 'image/png'), true);
        assert.equal(await binary('test3', 'application'), false);
        assert.equal(await binary('test3'), false);
        answer.body = 'èé+à)(';
        const bad = await rawRequest(invokeUrl(t.app.url, api, 'test3', '/test'), {
            method: 'POST',
            body: JSON.stringify(answer),
            headers: { Accept: 'image/png' },
        });
        assert.equal(bad.status, 500);
    });
});
describe('MOCK', () => {
    let api;
    before(async () => {
        api = await newApi(t.client, { binaryMediaTypes: ['image/*'] });
        const plain = await addResource(t.client, api, api.root, 'plain');
        const convert = await addResource(t.client, api, api.root, 'convert');
        for (const [res, contentHandling] of [
            [plain, undefined],
            [convert, 'CONVERT_TO_BINARY'],
        ]) {
            await putMethod(t.client, api, res, 'GET', { requestTemplates: { 'application/json': '{"statusCode": 200}' } });
            await putResponse(t.client, api, res, 'GET', '200', {
                contentHandling,
                responseTemplates: { 'application/json': PNG_B64 },
                responseParameters: { 'method.response.header.Content-Type': "'image/png'" },
            });
        }
        await deploy(t.client, api);
    });
    it('text (base64) with a binary Accept type → the decoded blob; with a text Accept type → the text', async () => {
        const bin = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/plain'), { headers: { Accept: 'image/png, application/json' } });
        assert.ok(bin.body.equals(PNG));
        const text = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/plain'), { headers: { Accept: 'application/json, image/png' } });
        assert.equal(text.text, PNG_B64);
    });
    it('CONVERT_TO_BINARY decodes whatever the Accept type', async () => {
        const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/convert'), { headers: { Accept: 'application/json' } });
        assert.equal(r.headers['content-type'], 'image/png');
        assert.ok(r.body.equals(PNG));
    });
});
describe('HTTP and HTTP_PROXY', () => {
    let api;
    let toText;
    let toBinary;
    before(async () => {
        api = await newApi(t.client, { binaryMediaTypes: ['image/png'] });
        const echo = await addResource(t.client, api, api.root, 'echo');
        await putMethod(t.client, api, echo, 'POST', { type: 'HTTP', integrationHttpMethod: 'POST', uri: `${backendUrl}/echo` });
        await putResponse(t.client, api, echo, 'POST', '200', {
            responseParameters: { 'method.response.header.Content-Type': 'integration.response.header.Content-Type' },
        });
        const proxy = await addResource(t.client, api, api.root, 'proxy');
        await putMethod(t.client, api, proxy, 'POST', { type: 'HTTP_PROXY', integrationHttpMethod: 'POST', uri: `${backendUrl}/echo` });
        toText = await addResource(t.client, api, api.root, 'totext');
        await putMethod(t.client, api, toText, 'POST', {
            type: 'HTTP',
            integrationHttpMethod: 'POST',
            uri: `${backendUrl}/info`,
            contentHandling: 'CONVERT_TO_TEXT',
        });
        await putResponse(t.client, api, toText, 'POST', '200');
        toBinary = await addResource(t.client, api, api.root, 'tobinary');
        await putMethod(t.client, api, toBinary, 'POST', { type: 'HTTP_PROXY', integrationHttpMethod: 'POST', uri: `${backendUrl}/info` });
        await t.client.send(new UpdateIntegrationCommand({
            restApiId: api.id,
            resourceId: toBinary,
            httpMethod: 'POST',
            patchOperations: [{ op: 'replace', path: '/contentHandling', value: 'CONVERT_TO_BINARY' }],
        }));
        await deploy(t.client, api);
    });
    it('HTTP: PNG in, PNG out for a binary Accept type; base64 text for a text one', async () => {
        const bin = await png(invokeUrl(t.app.url, api, 'dev', '/echo'));
        assert.equal(bin.status, 200);
        assert.equal(bin.headers['content-type'], 'image/png');
        assert.ok(bin.body.equals(PNG));
        const text = await png(invokeUrl(t.app.url, api, 'dev', '/echo'), 'application/json');
        assert.equal(text.text, PNG_B64);
    });
    it('HTTP_PROXY: PNG in, PNG out', async () => {
        const r = await png(invokeUrl(t.app.url, api, 'dev', '/proxy'), 'text/html');
        assert.equal(r.status, 200);
        assert.ok(r.body.equals(PNG));
    });
    it('contentHandling CONVERT_TO_TEXT sends binary as base64 text; CONVERT_TO_BINARY decodes text, and refuses bad base64', async () => {
        const asText = (await png(invokeUrl(t.app.url, api, 'dev', '/totext'), 'application/json')).json();
        assert.equal(Buffer.from(asText.base64, 'base64').toString('latin1'), PNG_B64);
        const asBinary = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/tobinary'), {
            method: 'POST',
            body: PNG_B64,
            headers: { 'Content-Type': 'text/plain' },
        });
        assert.equal(asBinary.json().base64, PNG_B64);
        const bad = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/tobinary'), {
            method: 'POST',
            body: 'not base64!',
            headers: { 'Content-Type': 'text/plain' },
        });
        assert.equal(bad.status, 500);
        assert.deepEqual(bad.json(), { message: 'Internal server error' });
    });
});
//# sourceMappingURL=binary.test.js.map