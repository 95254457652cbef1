/**
 * The remote invoker against a real Lambda Invoke API: a SECOND Tollgate process (`tollgate serve
 * --functions DIR`, spawned) serves its local functions on /2015-03-31/functions/…/invocations, and
 * this Tollgate calls it through @aws-sdk/client-lambda (`--lambda-endpoint URL`, credentials from
 * the SDK's standard chain — here the environment). Functions this Tollgate has locally stay local.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addResource, deploy, invokeUrl, newApi, putMethod, putResponse, rawRequest } from '../helpers/apis.js';
import { lambdaUri, writeFunctions } from '../helpers/functions.js';
import { freePort, killAll, spawnTollgate } from '../helpers/process.js';
import { startTollgate } from '../helpers/tollgate.js';
let remote;
let remoteFns;
let localFns;
let t;
let api;
const WHO = (who) => `export const handler = async () => ({ statusCode: 200, body: '${who}' });`;
before(async () => {
    remoteFns = writeFunctions({ 'who.mjs': WHO('remote'), 'remoteonly.mjs': WHO('remote only') });
    localFns = writeFunctions({ 'who.mjs': WHO('local') }, {});
    remote = await spawnTollgate({ port: await freePort(), args: ['--memory', '--log-level', 'warn', '--functions', remoteFns.dir] });
    // The SDK's default credential chain: the environment comes first.
    process.env.AWS_ACCESS_KEY_ID = 'AKIDREMOTE';
    process.env.AWS_SECRET_ACCESS_KEY = 'remote-secret';
    // Only `who` and the fixtures exist here; `remoteonly` exists only in the second process.
    t = await startTollgate(['--lambda-endpoint', remote.url, '--functions', localFns.dir]);
    api = await newApi(t.client);
    const proxy = await addResource(t.client, api, api.root, '{fn}');
    await putMethod(t.client, api, proxy, 'ANY', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri('${stageVariables.fn}') }, { requestParameters: { 'method.request.path.fn': true } });
    const custom = await addResource(t.client, api, api.root, 'custom');
    await putMethod(t.client, api, custom, 'POST', {
        type: 'AWS',
        integrationHttpMethod: 'POST',
        uri: lambdaUri('arn:aws:lambda:eu-west-1:000000000000:function:custom'),
    });
    await putResponse(t.client, api, custom, 'POST', '200');
    await putResponse(t.client, api, custom, 'POST', '400', {
        selectionPattern: 'Bad.*',
        responseTemplates: { 'application/json': '{"error":"$input.path(\'$.errorMessage\')"}' },
    });
    await deploy(t.client, api, 'remote', { fn: 'remoteonly' });
    await deploy(t.client, api, 'who', { fn: 'who' });
    await deploy(t.client, api, 'echo', { fn: 'arn:aws:lambda:eu-west-1:000000000000:function:echo' });
    await deploy(t.client, api, 'missing', { fn: 'nosuchfunction' });
    await deploy(t.client, api, 'boom', { fn: 'boom' });
});
after(async () => {
    await t?.close();
    await remote?.stop().catch(() => undefined);
    await killAll();
    remoteFns?.remove();
    localFns?.remove();
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
});
describe('remote Lambda Invoke API', () => {
    it('runs a function only the remote endpoint has, through AWS_PROXY', async () => {
        const r = await rawRequest(invokeUrl(t.app.url, api, 'remote', '/x'));
        assert.equal(r.status, 200);
        assert.equal(r.text, 'remote only');
    });
    it('prefers a local function of the same name', async () => {
        const r = await rawRequest(invokeUrl(t.app.url, api, 'who', '/x'));
        assert.equal(r.text, 'local');
    });
    it('passes the proxy event, by full ARN (the region comes from the ARN)', async () => {
        const r = await rawRequest(invokeUrl(t.app.url, api, 'echo', '/hello?a=1'), {
            method: 'POST',
            body: '{"k":"v"}',
            headers: { 'Content-Type': 'application/json' },
        });
        assert.equal(r.status, 200);
        assert.equal(r.headers['x-function'], 'echo');
        const event = r.json();
        assert.equal(event.httpMethod, 'POST');
        assert.equal(event.path, '/hello');
        assert.deepEqual(event.queryStringParameters, { a: '1' });
        assert.equal(event.body, '{"k":"v"}');
    });
    it('a remote function error: AWS_PROXY 502', async () => {
        const proxy = await rawRequest(invokeUrl(t.app.url, api, 'boom', '/x'));
        assert.equal(proxy.status, 502);
        assert.deepEqual(proxy.json(), { message: 'Internal server error' });
    });
    it('a function that exists nowhere: 500 Internal server error (the remote said ResourceNotFoundException)', async () => {
        const r = await rawRequest(invokeUrl(t.app.url, api, 'missing', '/x'));
        assert.equal(r.status, 500);
        assert.deepEqual(r.json(), { message: 'Internal server error' });
        assert.equal(r.headers['x-amzn-errortype'], 'InternalServerErrorException');
    });
    it('non-proxy AWS integration to a remote function ARN: payload, default response, errorMessage selection', async () => {
        const url = invokeUrl(t.app.url, api, 'remote', '/custom');
        const ok = await rawRequest(url, { method: 'POST', body: '{"n":1}', headers: { 'Content-Type': 'application/json' } });
        assert.equal(ok.status, 200);
        assert.deepEqual(ok.json(), { got: { n: 1 } });
        const bad = await rawRequest(url, { method: 'POST', body: '{"fail":"Bad thing"}', headers: { 'Content-Type': 'application/json' } });
        assert.equal(bad.status, 400);
        assert.deepEqual(bad.json(), { error: 'Bad thing' });
    });
    it('a remote endpoint that does not answer: 502', async () => {
        const dead = await startTollgate(['--lambda-endpoint', `http://127.0.0.1:${await freePort()}`]);
        try {
            const a = await newApi(dead.client);
            await putMethod(dead.client, a, a.root, 'GET', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri('anything') });
            await deploy(dead.client, a);
            const r = await rawRequest(invokeUrl(dead.app.url, a, 'dev', '/'));
            assert.equal(r.status, 502);
            assert.deepEqual(r.json(), { message: 'Internal server error' });
        }
        finally {
            await dead.close();
        }
    });
});
//# sourceMappingURL=remote.test.js.map