/**
 * Invoke's management semantics through the SDK: which version a name, qualifier or alias runs, the code
 * unpacked from the store for the runner (with its layers), status codes by invocation type, function errors,
 * and the runner's refusals answered as Lambda's. The runner here is the test's own (FunctionRunner,
 * src/runtime/function-runner.ts), reading the unpacked files: execution itself is tested in test/runtime/.
 */
import { CreateAliasCommand, CreateFunctionCommand, DeleteFunctionCommand, InvokeCommand, PublishLayerVersionCommand, PublishVersionCommand, UpdateFunctionCodeCommand, } from '@aws-sdk/client-lambda';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LambdaServiceError } from '../../../src/lambda/invoker.js';
import { lambdaClient, ROLE, zipOf } from '../../helpers/lambda.js';
import { sdkError, startTollgate } from '../../helpers/tollgate.js';
/** Answers with what it was given to run: the spec, the event, and the unpacked files it reads. */
class ReadingRunner {
    retired = [];
    async run(spec, req) {
        if (spec.reservedConcurrency === 0)
            throw new LambdaServiceError('TooManyRequestsException', 'Rate Exceeded.', 429);
        const event = JSON.parse(req.payload.toString() || 'null');
        if (event === 'fail')
            return { payload: Buffer.from('{"errorMessage":"failed","errorType":"Error"}'), functionError: 'Unhandled' };
        const message = await readFile(join(spec.codeDir, 'message.txt'), 'utf8');
        const layers = await Promise.all(spec.layerDirs.map((d) => readFile(join(d, 'layer.txt'), 'utf8')));
        const bootstrapMode = (await stat(join(spec.codeDir, 'bootstrap')).catch(() => undefined))?.mode;
        const result = {
            message,
            layers,
            version: spec.version,
            arn: spec.functionArn,
            event,
            executable: bootstrapMode !== undefined && (bootstrapMode & 0o111) !== 0,
        };
        return { payload: Buffer.from(JSON.stringify(result)), logResult: req.logType === 'Tail' ? Buffer.from('log').toString('base64') : undefined };
    }
    async retire(name) {
        this.retired.push(name);
    }
    async close() { }
}
const runner = new ReadingRunner();
let t;
let lambda;
before(async () => {
    t = await startTollgate([], { functionRunner: runner });
    lambda = lambdaClient(t.app.adminUrl);
});
after(async () => {
    lambda.destroy();
    await t.close();
});
const code = (message) => zipOf({ 'message.txt': message, bootstrap: { text: '#!/bin/sh\n', mode: 0o755 } });
const invoke = async (FunctionName, extra = {}, payload = { hello: 1 }) => {
    const res = await lambda.send(new InvokeCommand({ FunctionName, Payload: Buffer.from(JSON.stringify(payload)), ...extra }));
    return { res, body: res.Payload ? JSON.parse(Buffer.from(res.Payload).toString() || 'null') : undefined };
};
describe('Invoke', () => {
    before(async () => {
        await lambda.send(new CreateFunctionCommand({ FunctionName: 'inv', Role: ROLE, Runtime: 'provided.al2023', Handler: 'x', Code: { ZipFile: code('one') } }));
        await lambda.send(new PublishVersionCommand({ FunctionName: 'inv' }));
        await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'inv', ZipFile: code('two') }));
        await lambda.send(new CreateAliasCommand({ FunctionName: 'inv', Name: 'live', FunctionVersion: '1' }));
    });
    it('runs $LATEST from its unpacked zip (executable bits kept), a version by qualifier, an alias', async () => {
        const latest = await invoke('inv');
        assert.equal(latest.res.StatusCode, 200);
        assert.equal(latest.res.ExecutedVersion, '$LATEST');
        assert.deepEqual(latest.body, {
            message: 'two',
            layers: [],
            version: '$LATEST',
            arn: 'arn:aws:lambda:us-east-1:000000000000:function:inv',
            event: { hello: 1 },
            executable: true,
        });
        const v1 = await invoke('inv', { Qualifier: '1' });
        assert.equal(v1.res.ExecutedVersion, '1');
        assert.equal(v1.body.message, 'one');
        const alias = await invoke('inv:live');
        assert.equal(alias.res.ExecutedVersion, '1');
        assert.equal(alias.body.message, 'one');
        assert.equal((await sdkError(invoke('inv', { Qualifier: 'nope' }))).message, 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:inv:nope');
    });
    it('answers 202 for Event, 204 for DryRun; a function error is 200 with X-Amz-Function-Error; Tail returns the log', async () => {
        assert.equal((await invoke('inv', { InvocationType: 'Event' })).res.StatusCode, 202);
        assert.equal((await invoke('inv', { InvocationType: 'DryRun' })).res.StatusCode, 204);
        const failed = await invoke('inv', {}, 'fail');
        assert.equal(failed.res.StatusCode, 200);
        assert.equal(failed.res.FunctionError, 'Unhandled');
        assert.deepEqual(failed.body, { errorMessage: 'failed', errorType: 'Error' });
        assert.equal((await invoke('inv', { LogType: 'Tail' })).res.LogResult, Buffer.from('log').toString('base64'));
    });
    it("answers the runner's refusal as Lambda's (429 TooManyRequestsException)", async () => {
        const { PutFunctionConcurrencyCommand } = await import('@aws-sdk/client-lambda');
        await lambda.send(new CreateFunctionCommand({ FunctionName: 'zero', Role: ROLE, Runtime: 'provided.al2023', Handler: 'x', Code: { ZipFile: code('z') } }));
        await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'zero', ReservedConcurrentExecutions: 0 }));
        assert.deepEqual(await sdkError(invoke('zero')), { name: 'TooManyRequestsException', message: 'Rate Exceeded.', status: 429 });
    });
    it("gives the function its layers' unpacked directories, in order", async () => {
        const layer = (text) => lambda.send(new PublishLayerVersionCommand({ LayerName: `l-${text}`, Content: { ZipFile: zipOf({ 'layer.txt': text }) } }));
        const a = await layer('a');
        const b = await layer('b');
        await lambda.send(new CreateFunctionCommand({
            FunctionName: 'layered',
            Role: ROLE,
            Runtime: 'provided.al2023',
            Handler: 'x',
            Code: { ZipFile: code('l') },
            Layers: [b.LayerVersionArn, a.LayerVersionArn],
        }));
        assert.deepEqual((await invoke('layered')).body.layers, ['b', 'a']);
    });
    it('retires the environments of a deleted function', async () => {
        await lambda.send(new CreateFunctionCommand({ FunctionName: 'bye', Role: ROLE, Runtime: 'provided.al2023', Handler: 'x', Code: { ZipFile: code('b') } }));
        await lambda.send(new DeleteFunctionCommand({ FunctionName: 'bye' }));
        assert.ok(runner.retired.includes('bye'));
    });
});
//# sourceMappingURL=invoke.test.js.map