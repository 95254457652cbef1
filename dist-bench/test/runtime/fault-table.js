/**
 * The behaviours every runtime must show, run against real interpreters through the ProcessRunner: context and
 * Lambda's environment variables, warm reuse, handled errors, timeouts, exits, the memory limit, init errors,
 * a response over the limit, reserved concurrency, new code and hot reload, idle reaping, START/END/REPORT.
 * node.test.ts, python.test.ts and provided.test.ts each run the table for their runtime.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LambdaServiceError } from '../../src/lambda/invoker.js';
import { ProcessRunner } from '../../src/runtime/process-runner.js';
import { createLogger } from '../../src/shared/log.js';
import { spec, writeCode } from './functions.js';
/** Error payloads as each runtime writes them. */
export const ERROR_SHAPE = {
    node: (b) => assert.ok(Array.isArray(b.trace), 'Node.js: {errorType, errorMessage, trace}'),
    python: (b) => assert.ok(Array.isArray(b.stackTrace) && 'requestId' in b, 'Python: {errorMessage, errorType, requestId, stackTrace}'),
    provided: () => undefined,
};
export function runtimeTable(kind, extra) {
    const c = {};
    before(() => {
        c.code = writeCode();
        c.runner = new ProcessRunner({ log: createLogger('silent'), idleTimeoutMs: 60_000 });
        c.invoke = async (s, event = {}, extra = {}) => {
            const requestId = randomUUID();
            const r = await c.runner.run(s, { payload: Buffer.from(JSON.stringify(event)), requestId, ...extra });
            const text = r.payload.toString('utf8');
            return { r, requestId, body: text.length > 1_000_000 ? text : JSON.parse(text) };
        };
    });
    after(async () => {
        await c.runner.close();
        c.code.remove();
    });
    const s = (fn, over) => spec(c.code, kind, fn, over);
    describe(`${kind}: the Lambda contract`, () => {
        it("hands the event, the context and Lambda's environment variables to the function", async () => {
            const { r, body, requestId } = await c.invoke(s('ctx'), { a: 1 });
            assert.equal(r.functionError, undefined, JSON.stringify(body));
            assert.deepEqual(body.event, { a: 1 });
            assert.equal(body.requestId, requestId);
            assert.equal(body.functionName, `${kind}-ctx`);
            assert.equal(body.arn, `arn:aws:lambda:us-east-1:000000000000:function:${kind}-ctx`);
            assert.equal(body.cwd, c.code.dir(kind), 'the working directory is the task root');
            assert.equal(body.env._HANDLER, s('ctx').handler);
            assert.equal(body.env.TZ, ':UTC');
            assert.equal(body.env.LAMBDA_TASK_ROOT, c.code.dir(kind));
            assert.equal(body.env.AWS_REGION, 'us-east-1', "reserved: the function's own AWS_REGION does not win");
            assert.equal(body.env.GREETING, 'hello');
            assert.match(body.env.AWS_LAMBDA_RUNTIME_API, /^127\.0\.0\.1:\d+$/);
            assert.ok(body.env.PATH.endsWith(`${c.code.layer}/bin`), 'a layer bin/ is on PATH');
        });
        it('keeps an environment warm between invocations, and a fresh one after retire()', async () => {
            const first = (await c.invoke(s('counter'))).body.n;
            assert.equal((await c.invoke(s('counter'))).body.n, first + 1);
            await c.runner.retire(`${kind}-counter`);
            assert.equal(c.runner.environments(`${kind}-counter`), 0);
            assert.equal((await c.invoke(s('counter'))).body.n, 1);
        });
        it('runs new code (another codeSha256) in a new environment', async () => {
            const spec1 = s('counter', { name: `${kind}-sha` });
            await c.invoke(spec1);
            assert.equal((await c.invoke(spec1)).body.n, 2);
            assert.equal((await c.invoke({ ...spec1, codeSha256: 'sha-2' })).body.n, 1);
        });
        it('reaps an idle environment: the next invocation starts a new one', async () => {
            const runner = new ProcessRunner({ log: createLogger('silent'), idleTimeoutMs: 1 });
            try {
                const one = s('counter', { name: `${kind}-reaped` });
                const run = async () => JSON.parse((await runner.run(one, { payload: Buffer.from('{}'), requestId: randomUUID() })).payload.toString()).n;
                assert.equal(await run(), 1);
                while (runner.environments(one.name) > 0)
                    await new Promise((r) => setTimeout(r, 5));
                assert.equal(await run(), 1);
            }
            finally {
                await runner.close();
            }
        });
        it('writes START / END / REPORT, with Init Duration on a cold start; LogType Tail returns it in base64', async () => {
            const one = s('counter', { name: `${kind}-logs` });
            const cold = await c.invoke(one, {}, { logType: 'Tail' });
            const log = Buffer.from(cold.r.logResult, 'base64').toString('utf8');
            assert.match(log, new RegExp(`^START RequestId: ${cold.requestId} Version: \\$LATEST\\n`));
            assert.match(log, new RegExp(`END RequestId: ${cold.requestId}\\nREPORT RequestId: ${cold.requestId}\\tDuration: [\\d.]+ ms\\tBilled Duration: \\d+ ms\\tMemory Size: 128 MB\\tMax Memory Used: \\d+ MB\\tInit Duration: [\\d.]+ ms\\t\\n$`));
            const warm = await c.invoke(one, {}, { logType: 'Tail' });
            assert.doesNotMatch(Buffer.from(warm.r.logResult, 'base64').toString('utf8'), /Init Duration/);
            assert.equal((await c.invoke(one)).r.logResult, undefined);
        });
    });
    describe(`${kind}: faults, answered as Lambda answers them`, () => {
        it("a handled error: Unhandled, with the runtime's error payload", async () => {
            const { r, body } = await c.invoke(s('boom'), { message: 'bad input' });
            assert.equal(r.functionError, 'Unhandled');
            assert.equal(typeof body.errorType, 'string');
            assert.equal(typeof body.errorMessage, 'string');
            ERROR_SHAPE[kind](body);
            assert.equal((await c.invoke(s('counter', { name: `${kind}-after-boom` }))).body.n, 1);
        });
        it('a timeout: Sandbox.Timedout "Task timed out after 1.00 seconds"; the environment is replaced', async () => {
            const slow = s('slow', { timeoutSeconds: 1 });
            const { r, body, requestId } = await c.invoke(slow, {}, { logType: 'Tail' });
            assert.equal(r.functionError, 'Unhandled');
            assert.deepEqual(body, { errorType: 'Sandbox.Timedout', errorMessage: `RequestId: ${requestId} Error: Task timed out after 1.00 seconds` });
            assert.match(Buffer.from(r.logResult, 'base64').toString(), new RegExp(`${requestId} Task timed out after 1.00 seconds\\n`));
            assert.equal(c.runner.environments(slow.name), 0, 'the timed-out environment is gone');
        });
        it('an exit: Runtime.ExitError "Runtime exited with error: exit status 3"', async () => {
            const { r, body, requestId } = await c.invoke(s('exit'));
            assert.equal(r.functionError, 'Unhandled');
            assert.deepEqual(body, { errorType: 'Runtime.ExitError', errorMessage: `RequestId: ${requestId} Error: Runtime exited with error: exit status 3` });
            assert.equal(c.runner.environments(`${kind}-exit`), 0);
        });
        it('memory over MemorySize: Runtime.OutOfMemory "signal: killed"', async () => {
            const { r, body, requestId } = await c.invoke(s('hog', { timeoutSeconds: 120 }));
            assert.equal(r.functionError, 'Unhandled');
            assert.deepEqual(body, { errorType: 'Runtime.OutOfMemory', errorMessage: `RequestId: ${requestId} Error: Runtime exited with error: signal: killed` });
        });
        it('a response over 6,291,556 bytes: Function.ResponseSizeTooLarge', async () => {
            const { r, body } = await c.invoke(s('big', { timeoutSeconds: 120 }));
            assert.equal(r.functionError, 'Unhandled');
            assert.deepEqual(body, {
                errorType: 'Function.ResponseSizeTooLarge',
                errorMessage: 'Response payload size exceeded maximum allowed payload size (6291556 bytes).',
            });
        });
        it('reserved concurrency 0 throttles every invocation; 1 throttles a second one at once (429 TooManyRequestsException)', async () => {
            const isThrottle = (e) => e instanceof LambdaServiceError && e.status === 429 && e.code === 'TooManyRequestsException' && e.message === 'Rate Exceeded.';
            await assert.rejects(c.invoke(s('counter', { name: `${kind}-zero`, reservedConcurrency: 0 })), isThrottle);
            const one = s('slow', { name: `${kind}-one`, reservedConcurrency: 1, timeoutSeconds: 1 });
            const running = c.invoke(one);
            await assert.rejects(c.invoke(one), isThrottle);
            assert.equal((await running).body.errorType, 'Sandbox.Timedout');
        });
        it('a hot-reload function picks up a changed file at its next invocation', async () => {
            const hot = s('counter', { name: `${kind}-hot`, hotReload: true });
            await c.invoke(hot);
            assert.equal((await c.invoke(hot)).body.n, 2);
            writeFileSync(join(c.code.dir(kind), 'touched.txt'), randomUUID());
            assert.equal((await c.invoke(hot)).body.n, 1);
        });
    });
    if (extra)
        describe(`${kind}: its own`, () => extra(c));
}
//# sourceMappingURL=fault-table.js.map