/**
 * Access logs (DG:set-up-logging): a stage's accessLogSettings.format rendered with `$context`
 * variables for every request — answered by the integration or by the gateway — written to the
 * file mapped to the destination ARN (`--access-log ARN=PATH`), else to stdout.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { UpdateStageCommand } from '@aws-sdk/client-api-gateway';
import { addResource, deploy, invokeUrl, newApi, putMethod, putResponse, rawRequest } from '../helpers/apis.js';
import { lambdaUri, writeFunctions } from '../helpers/functions.js';
import { startTollgate } from '../helpers/tollgate.js';
const ARN = 'arn:aws:logs:us-east-1:000000000000:log-group:api-access';
const FORMAT = '$context.requestId $context.httpMethod $context.resourcePath $context.path $context.status $context.responseLength ' +
    '$context.error.responseType $context.integrationStatus $context.identity.sourceIp "$context.requestTime" $context.stage $context.integration.latency';
let t;
let fns;
let dir;
let api;
let file;
before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tollgate-access-'));
    file = join(dir, 'access.log');
    fns = writeFunctions();
    t = await startTollgate(['--functions', fns.dir, '--access-log', `${ARN}=${file}`]);
    api = await newApi(t.client);
    await putMethod(t.client, api, api.root, 'GET', { requestTemplates: { 'application/json': '{"statusCode": 200}' } });
    await putResponse(t.client, api, api.root, 'GET', '200', { responseTemplates: { 'application/json': 'hello' } });
    const fn = await addResource(t.client, api, api.root, 'fn');
    await putMethod(t.client, api, fn, 'POST', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri('echo') });
    await deploy(t.client, api, 'logged');
    await deploy(t.client, api, 'stdout');
    await deploy(t.client, api, 'silent');
    await t.client.send(new UpdateStageCommand({
        restApiId: api.id,
        stageName: 'logged',
        patchOperations: [
            { op: 'add', path: '/accessLogSettings/destinationArn', value: ARN },
            { op: 'add', path: '/accessLogSettings/format', value: FORMAT },
        ],
    }));
    await t.client.send(new UpdateStageCommand({
        restApiId: api.id,
        stageName: 'stdout',
        patchOperations: [
            { op: 'add', path: '/accessLogSettings/destinationArn', value: 'arn:aws:logs:us-east-1:000000000000:log-group:unmapped' },
            { op: 'add', path: '/accessLogSettings/format', value: '{"requestId":"$context.requestId","status":"$context.status"}' },
        ],
    }));
});
after(async () => {
    await t.close();
    fns.remove();
    rmSync(dir, { recursive: true, force: true });
});
async function lines(n) {
    for (let i = 0; i < 100; i++) {
        let text = '';
        try {
            text = readFileSync(file, 'utf8');
        }
        catch {
            /* not yet */
        }
        const all = text.split('\n').filter(Boolean);
        if (all.length >= n)
            return all;
        await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`expected ${n} access log lines`);
}
describe('access logs', () => {
    it('one line per request, integration and gateway answers alike, to the mapped file', async () => {
        const ok = await rawRequest(invokeUrl(t.app.url, api, 'logged', '/'));
        const missing = await rawRequest(invokeUrl(t.app.url, api, 'logged', '/nothing/here'));
        const fn = await rawRequest(invokeUrl(t.app.url, api, 'logged', '/fn'), { method: 'POST', body: '{}' });
        await rawRequest(invokeUrl(t.app.url, api, 'silent', '/'));
        const [a, b, c, ...rest] = await lines(3);
        assert.equal(rest.length, 0, 'a stage without accessLogSettings writes nothing');
        const clf = /"\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000"/;
        assert.match(a, new RegExp(`^${ok.headers['x-amzn-requestid']} GET / /logged/ 200 5 - 200 127\\.0\\.0\\.1 ${clf.source} logged \\d+$`));
        assert.match(b, new RegExp(`^${missing.headers['x-amzn-requestid']} GET - /logged/nothing/here 403 42 MISSING_AUTHENTICATION_TOKEN - 127\\.0\\.0\\.1 ${clf.source} logged -$`));
        assert.match(c, new RegExp(`^${fn.headers['x-amzn-requestid']} POST /fn /logged/fn 200 \\d+ - 200 127\\.0\\.0\\.1 ${clf.source} logged \\d+$`));
    });
    it('an ARN with no file mapped goes to stdout', async () => {
        const written = [];
        const original = process.stdout.write.bind(process.stdout);
        process.stdout.write = (chunk, ...rest) => {
            if (typeof chunk === 'string' && chunk.startsWith('{"requestId"')) {
                written.push(chunk);
                return true;
            }
            return original(chunk, ...rest);
        };
        try {
            const r = await rawRequest(invokeUrl(t.app.url, api, 'stdout', '/'));
            assert.deepEqual(written.map((l) => JSON.parse(l)), [{ requestId: r.headers['x-amzn-requestid'], status: '200' }]);
        }
        finally {
            process.stdout.write = original;
        }
    });
    it("$context.xrayTraceId is the Root of the request's trace: the client's own when it sent one, for MOCK and Lambda alike", async () => {
        await deploy(t.client, api, 'xray');
        await t.client.send(new UpdateStageCommand({
            restApiId: api.id,
            stageName: 'xray',
            patchOperations: [
                { op: 'add', path: '/accessLogSettings/destinationArn', value: 'arn:aws:logs:us-east-1:000000000000:log-group:xray' },
                { op: 'add', path: '/accessLogSettings/format', value: '{"xray":"$context.xrayTraceId"}' },
            ],
        }));
        const written = [];
        const original = process.stdout.write.bind(process.stdout);
        process.stdout.write = (chunk, ...rest) => {
            if (typeof chunk === 'string' && chunk.startsWith('{"xray"')) {
                written.push(chunk);
                return true;
            }
            return original(chunk, ...rest);
        };
        const root = 'Root=1-3152b799-8954dae64eda91bc9a23a7e8';
        try {
            await rawRequest(invokeUrl(t.app.url, api, 'xray', '/'), {
                headers: { 'X-Amzn-Trace-Id': `${root};Parent=7fa8c0f79203be72;Sampled=1` },
            });
            const fn = await rawRequest(invokeUrl(t.app.url, api, 'xray', '/fn'), {
                method: 'POST',
                body: '{}',
                headers: { 'X-Amzn-Trace-Id': root },
            });
            await rawRequest(invokeUrl(t.app.url, api, 'xray', '/'));
            for (let i = 0; i < 100 && written.length < 3; i++)
                await new Promise((r) => setTimeout(r, 20));
            const [a, b, c] = written.map((l) => JSON.parse(l).xray);
            assert.equal(a, root);
            assert.equal(b, root);
            assert.equal(fn.json().headers['X-Amzn-Trace-Id'].split(';')[0], root);
            assert.match(c, /^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
            assert.notEqual(c, root);
        }
        finally {
            process.stdout.write = original;
        }
    });
});
//# sourceMappingURL=access-log.test.js.map