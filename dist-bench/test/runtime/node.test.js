/** The nodejs* runtime through Tollgate's runtime client in the machine's node: the table, and Node's own cases. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { runtimeTable } from './fault-table.js';
import { spec } from './functions.js';
runtimeTable('node', (c) => {
    it('loads ESM (.mjs) and callback handlers', async () => {
        assert.deepEqual((await c.invoke(spec(c.code, 'node', 'x', { name: 'node-esm', handler: 'esm.handler' }), { q: 1 })).body, { esm: true, event: { q: 1 } });
        assert.deepEqual((await c.invoke(spec(c.code, 'node', 'callback'), { q: 2 })).body, { via: 'callback', event: { q: 2 } });
    });
    it('an uncaught error or an unhandled rejection answers the invocation, then ends the environment', async () => {
        const u = await c.invoke(spec(c.code, 'node', 'uncaught'));
        assert.equal(u.r.functionError, 'Unhandled');
        assert.equal(u.body.errorType, 'TypeError');
        assert.equal(u.body.errorMessage, 'late failure');
        const rejected = await c.invoke(spec(c.code, 'node', 'rejects'));
        assert.equal(rejected.body.errorType, 'Runtime.UnhandledPromiseRejection');
        assert.equal(rejected.body.errorMessage, 'Error: nobody caught me');
    });
    it('init errors: a missing module (Runtime.ImportModuleError), a missing export (Runtime.HandlerNotFound)', async () => {
        const missing = await c.invoke(spec(c.code, 'node', 'x', { name: 'node-missing', handler: 'nothere.handler' }));
        assert.equal(missing.r.functionError, 'Unhandled');
        assert.equal(missing.body.errorType, 'Runtime.ImportModuleError');
        assert.match(missing.body.errorMessage, /^Error: Cannot find module/);
        const noexport = await c.invoke(spec(c.code, 'node', 'nothere'));
        assert.deepEqual(noexport.body, { errorType: 'Runtime.HandlerNotFound', errorMessage: 'index.nothere is undefined or not exported', trace: [] });
    });
    it("the ARN the caller invoked (an alias) is the context's invokedFunctionArn", async () => {
        const aliased = 'arn:aws:lambda:us-east-1:000000000000:function:node-ctx:live';
        const r = await c.runner.run(spec(c.code, 'node', 'ctx'), { payload: Buffer.from('{}'), requestId: 'req-alias', invokedFunctionArn: aliased });
        assert.equal(JSON.parse(r.payload.toString()).arn, aliased);
    });
    it("a layer's nodejs/node_modules is on NODE_PATH", async () => {
        const { body } = await c.invoke(spec(c.code, 'node', 'ctx'));
        assert.ok(body.env.NODE_PATH.split(':').includes(`${c.code.layer}/nodejs/node_modules`), body.env.NODE_PATH);
        assert.equal(body.env.AWS_EXECUTION_ENV, 'AWS_Lambda_nodejs20.x');
        assert.equal(body.memory, '128');
    });
});
//# sourceMappingURL=node.test.js.map