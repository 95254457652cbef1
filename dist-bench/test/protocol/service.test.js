/**
 * The protocol engine serves whatever service it is given: a model and a handler table. Here a
 * second service (Lambda, from its generated model and types) is served next to nothing else, its
 * handler table typed by the generated `Operations`; the boot check completes every table with
 * NotImplementedException and refuses a handler for an operation the model lacks. And the engine's
 * layering: src/protocol/ imports no service and no store.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ServiceError } from '../../src/protocol/errors.js';
import { completeHandlers, ServiceEngine } from '../../src/protocol/service.js';
import { LAMBDA_MODEL } from '../../src/services/lambda/generated/model.js';
import { APIGATEWAY } from '../../src/services/apigateway/handlers.js';
const lambdaHandlers = {
    async GetAccountSettings() {
        return { AccountLimit: { TotalCodeSize: 80530636800, ConcurrentExecutions: 1000 }, AccountUsage: { FunctionCount: 0 } };
    },
    async GetFunction(input, ctx) {
        if (input.FunctionName !== 'known') {
            throw new ServiceError('ResourceNotFoundException', `Function not found: arn:aws:lambda:us-east-1:${ctx.accountId}:function:${input.FunctionName}`);
        }
        return { Configuration: { FunctionName: 'known', Runtime: 'nodejs20.x' } };
    },
    // Its output binds the status (httpResponseCode): 204 as Lambda answers a deletion.
    async DeleteFunction() {
        return { StatusCode: 204 };
    },
};
const engine = new ServiceEngine({ model: LAMBDA_MODEL, handlers: lambdaHandlers });
const ctx = { accountId: '000000000000' };
const request = (query = '') => ({ query: new URLSearchParams(query), headers: {}, body: Buffer.alloc(0) });
describe('a second service: Lambda, served by the same engine', () => {
    it('routes by its model, binds labels, serializes its output shape', async () => {
        const match = engine.route('GET', '/2016-08-19/account-settings', new URLSearchParams());
        assert.equal(match?.operation, 'GetAccountSettings');
        const out = await engine.invoke(match, request(), ctx);
        assert.equal(out.status, 200);
        assert.equal(out.body, '{"AccountLimit":{"TotalCodeSize":80530636800,"ConcurrentExecutions":1000},"AccountUsage":{"FunctionCount":0}}');
        const fn = engine.route('GET', '/2015-03-31/functions/known', new URLSearchParams());
        assert.equal(fn?.operation, 'GetFunction');
        assert.equal(fn?.labels.FunctionName, 'known');
        const got = await engine.invoke(fn, request(), ctx);
        assert.equal(got.body, '{"Configuration":{"FunctionName":"known","Runtime":"nodejs20.x"}}');
        const del = engine.route('DELETE', '/2015-03-31/functions/known', new URLSearchParams());
        const deleted = await engine.invoke(del, request(), ctx);
        assert.equal(deleted.status, 204);
        assert.equal(deleted.body, '{}');
    });
    it('renders its own modeled errors with the status its model gives', async () => {
        const fn = engine.route('GET', '/2015-03-31/functions/other', new URLSearchParams());
        const e = await engine.invoke(fn, request(), ctx).then(() => undefined, (x) => x);
        assert.ok(e instanceof ServiceError);
        const r = engine.renderError(e);
        assert.equal(r.status, 404);
        assert.equal(r.headers['x-amzn-ErrorType'], 'ResourceNotFoundException');
    });
    it('validates by its model: enums of its own', async () => {
        const m = engine.route('GET', '/2015-03-31/functions', new URLSearchParams('FunctionVersion=LATEST'));
        assert.equal(m.operation, 'ListFunctions');
        await assert.rejects(engine.invoke(m, request('FunctionVersion=LATEST'), ctx), (e) => e instanceof ServiceError &&
            e.code === 'ValidationException' &&
            e.message ===
                "1 validation error detected: Value 'LATEST' at 'listFunctionsInput.FunctionVersion' failed to satisfy constraint: Member must satisfy enum value set: [ALL]");
    });
    it('answers NotImplementedException for every operation without a handler (the boot check)', async () => {
        const m = engine.route('GET', '/2015-03-31/functions', new URLSearchParams());
        await assert.rejects(engine.invoke(m, request(), ctx), (e) => e instanceof ServiceError && e.code === 'NotImplementedException' && e.status === 501 && e.message === 'Tollgate does not implement ListFunctions yet');
        const table = completeHandlers({ model: LAMBDA_MODEL, handlers: lambdaHandlers });
        assert.deepEqual(Object.keys(table).sort(), Object.keys(LAMBDA_MODEL.operations).sort());
    });
    it('refuses at boot a handler for an operation the model lacks', () => {
        assert.throws(() => new ServiceEngine({ model: LAMBDA_MODEL, handlers: { ...lambdaHandlers, CreateRestApi: async () => ({}) } }), /lambda: handlers for operations the model lacks: CreateRestApi/);
        assert.throws(() => completeHandlers({ ...APIGATEWAY, handlers: { ...APIGATEWAY.handlers, Invoke: async () => ({}) } }), /apigateway: handlers for operations the model lacks: Invoke/);
    });
});
describe('the protocol engine', () => {
    it('imports no service, no store, no control or data plane', () => {
        const dir = join(process.cwd(), 'src', 'protocol');
        for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
            const text = readFileSync(join(dir, f), 'utf8');
            for (const m of text.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)) {
                const spec = m[1];
                assert.ok(spec.startsWith('./') || spec.startsWith('node:') || spec === './model.js', `src/protocol/${f} imports ${spec}`);
            }
        }
    });
});
//# sourceMappingURL=service.test.js.map