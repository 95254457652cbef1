/** provided.al2023: the function's own bootstrap (bash and curl) against Tollgate's Runtime API. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { runtimeTable } from './fault-table.js';
import { spec } from './functions.js';
runtimeTable('provided', (c) => {
    it('passes the error the bootstrap posts, as it posted it', async () => {
        const { r, body } = await c.invoke(spec(c.code, 'provided', 'boom'));
        assert.equal(r.functionError, 'Unhandled');
        assert.deepEqual(body, { errorMessage: 'boom', errorType: 'Custom.Boom' });
    });
    it('an init error the bootstrap posts (/init/error) answers the invocation', async () => {
        const { r, body } = await c.invoke(spec(c.code, 'provided', 'initfail'));
        assert.equal(r.functionError, 'Unhandled');
        assert.deepEqual(body, { errorMessage: 'no configuration', errorType: 'Runtime.ConfigError' });
    });
    it("the deadline and the ARN reach the bootstrap as the Runtime API's headers", async () => {
        const before = Date.now();
        const { body } = await c.invoke(spec(c.code, 'provided', 'ctx', { timeoutSeconds: 7 }));
        assert.equal(body.arn, 'arn:aws:lambda:us-east-1:000000000000:function:provided-ctx');
        assert.ok(body.deadline >= before + 7000, `deadline ${body.deadline} is the invocation's start plus its timeout`);
    });
    it("no bootstrap, or a runtime Tollgate cannot run: Runtime.InvalidEntrypoint, Couldn't find valid bootstrap(s)", async () => {
        const none = await c.invoke(spec(c.code, 'provided', 'ctx', { name: 'no-bootstrap', codeDir: c.code.dir('node') }));
        assert.equal(none.r.functionError, 'Unhandled');
        assert.equal(none.body.errorType, 'Runtime.InvalidEntrypoint');
        assert.equal(none.body.errorMessage, `RequestId: ${none.requestId} Error: Couldn't find valid bootstrap(s): [${c.code.dir('node')}/bootstrap ${c.code.layer}/bootstrap]`);
        const java = await c.invoke(spec(c.code, 'provided', 'ctx', { name: 'java', runtime: 'java21' }));
        assert.equal(java.body.errorType, 'Runtime.InvalidEntrypoint');
    });
});
//# sourceMappingURL=provided.test.js.map