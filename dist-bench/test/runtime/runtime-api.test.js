/**
 * The Runtime API's own answers over a real socket, as a runtime sees them (what RAPID answers:
 * aws/aws-lambda-runtime-interface-emulator lambda/rapi): GET next's headers, 202 {"status":"OK"}, another
 * request id (400 InvalidRequestID), a response over the limit (413 RequestEntityTooLarge), an init error
 * after init (403 InvalidStateTransition), an unknown path (404).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RuntimeApi } from '../../src/runtime/runtime-api.js';
const events = [];
let api;
let base;
before(async () => {
    api = new RuntimeApi({
        next: () => events.push('next'),
        response: (id, body) => events.push(`response ${id} ${body.toString()}`),
        oversize: (id) => events.push(`oversize ${id}`),
        error: (id, body, type) => events.push(`error ${id} ${type} ${body.toString()}`),
        initError: (body, type) => events.push(`init-error ${type} ${body.toString()}`),
    });
    base = `http://${await api.listen()}/2018-06-01/runtime`;
});
after(() => api.close());
const post = (path, body, headers = {}) => fetch(`${base}/${path}`, { method: 'POST', body, headers });
describe('Lambda Runtime API 2018-06-01', () => {
    it('accepts an init error before the first GET next', async () => {
        const r = await post('init/error', '{"errorType":"X.Y","errorMessage":"m"}', { 'Lambda-Runtime-Function-Error-Type': 'X.Y' });
        assert.equal(r.status, 202);
        assert.deepEqual(await r.json(), { status: 'OK' });
        assert.equal(events.pop(), 'init-error X.Y {"errorType":"X.Y","errorMessage":"m"}');
    });
    it('holds GET next until an event is delivered, with the invocation headers', async () => {
        const next = fetch(`${base}/invocation/next`);
        while (!events.includes('next'))
            await new Promise((r) => setTimeout(r, 5));
        api.deliver({
            requestId: 'req-1',
            payload: Buffer.from('{"a":1}'),
            deadlineMs: 1700000000000,
            functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:f',
            traceId: 'Root=1-abc',
            clientContext: '{"custom":{}}',
        });
        const r = await next;
        assert.equal(r.status, 200);
        assert.equal(r.headers.get('lambda-runtime-aws-request-id'), 'req-1');
        assert.equal(r.headers.get('lambda-runtime-deadline-ms'), '1700000000000');
        assert.equal(r.headers.get('lambda-runtime-invoked-function-arn'), 'arn:aws:lambda:us-east-1:000000000000:function:f');
        assert.equal(r.headers.get('lambda-runtime-trace-id'), 'Root=1-abc');
        assert.equal(r.headers.get('lambda-runtime-client-context'), '{"custom":{}}');
        assert.equal(await r.text(), '{"a":1}');
    });
    it('refuses an answer for another request id: 400 InvalidRequestID', async () => {
        const r = await post('invocation/req-2/response', '{}');
        assert.equal(r.status, 400);
        assert.deepEqual(await r.json(), { errorMessage: 'Invalid request ID', errorType: 'InvalidRequestID' });
    });
    it('refuses an init error once initialized: 403 InvalidStateTransition', async () => {
        const r = await post('init/error', '{}');
        assert.equal(r.status, 403);
        assert.equal((await r.json()).errorType, 'InvalidStateTransition');
    });
    it('refuses a response over 6,291,556 bytes: 413 RequestEntityTooLarge', async () => {
        const r = await post('invocation/req-1/response', 'a'.repeat(6_291_557));
        assert.equal(r.status, 413);
        assert.deepEqual(await r.json(), { errorMessage: 'Exceeded maximum allowed payload size (6291556 bytes).', errorType: 'RequestEntityTooLarge' });
        assert.equal(events.pop(), 'oversize req-1');
    });
    it('accepts a response and an error for the invocation it holds: 202 {"status":"OK"}', async () => {
        const next = fetch(`${base}/invocation/next`);
        api.deliver({ requestId: 'req-3', payload: Buffer.from('{}'), deadlineMs: 1, functionArn: 'arn' });
        assert.equal((await next).headers.get('lambda-runtime-trace-id'), null, 'unset headers are left out');
        const r = await post('invocation/req-3/error', '{"errorType":"E","errorMessage":"m"}', { 'Lambda-Runtime-Function-Error-Type': 'E' });
        assert.equal(r.status, 202);
        assert.deepEqual(await r.json(), { status: 'OK' });
        assert.equal(events.pop(), 'error req-3 E {"errorType":"E","errorMessage":"m"}');
        const again = await post('invocation/req-3/response', '{}');
        assert.equal(again.status, 400, 'an invocation is answered once');
    });
    it('answers 404 elsewhere', async () => {
        const r = await fetch(`${base}/invocation/nothing`);
        assert.equal(r.status, 404);
    });
});
//# sourceMappingURL=runtime-api.test.js.map