/** The python3.* runtime through Tollgate's runtime client (stdlib only) in the machine's python3. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ProcessRunner } from '../../src/runtime/process-runner.js';
import { createLogger } from '../../src/shared/log.js';
import { runtimeTable } from './fault-table.js';
import { spec } from './functions.js';
runtimeTable('python', (c) => {
    it("a raised exception: Lambda's Python payload, with the user's frames in stackTrace", async () => {
        const { body, requestId } = await c.invoke(spec(c.code, 'python', 'boom'), { message: 'bad input' });
        assert.equal(body.errorType, 'ValueError');
        assert.equal(body.errorMessage, 'bad input');
        assert.equal(body.requestId, requestId);
        assert.match(body.stackTrace[0], /^ {2}File ".*app\.py", line \d+, in boom\n/);
    });
    it('init errors: Runtime.ImportModuleError, Runtime.HandlerNotFound, Runtime.MalformedHandlerName', async () => {
        const missing = await c.invoke(spec(c.code, 'python', 'x', { name: 'py-missing', handler: 'nothere.handler' }));
        assert.equal(missing.r.functionError, 'Unhandled');
        assert.deepEqual(missing.body, {
            errorMessage: "Unable to import module 'nothere': No module named 'nothere'",
            errorType: 'Runtime.ImportModuleError',
            requestId: '',
            stackTrace: [],
        });
        const noexport = await c.invoke(spec(c.code, 'python', 'nothere'));
        assert.equal(noexport.body.errorType, 'Runtime.HandlerNotFound');
        assert.equal(noexport.body.errorMessage, "Handler 'nothere' missing on module 'app'");
        const malformed = await c.invoke(spec(c.code, 'python', 'x', { name: 'py-malformed', handler: 'nodot' }));
        assert.equal(malformed.body.errorType, 'Runtime.MalformedHandlerName');
    });
    it('a result JSON cannot hold: Runtime.MarshalError', async () => {
        const { r, body } = await c.invoke(spec(c.code, 'python', 'unserializable'));
        assert.equal(r.functionError, 'Unhandled');
        assert.equal(body.errorType, 'Runtime.MarshalError');
        assert.match(body.errorMessage, /^Unable to marshal response: Object of type object is not JSON serializable/);
    });
    it("a layer's python/ is on PYTHONPATH, after the task root", async () => {
        const { body } = await c.invoke(spec(c.code, 'python', 'ctx'));
        assert.deepEqual(body.env.PYTHONPATH.split(':').slice(0, 3), [
            c.code.dir('python'),
            `${c.code.layer}/python/lib/python3.12/site-packages`,
            `${c.code.layer}/python`,
        ]);
        assert.equal(body.env.AWS_EXECUTION_ENV, 'AWS_Lambda_python3.12');
    });
    it('no python3 to run it: Runtime.InvalidEntrypoint, naming what is missing', async () => {
        const runner = new ProcessRunner({ log: createLogger('silent'), interpreters: { python: '/nonexistent/python3' } });
        try {
            const r = await runner.run(spec(c.code, 'python', 'ctx'), { payload: Buffer.from('{}'), requestId: 'req-1' });
            assert.equal(r.functionError, 'Unhandled');
            assert.deepEqual(JSON.parse(r.payload.toString()), {
                errorType: 'Runtime.InvalidEntrypoint',
                errorMessage: "RequestId: req-1 Error: Couldn't find valid bootstrap(s): [/nonexistent/python3]",
            });
        }
        finally {
            await runner.close();
        }
    });
});
//# sourceMappingURL=python.test.js.map